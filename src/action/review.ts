import type { Report } from '../model.js';
import { ConfigurationError } from '../errors.js';
import { judgeAgain, type BaseSource } from '../session.js';
import type { RemotePolicyReader } from '../policy/index.js';
import { Input } from './constants.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './context.js';
import type { GitHubClient } from './github.js';
import { checkRunExternalId, checkRunName, degrade } from './publish.js';
import { decodeFindings } from './findings-payload.js';
import type { ActionIO } from './io.js';
import { ACTION_SOURCES } from './sources.js';
import { fetchAutoBaseline } from './baseline-auto.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * mode: review — a review arrived, so the approvals may have changed: judge the findings of
 * the last scan of this head again (kept in its check run), with the policies, baseline and
 * reviews read afresh, and nothing brought up. Undefined when there is nothing to judge yet.
 */
export async function review(
  settings: ActionSettings,
  ctx: RunContext,
  client: GitHubClient | undefined,
  io: ActionIO,
  base: BaseSource | undefined,
  remote: RemotePolicyReader,
): Promise<Report | undefined> {
  const pr = ctx.pullRequest;
  if (!pr)
    throw new ConfigurationError({
      source: `input ${Input.Mode}`,
      message: `review judges a pull request again when a review arrives; this ${ctx.eventName || 'run'} event has no pull request (run it on pull_request_review)`,
    });
  if (!client)
    throw new ConfigurationError({
      source: `input ${Input.GitHubToken}`,
      message: 'is empty: review mode reads the last check run and the reviews through the API',
    });
  const name = checkRunName(settings.jobName);
  const externalId = checkRunExternalId(settings.jobName, settings.policyFile);
  const runs =
    (await degrade(io.logger, 'read the check runs of the pull request', 'checks: read', () =>
      client.listCheckRuns(pr.headSha, name),
    )) ?? [];
  for (const run of runs) {
    if (run.headSha !== pr.headSha || run.externalId !== externalId) continue;
    const earlier = decodeFindings(run.text, `check run ${run.id}`);
    if (!earlier) continue;
    io.logger.info(
      `judging again the findings of check run ${run.id} ("${name}" on ${pr.headSha.slice(0, 7)}, scanned ${earlier.startedAt}); nothing is brought up`,
    );
    // The baseline the scan was compared with: the scanning workflow's (its run is the check run's details page).
    const scanRun = /\/actions\/runs\/(\d{1,15})(?:[/?#]|$)/.exec(run.detailsUrl ?? '')?.[1];
    const auto =
      settings.baselineAuto && !settings.baselineFile
        ? await fetchAutoBaseline(
            settings,
            ctx,
            client,
            io.logger,
            join(process.env.RUNNER_TEMP || tmpdir(), 'portcullis'),
            scanRun ? Number(scanRun) : undefined,
          )
        : undefined;
    const report = await judgeAgain(earlier, {
      policyFile: settings.policyFile,
      baselineFile: auto?.file ?? settings.baselineFile,
      base,
      remote,
      failOn: settings.failOn,
      sources: ACTION_SOURCES,
      logger: io.logger,
    });
    if (auto) report.notices.unshift(auto.notice);
    return report;
  }
  io.logger.info(
    `no "${name}" check run with findings on ${pr.headSha.slice(0, 7)} yet: the pull_request run will judge the reviews when it finishes`,
  );
  return undefined;
}
