import { isIPv4, isIPv6 } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Addresses as numbers, so that CIDR blocks and ranges are intervals that can
 * be merged, subtracted and counted without ever listing their members.
 */
export type Family = 4 | 6;

export interface NumericAddress {
  family: Family;
  value: bigint;
}

export const FAMILY_BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** A strict parse: dotted-quad IPv4 (no octal, no short forms) or IPv6 without a zone. */
export function parseAddress(text: string): NumericAddress | undefined {
  if (isIPv4(text)) {
    let value = 0n;
    for (const octet of text.split('.')) value = (value << 8n) | BigInt(Number(octet));
    return { family: 4, value };
  }
  if (isIPv6(text) && !text.includes('%')) {
    const parts = ipaddr.IPv6.parse(text).parts;
    let value = 0n;
    for (const part of parts) value = (value << 16n) | BigInt(part);
    return { family: 6, value };
  }
  return undefined;
}

export function formatAddress(family: Family, value: bigint): string {
  if (family === 4) {
    const n = Number(value);
    return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  const parts: number[] = [];
  for (let i = 7; i >= 0; i--) parts.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  return new ipaddr.IPv6(parts).toRFC5952String();
}

/** The canonical spelling of an address (lower-case, RFC 5952 for IPv6), or the input if it is none. */
export function canonicalAddress(text: string): string {
  const parsed = parseAddress(text);
  return parsed ? formatAddress(parsed.family, parsed.value) : text;
}

/**
 * A sort key that orders addresses numerically, IPv4 before IPv6; strings
 * that are not addresses sort after both, by text.
 */
export function addressSortKey(text: string): string {
  const parsed = parseAddress(text);
  if (!parsed) return `9${text}`;
  return parsed.family === 4
    ? `4${parsed.value.toString(16).padStart(8, '0')}`
    : `6${parsed.value.toString(16).padStart(32, '0')}`;
}

export function compareAddresses(a: string, b: string): number {
  const ka = addressSortKey(a);
  const kb = addressSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The first and last address of a CIDR block (host bits of the base are ignored, as nmap does). */
export function cidrBounds(base: NumericAddress, prefix: number): { start: bigint; end: bigint } {
  const hostBits = BigInt(FAMILY_BITS[base.family] - prefix);
  const size = 1n << hostBits;
  const start = (base.value >> hostBits) << hostBits;
  return { start, end: start + size - 1n };
}

/**
 * The IPv4 addresses an IPv6 address stands for, by the encodings that carry one: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96, but not :: or
 * ::1), NAT64 (64:ff9b::/96, and 64:ff9b:1::/48 at every RFC 6052 prefix length it allows),
 * 6to4 (2002::/16) and Teredo (2001::/32, its client address obfuscated). A refusal of the
 * IPv4 address must hold for each of these spellings of it too.
 */
export function embeddedIPv4(a: NumericAddress): bigint[] {
  if (a.family !== 6) return [];
  const v = a.value;
  const low32 = v & 0xffffffffn;
  const out: bigint[] = [];
  if (v >> 32n === 0xffffn) out.push(low32); // ::ffff:a.b.c.d
  if (v >> 32n === 0xffff0000n) out.push(low32); // ::ffff:0:a.b.c.d
  if (v >> 32n === 0n && v > 1n) out.push(low32); // ::a.b.c.d
  if (v >> 32n === 0x0064ff9b0000000000000000n) out.push(low32); // 64:ff9b::/96
  if (v >> 80n === 0x0064ff9b0001n) {
    // 64:ff9b:1::/48, local-use NAT64: the network's prefix may be /48 to /96 (RFC 6052 §2.2:
    // bits 64–71 zero, the suffix after the IPv4 address zero). Every placement the address
    // allows is tried, except that one decoding to 0.0.0.0/8 is taken for a wrong placement
    // (the /96 reading of a /48-placed address), not for an address to refuse.
    const bits = (from: number, count: number) =>
      (v >> BigInt(128 - from - count)) & ((1n << BigInt(count)) - 1n);
    const placements: [suffixFrom: number, v4: () => bigint][] = [
      [88, () => (bits(48, 16) << 16n) | bits(72, 16)], // /48
      [96, () => (bits(56, 8) << 24n) | bits(72, 24)], // /56
      [104, () => bits(72, 32)], // /64
    ];
    for (const [suffixFrom, v4] of placements) {
      if (bits(64, 8) !== 0n || bits(suffixFrom, 128 - suffixFrom) !== 0n) continue;
      const x = v4();
      if (x >> 24n !== 0n) out.push(x);
    }
    if (low32 >> 24n !== 0n) out.push(low32); // /96
  }
  if (v >> 112n === 0x2002n) out.push((v >> 80n) & 0xffffffffn); // 2002:AABB:CCDD::/48
  if (v >> 96n === 0x20010000n) out.push(low32 ^ 0xffffffffn); // Teredo client, obfuscated
  return [...new Set(out)];
}
