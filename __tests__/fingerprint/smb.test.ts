/**
 * Samba from Debian on the usual port (445) and an unusual one, with SMB1
 * refused (Samba 4.17's default) and with NT1 allowed, as old installations
 * still have it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const env = requireDaemons(['samba']);
if (!env.ok) console.log(`SMB fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('SMB on usual and unusual ports', () => {
  const lab = new DaemonLab('smb');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];

  beforeAll(async () => {
    at.modern = await lab.address();
    at.legacy = await lab.address();
    await Promise.all([
      lab.samba({ address: at.modern, port: 445, smb1: false }),
      lab.samba({ address: at.modern, port: 10445, smb1: false }),
      lab.samba({ address: at.legacy, port: 445, smb1: true }),
      lab.samba({ address: at.legacy, port: 10445, smb1: true }),
    ]);
    findings = await fingerprintAll(
      [445, 10445].flatMap((p) => [openPort(at.modern, p), openPort(at.legacy, p)]),
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(() => lab.close());

  test.each([445, 10445])('Samba without SMB1 on %i', (port) => {
    const f = findingAt(findings, at.modern, port);
    expect(f.service).toMatchObject({ name: 'smb', confidence: 'high' });
    expect(f.risk).toContain('file-sharing');
    expect(f.evidence['smb.smb1']).toBe(false);
    expect(f.evidence['smb.dialect']).toMatch(/^[23]\./);
  });

  test.each([445, 10445])('Samba still negotiating SMB1 on %i', (port) => {
    const f = findingAt(findings, at.legacy, port);
    expect(f.service).toMatchObject({ name: 'smb', confidence: 'high' });
    expect(f.evidence['smb.smb1']).toBe(true);
  });
});
