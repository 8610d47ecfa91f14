// Policy evaluation benchmark: 100,000 findings × 500 rules (target: under 250 ms), and
// 1,000,000 findings to show the cost stays linear; each size in its own process, so that
// its peak RSS is its own. Beside them, the naive evaluation (every rule and host pattern
// tested against every finding) of 10,000 findings, as the peer the index is measured against.
// Each size: one evaluation in a fresh process (timed and printed on its own: the cost of one CLI
// run), then the median of BENCH_RUNS more (the steady cost, which the target is about).
// Run by `npm run bench` (bench/run.mjs) or on its own after `npm run build`:
//   node bench/policy.mjs
// Imports the compiled engine from lib/. Prints figures, asserts nothing. With BENCH_SUMMARY set
// to a file, appends its rows there as JSON lines for bench/run.mjs's table.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { evaluate, loadPolicyFromString } from '../lib/policy/index.js';

let FINDINGS = 100_000;
const TARGETS = 49; // 49 targets × 10 rules + 10 top-level rules = 500 rules
const SERVICES = ['ssh', 'http', 'https', 'redis', 'postgresql', 'mysql', 'smtp', 'dns', 'rdp', 'vnc'];

// A deterministic generator, so every run judges the same inputs.
let seed = 42;
const rand = (n) => {
  // xorshift32: every bit is usable (an LCG's low bits repeat with a short period).
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

function policyText() {
  const lines = ['version: 1', 'default: deny', 'unverified: warn', 'allow:'];
  for (let i = 0; i < 5; i++) lines.push(`  - { port: ${8000 + i}, protocol: tcp }`);
  lines.push('deny:');
  for (let i = 0; i < 5; i++) lines.push(`  - { port: ${23 + i * 1000}, reason: "legacy service ${i}" }`);
  lines.push('remote_access:', '  require: { vpn: true, mfa: true }', 'targets:');
  for (let t = 0; t < TARGETS; t++) {
    lines.push(`  - name: t${t}`, `    hosts: ["10.${t}.0.0/16", "*.t${t}.example.com"]`, '    allow:');
    for (let r = 0; r < 7; r++) {
      const port = 1000 + t * 20 + r;
      lines.push(
        r % 3 === 0
          ? `      - { port: ${port}, service: https, require: { tls: ">=1.2" } }`
          : r % 3 === 1
            ? `      - { ports: [${port}, "${port + 100}-${port + 110}"], protocol: tcp }`
            : `      - { service: ${SERVICES[r]}, port: ${port} }`,
      );
    }
    lines.push('    deny:');
    for (let r = 0; r < 3; r++)
      lines.push(`      - { port: ${40000 + t * 3 + r}, reason: "closed by t${t}" }`);
  }
  lines.push('exceptions:');
  for (let e = 0; e < 20; e++)
    lines.push(
      `  - match: { host: "10.${e}.0.0/16", port: ${40000 + e * 3} }`,
      '    reason: "benchmark exception"',
      '    approved_by: "@bench"',
      '    expires: never',
    );
  return lines.join('\n') + '\n';
}

function findings() {
  const out = [];
  for (let i = 0; i < FINDINGS; i++) {
    const t = rand(TARGETS + 5);
    const service = SERVICES[rand(SERVICES.length)];
    const pick = rand(10);
    const port =
      pick < 4
        ? 1000 + t * 20 + rand(7)
        : pick < 6
          ? 40000 + t * 3 + rand(3)
          : pick < 8
            ? 1 + rand(65535)
            : [22, 80, 443, 6379][rand(4)];
    out.push({
      host: `10.${t}.${rand(256)}.${rand(256)}`,
      port,
      protocol: 'tcp',
      state: 'open',
      reason: 'connected',
      tries: 1,
      service: { name: service, confidence: 'high' },
      risk: [],
      evidence:
        service === 'https'
          ? { 'tls.version': rand(2) ? '1.3' : '1.1' }
          : service === 'ssh'
            ? { 'ssh.auth_methods': ['publickey'] }
            : {},
    });
  }
  return out;
}

const NOW = new Date('2026-11-26T00:00:00Z');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- child mode: one size, `runs` evaluations after a warm-up, figures as JSON -------------------
if (process.argv[2] === '--child') {
  const { size, runs, lookup } = JSON.parse(process.argv[3]);
  FINDINGS = size;
  const text = policyText();
  const t0 = performance.now();
  const policy = await loadPolicyFromString(text, 'bench-policy.yml');
  const loadMs = performance.now() - t0;
  const rules = policy.scopes.reduce((n, s) => n + s.allow.length + s.deny.length, 0);
  const list = findings();
  // The first evaluation in a fresh process (what one CLI run pays: the engine's code is compiled
  // and the heap grows to the verdicts' size as it goes), timed on its own; it is also the
  // warm-up of the measured runs, which then show the steady cost of an evaluation.
  const f0 = performance.now();
  let ev = evaluate(list, policy, { vantage: 'untrusted', now: NOW }, lookup);
  const firstMs = performance.now() - f0;
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    ev = evaluate(list, policy, { vantage: 'untrusted', now: NOW }, lookup);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - w0);
    cpu.push((c.user + c.system) / 1000);
  }
  process.stdout.write(
    JSON.stringify({
      rules,
      exceptions: policy.exceptions.length,
      kib: text.length / 1024,
      loadMs,
      firstMs,
      wall,
      cpu,
      summary: ev.summary,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }) + '\n',
  );
  process.exit(0);
}

function child(size, runs, lookup = 'indexed') {
  const r = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=4096',
      fileURLToPath(import.meta.url),
      '--child',
      JSON.stringify({ size, runs, lookup }),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) throw new Error(`policy bench child (${size}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const small = child(100_000, RUNS);
const large = child(1_000_000, RUNS);
const naive = child(10_000, RUNS, 'naive');
const indexedSmall = child(10_000, RUNS);
const m100k = median(small.wall);
const m1m = median(large.wall);
// Ratios on CPU time: on a machine busy with other work, wall time is mostly waiting for a core.
const c100k = median(small.cpu);
const c1m = median(large.cpu);
const perFinding = (r, n) => (median(r.cpu) * 1e6) / n; // ns of CPU per finding
const growth = perFinding(large, 1_000_000) / perFinding(small, 100_000);
const speedup = median(naive.cpu) / median(indexedSmall.cpu);
console.log(
  `# policy benchmark — ${small.rules} rules, ${small.exceptions} exceptions, ${small.kib.toFixed(0)} KiB policy (loaded in ${small.loadMs.toFixed(0)} ms); median of ${RUNS} runs each, one process per size`,
);
console.log(
  `  100,000 findings:   ${fmt(m100k)} ms wall, ${fmt(median(small.cpu))} ms CPU (target < 250 ms), peak RSS ${fmt(small.maxRssMB)} MB — ` +
    `${fmt(small.summary.violations)} fail, ${fmt(small.summary.warnings)} warn, ${fmt(small.summary.passed)} pass; ` +
    `the first evaluation in a fresh process (code compiled, heap grown): ${fmt(small.firstMs)} ms`,
);
console.log(
  `  1,000,000 findings: ${fmt(m1m)} ms wall, ${fmt(median(large.cpu))} ms CPU, peak RSS ${fmt(large.maxRssMB)} MB — ` +
    `${(c1m / c100k).toFixed(2)}x the CPU time of 100,000 for 10x the findings (per finding: ${growth.toFixed(2)}x; 1.00 = linear)`,
);
console.log(
  `  10,000 findings, indexed ${fmt(median(indexedSmall.cpu))} ms CPU vs naive (every rule, every host pattern) ${fmt(median(naive.cpu))} ms CPU: index ${speedup.toFixed(1)}x faster`,
);
if (process.env.BENCH_SUMMARY) {
  const rows = [
    {
      bench: 'policy',
      what: `evaluate 100,000 findings x ${small.rules} rules`,
      figure: `${fmt(m100k)} ms wall, ${fmt(c100k)} ms CPU, peak RSS ${fmt(small.maxRssMB)} MB (first in a fresh process: ${fmt(small.firstMs)} ms)`,
      peer: 'target 250 ms',
      ratio: `${(m100k / 250).toFixed(2)}x (wall), ${(c100k / 250).toFixed(2)}x (CPU) of target`,
    },
    {
      bench: 'policy',
      what: 'evaluate 1,000,000 findings',
      figure: `${fmt(m1m)} ms wall, ${fmt(c1m)} ms CPU, peak RSS ${fmt(large.maxRssMB)} MB`,
      peer: `10x the findings of 100,000 (${fmt(c100k)} ms CPU)`,
      ratio: `${(c1m / c100k).toFixed(2)}x CPU (per finding ${growth.toFixed(2)}x)`,
    },
    {
      bench: 'policy',
      what: 'evaluate 10,000 findings, indexed',
      figure: `${fmt(median(indexedSmall.cpu))} ms CPU`,
      peer: `naive: ${fmt(median(naive.cpu))} ms CPU`,
      ratio: `${speedup.toFixed(1)}x faster`,
    },
  ];
  for (const r of rows) appendFileSync(process.env.BENCH_SUMMARY, JSON.stringify(r) + '\n');
}
