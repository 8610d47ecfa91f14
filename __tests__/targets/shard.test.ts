/**
 * Shards (--shard K/N): for any targets, ports and N, the parts are disjoint, together
 * they are the whole scan in its order, they differ by at most one probe, and a host's
 * ports are dealt out over the shards.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ConfigurationError } from '../../src/errors.js';
import { parsePorts, parseShard, probeTasks, resolveTargets, taskCount } from '../../src/targets/index.js';

const key = (t: { host: string; port: number; protocol: string }) => `${t.host}|${t.port}|${t.protocol}`;

describe('parseShard', () => {
  test.each(['1/1', '3/8', ' 8 / 8 ', '4096/4096'])('accepts %s', (s) => {
    const shard = parseShard(s, '--shard');
    expect(shard.index).toBeGreaterThanOrEqual(1);
    expect(shard.index).toBeLessThanOrEqual(shard.count);
  });
  test.each(['0/4', '5/4', '1/0', '1/4097', 'x', '1-4', '', '1/2/3', '-1/4'])(
    'refuses %j, naming the flag',
    (s) => {
      let err: unknown;
      try {
        parseShard(s, '--shard');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as Error).message).toContain('--shard');
      expect((err as Error).message).toContain('K/N');
    },
  );
});

describe('probeTasks with a shard', () => {
  test('any split: disjoint, complete, balanced within one probe, a host spread over the shards', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }), // addresses
        fc.subarray([22, 25, 53, 80, 443, 3306, 5432, 6379, 8080, 9000], { minLength: 1 }),
        fc.subarray([53, 123, 161], { minLength: 0 }),
        fc.integer({ min: 1, max: 70 }), // N
        async (hosts, tcp, udp, n) => {
          const targets = await resolveTargets([`10.9.0.1-${hosts}`]);
          const ports = parsePorts(`tcp:${tcp.join(',')}${udp.length ? `,udp:${udp.join(',')}` : ''}`);
          const whole = [...probeTasks(targets, ports)].map(key);
          const parts = Array.from({ length: n }, (_, i) =>
            [...probeTasks(targets, ports, { index: i + 1, count: n })].map(key),
          );
          parts.forEach((p, i) =>
            expect(p.length).toBe(taskCount(targets, ports, { index: i + 1, count: n })),
          );
          const sizes = parts.map((p) => p.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          const all = parts.flat();
          expect(new Set(all).size).toBe(all.length);
          expect([...all].sort()).toEqual([...whole].sort());
          // The same inputs give the same split.
          expect([...probeTasks(targets, ports, { index: 1, count: n })].map(key)).toEqual(parts[0]);
          // One host's ports go to min(N, its port count) different shards.
          const perHost = tcp.length + udp.length;
          const shardsOfFirstHost = parts.filter((p) => p.some((k) => k.startsWith('10.9.0.1|'))).length;
          expect(shardsOfFirstHost).toBe(Math.min(n, perHost));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a /16 times top-1000 in 64 shards: the parts are counted, not listed, and within 1 %', async () => {
    const targets = await resolveTargets(['10.77.0.0/16'], { maxAddresses: 70_000 });
    const ports = parsePorts('top-1000');
    const sizes = Array.from({ length: 64 }, (_, i) =>
      taskCount(targets, ports, { index: i + 1, count: 64 }),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(65_536 * 1000);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(1.01);
    // Pull a few tasks of the last shard: the generator steps, it does not walk the whole space.
    const it = probeTasks(targets, ports, { index: 64, count: 64 });
    const first = [it.next().value, it.next().value];
    expect(first.map((t) => t && t.host)).toEqual(['10.77.0.0', '10.77.0.0']);
  });
});
