/**
 * A reply that repeats the probe is an echo, never the protocol probed: openbsd-inetd's built-in
 * echo on 7/tcp, and echo listeners of the test's own (node:net on an odd port, node:dgram on 7
 * and an odd one; inetd's UDP echo never answers a loopback source), on the lab's address. Before the catalogue, the IKE_SA_INIT an echo sent
 * back (with our own SPI) was reported as `ike.detected: true`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { checkVpnGateways, fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding, PortResult } from '../../src/model.js';
import { ikeSaInit, parseIke } from '../../src/fingerprint/protocols/ike.js';
import { reflection } from '../../src/fingerprint/reflection.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort } from './real-daemons.js';

const TIMING = { timeoutMs: 10_000, bannerWaitMs: 1_000, replyWaitMs: 1_500 };

describe('reflection (pure)', () => {
  const sent = Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  test('a reply that begins with the probe, or a cut-short part of it, repeats it', () => {
    expect(reflection(sent, sent)).toBe('prefix');
    expect(reflection(sent.subarray(0, 6), sent)).toBe('prefix');
    expect(reflection(Buffer.concat([sent, Buffer.from('more')]), sent)).toBe('prefix');
  });
  test('a long probe held verbatim after a greeting is a weaker sign; short commands quoted back are not', () => {
    expect(reflection(Buffer.concat([Buffer.from('hello\r\n'), sent]), sent)).toBe('contained');
    expect(reflection(Buffer.from("500 'SYST\r\n': command not understood"), Buffer.from('SYST\r\n'))).toBe(
      undefined,
    );
    expect(reflection(Buffer.from('HTTP/1.1 400 Bad Request\r\n'), sent)).toBeUndefined();
    expect(reflection(Buffer.alloc(0), sent)).toBeUndefined();
  });
  test('the IKE parser itself refuses our own IKE_SA_INIT (an answer has the Response flag)', () => {
    expect(parseIke(ikeSaInit())).toBeUndefined();
  });
});

const env = requireDaemons(['inetdEcho']);
if (!env.ok) console.log(`echo tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('echo services, TCP and UDP, on the usual port and an odd one', () => {
  const lab = new DaemonLab('echo');
  let addr = '';
  let tcp: Server;
  const udp: UdpSocket[] = [];
  const ODD = 17007;
  let findings: Finding[] = [];

  beforeAll(async () => {
    addr = await lab.address();
    await lab.inetdEcho({ address: addr });
    tcp = createServer((s) => {
      s.on('data', (d) => s.write(d));
      s.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => tcp.listen(ODD, addr, resolve));
    for (const port of [7, ODD]) {
      const u = createSocket('udp4');
      u.on('message', (m, rinfo) => u.send(m, rinfo.port, rinfo.address));
      await new Promise<void>((resolve) => u.bind(port, addr, resolve));
      udp.push(u);
    }
    findings = await fingerprintAll(
      [openPort(addr, 7), openPort(addr, 7, 'udp'), openPort(addr, ODD), openPort(addr, ODD, 'udp')],
      TIMING,
    );
  }, 60_000);
  afterAll(async () => {
    tcp?.close();
    for (const u of udp) u.close();
    await lab.close();
  });

  test.each([
    [7, 'tcp', 'echo'],
    [7, 'udp', 'echo'],
    [ODD, 'tcp', 'http'],
    [ODD, 'udp', 'dns'],
  ] as const)('%i/%s is an echo, found by the %s probe coming back', (port, protocol, probe) => {
    const f = findingAt(findings, addr, port, protocol);
    expect(f.service).toMatchObject({ name: 'echo', confidence: 'high', identifiedBy: 'exchange' });
    expect(f.evidence).toMatchObject({
      'echo.reflects': true,
      'echo.reflected_probe': probe,
      'echo.amplification': 1,
    });
  });

  test.each([7, ODD])('an IKE_SA_INIT sent back by the echo on %i/udp is an echo, not IKE', async (port) => {
    const [f] = await fingerprintAll([openPort(addr, port, 'udp')], { ...TIMING, probes: ['ike'] });
    expect(f.service?.name).toBe('echo');
    expect(f.evidence['echo.reflected_probe']).toBe('ike');
    expect(f.evidence['ike.detected']).toBeUndefined();
  });

  test('a declared IKE gateway that only echoes is not proven', async () => {
    const [check] = await checkVpnGateways([{ host: addr, port: ODD, protocol: 'udp', kind: 'ike' }], {
      timeoutMs: 5000,
    });
    expect(check.answered).toBe(false);
  });

  test('an open|filtered UDP echo swept with every payload is open, and an echo', async () => {
    const silent: PortResult = { ...openPort(addr, ODD, 'udp'), state: 'open|filtered', reason: 'timeout' };
    const [f] = await fingerprintAll([silent], TIMING);
    expect(f).toMatchObject({ state: 'open', reason: 'reply', service: { name: 'echo' } });
    expect(f.evidence['echo.reflects']).toBe(true);
  });
});
