import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureBuilt } from '../helpers/cli.js';
import { createNamespace, namespaceSkipReason, type Namespace } from '../prober/netns.js';

/**
 * The scan sees what the environment opened on the runner, not only its targets (issue 12,
 * case 9). The CLI runs inside a network namespace of the test's own, so the kernel's listener
 * table holds only what this test starts: a `start` command that listens on [::1] while the
 * targets are 127.0.0.1, on the wildcard, and on the namespace's other address.
 */

const skip = namespaceSkipReason();
if (skip) console.log(`listener-table tests skipped: ${skip}`);
const d = skip ? describe.skip : describe;

// Ports inside the namespace: nothing else listens there.
const WEB = 18080; // 127.0.0.1, allowed, waited for
const HIDDEN = 16379; // [::1], the case of the issue
const WILD = 19000; // 0.0.0.0, answers on 127.0.0.1 too
const OTHER = 12222; // the namespace's other address: outside the targets
const OTHER_UDP = 15353; // same, UDP

interface Report {
  result: string;
  ports: { host: string; port: number; protocol: string; reason: string; origin?: string }[];
  verdicts: { host: string; port: number; protocol: string; outcome: string }[];
  scan: { listeners?: { new: number; probed: string[]; tableOnly: string[] } };
  notices: string[];
}

function runInNamespace(
  ns: Namespace,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('ip', ['netns', 'exec', ns.name, process.execPath, BIN, ...args], {
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`portcullis did not finish in time\n${stdout}\n${stderr}`));
    }, 90_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

d('listeners from the kernel table (CLI in a network namespace of its own)', () => {
  let ns: Namespace;
  let dir: string;
  let script: string;
  let touched: string;
  let policy: string;

  beforeAll(() => {
    ensureBuilt();
    ns = createNamespace('lst');
    dir = mkdtempSync(join(tmpdir(), 'portcullis-listeners-'));
    touched = join(dir, 'touched.txt');
    script = join(dir, 'environment.cjs');
    // The environment: listeners on several addresses. Any connection or datagram that reaches
    // the one outside the targets is written down (it must stay empty: never probed).
    writeFileSync(
      script,
      `
const net = require('node:net');
const dgram = require('node:dgram');
const fs = require('node:fs');
const touched = ${JSON.stringify(touched)};
const tcp = [['127.0.0.1', ${WEB}], ['::1', ${HIDDEN}], ['0.0.0.0', ${WILD}], [${JSON.stringify(ns.v4)}, ${OTHER}]];
for (const [host, port] of tcp) {
  net.createServer((s) => {
    s.on('error', () => {});
    if (port === ${OTHER}) fs.appendFileSync(touched, 'tcp\\n');
    s.end('HTTP/1.1 200 OK\\r\\ncontent-length: 0\\r\\n\\r\\n');
  }).listen(port, host);
}
const u = dgram.createSocket('udp4');
u.on('message', () => fs.appendFileSync(touched, 'udp\\n'));
u.bind(${OTHER_UDP}, ${JSON.stringify(ns.v4)});
setTimeout(() => process.exit(0), 60000);
`,
    );
    policy = join(dir, 'policy.yml');
    writeFileSync(
      policy,
      [
        'version: 1',
        'default: deny',
        'targets:',
        '  - name: web',
        '    hosts: ["127.0.0.1"]',
        '    allow:',
        `      - { port: ${WEB}, protocol: tcp }`,
        '',
      ].join('\n'),
    );
  });
  afterAll(() => {
    ns?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const scan = (json: string, extra: string[] = []) =>
    runInNamespace(ns, [
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      `${WEB}`,
      '--policy',
      policy,
      '--start',
      `${process.execPath} ${script}`,
      '--wait-for',
      `127.0.0.1:${WEB},127.0.0.1:${WILD},[::1]:${HIDDEN}`,
      '--json',
      json,
      ...extra,
    ]);

  it('probes [::1] and the wildcard beside targets 127.0.0.1, and judges the listener on another address from the table alone', async () => {
    const json = join(dir, 'report.json');
    const r = await scan(json);
    expect([r.code, r.stderr]).toEqual([1, expect.any(String)]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    const port = (host: string, p: number, protocol = 'tcp') =>
      report.ports.find((x) => x.host === host && x.port === p && x.protocol === protocol);
    const outcome = (host: string, p: number, protocol = 'tcp') =>
      report.verdicts.find((v) => v.host === host && v.port === p && v.protocol === protocol)?.outcome;

    // Probed like the rest, and marked as coming from the table.
    expect(port('::1', HIDDEN)).toMatchObject({ reason: 'connected', origin: 'listener-table' });
    expect(outcome('::1', HIDDEN)).toBe('fail');
    expect(port('127.0.0.1', WILD)).toMatchObject({ reason: 'connected', origin: 'listener-table' });
    expect(outcome('127.0.0.1', WILD)).toBe('fail');
    // The targets' own port: probed as always, allowed.
    expect(port('127.0.0.1', WEB)?.origin).toBeUndefined();
    expect(outcome('127.0.0.1', WEB)).toBe('pass');
    // Outside the targets: from the table alone, never probed.
    expect(port(ns.v4, OTHER)).toMatchObject({ reason: 'listening', origin: 'listener-table' });
    expect(port(ns.v4, OTHER_UDP, 'udp')).toMatchObject({ reason: 'listening', origin: 'listener-table' });
    expect(outcome(ns.v4, OTHER)).toBe('fail');
    expect(existsSync(touched)).toBe(false);

    expect(report.scan.listeners).toEqual({
      new: 5,
      probed: [`127.0.0.1:${WILD}/tcp`, `[::1]:${HIDDEN}/tcp`],
      tableOnly: [`${ns.v4}:${OTHER}/tcp`, `${ns.v4}:${OTHER_UDP}/udp`],
    });
    expect(report.notices.join('\n')).toContain(
      `judged from the kernel's listener table alone (service guessed from the port number), never probed: ${ns.v4}:${OTHER}/tcp (outside the targets)`,
    );
    expect(r.stdout).toContain('(listener table, not probed)');
  });

  it('--no-listeners turns it off: only the targets are seen', async () => {
    const json = join(dir, 'off.json');
    const r = await scan(json, ['--no-listeners']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report.ports.map((p) => `${p.host}:${p.port}`)).toEqual([`127.0.0.1:${WEB}`]);
    expect(report.scan.listeners).toBeUndefined();
  });
});
