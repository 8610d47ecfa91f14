import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { FakeGitHub } from './helpers/github-server.js';
import { FakeActions } from './helpers/actions-server.js';
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
  type Workspace,
} from './helpers/runner.js';
import { reportArtifactName, reportGroupHash } from '../../src/action/shard-artifacts.js';

/**
 * Issue 16, item 3, end to end: the bundled action as the jobs of a matrix. Each shard job
 * scans real listeners and uploads its report through the real @actions/artifact client (the
 * results service's twirp API and signed blob storage, stood in on loopback); the merge job,
 * given no `reports`, lists this run's artifacts through the REST API, downloads each, and
 * publishes one comment, one check run and one SARIF file. A missing shard fails the merge,
 * naming the artifact it expected, and an artifact of another run is never used in its place.
 */

const missing = distMissing();
const d = missing ? describe.skip : describe;
if (missing) console.log(`skipping the action e2e tests: ${missing}`);

const HASH = reportGroupHash('', '.github/portcullis.yml');
const name = (k: number, n: number) => reportArtifactName('untrusted', { index: k, count: n }, HASH);

d('the action across a matrix: shard report artifacts and the merge job', () => {
  let github: FakeGitHub;
  let actions: FakeActions;
  let ws: Workspace;
  let web: number;
  let other: number;
  let third: number;
  let pidFile: string;
  const workspaces: Workspace[] = [];

  beforeAll(async () => {
    web = await freePort();
    other = await freePort();
    third = await freePort();
  });

  async function setup() {
    github = new FakeGitHub();
    await github.start();
    actions = new FakeActions(github);
    await actions.start();
    ws = makeWorkspace(prEvent(21, 'c'.repeat(40)));
    workspaces.push(ws);
    writePolicy(ws, web);
    pidFile = join(ws.dir, 'pids.txt');
  }

  async function step(inputs: Record<string, string>, runId: number) {
    writeFileSync(ws.output, '');
    writeFileSync(ws.state, '');
    writeFileSync(ws.summary, '');
    writeFileSync(pidFile, '');
    actions.currentRunId = runId;
    const o = {
      ws,
      apiUrl: github.url,
      inputs: { 'github-token': 'ghs_token', baseline: 'none', ...inputs },
      extraEnv: { ...actions.uploadEnv(), GITHUB_RUN_ID: String(runId) },
    };
    const main = await runMain(o);
    const pids = pidsIn(pidFile);
    const post = await runPost(o);
    expect(post.code).toBe(0);
    expect(await waitUntil(() => !pids.some(alive), 10_000)).toBe(true);
    const outputs = parseFileCommands(ws.output);
    return { main, log: main.stdout + main.stderr, outputs };
  }

  /** One leg of the matrix: shard K of N over three ports, two of them listening (web allowed, other denied). */
  const shardJob = (k: number, n: number, runId: number) =>
    step(
      {
        targets: '127.0.0.1',
        ports: `${web},${other},${third}`,
        shard: `${k}/${n}`,
        start: startCommand(pidFile, [`http:${web}`, `http:${other}`]),
        'wait-for': `127.0.0.1:${web},127.0.0.1:${other}`,
        'wait-timeout': '20s',
        comment: 'never',
        'check-run': 'false',
        ...NO_LISTENER_TABLE,
      },
      runId,
    );

  const mergeJob = (runId: number, extra: Record<string, string> = {}) =>
    step({ mode: 'merge', 'job-name': 'judge', 'sarif-file': 'merged.sarif', ...extra }, runId);

  afterEach(async () => {
    for (const pid of pidsIn(pidFile)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await github.stop();
    await actions.stop();
  });
  afterAll(() => {
    for (const w of workspaces) rmSync(w.dir, { recursive: true, force: true });
  });

  test('shard jobs upload their reports; the merge job gathers them from this run and publishes once', async () => {
    await setup();
    // An artifact of an earlier run with the very name of shard 1: never to be used.
    const stale = actions.plant(699, name(1, 2), { version: 1, stale: true });
    const shards = [await shardJob(1, 2, 700), await shardJob(2, 2, 700)];
    for (const [i, s] of shards.entries()) {
      expect(s.log).toContain(`uploaded this report as the artifact ${name(i + 1, 2)}`);
      // The shard jobs publish nothing of their own here (comment never, no check run).
    }
    expect(github.comments).toHaveLength(0);
    const uploaded = actions.artifacts.filter((a) => a.runId === 700);
    expect(uploaded.map((a) => a.name).sort()).toEqual([name(1, 2), name(2, 2)]);
    // Through the results service to signed blob URLs; blob storage never sees a token.
    expect(actions.serviceCalls.map((c) => c.path)).toContain(
      '/twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
    );
    expect(
      actions.serviceCalls.filter((c) => c.path.startsWith('/blob/')).every((c) => !c.authorization),
    ).toBe(true);
    const parts = uploaded.map(
      (a) => JSON.parse(strFromU8(unzipSync(a.data)['report.json'])) as { scan: { shard: unknown } },
    );
    expect(parts.map((p) => p.scan.shard)).toEqual(
      expect.arrayContaining([
        { index: 1, count: 2 },
        { index: 2, count: 2 },
      ]),
    );

    // The REST API answers loosely (every run's artifacts): the action's own check keeps run 699 out.
    actions.leaky = true;
    const { main, log, outputs } = await mergeJob(700);
    expect(log).toContain('merge: gathered 2 report artifacts of run 700');
    expect(log).toContain('merged 2 reports from untrusted (2/2 shards)');
    expect(actions.restCalls().map((c) => c.path)).toContain('/repos/acme/shop/actions/runs/700/artifacts');
    expect(actions.restCalls().map((c) => c.path)).not.toContain(
      `/repos/acme/shop/actions/artifacts/${stale.id}/zip`,
    );
    const merged = JSON.parse(readFileSync(outputs['report-json'], 'utf8')) as {
      result: string;
      ports: Array<{ port: number }>;
      verdicts: Array<{ port: number; outcome: string }>;
      scan: { merged: { groups: unknown[] } };
    };
    expect(merged.ports.map((p) => p.port).sort()).toEqual([web, other].sort());
    expect(merged.verdicts.find((v) => v.port === other)?.outcome).toBe('fail');
    expect(merged.scan.merged.groups[0]).toMatchObject({ shards: 2, present: [1, 2], missing: [] });
    expect(merged.result).toBe('fail');
    expect(main.code).toBe(1);
    expect(github.comments).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(ws.dir, 'merged.sarif'), 'utf8')).version).toBe('2.1.0');
    // The merge job uploads nothing of its own.
    expect(actions.artifacts.filter((a) => a.runId === 700)).toHaveLength(2);
  });

  test('a missing shard fails the merge naming the artifact, even when another run holds one of that name', async () => {
    await setup();
    const first = await shardJob(1, 2, 800);
    expect(first.log).toContain(`uploaded this report as the artifact ${name(1, 2)}`);
    // Run 799 has a whole shard 2/2 of this very scan: not this run's, so not used.
    const uploaded = actions.artifacts.find((a) => a.runId === 800)!;
    const shard1 = JSON.parse(strFromU8(unzipSync(uploaded.data)['report.json'])) as {
      scan: Record<string, unknown>;
    };
    const planted = actions.plant(799, name(2, 2), {
      ...shard1,
      scan: { ...shard1.scan, shard: { index: 2, count: 2 } },
    });
    actions.leaky = true;

    const failed = await mergeJob(800);
    expect(failed.main.code).toBe(1);
    expect(failed.log).toContain(
      `::error::Portcullis: merge: shard 2/2 of the untrusted vantage (no artifact ${name(2, 2)}) is missing from run 800`,
    );
    expect(github.comments).toHaveLength(0);

    // allow-partial: a report that cannot pass, saying which shard is missing.
    const partial = await mergeJob(800, { 'allow-partial': 'true' });
    const report = JSON.parse(readFileSync(partial.outputs['report-json'], 'utf8')) as {
      result: string;
      partial: boolean;
      notices: string[];
    };
    expect(report.partial).toBe(true);
    expect(report.result).not.toBe('pass');
    expect(report.notices.join('\n')).toContain('Shard 2/2 of the untrusted vantage');
    expect(partial.main.code).toBe(1);
    expect(actions.restCalls().map((c) => c.path)).not.toContain(
      `/repos/acme/shop/actions/artifacts/${planted.id}/zip`,
    );
  });

  test('the merge job names the permission it lacks, and a run with no report artifacts says what uploads them', async () => {
    await setup();
    github.fail({
      method: 'GET',
      path: /\/actions\/runs\/900\/artifacts$/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const forbidden = await mergeJob(900);
    expect(forbidden.main.code).toBe(1);
    expect(forbidden.log).toMatch(/::error::Portcullis: [^\n]*403[^\n]*permissions: actions: read/);

    const none = await mergeJob(901);
    expect(none.main.code).toBe(1);
    expect(none.log).toContain(
      `::error::Portcullis: merge: run 901 has no report artifacts named portcullis-report-<vantage>-<K>of<N>-${HASH}`,
    );
    expect(existsSync(join(ws.dir, 'merged.sarif'))).toBe(false);
  });
});
