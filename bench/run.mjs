// `npm run bench`: the benchmarks in one run, each printing its own figures, then
// one table of every row side by side (figure, the peer measured in the same run, the ratio).
// Nothing is asserted. Each bench appends its rows as JSON lines to the file in BENCH_SUMMARY.
//   bench/startup.mjs      cold start: --help, validate, the action's load, against node -e 0
//   bench/sweep.mjs        65,535-port connect-only sweep: CLI, in-process, C bound, nmap
//   bench/policy.mjs       policy evaluation: 100,000 and 1,000,000 findings, naive peer
//   bench/fingerprint.mjs  identifying 10, 100, 1,000 open ports
//   bench/merge.mjs        merging 64 shard reports of 1,000,000 open ports in all (issue 16)
// BENCH_ONLY=sweep,policy runs some of them; bench/prober.mjs (DROP firewall, a /20) and
// bench/accuracy.mjs run on their own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ALL = ['startup', 'sweep', 'policy', 'fingerprint', 'merge'];
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const dir = mkdtempSync(join(tmpdir(), 'pc-bench-'));
const summary = join(dir, 'rows.jsonl');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `# npm run bench — node ${process.version}, ${availableParallelism()} cores, load average ${load()} at the start ` +
    `(other work on the machine skews every figure; the ratios compare runs made side by side), ${new Date().toISOString()}\n`,
);

let failed = false;
try {
  for (const name of ALL) {
    if (only && !only.includes(name)) continue;
    const path = fileURLToPath(new URL(`${name}.mjs`, import.meta.url));
    if (!existsSync(path)) continue;
    const r = spawnSync(process.execPath, [path], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_SUMMARY: summary },
    });
    if (r.status !== 0) {
      console.error(`bench/${name}.mjs exited with ${r.status ?? r.signal}`);
      failed = true;
    }
    console.log('');
  }
  const rows = existsSync(summary)
    ? readFileSync(summary, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const cols = ['bench', 'what', 'figure', 'peer', 'ratio'];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(width[i])).join(' | ')} |`;
  console.log(`# summary (load average at the end ${load()})`);
  console.log(line(cols));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
