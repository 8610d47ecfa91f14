import { execFile } from 'node:child_process';
import type { Approval, Logger } from '../model.js';
import { RuntimeFailure } from '../errors.js';
import { gitBase, resolveCommit, type BaseSource } from '../session.js';
import { cachedRemote, defaultCacheDir, httpFetchers, type RemotePolicyReader } from '../policy/index.js';
import { approvalFrom } from './approvals.js';
import type { RunContext } from './context.js';
import { createGitHubClient, GitHubApiError, type GitHubClient } from './github.js';
import type { ActionSettings } from './inputs.js';

/**
 * What the action knows of a pull request's base: its files at the base
 * commit (git when the checkout has that commit, else the contents API), and
 * who approved the pull request (the reviews API). Events: pull_request,
 * pull_request_target, pull_request_review (any event whose payload carries a
 * pull request).
 */

function tracked(cwd: string, path: string): Promise<boolean> {
  return new Promise((resolve) =>
    execFile('git', ['ls-files', '--error-unmatch', '--', path], { cwd }, (err) => resolve(!err)),
  );
}

function apiWords(err: unknown, permission: string): string {
  if (err instanceof GitHubApiError)
    return `GitHub answered ${err.status} "${err.message}"${err.isPermissionProblem ? ` (the token needs ${permission})` : ''}`;
  return err instanceof Error ? err.message : String(err);
}

/** The pull request's base as the session reads it, or undefined when this run has no pull request. */
export async function actionBase(
  settings: ActionSettings,
  ctx: RunContext,
  client: GitHubClient | undefined,
  logger: Logger,
): Promise<BaseSource | undefined> {
  const pr = ctx.pullRequest;
  if (!pr) return undefined;
  if (!pr.baseSha)
    throw new RuntimeFailure(
      `the ${ctx.eventName || 'pull request'} event names no base commit (pull_request.base.sha), so the pull request's changes to the rules cannot be judged`,
    );
  const baseSha = pr.baseSha;
  const label = `${pr.baseRef ?? 'base'} @ ${baseSha.slice(0, 7)}`;
  const root = ctx.workspace;
  const inGit = (await resolveCommit(root, 'HEAD')) !== undefined;
  let source: BaseSource;
  if (inGit && (await resolveCommit(root, baseSha))) {
    source = await gitBase(root, baseSha, { source: 'the base commit', label });
    logger.info(`reading the base's rules (${label}) from the checkout`);
  } else {
    if (!client)
      throw new RuntimeFailure(
        `cannot read the base's rules (${label}): the checkout lacks the base commit and there is no github-token to read it through the API`,
      );
    logger.info(`reading the base's rules (${label}) through the GitHub API`);
    source = {
      label,
      root,
      read: async (path) => {
        try {
          return await client.getFileAt(path, baseSha);
        } catch (err) {
          throw new Error(apiWords(err, 'contents: read'));
        }
      },
      committed: async (path) =>
        inGit ? tracked(root, path) : (await client.getFileAt(path, pr.headSha)) !== undefined,
    };
  }
  source.approve = approver(settings, ctx, client, logger);
  return source;
}

function approver(
  settings: ActionSettings,
  ctx: RunContext,
  client: GitHubClient | undefined,
  logger: Logger,
): (approvers: string[]) => Promise<Approval> {
  const pr = ctx.pullRequest!;
  return async (approvers) => {
    if (!client)
      return {
        by: [],
        notes: ['there is no github-token, so the reviews of the pull request cannot be read'],
      };
    let reviews;
    try {
      reviews = await client.listReviews(pr.number);
    } catch (err) {
      throw new Error(apiWords(err, 'pull-requests: read'));
    }
    const teams = settings.approversToken
      ? createGitHubClient({
          token: settings.approversToken,
          owner: ctx.owner,
          repo: ctx.repo,
          baseUrl: ctx.apiUrl,
          logger,
        })
      : undefined;
    const notes: string[] = [];
    const approval = await approvalFrom({
      reviews,
      approvers,
      headSha: pr.headSha,
      author: pr.author,
      isTeamMember: teams
        ? async (org, team, user) => {
            try {
              return await teams.isTeamMember(org, team, user);
            } catch (err) {
              notes.push(
                `membership of @${org}/${team} could not be read: ${apiWords(err, 'organisation members: read')}`,
              );
              return false;
            }
          }
        : undefined,
    });
    approval.notes.push(...notes);
    return approval;
  };
}

/**
 * Pinned `extends` for the action: github:…@SHA through the API (policy-token,
 * else github-token; none for public repositories), https:// URLs directly, both
 * through the same cache as the CLI's.
 */
export function actionRemote(settings: ActionSettings, ctx: RunContext, logger: Logger): RemotePolicyReader {
  const token = settings.policyToken || settings.token;
  const http = httpFetchers({ apiUrl: ctx.apiUrl });
  const client = token
    ? createGitHubClient({ token, owner: ctx.owner, repo: ctx.repo, baseUrl: ctx.apiUrl, logger })
    : undefined;
  return cachedRemote(
    {
      github: async (ref) => {
        if (!client) return http.github(ref);
        try {
          return await client.getRepositoryFile(ref.owner, ref.repo, ref.path, ref.sha);
        } catch (err) {
          throw new Error(apiWords(err, 'contents: read on that repository: give policy-token'));
        }
      },
      url: (url) => http.url(url),
    },
    { cacheDir: defaultCacheDir() },
  );
}
