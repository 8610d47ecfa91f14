import type { Logger, Report } from '../model.js';
import { buildAnnotations } from '../report/annotations.js';
import { comment as commentReporter, commentMarker } from '../report/comment.js';
import { renderMarkdown } from '../report/markdown.js';
import { headline } from '../report/format.js';
import { untrustedLine } from '../untrusted.js';
import { repoPath } from '../report/paths.js';
import { ANNOTATIONS_PER_REQUEST, CHECK_RUN_NAME, CHECK_TEXT_LIMIT } from './constants.js';
import { GitHubApiError, type CheckAnnotation, type GitHubClient } from './github.js';
import type { ReportOrigin } from '../report/index.js';
import type { CommentMode } from './inputs.js';
import { plural } from '../words.js';

/**
 * Publishing a report where reviewers look: the PR comment and the check run.
 * Every call degrades: a missing permission (a fork PR's read-only token) or
 * an API failure is a warning that names what is missing, never a crash.
 */

/** Run one GitHub operation; on failure warn (naming the permission when that is the cause) and return undefined. */
export async function degrade<T>(
  logger: Logger,
  what: string,
  permission: string,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof GitHubApiError && err.isPermissionProblem) {
      logger.warn(
        `Portcullis could not ${what}: GitHub answered ${err.status} "${untrustedLine(err.message, 300)}". ` +
          `The token needs the \`${permission}\` permission (add \`permissions: { ${permission} }\` to the job). ` +
          `Pull requests from forks get a read-only token: see the workflow_run example to comment on them. The job summary has the full report.`,
      );
    } else {
      logger.warn(
        `Portcullis could not ${what}: ${untrustedLine(err instanceof Error ? err.message : String(err), 500)}. The job summary has the full report.`,
      );
    }
    return undefined;
  }
}

/**
 * Why the step fails, or undefined when it passes: the report's own result, nothing else. The
 * fail-on input gated the evaluation itself, so the step, the summary, the comment, the check
 * run and the outputs all say the same thing.
 */
export function failureReason(report: Report): string | undefined {
  if (report.result !== 'fail') return undefined;
  const partial = report.partial
    ? report.partialReason === 'max-duration'
      ? " (the scan's time budget ran out; the report is partial)"
      : ' (the scan was interrupted; the report is partial)'
    : '';
  return `${headline(report)}${partial}`;
}

export function newViolations(report: Report): number {
  return (
    report.summary.newViolations ??
    report.verdicts.filter((v) => v.outcome === 'fail' && (v.new || v.baseline === 'new')).length
  );
}

export interface CommentResult {
  id: number;
  action: 'created' | 'updated';
  url?: string;
}

/**
 * One comment per job and policy: find ours by its hidden marker and edit it,
 * or create it. `on-failure` creates only for a failing report but still
 * updates an earlier comment, so a fixed PR does not keep showing a failure.
 */
export async function publishComment(
  client: GitHubClient,
  options: {
    issue: number;
    report: Report;
    jobName: string;
    mode: CommentMode;
    failed: boolean;
    detailsUrl?: string;
    /** The repository and the commit scanned, for links to rule lines; the workspace maps rule files to it. */
    repository?: { url: string; sha: string };
    root?: string;
    /** Where the report came from, when this run did not scan (report-only). */
    origin?: ReportOrigin;
    logger: Logger;
  },
): Promise<CommentResult | undefined> {
  const { logger } = options;
  if (options.mode === 'never') return undefined;
  const marker = commentMarker(options.jobName, options.report.policy.file);
  const body = commentReporter(options.report, {
    job: options.jobName,
    detailsUrl: options.detailsUrl,
    repository: options.repository,
    root: options.root,
    origin: options.origin,
  });
  return degrade(logger, 'comment on the pull request', 'pull-requests: write', async () => {
    const marked = (await client.listIssueComments(options.issue)).filter((c) =>
      c.body.trimStart().startsWith(marker),
    );
    // Anyone can paste the marker into a comment: edit only one this token wrote. GITHUB_TOKEN
    // and apps write as a Bot; a personal token writes as its user, whom we ask for by name.
    let existing = marked.find((c) => c.authorType === 'Bot');
    if (!existing && marked.length) {
      const me = await client.authenticatedLogin();
      existing = me ? marked.find((c) => c.authorLogin === me) : undefined;
    }
    if (existing) {
      const updated = await client.updateIssueComment(existing.id, body);
      logger.info(`updated the PR comment ${updated.url ?? `#${updated.id}`}`);
      return { id: updated.id, action: 'updated' as const, url: updated.url };
    }
    if (options.mode === 'on-failure' && !options.failed) {
      logger.info('the report passes and comment is on-failure: no PR comment');
      return undefined;
    }
    const created = await client.createIssueComment(options.issue, body);
    logger.info(`commented on the PR: ${created.url ?? `#${created.id}`}`);
    return { id: created.id, action: 'created' as const, url: created.url };
  });
}

/** The check run's name for a job (one per job, as the PR comment is). */
export function checkRunName(jobName: string): string {
  return jobName === CHECK_RUN_NAME ? CHECK_RUN_NAME : `${CHECK_RUN_NAME} (${jobName})`;
}

/** The check run's external id: the job and the policy, as in the comment's marker. */
export function checkRunExternalId(jobName: string, policyFile: string): string {
  return commentMarker(jobName, policyFile).slice(5, -4).trim();
}

/** The Checks API's cap on annotations is per request; a run can take more across updates. We stop at this many. */
export const MAX_ANNOTATIONS = 1000;

/**
 * A completed check run named after the job, with the report as its text and
 * one annotation per violation on the policy file's lines, sent in batches of
 * 50 (the first with the create call, the rest as updates).
 */
export async function publishCheckRun(
  client: GitHubClient,
  options: {
    report: Report;
    sha: string;
    jobName: string;
    failed: boolean;
    /**
     * The report came from elsewhere (report-only: a fork's artifact) and is not
     * to be trusted with a verdict: the check run is neutral whatever it says.
     */
    untrusted?: boolean;
    /** Where an untrusted report came from, said in the title and first in the text. */
    origin?: ReportOrigin;
    workspace: string;
    detailsUrl?: string;
    /** The repository and the commit scanned, for links to rule lines. */
    repository?: { url: string; sha: string };
    logger: Logger;
    /** Kept in the output's text (hidden), for re-judging when a review arrives. */
    text?: string;
  },
): Promise<{ id: number; annotations: number; requests: number } | undefined> {
  const { report, logger } = options;
  const all: CheckAnnotation[] = buildAnnotations(report, {
    pathFor: (f) => repoPath(f, options.workspace),
  }).map((a) => ({
    path: a.path,
    start_line: a.line,
    end_line: a.line,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
  }));
  const annotations = all.slice(0, MAX_ANNOTATIONS);
  // The origin is never the part cut off.
  const origin = options.origin ? ` ${untrustedLine(options.origin.heading, 80)}` : '';
  const title =
    untrustedLine(`${report.result === 'fail' ? '❌' : '✅'} ${headline(report)}`, 200 - origin.length) +
    origin;
  let summary = renderMarkdown(report, {
    limit: CHECK_TEXT_LIMIT - 1024,
    detailsUrl: options.detailsUrl,
    repository: options.repository,
    root: options.workspace,
    origin: options.origin,
  });
  if (all.length > annotations.length) {
    summary += `\n> ${plural(all.length - annotations.length, 'more annotation was', 'more annotations were')} left out; the job summary lists every finding.\n`;
  }
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  return degrade(logger, 'create the check run', 'checks: write', async () => {
    const name = checkRunName(options.jobName);
    const created = await client.createCheckRun({
      name,
      headSha: options.sha,
      conclusion: options.untrusted
        ? 'neutral'
        : options.failed
          ? 'failure'
          : report.result === 'fail'
            ? 'neutral'
            : 'success',
      detailsUrl: options.detailsUrl,
      externalId: checkRunExternalId(options.jobName, report.policy.file),
      output: {
        title,
        summary,
        ...(options.text ? { text: options.text } : {}),
        annotations: batches[0] ?? [],
      },
    });
    for (const batch of batches.slice(1)) {
      await client.updateCheckRun(created.id, {
        title,
        summary,
        ...(options.text ? { text: options.text } : {}),
        annotations: batch,
      });
    }
    logger.info(`check run "${name}" with ${plural(annotations.length, 'annotation')}`);
    return { id: created.id, annotations: annotations.length, requests: Math.max(1, batches.length) };
  });
}
