import { NTP_TRANSMIT as TRANSMIT, ntpRequest } from '../../catalogue/payloads.js';
import type { Identification, UdpModule } from '../types.js';

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

export const ntpModule: UdpModule = {
  name: 'ntp',
  services: ['ntp'],
  probe: () => ntpRequest(),
  parse: (reply) => parseNtp(reply),
};
