/**
 * Databases and caches from Debian, each on its usual port and an unusual
 * one: Redis with and without requirepass, PostgreSQL (trust; SCRAM with
 * TLS), MariaDB, memcached.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll, findingFromPort } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { findingAt, openPort, DAEMON_TIMING } from './real-daemons.js';

const env = requireDaemons(['redis', 'postgres', 'mariadb', 'memcached']);
if (!env.ok) console.log(`data-service fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('databases and caches on usual and unusual ports', () => {
  const lab = new DaemonLab('data');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];

  beforeAll(async () => {
    for (const k of ['redisOpen', 'redisAuth', 'pgTrust', 'pgScram', 'maria', 'mc'])
      at[k] = await lab.address();
    await Promise.all([
      lab.redis({ address: at.redisOpen, port: 6379 }),
      lab.redis({ address: at.redisOpen, port: 16379 }),
      // On memcached's usual port: memcached's `version` goes first and Redis answers it.
      lab.redis({ address: at.redisOpen, port: 11211 }),
      lab.redis({ address: at.redisAuth, port: 6379, requirepass: 'portcullis-test' }),
      lab.redis({ address: at.redisAuth, port: 16379, requirepass: 'portcullis-test' }),
      lab.postgres({ address: at.pgTrust, port: 5432, auth: 'trust' }),
      lab.postgres({ address: at.pgTrust, port: 15432, auth: 'trust' }),
      lab.postgres({ address: at.pgScram, port: 5432, auth: 'scram-sha-256', ssl: true }),
      lab.postgres({ address: at.pgScram, port: 15432, auth: 'scram-sha-256', ssl: true }),
      lab.mariadb({ address: at.maria, port: 3306 }),
      lab.memcached({ address: at.mc, port: 11211, udp: true }),
      lab.memcached({ address: at.mc, port: 21211 }),
    ]);
    findings = await fingerprintAll(
      [
        openPort(at.redisOpen, 6379),
        openPort(at.redisOpen, 16379),
        openPort(at.redisOpen, 11211),
        openPort(at.redisAuth, 6379),
        openPort(at.redisAuth, 16379),
        openPort(at.pgTrust, 5432),
        openPort(at.pgTrust, 15432),
        openPort(at.pgScram, 5432),
        openPort(at.pgScram, 15432),
        openPort(at.maria, 3306),
        openPort(at.mc, 11211),
        openPort(at.mc, 11211, 'udp'),
        openPort(at.mc, 21211),
      ],
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(() => lab.close());

  test.each([6379, 16379])('Redis without a password on %i', (port) => {
    const f = findingAt(findings, at.redisOpen, port);
    expect(f.service).toMatchObject({ name: 'redis', confidence: 'high', product: 'Redis' });
    expect(f.service?.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(f.evidence['redis.auth_required']).toBe(false);
    expect(f.risk).toEqual(expect.arrayContaining(['cache', 'database']));
  });

  test("Redis on memcached's port is asked in its own words: its facts, not just its name", () => {
    // memcached's `version` draws "-ERR unknown command 'version'", which names Redis but proves
    // nothing about authentication: the engine then sends Redis's own PING.
    const f = findingAt(findings, at.redisOpen, 11211);
    expect(f.service).toMatchObject({ name: 'redis', confidence: 'high', identifiedBy: 'exchange' });
    expect(f.evidence['redis.auth_required']).toBe(false);
    expect(f.service?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test.each([6379, 16379])('Redis with requirepass on %i', (port) => {
    const f = findingAt(findings, at.redisAuth, port);
    expect(f.service).toMatchObject({ name: 'redis', confidence: 'high' });
    expect(f.evidence['redis.auth_required']).toBe(true);
    expect(f.evidence['redis.version']).toBeUndefined();
  });

  test.each([5432, 15432])('PostgreSQL with trust and no TLS on %i', (port) => {
    const f = findingAt(findings, at.pgTrust, port);
    expect(f.service).toMatchObject({ name: 'postgresql', confidence: 'high' });
    expect(f.evidence).toMatchObject({
      'postgresql.ssl': false,
      'postgresql.auth_method': 'trust',
      'postgresql.auth_required': false,
    });
  });

  test.each([5432, 15432])('PostgreSQL with SCRAM and TLS on %i', (port) => {
    const f = findingAt(findings, at.pgScram, port);
    expect(f.service?.name).toBe('postgresql');
    expect(f.evidence).toMatchObject({
      'postgresql.ssl': true,
      'postgresql.auth_method': 'scram-sha-256',
      'postgresql.auth_required': true,
    });
  });

  test('MariaDB greeting', () => {
    const f = findingAt(findings, at.maria, 3306);
    expect(f.service).toMatchObject({ name: 'mysql', product: 'MariaDB', confidence: 'high' });
    expect(f.evidence['mysql.version']).toMatch(/MariaDB/);
  });

  test.each([
    [11211, 'tcp'],
    [11211, 'udp'],
    [21211, 'tcp'],
  ] as const)('memcached on %i/%s', (port, protocol) => {
    const f = findingAt(findings, at.mc, port, protocol);
    expect(f.service).toMatchObject({ name: 'memcached', confidence: 'high' });
    expect(f.evidence['memcached.auth_required']).toBe(false);
  });

  test('connect-only mode names the port, not the service, and proves nothing', () => {
    const f = findingFromPort(openPort(at.redisOpen, 16379));
    expect(f.service).toBeUndefined();
    expect(f.evidence).toEqual({});
    expect(findingFromPort(openPort(at.redisOpen, 6379)).service).toEqual({
      name: 'redis',
      confidence: 'low',
      identifiedBy: 'port',
    });
  });
});
