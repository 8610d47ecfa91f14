import { getOctokit } from '@actions/github';
import type { Logger } from '../model.js';
import { silentLogger } from '../model.js';

/**
 * The action reaches GitHub through this small interface (codeql-action's
 * backend pattern): the publishing logic is plain code over it, and the one
 * implementation is Octokit pointed at GITHUB_API_URL, with retries for
 * server errors and rate limits.
 */

export interface IssueComment {
  id: number;
  body: string;
  /** `Bot` for github-actions[bot] and GitHub Apps, `User` for people and PATs. */
  authorType?: string;
  authorLogin?: string;
  url?: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url?: string;
}

export interface PullRequestRef {
  number: number;
  headSha: string;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  detailsUrl?: string;
  externalId?: string;
  output: CheckRunOutput;
}

/** A review of a pull request, as the reviews endpoint lists it (oldest first). */
export interface PullRequestReview {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  /** The commit the review was made on. */
  commitId?: string;
  submittedAt?: string;
}

/** A check run on a commit, with the text its output keeps (where the findings travel). */
export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  externalId?: string;
  text?: string;
  completedAt?: string;
  /** Its details page: for a check run this action created, the run that scanned. */
  detailsUrl?: string;
  /** The app that created it (github-actions for GITHUB_TOKEN). */
  app?: string;
}

/** A workflow run, as the Actions REST API lists it (only what choosing a baseline needs). */
export interface WorkflowRunRecord {
  id: number;
  workflowId: number;
  event: string;
  headBranch?: string;
  headSha: string;
  /** owner/name of the repository the run's head commit came from (a fork's for a fork's pull request). */
  headRepository?: string;
  /** owner/name of the repository the run belongs to. */
  repository?: string;
  status?: string;
  conclusion?: string;
  createdAt?: string;
  url?: string;
}

/** A workflow run's artifact, as the Actions REST API lists it. */
export interface ArtifactRecord {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  /** The run that uploaded it. */
  runId?: number;
  createdAt?: string;
}

export interface GitHubClient {
  /** Comments on an issue or PR, oldest first (bounded: the first few thousand). */
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  createCheckRun(input: CheckRunInput): Promise<{ id: number; url?: string }>;
  updateCheckRun(id: number, output: CheckRunOutput): Promise<void>;
  /** Open issues (not PRs), newest first, bounded. */
  listOpenIssues(): Promise<Issue[]>;
  createIssue(title: string, body: string, labels?: string[]): Promise<Issue>;
  updateIssue(
    issue: number,
    patch: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<Issue>;
  /** Open PRs whose head is `owner:branch`. */
  listPullRequestsByHead(head: string): Promise<PullRequestRef[]>;
  /** The login the token acts as, when the token may ask (a PAT); undefined for an installation token. */
  authenticatedLogin(): Promise<string | undefined>;
  /** A file of this repository at a commit; undefined when it does not exist there. */
  getFileAt(path: string, ref: string): Promise<string | undefined>;
  /** Reviews of a pull request, oldest first (bounded). */
  listReviews(pr: number): Promise<PullRequestReview[]>;
  /** Ask users and teams (slugs of this repository's organisation) to review a pull request. */
  requestReviewers(pr: number, users: string[], teams: string[]): Promise<void>;
  /** Check runs of this name on a commit, newest first. */
  listCheckRuns(sha: string, name: string): Promise<CheckRunRecord[]>;
  /** Whether a user is an active member of an organisation's team (needs organisation members read). */
  isTeamMember(org: string, team: string, user: string): Promise<boolean>;
  /** A file of another repository at a commit (pinned `extends`). */
  getRepositoryFile(owner: string, repo: string, path: string, ref: string): Promise<Buffer>;
  /** A pull request's current head commit (the stale-result check). */
  getPullRequestHead(pr: number): Promise<string>;
  /** One workflow run of this repository (needs actions: read). */
  getWorkflowRun(runId: number): Promise<WorkflowRunRecord>;
  /** Runs of one workflow of this repository, newest first, one bounded page (needs actions: read). */
  listWorkflowRuns(
    workflowId: number,
    filter: { branch: string; event: string; status?: string; perPage: number },
  ): Promise<WorkflowRunRecord[]>;
  /** Artifacts of one run, optionally of one exact name (bounded; needs actions: read). */
  listRunArtifacts(runId: number, name?: string): Promise<ArtifactRecord[]>;
  /**
   * An artifact's archive: the API answers with a redirect to a signed blob URL, which is
   * fetched without the token. Bounded in size and time.
   */
  downloadArtifact(artifactId: number, limits: { maxBytes: number; timeoutMs: number }): Promise<Buffer>;
}

/** An HTTP error from the API, with what the action needs to decide: warn, retry or give up. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly operation: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }

  /** A read-only token (fork PR) or a permission the workflow did not grant. */
  get isPermissionProblem(): boolean {
    return (
      this.status === 401 ||
      (this.status === 403 && !/rate limit/i.test(this.message)) ||
      // Some endpoints answer 404 rather than reveal that the token may not see them.
      (this.status === 404 && /not found/i.test(this.message))
    );
  }
}

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  /** Longest single wait, including a rate-limit reset we are told to wait for. */
  maxDelayMs: number;
  /** Deadline of one request attempt. */
  requestTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  requestTimeoutMs: 30_000,
};

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function header(err: HttpErrorLike, name: string): string | undefined {
  const v = err.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/**
 * How long to wait before retrying, or undefined when retrying is pointless.
 * Retried: 5xx, 429, and 403s that say "rate limit" (primary: remaining 0; secondary: the message).
 */
export function retryDelay(
  err: unknown,
  attempt: number,
  policy: RetryPolicy,
  now = Date.now(),
): number | undefined {
  const e = err as HttpErrorLike;
  const status = e.status ?? 0;
  const message = e.message ?? '';
  const rateLimited =
    status === 429 ||
    (status === 403 && (header(e, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(message)));
  // status 500 with no response is how Octokit reports a dropped connection.
  const transient = status >= 500 || status === 0;
  if (!rateLimited && !transient) return undefined;
  const retryAfter = header(e, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
    const ms = Number(retryAfter) * 1000;
    return ms > policy.maxDelayMs ? undefined : ms;
  }
  const reset = header(e, 'x-ratelimit-reset');
  if (rateLimited && reset !== undefined && /^\d+$/.test(reset)) {
    const ms = Math.max(0, Number(reset) * 1000 - now) + 1000;
    return ms > policy.maxDelayMs ? undefined : ms;
  }
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/** Abort the attempt at the deadline, and stop waiting for it even if the transport ignores the abort. */
async function withDeadline<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(Object.assign(new Error(`no answer within ${Math.round(ms / 1000)} s`), { status: 0 }));
    }, ms);
  });
  try {
    return await Promise.race([fn(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function apiMessage(err: unknown): string {
  const e = err as HttpErrorLike;
  const data = e.response?.data as { message?: unknown } | undefined;
  if (data && typeof data.message === 'string') return data.message;
  return e.message ?? String(err);
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const status = (err as HttpErrorLike).status ?? 0;
    throw new GitHubApiError(apiMessage(err), status, operation);
  }
}

const MAX_PAGES = 30;

/** Read a response body up to maxBytes, or fail saying it is larger. */
async function readBounded(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes)
    throw new Error(`the archive is ${declared} bytes, more than the ${maxBytes} allowed`);
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new Error(`the archive is more than the ${maxBytes} bytes allowed`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * GET an artifact archive: the API answers 302 to a signed blob URL, which must be fetched
 * without the token (blob storage refuses, and must never see, a GitHub token).
 */
async function downloadArchive(
  url: string,
  o: { token: string; maxBytes: number; timeoutMs: number },
): Promise<Buffer> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  try {
    const first = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: {
        authorization: `Bearer ${o.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'portcullis',
      },
    });
    let res = first;
    if (first.status >= 300 && first.status < 400) {
      const location = first.headers.get('location');
      await first.body?.cancel();
      if (!location)
        throw Object.assign(new Error('the archive redirect names no location'), { status: 502 });
      res = await fetch(new URL(location, url), { redirect: 'follow', signal });
    }
    if (!res.ok) {
      let message = res.statusText;
      try {
        const data = (await res.json()) as { message?: unknown };
        if (typeof data.message === 'string') message = data.message;
      } catch {
        // not JSON
      }
      throw Object.assign(new Error(message || `HTTP ${res.status}`), { status: res.status });
    }
    return await readBounded(res, o.maxBytes);
  } catch (err) {
    if (signal.aborted)
      throw Object.assign(new Error(`no archive within ${Math.round(o.timeoutMs / 1000)} s`), { status: 0 });
    throw err;
  }
}

/** The Octokit-backed client. `baseUrl` defaults to GITHUB_API_URL (GitHub Enterprise, or a test server). */
export function createGitHubClient(options: {
  token: string;
  owner: string;
  repo: string;
  baseUrl?: string;
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}): GitHubClient {
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const logger = options.logger ?? silentLogger;
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const octokit = getOctokit(options.token, { baseUrl });
  octokit.hook.wrap('request', async (request, req) => {
    for (let attempt = 0; ; attempt++) {
      try {
        // A hung connection must not hold the job: each attempt has its own deadline.
        return await withDeadline(policy.requestTimeoutMs, async (signal) =>
          request({ ...req, request: { ...req.request, signal } }),
        );
      } catch (err) {
        const delay = attempt < policy.retries ? retryDelay(err, attempt, policy) : undefined;
        if (delay === undefined) throw err;
        const status = (err as HttpErrorLike).status;
        logger.info(
          `GitHub API ${req.method} ${String(req.url)} answered ${status ?? 'nothing'}; retrying in ${Math.ceil(delay / 1000)} s`,
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  });
  const { owner, repo } = options;

  const toComment = (c: {
    id: number;
    body?: string | null;
    html_url?: string;
    user?: { type?: string; login?: string } | null;
  }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    authorType: c.user?.type,
    authorLogin: c.user?.login,
    url: c.html_url,
  });
  const toIssue = (i: {
    number: number;
    title: string;
    body?: string | null;
    state: string;
    html_url?: string;
  }): Issue => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    url: i.html_url,
  });

  const toRun = (r: {
    id: number;
    workflow_id: number;
    event: string;
    head_branch?: string | null;
    head_sha: string;
    head_repository?: { full_name?: string } | null;
    repository?: { full_name?: string } | null;
    status?: string | null;
    conclusion?: string | null;
    created_at?: string;
    html_url?: string;
  }): WorkflowRunRecord => ({
    id: r.id,
    workflowId: r.workflow_id,
    event: r.event,
    headBranch: r.head_branch ?? undefined,
    headSha: r.head_sha,
    headRepository: r.head_repository?.full_name,
    repository: r.repository?.full_name,
    status: r.status ?? undefined,
    conclusion: r.conclusion ?? undefined,
    createdAt: r.created_at,
    url: r.html_url,
  });

  return {
    listIssueComments: (issue) =>
      call('list PR comments', async () => {
        const out: IssueComment[] = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        })) {
          out.push(...page.data.map(toComment));
          if (++pages >= MAX_PAGES) break;
        }
        return out;
      }),
    createIssueComment: (issue, body) =>
      call('create a PR comment', async () =>
        toComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data),
      ),
    updateIssueComment: (commentId, body) =>
      call('update the PR comment', async () =>
        toComment(
          (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data,
        ),
      ),
    createCheckRun: (input) =>
      call('create a check run', async () => {
        const { data } = await octokit.rest.checks.create({
          owner,
          repo,
          name: input.name,
          head_sha: input.headSha,
          status: 'completed',
          conclusion: input.conclusion,
          completed_at: new Date().toISOString(),
          details_url: input.detailsUrl,
          external_id: input.externalId,
          output: input.output,
        });
        return { id: data.id, url: data.html_url ?? undefined };
      }),
    updateCheckRun: (id, output) =>
      call('add annotations to the check run', async () => {
        await octokit.rest.checks.update({ owner, repo, check_run_id: id, output });
      }),
    listOpenIssues: () =>
      call('list issues', async () => {
        const out: Issue[] = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          state: 'open',
          per_page: 100,
        })) {
          // The issues endpoint lists pull requests too.
          out.push(...page.data.filter((i) => !i.pull_request).map(toIssue));
          if (++pages >= MAX_PAGES) break;
        }
        return out;
      }),
    createIssue: (title, body, labels) =>
      call('open an issue', async () =>
        toIssue((await octokit.rest.issues.create({ owner, repo, title, body, labels })).data),
      ),
    updateIssue: (issue, patch) =>
      call('update the issue', async () =>
        toIssue(
          (
            await octokit.rest.issues.update({
              owner,
              repo,
              issue_number: issue,
              ...patch,
              ...(patch.state === 'closed' ? { state_reason: 'completed' as const } : {}),
            })
          ).data,
        ),
      ),
    authenticatedLogin: async () => {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return undefined;
      }
    },
    getFileAt: (path, ref) =>
      call('read a file at the base commit', async () => {
        try {
          const { data } = await octokit.rest.repos.getContent({
            owner,
            repo,
            path,
            ref,
            mediaType: { format: 'raw' },
          });
          if (typeof data !== 'string') throw new Error(`${path} is not a file at ${ref}`);
          return data;
        } catch (err) {
          if ((err as HttpErrorLike).status === 404) return undefined;
          throw err;
        }
      }),
    getRepositoryFile: (otherOwner, otherRepo, path, ref) =>
      call(`read ${otherOwner}/${otherRepo}/${path}`, async () => {
        const { data } = await octokit.rest.repos.getContent({
          owner: otherOwner,
          repo: otherRepo,
          path,
          ref,
          mediaType: { format: 'raw' },
        });
        if (typeof data !== 'string') throw new Error(`${path} is not a file at ${ref}`);
        return Buffer.from(data, 'utf8');
      }),
    listReviews: (pr) =>
      call('read the reviews of the pull request', async () => {
        const out: PullRequestReview[] = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: pr,
          per_page: 100,
        })) {
          for (const r of page.data) {
            if (!r.user?.login) continue;
            out.push({
              login: r.user.login,
              state: r.state,
              commitId: r.commit_id ?? undefined,
              submittedAt: r.submitted_at ?? undefined,
            });
          }
          if (++pages >= MAX_PAGES) break;
        }
        return out;
      }),
    requestReviewers: (pr, users, teams) =>
      call('request reviews', async () => {
        await octokit.rest.pulls.requestReviewers({
          owner,
          repo,
          pull_number: pr,
          reviewers: users,
          team_reviewers: teams,
        });
      }),
    listCheckRuns: (sha, name) =>
      call('find the check run of the pull request run', async () => {
        const { data } = await octokit.rest.checks.listForRef({
          owner,
          repo,
          ref: sha,
          check_name: name,
          filter: 'all',
          per_page: 100,
        });
        return data.check_runs
          .map((r) => ({
            id: r.id,
            name: r.name,
            headSha: r.head_sha,
            externalId: r.external_id ?? undefined,
            text: r.output?.text ?? undefined,
            completedAt: r.completed_at ?? undefined,
            detailsUrl: r.details_url ?? undefined,
            app: r.app?.slug,
          }))
          .sort((a, b) => b.id - a.id);
      }),
    isTeamMember: async (org, team, user) => {
      try {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: team,
          username: user,
        });
        return data.state === 'active';
      } catch (err) {
        if ((err as HttpErrorLike).status === 404) return false;
        throw new GitHubApiError(apiMessage(err), (err as HttpErrorLike).status ?? 0, 'read team membership');
      }
    },
    getPullRequestHead: (pr) =>
      call('read the pull request', async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pr });
        return data.head.sha;
      }),
    getWorkflowRun: (runId) =>
      call('read this workflow run', async () =>
        toRun((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data),
      ),
    listWorkflowRuns: (workflowId, filter) =>
      call('list the workflow runs', async () => {
        const { data } = await octokit.rest.actions.listWorkflowRuns({
          owner,
          repo,
          workflow_id: workflowId,
          branch: filter.branch,
          event: filter.event,
          ...(filter.status ? { status: filter.status as 'completed' } : {}),
          per_page: filter.perPage,
        });
        return data.workflow_runs.map(toRun);
      }),
    listRunArtifacts: (runId, name) =>
      call('list the artifacts of a workflow run', async () => {
        // Every page: a matrix of up to 256 jobs uploads more than one page of reports.
        const out: ArtifactRecord[] = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: runId,
          per_page: 100,
          ...(name ? { name } : {}),
        })) {
          for (const a of page.data)
            out.push({
              id: a.id,
              name: a.name,
              sizeInBytes: a.size_in_bytes,
              expired: a.expired,
              runId: a.workflow_run?.id ?? undefined,
              createdAt: a.created_at ?? undefined,
            });
          if (++pages >= MAX_PAGES) break;
        }
        return out;
      }),
    downloadArtifact: (artifactId, limits) =>
      call('download the artifact', () =>
        downloadArchive(
          `${baseUrl.replace(/\/+$/, '')}/repos/${owner}/${repo}/actions/artifacts/${artifactId}/zip`,
          {
            token: options.token,
            ...limits,
          },
        ),
      ),
    listPullRequestsByHead: (head) =>
      call('find the pull request', async () => {
        const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head, per_page: 100 });
        return data.map((p) => ({ number: p.number, headSha: p.head.sha }));
      }),
  };
}
