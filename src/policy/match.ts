import ipaddr from 'ipaddr.js';
import { Minimatch } from 'minimatch';
import type { Vantage } from '../model.js';
import { formatAddress, parseAddressText, type NumericAddress } from '../targets/address.js';
import type { HostMatcher, HostRef, PortRanges } from './types.js';

export type { HostRef } from './types.js';

/** Ports, host patterns and vantages as the evaluator tests them. Port terms are parsed by targets/ports.ts. */

/** Sort and merge ranges so membership is a binary search. */
export function normalizeRanges(ranges: PortRanges): PortRanges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: PortRanges = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Ranges that leave no port out. */
export function coversEveryPort(ranges: PortRanges | null | undefined): boolean {
  return !!ranges && ranges.length === 1 && ranges[0][0] <= 1 && ranges[0][1] >= 65535;
}

export function portInRanges(port: number, ranges: PortRanges): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (port < r[0]) hi = mid - 1;
    else if (port > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** null (no `vantages` written) applies from every vantage. */
export function inVantage(vantages: Vantage[] | null, vantage: Vantage): boolean {
  return vantages === null || vantages.includes(vantage);
}

export function rangesOverlap(a: PortRanges, b: PortRanges): [number, number] | null {
  for (const x of a)
    for (const y of b) if (x[0] <= y[1] && y[0] <= x[1]) return [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
  return null;
}

/** Dotted-quad IPv4 (no leading zeros) as an unsigned number; null for anything else. Hot: no regex, no split. */
export function parseV4(text: string): number | null {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && part === 0) return null; // a leading zero
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return null;
    } else if (c === 46 && digits > 0 && dots < 3) {
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return null;
  }
  return dots === 3 && digits > 0 ? n * 256 + part : null;
}

function parseRef(text: string): { v4: number | null; v6: ipaddr.IPv6 | null } {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const v4 = parseV4(bare);
  if (v4 !== null) return { v4, v6: null };
  if (!bare.includes(':') || !ipaddr.IPv6.isValid(bare)) return { v4: null, v6: null };
  const a = ipaddr.process(bare);
  return a.kind() === 'ipv4' ? { v4: parseV4(a.toString()), v6: null } : { v4: null, v6: a as ipaddr.IPv6 };
}

export function hostRef(address: string, hostname?: string): HostRef {
  const h = hostname?.toLowerCase().replace(/\.$/, '');
  return { text: address.toLowerCase(), hostname: h, ...parseRef(address) };
}

/** `*`, or a CIDR block of prefix 0: a pattern that leaves no host out. */
export function coversEveryHost(m: HostMatcher): boolean {
  return m.kind === 'any' || (m.kind === 'cidr' && /\/0+\s*$/.test(m.pattern));
}

/** An address parsed by the targets stage, as the tests below compare it. */
function v4Number(a: NumericAddress): number | null {
  if (a.family === 4) return Number(a.value);
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address, as hostRef reads it.
  return a.value >> 32n === 0xffffn ? Number(a.value & 0xffffffffn) : null;
}

function v6Address(a: NumericAddress): ipaddr.IPv6 {
  return ipaddr.IPv6.parse(formatAddress(6, a.value));
}

/**
 * Compile a host pattern: `*` (every host), a CIDR block, an IP address, or a
 * hostname glob (minimatch, case-insensitive, tested against the name an
 * address was resolved from, and against the address when the glob could
 * match one). Returns an error sentence instead when the pattern is none of
 * these, or is written as an address or a CIDR block and is not a valid one
 * (`300.1.1.1` would otherwise be a glob that never matches). Addresses are
 * read by the same parser as the scan's targets.
 */
export function compileHostPattern(pattern: string): HostMatcher | { error: string } {
  const p = pattern.trim();
  if (p === '*' || p === '**') return { pattern, kind: 'any', test: () => true, v4: 'all' };
  const parsed = parseAddressText(p);
  if (parsed.kind === 'invalid') return { error: `${JSON.stringify(pattern)} ${parsed.problem}` };
  if (parsed.kind === 'cidr') {
    const { base, prefix } = parsed;
    const v4 = v4Number(base);
    if (base.family === 4 || (v4 !== null && prefix >= 96)) {
      const bits = base.family === 4 ? prefix : prefix - 96;
      const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
      const net = ((v4 as number) & mask) >>> 0;
      return {
        pattern,
        kind: 'cidr',
        test: (h) => h.v4 !== null && (h.v4 & mask) >>> 0 === net,
        v4: [net, (net | ~mask) >>> 0],
      };
    }
    const net = v6Address(base);
    return { pattern, kind: 'cidr', test: (h) => h.v6 !== null && h.v6.match(net, prefix), v4: 'none' };
  }
  if (parsed.kind === 'address') {
    const v4 = v4Number(parsed.address);
    if (v4 !== null) return { pattern, kind: 'ip', test: (h) => h.v4 === v4, v4: [v4, v4] };
    const canonical = v6Address(parsed.address).toNormalizedString();
    return {
      pattern,
      kind: 'ip',
      test: (h) => h.v6 !== null && h.v6.toNormalizedString() === canonical,
      v4: 'none',
    };
  }
  if (/\s/.test(p) || p.length === 0)
    return { error: `${JSON.stringify(pattern)} is not a hostname, glob, address or CIDR` };
  // Brace sets multiply ({a,b}{c,d}…): a handful is plenty for host names.
  if ((p.match(/\{/g) ?? []).length > 4)
    return { error: `${JSON.stringify(pattern)} has more than 4 brace sets` };
  let mm: Minimatch;
  try {
    mm = new Minimatch(p.toLowerCase(), { nocase: true, dot: true, nocomment: true, nonegate: true });
  } catch {
    return { error: `${JSON.stringify(pattern)} is not a valid host glob` };
  }
  // Only a glob made of address characters (10.0.*, fd00:*) can match an address's text.
  const addressLike = /^[0-9a-f.:*?[\]{},-]+$/i.test(p);
  return {
    pattern,
    kind: 'glob',
    test: (h) => (h.hostname !== undefined && mm.match(h.hostname)) || (addressLike && mm.match(h.text)),
    // A glob that could match an address's text must see each one.
    ...(addressLike ? {} : { v4: 'none' as const }),
  };
}
