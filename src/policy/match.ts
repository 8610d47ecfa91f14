import ipaddr from 'ipaddr.js';
import { Minimatch } from 'minimatch';
import type { HostMatcher, PortRanges } from './types.js';

/** Ports and host patterns as the evaluator tests them. */

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

export function rangesOverlap(a: PortRanges, b: PortRanges): [number, number] | null {
  for (const x of a)
    for (const y of b) if (x[0] <= y[1] && y[0] <= x[1]) return [Math.max(x[0], y[0]), Math.min(x[1], y[1])];
  return null;
}

export function formatRanges(ranges: PortRanges): string {
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(', ');
}

function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare)) return null;
  // Only canonical forms count as addresses: ipaddr accepts "10" or "0x0a.1" as IPv4, a glob user would not.
  if (!ipaddr.IPv6.isValid(bare) && !ipaddr.IPv4.isValidFourPartDecimal(bare)) return null;
  return ipaddr.process(bare);
}

/**
 * Compile a host pattern: `*` (every host), a CIDR block, an IP address, or a
 * hostname glob (minimatch, case-insensitive, tested against the name an
 * address was resolved from and against the address itself). Returns an
 * error sentence instead when the pattern cannot be one of these.
 */
export function compileHostPattern(pattern: string): HostMatcher | { error: string } {
  const p = pattern.trim();
  if (p === '*' || p === '**') return { pattern, kind: 'any', test: () => true };
  if (p.includes('/')) {
    let cidr: [ipaddr.IPv4 | ipaddr.IPv6, number];
    try {
      cidr = ipaddr.parseCIDR(p);
    } catch {
      return {
        error: `${JSON.stringify(pattern)} is not a valid CIDR block (such as 10.20.0.0/24 or fd00::/64)`,
      };
    }
    const [net, bits] = cidr;
    const v4 = net.kind() === 'ipv4';
    if (v4 && !ipaddr.IPv4.isValidFourPartDecimal(p.split('/')[0]))
      return {
        error: `${JSON.stringify(pattern)} is not a valid CIDR block (such as 10.20.0.0/24 or fd00::/64)`,
      };
    return {
      pattern,
      kind: 'cidr',
      test: (address) => {
        const a = parseAddress(address);
        return a !== null && a.kind() === net.kind() && a.match(net, bits);
      },
    };
  }
  const addr = parseAddress(p);
  if (addr) {
    const canonical = addr.toString();
    return {
      pattern,
      kind: 'ip',
      test: (address) => {
        if (address === canonical) return true;
        const a = parseAddress(address);
        return a !== null && a.kind() === addr.kind() && a.toString() === canonical;
      },
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
  return {
    pattern,
    kind: 'glob',
    test: (address, hostname) =>
      (hostname !== undefined && mm.match(hostname.toLowerCase().replace(/\.$/, ''))) ||
      mm.match(address.toLowerCase()),
  };
}
