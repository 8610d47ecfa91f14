import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Some properties belong to a whole process (its open-file limit, its network namespace),
 * so those tests run the compiled prober (lib/, from `npm run build`, which `npm test`
 * runs first) in a child process: `bash -c 'ulimit -n 256; node …'`.
 */
export const LIB = resolve('lib');

export function libSkipReason(): string | undefined {
  return existsSync(resolve(LIB, 'prober/index.js')) && existsSync(resolve(LIB, 'targets/index.js'))
    ? undefined
    : 'lib/ is not built (run npm run build; npm test does)';
}

export interface ChildScan {
  targets: string[];
  ports: string;
  options?: Record<string, unknown>;
  /** Run the scan this many times in a row and report each. */
  repeat?: number;
  /**
   * Probes (`host port`, e.g. `::1 8080`) that must meet EMFILE: just before the prober takes
   * each of these from its task stream (it opens that probe's socket in the same synchronous
   * step), the child opens /dev/null until EMFILE, and lets every descriptor go on the event
   * loop's next check phase, after the prober has heard of each failed connect (those are
   * reported on process.nextTick). Needs `workers: 0`, so that tasks are pulled where sockets open.
   */
  exhaustBefore?: string[];
  /**
   * Abort the first scan once it has a result and has taken this many tasks (on the event
   * loop's next turn, so never inside a pull): it is then mid-scan on any machine.
   */
  abortAfterTasks?: number;
}

export interface ChildResult {
  runs: {
    open: string[];
    /** closed and filtered, with the reason, when the options ask for keepClosed. */
    others: string[];
    counts: Record<string, number>;
    stats: Record<string, number>;
    aborted: boolean;
    durationMs: number;
  }[];
  concurrency: number;
  fdLimit: number;
  /** The most descriptors the child held at once to exhaust the limit. */
  held: number;
  /** Tasks the scan took from its stream after the abort (abortAfterTasks). */
  pulledAfterAbort: number;
  /** The exhaustBefore probes, in the order the prober took them while every descriptor was held. */
  exhausted: string[];
}

const CHILD = `
import { openSync, closeSync } from 'node:fs';
const lib = process.env.PC_LIB;
const { scan, effectiveConcurrency } = await import(lib + '/prober/index.js');
const { resolveTargets, parsePorts, probeTasks } = await import(lib + '/targets/index.js');
const { fileDescriptorLimit } = await import(lib + '/prober/limits.js');
const a = JSON.parse(process.env.PC_ARGS);
let held = 0;
const exhausted = [];
const exhaustBefore = new Set(a.exhaustBefore ?? []);
let controller;
let results = 0;
let pulled = 0;
let pulledAfterAbort = 0;
// Wraps the task stream: the prober pulls a task and opens its socket in one synchronous step.
function* exhausting(tasks, first) {
  for (const task of tasks) {
    pulled++;
    if (controller.signal.aborted) pulledAfterAbort++;
    if (first && a.abortAfterTasks !== undefined && pulled >= a.abortAfterTasks) maybeAbort();
    if (exhaustBefore.has(task.host + ' ' + task.port)) {
      const fds = [];
      for (;;) { try { fds.push(openSync('/dev/null', 'r')); } catch { break; } }
      held = Math.max(held, fds.length);
      exhausted.push(task.host + ' ' + task.port);
      setImmediate(() => fds.forEach((fd) => closeSync(fd)));
    }
    yield task;
  }
}
// Once the scan has taken abortAfterTasks tasks and has at least one result.
function maybeAbort() {
  if (controller.signal.aborted || pulled < a.abortAfterTasks || results === 0) return;
  setImmediate(() => controller.abort());
}
const runs = [];
for (let i = 0; i < (a.repeat ?? 1); i++) {
  const t = await resolveTargets(a.targets);
  const p = parsePorts(a.ports);
  controller = new AbortController();
  results = 0;
  pulled = 0;
  const onProgress = (p) => { results = p.done; if (i === 0 && a.abortAfterTasks !== undefined) maybeAbort(); };
  const r = await scan(exhausting(probeTasks(t, p), i === 0), t.count * p.count, { ...(a.options ?? {}), signal: controller.signal, onProgress });
  const line = (o) => o.host + ' ' + o.protocol + '/' + o.port + ' ' + o.state;
  runs.push({ open: r.open.map(line), others: r.others.map((o) => line(o) + ' ' + o.reason), counts: r.counts, stats: r.stats, aborted: r.aborted, durationMs: r.durationMs });
}
console.log(JSON.stringify({ runs, concurrency: effectiveConcurrency(a.options?.concurrency), fdLimit: fileDescriptorLimit(), held, exhausted, pulledAfterAbort }));
`;

/** Runs a scan in a child; `prefix` is shell run first (e.g. `ulimit -n 256`), `netns` a namespace to run in. */
export function runChildScan(
  args: ChildScan,
  opts: { prefix?: string; netns?: string; timeoutMs?: number } = {},
): Promise<ChildResult> {
  const script = `${opts.prefix ? `${opts.prefix}; ` : ''}exec "${process.execPath}" --input-type=module -e "$PC_CODE"`;
  const argv = opts.netns ? ['netns', 'exec', opts.netns, 'bash', '-c', script] : ['-c', script];
  const command = opts.netns ? 'ip' : 'bash';
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      argv,
      {
        env: { ...process.env, PC_LIB: LIB, PC_ARGS: JSON.stringify(args), PC_CODE: CHILD, NODE_OPTIONS: '' },
        timeout: opts.timeoutMs ?? 60000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`child scan failed: ${err.message}\n${stderr}`));
        try {
          resolvePromise(JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult);
        } catch {
          reject(new Error(`child printed no result:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}
