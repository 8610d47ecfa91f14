import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger, Report, ShardRef, Vantage } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import { untrustedLine } from '../untrusted.js';
import { downloadArtifactJson, listRunArtifacts, uploadJsonArtifact } from './artifacts.js';
import { policyKey } from './baseline-auto.js';
import { Input } from './constants.js';
import type { RunContext } from './context.js';
import { GitHubApiError, type GitHubClient } from './github.js';
import type { ActionSettings } from './inputs.js';
import { plural } from '../words.js';

/**
 * Issue 16, item 3: the legs of a matrix hand their reports to the merge job through the run's
 * own artifacts. Each shard or vantage job uploads its JSON report as
 * `portcullis-report-<vantage>-<K>of<N>-<hash>` (the runner's ACTIONS_RUNTIME_TOKEN, no
 * workflow permission); the job with `mode: merge` and no `reports` lists this run's artifacts
 * (REST, `actions: read`), takes those of its own hash, downloads them one at a time to files
 * and merges those. The hash is of the policy path and of the report-group input (empty unless one
 * workflow runs two matrices of one policy), never of the job's name or id: the merge job is
 * another job, with its own job-name for its comment, and must compute the same name.
 * Only this run's artifacts are ever used: an earlier run's shard is not this scan's.
 */

export const REPORT_ARTIFACT_PREFIX = 'portcullis-report-';

/** The first 12 hex digits of sha256(report-group input, newline, policy path). */
export function reportGroupHash(group: string, policy: string): string {
  return createHash('sha256').update(`${group}\n${policy}`).digest('hex').slice(0, 12);
}

/** `portcullis-report-untrusted-3of8-0123456789ab`; an unsharded scan is 1of1. */
export function reportArtifactName(vantage: Vantage, shard: ShardRef | undefined, hash: string): string {
  const s = shard ?? { index: 1, count: 1 };
  return `${REPORT_ARTIFACT_PREFIX}${vantage}-${s.index}of${s.count}-${hash}`;
}

const NAME = /^portcullis-report-(untrusted|vpn|internal)-(\d{1,4})of(\d{1,4})-([0-9a-f]{12})$/;

/** The vantage and shard an artifact's name says, or undefined when it is not one of ours. */
export function parseReportArtifactName(
  name: string,
): { vantage: Vantage; index: number; count: number; hash: string } | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  return { vantage: m[1] as Vantage, index: Number(m[2]), count: Number(m[3]), hash: m[4] };
}

function hashOf(settings: ActionSettings, ctx: RunContext): string {
  return reportGroupHash(settings.reportGroup, policyKey(settings.policyFile, ctx.workspace));
}

/** A shard or vantage job: upload its report for the merge job. Never fails the step (the merge job names what is missing). */
export async function storeShardReport(
  report: Report,
  settings: ActionSettings,
  ctx: RunContext,
  logger: Logger,
): Promise<void> {
  const name = reportArtifactName(report.scan.vantage, settings.shard, hashOf(settings, ctx));
  const stored = await logger.group('upload the report for the merge job', async () => {
    try {
      return await uploadJsonArtifact(name, settings.jsonFile, { retentionDays: 3 });
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  });
  if (stored instanceof Error)
    logger.warn(
      `could not upload this report as the artifact ${name}: ${untrustedLine(stored.message, 400)}. ` +
        'The merge job will name this shard as missing. Uploads use the runner’s ACTIONS_RUNTIME_TOKEN and need no workflow permission; ' +
        'they need GitHub.com or GitHub Enterprise Cloud, or else upload the report with actions/upload-artifact and give the merge job `reports`.',
    );
  else logger.info(`uploaded this report as the artifact ${name} (id ${stored.id}) for the merge job`);
}

/**
 * The merge job without `reports`: this run's report artifacts of this policy (and job-name),
 * downloaded one at a time into `dir`. Returns the files, sorted by artifact name. Throws a
 * configuration error for what the workflow must fix (no token, no permission) and a runtime
 * failure when artifacts are missing, naming the shard and the artifact expected.
 */
export async function gatherShardReports(
  settings: ActionSettings,
  ctx: RunContext,
  client: GitHubClient | undefined,
  logger: Logger,
  dir: string,
): Promise<string[]> {
  const hash = hashOf(settings, ctx);
  const pattern = `${REPORT_ARTIFACT_PREFIX}<vantage>-<K>of<N>-${hash}`;
  if (!client)
    throw new ConfigurationError({
      source: `input ${Input.Reports}`,
      message: `is empty, so merge mode gathers this run's report artifacts (${pattern}), which needs the github-token input with \`permissions: actions: read\`; or download them first and give their paths`,
    });
  if (!ctx.runId)
    throw new ConfigurationError({
      source: `input ${Input.Reports}`,
      message: `is empty, and outside a workflow run (no GITHUB_RUN_ID) there are no run artifacts to gather: give the reports' paths`,
    });
  const runId = ctx.runId;
  try {
    const found = (await listRunArtifacts(client, runId, REPORT_ARTIFACT_PREFIX))
      .map((a) => ({ artifact: a, name: parseReportArtifactName(a.name) }))
      .filter((x) => x.name?.hash === hash)
      .sort((a, b) => a.artifact.name.localeCompare(b.artifact.name));
    if (found.length === 0)
      throw new RuntimeFailure(
        `merge: run ${runId} has no report artifacts named ${pattern}. The shard and vantage jobs upload them (upload-report: on when shard is given, true on vantage jobs) with the same policy${settings.reportGroup ? ` and report-group (${untrustedLine(settings.reportGroup, 100)})` : ''} as this job; the merge job must run after them (needs:).`,
      );
    if (!settings.allowPartial) {
      // Named by the artifact it expected, before anything is downloaded. The merge checks the reports' own contents again.
      const groups = new Map<Vantage, { count: number; have: Set<number> }>();
      for (const { name } of found) {
        const g = groups.get(name!.vantage) ?? { count: name!.count, have: new Set<number>() };
        g.count = Math.max(g.count, name!.count);
        g.have.add(name!.index);
        groups.set(name!.vantage, g);
      }
      const missing: string[] = [];
      for (const [vantage, g] of groups)
        for (let k = 1; k <= g.count; k++)
          if (!g.have.has(k))
            missing.push(
              `shard ${k}/${g.count} of the ${vantage} vantage (no artifact ${reportArtifactName(vantage, { index: k, count: g.count }, hash)})`,
            );
      if (missing.length)
        throw new RuntimeFailure(
          `merge: ${missing.join('; ')} ${missing.length === 1 ? 'is' : 'are'} missing from run ${runId}: its job failed before uploading, or was cancelled. Run it again, or merge with ${Input.AllowPartial}: true for a partial report that cannot pass.`,
        );
    }
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    for (const { artifact } of found) {
      let text: string;
      try {
        ({ text } = await downloadArtifactJson(client, artifact.id));
      } catch (err) {
        if (err instanceof GitHubApiError) throw err;
        throw new RuntimeFailure(
          `merge: the artifact ${artifact.name} (id ${artifact.id}) of run ${runId} could not be read: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      const file = join(dir, `${artifact.name}.json`);
      await writeFile(file, text);
      files.push(file);
    }
    logger.info(`merge: gathered ${plural(files.length, 'report artifact')} of run ${runId}`);
    return files;
  } catch (err) {
    if (err instanceof GitHubApiError && err.isPermissionProblem)
      throw new ConfigurationError({
        source: `input ${Input.GitHubToken}`,
        message: `GitHub answered ${err.status} "${untrustedLine(err.message, 200)}" to ${err.operation}: merge mode needs \`permissions: actions: read\` to gather this run's report artifacts`,
      });
    if (err instanceof GitHubApiError)
      throw new RuntimeFailure(
        `merge: GitHub answered ${err.status || 'nothing'} to ${err.operation}: ${untrustedLine(err.message, 300)}`,
      );
    throw err;
  }
}
