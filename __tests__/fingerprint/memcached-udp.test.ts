/**
 * memcached over UDP as an amplifier: real memcached with UDP on, on its usual port and an odd
 * one, answers a 15-byte `stats` frame with its statistics, many times the bytes; over TCP the
 * fact is never set.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { memcachedStats, statsReplies } from '../../src/fingerprint/protocols/memcached.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

describe('stats replies (pure)', () => {
  test('only datagrams with our request id that open with STAT count; an echo of the request does not', () => {
    const req = memcachedStats();
    expect(req.length).toBe(15);
    const reply = Buffer.concat([
      req.subarray(0, 2),
      Buffer.from([0, 0, 0, 1, 0, 0]),
      Buffer.from('STAT pid 1\r\nEND\r\n'),
    ]);
    expect(statsReplies([reply])).toHaveLength(1);
    expect(statsReplies([req])).toEqual([]);
    const other = Buffer.from(reply);
    other.writeUInt16BE(1, 0);
    expect(statsReplies([other])).toEqual([]);
    expect(statsReplies([Buffer.alloc(3)])).toEqual([]);
  });
});

const env = requireDaemons(['memcached']);
if (!env.ok) console.log(`memcached UDP tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('memcached UDP amplification', () => {
  const lab = new DaemonLab('mcudp');
  let addr = '';
  let findings: Finding[] = [];

  beforeAll(async () => {
    addr = await lab.address();
    await Promise.all([
      lab.memcached({ address: addr, port: 11211, udp: true }),
      lab.memcached({ address: addr, port: 21219, udp: true }),
    ]);
    findings = await fingerprintAll(
      [openPort(addr, 11211, 'udp'), openPort(addr, 21219, 'udp'), openPort(addr, 11211)],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(() => lab.close());

  test.each([11211, 21219])('UDP on %i: stats answered, many bytes per byte sent', (port) => {
    const f = findingAt(findings, addr, port, 'udp');
    expect(f).toMatchObject({ service: { name: 'memcached' }, evidence: { 'memcached.udp': true } });
    // memcached 1.6's stats are over a kilobyte: well over 50 times the 15-byte frame.
    expect(f.evidence['memcached.udp_amplification']).toBeGreaterThan(50);
  });

  test('over TCP the UDP fact is not set', () => {
    const f = findingAt(findings, addr, 11211);
    expect(f.service).toMatchObject({ name: 'memcached' });
    expect(f.evidence).not.toHaveProperty('memcached.udp_amplification');
  });
});
