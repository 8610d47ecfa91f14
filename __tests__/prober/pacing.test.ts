import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { scan, type ScanProgress } from '../../src/prober/index.js';
import { parsePorts, probeTasks, resolveTargets } from '../../src/targets/index.js';
import { addLoopbackAlias, close } from './helpers.js';

const HOST = '127.42.3.4';
const FIRST_PORT = 41000;
const LISTENERS = 200;

describe('pacing, progress and cancellation', () => {
  let removeAlias: () => void = () => undefined;
  const servers: Server[] = [];
  /** When each probe reached a listener, as the listening side saw it. */
  const accepted: number[] = [];

  beforeAll(async () => {
    removeAlias = addLoopbackAlias(HOST);
    for (let i = 0; i < LISTENERS; i++) {
      const server = createServer((socket) => {
        accepted.push(performance.now());
        socket.on('error', () => undefined);
        socket.destroy();
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ host: HOST, port: FIRST_PORT + i }, () => resolve());
      });
      servers.push(server);
    }
  });

  afterAll(async () => {
    for (const s of servers) await close(s);
    removeAlias();
  });

  it('honours --rate: no one-second window sees more than the rate (measured at the listeners)', async () => {
    accepted.length = 0;
    const rate = 100;
    const targets = await resolveTargets([HOST]);
    const ports = parsePorts(`${FIRST_PORT}-${FIRST_PORT + LISTENERS - 1}`);
    const started = performance.now();
    const result = await scan(probeTasks(targets, ports), LISTENERS, { rate });
    const elapsed = performance.now() - started;
    expect(result.counts.open).toBe(LISTENERS);
    expect(accepted).toHaveLength(LISTENERS);
    // The bucket holds at most rate/50 tokens, so N probes take at least (N - burst) / rate seconds.
    const burst = Math.max(1, Math.floor(rate / 50));
    expect(elapsed).toBeGreaterThanOrEqual(((LISTENERS - burst) / rate) * 1000 - 20);
    let busiest = 0;
    for (let i = 0, j = 0; i < accepted.length; i++) {
      while (accepted[i] - accepted[j] >= 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    console.log(
      `rate ${rate}/s: ${LISTENERS} probes in ${Math.round(elapsed)} ms, busiest second ${busiest}`,
    );
    // A few probes of slack: the listener timestamps its accepts on the same event loop, which can bunch them.
    expect(busiest).toBeLessThanOrEqual(rate + burst + 3);
  }, 20000);

  it('reports progress: done counts up to total, with rate and ETA', async () => {
    const events: ScanProgress[] = [];
    const targets = await resolveTargets([HOST]);
    const ports = parsePorts('40001-40400');
    await scan(probeTasks(targets, ports), 400, { rate: 800, onProgress: (p) => events.push(p) });
    expect(events.length).toBeGreaterThan(1);
    for (let i = 1; i < events.length; i++) expect(events[i].done).toBeGreaterThanOrEqual(events[i - 1].done);
    expect(events.every((e) => e.total === 400 && e.etaMs >= 0)).toBe(true);
    expect(events.some((e) => e.done > 0 && e.done < 400 && e.ratePerSec > 0 && e.etaMs > 0)).toBe(true);
    expect(events[events.length - 1]).toMatchObject({ done: 400, total: 400, etaMs: 0 });
  }, 20000);

  it('stops promptly on abort and says the result is partial', async () => {
    const controller = new AbortController();
    const targets = await resolveTargets([HOST]);
    const ports = parsePorts('all');
    // Abort as soon as a progress report shows results: at 2,000 probes a second the scan has
    // more than 30 s of work left then, on any machine.
    let doneAtAbort = -1;
    const onProgress = (p: ScanProgress) => {
      if (p.done > 0 && !controller.signal.aborted) {
        doneAtAbort = p.done;
        controller.abort();
      }
    };
    const result = await scan(probeTasks(targets, ports), 65535, {
      rate: 2000,
      signal: controller.signal,
      onProgress,
    });
    expect(result.aborted).toBe(true);
    expect(doneAtAbort).toBeGreaterThan(0);
    // Promptly: the probes in flight were dropped, not waited for; no result came after the abort.
    expect(result.counts.probed).toBe(doneAtAbort);
    const already = new AbortController();
    already.abort();
    const none = await scan(probeTasks(targets, ports), 65535, { signal: already.signal });
    expect(none).toMatchObject({ aborted: true, counts: { probed: 0 } });
  }, 20000);

  it('rejects nonsense options', async () => {
    const targets = await resolveTargets([HOST]);
    const tasks = () => probeTasks(targets, parsePorts('1'));
    await expect(scan(tasks(), 1, { concurrency: 0 })).rejects.toThrow(
      'concurrency must be a positive integer',
    );
    await expect(scan(tasks(), 1, { rate: -5 })).rejects.toThrow('rate must be a positive number');
    await expect(scan(tasks(), 1, { retries: 1.5 })).rejects.toThrow('retries must be a whole number');
  });
});
