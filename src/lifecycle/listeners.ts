import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import ipaddr from 'ipaddr.js';
import type { Protocol } from '../model.js';

/**
 * The kernel's listener tables, read without root from /proc/net/{tcp,tcp6,udp,udp6}: what is
 * listening on the runner, whatever addresses the scan was told to probe. The session reads them
 * before `start` and again once the environment is ready; what is new was opened by the
 * environment. A pure parser (recorded text in, listeners out) and a thin reader.
 */

export interface Listener {
  protocol: Protocol;
  /** The bound address, canonical: IPv4 dotted (an IPv4-mapped IPv6 bind reads as IPv4), IPv6 RFC 5952. */
  address: string;
  port: number;
  /** Bound on every address of its family: `0.0.0.0` or `::`. */
  wildcard: boolean;
}

/** TCP_LISTEN in include/net/tcp_states.h. */
const TCP_LISTEN = '0A';
/** TCP_CLOSE: the state of a UDP socket that is bound and not connected to one peer. */
const UDP_UNCONNECTED = '07';

/**
 * One 32-bit word of a /proc/net address, as the kernel prints it: the word's bytes in the
 * machine's order, so on a little-endian machine 127.0.0.1 reads `0100007F`.
 */
function wordBytes(hex: string, littleEndian: boolean): number[] {
  const bytes = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return littleEndian ? bytes.reverse() : bytes;
}

/** `0100007F` or 32 hex digits (four such words) → the address, or undefined when malformed. */
export function parseProcAddress(hex: string, littleEndian = endianness() === 'LE'): string | undefined {
  if (!/^[0-9A-Fa-f]{8}$|^[0-9A-Fa-f]{32}$/.test(hex)) return undefined;
  if (hex.length === 8) return wordBytes(hex, littleEndian).join('.');
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 8) bytes.push(...wordBytes(hex.slice(i, i + 8), littleEndian));
  const v6 = ipaddr.fromByteArray(bytes) as ipaddr.IPv6;
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toRFC5952String();
}

/**
 * The listeners in one table's text: TCP sockets in LISTEN, UDP sockets bound and not
 * connected (they take datagrams from anyone). Lines that do not parse are skipped.
 */
export function parseProcNet(
  text: string,
  protocol: Protocol,
  littleEndian = endianness() === 'LE',
): Listener[] {
  const out: Listener[] = [];
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    const [local, remote, state] = fields.slice(1, 4);
    if (protocol === 'tcp' ? state !== TCP_LISTEN : state !== UDP_UNCONNECTED) continue;
    const [localHex, portHex] = local.split(':');
    if (protocol === 'udp' && !/^0+:0+$/.test(remote)) continue;
    const address = localHex === undefined ? undefined : parseProcAddress(localHex, littleEndian);
    const port = parseInt(portHex ?? '', 16);
    if (!address || !Number.isInteger(port) || port < 1 || port > 65535) continue;
    out.push({ protocol, address, port, wildcard: address === '0.0.0.0' || address === '::' });
  }
  return out;
}

export const LISTENER_TABLES: readonly { file: string; protocol: Protocol }[] = [
  { file: 'tcp', protocol: 'tcp' },
  { file: 'tcp6', protocol: 'tcp' },
  { file: 'udp', protocol: 'udp' },
  { file: 'udp6', protocol: 'udp' },
];

export const listenerKey = (l: Listener) => `${l.protocol}|${l.address}|${l.port}`;

/** Each listener once (a server with SO_REUSEPORT, or several processes, binds one endpoint twice). */
function unique(list: Listener[]): Listener[] {
  const seen = new Map<string, Listener>();
  for (const l of list) if (!seen.has(listenerKey(l))) seen.set(listenerKey(l), l);
  return [...seen.values()];
}

/**
 * Read the tables of this network namespace. A table that does not exist (no IPv6, a kernel
 * without /proc) is left out; undefined when none could be read at all (not Linux).
 */
export async function readListeners(root = '/proc/net'): Promise<Listener[] | undefined> {
  let readAny = false;
  const out: Listener[] = [];
  for (const t of LISTENER_TABLES) {
    let text: string;
    try {
      text = await readFile(`${root}/${t.file}`, 'utf8');
    } catch {
      continue;
    }
    readAny = true;
    out.push(...parseProcNet(text, t.protocol));
  }
  return readAny ? unique(out) : undefined;
}

/** What is in `after` and was not in `before`. */
export function newListeners(before: readonly Listener[], after: readonly Listener[]): Listener[] {
  const old = new Set(before.map(listenerKey));
  return unique(after.filter((l) => !old.has(listenerKey(l))));
}
