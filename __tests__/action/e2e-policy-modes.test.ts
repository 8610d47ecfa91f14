import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { FakeGitHub } from './helpers/github-server.js';
import { NO_LISTENER_TABLE } from './helpers/scenario.js';
import {
  distMissing,
  makeWorkspace,
  parseFileCommands,
  ROOT,
  runMain,
  type Workspace,
} from './helpers/runner.js';

/**
 * End to end: the committed dist/ bundle, run as the runner runs it, doing in CI what the docs
 * ask of the CLI with nothing to install (issue 13): `mode: validate` and `mode: test` on policy
 * files in the workspace, and `write-baseline` on a scan of a listener this test starts.
 */

const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

const lines = (...l: string[]) => l.join('\n') + '\n';

/** Line numbers matter: the annotations cite them. */
const GOOD = lines(
  'version: 1', //                                         1
  'default: deny', //                                      2
  'targets:', //                                           3
  '  - name: web', //                                      4
  '    hosts: ["10.20.0.0/24"]', //                        5
  '    allow:', //                                         6
  '      - { id: web-https, port: 443, service: https }', // 7
);
const BAD = lines(
  'version: 1', //                                         1
  'default: deny', //                                      2
  'targets:', //                                           3
  '  - name: web', //                                      4
  '    hosts: ["10.20.0.0/33"]', //                        5
  '    allow:', //                                         6
  '      - { port: 443, service: htps }', //               7
);

d('the action validates, tests and records a baseline (end to end)', () => {
  const github = new FakeGitHub();
  const workspaces: Workspace[] = [];
  let server: Server;
  let port: number;

  const workspace = (): Workspace => {
    const ws = makeWorkspace({}, 'portcullis-e2e-modes-');
    workspaces.push(ws);
    mkdirSync(join(ws.dir, '.github', 'portcullis-tests'), { recursive: true });
    writeFileSync(join(ws.dir, '.github', 'portcullis.yml'), GOOD);
    return ws;
  };
  const run = (ws: Workspace, inputs: Record<string, string>) =>
    runMain({ ws, apiUrl: github.url, eventName: 'push', inputs: { ...NO_LISTENER_TABLE, ...inputs } });

  beforeAll(async () => {
    await github.start();
    server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.end('hello from the e2e listener\r\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    port = typeof addr === 'object' && addr ? addr.port : 0;
  });
  afterAll(async () => {
    server.close();
    await github.stop();
    for (const ws of workspaces) rmSync(ws.dir, { recursive: true, force: true });
  });

  test('mode: validate passes a good policy, scanning nothing and calling no API', async () => {
    const ws = workspace();
    const main = await run(ws, { mode: 'validate' });
    const log = main.stdout + main.stderr;
    expect(main.code).toBe(0);
    expect(log).toContain('ok .github/portcullis.yml: 1 rule, 1 target, 0 exceptions, default deny');
    expect(log).not.toMatch(/::error/);
    expect(parseFileCommands(ws.output).result).toBe('pass');
    expect(readFileSync(ws.summary, 'utf8')).toContain('✅ Portcullis — .github/portcullis.yml is valid');
    expect(github.calls).toEqual([]);
  });

  test('mode: validate annotates every problem of every file at its file:line and fails the step', async () => {
    const ws = workspace();
    writeFileSync(join(ws.dir, '.github', 'bad.yml'), BAD);
    const main = await run(ws, { mode: 'validate', policy: '.github/portcullis.yml\n.github/bad.yml' });
    const log = main.stdout + main.stderr;
    expect(main.code).toBe(1);
    expect(log).toContain('ok .github/portcullis.yml:');
    expect(log).toMatch(
      /::error title=Portcullis policy error,file=\.github\/bad\.yml,line=5,col=\d+::targets\[0\]\.hosts\[0\]: "10\.20\.0\.0\/33" is not a valid CIDR block/,
    );
    expect(log).toMatch(
      /::error title=Portcullis policy error,file=\.github\/bad\.yml,line=7,col=\d+::targets\[0\]\.allow\[0\]\.service: "htps" is not a service Portcullis knows; did you mean "https"\?/,
    );
    expect(log).toMatch(/::error::Portcullis: 2 problems in the policy/);
    expect(parseFileCommands(ws.output).result).toBe('fail');
    expect(readFileSync(ws.summary, 'utf8')).toContain('❌ Portcullis — 2 problems in');
  });

  test('mode: test runs the policy tests like `portcullis test`, and a failing case fails the step at its line', async () => {
    const ws = workspace();
    const testFile = join(ws.dir, '.github', 'portcullis-tests', 'web.test.yml');
    writeFileSync(
      testFile,
      lines(
        'policy: ../portcullis.yml', //                                                 1
        'now: 2026-11-26', //                                                           2
        'tests:', //                                                                    3
        '  - name: https on 443 passes', //                                             4
        '    findings: [{ host: 10.20.0.5, port: 443, service: https }]', //            5
        '    expect: { result: pass, verdicts: [{ port: 443, outcome: pass, rule: web-https }] }', // 6
        '  - name: redis fails', //                                                     7
        '    findings: [{ host: 10.20.0.5, port: 6379, service: redis }]', //           8
        '    expect: { result: fail }', //                                              9
      ),
    );
    const pass = await run(ws, { mode: 'test' });
    const passLog = pass.stdout + pass.stderr;
    expect(pass.code).toBe(0);
    expect(passLog).toContain('pass .github/portcullis-tests/web.test.yml:4 https on 443 passes');
    expect(passLog).toContain('2 passed, 0 failed (1 file)');
    expect(parseFileCommands(ws.output).result).toBe('pass');

    // The same file, now expecting what the policy does not do.
    writeFileSync(
      testFile,
      readFileSync(testFile, 'utf8').replace('expect: { result: fail }', 'expect: { result: pass }'),
    );
    const fail = await run(ws, { mode: 'test', tests: '.github/portcullis-tests/web.test.yml' });
    const failLog = fail.stdout + fail.stderr;
    expect(fail.code).toBe(1);
    expect(failLog).toContain('FAIL .github/portcullis-tests/web.test.yml:7 redis fails');
    expect(failLog).toMatch(
      /::error title=Portcullis policy test failed,file=\.github\/portcullis-tests\/web\.test\.yml,line=7::redis fails: /,
    );
    expect(failLog).toMatch(/::error::Portcullis: 1 passed, 1 failed \(1 file\)/);
  });

  test('mode: test with no test files fails naming the input', async () => {
    const ws = workspace();
    const main = await run(ws, { mode: 'test' });
    expect(main.code).toBe(1);
    expect(main.stdout + main.stderr).toContain(
      'input tests: no policy test files (*.test.yml) under .github/portcullis-tests',
    );
  });

  test('write-baseline records the scan, says `wrote N entries to FILE`, and gates only with fail-on', async () => {
    const ws = workspace();
    // Nothing allows this port: a violation.
    const inputs = { targets: '127.0.0.1', ports: String(port), 'write-baseline': 'out/baseline.json' };
    const file = join(ws.dir, 'out', 'baseline.json');
    const record = await run(ws, inputs);
    const log = record.stdout + record.stderr;
    expect(log).toContain(`wrote 1 entry to ${file}`);
    expect(record.code).toBe(0);
    expect(parseFileCommands(ws.output)).toMatchObject({ result: 'pass', violations: '0' });
    const baseline = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      entries: { port: number; outcome: string }[];
    };
    expect(baseline.version).toBe(1);
    expect(baseline.entries).toEqual([expect.objectContaining({ port, outcome: 'fail' })]);
    const report = JSON.parse(readFileSync(parseFileCommands(ws.output)['report-json'], 'utf8')) as {
      policy: { failOn?: string; failOnFrom?: string };
      tool: { name: string; version: string };
    };
    expect(report.policy).toMatchObject({
      failOn: 'never',
      failOnFrom: 'input write-baseline without fail-on',
    });
    // The one version number reaches the ncc bundle too.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(report.tool).toEqual({ name: 'portcullis', version: pkg.version });

    // Asked to gate as well: the baseline is still written, and the violation fails the step.
    rmSync(file);
    const gate = await run(ws, { ...inputs, 'fail-on': 'any' });
    expect(gate.stdout + gate.stderr).toContain(`wrote 1 entry to ${file}`);
    expect(gate.code).toBe(1);
    expect(existsSync(file)).toBe(true);
    expect(parseFileCommands(ws.output).result).toBe('fail');
  });
});
