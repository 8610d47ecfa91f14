/**
 * Quote of the Day (RFC 865), built from the RFC by listeners of the test's own (Debian's inetd
 * has no qotd built-in): on connect, a quote and close (TCP); to any datagram, a quote (UDP); on
 * the usual port 17 and an odd one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { parseQotd } from '../../src/fingerprint/protocols/qotd.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const QUOTE = Buffer.from(
  '"The only way to do great work is to love what you do."\r\n  Steve Jobs (1955-2011)\r\n',
  'latin1',
);

describe('quotes (pure)', () => {
  test('a quote is a soft qotd match; banners, binary, long text and chargen are not', () => {
    expect(parseQotd(QUOTE)).toMatchObject({ service: 'qotd', confident: false });
    expect(parseQotd(Buffer.from('220 mail.example.com ESMTP ready\r\n'))).toBeUndefined();
    expect(parseQotd(Buffer.from('SSH-2.0-OpenSSH_9.2\r\n'))).toBeUndefined();
    expect(parseQotd(Buffer.from('+OK Dovecot ready.\r\n'))).toBeUndefined();
    expect(parseQotd(Buffer.from('no newline at the end'))).toBeUndefined();
    expect(parseQotd(Buffer.from('x\0y quote text here\n'))).toBeUndefined();
    expect(parseQotd(Buffer.alloc(600, 'a '))).toBeUndefined();
  });
});

const env = requireDaemons([]);
if (!env.ok) console.log(`QOTD tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('QOTD over TCP and UDP', () => {
  const lab = new DaemonLab('qotd');
  let addr = '';
  const servers: Server[] = [];
  const udp: UdpSocket[] = [];
  let findings: Finding[] = [];

  beforeAll(async () => {
    addr = await lab.address();
    for (const port of [17, 1717]) {
      const t = createServer((s) => s.end(QUOTE));
      await new Promise<void>((resolve) => t.listen(port, addr, resolve));
      servers.push(t);
      const u = createSocket('udp4');
      u.on('message', (_m, r) => u.send(QUOTE, r.port, r.address));
      await new Promise<void>((resolve) => u.bind(port, addr, resolve));
      udp.push(u);
    }
    findings = await fingerprintAll(
      [openPort(addr, 17), openPort(addr, 1717), openPort(addr, 17, 'udp'), openPort(addr, 1717, 'udp')],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) s.close();
    for (const u of udp) u.close();
    await lab.close();
  });

  test.each([17, 1717])('TCP %i: qotd, answered', (port) => {
    expect(findingAt(findings, addr, port)).toMatchObject({
      service: { name: 'qotd' },
      evidence: { 'qotd.answered': true },
    });
  });

  test.each([17, 1717])('UDP %i: qotd, with its amplification', (port) => {
    const f = findingAt(findings, addr, port, 'udp');
    expect(f).toMatchObject({ service: { name: 'qotd' }, evidence: { 'qotd.answered': true } });
    // Relative to the datagram that drew it (on an odd port, whichever payload went first).
    expect(f.evidence['qotd.amplification']).toBeGreaterThan(1);
  });
});
