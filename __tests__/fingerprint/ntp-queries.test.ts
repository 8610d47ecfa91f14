/**
 * NTP mode 6 (READVAR) and mode 7 (monlist) as amplifiers: real chronyd on its usual port and an
 * odd one (chrony answers mode 3 and ignores both: the facts are false), and an ntpd built from
 * the protocol (ntpd's ntp_control.c / ntp_request.c framing) by a Node listener that answers them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import {
  isMode6Reply,
  isMonlistReply,
  mode6ReadVar,
  mode7Monlist,
} from '../../src/fingerprint/protocols/ntp.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

/** A mode 4 answer to a mode 3 request: the client's transmit time echoed as the origin. */
function mode4(req: Buffer): Buffer {
  const b = Buffer.alloc(48);
  b[0] = (4 << 3) | 4;
  b[1] = 2;
  req.copy(b, 24, 40, 48);
  return b;
}

/** ntpd's READVAR response: header with R set, the request's sequence, then the variable text. */
function mode6Response(req: Buffer): Buffer {
  const text = Buffer.from(
    'version="ntpd 4.2.8p15@1.3728-o", processor="x86_64", system="Linux", leap=0, stratum=2, precision=-23, rootdelay=0.5, refid=127.0.0.1',
    'latin1',
  );
  const pad = (4 - (text.length % 4)) % 4;
  const b = Buffer.alloc(12 + text.length + pad);
  b[0] = (2 << 3) | 6;
  b[1] = 0x80 | 2;
  req.copy(b, 2, 2, 4);
  b.writeUInt16BE(text.length, 10);
  text.copy(b, 12);
  return b;
}

/** ntpd's MON_GETLIST_1 response: R set, 6 items of 72 bytes (info_monitor_1), no error. */
function monlistResponse(): Buffer {
  const items = 6;
  const size = 72;
  const b = Buffer.alloc(8 + items * size);
  b[0] = 0x80 | (2 << 3) | 7;
  b[2] = 3;
  b[3] = 42;
  b[4] = (0 << 4) | (items >> 8);
  b[5] = items & 0xff;
  b.writeUInt16BE(size, 6);
  for (let i = 0; i < items; i++) b.writeUInt32BE(0x7f000001 + i, 8 + i * size + 16);
  return b;
}

describe('mode 6 / mode 7 replies (pure)', () => {
  test('responses are recognised; the requests themselves (an echo) and errors are not', () => {
    expect(isMode6Reply(mode6Response(mode6ReadVar()))).toBe(true);
    expect(isMonlistReply(monlistResponse())).toBe(true);
    expect(isMode6Reply(mode6ReadVar())).toBe(false);
    expect(isMonlistReply(mode7Monlist())).toBe(false);
    const error = monlistResponse();
    error[4] = 0x40; // INFO_ERR_NODATA
    error[5] = 0;
    expect(isMonlistReply(error)).toBe(false);
    expect(isMode6Reply(Buffer.alloc(3))).toBe(false);
  });
  test('the requests are small: the answer is the fact', () => {
    expect(mode6ReadVar().length).toBe(12);
    expect(mode7Monlist().length).toBe(8);
  });
});

const env = requireDaemons(['chrony']);
if (!env.ok) console.log(`NTP mode 6/7 tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('NTP mode 6 and monlist', () => {
  const lab = new DaemonLab('ntpq');
  let chronyAddr = '';
  let ntpdAddr = '';
  let ntpd: UdpSocket | undefined;
  let findings: Finding[] = [];

  beforeAll(async () => {
    chronyAddr = await lab.address();
    ntpdAddr = await lab.address();
    await lab.chrony({ address: chronyAddr, port: 123 });
    await lab.chrony({ address: chronyAddr, port: 1123 });
    const sock = createSocket('udp4');
    ntpd = sock;
    sock.on('message', (m, r) => {
      const mode = m[0] & 7;
      const reply =
        mode === 3 && m.length >= 48
          ? mode4(m)
          : mode === 6 && m[1] === 2
            ? mode6Response(m)
            : mode === 7 && m[3] === 42
              ? monlistResponse()
              : undefined;
      if (reply) sock.send(reply, r.port, r.address);
    });
    await new Promise<void>((resolve) => sock.bind(123, ntpdAddr, resolve));
    findings = await fingerprintAll(
      [openPort(chronyAddr, 123, 'udp'), openPort(chronyAddr, 1123, 'udp'), openPort(ntpdAddr, 123, 'udp')],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(async () => {
    ntpd?.close();
    await lab.close();
  });

  test('chrony (usual and odd port): NTP, both queries unanswered, no amplification', () => {
    for (const port of [123, 1123]) {
      const f = findingAt(findings, chronyAddr, port, 'udp');
      expect(f).toMatchObject({
        service: { name: 'ntp' },
        evidence: { 'ntp.mode6_answered': false, 'ntp.monlist_answered': false },
      });
      expect(f.evidence).not.toHaveProperty('ntp.amplification');
    }
  });

  test('an ntpd that answers: both true, with bytes back per byte sent', () => {
    const f = findingAt(findings, ntpdAddr, 123, 'udp');
    expect(f).toMatchObject({
      service: { name: 'ntp' },
      evidence: { 'ntp.mode6_answered': true, 'ntp.monlist_answered': true },
    });
    // 440 bytes of monlist for 8 sent.
    expect(f.evidence['ntp.amplification']).toBe(55);
  });
});
