import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RuntimeFailure } from '../errors.js';
import type { PortResult, ProbeTask, ScanCounts } from '../model.js';
import type { EngineStats } from './engine.js';
import {
  addCounts,
  type FromWorker,
  type TaskGroup,
  type ToWorker,
  type WorkerInit,
} from './shard-protocol.js';

/**
 * Runs a scan on several worker threads, one ProbeEngine each. A full sweep of a fast
 * target is bound by the CPU time Node spends per socket; the machine's other cores
 * can share that. The main thread only hands out work: it pulls tasks lazily from the
 * iterable, in batches, to whichever worker asks next (so a slow host does not hold up
 * the others), and gathers what the workers report. The order of results is fixed
 * afterwards by sorting, so sharding never changes the output.
 */

const BATCH = 1024;

/** The compiled worker script (lib/prober/worker.js, or dist/main/worker.js in the action); absent when running from TypeScript sources (tests). */
export function workerScript(): URL | undefined {
  // Built at run time so that ncc does not rewrite it into a copied TypeScript asset:
  // the action's bundler puts a bundled worker.js beside the bundle instead (scripts/bundle.mjs).
  const url = new URL(['.', 'worker.js'].join('/'), import.meta.url);
  try {
    return existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** How many worker threads a scan of `total` probes should use; 0 = probe on the main thread. */
export function plannedWorkers(total: number, requested: number | undefined, rateLimited: boolean): number {
  if (requested !== undefined) return requested <= 1 ? 0 : Math.floor(requested);
  // Threads cost ~30 ms each to start; below a few thousand probes they cannot pay for themselves,
  // and a rate-limited scan is paced by its rate, not by the CPU.
  if (rateLimited || total < 4096) return 0;
  // Measured on a 2-core machine busy with other work (load average 4): two workers cost
  // about 10% more CPU than one thread and still finished a 65,535-port sweep sooner on
  // average, so threads are used whenever there is more than one core.
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 4) : 0;
}

export interface ShardedRun {
  aborted: boolean;
  stats: EngineStats;
  /** Set when no worker thread could start; nothing was probed. */
  unavailable?: Error;
}

export async function runSharded(
  tasks: Iterator<ProbeTask>,
  workers: number,
  init: WorkerInit,
  script: URL,
  sink: { onResults(counts: ScanCounts, kept: PortResult[]): void },
  signal?: AbortSignal,
): Promise<ShardedRun> {
  let exhausted = false;
  const nextBatch = (): TaskGroup[] | undefined => {
    if (exhausted) return undefined;
    const groups: TaskGroup[] = [];
    let last: TaskGroup | undefined;
    for (let n = 0; n < BATCH; n++) {
      const r = tasks.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      const t = r.value;
      if (last && last.host === t.host && last.protocol === t.protocol && last.hostname === t.hostname) {
        last.ports.push(t.port);
      } else {
        last = { host: t.host, protocol: t.protocol, ports: [t.port] };
        if (t.hostname !== undefined) last.hostname = t.hostname;
        groups.push(last);
      }
    }
    return groups.length > 0 ? groups : undefined;
  };

  const stats: EngineStats = {
    done: 0,
    attempts: 0,
    retries: 0,
    localRetries: 0,
    selfConnects: 0,
    minConcurrency: Infinity,
  };
  let aborted = false;
  const threads: Worker[] = [];

  let started = 0;
  let startFailure: Error | undefined;
  const runOne = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let settled = false;
      /** A worker that never spoke was never given work: losing it loses nothing. */
      let spoke = false;
      const send = (m: ToWorker) => worker.postMessage(m);
      const feed = () => {
        const groups = signal?.aborted ? undefined : nextBatch();
        if (groups) send({ type: 'tasks', groups });
        else send({ type: 'end' });
      };
      worker.on('message', (m: FromWorker) => {
        if (!spoke) {
          spoke = true;
          started++;
        }
        switch (m.type) {
          case 'progress':
            if (m.done > 0 || m.kept.length > 0) sink.onResults(m.counts, m.kept);
            if (m.wants > 0) feed();
            break;
          case 'finished':
            settled = true;
            aborted ||= m.aborted;
            stats.done += m.stats.done;
            stats.attempts += m.stats.attempts;
            stats.retries += m.stats.retries;
            stats.localRetries += m.stats.localRetries;
            stats.selfConnects += m.stats.selfConnects;
            stats.minConcurrency = Math.min(stats.minConcurrency, m.stats.minConcurrency);
            resolve();
            break;
          case 'failed':
            settled = true;
            reject(new RuntimeFailure(`prober worker failed: ${m.message}`));
            break;
        }
      });
      worker.once('error', (err) => {
        settled = true;
        if (!spoke) {
          startFailure = err;
          resolve();
          return;
        }
        reject(new RuntimeFailure(`prober worker crashed: ${err.message}`, { cause: err }));
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new RuntimeFailure(`prober worker exited with code ${code} before finishing`));
      });
    });

  const onAbort = () => {
    aborted = true;
    for (const t of threads) t.postMessage({ type: 'abort' } satisfies ToWorker);
  };
  // The workers need none of the parent's flags (an --input-type or --eval would even stop them).
  const execArgv = process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
  for (let i = 0; i < workers; i++) threads.push(new Worker(script, { workerData: init, execArgv }));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.all(threads.map(runOne));
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(threads.map((t) => t.terminate()));
  }
  if (stats.minConcurrency === Infinity) stats.minConcurrency = init.concurrency;
  // No worker could start (a bundle without worker.js beside it, a broken install): every task
  // is still in the iterator, and the caller probes them on the main thread.
  if (started === 0 && startFailure) return { aborted: false, stats, unavailable: startFailure };
  return { aborted: aborted || signal?.aborted === true, stats };
}

export { addCounts };
