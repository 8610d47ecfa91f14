import { IKE_SPI, ikeNatTraversal, ikeSaInit } from '../../catalogue/payloads.js';
import type { Identification, UdpModule } from '../types.js';

export { IKE_SPI, ikeSaInit };

/** Pure: any IKE message that names our initiator SPI back (IKEv2 response, or an IKEv1 notify). */
export function parseIke(reply: Buffer): Identification | undefined {
  if (reply.length < 28) return undefined;
  // Over 4500 a four-byte non-ESP marker (zero) precedes IKE.
  const msg = reply.readUInt32BE(0) === 0 && reply.length >= 32 ? reply.subarray(4) : reply;
  if (!msg.subarray(0, 8).equals(IKE_SPI)) return undefined;
  const major = msg[17] >> 4;
  if (major !== 1 && major !== 2) return undefined;
  // An IKEv2 answer has the Response flag set (RFC 7296 §3.1); our own request, reflected, has not.
  if (major === 2 && (msg[19] & 0x20) === 0) return undefined;
  const len = msg.readUInt32BE(24);
  if (len < 28 || len > msg.length + 4096) return undefined;
  return {
    service: 'ike',
    evidence: { 'ike.detected': true, 'ike.version': String(major) },
    confident: true,
  };
}

/** IKE as the port suggests: with the non-ESP marker on 4500, bare elsewhere (the engine sends both framings). */
export const ikeModule: UdpModule = {
  name: 'ike',
  services: ['ike'],
  probe: (ctx) => (ctx.port === 4500 ? ikeNatTraversal() : ikeSaInit()),
  parse: (reply) => parseIke(reply),
};
