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
} from './worker-protocol.js';

/**
 * Runs a scan on the main thread and on worker threads, one ProbeEngine each. A full
 * sweep of a fast target is bound by the CPU time Node spends per socket; the machine's
 * other cores can share that. The main thread probes too (from the moment the scan
 * starts, while the threads are still starting) and hands out work: tasks are pulled
 * lazily from the iterable, one at a time by its own engine and in batches by whichever
 * worker asks next (so a slow host does not hold up the others), and it gathers what the
 * workers report. The order of results is fixed afterwards by sorting, so splitting over threads never
 * changes the output.
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

/** How many threads a scan of `total` probes should probe on, the main thread included; 0 = the main thread alone. */
export function plannedWorkers(total: number, requested: number | undefined, rateLimited: boolean): number {
  if (requested !== undefined) return requested <= 1 ? 0 : Math.floor(requested);
  // Threads cost ~30 ms each to start; below a few thousand probes they cannot pay for themselves,
  // and a rate-limited scan is paced by its rate, not by the CPU.
  if (rateLimited || total < 4096) return 0;
  // Measured on a 2-core machine busy with other work (load average 4): two threads cost
  // about 10% more CPU than one and still finished a 65,535-port sweep sooner on average,
  // so threads are used whenever there is more than one core. The main thread is one of
  // them: on 2 cores, the main thread and one worker took 8% less CPU (one thread fewer
  // to start) and 12 MB less memory than two workers beside an idle main thread.
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 4) : 0;
}

export interface ThreadRun {
  aborted: boolean;
  stats: EngineStats;
  /** Set when no worker thread could start; the main thread's share then probed everything. */
  unavailable?: Error;
}

/**
 * The scan's tasks, shared by the main thread's engine (one at a time) and the workers
 * (in batches). Everything runs on the main thread's event loop, so no two pulls overlap.
 */
export class TaskPool {
  private exhausted = false;
  constructor(
    private readonly tasks: Iterator<ProbeTask>,
    private readonly signal?: AbortSignal,
  ) {}

  next(): ProbeTask | undefined {
    if (this.exhausted || this.signal?.aborted) return undefined;
    const r = this.tasks.next();
    if (r.done) {
      this.exhausted = true;
      return undefined;
    }
    return r.value;
  }

  batch(): TaskGroup[] | undefined {
    const groups: TaskGroup[] = [];
    let last: TaskGroup | undefined;
    for (let n = 0; n < BATCH; n++) {
      const t = this.next();
      if (!t) break;
      if (last && last.host === t.host && last.protocol === t.protocol && last.hostname === t.hostname) {
        last.ports.push(t.port);
      } else {
        last = { host: t.host, protocol: t.protocol, ports: [t.port] };
        if (t.hostname !== undefined) last.hostname = t.hostname;
        groups.push(last);
      }
    }
    return groups.length > 0 ? groups : undefined;
  }
}

/** The main thread's own share of the probing: an engine that pulls from the same pool. */
export interface LocalShare {
  run(): Promise<{ aborted: boolean; stats: EngineStats }>;
  /** Takes over the share of a worker that could not start. */
  widen(concurrency: number): void;
  /** Stops it (a worker failed, so the scan fails); nothing once it has finished. */
  stop(): void;
}

/**
 * Probes the pool on `workers` worker threads and on the main thread at once, each with
 * `init.concurrency` probes in flight. The main thread starts at once, while the threads
 * are still starting, and takes the share of any thread that fails to start.
 */
export async function runOnThreads(
  pool: TaskPool,
  workers: number,
  init: WorkerInit,
  script: URL,
  sink: { onResults(counts: ScanCounts, kept: PortResult[]): void },
  local: LocalShare,
  signal?: AbortSignal,
): Promise<ThreadRun> {
  const stats: EngineStats = {
    done: 0,
    attempts: 0,
    retries: 0,
    localRetries: 0,
    selfConnects: 0,
    minConcurrency: Infinity,
  };
  const addStats = (s: EngineStats) => {
    stats.done += s.done;
    stats.attempts += s.attempts;
    stats.retries += s.retries;
    stats.localRetries += s.localRetries;
    stats.selfConnects += s.selfConnects;
    stats.minConcurrency = Math.min(stats.minConcurrency, s.minConcurrency);
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
        const groups = pool.batch();
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
            addStats(m.stats);
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
          local.widen(init.concurrency);
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
  const here = local.run().then((r) => {
    aborted ||= r.aborted;
    addStats(r.stats);
  });
  try {
    await Promise.all([here, ...threads.map(runOne)]);
  } finally {
    local.stop();
    signal?.removeEventListener('abort', onAbort);
    await Promise.all(threads.map((t) => t.terminate()));
  }
  if (stats.minConcurrency === Infinity) stats.minConcurrency = init.concurrency;
  const run: ThreadRun = { aborted: aborted || signal?.aborted === true, stats };
  if (started === 0 && startFailure) run.unavailable = startFailure;
  return run;
}

export { addCounts };
