/**
 * SSH with a test password (the CI test-account path of the evidence model):
 * a throwaway system account, made here and removed afterwards, logs in to a
 * real OpenSSH that accepts passwords alone. The finding must say the
 * credential completed the login on its own (no second factor demanded), and
 * the password must appear nowhere in it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const tools = ['/usr/sbin/useradd', '/usr/sbin/userdel', '/usr/sbin/chpasswd'];
const env = requireDaemons(['sshd']);
const missing = tools.find((t) => !existsSync(t));
const reason = !env.ok ? env.reason : missing ? `${missing} missing` : undefined;
if (reason) console.log(`SSH test-password tests skipped: ${reason}`);
const run = reason ? describe.skip : describe;

run('SSH with a test password', () => {
  const lab = new DaemonLab('sshpw');
  // A name no real account has, and a password made for this run only.
  const username = `pcl${randomBytes(4).toString('hex')}`;
  const password = `Pw-${randomBytes(12).toString('base64url')}`;
  let address = '';
  let created = false;
  let right: Finding[] = [];
  let wrong: Finding[] = [];

  beforeAll(async () => {
    execFileSync('/usr/sbin/useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      username,
    ]);
    created = true;
    execFileSync('/usr/sbin/chpasswd', [], { input: `${username}:${password}\n` });
    address = await lab.address();
    await lab.sshd({ address, port: 40022, mode: 'password' });
    right = await fingerprintAll([openPort(address, 40022)], {
      ...DAEMON_TIMING,
      credentials: { ssh: { username, password } },
    });
    wrong = await fingerprintAll([openPort(address, 40022)], {
      ...DAEMON_TIMING,
      credentials: { ssh: { username, password: `${password}-wrong` } },
    });
  }, 60_000);

  afterAll(async () => {
    await lab.close();
    if (created) execFileSync('/usr/sbin/userdel', [username]);
  });

  test('a password alone completes the login: single factor, no partial success', () => {
    const f = findingAt(right, address, 40022);
    expect(f.service?.name).toBe('ssh');
    expect(f.evidence['ssh.password_auth']).toBe(true);
    expect(f.evidence['ssh.credentials_accepted']).toBe(true);
    expect(f.evidence['ssh.partial_success']).toBe(false);
  });

  test('a wrong password is not reported as accepted', () => {
    const f = findingAt(wrong, address, 40022);
    expect(f.evidence['ssh.credentials_accepted']).toBe(false);
    expect(f.evidence['ssh.partial_success']).not.toBe(true);
  });

  test('the password appears nowhere in the findings', () => {
    expect(JSON.stringify([right, wrong])).not.toContain(password);
  });
});
