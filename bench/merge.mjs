// Merge benchmark (`npm run bench`): 64 shard reports holding 1,000,000 open-port findings in
// all (1,000 addresses x 1,000 ports, dealt out as `scan --shard K/64` deals them), written to a
// temp dir, then `portcullis merge`'s engine (mergeReports: read one report at a time, fold,
// judge once, build the report) timed in a fresh process, then the JSON report written as the
// CLI and the action write it (piece by piece to a file), with the peak RSS. Prints figures,
// asserts nothing. BENCH_MERGE_FINDINGS changes the total (default 1,000,000).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIB = new URL('../lib/', import.meta.url);
const SELF = fileURLToPath(import.meta.url);
const SHARDS = 64;

if (process.argv[2] === '--child') {
  const { files, policy } = JSON.parse(process.argv[3]);
  const { mergeReports } = await import(new URL('session/merge.js', LIB));
  const started = performance.now();
  const report = await mergeReports({ reports: files, policyFile: policy });
  const ms = performance.now() - started;
  const afterMergeRssKb = process.resourceUsage().maxRSS;
  const jsonStarted = performance.now();
  // As `portcullis merge --json FILE` and the action write it: piece by piece to the file
  // (the whole report is longer than V8's longest string, ~512 MB).
  const { writeReportFiles } = await import(new URL('session/files.js', LIB));
  const out = join(dirname(files[0]), 'merged.json');
  const unwritten = await writeReportFiles(report, { json: out }, {}, { warn: (m) => console.error(m) });
  const bytes = unwritten.length ? -1 : statSync(out).size;
  const jsonMs = performance.now() - jsonStarted;
  console.log(
    JSON.stringify({
      ms,
      jsonMs,
      bytes,
      open: report.ports.length,
      verdicts: report.verdicts.length,
      fails: report.summary.violations,
      afterMergeRssKb,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
  process.exit(0);
}

const total = Number(process.env.BENCH_MERGE_FINDINGS ?? 1_000_000);
const portsPerHost = 1000;
const hosts = Math.ceil(total / portsPerHost);
const dir = mkdtempSync(join(tmpdir(), 'portcullis-bench-merge-'));
try {
  const policy = join(dir, 'policy.yml');
  writeFileSync(
    policy,
    'version: 1\ndefault: deny\nallow:\n  - { ports: ["1-22", "24-500"], protocol: tcp }\ndeny:\n  - { port: 23, reason: telnet }\n',
  );
  const address = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const genStarted = performance.now();
  const files = [];
  let bytes = 0;
  for (let k = 1; k <= SHARDS; k++) {
    const ports = [];
    // Task i (host-major, as probeTasks numbers them) belongs to shard (i mod 64) + 1.
    for (let i = k - 1; i < hosts * portsPerHost; i += SHARDS) {
      const h = Math.floor(i / portsPerHost);
      const port = (i % portsPerHost) + 1;
      ports.push({
        host: address(h),
        port,
        protocol: 'tcp',
        state: 'open',
        reason: 'connected',
        rttMs: 0.3,
        tries: 1,
        risk: [],
        evidence: {},
      });
    }
    const report = {
      version: 1,
      result: 'fail',
      partial: false,
      startedAt: new Date(Date.UTC(2026, 10, 30, 6, 0, k)).toISOString(),
      durationMs: 60_000,
      policy: { file: policy },
      scan: {
        targets: [`10.0.0.0/${32 - Math.max(0, Math.ceil(Math.log2(hosts)))}`],
        ports: `1-${portsPerHost}`,
        vantage: 'untrusted',
        counts: { probed: ports.length, open: ports.length, closed: 0, filtered: 0, openFiltered: 0 },
        shard: { index: k, count: SHARDS },
        digest: 'sha256:' + 'c'.repeat(64),
      },
      ports,
      verdicts: [],
      summary: { violations: 0, warnings: 0, passed: 0 },
      notices: [],
    };
    const text = JSON.stringify(report);
    bytes += text.length;
    const file = join(dir, `shard-${k}.json`);
    writeFileSync(file, text);
    files.push(file);
  }
  const genMs = performance.now() - genStarted;
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', SELF, '--child', JSON.stringify({ files, policy })],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const m = JSON.parse(r.stdout.trim().split('\n').pop());
  const mb = (n) => (n / 1024 / 1024).toFixed(0);
  console.log('\nmerge: 64 shard reports -> one report judged once (bench/merge.mjs)');
  console.log(
    `  input:  ${SHARDS} reports, ${(hosts * portsPerHost).toLocaleString('en-US')} open-port findings, ${mb(bytes)} MB of JSON (generated in ${(genMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  merge:  ${(m.ms / 1000).toFixed(1)} s (read, fold, judge ${m.verdicts.toLocaleString('en-US')} verdicts, ${m.fails.toLocaleString('en-US')} violations, build) · JSON report written ${m.bytes < 0 ? 'NOT written' : `${mb(m.bytes)} MB`} in ${(m.jsonMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  memory: peak RSS ${mb(m.afterMergeRssKb * 1024)} MB through the merge, ${mb(m.maxRssKb * 1024)} MB with the JSON report written`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
