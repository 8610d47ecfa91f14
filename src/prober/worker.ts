/**
 * A prober worker thread: runs one ProbeEngine over the task groups the main thread
 * sends it, and reports results in small batches. Started by workers.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { silentLogger, type PortResult, type ProbeTask } from '../model.js';
import { ProbeEngine, type TaskSource } from './engine.js';
import { probeFunctions, toResult } from './probes.js';
import {
  countResult,
  emptyCounts,
  type FromWorker,
  type TaskGroup,
  type ToWorker,
  type WorkerInit,
} from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('prober worker started outside a worker thread');
const init = workerData as WorkerInit;

/** Ask for more work while fewer than this many tasks are queued. */
const LOW_WATER = Math.max(256, init.concurrency * 2);
const REPORT_EVERY_MS = 100;

const groups: TaskGroup[] = [];
let portIndex = 0;
let queued = 0;
let requested = 0;
let ended = false;
let onReady: (() => void) | undefined;

const source: TaskSource = {
  next(): ProbeTask | null | undefined {
    while (groups.length > 0) {
      const g = groups[0];
      if (portIndex < g.ports.length) {
        const task: ProbeTask = { host: g.host, port: g.ports[portIndex++], protocol: g.protocol };
        if (g.hostname !== undefined) task.hostname = g.hostname;
        queued--;
        if (queued < LOW_WATER) askForMore();
        return task;
      }
      groups.shift();
      portIndex = 0;
    }
    if (ended) return undefined;
    askForMore();
    return null;
  },
  whenReady(callback) {
    onReady = callback;
  },
};

let counts = emptyCounts();
let kept: PortResult[] = [];
let done = 0;
let reportTimer: NodeJS.Timeout | undefined;

function report(wants = 0): void {
  if (reportTimer) {
    clearTimeout(reportTimer);
    reportTimer = undefined;
  }
  const message: FromWorker = { type: 'progress', done, counts, kept, wants };
  port!.postMessage(message);
  counts = emptyCounts();
  kept = [];
  done = 0;
}

function askForMore(): void {
  if (ended || requested > 0) return;
  requested = 1;
  report(1);
}

const abortController = new AbortController();

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'tasks':
      requested = 0;
      for (const g of message.groups) {
        groups.push(g);
        queued += g.ports.length;
      }
      break;
    case 'end':
      ended = true;
      break;
    case 'abort':
      abortController.abort();
      return;
  }
  const ready = onReady;
  onReady = undefined;
  ready?.();
});

const engine = new ProbeEngine(source, {
  concurrency: init.concurrency,
  minTimeoutMs: init.minTimeoutMs,
  maxTimeoutMs: init.maxTimeoutMs,
  retries: init.retries,
  probes: probeFunctions(init.tcpImplementation),
  logger: silentLogger,
  signal: abortController.signal,
  onResult(task, state, reason, tries, rttMs) {
    done++;
    const keep = countResult(counts, state);
    if (keep || init.keepClosed) kept.push(toResult(task, state, reason, tries, rttMs));
    if (!reportTimer) reportTimer = setTimeout(() => report(), REPORT_EVERY_MS);
  },
});

engine.run().then(
  (aborted) => {
    report();
    const message: FromWorker = { type: 'finished', aborted, stats: engine.stats };
    port.postMessage(message);
  },
  (err: unknown) => {
    const message: FromWorker = { type: 'failed', message: err instanceof Error ? err.message : String(err) };
    port.postMessage(message);
  },
);
