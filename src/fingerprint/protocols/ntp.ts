import { NTP_TRANSMIT as TRANSMIT, ntpRequest } from '../../catalogue/payloads.js';
import type { Identification, UdpModule, UdpSession } from '../types.js';

export { ntpRequest };

/** Pure: a server reply (mode 4) to our request. */
export function parseNtp(reply: Buffer): Identification | undefined {
  if (reply.length < 48) return undefined;
  const mode = reply[0] & 0x7;
  const version = (reply[0] >> 3) & 0x7;
  if (mode !== 4 || version < 1 || version > 4) return undefined;
  if (!reply.subarray(24, 32).equals(TRANSMIT)) return undefined;
  return {
    service: 'ntp',
    version: String(version),
    evidence: { 'ntp.stratum': reply[1] },
    confident: true,
  };
}

/** Our sequence number in the mode 6 request; a reply must carry it back. */
const MODE6_SEQUENCE = 0x5043;

/**
 * NTP control message (mode 6, RFC 9327 / RFC 1305 appendix B): READVAR (opcode 2) of the
 * system variables, 12 bytes. Its answer is the server's variable list (a few hundred bytes).
 */
export function mode6ReadVar(): Buffer {
  const b = Buffer.alloc(12);
  b[0] = (2 << 3) | 6; // LI 0, version 2, mode 6
  b[1] = 2; // R 0, E 0, M 0, opcode READVAR
  b.writeUInt16BE(MODE6_SEQUENCE, 2);
  return b;
}

/**
 * ntpd's private mode 7 request MON_GETLIST_1 (request code 42, implementation XNTPD 3): the
 * 8-byte header, no data. Small on purpose: the request is 8 bytes, the answer (the list of
 * recent clients, up to 100 datagrams) is the amplification the fact is about.
 */
export function mode7Monlist(): Buffer {
  return Buffer.from([(2 << 3) | 7, 0, 3, 42, 0, 0, 0, 0]);
}

/** Pure: whether `reply` is a mode 6 response (R bit set) to our READVAR, no error bit. */
export function isMode6Reply(reply: Buffer): boolean {
  if (reply.length < 12) return false;
  if ((reply[0] & 0x7) !== 6) return false;
  // R (response) set, E (error) clear, opcode READVAR; our sequence back.
  return (reply[1] & 0xdf) === 0x82 && reply.readUInt16BE(2) === MODE6_SEQUENCE;
}

/** Pure: whether `reply` is a mode 7 response (R bit set) to MON_GETLIST_1 with no error and at least one item. */
export function isMonlistReply(reply: Buffer): boolean {
  if (reply.length < 8) return false;
  if ((reply[0] & 0x80) === 0 || (reply[0] & 0x7) !== 7) return false;
  if (reply[3] !== 42) return false;
  const err = reply[4] >> 4;
  const items = ((reply[4] & 0x0f) << 8) | reply[5];
  return err === 0 && items > 0;
}

/** Bytes back per byte sent, two decimals. */
function ratio(back: Buffer, sent: Buffer): number {
  return Math.round((back.length / Math.max(1, sent.length)) * 100) / 100;
}

/**
 * After a mode 4 answer: one READVAR (mode 6) and one MON_GETLIST_1 (mode 7). A reply that is
 * not a response to the request (an echo, an error) proves nothing; silence is the answer of
 * chrony and of an ntpd with `restrict … noquery`.
 */
async function queries(id: Identification, session: UdpSession): Promise<void> {
  let best = 0;
  for (const [key, request, answers] of [
    ['ntp.mode6_answered', mode6ReadVar(), isMode6Reply],
    ['ntp.monlist_answered', mode7Monlist(), isMonlistReply],
  ] as const) {
    const left = session.remaining();
    if (left < 100) break;
    const reply = await session.exchange(request, Math.min(1500, left));
    const yes = reply !== undefined && answers(reply);
    id.evidence[key] = yes;
    if (yes) best = Math.max(best, ratio(reply, request));
  }
  if (best > 0) id.evidence['ntp.amplification'] = best;
}

export const ntpModule: UdpModule = {
  name: 'ntp',
  services: ['ntp'],
  probe: () => ntpRequest(),
  parse: (reply) => parseNtp(reply),
  interrogate: queries,
};
