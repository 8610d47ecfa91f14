/**
 * Products named from banners: Debian's Dropbear SSH server (dropbear-bin), on 22 and an odd
 * port of the test's own address. (ProFTPD, Dovecot and Postfix are named by the FTP, IMAP/POP3
 * and SMTP parsers already; ProFTPD conflicts with vsftpd in CI and is left to its parser test.)
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { dropbear } from '../helpers/protocol-daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const env = requireDaemons([]);
const missing = ['/usr/sbin/dropbear', '/usr/bin/dropbearkey'].filter((b) => !existsSync(b));
const reason = env.ok
  ? missing.length
    ? `${missing.join(', ')} missing (.ci/apt-packages.txt)`
    : ''
  : env.reason;
if (reason) console.log(`product banner tests skipped: ${reason}`);
const run = reason ? describe.skip : describe;

run('Dropbear on the wire', () => {
  const lab = new DaemonLab('products');
  let addr = '';
  let findings: Finding[] = [];
  const ODD = 10022;

  beforeAll(async () => {
    addr = await lab.address();
    await dropbear(lab, addr, [22, ODD]);
    findings = await fingerprintAll([openPort(addr, 22), openPort(addr, ODD)], {
      ...DAEMON_TIMING,
      probes: ['ssh'],
    });
  }, 60_000);
  afterAll(async () => {
    await lab.close();
  });

  test.each([22, ODD])('%i: ssh, product Dropbear with its version', (port) => {
    const f = findingAt(findings, addr, port);
    expect(f.service).toMatchObject({ name: 'ssh', product: 'Dropbear' });
    expect(f.service?.version).toMatch(/^20\d\d\.\d+/);
  });
});
