import type { Identification, UdpModule } from '../types.js';

export const IKE_SPI = Buffer.from('portcull', 'latin1');

function payload(next: number, body: Buffer): Buffer {
  const h = Buffer.from([next, 0, 0, 0]);
  h.writeUInt16BE(4 + body.length, 2);
  return Buffer.concat([h, body]);
}

function transform(last: boolean, type: number, id: number, attrs = Buffer.alloc(0)): Buffer {
  const b = Buffer.from([last ? 0 : 3, 0, 0, 0, type, 0, id >> 8, id & 0xff]);
  b.writeUInt16BE(8 + attrs.length, 2);
  return Buffer.concat([b, attrs]);
}

/** An IKEv2 IKE_SA_INIT: AES-CBC-128, SHA-256, MODP-2048, a KE and a nonce. */
export function ikeSaInit(): Buffer {
  const transforms = Buffer.concat([
    transform(false, 1, 12, Buffer.from([0x80, 0x0e, 0x00, 0x80])),
    transform(false, 2, 5),
    transform(false, 3, 12),
    transform(true, 4, 14),
  ]);
  const proposal = Buffer.concat([Buffer.from([0, 0, 0, 0, 1, 1, 0, 4]), transforms]);
  proposal.writeUInt16BE(proposal.length, 2);
  const sa = payload(34, proposal);
  const keyData = Buffer.alloc(256, 0x5a);
  const ke = payload(40, Buffer.concat([Buffer.from([0, 14, 0, 0]), keyData]));
  const nonce = payload(0, Buffer.alloc(32, 0x4e));
  const body = Buffer.concat([sa, ke, nonce]);
  const header = Buffer.alloc(28);
  IKE_SPI.copy(header, 0);
  header[16] = 33; // next payload: SA
  header[17] = 0x20; // version 2.0
  header[18] = 34; // IKE_SA_INIT
  header[19] = 0x08; // initiator
  header.writeUInt32BE(28 + body.length, 24);
  return Buffer.concat([header, body]);
}

/** Pure: any IKE message that names our initiator SPI back (IKEv2 response, or an IKEv1 notify). */
export function parseIke(reply: Buffer): Identification | undefined {
  if (reply.length < 28) return undefined;
  // Over 4500 a four-byte non-ESP marker (zero) precedes IKE.
  const msg = reply.readUInt32BE(0) === 0 && reply.length >= 32 ? reply.subarray(4) : reply;
  if (!msg.subarray(0, 8).equals(IKE_SPI)) return undefined;
  const major = msg[17] >> 4;
  if (major !== 1 && major !== 2) return undefined;
  const len = msg.readUInt32BE(24);
  if (len < 28 || len > msg.length + 4096) return undefined;
  return {
    service: 'ike',
    evidence: { 'ike.detected': true, 'ike.version': String(major) },
    confident: true,
  };
}

/** The four zero bytes that mark IKE (not ESP) on the NAT-T port. */
const NON_ESP_MARKER = Buffer.alloc(4);

/** IKE as the port suggests: with the non-ESP marker on 4500, bare elsewhere. */
export const ikeModule: UdpModule = {
  name: 'ike',
  services: ['ike'],
  probe: (ctx) => (ctx.port === 4500 ? Buffer.concat([NON_ESP_MARKER, ikeSaInit()]) : ikeSaInit()),
  parse: (reply) => parseIke(reply),
};

/** The other framing, for a NAT-T listener on another port (or bare IKE on 4500). */
export const ikeOtherFramingModule: UdpModule = {
  name: 'ike',
  services: ['ike'],
  probe: (ctx) => (ctx.port === 4500 ? ikeSaInit() : Buffer.concat([NON_ESP_MARKER, ikeSaInit()])),
  parse: (reply) => parseIke(reply),
};
