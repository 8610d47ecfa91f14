import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from './helpers/github-server.js';
import { FIXTURE, NO_LISTENER_TABLE, prEvent, writePolicy } from './helpers/scenario.js';
import { sarifValidator } from '../report/helpers/sarif-schema.js';
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

/**
 * End to end: the committed dist/ bundles, run as the runner runs them, against
 * real listeners that the action's own `start` command brings up and a loopback
 * stand-in for the GitHub REST API.
 */

const SECRET = 'hunter2-Zq8vX3-not-a-real-password';
const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

d('the action, end to end', () => {
  const github = new FakeGitHub();
  let ws: Workspace;
  let ports: { web: number; helper: number; banner: number; closed: number };
  let pidFile: string;
  let inputs: Record<string, string>;

  beforeAll(async () => {
    await github.start();
    ws = makeWorkspace(prEvent());
    ports = {
      web: await freePort(),
      helper: await freePort(),
      banner: await freePort(),
      closed: await freePort(),
    };
    writePolicy(ws, ports.web);
    pidFile = join(ws.dir, 'pids.txt');
    inputs = {
      targets: '127.0.0.1',
      ports: `${ports.web},${ports.helper},${ports.banner},${ports.closed}`,
      start: `node ${FIXTURE} ${pidFile} 127.0.0.1 http:${ports.web} helper:${ports.helper} banner:${ports.banner}`,
      'wait-for': `127.0.0.1:${ports.web}\n127.0.0.1:${ports.helper}\n127.0.0.1:${ports.banner}`,
      'wait-timeout': '20s',
      'github-token': 'ghs_e2eTokenValue1234567890',
      'sarif-file': 'out/portcullis.sarif',
      'junit-file': 'out/portcullis.xml',
      'ssh-username': 'ci-probe',
      'ssh-password': SECRET,
      ...NO_LISTENER_TABLE,
    };
  });

  afterAll(async () => {
    for (const pid of pidsIn(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await github.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  test('first run: scans what start brought up, comments once, writes summary and outputs; post tears down', async () => {
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    const log = main.stdout + main.stderr;
    expect(main.code).toBe(1); // two ports break the policy: the step fails
    expect(log).toMatch(/::error::Portcullis: 2 open ports break/);
    // Before it, one error per violation, annotated at the rule's line: endpoint, service, rule.
    const errors = main.stdout.split('\n').filter((l) => l.startsWith('::error title=Portcullis%3A 127'));
    expect(errors).toHaveLength(2);
    const title = (port: number) => `title=Portcullis%3A 127.0.0.1%3A${port}/tcp is not allowed`;
    const helper = errors.find((l) => l.includes(title(ports.helper)));
    expect(helper).toMatch(
      new RegExp(
        `^::error ${title(ports.helper)},file=\\.github/portcullis\\.yml,line=2::127\\.0\\.0\\.1:${ports.helper}/tcp http \\(fixture-web 1\\.0\\): .* — default, \\.github/portcullis\\.yml:2$`,
      ),
    );
    // The hostile banner is one line of data: no second command, no control character.
    const banner = errors.find((l) => l.includes(title(ports.banner)));
    expect(banner).toMatch(new RegExp(`::127\\.0\\.0\\.1:${ports.banner}/tcp ssh \\(OpenSSH 9\\.2p1 <img`));
    expect(banner).not.toMatch(/[\u0000-\u001f]/);
    expect(
      main.stdout
        .split('\n')
        .filter((l) => l.startsWith('::'))
        .every((l) => !l.startsWith('::warning::forged')),
    ).toBe(true);
    // The start command's output was streamed inside a collapsible group.
    expect(log).toMatch(
      /::group::start: node [^\n]*\n(?:.*\n)*?.*listening on 127\.0\.0\.1(?:.*\n)*?::endgroup::/,
    );

    const outputs = parseFileCommands(ws.output);
    expect(outputs.result).toBe('fail');
    expect(outputs.violations).toBe('2');
    // No baseline: nothing to compare with, so every violation is new.
    expect(outputs['new-violations']).toBe('2');
    const report = JSON.parse(readFileSync(outputs['report-json'], 'utf8'));
    expect(report.version).toBe(1);
    expect(report.ports.map((p: { port: number }) => p.port).sort()).toEqual(
      [ports.web, ports.helper, ports.banner].sort(),
    );
    const summary = readFileSync(ws.summary, 'utf8');
    expect(summary).toContain('Portcullis — 2 open ports break');
    expect(summary).toContain(`127.0.0.1:${ports.helper}/tcp`);

    // One comment created on PR 7, under the hidden marker.
    expect(github.writes().filter((w) => w.includes('/comments'))).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
    ]);
    expect(github.comments).toHaveLength(1);
    expect(
      github.comments[0].body.startsWith(
        '<!-- portcullis: job=port-policy policy=.github/portcullis.yml -->',
      ),
    ).toBe(true);
    expect(outputs['comment-id']).toBe(String(github.comments[0].id));
    // The banner port's hostile greeting reached the comment only as inert text.
    const body = github.comments[0].body;
    expect(body).toContain(`127.0.0.1:${ports.banner}/tcp\``);
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    // The only links are ours: to the repository (rule lines, the commit) and to the run.
    expect(body).not.toMatch(
      /<img|\u001b|\u0007|@(?!\u200b)octocat|\]\((?!https:\/\/github\.example\/acme\/shop\/)/,
    );
    expect(body).not.toMatch(/https?:\/\/evil/);
    // Each rule links to its line in the policy at the commit scanned (the PR head); the footer
    // names that commit and links the run.
    const head = 'b'.repeat(40); // prEvent's head
    expect(body).toContain(`(https://github.example/acme/shop/blob/${head}/.github/portcullis.yml#L2)`);
    expect(body).toContain(
      `commit [\`${head.slice(0, 7)}\`](https://github.example/acme/shop/commit/${head})`,
    );
    expect(body).toContain('[run 4242](https://github.example/acme/shop/actions/runs/4242)');
    expect(github.calls.every((c) => c.authorization === 'token ghs_e2eTokenValue1234567890')).toBe(true);

    // A check run on the PR head with annotations on the policy file.
    expect(github.checkRuns).toHaveLength(1);
    const run = github.checkRuns[0];
    expect(run.head_sha).toBe('b'.repeat(40));
    expect(run.conclusion).toBe('failure');
    expect(run.output.annotations).toHaveLength(2);
    for (const a of run.output.annotations as Array<{
      path: string;
      start_line: number;
      annotation_level: string;
    }>) {
      expect(a.path).toBe('.github/portcullis.yml');
      expect(a.start_line).toBeGreaterThanOrEqual(1);
      expect(a.annotation_level).toBe('failure');
    }

    // SARIF (valid against the 2.1.0 schema, results on the policy file) and JUnit files.
    const sarif = JSON.parse(readFileSync(join(ws.dir, 'out/portcullis.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif)).toBe(true);
    expect(sarif.runs[0].automationDetails.id).toBe('portcullis/port-policy/.github-portcullis.yml/');
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(existsSync(join(ws.dir, 'out/portcullis.xml'))).toBe(true);

    // The environment is still up after main: teardown is post's.
    const pids = pidsIn(pidFile);
    expect(pids).toHaveLength(2);
    expect(pids.every(alive)).toBe(true);
    const state = parseFileCommands(ws.state);
    expect(state['start-pid']).toMatch(/^\d+$/);

    const post = await runPost({ ws, apiUrl: github.url, inputs });
    expect(post.code).toBe(0);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
  });

  test('second run: updates the same comment instead of adding one', async () => {
    writeFileSync(ws.output, '');
    writeFileSync(ws.state, '');
    writeFileSync(pidFile, '');
    const firstId = github.comments[0].id;
    const before = github.comments[0].body;
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    expect(main.code).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.writes().filter((w) => w.includes('/comments'))).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${firstId}`,
    ]);
    expect(github.comments[0].id).toBe(firstId);
    // The body was rewritten (the scan line carries this run's timing).
    expect(github.comments[0].body).toContain('Portcullis — 2 open ports break');
    expect(typeof before).toBe('string');
    const pids = pidsIn(pidFile);
    await runPost({ ws, apiUrl: github.url, inputs });
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
  });

  test('secrets appear in no log, report, summary, output or SARIF/JUnit file', async () => {
    const files = [
      ws.summary,
      ws.output,
      ws.state,
      join(ws.dir, 'out/portcullis.sarif'),
      join(ws.dir, 'out/portcullis.xml'),
      parseFileCommands(ws.output)['report-json'],
    ];
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain(SECRET);
    for (const c of github.comments) expect(c.body).not.toContain(SECRET);
    for (const r of github.checkRuns) expect(JSON.stringify(r)).not.toContain(SECRET);
    // The only place the secret may appear in the log is the command that masks it.
    writeFileSync(pidFile, '');
    const main = await runMain({ ws, apiUrl: github.url, inputs });
    const lines = (main.stdout + main.stderr).split('\n').filter((l) => l.includes(SECRET));
    expect(lines).toEqual([`::add-mask::${SECRET}`]);
    const token = inputs['github-token'];
    expect((main.stdout + main.stderr).split('\n').filter((l) => l.includes(token))).toEqual([
      `::add-mask::${token}`,
    ]);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain(token);
    const pids = pidsIn(pidFile);
    await runPost({ ws, apiUrl: github.url, inputs });
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
  });
});
