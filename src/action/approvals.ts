import type { Approval, Logger } from '../model.js';
import { untrustedLine } from '../untrusted.js';
import type { GitHubClient, PullRequestReview } from './github.js';
import { degrade } from './publish.js';

/**
 * Whether a change to the rules is approved, from outside the diff: a review
 * of the pull request in state APPROVED, on its latest commit, by a user the
 * base's policy names under `approvers:` (or, with a token that may read
 * organisation membership, a member of a team it names). Only the newest
 * review of each user that approves, requests changes or is dismissed counts
 * (comments do not change a verdict, as on GitHub).
 */

export interface ApprovalInput {
  reviews: PullRequestReview[];
  /** As the base policy lists them: `alice`, `acme/security` (no leading @). */
  approvers: string[];
  /** The pull request's head: an approval of an earlier commit does not approve what was pushed after it. */
  headSha: string;
  /** The pull request's author, who cannot approve it. */
  author?: string;
  /** Team membership, when a token may read it; undefined: team approvals cannot be checked. */
  isTeamMember?: (org: string, team: string, user: string) => Promise<boolean>;
}

const VERDICT_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** The newest verdict-bearing review of each user (case-insensitive logins), in the order first seen. */
export function latestReviews(reviews: PullRequestReview[]): PullRequestReview[] {
  const latest = new Map<string, PullRequestReview>();
  for (const r of reviews) {
    if (!VERDICT_STATES.has(r.state.toUpperCase())) continue;
    latest.set(r.login.toLowerCase(), r);
  }
  return [...latest.values()];
}

export async function approvalFrom(input: ApprovalInput): Promise<Approval> {
  const by: string[] = [];
  const notes: string[] = [];
  const users = input.approvers.filter((a) => !a.includes('/')).map((a) => a.toLowerCase());
  const teams = input.approvers.filter((a) => a.includes('/'));
  const author = input.author?.toLowerCase();
  for (const r of latestReviews(input.reviews)) {
    if (r.state.toUpperCase() !== 'APPROVED') continue;
    const login = r.login.toLowerCase();
    if (login === author) continue;
    const listed = users.includes(login);
    let member: string | undefined;
    if (!listed && teams.length > 0) {
      if (!input.isTeamMember) {
        notes.push(
          `${untrustedLine(r.login, 40)} approved, but membership of ${teams.map((t) => `@${t}`).join(', ')} cannot be checked without approvers-token (a token that may read the organisation's members), so that approval stays pending`,
        );
        continue;
      }
      for (const t of teams) {
        const [org, team] = t.split('/');
        if (await input.isTeamMember(org, team, r.login)) {
          member = t;
          break;
        }
      }
    }
    if (!listed && !member) continue;
    if (r.commitId && r.commitId !== input.headSha) {
      notes.push(
        `${untrustedLine(r.login, 40)} approved an earlier commit (${r.commitId.slice(0, 7)}); commits were pushed since, so a review of ${input.headSha.slice(0, 7)} is needed`,
      );
      continue;
    }
    by.push(member ? `${r.login} (@${member})` : r.login);
  }
  return { by, notes };
}

/** The users and teams (slugs of `owner`'s organisation) to ask for a review, never the author. */
export function reviewRequest(
  approvers: string[],
  owner: string,
  author?: string,
): { users: string[]; teams: string[]; elsewhere: string[] } {
  const users = approvers
    .filter((a) => !a.includes('/'))
    .filter((a) => a.toLowerCase() !== author?.toLowerCase());
  const teams: string[] = [];
  const elsewhere: string[] = [];
  for (const t of approvers.filter((a) => a.includes('/'))) {
    const [org, slug] = t.split('/');
    // GitHub takes team reviewers of the repository's own organisation only.
    if (org.toLowerCase() === owner.toLowerCase()) teams.push(slug);
    else elsewhere.push(t);
  }
  return { users, teams, elsewhere };
}

/**
 * Ask the approvers for a review through the API: GitHub notifies them, and
 * nothing in a comment has to @mention anyone.
 */
export async function requestApproverReviews(
  client: GitHubClient,
  options: { pr: number; approvers: string[]; owner: string; author?: string; logger: Logger },
): Promise<boolean> {
  const { users, teams, elsewhere } = reviewRequest(options.approvers, options.owner, options.author);
  if (elsewhere.length)
    options.logger.info(
      `cannot ask ${elsewhere.map((t) => `@${t}`).join(', ')} for a review: GitHub takes team reviewers of ${options.owner} only`,
    );
  if (users.length === 0 && teams.length === 0) return false;
  const done = await degrade(
    options.logger,
    'request reviews from the approvers',
    'pull-requests: write',
    async () => {
      await client.requestReviewers(options.pr, users, teams);
      return true;
    },
  );
  if (done === undefined) return false;
  options.logger.info(
    `asked ${[...users, ...teams.map((t) => `@${options.owner}/${t}`)].join(', ')} to review the change to the rules`,
  );
  return true;
}
