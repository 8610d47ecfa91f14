import type { Identification, TcpModule } from '../types.js';
import { firstLine, lines } from '../text.js';

/** Pure: a POP3 greeting (+OK), or a transcript with a CAPA list. */
export function parsePop3(data: Buffer): Identification | undefined {
  const all = lines(data);
  const first = all[0];
  if (!first || !/^\+OK\b/.test(first)) return undefined;
  const capaEnd = all.indexOf('.', 1);
  const id: Identification = {
    service: 'pop3',
    banner: firstLine(data, false),
    evidence: {},
    confident: /POP|dovecot|ready|courier|cyrus|qpopper/i.test(first) || capaEnd > 0,
  };
  if (capaEnd > 0) {
    const caps = all.slice(1, capaEnd).map((c) => c.toUpperCase());
    id.evidence['pop3.stls'] = caps.some((c) => c === 'STLS');
  }
  if (/dovecot/i.test(first)) id.product = 'Dovecot';
  return id;
}

export const pop3Module: TcpModule = {
  name: 'pop3',
  services: ['pop3', 'pop3s'],
  bannerFirst: true,
  parse: parsePop3,
  probe: () => Buffer.from('CAPA\r\n'),
  async interrogate(id, session) {
    if ('pop3.stls' in id.evidence || session.tls) return;
    const { conversation: conv, greeted } = await session.reuse();
    try {
      const ms = () => Math.min(2000, session.remaining());
      if (!greeted) await conv.read((b) => lines(b).length >= 1, ms());
      conv.write('CAPA\r\n');
      const reply = await conv.read((b) => lines(b).includes('.') || /^-ERR/.test(lines(b)[0] ?? ''), ms());
      const all = lines(reply);
      if (all[0]?.startsWith('+OK')) id.evidence['pop3.stls'] = all.some((c) => c.toUpperCase() === 'STLS');
      conv.write('QUIT\r\n');
    } finally {
      conv.close();
    }
  },
};
