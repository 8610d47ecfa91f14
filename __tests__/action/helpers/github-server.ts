import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the GitHub REST API on loopback: it keeps issues, comments and
 * check runs in memory, records every call, and can be told to answer a route
 * with an error (a fork's 403, a 502, a rate limit) a number of times.
 */

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
}

interface Comment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
}
interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  pull_request?: object;
}
interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion: string;
  external_id?: string;
  details_url?: string;
  output: { title: string; summary: string; text?: string; annotations: unknown[] };
}

export interface Release {
  id: number;
  tag_name: string;
  name: string;
  body: string;
  make_latest?: string;
  draft: boolean;
  prerelease: boolean;
}

export interface Review {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commit_id: string;
}

export interface Failure {
  method: string;
  /** Matched against the path (without query). */
  path: RegExp;
  status: number;
  message: string;
  headers?: Record<string, string>;
  /** How many times to fail (Infinity: always). */
  times: number;
}

/** An extra route (a sibling stand-in's): answer and return true, or return false to pass. */
export type Route = (call: RecordedCall, raw: Buffer, res: ServerResponse) => boolean;

export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  /** Routes of sibling stand-ins (helpers/actions-server.ts), tried before the built-in ones. */
  readonly routes: Route[] = [];
  /** A pull request's current head, as GET /pulls/{n} answers it (404 for one not set). */
  readonly pullHeads = new Map<number, string>();
  readonly comments: Comment[] = [];
  readonly issues: IssueRecord[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly pulls: Array<{ number: number; head: { sha: string; label: string } }> = [];
  readonly failures: Failure[] = [];
  /** Repository files by `owner/repo@ref:path` (the contents API). */
  readonly files = new Map<string, string>();
  /** Reviews by pull request number, oldest first. */
  readonly reviews = new Map<number, Review[]>();
  /** Review requests received, by pull request number. */
  readonly reviewRequests: Array<{ pr: number; reviewers: string[]; team_reviewers: string[] }> = [];
  /** Active members of `org/team`. */
  readonly teams = new Map<string, string[]>();
  /** Releases (scripts/release.mjs). */
  readonly releases: Release[] = [];
  private server?: Server;
  private nextId = 1000;
  /** Set to act as a personal access token of this user (comments are then written as a User). */
  userLogin?: string;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A file of a repository (default acme/shop) at a commit, as the contents API serves it. */
  setFile(ref: string, path: string, text: string, repo = 'acme/shop'): void {
    this.files.set(`${repo}@${ref}:${path}`, text);
  }

  fail(failure: Omit<Failure, 'times'> & { times?: number }): void {
    this.failures.push({ times: Infinity, ...failure });
  }

  /** Calls other than reads, as `METHOD path`. */
  writes(): string[] {
    return this.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    let parsed: unknown;
    try {
      parsed = raw ? JSON.parse(raw) : undefined;
    } catch {
      parsed = undefined;
    }
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parsed,
      authorization: req.headers.authorization,
    };
    this.calls.push(call);
    const failure = this.failures.find(
      (f) => f.times > 0 && f.method === call.method && f.path.test(call.path),
    );
    if (failure) {
      failure.times--;
      // Status 0: a hung connection that never answers.
      if (failure.status === 0) return;
      this.send(
        res,
        failure.status,
        { message: failure.message, documentation_url: 'https://docs.github.com/rest' },
        failure.headers,
      );
      return;
    }
    for (const route of this.routes) if (route(call, bytes, res)) return;
    const body = (call.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    const p = call.path;
    if (call.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(p))) {
      const head = this.pullHeads.get(Number(m[1]));
      if (!head) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { number: Number(m[1]), state: 'open', head: { sha: head } });
    }
    if (call.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const issue = Number(m[1]);
      return this.send(
        res,
        200,
        this.comments
          .filter((c) => c.issue === issue)
          .map((c) => ({ ...c, html_url: `https://github.example/c/${c.id}` })),
      );
    }
    if (call.method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const c: Comment = {
        id: this.nextId++,
        issue: Number(m[1]),
        body: String(body.body),
        user: this.userLogin
          ? { login: this.userLogin, type: 'User' }
          : { login: 'github-actions[bot]', type: 'Bot' },
      };
      this.comments.push(c);
      return this.send(res, 201, { ...c, html_url: `https://github.example/c/${c.id}` });
    }
    if (call.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      c.body = String(body.body);
      return this.send(res, 200, { ...c, html_url: `https://github.example/c/${c.id}` });
    }
    if (call.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(p)) {
      const run: CheckRun = {
        id: this.nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        conclusion: String(body.conclusion),
        ...(typeof body.external_id === 'string' ? { external_id: body.external_id } : {}),
        ...(typeof body.details_url === 'string' ? { details_url: body.details_url } : {}),
        output: body.output as CheckRun['output'],
      };
      this.checkRuns.push(run);
      return this.send(res, 201, { id: run.id, html_url: `https://github.example/runs/${run.id}` });
    }
    if (call.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(p))) {
      const run = this.checkRuns.find((x) => x.id === Number(m![1]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      const output = body.output as CheckRun['output'];
      run.output = { ...output, annotations: [...run.output.annotations, ...(output.annotations ?? [])] };
      return this.send(res, 200, { id: run.id });
    }
    if (call.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(p)) {
      const state = call.query.state ?? 'open';
      return this.send(
        res,
        200,
        this.issues
          .filter((i) => state === 'all' || i.state === state)
          .map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) })),
      );
    }
    if (call.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(p)) {
      const issue: IssueRecord = {
        number: this.nextId++,
        title: String(body.title),
        body: String(body.body ?? ''),
        state: 'open',
        labels: (body.labels as string[]) ?? [],
      };
      this.issues.push(issue);
      return this.send(res, 201, { ...issue, html_url: `https://github.example/i/${issue.number}` });
    }
    if (call.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(p))) {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      return this.send(res, 200, { ...issue, html_url: `https://github.example/i/${issue.number}` });
    }
    if (call.method === 'GET' && (m = /^\/repos\/([^/]+\/[^/]+)\/contents\/(.+)$/.exec(p))) {
      const text = this.files.get(`${m[1]}@${call.query.ref ?? 'HEAD'}:${decodeURIComponent(m[2])}`);
      if (text === undefined) return this.send(res, 404, { message: 'Not Found' });
      if (/raw/.test(String(req.headers.accept))) {
        res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
        res.end(text);
        return;
      }
      return this.send(res, 200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
      });
    }
    if (call.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(p))) {
      return this.send(
        res,
        200,
        (this.reviews.get(Number(m[1])) ?? []).map((r, i) => ({
          id: i + 1,
          user: { login: r.login, type: 'User' },
          state: r.state,
          commit_id: r.commit_id,
          submitted_at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
        })),
      );
    }
    if (
      call.method === 'POST' &&
      (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/requested_reviewers$/.exec(p))
    ) {
      this.reviewRequests.push({
        pr: Number(m[1]),
        reviewers: (body.reviewers as string[]) ?? [],
        team_reviewers: (body.team_reviewers as string[]) ?? [],
      });
      return this.send(res, 201, { number: Number(m[1]) });
    }
    if (call.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(p))) {
      const runs = this.checkRuns.filter(
        (r) => r.head_sha === m![1] && (!call.query.check_name || r.name === call.query.check_name),
      );
      return this.send(res, 200, {
        total_count: runs.length,
        check_runs: runs.map((r) => ({
          ...r,
          app: { slug: 'github-actions' },
          completed_at: '2026-11-01T00:00:00Z',
        })),
      });
    }
    if (call.method === 'GET' && (m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(p))) {
      const members = this.teams.get(`${m[1]}/${m[2]}`) ?? [];
      if (!members.includes(m[3])) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { state: 'active', role: 'member' });
    }
    if (call.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/([^/]+)$/.exec(p))) {
      const release = this.releases.find((r) => r.tag_name === decodeURIComponent(m![1]));
      if (!release) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, release);
    }
    if (call.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/releases$/.test(p)) {
      if (this.releases.some((r) => r.tag_name === body.tag_name))
        return this.send(res, 422, { message: 'Validation Failed: tag_name already_exists' });
      const release: Release = {
        id: this.nextId++,
        tag_name: String(body.tag_name),
        name: String(body.name ?? body.tag_name),
        body: String(body.body ?? ''),
        make_latest: body.make_latest as string | undefined,
        draft: body.draft === true,
        prerelease: body.prerelease === true,
      };
      this.releases.push(release);
      return this.send(res, 201, release);
    }
    if (call.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)$/.exec(p))) {
      const release = this.releases.find((r) => r.id === Number(m![1]));
      if (!release) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body.name === 'string') release.name = body.name;
      if (typeof body.body === 'string') release.body = body.body;
      if (typeof body.make_latest === 'string') release.make_latest = body.make_latest;
      return this.send(res, 200, release);
    }
    if (call.method === 'GET' && p === '/user') {
      // An installation token (GITHUB_TOKEN) may not ask who it is; a personal token may.
      if (!this.userLogin) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, 200, { login: this.userLogin, type: 'User' });
    }
    if (call.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(p)) {
      const head = call.query.head;
      return this.send(
        res,
        200,
        this.pulls.filter((pr) => !head || pr.head.label === head),
      );
    }
    this.send(res, 404, { message: `Not Found (fake GitHub has no ${call.method} ${p})` });
  }
}
