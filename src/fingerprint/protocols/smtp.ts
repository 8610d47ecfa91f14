import type { Identification, TcpModule } from '../types.js';
import { clean, firstLine } from '../text.js';
import { command, greeting, numberedReplies } from './lines.js';

const MAIL_WORDS = /\bE?SMTP\b|postfix|exim|sendmail|\bmail\b|mailer|haraka|opensmtpd/i;
const FTP_WORDS = /\bftp|vsftpd|proftpd|filezilla/i;

/** The facts in an EHLO reply's keyword lines. */
export function ehloFacts(lines: string[]): { starttls: boolean; auth: string[] } {
  const keywords = lines.slice(1).map((l) => l.toUpperCase());
  const authLine = keywords.find((k) => k.startsWith('AUTH ') || k.startsWith('AUTH='));
  const auth = authLine ? authLine.slice(5).split(/\s+/).filter(Boolean).slice(0, 16) : [];
  return { starttls: keywords.some((k) => k === 'STARTTLS' || k.startsWith('STARTTLS ')), auth };
}

/** Pure: an SMTP greeting, or a transcript with an EHLO reply (250). */
export function parseSmtp(data: Buffer): Identification | undefined {
  const replies = numberedReplies(data);
  const first = replies[0];
  if (!first || (first.code !== 220 && first.code !== 554 && first.code !== 421)) return undefined;
  const text = first.lines.join(' ');
  const ehlo = replies.slice(1).find((r) => r.code === 250);
  if (!ehlo && FTP_WORDS.test(text)) return undefined;
  const id: Identification = {
    service: 'smtp',
    banner: firstLine(data, false),
    evidence: {},
    confident: MAIL_WORDS.test(text) || ehlo !== undefined,
  };
  if (ehlo) {
    const facts = ehloFacts(ehlo.lines);
    id.evidence['smtp.starttls'] = facts.starttls;
    id.evidence['smtp.auth_methods'] = facts.auth;
  }
  const product =
    /(Postfix|Exim|Sendmail|Microsoft ESMTP MAIL Service|OpenSMTPD|Haraka)[ /]?([0-9][\w.-]*)?/i.exec(text);
  if (product) {
    id.product = clean(product[1], 64);
    if (product[2]) id.version = clean(product[2], 64);
  }
  return id;
}

export const smtpModule: TcpModule = {
  name: 'smtp',
  services: ['smtp', 'smtps'],
  bannerFirst: true,
  parse: parseSmtp,
  probe: () => Buffer.from('EHLO portcullis.invalid\r\n'),
  async interrogate(id, session) {
    if ('smtp.starttls' in id.evidence) return;
    const { conversation: conv, greeted } = await session.reuse();
    try {
      const ms = () => Math.min(2000, session.remaining());
      if (!greeted && (await greeting(conv, ms()))?.code !== 220) return;
      const reply = await command(conv, 'EHLO portcullis.invalid', ms());
      if (reply?.code === 250) {
        const facts = ehloFacts(reply.lines);
        id.evidence['smtp.starttls'] = facts.starttls;
        id.evidence['smtp.auth_methods'] = facts.auth;
      }
      conv.write('QUIT\r\n');
    } finally {
      conv.close();
    }
  },
};
