// Cold-start benchmark: process start to exit of the CLI's light commands, beside bare Node's
// start measured in the same rounds (median of BENCH_RUNS, at least 3, interleaved so that
// whatever else the machine does weighs on all alike). Target: within 2x of `node -e 0`.
//
// - the CLI: dist/cli/index.js (the bundle) when it exists, else lib/cli/index.js (tsc's
//   output); the row names which;
// - `portcullis --help`, and `portcullis validate` of a small policy;
// - the action's dist/main load time: the bundle started with PORTCULLIS_LOAD_ONLY=1, which
//   makes src/action/main.ts exit as soon as its imports have run (nothing else is done). A
//   bundle built before that variable existed would run the action instead, so the row is
//   then left out.
//
// Prints figures, asserts nothing; with BENCH_SUMMARY set, appends its rows there (JSON lines).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const bundled = join(ROOT, 'dist/cli/index.js');
// BENCH_CLI=path measures another build of the CLI (such as a bundle made elsewhere).
const cli = process.env.BENCH_CLI
  ? resolve(process.env.BENCH_CLI)
  : existsSync(bundled)
    ? bundled
    : join(ROOT, 'lib/cli/index.js');
const cliName = process.env.BENCH_CLI
  ? `${process.env.BENCH_CLI} (BENCH_CLI)`
  : cli === bundled
    ? 'dist/cli/index.js (bundle)'
    : 'lib/cli/index.js (tsc output; no bundle)';
const actionMain = join(ROOT, 'dist/main/index.js');
const actionHonoursLoadOnly =
  existsSync(actionMain) && readFileSync(actionMain, 'utf8').includes('PORTCULLIS_LOAD_ONLY');

const dir = mkdtempSync(join(tmpdir(), 'pc-bench-start-'));
const policy = join(dir, 'portcullis.yml');
writeFileSync(
  policy,
  [
    'version: 1',
    'default: deny',
    'allow:',
    '  - { port: 443, service: https, require: { tls: ">=1.2" } }',
    '  - { port: 22, service: ssh }',
    'targets:',
    '  - name: web',
    '    hosts: ["10.0.0.0/24"]',
    '    allow:',
    '      - { ports: ["8000-8100"], protocol: tcp }',
    '',
  ].join('\n'),
);

const cases = [
  { name: 'node -e 0 (bare Node)', args: ['-e', '0'] },
  { name: `portcullis --help — ${cliName}`, args: [cli, '--help'], cli: true },
  { name: `portcullis validate <small policy> — ${cliName}`, args: [cli, 'validate', policy], cli: true },
];
if (actionHonoursLoadOnly)
  cases.push({
    name: 'action dist/main/index.js, load only (PORTCULLIS_LOAD_ONLY=1)',
    args: [actionMain],
    env: { PORTCULLIS_LOAD_ONLY: '1' },
  });

const times = cases.map(() => []);
try {
  for (let i = 0; i < RUNS; i++) {
    cases.forEach((c, j) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, c.args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...(c.env ?? {}) },
      });
      times[j].push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const node = median(times[0]);
console.log(
  `# cold start — median of ${RUNS} interleaved runs, process start to exit; target: CLI within 2x of bare Node`,
);
const rows = [];
cases.forEach((c, j) => {
  const m = median(times[j]);
  const ratio = j === 0 ? '' : `${(m / node).toFixed(2)}x of node -e 0`;
  console.log(`  ${c.name.padEnd(78)} ${`${Math.round(m)} ms`.padStart(8)}  ${ratio}`);
  if (j > 0)
    rows.push({
      bench: 'cold start',
      what: c.name,
      figure: `${Math.round(m)} ms`,
      peer: `node -e 0: ${Math.round(node)} ms`,
      ratio: `${(m / node).toFixed(2)}x${c.cli ? ' (target <= 2x)' : ''}`,
    });
});
if (!actionHonoursLoadOnly) {
  const why = existsSync(actionMain)
    ? 'dist/main was bundled before PORTCULLIS_LOAD_ONLY existed (npm run bundle)'
    : 'no dist/main (npm run bundle)';
  console.log(`  action dist/main load: not measured — ${why}`);
  rows.push({
    bench: 'cold start',
    what: 'action dist/main load',
    figure: 'not measured',
    peer: why,
    ratio: '',
  });
}
if (process.env.BENCH_SUMMARY)
  for (const r of rows) appendFileSync(process.env.BENCH_SUMMARY, JSON.stringify(r) + '\n');
