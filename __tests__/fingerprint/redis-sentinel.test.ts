/**
 * Redis Sentinel: real `redis-server --sentinel` (what Debian's redis-sentinel runs) on its usual
 * port and an odd one, next to a plain Redis on an odd port: the Sentinel is named redis-sentinel
 * with the fact that it answers without a password, the Redis stays redis. A Sentinel with
 * requirepass answers NOAUTH like any Redis and is named redis, with auth required.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const env = requireDaemons(['redisSentinel', 'redis']);
if (!env.ok) console.log(`Redis Sentinel tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('Redis Sentinel', () => {
  const lab = new DaemonLab('sentinel');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];

  beforeAll(async () => {
    for (const k of ['open', 'auth', 'redis']) at[k] = await lab.address();
    await Promise.all([
      lab.redisSentinel({ address: at.open, port: 26379 }),
      lab.redisSentinel({ address: at.open, port: 16380 }),
      lab.redisSentinel({ address: at.auth, port: 26379, requirepass: 'portcullis-test' }),
      lab.redis({ address: at.redis, port: 16381 }),
    ]);
    findings = await fingerprintAll(
      [
        openPort(at.open, 26379),
        openPort(at.open, 16380),
        openPort(at.auth, 26379),
        openPort(at.redis, 16381),
      ],
      DAEMON_TIMING,
    );
  }, 60_000);
  afterAll(() => lab.close());

  test.each([26379, 16380])('a Sentinel without a password on %i', (port) => {
    const f = findingAt(findings, at.open, port);
    expect(f.service).toMatchObject({
      name: 'redis-sentinel',
      confidence: 'high',
      product: 'Redis Sentinel',
    });
    expect(f.evidence).toMatchObject({ 'redis_sentinel.auth_required': false, 'redis_sentinel.masters': 1 });
  });

  test('a Sentinel with requirepass: redis, auth required, no Sentinel fact', () => {
    const f = findingAt(findings, at.auth, 26379);
    expect(f.service).toMatchObject({ name: 'redis' });
    expect(f.evidence['redis.auth_required']).toBe(true);
    expect(f.evidence).not.toHaveProperty('redis_sentinel.auth_required');
  });

  test('a plain Redis on an odd port stays redis', () => {
    const f = findingAt(findings, at.redis, 16381);
    expect(f.service).toMatchObject({ name: 'redis', confidence: 'high' });
    expect(f.evidence).not.toHaveProperty('redis_sentinel.auth_required');
  });
});
