import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from './helpers/github-server.js';
import { NO_LISTENER_TABLE, prEvent, startCommand, writePolicy } from './helpers/scenario.js';
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
  type StepOptions,
  type Workspace,
} from './helpers/runner.js';
import { sampleReport } from '../report/helpers/sample.js';

/**
 * The action against a loopback GitHub API that says no: a fork's read-only
 * token (403), server errors and rate limits, events without a PR, the
 * workflow_run report-only mode, and the scheduled drift issue.
 */

const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

const NOT_ACCESSIBLE = 'Resource not accessible by integration';

d('the action and the GitHub API', () => {
  let github: FakeGitHub;
  let ws: Workspace;
  let web: number;
  let other: number;
  let pidFile: string;
  const workspaces: Workspace[] = [];

  beforeAll(async () => {
    web = await freePort();
    other = await freePort();
  });

  async function setup(event: object, eventName = 'pull_request') {
    github = new FakeGitHub();
    await github.start();
    ws = makeWorkspace(event);
    workspaces.push(ws);
    writePolicy(ws, web);
    pidFile = join(ws.dir, 'pids.txt');
    return { eventName };
  }

  function scanInputs(specs = [`http:${web}`, `http:${other}`]): Record<string, string> {
    return {
      targets: '127.0.0.1',
      ports: `${web},${other}`,
      start: startCommand(pidFile, specs),
      'wait-for': specs.map((s) => `127.0.0.1:${s.split(':')[1]}`).join(','),
      'wait-timeout': '20s',
      'github-token': 'ghs_token',
      ...NO_LISTENER_TABLE,
    };
  }

  /** main then post, as the runner runs a job; the environment must be gone afterwards. */
  async function job(o: Omit<StepOptions, 'ws' | 'apiUrl'>) {
    writeFileSync(ws.output, '');
    writeFileSync(ws.state, '');
    writeFileSync(ws.summary, '');
    writeFileSync(pidFile, '');
    const main = await runMain({ ws, apiUrl: github.url, ...o });
    const pids = pidsIn(pidFile);
    const post = await runPost({ ws, apiUrl: github.url, ...o });
    expect(post.code).toBe(0);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
    return {
      main,
      post,
      log: main.stdout + main.stderr,
      outputs: parseFileCommands(ws.output),
      summary: readFileSync(ws.summary, 'utf8'),
    };
  }

  afterEach(async () => {
    for (const pid of pidsIn(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await github.stop();
  });
  afterAll(() => {
    for (const w of workspaces) rmSync(w.dir, { recursive: true, force: true });
  });

  test("a fork PR's read-only token: warnings that name the permission, the summary still written, no crash", async () => {
    await setup(prEvent(7, 'c'.repeat(40), 'forker/shop'));
    github.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, message: NOT_ACCESSIBLE });
    github.fail({ method: 'POST', path: /\/check-runs$/, status: 403, message: NOT_ACCESSIBLE });
    const { main, log, outputs, summary } = await job({ inputs: scanInputs() });
    // The policy fails the step (one port is not allowed); the 403s only warn.
    expect(main.code).toBe(1);
    expect(log).toMatch(
      /::warning::Portcullis could not comment on the pull request: GitHub answered 403[^\n]*pull-requests: write/,
    );
    expect(log).toMatch(
      /::warning::Portcullis could not create the check run: GitHub answered 403[^\n]*checks: write/,
    );
    expect(log).toMatch(/::error::Portcullis: 1 open port breaks/);
    expect(log).not.toMatch(/failed unexpectedly|TypeError|at .*\.js:\d+/);
    expect(summary).toContain('Portcullis — 1 open port breaks');
    expect(outputs.result).toBe('fail');
    expect(github.comments).toHaveLength(0);
  });

  test('the same 403 with fail-on never: the job passes and still reports, saying why it passes', async () => {
    await setup(prEvent(7, 'c'.repeat(40), 'forker/shop'));
    github.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, message: NOT_ACCESSIBLE });
    github.fail({ method: 'POST', path: /\/check-runs$/, status: 403, message: NOT_ACCESSIBLE });
    const { main, log, outputs, summary } = await job({ inputs: { ...scanInputs(), 'fail-on': 'never' } });
    expect(main.code).toBe(0);
    expect(log).toContain('pull-requests: write');
    const said = '2 open ports: 1 violation does not fail the check (fail-on: never)';
    expect(summary).toContain(`### ✅ Portcullis — ${said.replace(/[()-]/g, (c) => `\\${c}`)}`);
    expect(summary).toContain(`127.0.0.1:${other}/tcp`);
    expect(log).toContain(`Portcullis: ${said}`);
    expect(log).toContain(
      "note: fail-on: never (input fail-on, replacing the policy's fail-on: any): every violation is reported, as a warning, and none fails the check.",
    );
    expect(outputs).toMatchObject({ result: 'pass', violations: '0', 'new-violations': '0' });
  });

  test('the fail-on input gates the evaluation: the step, summary, comment, check run and outputs say one thing', async () => {
    const third = await freePort();
    await setup(prEvent(7));
    // On the base branch: the web port and one port the policy forbids. Its report is the baseline.
    const base = await job({ inputs: { ...scanInputs(), 'fail-on': 'never', comment: 'never' } });
    copyFileSync(base.outputs['report-json'], join(ws.dir, 'baseline.json'));

    // The pull request opens a second forbidden port; under fail-on: new only that one fails.
    const specs = [`http:${web}`, `http:${other}`, `http:${third}`];
    const pr = await job({
      inputs: {
        ...scanInputs(specs),
        ports: `${web},${other},${third}`,
        'fail-on': 'new',
        baseline: 'baseline.json',
      },
    });
    const headline =
      '1 open port breaks .github/portcullis.yml, and 1 violation does not fail the check (fail-on: new)';
    expect(pr.main.code).toBe(1);
    expect(pr.log).toContain(`::error::Portcullis: ${headline}`);
    expect(pr.summary).toContain(`### ❌ Portcullis — 1 open port breaks \`.github/portcullis.yml\``);
    expect(pr.summary).toContain(`, and 1 violation does not fail the check \\(fail\\-on: new\\)`);
    const body = github.comments[0].body;
    expect(body.split('\n')[1]).toBe(pr.summary.split('\n')[0]);
    // What fails is listed first; the failure already in the baseline only under it, collapsed.
    const open = body.indexOf('<details>');
    expect(body.indexOf(`127.0.0.1:${third}/tcp`)).toBeLessThan(open);
    expect(body.indexOf(`127.0.0.1:${other}/tcp`)).toBeGreaterThan(open);
    expect(body).toContain('already in the baseline, so it does not fail this change');
    expect(github.checkRuns.at(-1)?.output.title).toBe(`❌ ${headline}`);
    expect(github.checkRuns.at(-1)?.conclusion).toBe('failure');
    expect(pr.outputs).toMatchObject({ result: 'fail', violations: '1', 'new-violations': '1' });

    // Without a baseline, fail-on: new counts every violation as new, and every surface says so.
    const notice = 'fail-on: new was given without a baseline, so every violation counts as new.';
    const bare = await job({
      inputs: { ...scanInputs(specs), ports: `${web},${other},${third}`, 'fail-on': 'new' },
    });
    expect(bare.main.code).toBe(1);
    expect(bare.log).toContain(`note: ${notice}`);
    expect(bare.log).toContain('::error::Portcullis: 2 open ports break .github/portcullis.yml');
    const escaped = 'fail\\-on: new was given without a baseline, so every violation counts as new\\.';
    expect(bare.summary).toContain(`> ${escaped}`);
    expect(github.comments[0].body).toContain(`> ${escaped}`);
    expect(bare.outputs).toMatchObject({ result: 'fail', violations: '2', 'new-violations': '2' });
  }, 120_000);

  test('5xx and rate limits are retried with back-off, then the comment and check run go through', async () => {
    await setup(prEvent(7));
    github.fail({
      method: 'GET',
      path: /\/issues\/7\/comments$/,
      status: 502,
      message: 'Bad Gateway',
      times: 2,
    });
    github.fail({
      method: 'POST',
      path: /\/check-runs$/,
      status: 403,
      message: 'API rate limit exceeded for installation',
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
      times: 1,
    });
    const { main, log } = await job({ inputs: scanInputs() });
    expect(main.code).toBe(1);
    expect(
      github.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/issues/7/comments')),
    ).toHaveLength(3);
    expect(github.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/check-runs'))).toHaveLength(2);
    expect(log).toMatch(/answered 502; retrying in/);
    expect(github.comments).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
    expect(log).not.toContain('::warning::Portcullis could not');
  });

  test('a push event reports to the summary and a check run on GITHUB_SHA, and comments nowhere', async () => {
    await setup({ ref: 'refs/heads/main', after: 'a'.repeat(40) });
    const { main, log, summary } = await job({ inputs: scanInputs(), eventName: 'push' });
    expect(main.code).toBe(1);
    expect(summary).toContain('1 open port breaks');
    expect(github.calls.some((c) => c.path.includes('/comments'))).toBe(false);
    expect(github.checkRuns.map((r) => r.head_sha)).toEqual(['a'.repeat(40)]);
    expect(log).toContain('no pull request for this push event');
  });

  /** A workflow_run event for run 99 of the pull request's workflow, and an artifact to publish. */
  async function reportOnly(artifactReport: object) {
    const headSha = 'd'.repeat(40);
    await setup({
      action: 'completed',
      workflow_run: {
        id: 99,
        name: 'CI @acme/security [x](https://evil.example)',
        html_url: 'https://github.example/acme/shop/actions/runs/99',
        event: 'pull_request',
        head_sha: headSha,
        head_branch: 'feature',
        head_repository: { full_name: 'forker/shop', owner: { login: 'forker' } },
        pull_requests: [],
      },
      repository: { name: 'shop', owner: { login: 'acme' }, full_name: 'acme/shop' },
    });
    // Another fork PR on the same branch name but an older head must not get the comment.
    github.pulls.push({ number: 8, head: { sha: 'e'.repeat(40), label: 'forker:feature' } });
    github.pulls.push({ number: 9, head: { sha: headSha, label: 'forker:feature' } });
    mkdirSync(join(ws.dir, 'artifact'));
    writeFileSync(join(ws.dir, 'artifact', 'report.json'), JSON.stringify(artifactReport));
    const run = await job({
      inputs: {
        mode: 'report-only',
        report: 'artifact/report.json',
        'github-token': 'ghs_write',
        'job-name': 'port-policy',
      },
      eventName: 'workflow_run',
    });
    return { ...run, headSha };
  }

  const ORIGIN =
    "> **From the pull request run's own artifact.** This job did not scan: it shows the JSON report that " +
    '[run 99](https://github.example/acme/shop/actions/runs/99) of the workflow `CI @acme/security [x](https://evil.example)` ' +
    `of the pull request uploaded for commit ${'d'.repeat(40)}. Its contents are the pull request's to write. ` +
    "The gate is that run's own check, not this comment or this job's neutral check run.";

  test('workflow_run report-only: posts the uploaded report on the fork PR it belongs to, without scanning, saying where it came from', async () => {
    const { main, log, outputs, summary, headSha } = await reportOnly(sampleReport());
    expect(main.code).toBe(0); // the pull_request run is the gate; this one only reports
    expect(log).not.toContain('::group::scan');
    expect(log).toContain(
      `report-only: publishing the report that run 99 (CI @acme/security [x](https://evil.example)) uploaded for commit ${headSha} (https://github.example/acme/shop/actions/runs/99); that run's own check is the gate, not this job`,
    );
    expect(github.comments.map((c) => c.issue)).toEqual([9]);
    const lines = github.comments[0].body.split('\n');
    expect(lines[0]).toBe('<!-- portcullis: job=port-policy policy=.github/portcullis.yml -->');
    expect(lines[1]).toBe(
      '### ❌ Portcullis — 2 open ports break `.github/portcullis.yml` \\(from the pull request run&apos;s artifact\\)',
    );
    expect(lines[3]).toBe(ORIGIN);
    expect(summary).toContain(ORIGIN);
    expect(github.checkRuns.map((r) => r.head_sha)).toEqual([headSha]);
    expect(outputs.result).toBe('fail');
    // The artifact is the fork's: its verdict never becomes a passing (or failing) check.
    expect(github.checkRuns[0].conclusion).toBe('neutral');
    expect(github.checkRuns[0].output.title).toBe(
      "❌ 2 open ports break .github/portcullis.yml (from the pull request run's artifact)",
    );
    expect(github.checkRuns[0].output.summary).toContain(ORIGIN);
  });

  test('report-only: an edited artifact is shown by its verdicts; headline, details and outputs agree, and the disagreement is said', async () => {
    const honest = sampleReport();
    // The file claims a pass with 7 open ports passing; its verdicts fail two ports and list one
    // port the file does not, and one listed port has no verdict at all.
    const edited = {
      ...honest,
      result: 'pass',
      summary: { violations: 0, warnings: 0, passed: 7 },
      verdicts: [
        ...honest.verdicts.filter((v) => v.port !== 80),
        { ...honest.verdicts[3], port: 8443, message: 'allowed' },
      ],
    };
    const { main, outputs, summary } = await reportOnly(edited);
    expect(main.code).toBe(0);
    const body = github.comments[0].body;
    expect(body.split('\n')[1]).toMatch(
      /^### ❌ Portcullis — 2 open ports break `\.github\/portcullis\.yml`/,
    );
    expect(body).toContain('<details><summary>2 open ports pass</summary>');
    expect(body).toContain(
      '> The report file says pass, 0 violations, 0 warnings, 7 passed; its verdicts count fail, 2 violations, 0 warnings, 2 passed\\. What is shown here is counted from the verdicts\\.',
    );
    expect(body).toContain(
      '> The report file lists 1 open port without a verdict \\(127\\.0\\.0\\.1:80/tcp\\)',
    );
    expect(summary).toContain('its verdicts count fail, 2 violations');
    expect(outputs).toMatchObject({ result: 'fail', violations: '2' });
    expect(github.checkRuns[0].conclusion).toBe('neutral');
  });

  test('merge mode: the shard reports named by a glob, judged once, published as one comment, one check run and one SARIF file', async () => {
    await setup(prEvent(12, 'e'.repeat(40)));
    const whole = sampleReport();
    const digest = 'sha256:' + '1'.repeat(64);
    mkdirSync(join(ws.dir, 'reports', 'shard-1'), { recursive: true });
    mkdirSync(join(ws.dir, 'reports', 'shard-2'), { recursive: true });
    for (const k of [1, 2]) {
      const part = {
        ...whole,
        scan: { ...whole.scan, shard: { index: k, count: 2 }, digest },
        ports: whole.ports.filter((_, i) => i % 2 === k - 1),
        verdicts: [],
      };
      writeFileSync(join(ws.dir, 'reports', `shard-${k}`, 'report.json'), JSON.stringify(part));
    }
    const { main, log, outputs } = await job({
      inputs: {
        mode: 'merge',
        reports: 'reports/**/*.json',
        'github-token': 'ghs_write',
        'job-name': 'port-policy',
        'sarif-file': 'merged.sarif',
      },
    });
    expect(log).not.toContain('::group::scan');
    expect(log).toContain('merged 2 reports from untrusted (2/2 shards)');
    expect(github.comments).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
    const merged = JSON.parse(readFileSync(outputs['report-json'], 'utf8'));
    expect(merged.ports).toHaveLength(whole.ports.length);
    expect(merged.scan.merged.groups[0]).toMatchObject({ shards: 2, present: [1, 2], missing: [] });
    expect(JSON.parse(readFileSync(join(ws.dir, 'merged.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(main.code).toBe(merged.result === 'fail' ? 1 : 0);

    // One shard's report missing: the step fails, naming it.
    rmSync(join(ws.dir, 'reports', 'shard-2'), { recursive: true });
    const again = await job({
      inputs: { mode: 'merge', reports: 'reports/**/*.json', 'github-token': 'ghs_write' },
    });
    expect(again.main.code).toBe(1);
    expect(again.log).toMatch(/::error::Portcullis: merge: [^\n]*shard 2\/2 is missing/);
  });

  test('report-only refuses a file that is not a Portcullis report, naming it', async () => {
    await setup({ workflow_run: { event: 'pull_request', head_sha: 'f'.repeat(40), pull_requests: [] } });
    writeFileSync(join(ws.dir, 'bad.json'), JSON.stringify({ version: 1, result: 'maybe' }));
    const { main, log } = await job({
      inputs: { mode: 'report-only', report: 'bad.json', 'github-token': 'ghs' },
      eventName: 'workflow_run',
    });
    expect(main.code).toBe(1);
    expect(log).toMatch(/::error::Portcullis: [^\n]*bad\.json[^\n]*not a Portcullis JSON report/);
    expect(github.comments).toHaveLength(0);
  });

  test('scheduled drift watch: opens one issue when the exposure changed, updates it, closes it when back', async () => {
    await setup({ schedule: '0 3 * * *' }, 'schedule');
    // The baseline: only the web port open.
    const base = await job({
      inputs: { ...scanInputs([`http:${web}`]), 'fail-on': 'never' },
      eventName: 'schedule',
    });
    copyFileSync(base.outputs['report-json'], join(ws.dir, 'baseline.json'));
    const drift = {
      'drift-issue': 'true',
      baseline: 'baseline.json',
      'fail-on': 'never',
      'check-run': 'false',
    };

    // A second port opens: one issue.
    const opened = await job({ inputs: { ...scanInputs(), ...drift }, eventName: 'schedule' });
    expect(opened.main.code).toBe(0);
    expect(opened.outputs.drift).toBe('changed');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0].state).toBe('open');
    expect(github.issues[0].body).toContain(`127.0.0.1:${other}/tcp`);
    expect(github.issues[0].labels).toEqual(['portcullis-drift']);

    // Still drifted: the same issue is updated, not a second one opened.
    await job({ inputs: { ...scanInputs(), ...drift }, eventName: 'schedule' });
    expect(github.issues).toHaveLength(1);
    expect(
      github.writes().filter((w) => w === `PATCH /repos/acme/shop/issues/${github.issues[0].number}`),
    ).toHaveLength(1);

    // Back to the baseline: a note, then closed.
    const back = await job({ inputs: { ...scanInputs([`http:${web}`]), ...drift }, eventName: 'schedule' });
    expect(back.outputs.drift).toBe('unchanged');
    expect(github.issues[0].state).toBe('closed');
    expect(github.comments.map((c) => c.issue)).toEqual([github.issues[0].number]);
    expect(github.comments[0].body).toContain('Back to the baseline');
    // Four main steps and their post steps, each a Node process loading the bundle.
  }, 180_000);
});
