/**
 * strongSwan's charon binds only 0.0.0.0:500 and :4500, so it runs in a
 * network namespace of this test's own, joined by a veth pair. IKE is named
 * on 500 and on the NAT-T port 4500 (where IKE follows a non-ESP marker).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const env = requireDaemons(['charon']);
if (!env.ok) console.log(`IKE fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('IKE gateway in a namespace', () => {
  const lab = new DaemonLab('ike');
  let address = '';
  let findings: Finding[] = [];

  beforeAll(async () => {
    const charon = await lab.charon();
    address = charon.info.address;
    findings = await fingerprintAll(
      [openPort(address, 500, 'udp'), openPort(address, 4500, 'udp')],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(() => lab.close());

  test.each([500, 4500])('strongSwan on %i/udp', (port) => {
    const f = findingAt(findings, address, port, 'udp');
    expect(f.service).toMatchObject({ name: 'ike', confidence: 'high' });
    expect(f.risk).toContain('vpn-gateway');
    expect(f.evidence).toEqual({ 'ike.detected': true, 'ike.version': '2' });
  });

  test('narrowed probes without ike send it nothing, so nothing is proved', async () => {
    const [f] = await fingerprintAll([openPort(address, 500, 'udp')], { probes: ['dns'], timeoutMs: 1000 });
    expect(f.evidence['ike.detected']).toBeUndefined();
  });
});
