/**
 * The inetd reflectors: openbsd-inetd's built-in chargen and daytime on TCP (inetd knows its
 * built-ins by service name only, so on 19 and 13), and UDP listeners of the test's own on the
 * same ports (inetd's UDP built-ins never answer a 127/8 source: spoofing protection).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { isChargen } from '../../src/fingerprint/protocols/chargen.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { inetdAmplifiers } from '../helpers/protocol-daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

/** RFC 864's pattern: line n is 72 characters of the printable ring starting at n. */
function chargenLines(count: number): Buffer {
  const ring = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
  let out = '';
  for (let n = 0; n < count; n++) out += (ring + ring).slice(n % 95, (n % 95) + 72) + '\r\n';
  return Buffer.from(out, 'latin1');
}

describe('parsers (pure)', () => {
  test('chargen: the ring, including its wrap; other printable text is not', () => {
    expect(isChargen(chargenLines(3))).toBe(true);
    expect(isChargen(chargenLines(100).subarray(74 * 90))).toBe(true);
    expect(
      isChargen(Buffer.from('220 mail.example.com ESMTP Postfix (Debian/GNU) ready for you here\r\n')),
    ).toBe(false);
    expect(isChargen(Buffer.from('!"#$%&\r\n'))).toBe(false);
  });
  test('daytime: a date line, softly; anything more is not', () => {
    const daytime = CATALOGUE.find((r) => r.name === 'daytime')!;
    expect(matchRules(daytime, Buffer.from('Mon Nov 30 06:13:57 2026\r\n'))).toMatchObject({
      service: 'daytime',
      confident: false,
      evidence: { 'daytime.answered': true, 'daytime.time': 'Mon Nov 30 06:13:57 2026' },
    });
    expect(matchRules(daytime, Buffer.from('Monday, November 30, 2026 06:13:57-UTC\n'))).toBeDefined();
    expect(matchRules(daytime, Buffer.from('Mon Nov 30 06:13:57 2026\r\n220 ready\r\n'))).toBeUndefined();
  });
});

const env = requireDaemons(['inetdEcho']);
if (!env.ok) console.log(`amplifier tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('chargen and daytime, TCP (inetd) and UDP', () => {
  const lab = new DaemonLab('amplify');
  let addr = '';
  const udp: UdpSocket[] = [];
  let tcpOdd: Server | undefined;
  let findings: Finding[] = [];
  const ODD_DAYTIME = 10013;

  beforeAll(async () => {
    addr = await lab.address();
    await inetdAmplifiers(lab, addr);
    const answers: Record<number, Buffer> = {
      19: chargenLines(7),
      13: Buffer.from('Mon Nov 30 06:13:57 2026\r\n'),
    };
    for (const port of [19, 13]) {
      const u = createSocket('udp4');
      u.on('message', (_m, rinfo) => u.send(answers[port], rinfo.port, rinfo.address));
      await new Promise<void>((resolve) => u.bind(port, addr, resolve));
      udp.push(u);
    }
    // A date line and a hang-up on a port that is not 13: only a guess there.
    tcpOdd = createServer((c) => c.end('Mon Nov 30 06:13:57 2026\r\n'));
    await new Promise<void>((resolve) => tcpOdd!.listen(ODD_DAYTIME, addr, resolve));
    findings = await fingerprintAll(
      [
        openPort(addr, 19),
        openPort(addr, 13),
        openPort(addr, 19, 'udp'),
        openPort(addr, 13, 'udp'),
        openPort(addr, ODD_DAYTIME),
      ],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(async () => {
    for (const u of udp) u.close();
    tcpOdd?.close();
    await lab.close();
  });

  test('inetd chargen on 19/tcp, and a UDP chargen with its amplification', () => {
    expect(findingAt(findings, addr, 19)).toMatchObject({
      service: { name: 'chargen', confidence: 'high' },
      evidence: { 'chargen.answered': true },
    });
    const u = findingAt(findings, addr, 19, 'udp');
    expect(u).toMatchObject({ service: { name: 'chargen' }, evidence: { 'chargen.answered': true } });
    expect(u.evidence['chargen.amplification']).toBeGreaterThan(10);
  });

  test('inetd daytime on 13/tcp is named with confidence; a date line on an odd port only softly', () => {
    expect(findingAt(findings, addr, 13).service).toMatchObject({ name: 'daytime', confidence: 'high' });
    expect(findingAt(findings, addr, ODD_DAYTIME).service).toMatchObject({
      name: 'daytime',
      confidence: 'low',
    });
  });

  test('inetd daytime on 13/tcp, and over UDP', () => {
    for (const p of ['tcp', 'udp'] as const)
      expect(findingAt(findings, addr, 13, p)).toMatchObject({
        service: { name: 'daytime' },
        evidence: { 'daytime.answered': true },
      });
  });
});
