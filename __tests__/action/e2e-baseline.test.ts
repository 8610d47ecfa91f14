import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { FakeGitHub } from './helpers/github-server.js';
import { FakeActions } from './helpers/actions-server.js';
import { BASE_SHA, NO_LISTENER_TABLE, prEvent, startCommand, writePolicy } from './helpers/scenario.js';
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
import { baselineArtifactName } from '../../src/action/baseline-auto.js';

/**
 * baseline: auto (issue 14, items 1, 3 and 4), end to end: the bundled action against
 * loopback stand-ins of the REST API, the results service that @actions/artifact uploads
 * through, and blob storage behind signed URLs. A push run on main stores its report; a
 * pull request's run finds it among the runs of the same workflow on its base branch,
 * downloads it and marks each verdict new, unchanged or gone; what a pull request's run, a
 * fork, another workflow or another branch stored is never used, even when the API returns
 * it; a 403 names the permission; a merge queue entry is judged against its base commit's
 * baseline; a run overtaken by a newer push leaves the newer comment alone.
 */

const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

const NAME = baselineArtifactName('port-policy', '.github/portcullis.yml');
const HEAD = 'b'.repeat(40);
const QUEUE_SHA = 'd'.repeat(40);

/** Markdown as a reader sees it: escapes gone. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

type ReportJson = { verdicts: Array<Record<string, unknown>>; [k: string]: unknown };

d('baseline: auto', () => {
  let github: FakeGitHub;
  let actions: FakeActions;
  let ws: Workspace;
  let web: number;
  let other: number;
  let third: number;
  let pidFile: string;
  /** The report the push run on main stored (web allowed, `other` denied). */
  let mainReport: ReportJson;
  const workspaces: Workspace[] = [];

  beforeAll(async () => {
    web = await freePort();
    other = await freePort();
    third = await freePort();
  });

  async function setup(event: object) {
    github = new FakeGitHub();
    await github.start();
    actions = new FakeActions(github);
    await actions.start();
    ws = makeWorkspace(event);
    workspaces.push(ws);
    writePolicy(ws, web);
    pidFile = join(ws.dir, 'pids.txt');
  }

  function inputs(open: number[], extra: Record<string, string> = {}): Record<string, string> {
    const specs = open.map((p) => `http:${p}`);
    return {
      targets: '127.0.0.1',
      ports: `${web},${other},${third}`,
      start: startCommand(pidFile, specs),
      'wait-for': open.map((p) => `127.0.0.1:${p}`).join(','),
      'wait-timeout': '20s',
      'github-token': 'ghs_token',
      'job-name': 'port-policy',
      ...NO_LISTENER_TABLE,
      ...extra,
    };
  }

  async function job(o: {
    inputs: Record<string, string>;
    eventName: string;
    runId: number;
    env?: Record<string, string>;
  }) {
    writeFileSync(ws.output, '');
    writeFileSync(ws.state, '');
    writeFileSync(ws.summary, '');
    writeFileSync(pidFile, '');
    actions.currentRunId = o.runId;
    const step = {
      ws,
      apiUrl: github.url,
      inputs: o.inputs,
      eventName: o.eventName,
      extraEnv: { ...actions.uploadEnv(), GITHUB_RUN_ID: String(o.runId), ...o.env },
    };
    const main = await runMain(step);
    const pids = pidsIn(pidFile);
    const post = await runPost(step);
    expect(post.code).toBe(0);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
    const outputs = parseFileCommands(ws.output);
    return {
      main,
      log: main.stdout + main.stderr,
      outputs,
      summary: readFileSync(ws.summary, 'utf8'),
      report: JSON.parse(readFileSync(outputs['report-json'], 'utf8')) as ReportJson,
    };
  }

  /** The pull request's own run (id 600), which the stand-in knows as a pull_request run. */
  const prRun = () =>
    actions.addRun({
      id: 600,
      event: 'pull_request',
      branch: 'feature',
      sha: HEAD,
      createdAt: '2026-11-20T12:00:00Z',
    });

  const byPort = (r: ReportJson, port: number) => r.verdicts.find((v) => v.port === port);

  afterEach(async () => {
    for (const pid of pidsIn(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await github.stop();
    await actions.stop();
  });
  afterAll(() => {
    for (const w of workspaces) rmSync(w.dir, { recursive: true, force: true });
  });

  test('a push run on main stores its report; a pull request run fetches it: new, unchanged and gone', async () => {
    await setup({
      ref: 'refs/heads/main',
      after: BASE_SHA,
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    actions.addRun({
      id: 500,
      event: 'push',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T10:00:00Z',
    });
    const push = await job({
      inputs: inputs([web, other]),
      eventName: 'push',
      runId: 500,
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: BASE_SHA },
    });
    // main has a violation (other): its run fails, and still stores the baseline.
    expect(push.main.code).toBe(1);
    expect(push.log).toContain(`stored this report as the baseline artifact ${NAME}`);
    expect(actions.artifacts.map((a) => [a.name, a.runId])).toEqual([[NAME, 500]]);
    // Uploaded through the results service to a signed blob URL, with the runtime token only there.
    expect(actions.serviceCalls.map((c) => `${c.method} ${c.path}`)).toEqual(
      expect.arrayContaining([
        'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
        'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
      ]),
    );
    expect(
      actions.serviceCalls.filter((c) => c.path.startsWith('/blob/')).every((c) => !c.authorization),
    ).toBe(true);
    const files = unzipSync(actions.artifacts[0].data);
    expect(Object.keys(files)).toEqual(['report.json']);
    mainReport = JSON.parse(strFromU8(files['report.json'])) as ReportJson;
    expect(mainReport.verdicts.map((v) => v.port).sort()).toEqual([web, other].sort());

    // The pull request closes `other` and opens `third`.
    const pullRequest = prEvent(7);
    writeFileSync(ws.event, JSON.stringify(pullRequest));
    prRun();
    const pr = await job({
      inputs: inputs([web, third], { 'fail-on': 'new' }),
      eventName: 'pull_request',
      runId: 600,
      env: { GITHUB_REF: 'refs/pull/7/merge' },
    });
    expect(pr.main.code).toBe(1);
    expect(pr.log).toContain(`baseline: artifact ${NAME} (id ${actions.artifacts[0].id}) of run 500`);
    expect(byPort(pr.report, web)).toMatchObject({ baseline: 'unchanged', outcome: 'pass' });
    expect(byPort(pr.report, third)).toMatchObject({ baseline: 'new', new: true, outcome: 'fail' });
    expect(byPort(pr.report, other)).toMatchObject({ baseline: 'gone' });
    expect(pr.outputs).toMatchObject({ violations: '1', 'new-violations': '1' });
    const said = 'Compared with the baseline that run 500 (push) stored on';
    expect(pr.log).toContain(`note: ${said} \`main\` @ ${BASE_SHA.slice(0, 7)}`);
    expect(plain(github.comments[0].body)).toContain(said);
    // It asked for this workflow's runs on the base branch, by event, and the one artifact by name.
    const rest = actions.restCalls().map((c) => `${c.path}?${new URLSearchParams(c.query).toString()}`);
    expect(rest).toEqual(
      expect.arrayContaining([
        '/repos/acme/shop/actions/runs/600?',
        '/repos/acme/shop/actions/workflows/77/runs?branch=main&event=push&status=completed&per_page=30',
        '/repos/acme/shop/actions/workflows/77/runs?branch=main&event=schedule&status=completed&per_page=30',
        `/repos/acme/shop/actions/runs/500/artifacts?per_page=100&name=${NAME}`,
      ]),
    );
  }, 120_000);

  test('mode: review judges again against the baseline the scanning workflow stored', async () => {
    expect(mainReport).toBeDefined();
    await setup(prEvent(7));
    prRun();
    actions.addRun({
      id: 500,
      event: 'push',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T10:00:00Z',
    });
    actions.plant(500, NAME, mainReport);
    const scan = await job({
      inputs: inputs([web, third], { 'fail-on': 'new' }),
      eventName: 'pull_request',
      runId: 600,
    });
    expect(scan.outputs['new-violations']).toBe('1');
    // The review workflow is another workflow (88): the baseline is the scanning workflow's (77).
    actions.addRun({
      id: 800,
      event: 'pull_request_review',
      branch: 'feature',
      sha: HEAD,
      workflowId: 88,
      createdAt: '2026-11-20T14:00:00Z',
    });
    writeFileSync(
      ws.event,
      JSON.stringify({ ...prEvent(7), review: { state: 'approved', user: { login: 'alice' } } }),
    );
    const again = await job({
      inputs: { mode: 'review', 'github-token': 'ghs_token', 'job-name': 'port-policy', 'fail-on': 'new' },
      eventName: 'pull_request_review',
      runId: 800,
    });
    expect(again.log).toContain('judging again the findings of check run');
    expect(again.log).toContain('Compared with the baseline that run 500 (push)');
    expect(byPort(again.report, web)).toMatchObject({ baseline: 'unchanged' });
    expect(byPort(again.report, third)).toMatchObject({ baseline: 'new', outcome: 'fail' });
    expect(again.outputs).toMatchObject({ violations: '1', 'new-violations': '1' });
  }, 90_000);

  test('an upload that cannot happen (a server that is not github.com) warns; the verdict stands', async () => {
    await setup({
      ref: 'refs/heads/main',
      after: BASE_SHA,
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    actions.addRun({
      id: 501,
      event: 'push',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T10:00:00Z',
    });
    const push = await job({
      inputs: inputs([web]),
      eventName: 'push',
      runId: 501,
      env: {
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: BASE_SHA,
        GITHUB_SERVER_URL: 'https://github.example',
      },
    });
    expect(push.main.code).toBe(0);
    expect(push.log).toMatch(
      new RegExp(`::warning::could not store this report as the baseline artifact ${NAME}: .*GHES`),
    );
    expect(push.log).toContain('need no workflow permission');
    expect(actions.artifacts).toHaveLength(0);
  }, 60_000);

  /** main's report with `third` in it too: a baseline that would let the pull request's new port through. */
  function poisoned(): ReportJson {
    const copy = JSON.parse(JSON.stringify(mainReport)) as ReportJson;
    const v = { ...byPort(copy, other)!, port: third };
    copy.verdicts.push(v);
    return copy;
  }

  test("a baseline planted by a pull request's run, a fork, another workflow or another branch is never used", async () => {
    expect(mainReport).toBeDefined();
    await setup(prEvent(7));
    prRun();
    actions.leaky = true; // the API returns everything: only the action's own checks stand
    actions.addRun({
      id: 500,
      event: 'push',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T10:00:00Z',
    });
    actions.plant(500, NAME, mainReport);
    const planted = [
      // newer than the real one, each with the right name and a baseline that would pass the PR
      { id: 601, event: 'pull_request', branch: 'main' },
      { id: 602, event: 'push', branch: 'main', headRepo: 'forker/shop' },
      { id: 603, event: 'push', branch: 'main', workflowId: 78 },
      { id: 604, event: 'push', branch: 'feature' },
      { id: 605, event: 'pull_request_target', branch: 'main' },
    ];
    for (const [i, p] of planted.entries()) {
      actions.addRun({ ...p, sha: HEAD, createdAt: `2026-11-20T11:0${i}:00Z` });
      actions.plant(p.id, NAME, poisoned());
    }
    // and the PR's own run, as well as a trusted run holding an artifact of another name
    actions.plant(600, NAME, poisoned());
    actions.addRun({
      id: 499,
      event: 'schedule',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T09:00:00Z',
    });
    actions.plant(499, 'portcullis-baseline-0000000000000000', poisoned());

    const pr = await job({
      inputs: inputs([web, third], { 'fail-on': 'new' }),
      eventName: 'pull_request',
      runId: 600,
    });
    expect(pr.log).toContain('Compared with the baseline that run 500 (push)');
    expect(byPort(pr.report, third)).toMatchObject({ baseline: 'new', outcome: 'fail' });
    expect(pr.main.code).toBe(1);
    expect(pr.outputs['new-violations']).toBe('1');
    // Only run 500's archive was downloaded.
    const downloads = actions.restCalls().filter((c) => c.path.endsWith('/zip'));
    expect(downloads.map((c) => c.path)).toEqual([
      `/repos/acme/shop/actions/artifacts/${actions.artifacts[0].id}/zip`,
    ]);
  }, 60_000);

  test('a 403 names the permission (actions: read), not "no baseline yet"; everything is new', async () => {
    expect(mainReport).toBeDefined();
    await setup(prEvent(7));
    prRun();
    actions.addRun({
      id: 500,
      event: 'push',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T10:00:00Z',
    });
    actions.plant(500, NAME, poisoned());
    github.fail({
      method: 'GET',
      path: /\/actions\/runs\/600$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const pr = await job({
      inputs: inputs([web, other, third], { 'fail-on': 'new' }),
      eventName: 'pull_request',
      runId: 600,
    });
    expect(pr.main.code).toBe(1);
    expect(pr.log).toContain(
      'note: The baseline could not be fetched: GitHub answered 403 "Resource not accessible by integration". The job needs `permissions: actions: read`',
    );
    expect(pr.log).not.toContain('No baseline yet');
    expect(github.comments[0].body).toContain('actions: read');
    expect(pr.outputs).toMatchObject({ violations: '2', 'new-violations': '2' });
  }, 60_000);

  test('no baseline yet: the comment says so and how one is made', async () => {
    await setup(prEvent(7));
    prRun();
    const pr = await job({
      inputs: inputs([web, other], { 'fail-on': 'new' }),
      eventName: 'pull_request',
      runId: 600,
    });
    expect(pr.main.code).toBe(1);
    const said =
      'No baseline yet: every violation counts as new. A baseline is made by a push or schedule run of this workflow on `main`';
    expect(pr.log).toContain(`note: ${said}`);
    expect(plain(github.comments[0].body)).toContain(
      'No baseline yet: every violation counts as new. A baseline is made by a push or schedule run',
    );
    expect(plain(github.comments[0].body)).toContain(NAME);
    expect(pr.outputs).toMatchObject({ violations: '1', 'new-violations': '1' });
  }, 60_000);

  test('a merge queue entry: judged on the queue commit against the baseline of its base commit, no PR comment', async () => {
    expect(mainReport).toBeDefined();
    await setup({
      action: 'checks_requested',
      merge_group: {
        head_sha: QUEUE_SHA,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${'e'.repeat(40)}`,
        base_sha: BASE_SHA,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    actions.addRun({
      id: 700,
      event: 'merge_group',
      branch: 'gh-readonly-queue/main/pr-7',
      sha: QUEUE_SHA,
      createdAt: '2026-11-20T13:00:00Z',
    });
    actions.addRun({
      id: 500,
      event: 'push',
      branch: 'main',
      sha: BASE_SHA,
      createdAt: '2026-11-20T10:00:00Z',
    });
    actions.plant(500, NAME, mainReport);
    // main moved on after the queue entry was made: its newer baseline is not the queue's base.
    actions.addRun({
      id: 510,
      event: 'push',
      branch: 'main',
      sha: 'e'.repeat(40),
      createdAt: '2026-11-20T12:00:00Z',
    });
    actions.plant(510, NAME, poisoned());
    const queue = await job({
      inputs: inputs([web, third], { 'fail-on': 'new' }),
      eventName: 'merge_group',
      runId: 700,
      env: { GITHUB_SHA: QUEUE_SHA, GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-7-' + 'e'.repeat(40) },
    });
    expect(queue.main.code).toBe(1);
    expect(queue.log).toContain('Compared with the baseline that run 500 (push)');
    expect(byPort(queue.report, third)).toMatchObject({ baseline: 'new', outcome: 'fail' });
    expect(github.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[QUEUE_SHA, 'failure']]);
    expect(github.comments).toHaveLength(0);
    expect(queue.log).toContain(
      "merge queue: the check run on the queue's commit ddddddd is the gate for pull request #7",
    );
    // A queue run never stores a baseline.
    expect(actions.artifacts.filter((a) => a.runId === 700)).toHaveLength(0);
  }, 60_000);

  test("a run overtaken by a newer push leaves the newer run's comment alone", async () => {
    await setup(prEvent(7));
    prRun();
    github.pullHeads.set(7, 'f'.repeat(40));
    const marker = '<!-- portcullis: job=port-policy policy=.github/portcullis.yml -->';
    github.comments.push({
      id: 1,
      issue: 7,
      body: `${marker}\n### ✅ written by the run of fffffff`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const pr = await job({
      inputs: inputs([web, other], { baseline: 'none' }),
      eventName: 'pull_request',
      runId: 600,
    });
    expect(pr.main.code).toBe(1);
    expect(pr.log).toContain(`pull request #7 moved on to fffffff while this run judged bbbbbbb`);
    expect(github.comments).toEqual([
      expect.objectContaining({ id: 1, body: `${marker}\n### ✅ written by the run of fffffff` }),
    ]);
    expect(github.writes().filter((w) => w.includes('/comments'))).toEqual([]);
    // Its check run goes on its own commit, where it cannot touch the newer head's.
    expect(github.checkRuns.map((r) => r.head_sha)).toEqual([HEAD]);

    // While the head is still this run's commit, it comments as before.
    github.pullHeads.set(7, HEAD);
    await job({ inputs: inputs([web, other], { baseline: 'none' }), eventName: 'pull_request', runId: 600 });
    expect(github.comments[0].body).not.toContain('written by the run of fffffff');
  }, 90_000);
});
