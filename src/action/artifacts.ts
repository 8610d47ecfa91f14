import { basename, dirname } from 'node:path';
import { unzipSync } from 'fflate';
import type { ArtifactRecord, GitHubClient, WorkflowRunRecord } from './github.js';

/**
 * Workflow artifacts, for what one job hands another through GitHub: the baseline a run on
 * the default branch stores for pull requests, and (issue 16) the shard reports a matrix
 * uploads for one job to merge. Uploads go through @actions/artifact (the results service
 * and signed blob URLs, with the runner's ACTIONS_RUNTIME_TOKEN: no workflow permission);
 * finding and downloading go through the REST API (`actions: read`). Everything here is
 * bounded in count, size and time, and nothing trusts an artifact's name alone: which run
 * uploaded it decides whether it may be used.
 */

export const ARTIFACT_LIMITS = {
  /** The largest archive downloaded. */
  maxArchiveBytes: 64 * 1024 * 1024,
  /** The largest JSON file read out of one (the report parser's own bound is 32 MiB). */
  maxJsonBytes: 32 * 1024 * 1024,
  /** One download, or one upload, from start to end. */
  timeoutMs: 120_000,
  /** Runs whose artifacts are looked at before giving up. */
  maxRuns: 20,
  /** Runs listed per event. */
  runsPerPage: 30,
} as const;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Upload one file as a workflow artifact of this run (zipped, as upload-artifact does, so the
 * REST API's `/zip` download serves it). Throws on failure; the caller decides how loud.
 */
export async function uploadJsonArtifact(
  name: string,
  file: string,
  options: { retentionDays?: number; timeoutMs?: number } = {},
): Promise<{ id: number; size: number }> {
  // Loaded only when a run uploads: pull request runs never pay for the blob client.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const result = await withTimeout(
    client.uploadArtifact(name, [file], dirname(file), {
      ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
    }),
    options.timeoutMs ?? ARTIFACT_LIMITS.timeoutMs,
    `the upload of ${basename(file)} as the artifact ${name}`,
  );
  if (result.id === undefined) throw new Error(`the artifact ${name} was uploaded but GitHub gave no id`);
  return { id: result.id, size: result.size ?? 0 };
}

/** Which runs may supply an artifact: this repository's own workflow, on one branch, from these events. */
export interface RunFilter {
  /** owner/name of this repository: a run's head must come from it (never a fork's). */
  repository: string;
  workflowId: number;
  branch: string;
  /** e.g. push and schedule: never pull_request, whose run is the pull request's to steer. */
  events: readonly string[];
  /** Prefer the run on this commit, and skip runs newer than it (see findBaselineArtifact). */
  atOrBefore?: string;
  /** A run never takes its own artifacts as a baseline. */
  excludeRunId?: number;
  maxRuns?: number;
}

/** The runs the filter allows, newest first. Checked here whatever the API was asked, so a loose answer changes nothing. */
export function trustedRuns(runs: readonly WorkflowRunRecord[], filter: RunFilter): WorkflowRunRecord[] {
  const seen = new Set<number>();
  return runs
    .filter((r) => {
      if (seen.has(r.id)) return false;
      seen.add(r.id);
      return (
        r.workflowId === filter.workflowId &&
        filter.events.includes(r.event) &&
        r.headBranch === filter.branch &&
        r.headRepository === filter.repository &&
        (r.repository === undefined || r.repository === filter.repository) &&
        (r.status === undefined || r.status === 'completed') &&
        r.id !== filter.excludeRunId
      );
    })
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id);
}

export interface FoundArtifact {
  artifact: ArtifactRecord;
  run: WorkflowRunRecord;
}

/**
 * The newest artifact of this exact name from a run the filter allows. With `atOrBefore`
 * (the base commit of a pull request or a merge queue entry), runs newer than the newest run
 * on that very commit are skipped, so a base that moved on after the pull request was
 * compared does not judge it; when no listed run is on that commit (a queue entry built on
 * an earlier entry, or a base commit whose run has not finished), the newest run is used.
 * Undefined when none of the first `maxRuns` runs has one.
 */
export async function findBaselineArtifact(
  client: GitHubClient,
  name: string,
  filter: RunFilter,
): Promise<FoundArtifact | undefined> {
  const listed: WorkflowRunRecord[] = [];
  for (const event of filter.events) {
    listed.push(
      ...(await client.listWorkflowRuns(filter.workflowId, {
        branch: filter.branch,
        event,
        status: 'completed',
        perPage: ARTIFACT_LIMITS.runsPerPage,
      })),
    );
  }
  let runs = trustedRuns(listed, filter);
  if (filter.atOrBefore) {
    const at = runs.findIndex((r) => r.headSha === filter.atOrBefore);
    if (at > 0) runs = runs.slice(at);
  }
  for (const run of runs.slice(0, filter.maxRuns ?? ARTIFACT_LIMITS.maxRuns)) {
    const artifact = (await client.listRunArtifacts(run.id, name)).find(
      (a) =>
        a.name === name &&
        !a.expired &&
        (a.runId === undefined || a.runId === run.id) &&
        a.sizeInBytes <= ARTIFACT_LIMITS.maxArchiveBytes,
    );
    if (artifact) return { artifact, run };
  }
  return undefined;
}

/** The unexpired artifacts of one run whose names start with a prefix (the shards of a matrix), oldest first. */
export async function listRunArtifacts(
  client: GitHubClient,
  runId: number,
  namePrefix: string,
): Promise<ArtifactRecord[]> {
  return (await client.listRunArtifacts(runId))
    .filter(
      (a) => a.name.startsWith(namePrefix) && !a.expired && (a.runId === undefined || a.runId === runId),
    )
    .sort((a, b) => a.id - b.id);
}

/**
 * The one JSON file an artifact holds, as text. The archive is a zip (upload-artifact's and
 * ours); an artifact uploaded unzipped is its file itself. Bounded: the archive's size, each
 * entry's declared size before it is inflated, and the time.
 */
export async function downloadArtifactJson(
  client: GitHubClient,
  artifactId: number,
  limits: { maxArchiveBytes?: number; maxJsonBytes?: number; timeoutMs?: number } = {},
): Promise<{ name: string; text: string }> {
  const maxJson = limits.maxJsonBytes ?? ARTIFACT_LIMITS.maxJsonBytes;
  const archive = await client.downloadArtifact(artifactId, {
    maxBytes: limits.maxArchiveBytes ?? ARTIFACT_LIMITS.maxArchiveBytes,
    timeoutMs: limits.timeoutMs ?? ARTIFACT_LIMITS.timeoutMs,
  });
  return { ...jsonFromArchive(archive, maxJson) };
}

/** The single `.json` file of a zip archive (or the bytes themselves, when they are not a zip). */
export function jsonFromArchive(archive: Uint8Array, maxJsonBytes: number): { name: string; text: string } {
  const isZip = archive.length >= 4 && archive[0] === 0x50 && archive[1] === 0x4b && archive[2] === 0x03;
  if (!isZip) {
    if (archive.length > maxJsonBytes) throw new Error(`the artifact is larger than ${maxJsonBytes} bytes`);
    return { name: '(unzipped)', text: Buffer.from(archive).toString('utf8') };
  }
  const names: string[] = [];
  let tooLarge: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(archive, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        names.push(f.name);
        if (!f.name.toLowerCase().endsWith('.json')) return false;
        if (f.originalSize > maxJsonBytes) {
          tooLarge = f.name;
          return false;
        }
        return true;
      },
    });
  } catch (err) {
    throw new Error(
      `the artifact is not a readable zip archive: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (tooLarge) throw new Error(`${tooLarge} in the artifact is larger than ${maxJsonBytes} bytes`);
  const json = Object.keys(files);
  if (json.length !== 1)
    throw new Error(
      `the artifact holds ${json.length === 0 ? 'no JSON file' : `${json.length} JSON files`} (${names.slice(0, 5).join(', ') || 'nothing'}); expected exactly one`,
    );
  const file = files[json[0]];
  if (file.byteLength > maxJsonBytes)
    throw new Error(`${json[0]} in the artifact is larger than ${maxJsonBytes} bytes`);
  return { name: json[0], text: Buffer.from(file).toString('utf8') };
}
