import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient, retryDelay, DEFAULT_RETRY, type GitHubClient } from '../../src/action/github.js';
import { failureReason, publishCheckRun, publishComment } from '../../src/action/publish.js';
import { commentMarker } from '../../src/report/comment.js';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import { silentLogger, type Logger, type Verdict } from '../../src/model.js';
import { FakeGitHub } from './helpers/github-server.js';
import { sampleReport } from '../report/helpers/sample.js';

/** The publishing logic over the real Octokit client, against the loopback GitHub stand-in. */

const warnings: string[] = [];
const logger: Logger = { ...silentLogger, warn: (m) => warnings.push(m) };
const github = new FakeGitHub();
let client: GitHubClient;

beforeAll(async () => {
  await github.start();
  client = createGitHubClient({
    token: 't',
    owner: 'acme',
    repo: 'shop',
    baseUrl: github.url,
    retry: { baseDelayMs: 10 },
  });
});
afterAll(() => github.stop());
beforeEach(() => {
  github.calls.length = 0;
  github.comments.length = 0;
  github.checkRuns.length = 0;
  github.failures.length = 0;
  warnings.length = 0;
});

const comment = (mode: 'always' | 'on-failure' | 'never', failed: boolean, report = sampleReport()) =>
  publishComment(client, {
    issue: 7,
    report,
    jobName: 'port-policy',
    mode,
    failed,
    logger,
    detailsUrl: 'https://github.example/run/1',
  });

describe('the PR comment', () => {
  test('created once, then edited in place; another job or policy gets its own', async () => {
    expect(await comment('always', true)).toMatchObject({ action: 'created' });
    const id = github.comments[0].id;
    expect(await comment('always', true)).toEqual(expect.objectContaining({ action: 'updated', id }));
    expect(github.comments).toHaveLength(1);
    await publishComment(client, {
      issue: 7,
      report: sampleReport(),
      jobName: 'prod',
      mode: 'always',
      failed: true,
      logger,
    });
    expect(github.comments).toHaveLength(2);
  });

  test("a human's comment quoting the marker is never edited; ours is created and then edited", async () => {
    const marker = commentMarker('port-policy', '.github/portcullis.yml');
    github.comments.push({
      id: 1,
      issue: 7,
      body: `${marker}\nlol`,
      user: { login: 'mallory', type: 'User' },
    });
    await comment('always', true);
    const ours = github.comments.find((c) => c.user.type === 'Bot')!;
    expect(ours).toBeDefined();
    await comment('always', true);
    expect(github.writes()).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${ours.id}`,
    ]);
    expect(github.comments.find((c) => c.id === 1)!.body).toContain('lol');
  });

  test('with a personal access token, its own user comment is found again by login', async () => {
    github.userLogin = 'release-bot-user';
    try {
      const marker = commentMarker('port-policy', '.github/portcullis.yml');
      github.comments.push({
        id: 1,
        issue: 7,
        body: `${marker}\nlol`,
        user: { login: 'mallory', type: 'User' },
      });
      await comment('always', true);
      await comment('always', true);
      const mine = github.comments.filter((c) => c.user.login === 'release-bot-user');
      expect(mine).toHaveLength(1);
      expect(github.writes().at(-1)).toBe(`PATCH /repos/acme/shop/issues/comments/${mine[0].id}`);
      expect(github.comments.find((c) => c.id === 1)!.body).toContain('lol');
    } finally {
      github.userLogin = undefined;
    }
  });

  test('on-failure: no new comment for a pass, but an earlier failure comment is updated to the pass', async () => {
    const pass = sampleReport({
      result: 'pass',
      verdicts: [],
      summary: { violations: 0, warnings: 0, passed: 0 },
    });
    expect(await comment('on-failure', false, pass)).toBeUndefined();
    expect(github.comments).toHaveLength(0);
    await comment('on-failure', true);
    await comment('on-failure', false, pass);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain('✅ Portcullis');
  });

  test('never: no API call at all', async () => {
    expect(await comment('never', true)).toBeUndefined();
    expect(github.calls).toHaveLength(0);
  });

  test('violations first, the rest collapsed; a pass is one short line', async () => {
    await comment('always', true);
    const body = github.comments[0].body;
    expect(body.indexOf('6379/tcp')).toBeLessThan(body.indexOf('<details>'));
    expect(body.indexOf('443/tcp')).toBeGreaterThan(body.indexOf('<details>'));
    const pass = sampleReport({
      result: 'pass',
      verdicts: sampleReport().verdicts.filter((v) => v.outcome === 'pass'),
      summary: { violations: 0, warnings: 0, passed: 1 },
    });
    await comment('always', false, pass);
    const lines = github.comments[0].body.split('\n').filter((l) => l && !l.startsWith('<!--'));
    // Counted from the verdicts, as the details below are (this report lists 4 ports, judges 1).
    expect(lines[0]).toBe('### ✅ Portcullis — 1 open port, all allowed');
    expect(github.comments[0].body).toContain('<summary>1 open port passes</summary>');
    expect(github.comments[0].body.split('<details>')[0].split('\n').filter(Boolean)).toHaveLength(2);
  });

  test("kept under GitHub's 65,536-character limit, with a notice pointing to the job summary", async () => {
    const many = sampleReport();
    const base = many.verdicts[0];
    many.verdicts = Array.from({ length: 3000 }, (_, i): Verdict => ({
      ...base,
      port: 10_000 + i,
      message: `${base.message} ${'x'.repeat(40)}`,
    }));
    await comment('always', true, many);
    const body = github.comments[0].body;
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toMatch(
      /Truncated to fit GitHub's comment limit; the full report is in the \[job summary\]\(https:\/\/github\.example\/run\/1\)/,
    );
    expect(body.startsWith(commentMarker('port-policy', '.github/portcullis.yml'))).toBe(true);
  });

  test('a 403 is a warning naming the permission; nothing throws', async () => {
    github.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    expect(await comment('always', true)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(
      /403 "Resource not accessible by integration".*`pull-requests: write`/,
    );
  });
});

describe('the check run', () => {
  test('annotations go 50 per request: the first batch with the create, the rest as updates', async () => {
    const many = sampleReport();
    const base = many.verdicts[0];
    many.verdicts = Array.from({ length: 120 }, (_, i): Verdict => ({
      ...base,
      port: 20_000 + i,
      rule: { ...base.rule, line: 3 },
    }));
    const result = await publishCheckRun(client, {
      report: many,
      sha: 'f'.repeat(40),
      jobName: 'port-policy',
      failed: true,
      workspace: process.cwd(),
      logger,
    });
    expect(result).toEqual({ id: github.checkRuns[0].id, annotations: 120, requests: 3 });
    const sizes = github.calls
      .filter((c) => c.path.includes('check-runs'))
      .map((c) => (c.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(github.writes()).toEqual([
      'POST /repos/acme/shop/check-runs',
      `PATCH /repos/acme/shop/check-runs/${result!.id}`,
      `PATCH /repos/acme/shop/check-runs/${result!.id}`,
    ]);
    expect(github.checkRuns[0].output.annotations).toHaveLength(120);
    expect(github.checkRuns[0]).toMatchObject({
      conclusion: 'failure',
      head_sha: 'f'.repeat(40),
      name: 'Portcullis (port-policy)',
    });
  });

  test('annotations sit on the rule lines of the policy file', async () => {
    await publishCheckRun(client, {
      report: sampleReport(),
      sha: 'f'.repeat(40),
      jobName: 'x',
      failed: true,
      workspace: process.cwd(),
      logger,
    });
    const anns = github.checkRuns[0].output.annotations as Array<{
      path: string;
      start_line: number;
      annotation_level: string;
    }>;
    expect(anns.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['.github/portcullis.yml', 2, 'failure'],
      ['.github/portcullis.yml', 14, 'failure'],
      ['.github/portcullis.yml', 9, 'warning'],
    ]);
  });
});

describe('retries and failure', () => {
  test('retryDelay: 5xx and rate limits retried, honouring Retry-After and the reset time; other errors not', () => {
    const now = 1_000_000_000_000;
    expect(retryDelay({ status: 502 }, 0, DEFAULT_RETRY, now)).toBe(1000);
    expect(retryDelay({ status: 503 }, 2, DEFAULT_RETRY, now)).toBe(4000);
    expect(
      retryDelay({ status: 429, response: { headers: { 'retry-after': '7' } } }, 0, DEFAULT_RETRY, now),
    ).toBe(7000);
    expect(
      retryDelay(
        {
          status: 403,
          response: {
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 20) },
          },
        },
        0,
        DEFAULT_RETRY,
        now,
      ),
    ).toBe(21_000);
    expect(
      retryDelay({ status: 403, message: 'You have exceeded a secondary rate limit' }, 0, DEFAULT_RETRY, now),
    ).toBe(1000);
    // A reset an hour away is not worth holding the job for.
    expect(
      retryDelay({ status: 429, response: { headers: { 'retry-after': '3600' } } }, 0, DEFAULT_RETRY, now),
    ).toBeUndefined();
    expect(
      retryDelay({ status: 403, message: 'Resource not accessible by integration' }, 0, DEFAULT_RETRY, now),
    ).toBeUndefined();
    expect(retryDelay({ status: 404 }, 0, DEFAULT_RETRY, now)).toBeUndefined();
    expect(retryDelay({ status: 422 }, 0, DEFAULT_RETRY, now)).toBeUndefined();
  });

  test('a hung connection times out and is retried', async () => {
    const quick = createGitHubClient({
      token: 't',
      owner: 'acme',
      repo: 'shop',
      baseUrl: github.url,
      retry: { baseDelayMs: 10, requestTimeoutMs: 2000 },
    });
    github.fail({ method: 'GET', path: /comments$/, status: 0, message: '', times: 1 });
    const result = await publishComment(quick, {
      issue: 7,
      report: sampleReport(),
      jobName: 'j',
      mode: 'always',
      failed: true,
      logger,
    });
    expect(result).toMatchObject({ action: 'created' });
    expect(github.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
  });

  test('the client gives up after its retries and the caller only warns', async () => {
    github.fail({ method: 'GET', path: /comments$/, status: 500, message: 'boom' });
    expect(await comment('always', true)).toBeUndefined();
    expect(github.calls.filter((c) => c.method === 'GET')).toHaveLength(DEFAULT_RETRY.retries + 1);
    expect(warnings.join('\n')).toContain('could not comment on the pull request: boom');
  });

  test('failureReason reads the report and nothing else: its result, with its headline', () => {
    const r = sampleReport();
    expect(failureReason(r)).toBe('2 open ports break .github/portcullis.yml');
    const pass = sampleReport({
      result: 'pass',
      verdicts: [],
      summary: { violations: 0, warnings: 0, passed: 0 },
    });
    expect(failureReason(pass)).toBeUndefined();
    expect(failureReason({ ...pass, partial: true, result: 'fail' })).toMatch(/interrupted/);
  });
});
