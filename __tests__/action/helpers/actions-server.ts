import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strToU8, zipSync } from 'fflate';
import type { FakeGitHub, RecordedCall } from './github-server.js';

/**
 * Stand-ins for GitHub Actions' artifact services, on loopback, beside FakeGitHub:
 * - the REST endpoints (served by FakeGitHub through its routes): a run, a workflow's runs,
 *   a run's artifacts, and an artifact's zip, which answers 302 to a signed blob URL;
 * - the results service's twirp API (CreateArtifact, FinalizeArtifact) that @actions/artifact
 *   uploads through, with the runner's ACTIONS_RUNTIME_TOKEN (a JWT whose scp names the run);
 * - blob storage, on its own origin: block uploads and downloads, each checked against the
 *   signature of its URL, refusing any request that carries an Authorization header.
 * `leaky` makes the REST API ignore the filters it is asked for (branch, event, status, name),
 * so tests prove that the action's own checks keep out what the API should not have returned.
 */

export interface RunRecord {
  id: number;
  workflow_id: number;
  event: string;
  head_branch: string;
  head_sha: string;
  head_repository: { full_name: string };
  repository: { full_name: string };
  status: string;
  conclusion: string;
  created_at: string;
  html_url: string;
}

export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  data: Buffer;
  expired: boolean;
}

export class FakeActions {
  readonly runs: RunRecord[] = [];
  readonly artifacts: StoredArtifact[] = [];
  /** Requests to the results service and blob storage. */
  readonly serviceCalls: Array<{
    method: string;
    path: string;
    query: Record<string, string>;
    authorization?: string;
  }> = [];
  /** The run whose job uploads (twirp calls attach artifacts to it). */
  currentRunId = 0;
  leaky = false;
  blobUrl = '';
  private readonly key = randomBytes(16);
  private readonly blocks = new Map<string, Buffer>();
  private readonly blobs = new Map<string, Buffer>();
  private server?: Server;
  private nextId = 9000;
  readonly runtimeToken: string;

  constructor(private readonly github: FakeGitHub) {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    this.runtimeToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.sig`;
    github.routes.push((call, _raw, res) => this.rest(call, res));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.service(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.blobUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.blobUrl;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The environment a job needs to upload here. */
  uploadEnv(): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: this.runtimeToken,
      ACTIONS_RESULTS_URL: `${this.blobUrl}/`,
      // @actions/artifact refuses to run when the server does not look like github.com.
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  addRun(r: {
    id: number;
    event: string;
    branch: string;
    sha: string;
    workflowId?: number;
    headRepo?: string;
    createdAt: string;
    status?: string;
    conclusion?: string;
  }): RunRecord {
    const run: RunRecord = {
      id: r.id,
      workflow_id: r.workflowId ?? 77,
      event: r.event,
      head_branch: r.branch,
      head_sha: r.sha,
      head_repository: { full_name: r.headRepo ?? 'acme/shop' },
      repository: { full_name: 'acme/shop' },
      status: r.status ?? 'completed',
      conclusion: r.conclusion ?? 'success',
      created_at: r.createdAt,
      html_url: `https://github.com/acme/shop/actions/runs/${r.id}`,
    };
    this.runs.push(run);
    return run;
  }

  /** An artifact holding one JSON file, as upload-artifact zips it. */
  plant(runId: number, name: string, json: unknown, file = 'report.json'): StoredArtifact {
    const data = Buffer.from(zipSync({ [file]: strToU8(JSON.stringify(json)) }));
    const artifact = { id: this.nextId++, name, runId, data, expired: false };
    this.artifacts.push(artifact);
    return artifact;
  }

  /** REST calls that asked for runs or artifacts. */
  restCalls(github: FakeGitHub = this.github): RecordedCall[] {
    return github.calls.filter((c) => /\/actions\//.test(c.path));
  }

  private sign(path: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${path}\n${expires}`).digest('base64url');
  }

  private signedUrl(path: string): string {
    const se = Date.now() + 600_000;
    return `${this.blobUrl}${path}?se=${se}&sig=${this.sign(path, se)}`;
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private artifactJson(a: StoredArtifact) {
    const run = this.runs.find((r) => r.id === a.runId);
    return {
      id: a.id,
      name: a.name,
      size_in_bytes: a.data.length,
      expired: a.expired,
      created_at: run?.created_at ?? '2026-11-01T00:00:00Z',
      workflow_run: { id: a.runId, head_branch: run?.head_branch, head_sha: run?.head_sha },
    };
  }

  private rest(call: RecordedCall, res: ServerResponse): boolean {
    if (call.method !== 'GET') return false;
    const q = call.query;
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/acme\/shop\/actions\/runs\/(\d+)$/.exec(call.path))) {
      const run = this.runs.find((r) => r.id === Number(m![1]));
      if (!run) this.json(res, 404, { message: 'Not Found' });
      else this.json(res, 200, run);
      return true;
    }
    if ((m = /^\/repos\/acme\/shop\/actions\/workflows\/([^/]+)\/runs$/.exec(call.path))) {
      const runs = this.runs
        .filter(
          (r) =>
            this.leaky ||
            (String(r.workflow_id) === m![1] &&
              (!q.branch || r.head_branch === q.branch) &&
              (!q.event || r.event === q.event) &&
              (!q.status || r.status === q.status || (q.status === 'success' && r.conclusion === 'success'))),
        )
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .slice(0, Number(q.per_page ?? 30));
      this.json(res, 200, { total_count: runs.length, workflow_runs: runs });
      return true;
    }
    if ((m = /^\/repos\/acme\/shop\/actions\/runs\/(\d+)\/artifacts$/.exec(call.path))) {
      const list = this.artifacts.filter(
        (a) => this.leaky || (a.runId === Number(m![1]) && (!q.name || a.name === q.name)),
      );
      this.json(res, 200, { total_count: list.length, artifacts: list.map((a) => this.artifactJson(a)) });
      return true;
    }
    if ((m = /^\/repos\/acme\/shop\/actions\/artifacts\/(\d+)\/zip$/.exec(call.path))) {
      const a = this.artifacts.find((x) => x.id === Number(m![1]));
      if (!a) this.json(res, 404, { message: 'Not Found' });
      else {
        res.writeHead(302, { location: this.signedUrl(`/blob/dl/${a.id}.zip`) });
        res.end();
      }
      return true;
    }
    return false;
  }

  private async service(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(url.searchParams);
    this.serviceCalls.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      authorization: req.headers.authorization,
    });
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(url.pathname);
    if (twirp) {
      if (req.headers.authorization !== `Bearer ${this.runtimeToken}`)
        return this.json(res, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
      const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      if (input.workflow_run_backend_id !== 'run-backend-1')
        return this.json(res, 400, { code: 'invalid_argument', msg: 'unknown run' });
      const name = String(input.name);
      if (twirp[1] === 'CreateArtifact') {
        if (this.artifacts.some((a) => a.runId === this.currentRunId && a.name === name))
          return this.json(res, 409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          });
        return this.json(res, 200, {
          ok: true,
          signed_upload_url: this.signedUrl(`/blob/up/${this.currentRunId}/${name}`),
        });
      }
      if (twirp[1] === 'FinalizeArtifact') {
        const data = this.blobs.get(`/blob/up/${this.currentRunId}/${name}`);
        if (!data) return this.json(res, 404, { code: 'not_found', msg: 'nothing uploaded' });
        const a = { id: this.nextId++, name, runId: this.currentRunId, data, expired: false };
        this.artifacts.push(a);
        return this.json(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      return this.json(res, 404, { code: 'bad_route', msg: twirp[1] });
    }
    if (url.pathname.startsWith('/blob/')) {
      // Blob storage reads the signature, and refuses a GitHub token it was never meant to see.
      const se = Number(query.se);
      if (
        req.headers.authorization ||
        !query.sig ||
        query.sig !== this.sign(url.pathname, se) ||
        se < Date.now()
      ) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>');
        return;
      }
      const ok = (status: number) => {
        res.writeHead(status, {
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': 'r',
          'x-ms-version': '2025-01-05',
          'x-ms-request-server-encrypted': 'true',
          'content-length': '0',
        });
        res.end();
      };
      if (req.method === 'GET') {
        const a = this.artifacts.find((x) => url.pathname === `/blob/dl/${x.id}.zip`);
        if (!a) return this.json(res, 404, { message: 'BlobNotFound' });
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.data.length) });
        res.end(a.data);
        return;
      }
      if (req.method === 'PUT' && query.comp === 'block') {
        this.blocks.set(`${url.pathname}#${query.blockid}`, body);
        return ok(201);
      }
      if (req.method === 'PUT' && query.comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
          (x) => x[1],
        );
        this.blobs.set(
          url.pathname,
          Buffer.concat(ids.map((id) => this.blocks.get(`${url.pathname}#${id}`) ?? Buffer.alloc(0))),
        );
        return ok(201);
      }
      if (req.method === 'PUT') {
        this.blobs.set(url.pathname, body);
        return ok(201);
      }
    }
    this.json(res, 404, {
      message: `Not Found (fake actions services have no ${req.method} ${url.pathname})`,
    });
  }
}
