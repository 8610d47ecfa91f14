/**
 * Mail services from Debian, usual and unusual ports: Dovecot (IMAP and POP3
 * with STARTTLS; IMAPS and POP3S, which must be named by the protocol inside
 * TLS) and OpenSMTPD (SMTP with STARTTLS).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const env = requireDaemons(['dovecot', 'opensmtpd']);
if (!env.ok) console.log(`mail fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('mail services on usual and unusual ports', () => {
  const lab = new DaemonLab('mail');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];

  beforeAll(async () => {
    for (const k of ['usual', 'odd', 'smtp']) at[k] = await lab.address();
    await Promise.all([
      lab.dovecot({ address: at.usual, imap: 143, pop3: 110, imaps: 993, pop3s: 995 }),
      lab.dovecot({ address: at.odd, imap: 10143, pop3: 10110, imaps: 10993, pop3s: 10995 }),
      lab.opensmtpd({ address: at.smtp, ports: [25, 587, 10025] }),
    ]);
    findings = await fingerprintAll(
      [
        ...[143, 110, 993, 995].map((p) => openPort(at.usual, p)),
        ...[10143, 10110, 10993, 10995].map((p) => openPort(at.odd, p)),
        ...[25, 587, 10025].map((p) => openPort(at.smtp, p)),
      ],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(() => lab.close());

  test.each([
    ['usual', 143],
    ['odd', 10143],
  ])('IMAP with STARTTLS (%s port %i)', (where, port) => {
    const f = findingAt(findings, at[where], port);
    expect(f.service).toMatchObject({ name: 'imap', product: 'Dovecot', confidence: 'high' });
    expect(f.evidence['imap.starttls']).toBe(true);
    // Dovecot counts connections from the machine's own addresses as secured and allows LOGIN.
    expect(f.evidence['imap.login_disabled']).toBe(false);
  });

  test.each([
    ['usual', 110],
    ['odd', 10110],
  ])('POP3 with STLS (%s port %i)', (where, port) => {
    const f = findingAt(findings, at[where], port);
    expect(f.service).toMatchObject({ name: 'pop3', product: 'Dovecot', confidence: 'high' });
    expect(f.evidence['pop3.stls']).toBe(true);
  });

  test.each([
    ['usual', 993, 'imaps'],
    ['odd', 10993, 'imaps'],
    ['usual', 995, 'pop3s'],
    ['odd', 10995, 'pop3s'],
  ])('%s port %i is %s: the protocol inside TLS', (where, port, name) => {
    const f = findingAt(findings, at[where], port);
    expect(f.service).toMatchObject({ name, tls: true, confidence: 'high', product: 'Dovecot' });
    expect(f.evidence['tls.subject']).toBe('mail.portcullis.test');
    expect(f.evidence['tls.self_signed']).toBe(true);
  });

  test.each([25, 587, 10025])('SMTP with STARTTLS on %i', (port) => {
    const f = findingAt(findings, at.smtp, port);
    expect(f.service).toMatchObject({ name: 'smtp', product: 'OpenSMTPD', confidence: 'high' });
    expect(f.evidence['smtp.starttls']).toBe(true);
  });
});
