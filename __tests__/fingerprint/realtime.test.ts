/**
 * STUN/TURN and SIP: Debian's coturn (Binding over UDP and TCP on 3478) where installed, and
 * spec-built answers from listeners the test starts (STUN on an odd port, SIP over UDP and TCP).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { SIP_OPTIONS, STUN_BINDING } from '../../src/catalogue/records/realtime.js';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { coturn } from '../helpers/protocol-daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const record = (name: string) => CATALOGUE.find((r) => r.name === name)!;

/** A Binding success response (RFC 8489) to `request`'s transaction, with a SOFTWARE attribute. */
function bindingSuccess(request: Buffer, software: string): Buffer {
  const value = Buffer.from(software);
  const pad = (4 - (value.length % 4)) % 4;
  const attr = Buffer.concat([Buffer.from([0x80, 0x22, 0, value.length]), value, Buffer.alloc(pad)]);
  const head = Buffer.concat([Buffer.from([0x01, 0x01, 0, attr.length]), request.subarray(4, 20)]);
  return Buffer.concat([head, attr]);
}

const SIP_OK = (req: Buffer) =>
  Buffer.from(
    `SIP/2.0 200 OK\r\n${/^Via:[^\r\n]*\r\n/m.exec(req.toString('latin1'))?.[0] ?? ''}Server: Asterisk PBX 18.10.0\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n`,
  );

describe('parsers (pure)', () => {
  test('STUN: success to our transaction with SOFTWARE; another transaction or our own request is not', () => {
    expect(matchRules(record('stun'), bindingSuccess(STUN_BINDING, 'Coturn-4.6.1'))).toMatchObject({
      service: 'stun',
      product: 'Coturn-4.6.1',
      evidence: { 'stun.binding': true },
    });
    const other = Buffer.from(STUN_BINDING);
    other.write('somebodyelse', 8, 'latin1');
    expect(matchRules(record('stun'), bindingSuccess(other, 'x'))).toBeUndefined();
    expect(matchRules(record('stun'), STUN_BINDING)).toBeUndefined();
  });
  test('SIP: a status line and the Server header; our own request is not an answer', () => {
    expect(matchRules(record('sip'), SIP_OK(SIP_OPTIONS))).toMatchObject({
      product: 'Asterisk PBX 18.10.0',
      evidence: { 'sip.status': '200' },
    });
    expect(matchRules(record('sip'), Buffer.from('SIP/2.0 404 Not Found\r\n\r\n'))?.evidence).toEqual({
      'sip.status': '404',
    });
    expect(matchRules(record('sip'), SIP_OPTIONS)).toBeUndefined();
  });
});

const env = requireDaemons([]);
if (!env.ok) console.log(`realtime tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;
const haveCoturn = existsSync('/usr/bin/turnserver');
if (env.ok && !haveCoturn)
  console.log('coturn tests skipped: /usr/bin/turnserver missing (.ci/apt-packages.txt)');

run('STUN and SIP on the wire', () => {
  const lab = new DaemonLab('realtime');
  let addr = '';
  const udp: UdpSocket[] = [];
  const servers: Server[] = [];
  let findings: Finding[] = [];
  const ODD = { stun: 13479, sip: 15061 };

  beforeAll(async () => {
    addr = await lab.address();
    if (haveCoturn) {
      await coturn(lab, addr, 3478);
    }
    const u = createSocket('udp4');
    u.on('message', (m, r) => u.send(bindingSuccess(m, 'Coturn-4.6.1'), r.port, r.address));
    await new Promise<void>((resolve) => u.bind(ODD.stun, addr, resolve));
    const s = createSocket('udp4');
    s.on('message', (m, r) => {
      if (m.toString('latin1').startsWith('OPTIONS ')) s.send(SIP_OK(m), r.port, r.address);
    });
    await new Promise<void>((resolve) => s.bind(5060, addr, resolve));
    udp.push(u, s);
    const t = createServer((c) => {
      c.on('data', (d) => {
        if (d.toString('latin1').startsWith('OPTIONS ')) c.write(SIP_OK(d));
      });
      c.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => t.listen(ODD.sip, addr, resolve));
    servers.push(t);
    const ports = [openPort(addr, ODD.stun, 'udp'), openPort(addr, 5060, 'udp'), openPort(addr, ODD.sip)];
    if (haveCoturn) ports.push(openPort(addr, 3478, 'udp'), openPort(addr, 3478));
    findings = await fingerprintAll(ports, DAEMON_TIMING);
  }, 90_000);
  afterAll(async () => {
    for (const s of udp) s.close();
    for (const s of servers) s.close();
    await lab.close();
  });

  test('spec-built STUN on an odd UDP port, SIP over UDP 5060 and TCP on an odd port', () => {
    expect(findingAt(findings, addr, ODD.stun, 'udp')).toMatchObject({
      service: { name: 'stun', product: 'Coturn-4.6.1' },
      evidence: { 'stun.binding': true },
    });
    expect(findingAt(findings, addr, 5060, 'udp')).toMatchObject({
      service: { name: 'sip', product: 'Asterisk PBX 18.10.0' },
      evidence: { 'sip.status': '200' },
    });
    expect(findingAt(findings, addr, ODD.sip)).toMatchObject({
      service: { name: 'sip' },
      evidence: { 'sip.status': '200' },
    });
  });

  (haveCoturn ? test : test.skip)(
    'coturn answers a Binding over UDP and TCP on 3478 and names itself',
    () => {
      for (const p of ['udp', 'tcp'] as const) {
        const f = findingAt(findings, addr, 3478, p);
        expect(f).toMatchObject({ service: { name: 'stun' }, evidence: { 'stun.binding': true } });
        expect(f.service?.product).toMatch(/^Coturn/);
      }
    },
  );
});
