/**
 * Remote-access services from Debian, each on its usual port and on an
 * unusual one: OpenSSH (password, and publickey + keyboard-interactive),
 * TigerVNC (None, VncAuth), inetutils telnetd, xrdp.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const env = requireDaemons(['sshd', 'vnc', 'telnetd', 'xrdp']);
if (!env.ok) console.log(`remote-access fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('remote access on usual and unusual ports', () => {
  const lab = new DaemonLab('remote');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];
  let mfaKey = '';
  let withKey: Finding[] = [];

  beforeAll(async () => {
    for (const k of ['sshPw', 'sshMfa', 'vncNone', 'vncPw', 'telnet', 'rdp']) at[k] = await lab.address();
    await Promise.all([
      lab.sshd({ address: at.sshPw, port: 22, mode: 'password' }),
      lab.sshd({ address: at.sshPw, port: 40022, mode: 'password' }),
      lab.sshd({ address: at.sshMfa, port: 22, mode: 'mfa' }).then((d) => (mfaKey = d.info.privateKey)),
      lab.sshd({ address: at.sshMfa, port: 40022, mode: 'mfa' }),
      lab.vnc({ address: at.vncNone, port: 5900 }),
      lab.vnc({ address: at.vncNone, port: 15900 }),
      lab.vnc({ address: at.vncPw, port: 5900, password: 'secret12' }),
      lab.vnc({ address: at.vncPw, port: 15900, password: 'secret12' }),
      lab.telnetd({ address: at.telnet, port: 23 }),
      lab.telnetd({ address: at.telnet, port: 2323 }),
      lab.xrdp({ address: at.rdp, port: 3389 }),
      lab.xrdp({ address: at.rdp, port: 13389 }),
    ]);
    findings = await fingerprintAll(
      [
        openPort(at.sshPw, 22),
        openPort(at.sshPw, 40022),
        openPort(at.sshMfa, 22),
        openPort(at.sshMfa, 40022),
        openPort(at.vncNone, 5900),
        openPort(at.vncNone, 15900),
        openPort(at.vncPw, 5900),
        openPort(at.vncPw, 15900),
        openPort(at.telnet, 23),
        openPort(at.telnet, 2323),
        openPort(at.rdp, 3389),
        openPort(at.rdp, 13389),
      ],
      DAEMON_TIMING,
    );
    withKey = await fingerprintAll([openPort(at.sshMfa, 22), openPort(at.sshMfa, 40022)], {
      ...DAEMON_TIMING,
      credentials: { ssh: { username: 'root', privateKey: mfaKey } },
    });
  }, 60_000);
  afterAll(() => lab.close());

  test.each([22, 40022])('SSH with password login on %i', (port) => {
    const f = findingAt(findings, at.sshPw, port);
    expect(f.service).toMatchObject({ name: 'ssh', confidence: 'high', product: 'OpenSSH' });
    expect(f.risk).toContain('remote-access');
    expect(f.evidence['ssh.password_auth']).toBe(true);
    expect(f.evidence['ssh.auth_methods']).toEqual(expect.arrayContaining(['publickey', 'password']));
    expect(f.evidence['ssh.none_auth']).toBe(false);
  });

  test.each([22, 40022])('SSH demanding publickey then keyboard-interactive on %i', (port) => {
    const f = findingAt(findings, at.sshMfa, port);
    expect(f.service?.name).toBe('ssh');
    expect(f.evidence['ssh.auth_methods']).toEqual(['publickey']);
    expect(f.evidence['ssh.password_auth']).toBe(false);
    expect(f.evidence['ssh.partial_success']).toBeUndefined();
  });

  test.each([22, 40022])('with the test key, the first factor gets partial success on %i', (port) => {
    const f = findingAt(withKey, at.sshMfa, port);
    expect(f.evidence['ssh.partial_success']).toBe(true);
    expect(f.evidence['ssh.second_factor_methods']).toEqual(['keyboard-interactive']);
    expect(f.evidence['ssh.credentials_accepted']).toBe(false);
    // Credential values never reach a finding.
    expect(JSON.stringify(withKey)).not.toContain(mfaKey.split('\n')[1]);
  });

  test.each([5900, 15900])('VNC without a password on %i: security type None', (port) => {
    const f = findingAt(findings, at.vncNone, port);
    expect(f.service).toMatchObject({ name: 'vnc', confidence: 'high' });
    expect(f.evidence['vnc.security_types']).toEqual(['None']);
    expect(f.evidence['vnc.no_auth']).toBe(true);
  });

  test.each([5900, 15900])('VNC with a password on %i', (port) => {
    const f = findingAt(findings, at.vncPw, port);
    expect(f.evidence['vnc.security_types']).toEqual(['VNC Authentication']);
    expect(f.evidence['vnc.no_auth']).toBe(false);
  });

  test.each([23, 2323])('telnet on %i', (port) => {
    const f = findingAt(findings, at.telnet, port);
    expect(f.service).toMatchObject({ name: 'telnet', confidence: 'high' });
    expect(f.risk).toEqual(expect.arrayContaining(['remote-access', 'cleartext-legacy']));
    expect(f.evidence['telnet.open']).toBe(true);
  });

  test.each([3389, 13389])('xrdp on %i allows standard RDP security, no NLA', (port) => {
    const f = findingAt(findings, at.rdp, port);
    expect(f.service).toMatchObject({ name: 'rdp', confidence: 'high' });
    expect(f.evidence['rdp.standard_security_allowed']).toBe(true);
    expect(f.evidence['rdp.nla_required']).toBe(false);
  });

  test('narrowed probes send nothing outside the list, and banners are still read', async () => {
    const [ssh, vnc] = await fingerprintAll([openPort(at.sshPw, 40022), openPort(at.vncNone, 15900)], {
      ...DAEMON_TIMING,
      probes: ['http'],
    });
    expect(ssh.service).toMatchObject({ name: 'ssh', confidence: 'high' });
    expect(ssh.evidence['ssh.auth_methods']).toBeUndefined();
    expect(vnc.service?.name).toBe('vnc');
    expect(vnc.evidence['vnc.no_auth']).toBeUndefined();
  });
});
