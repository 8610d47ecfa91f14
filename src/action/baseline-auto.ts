import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Logger, Report } from '../model.js';
import { parseReport } from '../report/index.js';
import { untrustedLine } from '../untrusted.js';
import {
  downloadArtifactJson,
  findBaselineArtifact,
  uploadJsonArtifact,
  type FoundArtifact,
} from './artifacts.js';
import type { RunContext } from './context.js';
import { GitHubApiError, type GitHubClient } from './github.js';
import type { ActionSettings } from './inputs.js';

/**
 * `baseline: auto` (the default): a run on the default branch (push or schedule) stores its
 * JSON report as a workflow artifact named after this job and policy, and a pull request's
 * run (or a merge queue entry's) fetches the newest one from runs of this repository's same
 * workflow on its base branch, pushed or scheduled, never a pull request's run or a fork's:
 * a pull request that could plant its own baseline would pass under `fail-on: new`. A
 * baseline that cannot be had is no baseline (every violation is new), never a pass.
 */

/** The events whose runs may store a baseline, and whose baselines a pull request may use. */
export const BASELINE_EVENTS = ['push', 'schedule'] as const;
export const BASELINE_ARTIFACT_PREFIX = 'portcullis-baseline-';

/** The policy as a repository path (`.github/portcullis.yml`), or a built-in's name, so both runs name it alike. */
export function policyKey(policyFile: string, workspace: string): string {
  if (policyFile.startsWith('portcullis:')) return policyFile;
  const rel = relative(workspace, resolve(workspace, policyFile));
  return rel.startsWith('..') || isAbsolute(rel) ? policyFile : rel.split(sep).join('/');
}

/** `portcullis-baseline-` and the first 16 hex digits of sha256(job name, newline, policy path). */
export function baselineArtifactName(jobName: string, policy: string): string {
  return (
    BASELINE_ARTIFACT_PREFIX + createHash('sha256').update(`${jobName}\n${policy}`).digest('hex').slice(0, 16)
  );
}

/**
 * Every sentence this feature says, in one place (the comment, the summary and the check run
 * show the notices; the step log shows them too).
 */
export const BaselineWords = {
  compared: (f: FoundArtifact, branch: string) =>
    `Compared with the baseline that run ${f.run.id} (${f.run.event}) stored on \`${branch}\` @ ${f.run.headSha.slice(0, 7)}${f.run.createdAt ? ` on ${f.run.createdAt.slice(0, 10)}` : ''}: each violation is new, unchanged or gone.`,
  none: (branch: string, name: string) =>
    `No baseline yet: every violation counts as new. A baseline is made by a push or schedule run of this workflow on \`${branch}\` with this job and policy (baseline: auto, the default); it stores its report as the artifact ${name}.`,
  forbidden: (status: number, message: string) =>
    `The baseline could not be fetched: GitHub answered ${status} "${untrustedLine(message, 200)}". The job needs \`permissions: actions: read\` to find and download it. Until then every violation counts as new.`,
  failed: (why: string) =>
    `The baseline could not be fetched (${untrustedLine(why, 300)}); every violation counts as new.`,
  noToken: () =>
    'No baseline: baseline: auto needs a github-token with `actions: read` to fetch the base branch’s baseline; every violation counts as new.',
  noBase: (event: string) =>
    `No baseline: the ${event} event names no base branch to fetch one from; every violation counts as new.`,
  stored: (name: string, id: number, branch: string) =>
    `stored this report as the baseline artifact ${name} (id ${id}) for pull requests into ${branch}`,
  notStoredPartial: (name: string) =>
    `the report is partial, so it is not stored as the baseline ${name}; the last whole one stays in use`,
  storeFailed: (name: string, why: string) =>
    `could not store this report as the baseline artifact ${name}: ${untrustedLine(why, 400)}. ` +
    'Pull requests will find no new baseline until a run stores one. Uploads use the runner’s ACTIONS_RUNTIME_TOKEN and need no workflow permission; ' +
    'they need GitHub.com or GitHub Enterprise Cloud (GHES has no artifact service for them).',
} as const;

/** What the pull request (or merge queue) run is compared with: a file to hand the session, and what to tell the reviewer. */
export interface AutoBaseline {
  file?: string;
  notice: string;
}

/** Where a run fetches from: the base branch and commit of its pull request or merge queue entry; undefined for other events. */
function fetchTarget(ctx: RunContext): { branch?: string; sha?: string } | undefined {
  if (ctx.mergeGroup) return { branch: ctx.mergeGroup.baseRef, sha: ctx.mergeGroup.baseSha };
  if (ctx.pullRequest) return { branch: ctx.pullRequest.baseRef, sha: ctx.pullRequest.baseSha };
  return undefined;
}

/** Fetch the base branch's baseline for a pull request or merge queue run; undefined on other events. */
export async function fetchAutoBaseline(
  settings: ActionSettings,
  ctx: RunContext,
  client: GitHubClient | undefined,
  logger: Logger,
  dir: string,
  /** The run whose workflow stores the baseline: this run, or (mode: review) the run that scanned. */
  workflowRunId = ctx.runId,
): Promise<AutoBaseline | undefined> {
  const target = fetchTarget(ctx);
  if (!target) return undefined;
  const name = baselineArtifactName(settings.jobName, policyKey(settings.policyFile, ctx.workspace));
  if (!target.branch) return { notice: BaselineWords.noBase(ctx.eventName || 'this') };
  if (!client) return { notice: BaselineWords.noToken() };
  if (!workflowRunId)
    return { notice: BaselineWords.failed('no workflow run names the workflow that stores it') };
  const branch = target.branch;
  try {
    const self = await client.getWorkflowRun(workflowRunId);
    const found = await findBaselineArtifact(client, name, {
      repository: `${ctx.owner}/${ctx.repo}`,
      workflowId: self.workflowId,
      branch,
      events: BASELINE_EVENTS,
      atOrBefore: target.sha,
      excludeRunId: ctx.runId,
    });
    if (!found) {
      logger.info(
        `no baseline artifact ${name} in the recent push or schedule runs of this workflow on ${branch}`,
      );
      return { notice: BaselineWords.none(branch, name) };
    }
    const { text } = await downloadArtifactJson(client, found.artifact.id);
    // Checked here, so a bad artifact is "could not be fetched", not a configuration error.
    parseReport(text, `the baseline artifact ${name}`);
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${name}.json`);
    await writeFile(file, text);
    logger.info(
      `baseline: artifact ${name} (id ${found.artifact.id}) of run ${found.run.id} (${found.run.event} on ${branch} @ ${found.run.headSha.slice(0, 7)})`,
    );
    return { file, notice: BaselineWords.compared(found, branch) };
  } catch (err) {
    if (err instanceof GitHubApiError && err.isPermissionProblem)
      return { notice: BaselineWords.forbidden(err.status, err.message) };
    const why =
      err instanceof GitHubApiError
        ? `GitHub answered ${err.status || 'nothing'} to ${err.operation}: ${err.message}`
        : err instanceof Error
          ? err.message
          : String(err);
    return { notice: BaselineWords.failed(why) };
  }
}

/** Whether this run stores the baseline: a push to the default branch, or a scheduled run (which runs on it). */
export function storesBaseline(ctx: RunContext): boolean {
  if (ctx.eventName === 'schedule') return true;
  return ctx.eventName === 'push' && !!ctx.defaultBranch && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
}

/** On the default branch: upload this run's JSON report as the baseline artifact. Never fails the step. */
export async function storeAutoBaseline(
  report: Report,
  settings: ActionSettings,
  ctx: RunContext,
  logger: Logger,
): Promise<void> {
  if (!storesBaseline(ctx)) return;
  const name = baselineArtifactName(settings.jobName, policyKey(settings.policyFile, ctx.workspace));
  if (report.partial) {
    logger.warn(BaselineWords.notStoredPartial(name));
    return;
  }
  const branch = ctx.defaultBranch ?? (ctx.ref ?? '').replace(/^refs\/heads\//, '');
  // The upload client logs its progress: keep it in a group of its own.
  const stored = await logger.group('store the baseline', async () => {
    try {
      return await uploadJsonArtifact(name, settings.jsonFile);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  });
  if (stored instanceof Error) logger.warn(BaselineWords.storeFailed(name, stored.message));
  else logger.info(BaselineWords.stored(name, stored.id, branch || 'the default branch'));
}
