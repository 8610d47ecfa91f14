import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from './helpers/github-server.js';
import { prEvent, startCommand, writePolicy } from './helpers/scenario.js';
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

  test('wait-for that never answers fails after wait-timeout naming what did not answer; post tears down', async () => {
    const ws = await workspace();
    const [web, never] = [await freePort(), await freePort()];
    writePolicy(ws, web);
    const inputs = {
      targets: '127.0.0.1',
      ports: `${web}`,
      start: startCommand(pidFile, [`http:${web}`]),
      'wait-for': `127.0.0.1:${web}\nhttp://127.0.0.1:${never}/health`,
      'wait-timeout': '2s',
      'github-token': 'ghs',
    };
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      `::error::Portcullis: the environment did not come up: http://127.0.0.1:${never}/health did not answer within 2 s`,
    );
    expect(readFileSync(ws.summary, 'utf8')).toContain('Portcullis could not run');
    const pids = pidsIn(pidFile);
    expect(pids.length).toBe(1);
    await runPost({ ws, apiUrl: github.url, inputs });
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
  });

  test('a start command that fails is reported at once, with its output in the log group', async () => {
    const ws = await workspace();
    writePolicy(ws, 1);
    const inputs = {
      targets: '127.0.0.1',
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

  test('a bad input fails the step naming the input and quoting the value; post has nothing to tear down', async () => {
    const ws = await workspace();
    const inputs = {
      targets: '127.0.0.1',
      comment: 'sometimes',
      stop: 'echo should-not-run',
      'github-token': 'ghs',
    };
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      '::error::Portcullis: input comment: "sometimes" is not valid: expected one of always, on-failure, never',
    );
    writeFileSync(join(ws.dir, 'x'), '');
    const post = await runPost({ ws, apiUrl: github.url, inputs });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to tear down');
    expect(post.stdout).not.toContain('should-not-run');
    expect(github.calls).toHaveLength(0);
  });
});
