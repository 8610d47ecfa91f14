import ipaddr from 'ipaddr.js';
import { Minimatch } from 'minimatch';
import type { Vantage } from '../model.js';
import type { HostMatcher, HostRef, PortRanges } from './types.js';

export type { HostRef } from './types.js';

/** Ports, host patterns and vantages as the evaluator tests them. */

/** "8000-8100" or 443 as an inclusive range; null when it is not one (the caller reports it). */
export function parsePortOrRange(value: number | string): [number, number] | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1 && value <= 65535 ? [value, value] : null;
  const m = /^\s*(\d{1,5})\s*-\s*(\d{1,5})\s*$/.exec(value);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  if (lo < 1 || hi > 65535 || lo > hi) return null;
  return [lo, hi];
}

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

export function formatRanges(ranges: PortRanges): string {
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(', ');
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

/**
 * Compile a host pattern: `*` (every host), a CIDR block, an IP address, or a
 * hostname glob (minimatch, case-insensitive, tested against the name an
 * address was resolved from, and against the address when the glob could
 * match one). Returns an error sentence instead when the pattern is none of these.
 */
export function compileHostPattern(pattern: string): HostMatcher | { error: string } {
  const p = pattern.trim();
  if (p === '*' || p === '**') return { pattern, kind: 'any', test: () => true };
  const badCidr = {
    error: `${JSON.stringify(pattern)} is not a valid CIDR block (such as 10.20.0.0/24 or fd00::/64)`,
  };
  if (p.includes('/')) {
    const [base, bitsText] = p.split('/', 2);
    if (!/^\d{1,3}$/.test(bitsText ?? '')) return badCidr;
    const bits = Number(bitsText);
    const ref = parseRef(base);
    if (ref.v4 !== null && !base.includes(':')) {
      if (bits > 32) return badCidr;
      const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
      const net = (ref.v4 & mask) >>> 0;
      return { pattern, kind: 'cidr', test: (h) => h.v4 !== null && (h.v4 & mask) >>> 0 === net };
    }
    if (ref.v6 !== null) {
      if (bits > 128) return badCidr;
      const net = ref.v6;
      return { pattern, kind: 'cidr', test: (h) => h.v6 !== null && h.v6.match(net, bits) };
    }
    return badCidr;
  }
  const ref = parseRef(p);
  if (ref.v4 !== null) {
    const v4 = ref.v4;
    return { pattern, kind: 'ip', test: (h) => h.v4 === v4 };
  }
  if (ref.v6 !== null) {
    const canonical = ref.v6.toNormalizedString();
    return { pattern, kind: 'ip', test: (h) => h.v6 !== null && h.v6.toNormalizedString() === canonical };
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
  };
}
