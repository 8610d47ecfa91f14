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
  /** Some time into the scan, open /dev/null until EMFILE (and keep doing so), and let go after holdMs. */
  exhaustAfterMs?: number;
  holdMs?: number;
  /** Abort the (first) scan this long after it starts. */
  abortAfterMs?: number;
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
  held: number;
}

const CHILD = `
import { openSync, closeSync } from 'node:fs';
const lib = process.env.PC_LIB;
const { scan, effectiveConcurrency } = await import(lib + '/prober/index.js');
const { resolveTargets, parsePorts, probeTasks } = await import(lib + '/targets/index.js');
const { fileDescriptorLimit } = await import(lib + '/prober/limits.js');
const a = JSON.parse(process.env.PC_ARGS);
let held = 0;
if (a.exhaustAfterMs !== undefined) {
  // Take every descriptor there is, and keep taking the ones the prober frees, for holdMs.
  setTimeout(() => {
    const fds = [];
    const grab = () => { for (;;) { try { fds.push(openSync('/dev/null', 'r')); } catch { break; } } held = Math.max(held, fds.length); };
    grab();
    const timer = setInterval(grab, 2);
    setTimeout(() => { clearInterval(timer); fds.forEach((fd) => closeSync(fd)); }, a.holdMs ?? 300);
  }, a.exhaustAfterMs);
}
const runs = [];
for (let i = 0; i < (a.repeat ?? 1); i++) {
  const t = await resolveTargets(a.targets);
  const p = parsePorts(a.ports);
  const controller = new AbortController();
  if (a.abortAfterMs !== undefined && i === 0) setTimeout(() => controller.abort(), a.abortAfterMs);
  const r = await scan(probeTasks(t, p), t.count * p.count, { ...(a.options ?? {}), signal: controller.signal });
  const line = (o) => o.host + ' ' + o.protocol + '/' + o.port + ' ' + o.state;
  runs.push({ open: r.open.map(line), others: r.others.map((o) => line(o) + ' ' + o.reason), counts: r.counts, stats: r.stats, aborted: r.aborted, durationMs: r.durationMs });
}
console.log(JSON.stringify({ runs, concurrency: effectiveConcurrency(a.options?.concurrency), fdLimit: fileDescriptorLimit(), held }));
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
