import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from './helpers/github-server.js';
import { BASE_SHA, NO_LISTENER_TABLE, prEvent, startCommand } from './helpers/scenario.js';
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

/**
 * A pull request must not approve itself (issue 12, cases 1 and 2): the bundled
 * action, on a pull request whose base's files the loopback GitHub serves at
 * the base commit, judges the pull request's own rule changes by the base's
 * rules, fails what only they let through until an approver named by the base
 * policy approves, asks the approvers for a review through the API, and judges
 * again from the check run's findings when a review arrives.
 */

const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

const HEAD_SHA = 'b'.repeat(40);
const lines = (...l: string[]) => l.join('\n') + '\n';

d('the base judges changes to the rules', () => {
  let github: FakeGitHub;
  let ws: Workspace;
  let web: number;
  let other: number;
  let pidFile: string;
  const workspaces: Workspace[] = [];
  const inAMonth = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    web = await freePort();
    other = await freePort();
  });

  /** The base's policy: web allowed, everything else denied, two approvers. */
  const basePolicy = (extra: string[] = []) =>
    lines(
      'version: 1',
      'default: deny',
      'approvers: [alice, "@acme/security"]',
      ...extra,
      'targets:',
      '  - name: e2e',
      '    hosts: ["127.0.0.1"]',
      '    allow:',
      `      - { port: ${web}, protocol: tcp, service: http }`,
    );
  /** The pull request's policy: the base's plus an exception it wrote for itself (line 10). */
  const selfApproved = () =>
    basePolicy().trimEnd() +
    '\n' +
    lines(
      'exceptions:',
      `  - match: { port: ${other} }`,
      '    reason: needed for the demo',
      '    approved_by: "@acme/security"',
      `    expires: ${inAMonth}`,
    );

  async function setup(
    head: Record<string, string>,
    base: Record<string, string>,
    event: object = prEvent(7),
  ) {
    github = new FakeGitHub();
    await github.start();
    ws = makeWorkspace(event);
    workspaces.push(ws);
    for (const [path, text] of Object.entries(head)) {
      mkdirSync(join(ws.dir, path, '..'), { recursive: true });
      writeFileSync(join(ws.dir, path), text);
      github.setFile(HEAD_SHA, path, text);
    }
    for (const [path, text] of Object.entries(base)) github.setFile(BASE_SHA, path, text);
    pidFile = join(ws.dir, 'pids.txt');
  }

  function scanInputs(): Record<string, string> {
    const specs = [`http:${web}`, `http:${other}`];
    return {
      targets: '127.0.0.1',
      ports: `${web},${other}`,
      start: startCommand(pidFile, specs),
      'wait-for': specs.map((s) => `127.0.0.1:${s.split(':')[1]}`).join(','),
      'wait-timeout': '20s',
      'github-token': 'ghs_token',
      'job-name': 'port-policy',
      // Other test files' listeners appear in this namespace's table while they run.
      ...NO_LISTENER_TABLE,
    };
  }

  async function job(o: Omit<StepOptions, 'ws' | 'apiUrl'>) {
    writeFileSync(ws.output, '');
    writeFileSync(ws.state, '');
    writeFileSync(ws.summary, '');
    writeFileSync(pidFile, '');
    // Pinned extends are cached: one cache per workspace, never the user's.
    const env = { XDG_CACHE_HOME: join(ws.dir, 'cache'), ...o.extraEnv };
    const main = await runMain({ ws, apiUrl: github.url, ...o, extraEnv: env });
    const pids = pidsIn(pidFile);
    const post = await runPost({ ws, apiUrl: github.url, ...o, extraEnv: env });
    expect(post.code).toBe(0);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
    return {
      main,
      pids,
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

  test('an exception the pull request approves itself ("@acme/security") fails without an approving review', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, { '.github/portcullis.yml': basePolicy() });
    const { main, log, outputs, summary } = await job({ inputs: scanInputs() });
    expect(log).toContain("reading the base's rules (main @ 0ba5e0b) through the GitHub API");
    expect(
      github.calls.some(
        (c) => c.path === '/repos/acme/shop/contents/.github%2Fportcullis.yml' && c.query.ref === BASE_SHA,
      ),
    ).toBe(true);
    expect(main.code).toBe(1);
    expect(outputs['pending-approval']).toBe('1');
    expect(log).toMatch(
      /::error::Portcullis: 1 open port breaks \.github\/portcullis\.yml \(1 pending approval/,
    );

    // The comment: pending approval first, before any other failure; nobody @mentioned.
    const body = github.comments[0].body;
    expect(
      body.indexOf('**Pending approval — 1 change to the rules that `main @ 0ba5e0b` does not allow**'),
    ).toBeGreaterThan(0);
    expect(body.indexOf('Pending approval —')).toBeLessThan(body.indexOf(`127.0.0.1:${other}/tcp`));
    expect(body).not.toMatch(/@acme\/security/);
    expect(body).toContain('@\u200bacme/security');
    expect(summary).toContain('**Pending approval');

    // The check run fails, with the annotation on the exception's line in the head's policy.
    const run = github.checkRuns[0];
    expect(run.conclusion).toBe('failure');
    expect(run.name).toBe('Portcullis (port-policy)');
    expect(run.output.annotations).toContainEqual(
      expect.objectContaining({
        path: '.github/portcullis.yml',
        start_line: 10,
        annotation_level: 'failure',
        title: expect.stringMatching(/^Pending approval: 127\.0\.0\.1:\d+\/tcp \(exceptions\[0\]\)$/),
      }),
    );
    // The findings travel in the check run, for the review run.
    expect(run.output.text).toMatch(/^<!-- portcullis-findings:v1 [A-Za-z0-9+/=]+ -->$/);

    // The approvers are asked through the API: users, and teams of the repository's organisation.
    expect(github.reviewRequests).toEqual([{ pr: 7, reviewers: ['alice'], team_reviewers: ['security'] }]);
  }, 60_000);

  test('the same pull request passes once an approver named by the base approved its head commit', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, { '.github/portcullis.yml': basePolicy() });
    github.reviews.set(7, [
      { login: 'mallory', state: 'APPROVED', commit_id: HEAD_SHA }, // not an approver
      { login: 'alice', state: 'APPROVED', commit_id: HEAD_SHA },
    ]);
    const { main, outputs } = await job({ inputs: scanInputs() });
    expect(main.code).toBe(0);
    expect(outputs.result).toBe('pass');
    expect(outputs['pending-approval']).toBe('0');
    expect(github.checkRuns[0].conclusion).toBe('success');
    expect(github.comments[0].body).toContain('approved by alice');
    expect(github.reviewRequests).toEqual([]);
  }, 60_000);

  test('an approval of an earlier commit, or a later request for changes, does not count', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, { '.github/portcullis.yml': basePolicy() });
    github.reviews.set(7, [
      { login: 'alice', state: 'APPROVED', commit_id: 'c'.repeat(40) },
      { login: 'carol', state: 'APPROVED', commit_id: HEAD_SHA },
      { login: 'carol', state: 'CHANGES_REQUESTED', commit_id: HEAD_SHA },
    ]);
    const { main } = await job({ inputs: scanInputs() });
    expect(main.code).toBe(1);
    expect(github.comments[0].body).toContain('alice approved an earlier commit \\(ccccccc\\)');
  }, 60_000);

  test('a team approval counts only with approvers-token, checked against the team', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, { '.github/portcullis.yml': basePolicy() });
    github.teams.set('acme/security', ['bob']);
    github.reviews.set(7, [{ login: 'bob', state: 'APPROVED', commit_id: HEAD_SHA }]);
    const without = await job({ inputs: scanInputs() });
    expect(without.main.code).toBe(1);
    expect(github.comments[0].body).toContain('cannot be checked without approvers\\-token');
    expect(github.calls.some((c) => c.path.startsWith('/orgs/'))).toBe(false);

    const withToken = await job({ inputs: { ...scanInputs(), 'approvers-token': 'ghp_org_reader' } });
    expect(withToken.main.code).toBe(0);
    const membership = github.calls.find((c) => c.path === '/orgs/acme/teams/security/memberships/bob');
    expect(membership?.authorization).toBe('token ghp_org_reader');
    expect(withToken.log.replace(/::add-mask::.*\n/g, '')).not.toContain('ghp_org_reader');
  }, 90_000);

  test('a review arriving later is judged from the check run, without bringing anything up', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, { '.github/portcullis.yml': basePolicy() });
    const first = await job({ inputs: scanInputs() });
    expect(first.main.code).toBe(1);
    const commentId = github.comments[0].id;

    github.reviews.set(7, [{ login: 'alice', state: 'APPROVED', commit_id: HEAD_SHA }]);
    writeFileSync(
      ws.event,
      JSON.stringify({
        ...prEvent(7),
        action: 'submitted',
        review: { state: 'approved', user: { login: 'alice' } },
      }),
    );
    const again = await job({
      inputs: { mode: 'review', 'github-token': 'ghs_token', 'job-name': 'port-policy' },
      eventName: 'pull_request_review',
    });
    expect(again.main.code).toBe(0);
    expect(again.pids).toEqual([]); // nothing was started
    expect(again.log).not.toContain('::group::scan');
    expect(again.log).toMatch(
      /judging again the findings of check run \d+ \("Portcullis \(port-policy\)" on bbbbbbb/,
    );
    expect(github.checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success']);
    // The same comment, edited in place.
    expect(github.comments.map((c) => c.id)).toEqual([commentId]);
    expect(github.comments[0].body).toContain('approved by alice');
  }, 90_000);

  test('review mode with no earlier check run does nothing and says why', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, { '.github/portcullis.yml': basePolicy() });
    const r = await job({
      inputs: { mode: 'review', 'github-token': 'ghs_token', 'job-name': 'port-policy' },
      eventName: 'pull_request_review',
    });
    expect(r.main.code).toBe(0);
    expect(r.log).toContain('no "Portcullis (port-policy)" check run with findings on bbbbbbb yet');
    expect(github.writes()).toEqual([]);
  }, 60_000);

  test('a port the pull request adds to the committed baseline fails under fail-on: new (pending)', async () => {
    const entry = (port: number) => ({
      key: `127.0.0.1:${port}/tcp`,
      host: '127.0.0.1',
      port,
      protocol: 'tcp',
      outcome: 'fail',
      rule: { id: 'default', file: '.github/portcullis.yml', line: 2 },
      message: 'open',
    });
    const baseline = (ports: number[]) =>
      JSON.stringify({ version: 1, createdAt: '2026-11-01T00:00:00Z', entries: ports.map(entry) });
    const policy = basePolicy(['fail-on: new']);
    await setup(
      { '.github/portcullis.yml': policy, '.github/baseline.json': baseline([other]) },
      { '.github/portcullis.yml': policy, '.github/baseline.json': baseline([]) },
    );
    const { main, outputs } = await job({ inputs: { ...scanInputs(), baseline: '.github/baseline.json' } });
    expect(main.code).toBe(1);
    expect(outputs['pending-approval']).toBe('1');
    expect(
      github.calls.some(
        (c) => c.path.endsWith('/contents/.github%2Fbaseline.json') && c.query.ref === BASE_SHA,
      ),
    ).toBe(true);
    expect(github.comments[0].body).toContain('Pending approval');
  }, 60_000);

  test("a pull request that edits a file its policy extends is judged by the base's version of that file", async () => {
    const leaf = lines('version: 1', 'extends: ./org.yml', 'approvers: [alice]');
    const org = (ports: number[]) =>
      lines(
        'version: 1',
        'default: deny',
        'allow:',
        ...ports.map((p) => `  - { port: ${p}, protocol: tcp }`),
      );
    await setup(
      { '.github/portcullis.yml': leaf, '.github/org.yml': org([web, other]) },
      { '.github/portcullis.yml': leaf, '.github/org.yml': org([web]) },
    );
    const { main } = await job({ inputs: scanInputs() });
    expect(main.code).toBe(1);
    expect(
      github.calls.some((c) => c.path.endsWith('/contents/.github%2Forg.yml') && c.query.ref === BASE_SHA),
    ).toBe(true);
    expect(github.checkRuns[0].output.annotations).toContainEqual(
      expect.objectContaining({
        path: '.github/org.yml',
        start_line: 5,
        title: expect.stringMatching(/^Pending approval/),
      }),
    );
  }, 60_000);

  test('with no policy at the base (the pull request adds Portcullis) it judges itself, and says so everywhere', async () => {
    await setup({ '.github/portcullis.yml': selfApproved() }, {});
    const { main, log, summary } = await job({ inputs: scanInputs() });
    expect(main.code).toBe(0);
    const words =
      /Judged by this pull request\S{1,8}s own policy: the base \\?\(main @\u200b? 0ba5e0b\\?\) has no \\?\.github\/portcullis\\?\.yml/;
    expect(log).toMatch(
      /::warning::Judged by the pull request's own policy: the base \(main @ 0ba5e0b\) has no/,
    );
    expect(summary).toMatch(words);
    expect(github.comments[0].body).toMatch(words);
    expect(github.checkRuns[0].output.summary).toMatch(words);
  }, 60_000);

  test('extends github:OWNER/REPO/PATH@SHA is read through the API at that commit, with policy-token', async () => {
    const sha = '5'.repeat(40);
    const leaf = lines('version: 1', `extends: ["github:acme/policies/org/ports.yml@${sha}"]`);
    github = new FakeGitHub(); // set up below with the org file in another repository
    await setup({ '.github/portcullis.yml': leaf }, { '.github/portcullis.yml': leaf });
    github.setFile(
      sha,
      'org/ports.yml',
      lines(
        'version: 1',
        'default: deny',
        'allow:',
        `  - { port: ${web}, protocol: tcp }`,
        `  - { port: ${other}, protocol: tcp }`,
      ),
      'acme/policies',
    );
    const { main, log } = await job({ inputs: { ...scanInputs(), 'policy-token': 'ghp_policy_reader' } });
    expect(log.replace(/::add-mask::.*\n/g, '')).not.toContain('ghp_policy_reader');
    expect([main.code, github.comments[0]?.body]).toEqual([0, expect.anything()]);
    const read = github.calls.filter((c) => c.path === '/repos/acme/policies/contents/org%2Fports.yml');
    expect(read.length).toBeGreaterThanOrEqual(1);
    expect(read[0]).toMatchObject({ query: { ref: sha }, authorization: 'token ghp_policy_reader' });
  }, 60_000);
});
