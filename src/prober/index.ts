/**
 * The prober stage (DESIGN.md, "The pipeline"): TCP connect and UDP probes on
 * node:net and node:dgram — no raw sockets, no root, no nmap.
 */
import {
  silentLogger,
  type Logger,
  type PortResult,
  type PortState,
  type ProbeTask,
  type ScanCounts,
  type StateReason,
} from '../model.js';
import { addressSortKey } from '../targets/address.js';
import { ProbeEngine, type EngineStats, type TaskSource } from './engine.js';
import { socketBudget } from './limits.js';
import { probeFunctions, toResult } from './probes.js';
import { addCounts, plannedWorkers, runOnThreads, TaskPool, workerScript } from './workers.js';
import { plural } from '../words.js';

export { udpProbeFor } from './udp-payloads.js';
export type { EngineStats } from './engine.js';

export interface ScanProgress {
  done: number;
  total: number;
  open: number;
  ratePerSec: number;
  etaMs: number;
}

export interface ScanOptions {
  /** Most probes in flight at once. Default 1,000, and never more than the open-file limit allows. */
  concurrency?: number;
  /** Probes per second (retries included); undefined = unlimited. */
  rate?: number;
  /** Upper bound of the adaptive timeout, and the timeout for a host that has not answered yet. Default 1,000 ms. */
  timeoutMs?: number;
  /** Lower bound of the adaptive timeout. Default 100 ms (nmap's too). */
  minTimeoutMs?: number;
  /** Extra tries for a port that stayed silent (only silence is retried). Default 1. */
  retries?: number;
  signal?: AbortSignal;
  /** Called about four times a second, and once at the end. */
  onProgress?: (p: ScanProgress) => void;
  /** Keep closed and filtered results (in `others`). */
  keepClosed?: boolean;
  logger?: Logger;
  /**
   * How TCP probes open sockets: `auto` (default) uses libuv's TCP handle directly where
   * this Node offers it (about three times cheaper per port) and net.Socket elsewhere;
   * `net` always uses net.Socket. PORTCULLIS_PROBER=net in the environment does the same.
   */
  tcpImplementation?: 'auto' | 'net';
  /**
   * Threads to spread the probes over, the main thread included (2 = the main thread and one
   * worker thread). Default: one per core (up to 4) for scans of 4,096 probes or more without a
   * rate limit, else none. 0 or 1 probes on the main thread alone.
   */
  workers?: number;
}

export interface ScanResult {
  /** open and open|filtered, ordered by address (numeric, IPv4 first), protocol, port. */
  open: PortResult[];
  /** closed and filtered, same order, only when keepClosed. */
  others: PortResult[];
  counts: ScanCounts;
  aborted: boolean;
  durationMs: number;
  /** How the scan went: attempts, retries, local back-offs, self-connects. */
  stats: EngineStats;
}

export const DEFAULT_CONCURRENCY = 1000;
export const DEFAULT_TIMEOUT_MS = 1000;
export const DEFAULT_MIN_TIMEOUT_MS = 100;
export const DEFAULT_RETRIES = 1;
const PROGRESS_INTERVAL_MS = 250;

/** The concurrency the scan will really use: the request, capped below the descriptor budget. */
export function effectiveConcurrency(requested = DEFAULT_CONCURRENCY): number {
  return Math.max(1, Math.min(Math.floor(requested), socketBudget()));
}

export function comparePortResults(a: PortResult, b: PortResult): number {
  if (a.host !== b.host) {
    const ka = addressSortKey(a.host);
    const kb = addressSortKey(b.host);
    if (ka !== kb) return ka < kb ? -1 : 1;
  }
  if (a.protocol !== b.protocol) return a.protocol < b.protocol ? -1 : 1;
  return a.port - b.port;
}

function sortResults(list: PortResult[]): PortResult[] {
  const keys = new Map<string, string>();
  const key = (h: string) => {
    let k = keys.get(h);
    if (k === undefined) keys.set(h, (k = addressSortKey(h)));
    return k;
  };
  return list.sort((a, b) => {
    if (a.host !== b.host) {
      const ka = key(a.host);
      const kb = key(b.host);
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    if (a.protocol !== b.protocol) return a.protocol < b.protocol ? -1 : 1;
    return a.port - b.port;
  });
}

function validate(options: ScanOptions): void {
  const positive = (name: string, v: number | undefined, integer: boolean) => {
    if (v === undefined) return;
    if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
      throw new RangeError(`${name} must be a positive ${integer ? 'integer' : 'number'}, not ${v}`);
    }
  };
  positive('concurrency', options.concurrency, true);
  positive('rate', options.rate, false);
  positive('timeoutMs', options.timeoutMs, false);
  positive('minTimeoutMs', options.minTimeoutMs, false);
  if (options.retries !== undefined && (!Number.isInteger(options.retries) || options.retries < 0)) {
    throw new RangeError(`retries must be a whole number, not ${options.retries}`);
  }
}

/**
 * Probes every task and classifies each port: TCP open / closed / filtered, UDP open /
 * closed / open|filtered, each with its reason. Pulls tasks lazily from the iterable,
 * keeps only open results (and others when asked), and returns them in a deterministic
 * order whatever order they completed in.
 */
export async function scan(
  tasks: Iterable<ProbeTask>,
  total: number,
  options: ScanOptions = {},
): Promise<ScanResult> {
  validate(options);
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const open: PortResult[] = [];
  const others: PortResult[] = [];
  const counts: ScanCounts = { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 };
  const onResult = (
    task: ProbeTask,
    state: PortState,
    reason: StateReason,
    tries: number,
    rttMs?: number,
  ) => {
    counts.probed++;
    let keep = false;
    switch (state) {
      case 'open':
        counts.open++;
        keep = true;
        break;
      case 'open|filtered':
        counts.openFiltered = (counts.openFiltered ?? 0) + 1;
        keep = true;
        break;
      case 'closed':
        counts.closed++;
        break;
      case 'filtered':
        counts.filtered++;
        break;
    }
    if (!keep && !options.keepClosed) return;
    const r = toResult(task, state, reason, tries, rttMs);
    (keep ? open : others).push(r);
  };

  const iterator = tasks[Symbol.iterator]();
  const concurrency = effectiveConcurrency(options.concurrency);
  if (options.concurrency !== undefined && concurrency < options.concurrency) {
    logger.info(
      `prober: concurrency lowered from ${options.concurrency} to ${concurrency} to stay under the open-file limit`,
    );
  }
  const maxTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const minTimeoutMs = Math.min(options.minTimeoutMs ?? DEFAULT_MIN_TIMEOUT_MS, maxTimeoutMs);
  const retries = options.retries ?? DEFAULT_RETRIES;
  const workers = Math.min(plannedWorkers(total, options.workers, options.rate !== undefined), concurrency);
  const script = workers > 1 ? workerScript() : undefined;

  const engineFor = (source: TaskSource, share: number, signal: AbortSignal | undefined) =>
    new ProbeEngine(source, {
      concurrency: share,
      rate: options.rate,
      maxTimeoutMs,
      minTimeoutMs,
      retries,
      signal,
      probes: probeFunctions(options.tcpImplementation),
      onResult,
      logger,
    });
  const runHere = async () => {
    const source: TaskSource = {
      next() {
        const n = iterator.next();
        return n.done ? undefined : n.value;
      },
    };
    const engine = engineFor(source, concurrency, options.signal);
    return { aborted: await engine.run(), stats: engine.stats };
  };
  const runOnWorkers = async (url: URL) => {
    // The descriptor budget is the process's, so the threads (the main one included) share it.
    const share = Math.max(1, Math.floor(concurrency / workers));
    logger.debug(
      `prober: main thread and ${plural(workers - 1, 'worker thread')}, ${plural(share, 'probe')} in flight each`,
    );
    const pool = new TaskPool(iterator, options.signal);
    // The main thread's engine stops on the caller's abort, and when a worker fails.
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) stop.abort();
    const engine = engineFor({ next: () => pool.next() }, share, stop.signal);
    try {
      const onWorkers = await runOnThreads(
        pool,
        workers - 1,
        {
          concurrency: share,
          minTimeoutMs,
          maxTimeoutMs,
          retries,
          keepClosed: options.keepClosed === true,
          tcpImplementation: options.tcpImplementation ?? 'auto',
        },
        url,
        {
          onResults(batch, kept) {
            addCounts(counts, batch);
            for (const r of kept) (r.state === 'open' || r.state === 'open|filtered' ? open : others).push(r);
          },
        },
        {
          run: async () => ({ aborted: await engine.run(), stats: engine.stats }),
          widen: (n) => engine.widen(n),
          stop: () => stop.abort(),
        },
        options.signal,
      );
      if (onWorkers.unavailable) {
        logger.debug(
          `prober: worker threads unavailable (${onWorkers.unavailable.message}); probed on the main thread`,
        );
      }
      return onWorkers;
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  };
  const run = script ? () => runOnWorkers(script) : runHere;

  const progress = () => {
    if (!options.onProgress) return;
    const elapsed = performance.now() - started;
    const done = counts.probed;
    const ratePerSec = elapsed > 0 ? (done * 1000) / elapsed : 0;
    const etaMs = ratePerSec > 0 ? Math.round(((total - done) * 1000) / ratePerSec) : 0;
    options.onProgress({
      done,
      total,
      open: counts.open + (counts.openFiltered ?? 0),
      ratePerSec: Math.round(ratePerSec),
      etaMs: Math.max(0, etaMs),
    });
  };
  const ticker = options.onProgress ? setInterval(progress, PROGRESS_INTERVAL_MS) : undefined;
  let outcome: { aborted: boolean; stats: EngineStats };
  try {
    outcome = await run();
  } finally {
    if (ticker) clearInterval(ticker);
  }
  progress();
  return {
    open: sortResults(open),
    others: sortResults(others),
    counts,
    aborted: outcome.aborted,
    durationMs: Math.round(performance.now() - started),
    stats: outcome.stats,
  };
}
