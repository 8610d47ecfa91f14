import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { MAX_POLICY_BYTES } from './source.js';
import { pinnedLabel, type PinnedPolicy, type RemotePolicyReader } from './pinned.js';

/**
 * Policies a pull request cannot change, named in `extends` by content:
 * `github:OWNER/REPO/PATH@SHA` (a file of a repository at one commit, read
 * through the GitHub contents API) or `{ url, sha256 }` (an https:// file and
 * the checksum of its bytes). Both are immutable, so they are cached on disk
 * under their key and checked again whenever they are read from the cache;
 * with no network, a cached copy is used and a missing one is an error that
 * says how to get it.
 */

export { parseGitHubRef, pinnedLabel, type PinnedPolicy, type RemotePolicyReader } from './pinned.js';

/** The raw fetches, without the cache: the CLI's use node:https, the action's the GitHub client. */
export interface RemoteFetchers {
  /** The file at OWNER/REPO PATH at commit SHA, or an Error. */
  github(ref: Extract<PinnedPolicy, { kind: 'github' }>): Promise<Buffer>;
  /** The bytes at an https:// URL, or an Error. */
  url(url: string): Promise<Buffer>;
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** $XDG_CACHE_HOME/portcullis/extends, else ~/.cache/portcullis/extends. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : undefined;
  return join(base ?? join(homedir(), '.cache'), 'portcullis', 'extends');
}

interface CacheRecord {
  key: string;
  sha256: string;
  text: string;
}

function cacheKey(p: PinnedPolicy): string {
  // A URL's file is known by its checksum alone: the same bytes from another address are the same policy.
  return p.kind === 'github' ? pinnedLabel(p) : `sha256:${p.sha256.toLowerCase()}`;
}

function decode(bytes: Buffer, p: PinnedPolicy): string {
  if (bytes.length > MAX_POLICY_BYTES)
    throw new Error(
      `${pinnedLabel(p)} is larger than ${MAX_POLICY_BYTES / 1024} KiB; a port policy is a few KiB`,
    );
  return bytes.toString('utf8');
}

/**
 * Pinned policies through a cache on disk. Every read from the cache is
 * checked (the record's key, and the checksum of its text); a URL's bytes are
 * checked against the sha256 the policy gives, whether fetched or cached.
 */
export function cachedRemote(
  fetchers: RemoteFetchers,
  options: { cacheDir?: string } = {},
): RemotePolicyReader {
  const dir = options.cacheDir ?? defaultCacheDir();
  const fileOf = (key: string) => join(dir, `${sha256Hex(key)}.json`);

  async function fromCache(p: PinnedPolicy): Promise<string | undefined> {
    const key = cacheKey(p);
    let record: CacheRecord;
    try {
      record = JSON.parse(await readFile(fileOf(key), 'utf8')) as CacheRecord;
    } catch {
      return undefined;
    }
    if (record?.key !== key || typeof record.text !== 'string' || sha256Hex(record.text) !== record.sha256)
      return undefined; // damaged or foreign: fetch again
    if (p.kind === 'url' && record.sha256 !== p.sha256.toLowerCase()) return undefined;
    return record.text;
  }

  async function toCache(p: PinnedPolicy, text: string): Promise<void> {
    const key = cacheKey(p);
    const record: CacheRecord = { key, sha256: sha256Hex(text), text };
    try {
      await mkdir(dir, { recursive: true });
      const tmp = `${fileOf(key)}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(record));
      await rename(tmp, fileOf(key));
    } catch {
      // A cache that cannot be written costs a fetch next time, nothing more.
    }
  }

  return {
    async read(p) {
      const cached = await fromCache(p);
      if (cached !== undefined) return cached;
      let bytes: Buffer;
      try {
        bytes = p.kind === 'github' ? await fetchers.github(p) : await fetchers.url(p.url);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw new Error(
          `cannot fetch ${pinnedLabel(p)} (${why}), and it is not in the cache (${dir}): run once with network access${p.kind === 'github' ? ' and, for a private repository, a token that may read it' : ''}`,
        );
      }
      if (p.kind === 'url') {
        const got = sha256Hex(bytes);
        if (got !== p.sha256.toLowerCase())
          throw new Error(
            `${p.url} does not match its sha256: the policy expects ${p.sha256.toLowerCase()}, the file has ${got}. If the file changed on purpose, review it and update sha256`,
          );
      }
      const text = decode(bytes, p);
      await toCache(p, text);
      return text;
    },
  };
}

/** One GET with a deadline and a size cap; `ca` lets tests trust their own loopback server. */
function get(
  url: string,
  headers: Record<string, string>,
  options: { ca?: string | Buffer; timeoutMs?: number; redirects?: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      reject(new Error(`${url} is not a URL`));
      return;
    }
    const request = parsed.protocol === 'http:' ? httpRequest : httpsRequest;
    const req = request(
      parsed,
      {
        method: 'GET',
        headers: { 'user-agent': 'portcullis', ...headers },
        // No pooled connection or resumed TLS session: each fetch verifies the server afresh.
        agent: false,
        ...(options.ca && parsed.protocol === 'https:' ? { ca: options.ca } : {}),
        timeout: options.timeoutMs ?? 30_000,
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          const next = new URL(res.headers.location, parsed);
          if ((options.redirects ?? 0) >= 5) return reject(new Error('too many redirects'));
          if (parsed.protocol === 'https:' && next.protocol !== 'https:')
            return reject(new Error(`redirected from https to ${next.protocol}`));
          get(next.toString(), headers, { ...options, redirects: (options.redirects ?? 0) + 1 }).then(
            resolve,
            reject,
          );
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_POLICY_BYTES + 1) {
            req.destroy(new Error(`larger than ${MAX_POLICY_BYTES / 1024} KiB`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          if (status === 200) return resolve(body);
          let message = '';
          try {
            const m = (JSON.parse(body.toString('utf8')) as { message?: unknown }).message;
            if (typeof m === 'string') message = `: ${m.slice(0, 200)}`;
          } catch {
            // not JSON
          }
          reject(new Error(`HTTP ${status}${message}`));
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in time')));
    req.on('error', (err: NodeJS.ErrnoException) => reject(new Error(err.code ?? err.message)));
    req.end();
  });
}

/**
 * Fetchers over node:http(s): the contents API of `apiUrl` (GITHUB_API_URL,
 * GitHub Enterprise Server) with an optional token, and plain https:// for URLs.
 */
export function httpFetchers(
  options: { apiUrl?: string; token?: string; ca?: string | Buffer; timeoutMs?: number } = {},
): RemoteFetchers {
  const api = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  return {
    github: (ref) =>
      get(
        `${api}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/contents/${ref.path
          .split('/')
          .map(encodeURIComponent)
          .join('/')}?ref=${ref.sha}`,
        {
          accept: 'application/vnd.github.raw',
          'x-github-api-version': '2022-11-28',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        options,
      ),
    url: (url) => {
      if (!url.startsWith('https://')) return Promise.reject(new Error('only https:// URLs are read'));
      return get(url, {}, options);
    },
  };
}

/**
 * The reader the CLI uses: GITHUB_API_URL (default api.github.com), a token
 * from PORTCULLIS_POLICY_TOKEN for private repositories, the default cache.
 */
export function defaultRemote(env: NodeJS.ProcessEnv = process.env): RemotePolicyReader {
  return cachedRemote(
    httpFetchers({ apiUrl: env.GITHUB_API_URL, token: env.PORTCULLIS_POLICY_TOKEN || undefined }),
    { cacheDir: defaultCacheDir(env) },
  );
}
