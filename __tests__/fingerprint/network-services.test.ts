/**
 * Web, file transfer, name service, management and VPN daemons from Debian,
 * each on its usual port and an unusual one: nginx with a self-signed
 * certificate (and a plain port that redirects to it), vsftpd with and
 * without anonymous login, dnsmasq, snmpd, OpenVPN over TCP and UDP.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const env = requireDaemons(['nginx', 'vsftpd', 'dnsmasq', 'snmpd', 'openvpn']);
if (!env.ok) console.log(`network-service fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('network services on usual and unusual ports', () => {
  const lab = new DaemonLab('net');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];

  beforeAll(async () => {
    for (const k of ['web', 'ftpAnon', 'ftpNoAnon', 'dns', 'snmp', 'snmpPrivate', 'vpn'])
      at[k] = await lab.address();
    await Promise.all([
      lab.nginx({ address: at.web, port: 443, redirectPort: 80 }),
      lab.nginx({ address: at.web, port: 18443, redirectPort: 18080 }),
      lab.vsftpd({ address: at.ftpAnon, port: 21, anonymous: true }),
      lab.vsftpd({ address: at.ftpAnon, port: 2121, anonymous: true }),
      lab.vsftpd({ address: at.ftpNoAnon, port: 21, anonymous: false }),
      lab.vsftpd({ address: at.ftpNoAnon, port: 2121, anonymous: false }),
      lab.dnsmasq({ address: at.dns, port: 53 }),
      lab.dnsmasq({ address: at.dns, port: 5353 }),
      lab.snmpd({ address: at.snmp, port: 161, community: 'public' }),
      lab.snmpd({ address: at.snmp, port: 1161, community: 'public' }),
      lab.snmpd({ address: at.snmpPrivate, port: 161, community: 'not-public-7f3a' }),
      lab.openvpn({ address: at.vpn, port: 1194, protocol: 'tcp' }),
      lab.openvpn({ address: at.vpn, port: 11194, protocol: 'tcp' }),
      lab.openvpn({ address: at.vpn, port: 1194, protocol: 'udp' }),
      lab.openvpn({ address: at.vpn, port: 11194, protocol: 'udp' }),
    ]);
    findings = await fingerprintAll(
      [
        openPort(at.web, 443),
        openPort(at.web, 80),
        openPort(at.web, 18443),
        openPort(at.web, 18080),
        openPort(at.ftpAnon, 21),
        openPort(at.ftpAnon, 2121),
        openPort(at.ftpNoAnon, 21),
        openPort(at.ftpNoAnon, 2121),
        openPort(at.dns, 53, 'udp'),
        openPort(at.dns, 53, 'tcp'),
        openPort(at.dns, 5353, 'udp'),
        openPort(at.dns, 5353, 'tcp'),
        openPort(at.snmp, 161, 'udp'),
        openPort(at.snmp, 1161, 'udp'),
        openPort(at.snmpPrivate, 161, 'udp'),
        openPort(at.vpn, 1194, 'tcp'),
        openPort(at.vpn, 11194, 'tcp'),
        openPort(at.vpn, 1194, 'udp'),
        openPort(at.vpn, 11194, 'udp'),
      ],
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(() => lab.close());

  test.each([443, 18443])('nginx with a self-signed certificate on %i', (port) => {
    const f = findingAt(findings, at.web, port);
    expect(f.service).toMatchObject({ name: 'https', tls: true, confidence: 'high', product: 'nginx' });
    expect(f.risk).toContain('web');
    expect(f.evidence).toMatchObject({
      'tls.subject': 'portcullis.test',
      'tls.issuer': 'portcullis.test',
      'tls.self_signed': true,
      'tls.expired': false,
      'tls.alpn': 'h2',
      'http.status': 200,
      'http.server': expect.stringMatching(/^nginx/),
    });
    expect(['1.2', '1.3']).toContain(f.evidence['tls.version']);
    expect(f.evidence['tls.sans']).toEqual(
      expect.arrayContaining(['DNS:portcullis.test', `IP Address:${at.web}`]),
    );
    expect(Date.parse(String(f.evidence['tls.not_after']))).toBeGreaterThan(Date.now());
  });

  test.each([80, 18080])('plain HTTP on %i redirects to HTTPS', (port) => {
    const f = findingAt(findings, at.web, port);
    expect(f.service).toMatchObject({ name: 'http', confidence: 'high' });
    expect(f.service?.tls).toBeUndefined();
    expect(f.evidence).toMatchObject({
      'http.status': 301,
      'http.redirects_to_https': true,
      'http.location_host': 'portcullis.test',
    });
  });

  test.each([21, 2121])('vsftpd with anonymous login on %i', (port) => {
    const f = findingAt(findings, at.ftpAnon, port);
    expect(f.service).toMatchObject({ name: 'ftp', product: 'vsFTPd', confidence: 'high' });
    expect(f.evidence['ftp.anonymous']).toBe(true);
  });

  test.each([21, 2121])('vsftpd without anonymous login on %i', (port) => {
    const f = findingAt(findings, at.ftpNoAnon, port);
    expect(f.service?.name).toBe('ftp');
    expect(f.evidence['ftp.anonymous']).toBe(false);
  });

  test.each([
    [53, 'udp'],
    [53, 'tcp'],
    [5353, 'udp'],
    [5353, 'tcp'],
  ] as const)('dnsmasq on %i/%s', (port, protocol) => {
    const f = findingAt(findings, at.dns, port, protocol);
    expect(f.service).toMatchObject({ name: 'dns', product: 'dnsmasq', confidence: 'high' });
    expect(f.evidence['dns.version']).toMatch(/^dnsmasq-/);
  });

  test.each([161, 1161])('snmpd answering the public community on %i', (port) => {
    const f = findingAt(findings, at.snmp, port, 'udp');
    expect(f.service).toMatchObject({ name: 'snmp', confidence: 'high' });
    expect(f.evidence['snmp.public']).toBe(true);
    expect(f.evidence['snmp.sys_descr']).toEqual(expect.any(String));
  });

  test('snmpd with another community does not answer public', () => {
    const f = findingAt(findings, at.snmpPrivate, 161, 'udp');
    expect(f.evidence['snmp.public']).not.toBe(true);
    expect(f.service).toMatchObject({ name: 'snmp', confidence: 'low' });
  });

  test.each([
    [1194, 'tcp'],
    [11194, 'tcp'],
    [1194, 'udp'],
    [11194, 'udp'],
  ] as const)('OpenVPN on %i/%s', (port, protocol) => {
    const f = findingAt(findings, at.vpn, port, protocol);
    expect(f.service).toMatchObject({ name: 'openvpn', confidence: 'high' });
    expect(f.risk).toContain('vpn-gateway');
    expect(f.evidence['openvpn.detected']).toBe(true);
  });
});
