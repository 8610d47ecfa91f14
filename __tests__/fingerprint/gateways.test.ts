/**
 * Declared VPN gateways, proven by probe against a real OpenVPN server (and
 * a real DNS server that is not one), each on its own loopback alias.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { checkVpnGateways } from '../../src/fingerprint/index.js';
import { evaluate, loadPolicyFromString } from '../../src/policy/index.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { NOW } from '../policy/helpers.js';

const env = requireDaemons(['openvpn', 'dnsmasq']);
if (!env.ok) console.log(`VPN gateway tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('checkVpnGateways', () => {
  const lab = new DaemonLab('gateways');
  let vpn = '';
  let dns = '';

  beforeAll(async () => {
    vpn = await lab.address();
    dns = await lab.address();
    await Promise.all([
      lab.openvpn({ address: vpn, port: 1194, protocol: 'udp' }),
      lab.openvpn({ address: vpn, port: 11443, protocol: 'tcp' }),
      lab.dnsmasq({ address: dns, port: 1194 }),
    ]);
  }, 120_000);
  afterAll(() => lab.close(), 60_000);

  const policyFor = (gateways: string[]) =>
    loadPolicyFromString(
      [
        'version: 1',
        'remote_access:',
        '  require: { vpn: true, mfa: true }',
        '  vpn_gateways:',
        ...gateways,
        '',
      ].join('\n'),
      'p.yml',
    );

  test('an OpenVPN server answers as openvpn over UDP and TCP; a DNS server and a silent port do not', async () => {
    const policy = await policyFor([
      `    - { host: ${vpn}, port: 1194, protocol: udp, kind: openvpn }`,
      `    - { host: vpn.test, port: 11443, protocol: tcp, kind: openvpn }`,
      `    - { host: ${dns}, port: 1194, protocol: udp, kind: openvpn }`,
      `    - { host: ${vpn}, port: 1195, protocol: tcp, kind: openvpn }`,
      `    - { host: ${vpn}, port: 51820, protocol: udp, kind: wireguard }`,
    ]);
    const checks = await checkVpnGateways(policy.vpnGateways, {
      timeoutMs: 3000,
      // The name resolves to the lab's address: no DNS traffic leaves the machine.
      resolve: async (name) => (name === 'vpn.test' ? [vpn] : []),
    });
    expect(checks.map((c) => [c.host, c.port, c.protocol, c.answered])).toEqual([
      [vpn, 1194, 'udp', true],
      ['vpn.test', 11443, 'tcp', true],
      [dns, 1194, 'udp', false],
      [vpn, 1195, 'tcp', false],
      [vpn, 51820, 'udp', false],
    ]);
    // What happened, in words that nest in no verdict: the policy says "did not answer as".
    expect(checks[2].detail).toBe(
      '1194/udp is open|filtered but sent no openvpn reply; a server with tls-auth or tls-crypt stays silent to strangers',
    );
    expect(checks[3].detail).toBe('1195/tcp is closed or filtered');
    expect(checks[4].detail).toBe('a wireguard gateway cannot be proven by an unauthenticated probe');

    // With the gateways checked and nothing remote-access open from outside, the VPN is verified.
    const ev = evaluate([], policy, { vantage: 'untrusted', now: NOW, gateways: checks });
    const byPort = (host: string, port: number) =>
      ev.verdicts.find((v) => v.host === host && v.port === port);
    expect(byPort(vpn, 1194)).toMatchObject({
      outcome: 'pass',
      requirements: { vpn: { state: 'verified' } },
    });
    expect(byPort(dns, 1194)).toMatchObject({
      outcome: 'warn',
      requirements: { vpn: { state: 'unverified' } },
    });
    // The silent gateway's verdict says "did not answer as openvpn" once, and nests nothing.
    const silent = byPort(dns, 1194)!;
    expect(silent.message).toBe(
      `The declared openvpn VPN gateway ${dns}:1194/udp did not answer as openvpn, so remote access through it is unverified: ` +
        '1194/udp is open|filtered but sent no openvpn reply; a server with tls-auth or tls-crypt stays silent to strangers',
    );
    for (const text of [silent.message, silent.requirements.vpn.detail]) {
      expect(text.match(/did not answer as/g)).toHaveLength(1);
      expect(text).not.toMatch(/\([^)]*\(/);
    }
    expect(ev.notices).toContain(
      `The wireguard gateway ${vpn}:51820/udp cannot be proven by a probe; its VPN requirement stays unverified.`,
    );
  }, 60_000);
});
