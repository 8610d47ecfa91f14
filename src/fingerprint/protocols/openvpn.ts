import { hardReset, OPENVPN_SESSION, tcpFramed } from '../../catalogue/payloads.js';
import type { Identification, TcpModule, UdpModule } from '../types.js';

export { hardReset, OPENVPN_SESSION };

const P_CONTROL_HARD_RESET_SERVER_V2 = 8;

/** Pure: a P_CONTROL_HARD_RESET_SERVER_V2 that acknowledges our packet and names our session. */
export function parseOpenvpnPacket(p: Buffer): Identification | undefined {
  if (p.length < 14) return undefined;
  const opcode = p[0] >> 3;
  if (opcode !== P_CONTROL_HARD_RESET_SERVER_V2 && opcode !== 9 && opcode !== 10) return undefined;
  const acks = p[9];
  if (acks < 1 || acks > 8 || p.length < 10 + acks * 4 + 8) return undefined;
  const remote = p.subarray(10 + acks * 4, 10 + acks * 4 + 8);
  if (!remote.equals(OPENVPN_SESSION)) return undefined;
  return { service: 'openvpn', product: 'OpenVPN', evidence: { 'openvpn.detected': true }, confident: true };
}

/** Pure: the TCP framing (a 16-bit length before each packet). */
export function parseOpenvpnTcp(data: Buffer): Identification | undefined {
  if (data.length < 2) return undefined;
  const len = data.readUInt16BE(0);
  if (len < 14 || data.length < 2 + len) return undefined;
  return parseOpenvpnPacket(data.subarray(2, 2 + len));
}

export const openvpnModule: TcpModule = {
  name: 'openvpn',
  services: ['openvpn'],
  parse: parseOpenvpnTcp,
  probe: () => tcpFramed(hardReset()),
};

export const openvpnUdpModule: UdpModule = {
  name: 'openvpn',
  services: ['openvpn'],
  probe: () => hardReset(),
  parse: (reply) => parseOpenvpnPacket(reply),
};
