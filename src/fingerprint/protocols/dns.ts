import type { Identification, TcpModule, UdpModule } from '../types.js';
import { clean } from '../text.js';

const QUERY_ID = 0x5043;

/** A query for version.bind TXT in class CHAOS, recursion desired. */
export function versionQuery(): Buffer {
  const header = Buffer.from([QUERY_ID >> 8, QUERY_ID & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
  const qname = Buffer.from([7, ...Buffer.from('version'), 4, ...Buffer.from('bind'), 0]);
  return Buffer.concat([header, qname, Buffer.from([0, 16, 0, 3])]);
}

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
  const id: Identification = {
    service: 'dns',
    evidence: { 'dns.recursion_available': (flags & 0x0080) !== 0 },
    confident: true,
  };
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

export const dnsUdpModule: UdpModule = {
  name: 'dns',
  services: ['dns'],
  probe: () => versionQuery(),
  parse: (reply) => parseDnsMessage(reply),
};

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
  probe: () => {
    const q = versionQuery();
    const len = Buffer.alloc(2);
    len.writeUInt16BE(q.length);
    return Buffer.concat([len, q]);
  },
};
