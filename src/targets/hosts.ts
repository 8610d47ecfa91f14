import { lookup } from 'node:dns/promises';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import {
  cidrBounds,
  embeddedIPv4,
  formatAddress,
  parseAddress,
  parseAddressText,
  type Family,
  type NumericAddress,
} from './address.js';
import { count as counted } from '../words.js';

export interface TargetOptions {
  /** Most addresses one scan may cover (each CIDR block or range, and all together). Default 65,536. */
  maxAddresses?: number;
  /**
   * CIDR blocks, addresses or ranges that every probed address must fall in, DNS answers
   * included. Without it, the addresses the user wrote and the answers for the names the
   * user wrote are the scope, except answers that are never a host to scan (unspecified,
   * multicast, broadcast, link-local such as the cloud metadata address 169.254.169.254):
   * those are refused unless a scope names them.
   */
  scope?: string[];
  /** More exclusions, as if each were written with a leading `!`. */
  exclude?: string[];
  /** The flag or input the expressions came from, for error messages. Default `--targets`. */
  source?: string;
  /** The flag that lists the scope, for error messages. Default `--scope`. */
  scopeSource?: string;
  /** How the user raises the address cap, for the error message (default `--max-addresses`; the action: `input max-addresses`). */
  capSource?: string;
  /** Name resolution, injectable for tests. Default: every A and AAAA record from the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
}

export interface TargetHost {
  address: string;
  /** The name the address came from, when the user wrote a name. */
  hostname?: string;
}

export interface TargetSet {
  /** The expressions as given (comma-separated elements split apart). */
  expressions: string[];
  /** How many distinct addresses hosts() yields. */
  count: number;
  /** The addresses, IPv4 before IPv6, in numeric order, each once. Lazy: a /16 is not a list. */
  hosts(): Iterable<TargetHost>;
  /** hostname -> the addresses it resolved to (after scope checks, before exclusions). */
  resolved: Record<string, string[]>;
  /** Is this address (any spelling) one that hosts() yields? */
  contains(address: string): boolean;
  /** The name an address came from, when the user wrote a name. */
  hostnameOf(address: string): string | undefined;
  /** The lowest target address inside a CIDR block, if any (is any loopback address a target?). */
  firstIn(cidr: string): string | undefined;
}

/** A set of addresses written as CIDR blocks, addresses and ranges (a scope). */
export interface AddressSet {
  expressions: string[];
  contains(address: string): boolean;
}

export const DEFAULT_MAX_ADDRESSES = 65536;

interface Interval {
  family: Family;
  start: bigint;
  end: bigint;
  hostname?: string;
}

const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

/** Every A and AAAA record, in the order the resolver gives them. */
export async function systemResolve(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

type Parsed =
  | { kind: 'interval'; interval: Interval }
  | { kind: 'hostname'; hostname: string }
  /** Written as an address or a CIDR block, and not a valid one: the rest of the sentence that quotes it. */
  | { kind: 'invalid'; problem: string };

/** Parses one target token (no commas, no `!`). Returns undefined when it is no target at all. */
function parseToken(token: string): Parsed | 'bad-range' | undefined {
  const written = parseAddressText(token);
  if (written.kind === 'cidr') {
    const { start, end } = cidrBounds(written.base, written.prefix);
    return { kind: 'interval', interval: { family: written.base.family, start, end } };
  }
  if (written.kind === 'address') {
    const a = written.address;
    return { kind: 'interval', interval: { family: a.family, start: a.value, end: a.value } };
  }

  // Ranges: 10.0.0.1-20 (last octet), 10.0.0.1-10.0.1.5, 2001:db8::1-2001:db8::ff.
  let text = token;
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const dash = text.indexOf('-');
  if (dash > 0 && !text.includes('/')) {
    const from = parseAddress(text.slice(0, dash));
    if (from) {
      const rest = text.slice(dash + 1);
      let to: NumericAddress | undefined;
      if (from.family === 4 && /^\d{1,3}$/.test(rest)) {
        const last = Number(rest);
        if (last > 255) return 'bad-range';
        to = { family: 4, value: (from.value & ~0xffn) | BigInt(last) };
      } else {
        to = parseAddress(rest);
      }
      if (!to || to.family !== from.family || to.value < from.value) return 'bad-range';
      return { kind: 'interval', interval: { family: from.family, start: from.value, end: to.value } };
    }
  }
  if (written.kind === 'invalid') return /^[\d.]+-[\d.]+$/.test(text) ? 'bad-range' : written;

  // A name whose last label is all digits is a mistyped address, not a hostname (parseAddressText says why).
  if (HOSTNAME.test(text)) return { kind: 'hostname', hostname: text.toLowerCase().replace(/\.$/, '') };
  return undefined;
}

function size(i: Interval): bigint {
  return i.end - i.start + 1n;
}

function compareIntervals(a: Interval, b: Interval): number {
  if (a.family !== b.family) return a.family - b.family;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/** Sorts and merges overlapping or adjacent intervals (names are dropped: these are plain sets). */
function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].sort(compareIntervals);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === i.family && i.start <= last.end + 1n) {
      if (i.end > last.end) last.end = i.end;
    } else {
      out.push({ family: i.family, start: i.start, end: i.end });
    }
  }
  return out;
}

/** `list` minus the merged, sorted intervals in `remove`; names carry over to what is left. */
function subtract(list: Interval[], remove: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of list) {
    let pieces: Interval[] = [i];
    for (const r of remove) {
      if (r.family !== i.family || r.end < i.start || r.start > i.end) continue;
      const next: Interval[] = [];
      for (const p of pieces) {
        if (r.end < p.start || r.start > p.end) {
          next.push(p);
          continue;
        }
        if (r.start > p.start) next.push({ ...p, end: r.start - 1n });
        if (r.end < p.end) next.push({ ...p, start: r.end + 1n });
      }
      pieces = next;
      if (pieces.length === 0) break;
    }
    out.push(...pieces);
  }
  return out;
}

function covers(set: Interval[], family: Family, start: bigint, end: bigint): boolean {
  // `set` is merged, so a covered interval lies inside one member.
  return set.some((s) => s.family === family && s.start <= start && end <= s.end);
}

/**
 * Answers that are never a host to scan, refused from DNS unless a scope names them; an IPv6
 * address that encodes an IPv4 one (NAT64, 6to4, Teredo, mapped) is refused for what it encodes.
 */
export function refusedReason(a: NumericAddress): string | undefined {
  const own = specialRange(a);
  if (own) return own;
  for (const v4 of embeddedIPv4(a)) {
    const inner = specialRange({ family: 4, value: v4 });
    if (inner) return `an IPv6 encoding of ${formatAddress(4, v4)}, ${inner}`;
  }
  return undefined;
}

function specialRange(a: NumericAddress): string | undefined {
  if (a.family === 4) {
    const first = Number(a.value >> 24n);
    if (first === 0) return 'an unspecified address (0.0.0.0/8)';
    if (first >= 224 && first <= 239) return 'a multicast address';
    if (a.value === 0xffffffffn) return 'the broadcast address';
    if (a.value >> 16n === 0xa9fen) return 'a link-local address (169.254.0.0/16, cloud metadata lives here)';
    return undefined;
  }
  if (a.value === 0n) return 'the unspecified address (::)';
  if (a.value >> 120n === 0xffn) return 'a multicast address';
  if (a.value >> 118n === 0x3fan) return 'a link-local address (fe80::/10)';
  return undefined;
}

function findInterval(list: Interval[], address: string): Interval | undefined {
  const a = parseAddress(address.replace(/^\[(.*)\]$/, '$1'));
  if (!a) return undefined;
  return list.find((i) => i.family === a.family && i.start <= a.value && a.value <= i.end);
}

function scopeIntervals(scope: string[], source: string): Interval[] {
  const parts: Interval[] = [];
  for (const raw of scope
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const p = parseToken(raw);
    if (p && typeof p === 'object' && p.kind === 'invalid')
      throw new ConfigurationError({ source, message: `${JSON.stringify(raw)} ${p.problem}` });
    if (!p || typeof p === 'string' || p.kind !== 'interval') {
      throw new ConfigurationError({
        source,
        message: `"${raw}" is not a CIDR block, an address or a range`,
      });
    }
    parts.push(p.interval);
  }
  return mergeIntervals(parts);
}

/** A scope (`--scope`, input scope) as a set; ConfigurationError naming `source` for a bad entry. */
export function parseScope(scope: string[], source = '--scope'): AddressSet {
  const intervals = scopeIntervals(scope, source);
  return {
    expressions: scope
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
    contains: (address) => findInterval(intervals, address) !== undefined,
  };
}

/**
 * The addresses a host written by the user stands for: itself when it is an address
 * (`[v6]` too), else its A and AAAA records (IPv4-mapped answers read as IPv4), each once.
 */
export async function addressesOf(
  host: string,
  resolve: (hostname: string) => Promise<string[]> = systemResolve,
): Promise<string[]> {
  const literal = parseAddress(host.replace(/^\[(.*)\]$/, '$1'));
  if (literal) return [formatAddress(literal.family, literal.value)];
  const out: string[] = [];
  for (const answer of await resolve(host)) {
    const a = parseAddress(answer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'));
    if (!a) continue;
    const text = formatAddress(a.family, a.value);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * Expands target expressions (each element may be comma-separated) into a lazy set of
 * addresses: IPv4/IPv6 literals (`[::1]` too), CIDR blocks, ranges (`10.0.0.1-20`,
 * `10.0.0.1-10.0.1.5`), hostnames (every A and AAAA record), and exclusions written
 * with a leading `!` (`10.0.0.0/24,!10.0.0.1`). Throws ConfigurationError naming the
 * token at fault, and for any address outside the scope, the name it came from.
 */
export async function resolveTargets(expressions: string[], options: TargetOptions = {}): Promise<TargetSet> {
  const source = options.source ?? '--targets';
  const scopeSource = options.scopeSource ?? '--scope';
  const capSource = options.capSource ?? '--max-addresses';
  const maxAddresses = BigInt(options.maxAddresses ?? DEFAULT_MAX_ADDRESSES);
  const resolve = options.resolve ?? systemResolve;
  const fail = (message: string, where = source): never => {
    throw new ConfigurationError({ source: where, message });
  };

  const tokens = expressions.flatMap((e) => e.split(',')).map((t) => t.trim());
  const given = tokens.filter((t) => t.length > 0);
  const excludeTokens = (options.exclude ?? [])
    .flatMap((e) => e.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  if (given.filter((t) => !t.startsWith('!')).length === 0)
    fail(`"${expressions.join(',')}" names no targets`);

  const scope = options.scope?.length ? scopeIntervals(options.scope, scopeSource) : undefined;

  const includes: { token: string; interval: Interval }[] = [];
  const names: { token: string; hostname: string }[] = [];
  const excludes: Interval[] = [];
  const excludeNames: { token: string; hostname: string }[] = [];

  const all = [...given.map((t) => ({ t, neg: false })), ...excludeTokens.map((t) => ({ t, neg: true }))];
  for (const { t, neg } of all) {
    let token = t;
    let negate = neg;
    if (token.startsWith('!')) {
      negate = true;
      token = token.slice(1).trim();
    }
    const parsed = parseToken(token);
    if (typeof parsed === 'object' && parsed.kind === 'invalid')
      fail(`${JSON.stringify(t)} ${parsed.problem}`);
    if (parsed === 'bad-range')
      fail(`"${t}" is not an address range (such as 10.0.0.1-20 or 10.0.0.1-10.0.0.20)`);
    if (parsed === undefined) fail(`"${t}" is not an IP address, a CIDR block, a range or a hostname`);
    const p = parsed as Exclude<Parsed, { kind: 'invalid' }>;
    if (p.kind === 'interval') {
      if (!negate && size(p.interval) > maxAddresses) {
        fail(
          `"${t}" covers ${counted(size(p.interval))} addresses, more than the limit of ${counted(maxAddresses)} ` +
            `(raise it with ${capSource}, or split the block)`,
        );
      }
      if (negate) excludes.push(p.interval);
      else includes.push({ token: t, interval: p.interval });
    } else if (negate) excludeNames.push({ token: t, hostname: p.hostname });
    else names.push({ token: t, hostname: p.hostname });
  }

  // Literal addresses: the user named them, so only an explicit scope can refuse them.
  if (scope) {
    for (const { token, interval } of includes) {
      if (!covers(scope, interval.family, interval.start, interval.end)) {
        fail(`"${token}" is outside the scope ${options.scope!.join(',')}`, source);
      }
    }
  }

  const resolved: Record<string, string[]> = {};
  const resolveName = async (token: string, hostname: string): Promise<NumericAddress[]> => {
    let answers: string[];
    try {
      answers = await resolve(hostname);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
        return fail(`"${token}": the name ${hostname} does not resolve (${code})`);
      }
      throw new RuntimeFailure(`cannot resolve ${hostname} (${code ?? String(err)})`, { cause: err });
    }
    const out: NumericAddress[] = [];
    for (const answer of answers) {
      const a = parseAddress(answer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'));
      if (!a) continue;
      if (out.some((o) => o.family === a.family && o.value === a.value)) continue;
      out.push(a);
    }
    if (out.length === 0) fail(`"${token}": the name ${hostname} has no A or AAAA record`);
    return out;
  };

  const named = new Map<string, { family: Family; value: bigint; hostname: string }>();
  for (const { token, hostname } of names) {
    const answers = await resolveName(token, hostname);
    for (const a of answers) {
      const address = formatAddress(a.family, a.value);
      if (scope && !covers(scope, a.family, a.value, a.value)) {
        fail(
          `the name ${hostname} resolves to ${address}, which is outside the scope ${options.scope!.join(',')}; ` +
            `add it to ${scopeSource} if it is meant to be scanned`,
          source,
        );
      }
      const special = refusedReason(a);
      if (special && !scope) {
        fail(
          `the name ${hostname} resolves to ${address}, ${special}; refusing to scan it ` +
            `(name it in ${scopeSource} if it is meant to be scanned)`,
          source,
        );
      }
    }
    resolved[hostname] = answers.map((a) => formatAddress(a.family, a.value));
    for (const a of answers) {
      const key = `${a.family}:${a.value}`;
      if (!named.has(key)) named.set(key, { family: a.family, value: a.value, hostname });
    }
  }
  for (const { token, hostname } of excludeNames) {
    for (const a of await resolveName(token, hostname))
      excludes.push({ family: a.family, start: a.value, end: a.value });
  }

  // Literal addresses as merged intervals, with named addresses cut out and added back as points
  // that carry their name; then exclusions removed from both.
  const points: Interval[] = [...named.values()].map((n) => ({
    family: n.family,
    start: n.value,
    end: n.value,
    hostname: n.hostname,
  }));
  const literal = subtract(mergeIntervals(includes.map((i) => i.interval)), mergeIntervals(points));
  const removed = mergeIntervals(excludes);
  const intervals = subtract([...literal, ...points], removed).sort(compareIntervals);
  const count = intervals.reduce((n, i) => n + size(i), 0n);
  if (count > maxAddresses) {
    fail(
      `the targets cover ${counted(count)} addresses, more than the limit of ${counted(maxAddresses)} ` +
        `(raise it with ${capSource}, or split the scan)`,
    );
  }
  if (count === 0n) fail(`"${given.join(',')}" leaves no addresses once the exclusions are removed`);

  return {
    expressions: given,
    count: Number(count),
    resolved,
    contains: (address) => findInterval(intervals, address) !== undefined,
    hostnameOf: (address) => findInterval(intervals, address)?.hostname,
    firstIn(cidr) {
      const block = parseToken(cidr);
      if (!block || typeof block === 'string' || block.kind !== 'interval') return undefined;
      const b = block.interval;
      for (const i of intervals) {
        if (i.family !== b.family || i.end < b.start || i.start > b.end) continue;
        return formatAddress(i.family, i.start > b.start ? i.start : b.start);
      }
      return undefined;
    },
    *hosts(): Iterable<TargetHost> {
      for (const i of intervals) {
        for (let v = i.start; v <= i.end; v++) {
          const address = formatAddress(i.family, v);
          yield i.hostname ? { address, hostname: i.hostname } : { address };
        }
      }
    },
  };
}
