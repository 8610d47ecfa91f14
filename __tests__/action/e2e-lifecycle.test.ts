import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { FakeGitHub } from './helpers/github-server.js';
import { FIXTURE, NO_LISTENER_TABLE, prEvent, startCommand, writePolicy } from './helpers/scenario.js';
import {
  alive,
  distMissing,
  freePort,
  makeWorkspace,
  parseFileCommands,
  pidsIn,
  runMain,
  runPost,
  waitUntil,
  type Workspace,
} from './helpers/runner.js';

/** The lifecycle in the action: whatever happens to main, post tears the environment down. */

const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

d('the action lifecycle', () => {
  const github = new FakeGitHub();
  const workspaces: Workspace[] = [];
  let pidFile = '';

  async function workspace() {
    if (!github.url) await github.start();
    const ws = makeWorkspace(prEvent());
    workspaces.push(ws);
    pidFile = join(ws.dir, 'pids.txt');
    return ws;
  }

  afterEach(() => {
    for (const pid of pidsIn(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });
  afterAll(async () => {
    await github.stop();
    for (const w of workspaces) rmSync(w.dir, { recursive: true, force: true });
  });

  test('a cancelled job (SIGTERM to main while it waits): post still stops every started process and runs stop', async () => {
    const ws = await workspace();
    const [web, helper, never] = [await freePort(), await freePort(), await freePort()];
    writePolicy(ws, web);
    const stopMarker = join(ws.dir, 'stopped.txt');
    const inputs = {
      targets: '127.0.0.1',
      // Other test files' listeners appear in this namespace's table while they run.
      ...NO_LISTENER_TABLE,
      ports: `${web}`,
      start: startCommand(pidFile, [`http:${web}`, `helper:${helper}`]),
      // Nothing ever listens on `never`: main waits until it is cancelled.
      'wait-for': `127.0.0.1:${web},127.0.0.1:${never}`,
      'wait-timeout': '5m',
      stop: `echo stopped > ${stopMarker}`,
      'github-token': 'ghs',
    };
    let mainPid = 0;
    const mainRun = runMain({ ws, apiUrl: github.url, inputs, onSpawn: (pid) => (mainPid = pid) });
    // Cancel once the environment is up (both processes wrote their PIDs, and main saved the group id).
    expect(
      await waitUntil(
        () => pidsIn(pidFile).length === 2 && !!parseFileCommands(ws.state)['start-pid'],
        20_000,
      ),
    ).toBe(true);
    const pids = pidsIn(pidFile);
    process.kill(mainPid, 'SIGTERM');
    const main = await mainRun;
    expect(main.code).not.toBe(0);
    expect(main.stdout).toMatch(/SIGTERM: the job is being cancelled/);
    expect(pids.every(alive)).toBe(true); // main does not tear down: post does

    const post = await runPost({ ws, apiUrl: github.url, inputs });
    expect(post.code).toBe(0);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
    expect(readFileSync(stopMarker, 'utf8').trim()).toBe('stopped');
    expect(post.stdout).toMatch(/::group::stop/);
  });

  test('start, stop and compose run without the inputs, the token, the runner command files or its tokens', async () => {
    const ws = await workspace();
    const web = await freePort();
    writePolicy(ws, web);
    const token = 'ghs_scrubTokenValue0123456789';
    const password = 'ssh-test-password-4242';
    // What each command was handed: /proc/$$/environ is the shell's environment as exec'd,
    // hyphenated names included (dash drops those from what it passes on; bash does not),
    // and `bash -c env` is what a bash script would see.
    const dump = (name: string, pid = '$$') =>
      `tr '\\000' '\\n' < /proc/${pid}/environ > ${join(ws.dir, `${name}-environ.txt`)}; ` +
      `bash -c env > ${join(ws.dir, `${name}-bash.txt`)}`;
    copyFileSync(
      fileURLToPath(new URL('../lifecycle/fixtures/docker-shim.sh', import.meta.url)),
      join(ws.dir, 'docker'),
    );
    chmodSync(join(ws.dir, 'docker'), 0o755);
    const psFile = join(ws.dir, 'ps.jsonl');
    writeFileSync(psFile, '');
    const runnerEnv = {
      PATH: `${ws.dir}:${process.env.PATH}`,
      DOCKER_SHIM_LOG: join(ws.dir, 'docker-calls.log'),
      DOCKER_SHIM_PS: psFile,
      // The shim runs this in a shell of its own: its parent is what docker was handed.
      DOCKER_SHIM_UP: dump('compose', '$PPID'),
      DOCKER_SHIM_DOWN: 'true',
      GITHUB_ENV: join(ws.dir, 'env.txt'),
      GITHUB_PATH: join(ws.dir, 'path.txt'),
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
      ACTIONS_RUNTIME_URL: 'https://runtime.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token-value',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      // A workflow that also exported the token under a name of its own.
      MY_TOKEN: token,
      KEEP_ME: 'the environment under test keeps its own variables',
    };
    const inputs = {
      targets: '127.0.0.1',
      // Other test files' listeners appear in this namespace's table while they run.
      ...NO_LISTENER_TABLE,
      ports: `${web}`,
      start: `${dump('start')}; ${startCommand(pidFile, [`http:${web}`])}`,
      'wait-for': `127.0.0.1:${web}`,
      'compose-file': 'compose.yml',
      stop: dump('stop'),
      'github-token': token,
      'ssh-username': 'ci',
      'ssh-password': password,
    };
    const main = await runMain({ ws, apiUrl: github.url, inputs, extraEnv: runnerEnv });
    expect(main.stdout).not.toContain('Portcullis could not run');
    const post = await runPost({ ws, apiUrl: github.url, inputs, extraEnv: runnerEnv });
    expect(post.code).toBe(0);
    const forbidden = [
      /^INPUT_/m,
      /^STATE_/m,
      /^GITHUB_(ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)=/m,
      /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|CACHE_URL|RESULTS_URL)=/m,
    ];
    for (const who of ['start', 'stop', 'compose']) {
      for (const how of ['environ', 'bash']) {
        const seen = readFileSync(join(ws.dir, `${who}-${how}.txt`), 'utf8');
        expect([who, how, seen]).toEqual([who, how, expect.stringContaining('KEEP_ME=')]);
        for (const name of forbidden) expect([who, how, name.test(seen)]).toEqual([who, how, false]);
        for (const secret of [token, password, 'runtime-token-value', 'oidc-token-value'])
          expect([who, how, seen.includes(secret)]).toEqual([who, how, false]);
      }
    }
  });

  test('max-duration: a tarpit outlasts the budget; the step fails saying so and how to raise it, whatever fail-on says', async () => {
    const ws = await workspace();
    // 40 ports that accept and never speak, on a loopback address of this test's own.
    const host = '127.46.3.2';
    const first = 43100;
    const servers = await Promise.all(
      Array.from(
        { length: 40 },
        (_, i) =>
          new Promise<Server>((resolve) => {
            const s = createServer((c) => c.on('error', () => undefined));
            s.listen(first + i, host, () => resolve(s));
          }),
      ),
    );
    try {
      writePolicy(ws, 1);
      const main = await runMain({
        ws,
        apiUrl: github.url,
        inputs: {
          targets: host,
          ports: `${first}-${first + 39}`,
          'max-duration': '1s',
          'fail-on': 'never',
          'github-token': 'ghs',
        },
      });
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(
        "::error::Portcullis: the scan's time budget (max-duration: 1s) ran out, so the report is partial and cannot pass; raise the max-duration input if the scan needs longer, or probe fewer ports or addresses",
      );
      const outputs = parseFileCommands(ws.output);
      expect(outputs.result).toBe('fail');
      const report = JSON.parse(readFileSync(outputs['report-json'], 'utf8'));
      expect(report).toMatchObject({ partial: true, partialReason: 'max-duration', result: 'fail' });
      expect(readFileSync(ws.summary, 'utf8')).toContain('partial: the time budget ran out');
    } finally {
      for (const s of servers) s.close();
    }
  });

  test('wait-for that never answers fails after wait-timeout naming what did not answer; post tears down', async () => {
    const ws = await workspace();
    const [web, never] = [await freePort(), await freePort()];
    writePolicy(ws, web);
    const inputs = {
      targets: '127.0.0.1',
      // Other test files' listeners appear in this namespace's table while they run.
      ...NO_LISTENER_TABLE,
      ports: `${web}`,
      start: startCommand(pidFile, [`http:${web}`]),
      'wait-for': `127.0.0.1:${web}\nhttp://127.0.0.1:${never}/health`,
      'wait-timeout': '2s',
      'github-token': 'ghs',
    };
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    expect(main.code).toBe(1);
    // The web listener may or may not have come up within 2 s on a loaded machine; the URL
    // that never answers is named either way.
    const line = main.stdout.split('\n').find((l) => l.startsWith('::error::Portcullis: '));
    expect(line).toMatch(
      /^::error::Portcullis: the environment did not come up: .* did not answer within 2 s$/,
    );
    expect(line).toContain(`http://127.0.0.1:${never}/health`);
    expect(readFileSync(ws.summary, 'utf8')).toContain('Portcullis could not run');
    // main leaves the environment to post: its one process writes its PID when it starts.
    expect(await waitUntil(() => pidsIn(pidFile).length === 1, 20_000)).toBe(true);
    const pids = pidsIn(pidFile);
    await runPost({ ws, apiUrl: github.url, inputs });
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
  });

  test('a start command that fails is reported at once, with its output in the log group', async () => {
    const ws = await workspace();
    writePolicy(ws, 1);
    const inputs = {
      targets: '127.0.0.1',
      // Other test files' listeners appear in this namespace's table while they run.
      ...NO_LISTENER_TABLE,
      ports: '1',
      start: 'echo "compose: no such service: db" >&2; exit 3',
      'wait-for': '127.0.0.1:1',
      'wait-timeout': '60s',
      'github-token': 'ghs',
    };
    const started = Date.now();
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::group::start: echo[^\n]*\n(?:.*\n)*?compose: no such service: db\n/);
    expect(main.stdout).toContain(
      '::error::Portcullis: the start command exited with 3 before the environment was ready',
    );
    // It did not sit out the 60 s wait-timeout (a generous bound: this is about behaviour, not speed).
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test('compose-file: up --wait, published ports discovered from ps as the targets, down in post (docker shim on PATH)', async () => {
    const ws = await workspace();
    const [web, admin] = [await freePort(), await freePort()];
    writePolicy(ws, web);
    // The shim plays the compose project: `up` starts real listeners, `ps` prints what Compose 2.21+ prints.
    copyFileSync(
      fileURLToPath(new URL('../lifecycle/fixtures/docker-shim.sh', import.meta.url)),
      join(ws.dir, 'docker'),
    );
    chmodSync(join(ws.dir, 'docker'), 0o755);
    const psFile = join(ws.dir, 'ps.jsonl');
    const line = (service: string, publishers: object[]) =>
      JSON.stringify({
        Name: `shop-${service}-1`,
        Project: 'shop',
        Service: service,
        State: 'running',
        Health: '',
        ExitCode: 0,
        Publishers: publishers,
      });
    writeFileSync(
      psFile,
      [
        line('web', [
          { URL: '0.0.0.0', TargetPort: 80, PublishedPort: web, Protocol: 'tcp' },
          { URL: '::', TargetPort: 80, PublishedPort: web, Protocol: 'tcp' },
        ]),
        line('admin', [{ URL: '127.0.0.1', TargetPort: 9000, PublishedPort: admin, Protocol: 'tcp' }]),
        line('db', [{ URL: '', TargetPort: 5432, PublishedPort: 0, Protocol: 'tcp' }]),
      ].join('\n') + '\n',
    );
    const calls = join(ws.dir, 'docker-calls.log');
    const extraEnv = {
      PATH: `${ws.dir}:${process.env.PATH}`,
      DOCKER_SHIM_LOG: calls,
      DOCKER_SHIM_PS: psFile,
      DOCKER_SHIM_UP: `node ${FIXTURE} ${pidFile} 127.0.0.1 http:${web} http:${admin} >/dev/null 2>&1 &`,
      DOCKER_SHIM_DOWN: `kill $(cat ${pidFile})`,
    };
    const inputs = {
      'compose-file': 'compose.yml',
      'wait-for': `127.0.0.1:${web},127.0.0.1:${admin}`,
      'wait-timeout': '20s',
      'github-token': 'ghs',
      ...NO_LISTENER_TABLE,
    };
    const main = await runMain({ ws, apiUrl: github.url, inputs, extraEnv });
    expect(main.code).toBe(1); // admin is published and not allowed
    expect(main.stdout).toContain(
      `probing what compose publishes: 127.0.0.1 ports ${[web, admin].sort((a, b) => a - b).join(',')}`,
    );
    const report = JSON.parse(readFileSync(parseFileCommands(ws.output)['report-json'], 'utf8'));
    expect(
      report.verdicts
        .filter((v: { outcome: string }) => v.outcome === 'fail')
        .map((v: { port: number }) => v.port),
    ).toEqual([admin]);
    // web was published on both families and is judged once.
    expect(report.verdicts.filter((v: { port: number }) => v.port === web)).toHaveLength(1);
    const pids = pidsIn(pidFile);
    expect(pids.every(alive)).toBe(true);

    const post = await runPost({ ws, apiUrl: github.url, inputs, extraEnv });
    expect(post.code).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'compose -f compose.yml up -d --wait',
      'compose -f compose.yml ps --format json',
      'compose -f compose.yml down --remove-orphans',
    ]);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
  });

  test.each([
    [{ targets: '127.0.0.1', ports: '22,70000' }, /::error::Portcullis: input ports: [^\n]*70000/],
    [
      { targets: '127.0.0.1', ports: '22,80-' },
      /::error::Portcullis: input ports: "80-" is not a range: write 80-65535/,
    ],
    [
      { targets: '127.0.0.1', scope: '10.0.0.0/8' },
      /::error::Portcullis: input targets: "127\.0\.0\.1" is outside the scope 10\.0\.0\.0\/8/,
    ],
    [
      { targets: '10.0.0.0/8', 'max-addresses': '256' },
      /::error::Portcullis: input targets: "10\.0\.0\.0\/8" covers [^\n]* the limit of 256/,
    ],
    // Checked by the engine for both shells: the CLI rejects --probes sshh the same way.
    [{ targets: '127.0.0.1', probes: 'sshh' }, /::error::Portcullis: input probes: unknown probe "sshh"/],
    [{ targets: '127.0.0.1', concurrency: '0' }, /::error::Portcullis: input concurrency: 0 is out of range/],
  ])('engine input errors name the action input: %j', async (extra, message) => {
    const ws = await workspace();
    writePolicy(ws, 1);
    const writesBefore = github.writes().length;
    const main = await runMain({ ws, apiUrl: github.url, inputs: { 'github-token': 'ghs', ...extra } });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    expect(main.stdout).not.toContain('--targets');
    expect(main.stdout).not.toContain('--ports');
    // Nothing is published (reading the base's policy at the base commit is all it may have asked).
    expect(github.writes()).toHaveLength(writesBefore);
  });

  test('a bad input fails the step naming the input and quoting the value; post has nothing to tear down', async () => {
    const ws = await workspace();
    const inputs = {
      targets: '127.0.0.1',
      comment: 'sometimes',
      stop: 'echo should-not-run',
      'github-token': 'ghs',
      'ssh-username': 'ci',
      'ssh-password': 'pw-masked-before-any-input-error',
    };
    const writesBefore = github.writes().length;
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    expect(main.code).toBe(1);
    // Secrets are masked before an input is even read, so no input error can show one.
    expect(main.stdout.indexOf('::add-mask::pw-masked-before-any-input-error')).toBeGreaterThanOrEqual(0);
    expect(main.stdout.indexOf('::add-mask::pw-masked-before-any-input-error')).toBeLessThan(
      main.stdout.indexOf('::error::'),
    );
    expect(main.stdout).toContain(
      '::error::Portcullis: input comment: "sometimes" is not valid: expected one of always, on-failure, never',
    );
    writeFileSync(join(ws.dir, 'x'), '');
    const post = await runPost({ ws, apiUrl: github.url, inputs });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to tear down');
    expect(post.stdout).not.toContain('should-not-run');
    // Nothing is published (reading the base's policy at the base commit is all it may have asked).
    expect(github.writes()).toHaveLength(writesBefore);
  });
});
