import { readFileSync } from 'node:fs';

/**
 * What the action needs to know about the run it is part of, read from the
 * runner's GITHUB_* environment and the event payload file. Read once, as a
 * plain object, so the publishing logic is testable without a runner.
 */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The PR this run reports on, if any (pull_request, pull_request_target, or resolved for workflow_run). */
  pullRequest?: {
    number: number;
    headSha: string;
    fork: boolean;
    /** The base commit and branch, whose rules judge the pull request's changes to them. */
    baseSha?: string;
    baseRef?: string;
    /** Who opened it (who cannot approve it, and is never asked to review it). */
    author?: string;
  };
  /** The commit a check run belongs to: the PR head, else GITHUB_SHA. */
  sha?: string;
  /** The run's page, for "full report in the job summary" links. */
  runUrl?: string;
  /** This run's id (GITHUB_RUN_ID). */
  runId?: number;
  /** The ref this run is on (GITHUB_REF), and the repository's default branch when the payload names it. */
  ref?: string;
  defaultBranch?: string;
  /**
   * merge_group events: the queue's commit (the check belongs on it), the commit it was built
   * on, the branch it merges into, and the pull request it carries (from its head_ref).
   */
  mergeGroup?: {
    headSha: string;
    baseSha?: string;
    baseRef?: string;
    pullRequest?: number;
  };
  /** The repository's web address (`https://github.com/acme/shop`), for links to rule lines and commits. */
  repoUrl?: string;
  workspace: string;
  apiUrl: string;
  /** workflow_run events: the triggering run's head, to find its PR safely. */
  workflowRun?: {
    /** The triggering run: its id, page and workflow name (report-only says where its report came from). */
    id?: number;
    url?: string;
    name?: string;
    headSha: string;
    headBranch?: string;
    headOwner?: string;
    headRepo?: string;
    event?: string;
    pullRequests: number[];
  };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;

/** `refs/heads/main` → `main`. */
function branchOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/** The pull request a merge queue entry carries: `refs/heads/gh-readonly-queue/main/pr-123-<sha>` → 123. */
export function queuedPullRequest(headRef: string | undefined): number | undefined {
  const m = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d{1,9})-[0-9a-f]{7,64}$/.exec(headRef ?? '');
  return m ? Number(m[1]) : undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Json = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
    } catch {
      payload = {};
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ctx: RunContext = {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
  };
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (env.GITHUB_REPOSITORY) ctx.repoUrl = `${server}/${env.GITHUB_REPOSITORY}`;
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    ctx.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  ctx.runId = num(Number(env.GITHUB_RUN_ID));
  ctx.ref = env.GITHUB_REF || undefined;
  ctx.defaultBranch = str(obj(payload.repository)?.default_branch);
  const mg = obj(payload.merge_group);
  if (eventName === 'merge_group' && mg) {
    const headSha = str(mg.head_sha) ?? env.GITHUB_SHA ?? '';
    ctx.mergeGroup = {
      headSha,
      baseSha: str(mg.base_sha),
      baseRef: branchOf(str(mg.base_ref)),
      pullRequest: queuedPullRequest(str(mg.head_ref)),
    };
    if (headSha) ctx.sha = headSha;
  }
  const pr = obj(payload.pull_request);
  const prNumber = num(pr?.number);
  if (pr && prNumber) {
    const head = obj(pr.head);
    const headSha = str(head?.sha) ?? env.GITHUB_SHA ?? '';
    const headRepo = str(obj(head?.repo)?.full_name);
    const base = obj(pr.base);
    ctx.pullRequest = {
      number: prNumber,
      headSha,
      fork: !!headRepo && headRepo !== env.GITHUB_REPOSITORY,
      baseSha: str(base?.sha),
      baseRef: str(base?.ref),
      author: str(obj(pr.user)?.login),
    };
    // On pull_request GITHUB_SHA is the test merge commit; checks belong on the PR's head.
    if (headSha) ctx.sha = headSha;
  }
  const wr = obj(payload.workflow_run);
  if (eventName === 'workflow_run' && wr) {
    const headRepo = obj(wr.head_repository);
    ctx.workflowRun = {
      id: num(wr.id),
      url: str(wr.html_url),
      name: str(wr.name),
      headSha: str(wr.head_sha) ?? '',
      headBranch: str(wr.head_branch),
      headOwner: str(obj(headRepo?.owner)?.login),
      headRepo: str(headRepo?.full_name),
      event: str(wr.event),
      pullRequests: (Array.isArray(wr.pull_requests) ? wr.pull_requests : [])
        .map((p) => num(obj(p)?.number))
        .filter((n): n is number => n !== undefined),
    };
    if (ctx.workflowRun.headSha) ctx.sha = ctx.workflowRun.headSha;
  }
  return ctx;
}
