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
 * What a host entry written as text is, for every parser that takes one (the CLI's
 * targets and scope, the policy's hosts): an address, a CIDR block, text that is meant
 * as an address but is not a valid one, or a name (a hostname or a glob, for the caller
 * to judge).
 *
 * Meant as an address: anything with a `/` (a CIDR block) or a `:` (IPv6; no hostname has
 * one), and anything whose last label is a number (no hostname ends in one: `300.1.1.1`,
 * `10.0.0`, `010.0.0.1`). Text with glob characters is a name.
 */
export type AddressText =
  | { kind: 'address'; address: NumericAddress }
  | { kind: 'cidr'; base: NumericAddress; prefix: number }
  /** `problem` completes a sentence that starts with the quoted text: `"300.1.1.1" is not an IPv4 address: …`. */
  | { kind: 'invalid'; problem: string }
  | { kind: 'name' };

const GLOB = /[*?{}[\]]/;
const CIDR_EXAMPLES = '(such as 10.20.0.0/24 or fd00::/64)';

export function parseAddressText(input: string): AddressText {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  else if (/^\[[^\]]*\]\/[^/]*$/.test(text)) text = text.replace(/^\[([^\]]*)\]/, '$1'); // [fd00::]/64
  if (GLOB.test(text)) return { kind: 'name' };
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const baseText = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    const base = parseAddress(baseText);
    if (!base) {
      const why = addressProblem(baseText);
      return {
        kind: 'invalid',
        problem: `is not a valid CIDR block: ${JSON.stringify(baseText)} ${why} ${CIDR_EXAMPLES}`,
      };
    }
    const bits = FAMILY_BITS[base.family];
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
      return {
        kind: 'invalid',
        problem: `is not a valid CIDR block: an IPv${base.family} prefix length is 0–${bits} ${CIDR_EXAMPLES}`,
      };
    return { kind: 'cidr', base, prefix: Number(prefixText) };
  }
  const address = parseAddress(text);
  if (address) return { kind: 'address', address };
  if (/^[\d.]+-[\d.]+$/.test(text))
    return {
      kind: 'invalid',
      problem:
        'is an address range, which only the scan targets take; write a CIDR block (such as 10.0.0.0/28) or list the addresses',
    };
  const labels = text.replace(/\.$/, '').split('.');
  if (text.includes(':') || /^\d+$/.test(labels[labels.length - 1]))
    return { kind: 'invalid', problem: addressProblem(text) };
  return { kind: 'name' };
}

/** Why text meant as an address is not one, as the rest of a sentence that starts with the text. */
function addressProblem(text: string): string {
  if (text.includes(':')) {
    if (text.includes('%'))
      return 'is not an IPv6 address Portcullis takes: zone indexes (%…) are not taken; write the address alone';
    return 'is not an IPv6 address (such as fd00::1 or 2001:db8::5)';
  }
  const parts = text.split('.');
  if (parts.some((p) => p !== '' && !/^\d+$/.test(p)))
    return 'is neither a hostname (no hostname ends in a number) nor an IPv4 address';
  for (const part of parts) {
    if (part.length > 1 && part.startsWith('0'))
      return `is not an IPv4 address: ${part} has a leading zero, which some tools read as octal; write it without`;
    if (Number(part) > 255) return `is not an IPv4 address: ${part} is more than 255`;
  }
  return `is not an IPv4 address: an IPv4 address is four numbers 0–255, such as 10.20.0.5`;
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
