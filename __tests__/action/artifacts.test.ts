import { describe, expect, test } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import {
  findBaselineArtifact,
  jsonFromArchive,
  listRunArtifacts,
  trustedRuns,
  type RunFilter,
} from '../../src/action/artifacts.js';
import { baselineArtifactName, policyKey, storesBaseline } from '../../src/action/baseline-auto.js';
import { queuedPullRequest, readRunContext } from '../../src/action/context.js';
import type { ArtifactRecord, GitHubClient, WorkflowRunRecord } from '../../src/action/github.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The artifact module's choices, on data: which runs may give a baseline, and what an archive may hold. */

const run = (id: number, over: Partial<WorkflowRunRecord> = {}): WorkflowRunRecord => ({
  id,
  workflowId: 77,
  event: 'push',
  headBranch: 'main',
  headSha: `${id}`.padStart(40, '0'),
  headRepository: 'acme/shop',
  repository: 'acme/shop',
  status: 'completed',
  createdAt: `2026-11-20T10:${String(id % 60).padStart(2, '0')}:00Z`,
  ...over,
});

const filter: RunFilter = {
  repository: 'acme/shop',
  workflowId: 77,
  branch: 'main',
  events: ['push', 'schedule'],
  excludeRunId: 99,
};

describe('trustedRuns', () => {
  test('only completed push and schedule runs of this workflow, on the branch, from this repository; newest first', () => {
    const runs = [
      run(1),
      run(2, { event: 'schedule' }),
      run(3, { event: 'pull_request' }),
      run(4, { headRepository: 'forker/shop' }),
      run(5, { workflowId: 78 }),
      run(6, { headBranch: 'feature' }),
      run(7, { status: 'in_progress' }),
      run(8, { repository: 'forker/shop' }),
      run(9, { event: 'workflow_dispatch' }),
      run(99),
      run(1),
    ];
    expect(trustedRuns(runs, filter).map((r) => r.id)).toEqual([2, 1]);
  });
});

function fakeClient(runs: WorkflowRunRecord[], artifacts: Record<number, ArtifactRecord[]>): GitHubClient {
  return {
    listWorkflowRuns: async (_id: number, f: { event: string }) => runs.filter((r) => r.event === f.event),
    listRunArtifacts: async (id: number) => artifacts[id] ?? [],
  } as unknown as GitHubClient;
}
const artifact = (
  id: number,
  runId: number,
  name = 'b',
  over: Partial<ArtifactRecord> = {},
): ArtifactRecord => ({
  id,
  name,
  runId,
  sizeInBytes: 100,
  expired: false,
  ...over,
});

describe('findBaselineArtifact', () => {
  const runs = [run(10), run(20), run(30)];
  const all = { 10: [artifact(110, 10)], 20: [artifact(120, 20)], 30: [artifact(130, 30)] };

  test('the newest run with the artifact', async () => {
    expect((await findBaselineArtifact(fakeClient(runs, all), 'b', filter))?.artifact.id).toBe(130);
  });

  test('at or before the base commit: runs newer than the run on that commit are skipped', async () => {
    const f = { ...filter, atOrBefore: run(20).headSha };
    expect((await findBaselineArtifact(fakeClient(runs, all), 'b', f))?.artifact.id).toBe(120);
    // the run on the base commit has none: the next older one
    const some = { 10: all[10], 30: all[30] };
    expect((await findBaselineArtifact(fakeClient(runs, some), 'b', f))?.artifact.id).toBe(110);
    // no run on the base commit: the newest
    const none = { ...filter, atOrBefore: 'f'.repeat(40) };
    expect((await findBaselineArtifact(fakeClient(runs, all), 'b', none))?.artifact.id).toBe(130);
  });

  test('an expired, oversized, misnamed or other run’s artifact is not taken', async () => {
    const bad = {
      30: [
        artifact(1, 30, 'b', { expired: true }),
        artifact(2, 30, 'b', { sizeInBytes: 1 << 30 }),
        artifact(3, 30, 'bb'),
        artifact(4, 31),
      ],
    };
    expect(await findBaselineArtifact(fakeClient(runs, bad), 'b', filter)).toBeUndefined();
  });

  test('listRunArtifacts: by prefix, unexpired, of that run', async () => {
    const client = {
      listRunArtifacts: async () => [
        artifact(3, 5, 'shard-2'),
        artifact(1, 5, 'shard-1'),
        artifact(2, 5, 'shard-3', { expired: true }),
        artifact(4, 6, 'shard-4'),
        artifact(5, 5, 'other'),
      ],
    } as unknown as GitHubClient;
    expect((await listRunArtifacts(client, 5, 'shard-')).map((a) => a.name)).toEqual(['shard-1', 'shard-2']);
  });
});

describe('jsonFromArchive', () => {
  test('the one JSON file of a zip', () => {
    const zip = zipSync({ 'report.json': strToU8('{"a":1}'), 'notes.txt': strToU8('x') });
    expect(jsonFromArchive(zip, 1000)).toEqual({ name: 'report.json', text: '{"a":1}' });
  });

  test('bounded before inflating, and exactly one JSON file', () => {
    const big = zipSync({ 'report.json': new Uint8Array(5000) });
    expect(() => jsonFromArchive(big, 1000)).toThrow('larger than 1000 bytes');
    const two = zipSync({ 'a.json': strToU8('{}'), 'b.json': strToU8('{}') });
    expect(() => jsonFromArchive(two, 1000)).toThrow('2 JSON files');
    expect(() => jsonFromArchive(zipSync({ 'a.txt': strToU8('x') }), 1000)).toThrow('no JSON file');
    expect(() => jsonFromArchive(Buffer.from('PK\x03\x04garbage'), 1000)).toThrow('not a readable zip');
  });

  test('an artifact uploaded unzipped is its file', () => {
    expect(jsonFromArchive(strToU8('{"a":1}'), 1000).text).toBe('{"a":1}');
  });
});

describe('names and events', () => {
  test('one artifact name per job and policy, whatever the policy path is spelled like', () => {
    const a = baselineArtifactName('port-policy', policyKey('.github/portcullis.yml', '/ws'));
    expect(a).toMatch(/^portcullis-baseline-[0-9a-f]{16}$/);
    expect(baselineArtifactName('port-policy', policyKey('./.github/../.github/portcullis.yml', '/ws'))).toBe(
      a,
    );
    expect(baselineArtifactName('port-policy', policyKey('/ws/.github/portcullis.yml', '/ws'))).toBe(a);
    expect(baselineArtifactName('other-job', '.github/portcullis.yml')).not.toBe(a);
    expect(baselineArtifactName('port-policy', 'portcullis:strict')).not.toBe(a);
  });

  test('the pull request of a merge queue entry, from its head_ref', () => {
    expect(queuedPullRequest(`refs/heads/gh-readonly-queue/main/pr-123-${'a'.repeat(40)}`)).toBe(123);
    expect(queuedPullRequest(`gh-readonly-queue/release/1.x/pr-9-${'a'.repeat(40)}`)).toBe(9);
    expect(queuedPullRequest('refs/heads/feature/pr-123-abc')).toBeUndefined();
    expect(queuedPullRequest(undefined)).toBeUndefined();
  });

  test('a merge_group event: the queue commit, its base and the pull request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-ctx-'));
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        merge_group: {
          head_sha: 'd'.repeat(40),
          head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${'e'.repeat(40)}`,
          base_sha: 'c'.repeat(40),
          base_ref: 'refs/heads/main',
        },
      }),
    );
    const ctx = readRunContext({
      GITHUB_EVENT_NAME: 'merge_group',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '12',
    });
    expect(ctx).toMatchObject({
      sha: 'd'.repeat(40),
      runId: 12,
      mergeGroup: { headSha: 'd'.repeat(40), baseSha: 'c'.repeat(40), baseRef: 'main', pullRequest: 7 },
    });
    expect(ctx.pullRequest).toBeUndefined();
  });

  test('only pushes to the default branch and scheduled runs store a baseline', () => {
    const base = { owner: 'acme', repo: 'shop', workspace: '/ws', apiUrl: '' };
    expect(storesBaseline({ ...base, eventName: 'schedule' })).toBe(true);
    expect(
      storesBaseline({ ...base, eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' }),
    ).toBe(true);
    expect(storesBaseline({ ...base, eventName: 'push', ref: 'refs/heads/dev', defaultBranch: 'main' })).toBe(
      false,
    );
    expect(storesBaseline({ ...base, eventName: 'push', ref: 'refs/heads/main' })).toBe(false);
    expect(
      storesBaseline({ ...base, eventName: 'pull_request', ref: 'refs/heads/main', defaultBranch: 'main' }),
    ).toBe(false);
    expect(
      storesBaseline({ ...base, eventName: 'merge_group', ref: 'refs/heads/main', defaultBranch: 'main' }),
    ).toBe(false);
  });
});
