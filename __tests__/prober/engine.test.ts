import { describe, expect, it } from '@jest/globals';
import { silentLogger, type PortState, type ProbeTask, type StateReason } from '../../src/model.js';
import { ProbeEngine, type EngineOptions } from '../../src/prober/engine.js';
import type { ProbeFn, ProbeOutcome } from '../../src/prober/outcome.js';
import { RttEstimator, TokenBucket } from '../../src/prober/timing.js';

/**
 * The scheduler's rules, driven by scripted probe functions: which outcomes are retried,
 * which are the prober's own trouble, how far ahead it pulls work. (What real sockets
 * answer is tested against real listeners and firewalls in the other files.)
 */
type Row = { port: number; state: PortState; reason: StateReason; tries: number };

function run(
  ports: number[],
  probe: ProbeFn,
  options: Partial<EngineOptions> = {},
  counter = { pulled: 0 },
): Promise<{ rows: Row[]; engine: ProbeEngine }> {
  const list = ports.map((port): ProbeTask => ({ host: '192.0.2.1', port, protocol: 'tcp' }));
  const tasks = list[Symbol.iterator]();
  const rows: Row[] = [];
  const engine = new ProbeEngine(
    {
      next() {
        const n = tasks.next();
        if (n.done) return undefined;
        counter.pulled++;
        return n.value;
      },
    },
    {
      concurrency: 4,
      minTimeoutMs: 10,
      maxTimeoutMs: 30,
      retries: 2,
      probes: { tcp: probe, udp: probe },
      logger: silentLogger,
      onResult: (task, state, reason, tries) => rows.push({ port: task.port, state, reason, tries }),
      ...options,
    },
  );
  return engine.run().then(() => ({ rows: rows.sort((a, b) => a.port - b.port), engine }));
}

const answer = (state: PortState, reason: StateReason): ProbeOutcome => ({ kind: 'answer', state, reason });
const later = (done: (o: ProbeOutcome) => void, o: ProbeOutcome, ms = 1) => {
  const t = setTimeout(() => done(o), ms);
  return { cancel: () => clearTimeout(t) };
};

describe('ProbeEngine', () => {
  it('retries only silence, and calls a port filtered after every try', async () => {
    const calls = new Map<number, number>();
    const probe: ProbeFn = (_host, port, done) => {
      calls.set(port, (calls.get(port) ?? 0) + 1);
      if (port === 1) return later(done, answer('closed', 'refused'));
      if (port === 2) return later(done, answer('open', 'connected'));
      if (port === 3) return later(done, answer('filtered', 'host-unreachable'));
      return { cancel: () => undefined }; // silence
    };
    const { rows, engine } = await run([1, 2, 3, 4], probe);
    expect(rows).toEqual([
      { port: 1, state: 'closed', reason: 'refused', tries: 1 },
      { port: 2, state: 'open', reason: 'connected', tries: 1 },
      { port: 3, state: 'filtered', reason: 'host-unreachable', tries: 1 },
      { port: 4, state: 'filtered', reason: 'timeout', tries: 3 },
    ]);
    expect([...calls.entries()].sort()).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 3],
    ]);
    expect(engine.stats).toMatchObject({ done: 4, attempts: 6, retries: 2 });
  });

  it('a silent UDP port ends open|filtered', async () => {
    const engine = new ProbeEngine(
      {
        next: (() => {
          let given = false;
          return () =>
            given ? undefined : ((given = true), { host: '192.0.2.1', port: 9, protocol: 'udp' as const });
        })(),
      },
      {
        concurrency: 1,
        minTimeoutMs: 5,
        maxTimeoutMs: 10,
        retries: 1,
        probes: { tcp: () => ({ cancel: () => undefined }), udp: () => ({ cancel: () => undefined }) },
        logger: silentLogger,
        onResult: (_t, state, reason, tries) =>
          expect({ state, reason, tries }).toEqual({ state: 'open|filtered', reason: 'no-reply', tries: 2 }),
      },
    );
    await engine.run();
    expect(engine.stats.done).toBe(1);
  });

  it('gives back attempts that hit EMFILE, lowers its concurrency, and never reports them', async () => {
    let emfiles = 0;
    let inFlight = 0;
    let peak = 0;
    const probe: ProbeFn = (_host, port, done) => {
      // The first ten attempts fail locally, as when descriptors run out.
      if (emfiles < 10) {
        emfiles++;
        return later(done, { kind: 'local', code: 'EMFILE' }, 0);
      }
      inFlight++;
      peak = Math.max(peak, inFlight);
      return later(
        (o) => {
          inFlight--;
          done(o);
        },
        port % 2 ? answer('closed', 'refused') : answer('open', 'connected'),
        2,
      );
    };
    const ports = Array.from({ length: 40 }, (_, i) => i + 1);
    const { rows, engine } = await run(ports, probe, { concurrency: 8 });
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.tries === 1 && r.state === (r.port % 2 ? 'closed' : 'open'))).toBe(true);
    expect(engine.stats.localRetries).toBe(10);
    expect(engine.stats.minConcurrency).toBeLessThan(8);
    expect(peak).toBeLessThanOrEqual(8);
  });

  it('retries a self-connect and ends with closed when it keeps happening', async () => {
    let n = 0;
    const probe: ProbeFn = (_h, port, done) =>
      later(
        done,
        port === 1 && n++ < 2
          ? { kind: 'self' }
          : port === 1
            ? answer('closed', 'refused')
            : { kind: 'self' },
      );
    const { rows, engine } = await run([1, 2], probe);
    expect(rows).toEqual([
      { port: 1, state: 'closed', reason: 'refused', tries: 1 },
      { port: 2, state: 'closed', reason: 'refused', tries: 1 },
    ]);
    expect(engine.stats.selfConnects).toBe(2 + 8);
  });

  it('pulls work lazily: never more than the concurrency ahead of the answers', async () => {
    const counter = { pulled: 0 };
    let maxAhead = 0;
    let answered = 0;
    const probe: ProbeFn = (_h, _p, done) => {
      maxAhead = Math.max(maxAhead, counter.pulled - answered);
      return later(
        (o) => {
          answered++;
          done(o);
        },
        answer('closed', 'refused'),
      );
    };
    await run(
      Array.from({ length: 200 }, (_, i) => i + 1),
      probe,
      { concurrency: 5 },
      counter,
    );
    expect(counter.pulled).toBe(200);
    expect(answered).toBe(200);
    expect(maxAhead).toBeGreaterThan(1);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });
});

describe('RttEstimator', () => {
  it('starts at the ceiling, follows srtt + 4 x rttvar, and stays within the limits', () => {
    const rtt = new RttEstimator({ minTimeoutMs: 5, maxTimeoutMs: 1000 });
    expect(rtt.timeoutFor('h')).toBe(1000);
    rtt.sample('h', 20);
    expect(rtt.timeoutFor('h')).toBe(60); // 20 + 4 x 10
    for (let i = 0; i < 50; i++) rtt.sample('h', 20);
    expect(rtt.timeoutFor('h')).toBeLessThan(25);
    expect(rtt.timeoutFor('h')).toBeGreaterThanOrEqual(20);
    for (let i = 0; i < 50; i++) rtt.sample('h', 0.01);
    expect(rtt.timeoutFor('h')).toBe(5);
    rtt.sample('slow', 5000);
    expect(rtt.timeoutFor('slow')).toBe(1000);
  });
});

describe('TokenBucket', () => {
  it('gives `rate` tokens a second with a burst of a fiftieth of that', () => {
    let now = 0;
    const bucket = new TokenBucket(1000, () => now);
    expect(bucket.burst).toBe(20);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    expect(bucket.waitMs()).toBe(1);
    now += 100; // 100 tokens' worth, capped at the burst
    let taken = 0;
    while (bucket.take()) taken++;
    expect(taken).toBe(20);
    now += 1000;
    taken = 0;
    for (let ms = 0; ms < 1000; ms++) {
      now += 1;
      while (bucket.take()) taken++;
    }
    expect(taken).toBeLessThanOrEqual(1000 + 20);
    expect(taken).toBeGreaterThanOrEqual(1000);
  });
});
