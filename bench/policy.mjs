// Policy evaluation benchmark: 100,000 findings × 500 rules (target: under 1 s).
// Run by `npm run bench` (bench/run.mjs) or on its own after `npm run build`:
//   node bench/policy.mjs
// Imports the compiled engine from lib/. Prints one figure per line.
import { performance } from 'node:perf_hooks';
import { evaluate, loadPolicyFromString } from '../lib/policy/index.js';

const FINDINGS = 100_000;
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

const text = policyText();
let t0 = performance.now();
const policy = await loadPolicyFromString(text, 'bench-policy.yml');
const loadMs = performance.now() - t0;
const rules = policy.scopes.reduce((n, s) => n + s.allow.length + s.deny.length, 0);
const list = findings();

// One warm-up run (JIT), then the best of three.
evaluate(list.slice(0, 1000), policy, { vantage: 'untrusted', now: new Date('2026-11-26T00:00:00Z') });
let best = Infinity;
let bestCpu = Infinity;
let ev;
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  const c0 = process.cpuUsage();
  ev = evaluate(list, policy, { vantage: 'untrusted', now: new Date('2026-11-26T00:00:00Z') });
  const cpu = process.cpuUsage(c0);
  best = Math.min(best, performance.now() - t0);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
}
const fmt = (n) => n.toLocaleString('en-US');
console.log(
  `policy load: ${rules} rules, ${policy.exceptions.length} exceptions, ${(text.length / 1024).toFixed(0)} KiB in ${loadMs.toFixed(1)} ms`,
);
console.log(
  `policy evaluate: ${fmt(FINDINGS)} findings × ${rules} rules in ${best.toFixed(0)} ms wall, ${bestCpu.toFixed(0)} ms CPU (best of 3; target < 1000 ms) — ${fmt(Math.round((FINDINGS / best) * 1000))} findings/s; ${fmt(ev.summary.violations)} fail, ${fmt(ev.summary.warnings)} warn, ${fmt(ev.summary.passed)} pass`,
);
