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
 * - numbers and ranges: `22,80,8000-8100`, open-ended `-1024` (1–1024) and `60000-` (to 65535);
 * - named sets: `top-100`, `top-1000` (any `top-N` up to 1000, from Nmap's frequency data),
 *   `all` (1–65535);
 * - service names from the registry (`ssh`, `rdp`, `postgres`): without a protocol prefix,
 *   a name stands for its TCP ports, or its UDP ports when it has no TCP port;
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
    const range = /^(\d*)\s*-\s*(\d*)$/.exec(token);
    if (range && (range[1] !== '' || range[2] !== '')) {
      const from = range[1] === '' ? 1 : portNumber(range[1], rawToken, fail);
      const to = range[2] === '' ? MAX_PORT : portNumber(range[2], rawToken, fail);
      if (from > to) fail(`"${rawToken}" is a range whose start is after its end`);
      mark(proto, from, to);
      continue;
    }
    if (/^\d+$/.test(token)) {
      const p = portNumber(token, rawToken, fail);
      mark(proto, p, p);
      continue;
    }
    if (/^[a-z][a-z0-9_.+-]*$/i.test(token)) {
      const service = lookupService(token);
      if (!service)
        fail(`"${rawToken}" is not a port, a range, a named set (top-100, top-1000, all) or a known service`);
      const s = service!;
      let protos: Protocol[];
      if (protocol) protos = [protocol];
      else protos = s.tcp && s.tcp.length > 0 ? ['tcp'] : ['udp'];
      let any = false;
      for (const pr of protos) {
        for (const p of (pr === 'tcp' ? s.tcp : s.udp) ?? []) {
          target[pr][p] = 1;
          any = true;
        }
      }
      if (!any) fail(`"${rawToken}": the service ${s.name} has no registered ${protos.join('/')} port`);
      continue;
    }
    fail(`"${rawToken}" is not a port (1–65535), a range, a named set or a service name`);
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

function portNumber(text: string, token: string, fail: (m: string) => never): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PORT || text.length > 5) {
    return fail(`"${text}" is not a port (1–65535)${token === text ? '' : ` in "${token}"`}`);
  }
  return n;
}
