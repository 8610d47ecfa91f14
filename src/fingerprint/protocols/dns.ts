import { DNS_QUERY_ID as QUERY_ID, tcpFramed, versionQuery } from '../../catalogue/payloads.js';
import type { Evidence } from '../../model.js';
import type { Identification, Session, TcpModule, UdpModule, UdpSession } from '../types.js';
import { clean } from '../text.js';
import { plural } from '../../words.js';

export { versionQuery };

/** Skip a (possibly compressed) name; the offset after it, or -1. */
function skipName(msg: Buffer, off: number): number {
  for (let n = 0; n < 128 && off < msg.length; n++) {
    const len = msg[off];
    if (len === 0) return off + 1;
    if ((len & 0xc0) === 0xc0) return off + 2 <= msg.length ? off + 2 : -1;
    if ((len & 0xc0) !== 0) return -1;
    off += 1 + len;
  }
  return -1;
}

/** Pure: a DNS response to our query (id, QR set). */
export function parseDnsMessage(msg: Buffer): Identification | undefined {
  if (msg.length < 12 || msg.readUInt16BE(0) !== QUERY_ID) return undefined;
  const flags = msg.readUInt16BE(2);
  if ((flags & 0x8000) === 0 || ((flags >> 11) & 0xf) !== 0) return undefined;
  const qd = msg.readUInt16BE(4);
  const an = msg.readUInt16BE(6);
  if (qd > 1) return undefined;
  // The RA flag is not read: a server sets it whatever it does with a recursive query.
  const id: Identification = { service: 'dns', evidence: {}, confident: true };
  let off = 12;
  for (let i = 0; i < qd; i++) {
    off = skipName(msg, off);
    if (off < 0 || off + 4 > msg.length) return id;
    off += 4;
  }
  for (let i = 0; i < Math.min(an, 8); i++) {
    off = skipName(msg, off);
    if (off < 0 || off + 10 > msg.length) return id;
    const type = msg.readUInt16BE(off);
    const rdlen = msg.readUInt16BE(off + 8);
    const rdata = msg.subarray(off + 10, off + 10 + rdlen);
    if (type === 16 && rdata.length >= 1 && rdata.length === rdlen) {
      const text = clean(rdata.subarray(1, 1 + rdata[0]).toString('latin1'), 128);
      if (text) {
        id.evidence['dns.version'] = text;
        const p = /^(dnsmasq|unbound|bind|knot|powerdns|pdns|coredns)[- ]?v?([\d.]+)?/i.exec(text);
        if (p) {
          id.product = p[1];
          if (p[2]) id.version = p[2];
        } else if (/^\d+\.\d+/.test(text)) id.version = text;
      }
    }
    off += 10 + rdlen;
  }
  return id;
}

/** The id of the recursion query, apart from the identification query's. */
const RECURSION_ID = 0x5052;
const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];

/** `name` in DNS wire form: at most 63 bytes a label, 253 in all, empty labels dropped. */
function encodeName(name: string): Buffer {
  const labels = name
    .slice(0, 253)
    .split('.')
    .filter(Boolean)
    .map((l) => Buffer.from(l.slice(0, 63), 'latin1'));
  return Buffer.concat([...labels.flatMap((l) => [Buffer.from([l.length]), l]), Buffer.from([0])]);
}

/** A recursive query (RD set) for the A records of `name`. */
export function recursiveQuery(name: string): Buffer {
  const header = Buffer.from([RECURSION_ID >> 8, RECURSION_ID & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([header, encodeName(name), Buffer.from([0, 1, 0, 1])]);
}

/** Read a (possibly compressed) name at `off`, lower-case, bounded; undefined when malformed. */
function readName(msg: Buffer, off: number): { name: string; next: number } | undefined {
  const labels: string[] = [];
  let next = -1;
  let p = off;
  for (let hops = 0; hops < 64 && p < msg.length; hops++) {
    const len = msg[p];
    if (len === 0) return { name: labels.join('.').toLowerCase(), next: next < 0 ? p + 1 : next };
    if ((len & 0xc0) === 0xc0) {
      if (p + 2 > msg.length) return undefined;
      if (next < 0) next = p + 2;
      p = ((len & 0x3f) << 8) | msg[p + 1];
      continue;
    }
    if ((len & 0xc0) !== 0 || p + 1 + len > msg.length) return undefined;
    labels.push(msg.subarray(p + 1, p + 1 + len).toString('latin1'));
    p += 1 + len;
  }
  return undefined;
}

/**
 * Pure: what a recursive query for `name` proved. An open resolver answers a name outside its
 * own zones: NOERROR with a record for that name. REFUSED, SERVFAIL, NOTIMP,
 * FORMERR or an empty answer say it did not resolve it for us; the RA flag says nothing either way.
 * Undefined when the reply is not an answer to that query.
 */
export function recursionEvidence(msg: Buffer, name: string): Evidence | undefined {
  if (msg.length < 12 || msg.readUInt16BE(0) !== RECURSION_ID) return undefined;
  const flags = msg.readUInt16BE(2);
  if ((flags & 0x8000) === 0) return undefined;
  const rcode = flags & 0xf;
  const authoritative = (flags & 0x0400) !== 0;
  const qd = msg.readUInt16BE(4);
  const an = msg.readUInt16BE(6);
  const asked = encodeName(name);
  const wanted = readName(asked, 0)?.name ?? '';
  let off = 12;
  for (let i = 0; i < Math.min(qd, 4); i++) {
    const q = readName(msg, off);
    if (!q || q.next + 4 > msg.length) return undefined;
    off = q.next + 4;
  }
  let named = 0;
  for (let i = 0; i < Math.min(an, 32); i++) {
    const rr = readName(msg, off);
    if (!rr || rr.next + 10 > msg.length) break;
    if (rr.name === wanted) named++;
    off = rr.next + 10 + msg.readUInt16BE(rr.next + 8);
  }
  const code = RCODES[rcode] ?? `RCODE${rcode}`;
  const ev: Evidence = {
    'dns.recursion_query': `recursive A query for ${wanted} answered ${code} with ${plural(an, 'record')}${authoritative ? ' (authoritative)' : ''}`,
  };
  // The AA bit is no help: dnsmasq forwards an upstream's AA answer with AA set. The name is
  // what makes it a test of recursion: one no scanned server holds a zone for.
  if (rcode === 0 && named > 0) ev['dns.open_resolver'] = true;
  else if ([1, 2, 4, 5].includes(rcode) || (rcode === 0 && an === 0)) ev['dns.open_resolver'] = false;
  return ev;
}

/** The recursion check over UDP: one query, one answer. */
async function recursionOverUdp(id: Identification, session: UdpSession): Promise<void> {
  const name = session.dnsRecursionName;
  const reply = await session.exchange(recursiveQuery(name), Math.min(2500, session.remaining()));
  const ev = reply && recursionEvidence(reply, name);
  if (ev) Object.assign(id.evidence, ev);
}

export const dnsUdpModule: UdpModule = {
  name: 'dns',
  services: ['dns'],
  probe: () => versionQuery(),
  parse: (reply) => parseDnsMessage(reply),
  interrogate: recursionOverUdp,
};

/** The recursion check over TCP: the same query, length-prefixed, on a fresh connection. */
async function recursionOverTcp(id: Identification, session: Session): Promise<void> {
  const name = session.dnsRecursionName;
  const conv = await session.connect();
  try {
    conv.write(tcpFramed(recursiveQuery(name)));
    const whole = (b: Buffer) => b.length >= 2 && b.length >= 2 + b.readUInt16BE(0);
    const data = await conv.read(whole, Math.min(2500, session.remaining()));
    if (!whole(data)) return;
    const ev = recursionEvidence(data.subarray(2, 2 + data.readUInt16BE(0)), name);
    if (ev) Object.assign(id.evidence, ev);
  } finally {
    conv.close();
  }
}

/** Pure: DNS over TCP, a 16-bit length before the message. */
export function parseDnsTcp(data: Buffer): Identification | undefined {
  if (data.length < 14) return undefined;
  const len = data.readUInt16BE(0);
  if (len < 12 || data.length < 2 + len) return undefined;
  return parseDnsMessage(data.subarray(2, 2 + len));
}

export const dnsTcpModule: TcpModule = {
  name: 'dns',
  services: ['dns'],
  parse: parseDnsTcp,
  probe: () => tcpFramed(versionQuery()),
  complete: (b) => b.length >= 2 && b.length >= 2 + b.readUInt16BE(0),
  interrogate: recursionOverTcp,
};
