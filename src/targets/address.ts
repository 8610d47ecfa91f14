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
