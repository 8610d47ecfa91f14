import type { Identification, TcpModule } from '../types.js';
import { firstLine, lines } from '../text.js';

function capabilityFacts(caps: string[]): Record<string, boolean> {
  const upper = caps.map((c) => c.toUpperCase());
  return {
    'imap.starttls': upper.includes('STARTTLS'),
    'imap.login_disabled': upper.includes('LOGINDISABLED'),
  };
}

/** Pure: an IMAP greeting (* OK / * PREAUTH / * BYE), with capabilities when it lists them. */
export function parseImap(data: Buffer): Identification | undefined {
  const all = lines(data);
  const first = all[0];
  const m = first && /^\* (OK|PREAUTH|BYE)\b(.*)$/i.exec(first);
  if (!m) return undefined;
  const id: Identification = {
    service: 'imap',
    banner: firstLine(data, false),
    evidence: {},
    confident: true,
  };
  if (m[1].toUpperCase() === 'PREAUTH') id.evidence['imap.preauth'] = true;
  const caps =
    /\[CAPABILITY ([^\]]*)\]/i.exec(m[2])?.[1] ??
    all.find((l) => /^\* CAPABILITY /i.test(l))?.slice(13) ??
    undefined;
  if (caps !== undefined) Object.assign(id.evidence, capabilityFacts(caps.split(/\s+/).slice(0, 64)));
  if (/dovecot/i.test(first)) id.product = 'Dovecot';
  else if (/cyrus/i.test(first)) id.product = 'Cyrus IMAP';
  else if (/courier/i.test(first)) id.product = 'Courier IMAP';
  return id;
}

export const imapModule: TcpModule = {
  name: 'imap',
  services: ['imap', 'imaps'],
  bannerFirst: true,
  parse: parseImap,
  async interrogate(id, session) {
    if ('imap.starttls' in id.evidence) return;
    const { conversation: conv, greeted } = await session.reuse();
    try {
      const ms = () => Math.min(2000, session.remaining());
      if (!greeted) await conv.read((b) => lines(b).length >= 1, ms());
      conv.write('p1 CAPABILITY\r\n');
      const reply = await conv.read((b) => lines(b).some((l) => /^p1 /.test(l)), ms());
      const caps = lines(reply).find((l) => /^\* CAPABILITY /i.test(l));
      if (caps) Object.assign(id.evidence, capabilityFacts(caps.slice(13).split(/\s+/).slice(0, 64)));
      conv.write('p2 LOGOUT\r\n');
    } finally {
      conv.close();
    }
  },
};
