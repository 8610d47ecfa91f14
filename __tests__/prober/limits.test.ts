import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { libSkipReason, runChildScan } from './child.js';
import { createNamespace, listenerScript, namespaceSkipReason, type Namespace } from './netns.js';

/**
 * The prober's own limits must never show up as results: an open-file limit of 256,
 * descriptors running out mid-scan, and loopback sockets that connect to themselves.
 * Each runs the compiled prober in a child process inside a namespace of its own, whose
 * loopback has exactly the listeners this test starts and nothing else.
 */
const skip = namespaceSkipReason() ?? libSkipReason();
if (skip) console.warn(`skipping the prober limit tests: ${skip}`);
const maybe = skip ? describe.skip : describe;

const LISTEN = [22, 8080, 40020, 65535];
const expectedOpen = (host: string) => LISTEN.map((p) => `${host} tcp/${p} open`);
/** The order probeTasks yields `host port` keys in: address by address, port by port. */
const byScanOrder = (a: string, b: string) => {
  const [ha, pa] = a.split(' ');
  const [hb, pb] = b.split(' ');
  return ha === hb ? Number(pa) - Number(pb) : ha.includes(':') ? 1 : -1;
};

maybe('prober under its own limits', () => {
  let ns: Namespace;
  let cleanupScript = () => undefined as void;

  beforeAll(async () => {
    ns = createNamespace('lim');
    const listeners = listenerScript(['127.0.0.1', '::1'], LISTEN, []);
    cleanupScript = listeners.cleanup;
    await ns.spawn(process.execPath, [listeners.path]);
  }, 30000);

  afterAll(() => {
    ns?.destroy();
    cleanupScript();
  });

  it('under ulimit -n 256 sweeps all 65,535 ports and finds the same open ports as without the limit', async () => {
    // One side on the main thread alone, the other split over threads (the main thread and a worker thread) over the same 256 descriptors.
    const args = { targets: ['127.0.0.1'], ports: 'all', repeat: 2 };
    // Each child may take most of the test's budget on a loaded machine (4 s each here, idle).
    const unlimited = await runChildScan(
      { ...args, options: { workers: 0 } },
      { netns: ns.name, timeoutMs: 110_000 },
    );
    const limited = await runChildScan(
      { ...args, options: { workers: 2 } },
      { netns: ns.name, prefix: 'ulimit -n 256', timeoutMs: 110_000 },
    );
    expect(limited.fdLimit).toBe(256);
    expect(limited.concurrency).toBeLessThan(256);
    for (const run of [...unlimited.runs, ...limited.runs]) {
      expect(run.aborted).toBe(false);
      expect(run.open).toEqual(expectedOpen('127.0.0.1'));
      expect(run.counts).toMatchObject({
        probed: 65535,
        open: LISTEN.length,
        closed: 65535 - LISTEN.length,
        filtered: 0,
      });
    }
  }, 240000);

  it('gives back probes that hit EMFILE mid-scan and retries them, never reporting them closed', async () => {
    // Just before each of these probes opens its socket, the child takes every free descriptor,
    // and gives them back once the prober has heard of the failure: each of these probes (and
    // any started in the same turn) meets EMFILE, on any machine at any speed.
    const exhaustBefore = ['127.0.0.1 22', '127.0.0.1 8080', '::1 40020', '::1 65535', '::1 9'];
    const result = await runChildScan(
      { targets: ['127.0.0.1', '::1'], ports: 'all', exhaustBefore, options: { workers: 0 } },
      { netns: ns.name, prefix: 'ulimit -n 1024', timeoutMs: 230_000 },
    );
    const [run] = result.runs;
    expect(result.exhausted).toEqual(exhaustBefore.slice().sort(byScanOrder));
    expect(result.held).toBeGreaterThan(0);
    expect(run.stats.localRetries).toBeGreaterThanOrEqual(exhaustBefore.length);
    expect(run.stats.minConcurrency).toBeLessThan(result.concurrency);
    expect(run.aborted).toBe(false);
    expect(run.open).toEqual([...expectedOpen('127.0.0.1'), ...expectedOpen('::1')]);
    expect(run.counts).toMatchObject({
      probed: 2 * 65535,
      open: 2 * LISTEN.length,
      closed: 2 * (65535 - LISTEN.length),
      filtered: 0,
    });
  }, 240000);

  it('cancels a scan running on worker threads and reports it partial', async () => {
    const result = await runChildScan(
      { targets: ['127.0.0.1', '::1'], ports: 'all', abortAfterTasks: 20000, options: { workers: 2 } },
      { netns: ns.name },
    );
    const [run] = result.runs;
    expect(run.aborted).toBe(true);
    expect(run.counts.probed).toBeGreaterThan(0);
    expect(run.counts.probed).toBeLessThan(2 * 65535);
    // It stops at once: no thread takes another task once the scan is aborted.
    expect(result.pulledAfterAbort).toBe(0);
  }, 60000);

  it('reports an address without a route as network-unreachable, without sending a packet', async () => {
    // The namespace has its /29 and nothing else: no default route, so connect() fails at once.
    const result = await runChildScan(
      { targets: ['192.0.2.1', '2001:db8::1'], ports: '80', options: { keepClosed: true, retries: 0 } },
      { netns: ns.name },
    );
    expect(result.runs[0].others).toEqual([
      '192.0.2.1 tcp/80 filtered network-unreachable',
      '2001:db8::1 tcp/80 filtered network-unreachable',
    ]);
  }, 30000);

  it('never reports a socket that connected to itself as open (loopback, tiny ephemeral range)', async () => {
    // With 16 ephemeral ports, a connect to one of them from 127.0.0.1 picks the target port as its
    // source port about one time in sixteen: the kernel's simultaneous open then "connects".
    ns.exec('sysctl', ['-q', '-w', 'net.ipv4.ip_local_port_range=40000 40015']);
    try {
      for (const tcpImplementation of ['auto', 'net']) {
        const result = await runChildScan(
          {
            targets: ['127.0.0.1'],
            ports: '40000-40020',
            repeat: 20,
            options: { tcpImplementation, concurrency: 8 },
          },
          { netns: ns.name },
        );
        const selfConnects = result.runs.reduce((n, r) => n + r.stats.selfConnects, 0);
        expect(selfConnects).toBeGreaterThan(0);
        for (const run of result.runs) {
          expect(run.open).toEqual(['127.0.0.1 tcp/40020 open']);
          expect(run.counts).toMatchObject({ probed: 21, open: 1, closed: 20, filtered: 0 });
        }
      }
    } finally {
      ns.exec('sysctl', ['-q', '-w', 'net.ipv4.ip_local_port_range=32768 60999']);
    }
  }, 120000);
});
