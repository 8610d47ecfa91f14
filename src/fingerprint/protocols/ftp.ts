import type { Identification, TcpModule } from '../types.js';
import { clean, firstLine } from '../text.js';
import { command, greeting, numberedReplies } from './lines.js';

const FTP_WORDS = /\bftp|vsftpd|proftpd|pure-ftpd|filezilla|serv-u|wu-ftpd|microsoft ftp|\bftp server/i;
const MAIL_WORDS = /smtp|esmtp|postfix|exim|sendmail|mail/i;

/** Pure: an FTP greeting (220), or a transcript with the reply to SYST (215). */
export function parseFtp(data: Buffer): Identification | undefined {
  const replies = numberedReplies(data);
  const first = replies[0];
  if (!first) return undefined;
  const text = first.lines.join(' ');
  const refusal = first.code === 500 && /^OOPS: vsftpd/.test(text);
  if (first.code !== 220 && first.code !== 421 && first.code !== 120 && !refusal) return undefined;
  const syst = replies.slice(1).some((r) => r.code === 215);
  if (!syst && MAIL_WORDS.test(text) && !FTP_WORDS.test(text)) return undefined;
  const id: Identification = {
    service: 'ftp',
    banner: firstLine(data, false),
    evidence: {},
    confident: FTP_WORDS.test(text) || syst,
  };
  const product =
    /(vsFTPd|ProFTPD|Pure-FTPd|FileZilla Server|Serv-U|wu-ftpd|Microsoft FTP Service)[ /]?([0-9][\w.-]*)?/i.exec(
      text,
    );
  if (product) {
    id.product = clean(product[1], 64);
    if (product[2]) id.version = clean(product[2], 64);
  }
  return id;
}

export const ftpModule: TcpModule = {
  name: 'ftp',
  services: ['ftp'],
  bannerFirst: true,
  parse: parseFtp,
  // Asked only of a service whose greeting did not say what it is (a bare "220 ready").
  probe: () => Buffer.from('SYST\r\n'),
  async interrogate(id, session) {
    const { conversation: conv, greeted } = await session.reuse();
    try {
      const ms = () => Math.min(2000, session.remaining());
      if (!greeted) {
        const hello = await greeting(conv, ms());
        if (!hello || hello.code !== 220) return;
      }
      const user = await command(conv, 'USER anonymous', ms());
      if (user?.code === 230) id.evidence['ftp.anonymous'] = true;
      else if (user?.code === 331) {
        // A refused login comes after PAM's failure delay (about 3 s on Debian).
        const pass = await command(
          conv,
          'PASS anonymous@example.invalid',
          Math.min(4000, session.remaining()),
        );
        if (pass) id.evidence['ftp.anonymous'] = pass.code === 230;
      } else if (user && user.code >= 500) id.evidence['ftp.anonymous'] = false;
      if (session.tls) return;
      // AUTH TLS on a fresh connection: after a login attempt some servers refuse it regardless.
      const c2 = await session.connect();
      try {
        const hello = await greeting(c2, ms());
        if (hello?.code === 220) {
          const auth = await command(c2, 'AUTH TLS', ms());
          if (auth) id.evidence['ftp.auth_tls'] = auth.code === 234;
        }
      } finally {
        c2.close();
      }
    } finally {
      conv.close();
    }
  },
};
