import { ConfigurationError } from '../errors.js';
import type { Protocol } from '../model.js';
import { lookupService } from '../services.js';
import { TOP_TCP_PORTS, TOP_UDP_PORTS } from './top-ports.js';

/** The ports to probe, per protocol, sorted and without duplicates. */
export interface PortSet {
  expression: string;
  tcp: number[];
  udp: number[];
  count: number;
}

export interface PortOptions {
  /** The flag or input the expression came from, for error messages. Default `--ports`. */
  source?: string;
}

const MAX_PORT = 65535;

/**
 * Parses a port expression:
 *
 * - the terms a policy shares (parsePortTerm): numbers and ranges (`22,80,8000-8100`) and
 *   service names from the registry (`ssh`, `rdp`, `postgres`): without a protocol prefix,
 *   a name stands for its TCP ports, or its UDP ports when it has no TCP port;
 * - named sets: `top-100`, `top-1000` (any `top-N` up to 1000, from Nmap's frequency data),
 *   `all` (1–65535);
 * - protocol prefixes that apply to the tokens after them until the next prefix, as in nmap:
 *   `udp:53,161`, `tcp:22,udp:53`, `T:80,U:123`;
 * - exclusions with `!`: `all,!2024`, `top-1000,!udp:53`.
 *
 * Tokens without a prefix are TCP. A bad token throws a ConfigurationError that quotes it.
 */
export function parsePorts(expression: string, options: PortOptions = {}): PortSet {
  const source = options.source ?? '--ports';
  const fail = (message: string): never => {
    throw new ConfigurationError({ source, message });
  };
  const include: Record<Protocol, Uint8Array> = {
    tcp: new Uint8Array(MAX_PORT + 1),
    udp: new Uint8Array(MAX_PORT + 1),
  };
  const exclude: Record<Protocol, Uint8Array> = {
    tcp: new Uint8Array(MAX_PORT + 1),
    udp: new Uint8Array(MAX_PORT + 1),
  };

  const tokens = expression
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (tokens.length === 0) fail(`"${expression}" names no ports`);

  let current: Protocol | undefined;
  for (const rawToken of tokens) {
    let token = rawToken;
    let negate = false;
    if (token.startsWith('!')) {
      negate = true;
      token = token.slice(1).trim();
    }
    const prefix = /^(tcp|udp|t|u)\s*:\s*/i.exec(token);
    let protocol = current;
    if (prefix) {
      protocol = prefix[1].toLowerCase().startsWith('u') ? 'udp' : 'tcp';
      token = token.slice(prefix[0].length);
      // A prefix on an exclusion applies to that token only; otherwise it carries on, as in nmap.
      if (!negate) current = protocol;
    }
    if (token === '') fail(`"${rawToken}" has a protocol but no ports`);
    const target = negate ? exclude : include;
    const mark = (proto: Protocol, from: number, to: number) => {
      target[proto].fill(1, from, to + 1);
    };
    const proto: Protocol = protocol ?? 'tcp';
    const lower = token.toLowerCase();

    if (lower === 'all' || lower === '*') {
      mark(proto, 1, MAX_PORT);
      continue;
    }
    const top = /^top-?(\d+)$/.exec(lower);
    if (top) {
      const n = Number(top[1]);
      const list = proto === 'udp' ? TOP_UDP_PORTS : TOP_TCP_PORTS;
      if (n < 1 || n > list.length) fail(`"${rawToken}": top-N takes N from 1 to ${list.length}`);
      for (const p of list.slice(0, n)) target[proto][p] = 1;
      continue;
    }
    const term = parsePortTerm(token, {
      quote: rawToken,
      expected: 'a port, a range, a named set (top-100, top-1000, all) or a known service',
    });
    if ('error' in term) fail(term.error);
    const t = term as PortTerm;
    if (t.kind === 'range') {
      mark(proto, t.from, t.to);
      continue;
    }
    const protos: Protocol[] = protocol ? [protocol] : t.tcp.length > 0 ? ['tcp'] : ['udp'];
    let any = false;
    for (const pr of protos) {
      for (const p of pr === 'tcp' ? t.tcp : t.udp) {
        target[pr][p] = 1;
        any = true;
      }
    }
    if (!any) fail(`"${rawToken}": the service ${t.service} has no registered ${protos.join('/')} port`);
  }

  const collect = (proto: Protocol): number[] => {
    const out: number[] = [];
    const inc = include[proto];
    const exc = exclude[proto];
    for (let p = 1; p <= MAX_PORT; p++) if (inc[p] && !exc[p]) out.push(p);
    return out;
  };
  const tcp = collect('tcp');
  const udp = collect('udp');
  if (tcp.length + udp.length === 0) fail(`"${expression}" leaves no ports to probe`);
  return { expression, tcp, udp, count: tcp.length + udp.length };
}

/** One port, one range or one service's registered ports: the grammar a policy shares with --ports. */
export type PortTerm =
  | { kind: 'range'; from: number; to: number }
  | { kind: 'service'; service: string; tcp: number[]; udp: number[] };

export interface PortTermOptions {
  /** The token as the user wrote it, to quote in messages. Default: the text. */
  quote?: string;
  /** What the caller accepts, in words, for the message about a token that is none of them. */
  expected?: string;
}

/**
 * One term of a port expression: a port (`443`), an inclusive range (`8000-8100`) or a
 * service name (`ssh`, its registered ports). A range names both ends: `80-` and `-80` are
 * refused, with the full form to write instead, so that no surface reads them differently.
 * Returns an error sentence that quotes the term instead of throwing.
 */
export function parsePortTerm(text: string, options: PortTermOptions = {}): PortTerm | { error: string } {
  const token = text.trim();
  const quoted = JSON.stringify(options.quote ?? text);
  const expected = options.expected ?? 'a port (1–65535), a range such as 8000-8100 or a known service';
  const range = /^(\d*)\s*-\s*(\d*)$/.exec(token);
  if (range && (range[1] !== '' || range[2] !== '')) {
    if (range[1] === '' || range[2] === '') {
      const from = range[1] === '' ? 1 : Number(range[1]);
      const to = range[2] === '' ? MAX_PORT : Number(range[2]);
      const full = from >= 1 && to <= MAX_PORT && from <= to ? `: write ${from}-${to}` : '';
      return { error: `${quoted} is not a range${full || ': a range names both ends, such as 8000-8100'}` };
    }
    const from = portNumber(range[1], token, quoted);
    if (typeof from === 'string') return { error: from };
    const to = portNumber(range[2], token, quoted);
    if (typeof to === 'string') return { error: to };
    if (from > to) return { error: `${quoted} is a range whose start is after its end: write ${to}-${from}` };
    return { kind: 'range', from, to };
  }
  if (/^\d+$/.test(token)) {
    const p = portNumber(token, token, quoted);
    return typeof p === 'string' ? { error: p } : { kind: 'range', from: p, to: p };
  }
  if (/^[a-z][a-z0-9_.+-]*$/i.test(token)) {
    const service = lookupService(token);
    if (!service) return { error: `${quoted} is not ${expected}` };
    return { kind: 'service', service: service.name, tcp: service.tcp ?? [], udp: service.udp ?? [] };
  }
  return { error: `${quoted} is not ${expected}` };
}

/** A port number, or the sentence saying why `text` (part of `token`) is none. */
function portNumber(text: string, token: string, quoted: string): number | string {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PORT || text.length > 5) {
    return `"${text}" is not a port (1–65535)${token === text ? '' : ` in ${quoted}`}`;
  }
  return n;
}
