import type { Identification, TcpHooks, UdpHooks } from '../types.js';
import { isChargen } from './chargen.js';

/** RFC 865: a quote "should be limited to 512 characters". */
const MAX_QUOTE = 512;

/** Openings that belong to other protocols' banners and replies, never to a quote. */
const NOT_A_QUOTE = /^(?:\d{3}[ -]|[+*-]|SSH-|HTTP\/|RFB |AMQP|<|\{|\[|INFO |ERROR|OK\b|\w+:\/\/)/;

/**
 * Pure: a quote of the day (RFC 865): nothing but printable text and line breaks, at most 512
 * characters, at least three words, ending in a line break; not another protocol's banner, not
 * the chargen pattern. Text alone is weak evidence, so the match is soft: it names a port only
 * when no other protocol claims it (on 17, qotd's own, it is read first).
 */
export function parseQotd(data: Buffer): Identification | undefined {
  if (data.length < 8 || data.length > MAX_QUOTE) return undefined;
  for (const c of data)
    if ((c < 0x20 || c > 0x7e) && c !== 0x0a && c !== 0x0d && c !== 0x09) return undefined;
  const text = data.toString('latin1');
  if (!text.endsWith('\n') || NOT_A_QUOTE.test(text) || isChargen(data)) return undefined;
  if ((text.match(/[A-Za-z]{2,}/g) ?? []).length < 3) return undefined;
  return { service: 'qotd', evidence: { 'qotd.answered': true }, confident: false };
}

export const qotdTcpHooks: TcpHooks = { parse: parseQotd };

export const qotdUdpHooks: UdpHooks = {
  parse(reply, sent) {
    const id = parseQotd(reply);
    if (id)
      id.evidence['qotd.amplification'] = Math.round((reply.length / Math.max(1, sent.length)) * 100) / 100;
    return id;
  },
};
