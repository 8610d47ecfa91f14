import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../helpers/cli.js';

/** A real TCP listener on 127.0.0.1, on a port the kernel picks: the test's own. */
function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      // Probes hang up abruptly; that is their right, not an error of the test.
      socket.on('error', () => undefined);
      socket.end('hello from the test listener\r\n');
    });
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, port: typeof addr === 'object' && addr ? addr.port : 0 });
    });
  });
}

/** A port that had a listener a moment ago and has none now: closed, and ours. */
async function freePort(): Promise<number> {
  const { server, port } = await listen();
  await new Promise((r) => server.close(r));
  return port;
}

describe('portcullis scan (CLI, end to end on loopback)', () => {
  let dir: string;
  let open: { server: Server; port: number };
  let closed: number;

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-cli-'));
    open = await listen();
    closed = await freePort();
  });
  afterAll(async () => {
    open.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the listener open and the empty port closed in the JSON report', async () => {
    const policy = join(dir, 'allow.yml');
    await writeFile(
      policy,
      `version: 1\ndefault: deny\ntargets:\n  - name: local\n    hosts: ["127.0.0.1"]\n    allow:\n      - { port: ${open.port}, protocol: tcp }\n`,
    );
    const json = join(dir, 'allow.json');
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      `${open.port},${closed}`,
      '--policy',
      policy,
      '--json',
      json,
      '--list-all',
      '--no-fingerprint',
    ]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.result).toBe('pass');
    expect(report.partial).toBe(false);
    expect(report.ports).toEqual([
      expect.objectContaining({ host: '127.0.0.1', port: open.port, protocol: 'tcp', state: 'open' }),
    ]);
    expect(report.otherPorts).toEqual([
      expect.objectContaining({
        host: '127.0.0.1',
        port: closed,
        protocol: 'tcp',
        state: 'closed',
        reason: 'refused',
      }),
    ]);
    expect(report.scan.counts).toEqual(expect.objectContaining({ probed: 2, open: 1, closed: 1 }));
  });

  it('exits 1 and names the port, the rule and its line when the policy forbids the open port', async () => {
    const policy = join(dir, 'deny.yml');
    // The deny rule is on line 7.
    await writeFile(
      policy,
      [
        'version: 1',
        'default: allow',
        'targets:',
        '  - name: local',
        '    hosts: ["127.0.0.1"]',
        '    deny:',
        `      - { port: ${open.port}, reason: "no debug listeners on loopback" }`,
        '',
      ].join('\n'),
    );
    const json = join(dir, 'deny.json');
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      String(open.port),
      '--policy',
      policy,
      '--json',
      json,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`127.0.0.1:${open.port}/tcp`);
    expect(r.stdout).toContain(`${policy}:7`);
    expect(r.stdout).toMatch(/FAIL/);
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.result).toBe('fail');
    const verdict = report.verdicts.find((v: { port: number }) => v.port === open.port);
    expect(verdict).toEqual(expect.objectContaining({ outcome: 'fail', host: '127.0.0.1' }));
    expect(verdict.rule).toEqual(expect.objectContaining({ file: policy, line: 7 }));
    expect(verdict.message).toContain('no debug listeners on loopback');
  });

  it('exits 2 with file:line:column for YAML that does not parse', async () => {
    const policy = join(dir, 'broken.yml');
    await writeFile(policy, 'version: 1\ndefault: deny\ntargets:\n  - name: [unclosed\n');
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      String(open.port),
      '--policy',
      policy,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${policy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`));
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming an empty policy file as empty', async () => {
    const policy = join(dir, 'empty.yml');
    await writeFile(policy, '# nothing yet\n');
    const r = await runCli(['scan', '--targets', '127.0.0.1', '--ports', String(closed), '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${policy}:1:1: the policy file is empty`);
    expect(r.stderr).not.toContain('null');
    expect(r.stdout).toBe('');
  });

  it('exits 2 with file:line:column for YAML that breaks the schema', async () => {
    const policy = join(dir, 'schema.yml');
    await writeFile(
      policy,
      'version: 1\ndefault: deny\ntargets:\n  - name: local\n    allow:\n      - { port: 70000 }\n',
    );
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      String(open.port),
      '--policy',
      policy,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${policy}:6:`);
    expect(r.stderr).toContain('70000');
  });

  it('exits 2 naming the flag and the token for a bad port expression', async () => {
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      '22,nonsense-port',
      '--policy',
      'examples/demo/portcullis.yml',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ports');
    expect(r.stderr).toContain('nonsense-port');
  });

  it('exits 2 for an open-ended port range, showing the full form (the policy grammar refuses it too)', async () => {
    for (const [ports, message] of [
      ['80-', '--ports: "80-" is not a range: write 80-65535'],
      ['22,-1024', '--ports: "-1024" is not a range: write 1-1024'],
    ]) {
      const r = await runCli([
        'scan',
        '--targets',
        '127.0.0.1',
        '--ports',
        ports,
        '--policy',
        'examples/demo/portcullis.yml',
      ]);
      expect([ports, r.code]).toEqual([ports, 2]);
      expect(r.stderr).toContain(message);
    }
  });

  it('exits 2 naming the flag for a bad numeric option', async () => {
    const r = await runCli(['scan', '--targets', '127.0.0.1', '--concurrency', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency');
  });

  it('prints usage for --help and exits 0', async () => {
    const r = await runCli(['scan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--targets');
    expect(r.stdout).toContain('--policy');
    expect(r.stdout).toContain('--json');
  });
});
