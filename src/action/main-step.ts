import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Report } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import {
  judgeAgain,
  runSession,
  writeReportFiles,
  type BaseSource,
  type SessionSources,
} from '../session.js';
import { formatDuration } from '../session/budget.js';
import type { RemotePolicyReader } from '../policy/index.js';
import { parseReport, recountReport, type ReportOrigin, type ReporterOptions } from '../report/index.js';
import { renderMarkdown } from '../report/markdown.js';
import { headline } from '../report/format.js';
import { escapeMarkdown, markdownCode, untrustedLine } from '../untrusted.js';
import { CHECK_TEXT_LIMIT, Input, Output, State, SUMMARY_LIMIT } from './constants.js';
import { readSettings, secretsOf, type ActionSettings } from './inputs.js';
import { readRunContext, type RunContext } from './context.js';
import { createGitHubClient, type GitHubClient } from './github.js';
import {
  checkRunExternalId,
  checkRunName,
  degrade,
  failureReason,
  newViolations,
  publishCheckRun,
  publishComment,
} from './publish.js';
import { actionBase, actionRemote } from './base.js';
import { requestApproverReviews } from './approvals.js';
import { decodeFindings, encodeFindings } from './findings-payload.js';
import { publishDrift } from './drift.js';
import type { ActionIO } from './io.js';

/**
 * The action's main step as plain logic: read the inputs, bring the
 * environment up, run the one pipeline, and report where reviewers look.
 * Teardown is the post step's job, so it happens even when this step dies.
 */

export interface MainDependencies {
  io: ActionIO;
  env?: NodeJS.ProcessEnv;
  /** A GitHub client to use instead of the Octokit one (tests of the logic alone). */
  client?: GitHubClient;
}

export async function mainStep(deps: MainDependencies): Promise<void> {
  const { io } = deps;
  const env = deps.env ?? process.env;
  const logger = io.logger;
  const masked = new Set<string>();
  const mask = (secret: string) => {
    if (secret && !masked.has(secret)) io.setSecret(secret);
    masked.add(secret);
  };
  // Mask the secret inputs first, before even an input error could be logged.
  for (const name of [Input.GitHubToken, Input.SshPassword, Input.SshPrivateKey])
    mask(io.getInput(name).trim());
  let settings: ActionSettings;
  try {
    settings = readSettings(io.getInput, env);
  } catch (err) {
    await fail(io, err);
    return;
  }
  // Before anything can log them.
  for (const secret of secretsOf(settings)) mask(secret);

  const ctx = readRunContext(env);
  const client =
    deps.client ??
    (settings.token && ctx.owner
      ? createGitHubClient({
          token: settings.token,
          owner: ctx.owner,
          repo: ctx.repo,
          baseUrl: ctx.apiUrl,
          logger,
        })
      : undefined);

  let report: Report;
  try {
    if (settings.mode === 'report-only') report = await loadReport(settings);
    else {
      // On a pull request the base's rules judge its changes to them (docs/security.md).
      const base = await actionBase(settings, ctx, client, logger);
      const remote = actionRemote(settings, ctx, logger);
      if (settings.mode === 'review') {
        const judged = await review(settings, ctx, client, io, base, remote);
        if (!judged) return;
        report = judged;
      } else report = await scan(settings, io, env, base, remote);
    }
  } catch (err) {
    await fail(io, err);
    return;
  }
  try {
    await publish(report, settings, ctx, io, client);
  } catch (err) {
    await fail(io, err);
  }
}

async function loadReport(settings: ActionSettings): Promise<Report> {
  const file = settings.reportFile as string;
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new ConfigurationError({
      source: 'input report',
      message: `cannot read "${file}": ${err.code ?? err.message}`,
    });
  });
  // Untrusted: shown by its verdicts, never by the counts or the result it claims.
  return recountReport(parseReport(text, file));
}

/**
 * What a report-only comment and check run say first: the report is the pull request run's
 * own artifact (its run and head commit, from GitHub's workflow_run payload, never from the
 * artifact), and the gate is that run's check, not this comment or this neutral check run.
 */
export function reportOrigin(ctx: RunContext): { origin: ReportOrigin; log: string } {
  const wr = ctx.workflowRun;
  const id = wr?.id;
  const url = wr?.url && /^https:\/\/[^\s<>()[\]"']+$/.test(wr.url) ? wr.url : undefined;
  const name = wr?.name ? ` of the workflow ${markdownCode(wr.name, 100)}` : '';
  const runText = id ? `run ${id}` : 'the run';
  const run = url ? `[${runText}](${url})${name}` : `${runText}${name}`;
  const sha = wr?.headSha && /^[0-9a-f]{40}$/i.test(wr.headSha) ? wr.headSha : undefined;
  const commit = sha ? ` for commit ${sha}` : '';
  return {
    origin: {
      heading: "(from the pull request run's artifact)",
      markdown:
        `> **From the pull request run's own artifact.** This job did not scan: it shows the JSON report that ${run} of the pull request uploaded${commit}. ` +
        "Its contents are the pull request's to write. The gate is that run's own check, not this comment or this job's neutral check run.",
    },
    log:
      `report-only: publishing the report that ${id ? `run ${id}` : 'the pull request run'}${wr?.name ? ` (${untrustedLine(wr.name, 100)})` : ''} uploaded` +
      `${sha ? ` for commit ${sha}` : ''}${url ? ` (${url})` : ''}; that run's own check is the gate, not this job`,
  };
}

/**
 * mode: review — a review arrived, so the approvals may have changed: judge the findings of
 * the last scan of this head again (kept in its check run), with the policies, baseline and
 * reviews read afresh, and nothing brought up. Undefined when there is nothing to judge yet.
 */
async function review(
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
    return judgeAgain(earlier, {
      policyFile: settings.policyFile,
      baselineFile: settings.baselineFile,
      base,
      remote,
      failOn: settings.failOn,
      sources: ACTION_SOURCES,
      logger: io.logger,
    });
  }
  io.logger.info(
    `no "${name}" check run with findings on ${pr.headSha.slice(0, 7)} yet: the pull_request run will judge the reviews when it finishes`,
  );
  return undefined;
}

async function scan(
  settings: ActionSettings,
  io: ActionIO,
  env: NodeJS.ProcessEnv,
  base: BaseSource | undefined,
  remote: RemotePolicyReader,
): Promise<Report> {
  const startLog = join(env.RUNNER_TEMP || tmpdir(), 'portcullis', `start-${process.pid}.log`);
  const session = await runSession({
    targets: settings.targets,
    ports: settings.ports,
    policyFile: settings.policyFile,
    vantage: settings.vantage,
    concurrency: settings.concurrency,
    rate: settings.rate,
    timeoutMs: settings.timeoutMs,
    scope: settings.scope,
    maxAddresses: settings.maxAddresses,
    fingerprint: settings.fingerprint,
    probes: settings.probes,
    credentials: settings.ssh ? { ssh: { ...settings.ssh } } : undefined,
    baselineFile: settings.baselineFile,
    base,
    remote,
    failOn: settings.failOn,
    maxDurationMs: settings.maxDurationMs,
    listenerTable: settings.listenerTable,
    environment: {
      start: settings.start,
      composeFile: settings.composeFile,
      waitFor: settings.waitFor,
      waitTimeoutMs: settings.waitTimeoutMs,
      stop: settings.stop,
      cwd: settings.workingDirectory,
      startLog: settings.start ? startLog : undefined,
      secrets: secretsOf(settings),
      // The post step tears down, so teardown happens even when this step dies.
      teardown: false,
      beforeStart: () => {
        // From here on, post runs `stop`, whatever happens to this step.
        io.saveState(State.Lifecycle, 'true');
        io.saveState(State.Cwd, settings.workingDirectory);
        if (settings.start) io.saveState(State.StartLog, startLog);
      },
      onStarted: ({ pid, composeFile }) => {
        if (pid) io.saveState(State.StartPid, String(pid));
        if (composeFile) io.saveState(State.ComposeFile, composeFile);
      },
    },
    interrupt: {
      // The runner sends SIGINT, then SIGTERM a few seconds later: the second one means now.
      message: (sig) =>
        `${sig}: the job is being cancelled; stopping the scan (the post step tears the environment down)`,
    },
    scanGroup: 'scan',
    sources: ACTION_SOURCES,
    logger: io.logger,
  });
  return session.report;
}

/** The action's inputs, as errors name them. */
const ACTION_SOURCES: SessionSources = {
  targets: `input ${Input.Targets}`,
  ports: `input ${Input.Ports}`,
  scope: `input ${Input.Scope}`,
  maxAddresses: `input ${Input.MaxAddresses}`,
  probes: `input ${Input.Probes}`,
  concurrency: `input ${Input.Concurrency}`,
  rate: `input ${Input.Rate}`,
  timeout: `input ${Input.Timeout}`,
  retries: 'input retries',
  failOn: `input ${Input.FailOn}`,
  baseline: `input ${Input.Baseline}`,
  writeBaseline: 'input write-baseline',
  waitFor: `input ${Input.WaitFor}`,
  maxDuration: `input ${Input.MaxDuration}`,
  listeners: `input ${Input.Listeners}`,
};

/** Every report file the inputs ask for, written atomically; the JSON one always. */
async function writeFiles(report: Report, settings: ActionSettings, options: ReporterOptions, io: ActionIO) {
  await writeReportFiles(
    report,
    { json: settings.jsonFile, sarif: settings.sarifFile, junit: settings.junitFile },
    options,
    io.logger,
  );
}

async function publish(
  report: Report,
  settings: ActionSettings,
  ctx: RunContext,
  io: ActionIO,
  client: GitHubClient | undefined,
): Promise<void> {
  const logger = io.logger;
  // One verdict: the report's own result (the fail-on input gated the evaluation itself).
  const reason =
    settings.mode === 'report-only'
      ? undefined
      : report.partialReason === 'max-duration'
        ? // Not a verdict the policy's fail-on may waive: the scan did not finish.
          `the scan's time budget (${Input.MaxDuration}: ${formatDuration(settings.maxDurationMs)}) ran out, so the report is partial and cannot pass; ` +
          `raise the ${Input.MaxDuration} input if the scan needs longer, or probe fewer ports or addresses`
        : failureReason(report);
  const from = settings.mode === 'report-only' ? reportOrigin(ctx) : undefined;
  if (from) logger.info(from.log);
  // The step log says what every other surface says.
  for (const notice of report.notices) logger.info(`note: ${untrustedLine(notice, 600)}`);
  if (!reason) logger.info(`Portcullis: ${untrustedLine(headline(report), 400)}`);

  // The summary first: it needs no permission, so it is there whatever GitHub answers later.
  try {
    await io.appendSummary(
      renderMarkdown(report, {
        full: true,
        limit: SUMMARY_LIMIT,
        fullReportAt: `the full report is the JSON report (${settings.jsonFile}, output report-json)`,
        origin: from?.origin,
      }),
    );
  } catch (err) {
    logger.warn(`could not write the job summary: ${(err as Error).message}`);
  }
  await writeFiles(
    report,
    settings,
    {
      job: settings.jobName,
      root: ctx.workspace,
      category: `portcullis/${settings.jobName}/${report.policy.file.replace(/[^A-Za-z0-9._-]+/g, '-')}`,
    },
    io,
  );
  io.setOutput(Output.Result, report.result);
  io.setOutput(Output.Violations, report.summary.violations);
  io.setOutput(Output.NewViolations, newViolations(report));
  io.setOutput(Output.ReportJson, settings.jsonFile);
  io.setOutput(Output.PendingApproval, report.change?.pending ?? 0);
  if (report.change?.judgedBy === 'head' && report.change.reason)
    logger.warn(`Judged by the pull request's own policy: ${report.change.reason}.`);
  for (const note of report.change?.pending ? report.change.notes : []) logger.warn(note);
  if (settings.sarifFile) io.setOutput(Output.SarifFile, settings.sarifFile);

  if (client) {
    const pr = await findPullRequest(ctx, client, io);
    if (pr) {
      const comment = await publishComment(client, {
        issue: pr.number,
        report,
        jobName: settings.jobName,
        mode: settings.comment,
        failed: report.result === 'fail',
        detailsUrl: ctx.runUrl,
        origin: from?.origin,
        logger,
      });
      if (comment) io.setOutput(Output.CommentId, comment.id);
    } else if (settings.comment !== 'never') {
      logger.info(
        `no pull request for this ${ctx.eventName || 'run'} event: the report is in the job summary`,
      );
    }
    const sha = pr?.headSha || ctx.sha;
    if (settings.checkRun && sha) {
      await publishCheckRun(client, {
        report,
        sha,
        jobName: settings.jobName,
        failed: reason !== undefined,
        untrusted: settings.mode === 'report-only',
        origin: from?.origin,
        workspace: ctx.workspace,
        detailsUrl: ctx.runUrl,
        logger,
        // report-only reports come from elsewhere: their findings are not kept for re-judging.
        text: settings.mode === 'report-only' ? undefined : encodeFindings(report, CHECK_TEXT_LIMIT),
      });
    }
    if (pr && report.change?.pending && report.change.approvers.length) {
      await requestApproverReviews(client, {
        pr: pr.number,
        approvers: report.change.approvers,
        owner: ctx.owner,
        author: ctx.pullRequest?.author,
        logger,
      });
    }
    if (settings.driftIssue) {
      const drift = await publishDrift(client, { report, settings, ctx, logger });
      if (drift) io.setOutput(Output.Drift, drift.changed ? 'changed' : 'unchanged');
    }
  } else if (settings.comment !== 'never' || settings.checkRun) {
    logger.info('no github-token: the report is in the job summary only');
  }

  if (reason) io.setFailed(`Portcullis: ${reason}`);
}

/** The PR to comment on: from the event, or (workflow_run) the open PR whose head is the triggering run's head. */
async function findPullRequest(
  ctx: RunContext,
  client: GitHubClient,
  io: ActionIO,
): Promise<{ number: number; headSha: string } | undefined> {
  if (ctx.pullRequest) return ctx.pullRequest;
  const wr = ctx.workflowRun;
  if (!wr || wr.event !== 'pull_request' || !wr.headSha) return undefined;
  // Trust only what GitHub says about the triggering run (its head), never a PR number from the artifact.
  const candidates =
    wr.headOwner && wr.headBranch
      ? await degrade(io.logger, 'find the pull request', 'pull-requests: read', () =>
          client.listPullRequestsByHead(`${wr.headOwner}:${wr.headBranch}`),
        )
      : [];
  const byNumber = wr.pullRequests.length
    ? { number: wr.pullRequests[0] as number, headSha: wr.headSha }
    : undefined;
  const match = candidates?.find((p) => p.headSha === wr.headSha) ?? byNumber;
  if (!match) io.logger.info(`no open pull request has head ${wr.headSha}: nothing to comment on`);
  return match;
}

async function fail(io: ActionIO, err: unknown): Promise<void> {
  const kind =
    err instanceof ConfigurationError
      ? 'configuration'
      : err instanceof RuntimeFailure
        ? 'runtime'
        : 'internal';
  const message = err instanceof Error ? err.message : String(err);
  if (kind === 'internal' && err instanceof Error && err.stack) io.logger.debug(err.stack);
  try {
    await io.appendSummary(
      `### ❌ Portcullis could not run\n\n${message
        .split('\n')
        .map((l) => `> ${escapeMarkdown(l, 2000)}`)
        .join('\n')}\n`,
    );
  } catch {
    // no summary file outside Actions
  }
  io.setFailed(kind === 'internal' ? `Portcullis failed unexpectedly: ${message}` : `Portcullis: ${message}`);
}
