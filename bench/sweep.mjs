// Sweep benchmark (issue 17, item 2): all 65,535 TCP ports of 127.0.0.1, connect-only, side by
// side in interleaved rounds (median of BENCH_RUNS, at least 3):
//   - the CLI, process start to exit (`portcullis scan --ports all --connect-only`), its peak RSS
//     (/usr/bin/time's maximum resident set size), dist/cli/index.js when built, else lib/cli;
//   - the same sweep inside one process (the prober's scan(), timed from inside);
//   - the machine's two-thread connect() bound: bench/connect-bound.c (non-blocking connect +
//     epoll, two threads, as many connects in flight as the prober), compiled here with cc;
//   - nmap -sT -p- -T5 -n -Pn, and the same with --min-rate 50000.
// Targets: 2× faster than nmap -T5 and faster than --min-rate 50000 through the CLI, peak RSS
// under 150 MB, in-process within 1.5× of the connect() bound.
//
// Every probe is a plain TCP connect (a handshake, then a reset): the address is shared with
// whatever else listens on this machine, so nothing is ever sent to a listener. The few
// listeners the bench starts itself (in a child process) must be in every scanner's list;
// other listeners on 127.0.0.1 may come and go between runs (the row says when lists differ).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const HOST = '127.0.0.1';

// ---- child mode: the in-process sweep, timed from inside, with its peak RSS ---------------------
if (process.argv[2] === '--child') {
  const { scan } = await import(join(ROOT, 'lib/prober/index.js'));
  const { resolveTargets, parsePorts, probeTasks } = await import(join(ROOT, 'lib/targets/index.js'));
  const started = performance.now();
  const targets = await resolveTargets([HOST], {});
  const ports = parsePorts('all');
  const result = await scan(probeTasks(targets, ports), targets.count * ports.count, {});
  process.stdout.write(
    JSON.stringify({
      scanMs: performance.now() - started,
      open: result.open.map((r) => r.port),
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }) + '\n',
  );
  process.exit(0);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const dir = mkdtempSync(join(tmpdir(), 'pc-bench-sweep-'));
const bundled = join(ROOT, 'dist/cli/index.js');
const cli = process.env.BENCH_CLI
  ? resolve(process.env.BENCH_CLI)
  : existsSync(bundled)
    ? bundled
    : join(ROOT, 'lib/cli/index.js');
const cliName = process.env.BENCH_CLI ?? (cli === bundled ? 'dist/cli/index.js' : 'lib/cli/index.js');
const policy = join(dir, 'allow.yml');
writeFileSync(policy, 'version: 1\ndefault: allow\n');
const timeV = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function timed(cmd, args) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, cwd: dir });
  return { wallMs: performance.now() - t0, r };
}

function runCli() {
  const rss = join(dir, 'rss.txt');
  const args = [
    cli,
    'scan',
    '--targets',
    HOST,
    '--ports',
    'all',
    '--connect-only',
    '--policy',
    policy,
    '-f',
    'json',
  ];
  const { wallMs, r } = timeV
    ? timed(timeV, ['-f', '%M', '-o', rss, process.execPath, ...args])
    : timed(process.execPath, args);
  if (r.status !== 0) throw new Error(`CLI sweep exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const open = report.verdicts.map((v) => v.port).sort((a, b) => a - b);
  const maxRssMB = timeV ? Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { wallMs, open, maxRssMB };
}

function runInProcess() {
  const { wallMs, r } = timed(process.execPath, [SELF, '--child']);
  if (r.status !== 0) throw new Error(`in-process sweep failed: ${r.stderr}`);
  return { wallMs, ...JSON.parse(r.stdout.trim().split('\n').pop()) };
}

let bound;
if (has('cc')) {
  bound = join(dir, 'connect-bound');
  const c = spawnSync('cc', ['-O2', '-pthread', '-o', bound, join(ROOT, 'bench/connect-bound.c')], {
    encoding: 'utf8',
  });
  if (c.status !== 0) {
    console.log(`  (cc failed: ${c.stderr.trim().split('\n')[0]})`);
    bound = undefined;
  }
}
function runBound() {
  const { wallMs, r } = timed(bound, [HOST, '1', '65535', '2', '500']);
  if (r.status !== 0) throw new Error(`connect-bound failed: ${r.stderr}`);
  const ms = Number(/^ms (\S+)/m.exec(r.stdout)[1]);
  const open = (/^open(.*)$/m.exec(r.stdout)[1] ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
  return { wallMs, scanMs: ms, open };
}

function runNmap(extra) {
  const { wallMs, r } = timed('nmap', ['-sT', '-p-', '-T5', ...extra, '-n', '-Pn', HOST, '-oG', '-']);
  if (r.status !== 0) throw new Error(`nmap failed: ${r.stderr}`);
  const open = [];
  for (const m of r.stdout.matchAll(/(\d+)\/open\/tcp/g)) open.push(Number(m[1]));
  return { wallMs, open: open.sort((a, b) => a - b) };
}

// Our own listeners, in a child process so that accepting costs the scanners nothing.
const listeners = spawn(
  process.execPath,
  [
    '-e',
    `const net = require('node:net'); const out = []; let n = 4;
     for (let i = 0; i < 4; i++) { const s = net.createServer((c) => { c.on('error', () => {}); c.destroy(); });
       s.listen({ host: '${HOST}', port: 0, backlog: 1024 }, () => { out.push(s.address().port); if (--n === 0) console.log(out.join(',')); }); }
     setTimeout(() => process.exit(0), 900000).unref();`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const ours = await new Promise((resolve, reject) => {
  listeners.stdout.once('data', (d) => resolve(String(d).trim().split(',').map(Number)));
  listeners.once('exit', (c) => reject(new Error(`listeners exited (${c})`)));
});

const nmap = has('nmap');
const results = { cli: [], inproc: [], bound: [], nmapT5: [], nmapFast: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    results.cli.push(runCli());
    results.inproc.push(runInProcess());
    if (bound) results.bound.push(runBound());
    if (nmap) {
      results.nmapT5.push(runNmap([]));
      results.nmapFast.push(runNmap(['--min-rate', '50000']));
    }
  }
} finally {
  listeners.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}

const found = (list) => list.every((r) => ours.every((p) => r.open.includes(p)));
const lists = Object.values(results)
  .flat()
  .map((r) => r.open.join(','));
const identical = lists.every((l) => l === lists[0]);
const fmt = (n) => (n === undefined ? '—' : `${Math.round(n).toLocaleString('en-US')} ms`);
const cliMs = median(results.cli.map((r) => r.wallMs));
const inMs = median(results.inproc.map((r) => r.scanMs));
const boundMs = bound ? median(results.bound.map((r) => r.scanMs)) : undefined;
const t5 = nmap ? median(results.nmapT5.map((r) => r.wallMs)) : undefined;
const fast = nmap ? median(results.nmapFast.map((r) => r.wallMs)) : undefined;
const cliRss = timeV ? Math.max(...results.cli.map((r) => r.maxRssMB)) : undefined;

console.log(
  `# sweep — all 65,535 TCP ports of ${HOST}, connect-only; median of ${RUNS} interleaved rounds; our listeners: ${ours.join(', ')}`,
);
const rows = [
  {
    what: `CLI scan --ports all --connect-only (${cliName}), start to exit`,
    figure: `${fmt(cliMs)}, peak RSS ${cliRss === undefined ? 'n/a (no /usr/bin/time)' : `${Math.round(cliRss)} MB`}`,
    peer: nmap ? `nmap -T5: ${fmt(t5)}` : 'nmap not installed',
    ratio: nmap ? `${(t5 / cliMs).toFixed(2)}x faster (target >= 2x)` : '',
  },
  {
    what: 'CLI, same sweep',
    figure: fmt(cliMs),
    peer: nmap ? `nmap -T5 --min-rate 50000: ${fmt(fast)}` : 'nmap not installed',
    ratio: nmap ? `${(fast / cliMs).toFixed(2)}x faster (target > 1x)` : '',
  },
  {
    what: 'in-process scan() of the same sweep',
    figure: `${fmt(inMs)}, peak RSS ${Math.round(Math.max(...results.inproc.map((r) => r.maxRssMB)))} MB`,
    peer: bound
      ? `C connect()+epoll bound, 2 threads x 500 in flight: ${fmt(boundMs)}`
      : 'connect() bound not measured: no C compiler (cc)',
    ratio: bound ? `${(inMs / boundMs).toFixed(2)}x of the bound (target <= 1.5x)` : '',
  },
];
for (const r of rows)
  console.log(`  ${r.what.padEnd(66)} ${r.figure.padEnd(30)} ${r.peer.padEnd(52)} ${r.ratio}`);
console.log(
  `  open ports: ours found by every scanner in every run: ${Object.values(results).every(found) ? 'yes' : 'NO'}; ` +
    `lists identical across scanners and runs: ${identical ? 'yes' : 'no (other listeners on this shared address came and went)'} — ` +
    `CLI ${results.cli[0].open.join(',')}${nmap ? `; nmap ${results.nmapT5[0].open.join(',')}` : ''}`,
);
if (process.env.BENCH_SUMMARY)
  for (const r of rows)
    appendFileSync(process.env.BENCH_SUMMARY, JSON.stringify({ bench: 'sweep', ...r }) + '\n');
