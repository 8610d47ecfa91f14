import type { Report } from '../model.js';
import { writeReportFiles } from '../session.js';
import { formatDuration } from '../session/budget.js';
import type { ReporterOptions } from '../report/index.js';
import { renderMarkdown } from '../report/markdown.js';
import {
  endpoint,
  findingFor,
  headline,
  isPending,
  plural,
  ruleLabel,
  serviceLabel,
} from '../report/format.js';
import { shortWhy } from '../report/markdown.js';
import { repoPath } from '../report/paths.js';
import { untrustedLine } from '../untrusted.js';
import { CHECK_TEXT_LIMIT, Input, Output, SUMMARY_LIMIT } from './constants.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './context.js';
import type { GitHubClient } from './github.js';
import { degrade, failureReason, newViolations, publishCheckRun, publishComment } from './publish.js';
import { requestApproverReviews } from './approvals.js';
import { encodeFindings } from './findings-payload.js';
import { publishDrift } from './drift.js';
import type { ActionIO, AnnotationPlace } from './io.js';
import { reportOrigin } from './report-only.js';

/** Where reviewers look, in order: the summary, the files, the outputs, the comment, the check run, the drift issue, and the step's result. */

/** Every report file the inputs ask for, written atomically; the JSON one always. */
async function writeFiles(report: Report, settings: ActionSettings, options: ReporterOptions, io: ActionIO) {
  await writeReportFiles(
    report,
    { json: settings.jsonFile, sarif: settings.sarifFile, junit: settings.junitFile },
    options,
    io.logger,
  );
}

export async function publish(
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

  // Rule lines link to the commit scanned (a pull request's head), when the run knows it.
  const scanned = ctx.pullRequest?.headSha || ctx.sha;
  const repository = ctx.repoUrl && scanned ? { url: ctx.repoUrl, sha: scanned } : undefined;
  const links = { repository, root: ctx.workspace, detailsUrl: ctx.runUrl };

  // The summary first: it needs no permission, so it is there whatever GitHub answers later.
  try {
    await io.appendSummary(
      renderMarkdown(report, {
        ...links,
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
  io.setOutput(Output.PendingApproval, report.verdicts.filter(isPending).length);
  if (report.change?.judgedBy === 'head' && report.change.reason)
    logger.warn(`Judged by the pull request's own policy: ${report.change.reason}.`);
  for (const note of report.change?.pending ? report.change.notes : []) logger.warn(note);
  if (settings.sarifFile) io.setOutput(Output.SarifFile, settings.sarifFile);

  if (client) {
    const found = await findPullRequest(ctx, client, io);
    // A run that finishes after a newer push must not overwrite what the newer run wrote.
    const stale = found && settings.comment !== 'never' ? await staleHead(client, found, logger) : undefined;
    const pr = stale ? undefined : found;
    if (pr) {
      const comment = await publishComment(client, {
        issue: pr.number,
        report,
        jobName: settings.jobName,
        mode: settings.comment,
        failed: report.result === 'fail',
        ...links,
        origin: from?.origin,
        logger,
      });
      if (comment) io.setOutput(Output.CommentId, comment.id);
    } else if (ctx.mergeGroup) {
      logger.info(mergeQueueWords(ctx.mergeGroup));
    } else if (!stale && settings.comment !== 'never') {
      logger.info(
        `no pull request for this ${ctx.eventName || 'run'} event: the report is in the job summary`,
      );
    }
    // The check run belongs to the commit this run judged (a stale one's cannot touch the newer head's).
    const sha = found?.headSha || ctx.sha;
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
        repository,
        logger,
        // report-only reports come from elsewhere: their findings are not kept for re-judging.
        text: settings.mode === 'report-only' ? undefined : encodeFindings(report, CHECK_TEXT_LIMIT),
      });
    }
    // Never on a report-only artifact's word: whom to ask comes only from a judgement made here.
    if (pr && settings.mode !== 'report-only' && report.change?.pending && report.change.approvers.length) {
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

  if (reason) {
    logViolations(report, io, ctx.workspace);
    io.setFailed(`Portcullis: ${reason}`);
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** At most this many violations get a line of their own in the step log; the rest are counted. */
export const MAX_LOGGED_VIOLATIONS = 20;

/**
 * The first click on a red job shows what broke: one `::error` per violation naming the
 * endpoint (host, port, protocol), the service and the rule's file and line, annotated at
 * that line when the rule lives in the repository. Everything a service said is one bounded
 * line without control characters; core.error encodes it as workflow-command data.
 */
export function logViolations(report: Report, io: ActionIO, workspace: string): void {
  const failing = report.verdicts.filter((v) => v.outcome === 'fail');
  // An `::error` line each, annotated at the rule's line (without a runner: the log).
  const error = (message: string, where: AnnotationPlace) =>
    io.annotate ? io.annotate('error', message, where) : io.logger.error(message);
  for (const v of failing.slice(0, MAX_LOGGED_VIOLATIONS)) {
    const f = findingFor(report, v);
    const name = f?.service?.name;
    const label = serviceLabel(f);
    const service = name && name !== label ? `${name} (${label})` : label;
    const path = repoPath(v.rule.file, workspace);
    // Each untrusted part bounded on its own, so the rule's location always survives.
    error(
      `${untrustedLine(endpoint(v), 200)} ${untrustedLine(service, 120)}: ${untrustedLine(lowerFirst(shortWhy(v)), 300)}` +
        ` — ${untrustedLine(ruleLabel(v), 200)}${isPending(v) ? ' (pending approval)' : ''}`,
      {
        title: untrustedLine(`Portcullis: ${endpoint(v)} is not allowed`, 200),
        ...(path ? { file: path, line: Math.max(1, v.rule.line) } : {}),
      },
    );
  }
  const rest = failing.length - MAX_LOGGED_VIOLATIONS;
  if (rest > 0) error(`… and ${plural(rest, 'more violation')}: the job summary lists every one`, {});
}

/** Why a merge queue run leaves the pull request's comment alone. */
function mergeQueueWords(mg: NonNullable<RunContext['mergeGroup']>): string {
  const pr = mg.pullRequest ? `pull request #${mg.pullRequest}` : 'the queued pull request';
  return (
    `merge queue: the check run on the queue's commit ${mg.headSha.slice(0, 7)} is the gate for ${pr}; ` +
    "its comment is left as the pull request's own run wrote it (it describes the pull request's head, not the queue's commit)"
  );
}

/**
 * The pull request's head now, when it is no longer the commit this run judged (a newer push
 * came in while it ran); undefined when it still is, or when the head cannot be read (then
 * this run publishes as before: a missing permission shows up on the comment itself).
 */
async function staleHead(
  client: GitHubClient,
  pr: { number: number; headSha: string },
  logger: ActionIO['logger'],
): Promise<string | undefined> {
  if (!pr.headSha) return undefined;
  let head: string;
  try {
    head = await client.getPullRequestHead(pr.number);
  } catch (err) {
    logger.info(
      `could not read the head of pull request #${pr.number} (${untrustedLine(err instanceof Error ? err.message : String(err), 200)}); publishing for ${pr.headSha.slice(0, 7)}`,
    );
    return undefined;
  }
  if (!head || head === pr.headSha) return undefined;
  logger.info(
    `pull request #${pr.number} moved on to ${head.slice(0, 7)} while this run judged ${pr.headSha.slice(0, 7)}: ` +
      "the comment is left to the newer commit's run (this run's check run stays on its own commit)",
  );
  return head;
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
