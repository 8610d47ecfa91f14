import { memcachedVersion } from '../../catalogue/payloads.js';
import type { Identification, TcpModule, UdpModule, UdpSession } from '../types.js';
import { clean, lines } from '../text.js';

/** Pure: the reply to "version" ("VERSION 1.6.18"); a bare ERROR is memcached's answer to anything else. */
export function parseMemcached(data: Buffer): Identification | undefined {
  const all = lines(data);
  const v = all.find((l) => l.startsWith('VERSION '));
  if (v) {
    const version = clean(v.slice(8), 64);
    return {
      service: 'memcached',
      product: 'memcached',
      version,
      evidence: { 'memcached.version': version, 'memcached.auth_required': false },
      confident: true,
    };
  }
  if (all.length > 0 && all.every((l) => l === 'ERROR')) {
    return { service: 'memcached', product: 'memcached', evidence: {}, confident: false };
  }
  return undefined;
}

export const memcachedModule: TcpModule = {
  name: 'memcached',
  services: ['memcached'],
  parse: parseMemcached,
  probe: () => Buffer.from('version\r\n'),
};

/** The request id of our `stats` frame; its reply datagrams carry it back. */
const STATS_REQUEST_ID = 0x5053;

/**
 * memcached's UDP frame (protocol.txt, "UDP protocol"): request id, sequence 0, one datagram,
 * reserved; then `stats`. 15 bytes; the answer is the server's statistics, a kilobyte and more,
 * in as many datagrams as it takes: the amplification that made memcached a reflector.
 */
export function memcachedStats(): Buffer {
  const head = Buffer.from([0, 0, 0, 0, 0, 1, 0, 0]);
  head.writeUInt16BE(STATS_REQUEST_ID, 0);
  return Buffer.concat([head, Buffer.from('stats\r\n', 'latin1')]);
}

/** Pure: the datagrams that answer our `stats` frame (our request id, a STAT line or END in the first). */
export function statsReplies(replies: Buffer[]): Buffer[] {
  const ours = replies.filter((r) => r.length >= 8 && r.readUInt16BE(0) === STATS_REQUEST_ID);
  const first = ours.find((r) => r.readUInt16BE(2) === 0);
  if (!first || !/^(?:STAT |END\r\n)/.test(first.subarray(8, 13).toString('latin1'))) return [];
  return ours;
}

/** Whether every datagram the frame header announces has arrived. */
function allArrived(replies: Buffer[]): boolean {
  const ours = statsReplies(replies);
  return ours.length > 0 && ours.length >= ours[0].readUInt16BE(4);
}

/** After a UDP answer to `version`: one `stats` frame, and what came back for it per byte sent. */
async function udpStats(id: Identification, session: UdpSession): Promise<void> {
  const left = session.remaining();
  if (left < 100) return;
  const request = memcachedStats();
  const replies = statsReplies(await session.gather(request, Math.min(2000, left), 300, allArrived));
  if (replies.length === 0) return;
  const back = replies.reduce((n, r) => n + r.length, 0);
  id.evidence['memcached.udp_amplification'] = Math.round((back / request.length) * 100) / 100;
}

export const memcachedUdpModule: UdpModule = {
  name: 'memcached',
  services: ['memcached'],
  probe: () => memcachedVersion(),
  parse(reply) {
    if (reply.length < 8 || reply[0] !== 0x50 || reply[1] !== 0x43) return undefined;
    const id = parseMemcached(reply.subarray(8));
    if (id) id.evidence['memcached.udp'] = true;
    return id;
  },
  interrogate: udpStats,
};
