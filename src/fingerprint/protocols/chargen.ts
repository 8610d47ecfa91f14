import type { Identification, TcpHooks, UdpHooks } from '../types.js';

/** Lines shorter than this could be anything printable. */
const MIN_RUN = 40;

/**
 * Pure: whether `data` opens with the character-generator pattern of RFC 864 (and every inetd):
 * consecutive printable ASCII (0x20–0x7e, wrapping), at least 40 characters of it.
 */
export function isChargen(data: Buffer): boolean {
  let run = 0;
  for (let i = 0; i < Math.min(data.length, 128); i++) {
    const c = data[i];
    if (c === 0x0d || c === 0x0a) break;
    if (c < 0x20 || c > 0x7e) return false;
    if (i > 0 && c !== (data[i - 1] === 0x7e ? 0x20 : data[i - 1] + 1)) return false;
    run++;
  }
  return run >= MIN_RUN;
}

function identify(data: Buffer): Identification | undefined {
  if (!isChargen(data)) return undefined;
  return { service: 'chargen', evidence: { 'chargen.answered': true }, confident: true };
}

export const chargenTcpHooks: TcpHooks = { parse: identify };

export const chargenUdpHooks: UdpHooks = {
  parse(reply, sent) {
    const id = identify(reply);
    if (id)
      id.evidence['chargen.amplification'] =
        Math.round((reply.length / Math.max(1, sent.length)) * 100) / 100;
    return id;
  },
};
