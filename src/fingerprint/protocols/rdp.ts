import type { Identification, TcpModule } from '../types.js';

export const RDP_PROTOCOLS = { rdp: 0, ssl: 1, hybrid: 2, hybrid_ex: 8 } as const;
const NAMES: Record<number, string> = {
  0: 'rdp',
  1: 'ssl',
  2: 'hybrid',
  4: 'rdstls',
  8: 'hybrid_ex',
  16: 'rdstls',
  32: 'aad',
};

/** An X.224 Connection Request carrying RDP_NEG_REQ for `requested` (a bit set of RDP_PROTOCOLS). */
export function connectionRequest(requested: number): Buffer {
  const b = Buffer.from([
    0x03, 0x00, 0x00, 0x13, 0x0e, 0xe0, 0, 0, 0, 0, 0, 0x01, 0x00, 0x08, 0x00, 0, 0, 0, 0,
  ]);
  b.writeUInt32LE(requested >>> 0, 15);
  return b;
}

export type RdpNegotiation =
  | { kind: 'selected'; protocol: string; code: number }
  | { kind: 'failure'; code: number }
  | { kind: 'legacy' };

/** Pure: the X.224 Connection Confirm and its RDP_NEG_RSP / RDP_NEG_FAILURE. */
export function parseRdpConfirm(data: Buffer): RdpNegotiation | undefined {
  if (data.length < 11 || data[0] !== 0x03 || data[1] !== 0x00) return undefined;
  const len = data.readUInt16BE(2);
  if (len < 11 || len > 512) return undefined;
  const li = data[4];
  if ((data[5] & 0xf0) !== 0xd0 || li < 6 || li + 5 > len) return undefined;
  if (len < 19 || data.length < 19) return { kind: 'legacy' };
  const type = data[11];
  if (data.readUInt16LE(13) !== 8) return { kind: 'legacy' };
  const value = data.readUInt32LE(15);
  if (type === 0x02) return { kind: 'selected', protocol: NAMES[value] ?? `protocol-${value}`, code: value };
  if (type === 0x03) return { kind: 'failure', code: value };
  return undefined;
}

export function parseRdp(data: Buffer): Identification | undefined {
  const neg = parseRdpConfirm(data);
  if (!neg) return undefined;
  const id: Identification = { service: 'rdp', evidence: {}, confident: true };
  if (neg.kind === 'selected') {
    id.evidence['rdp.selected_protocol'] = neg.protocol;
    id.evidence['rdp.nla_supported'] = neg.code === 2 || neg.code === 8;
  } else if (neg.kind === 'legacy') {
    id.evidence['rdp.selected_protocol'] = 'rdp';
    id.evidence['rdp.nla_supported'] = false;
  }
  return id;
}

export const rdpModule: TcpModule = {
  name: 'rdp',
  services: ['rdp'],
  parse: parseRdp,
  probe: () => connectionRequest(RDP_PROTOCOLS.ssl | RDP_PROTOCOLS.hybrid | RDP_PROTOCOLS.hybrid_ex),
  complete: (data) => data.length >= 4 && data.length >= data.readUInt16BE(2),
  async interrogate(id, session) {
    const ask = async (requested: number) => {
      const conv = await session.connect();
      try {
        conv.write(connectionRequest(requested));
        return parseRdpConfirm(
          await conv.read(
            (b) => b.length >= 4 && b.length >= b.readUInt16BE(2),
            Math.min(2000, session.remaining()),
          ),
        );
      } finally {
        conv.close();
      }
    };
    const standard = await ask(RDP_PROTOCOLS.rdp);
    if (standard) {
      id.evidence['rdp.standard_security_allowed'] =
        standard.kind === 'legacy' || (standard.kind === 'selected' && standard.code === 0);
    }
    const tlsOnly = await ask(RDP_PROTOCOLS.ssl);
    if (tlsOnly) {
      // HYBRID_REQUIRED_BY_SERVER (5): TLS alone is not enough, CredSSP is demanded.
      id.evidence['rdp.nla_required'] =
        tlsOnly.kind === 'failure' &&
        tlsOnly.code === 5 &&
        id.evidence['rdp.standard_security_allowed'] !== true;
    }
  },
};
