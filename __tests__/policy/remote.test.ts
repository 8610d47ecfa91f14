import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import {
  cachedRemote,
  evaluate,
  httpFetchers,
  loadPolicyFromString,
  sha256Hex,
  type RemotePolicyReader,
} from '../../src/policy/index.js';
import { FakeGitHub } from '../action/helpers/github-server.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { selfSignedCert } from '../helpers/daemons.js';
import { hasCommand } from '../prober/helpers.js';
import { ctx, finding } from './helpers.js';

/**
 * `extends` that a pull request cannot change: `{ url, sha256 }` over HTTPS
 * (a loopback HTTPS server with a certificate this test makes stands in for
 * raw file hosting) and `github:OWNER/REPO/PATH@SHA` through the contents API
 * (the loopback GitHub stand-in). Both are cached under their key, checked on
 * every read, and missing offline with a message that says what to do.
 */

const lines = (...l: string[]) => l.join('\n') + '\n';
const haveOpenssl = hasCommand('openssl');
const d = haveOpenssl ? describe : describe.skip;
if (!haveOpenssl) console.log('skipping the https extends tests: no openssl to make a test certificate');

const ORG = lines('version: 1', 'default: deny', 'allow:', '  - { id: org-web, port: 8080, protocol: tcp }');

async function errorsOf(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ConfigurationError) return err.message.split('\n');
    throw err;
  }
  return [];
}

d('extends { url, sha256 }', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-remote-'));
  const files = new Map<string, string>();
  const hits: string[] = [];
  let server: Server;
  let base = '';
  let cert = '';
  const certFile = join(dir, 'cert.pem');

  beforeAll(async () => {
    const keyFile = join(dir, 'key.pem');
    selfSignedCert(dir, '127.0.0.1', 'IP:127.0.0.1');
    cert = readFileSync(certFile, 'utf8');
    server = createServer({ key: readFileSync(keyFile), cert }, (req, res) => {
      hits.push(req.url ?? '');
      const text = files.get(req.url ?? '');
      if (text === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(text);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    files.set('/org.yml', ORG);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const remote = (cacheDir: string, trust = true): RemotePolicyReader =>
    cachedRemote(httpFetchers({ ca: trust ? cert : undefined, timeoutMs: 5000 }), { cacheDir });
  const leaf = (sha: string, url = `${base}/org.yml`) =>
    lines('version: 1', 'extends:', `  - { url: "${url}", sha256: "${sha}" }`);

  it('loads a pinned URL: its rules count as the policy’s own and are named by the URL', async () => {
    const cacheDir = join(dir, 'cache-1');
    const p = await loadPolicyFromString(leaf(sha256Hex(ORG)), 'p.yml', { remote: remote(cacheDir) });
    expect(p.files).toEqual([`p.yml`, `${base}/org.yml`]);
    const ev = evaluate([finding('127.0.0.1', 8080), finding('127.0.0.1', 6379, 'redis')], p, ctx());
    expect(ev.verdicts.map((v) => [v.port, v.outcome, v.rule.id, v.rule.file])).toEqual([
      [6379, 'fail', 'default', `${base}/org.yml`],
      [8080, 'pass', 'org-web', `${base}/org.yml`],
    ]);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('a checksum that does not match is an error at the extends entry', async () => {
    const wrong = 'a'.repeat(64);
    const errors = await errorsOf(
      loadPolicyFromString(leaf(wrong), 'p.yml', { remote: remote(join(dir, 'cache-2')) }),
    );
    expect(errors).toEqual([
      `p.yml:3:5: extends[0]: ${base}/org.yml does not match its sha256: the policy expects ${wrong}, the file has ${sha256Hex(ORG)}. If the file changed on purpose, review it and update sha256`,
    ]);
    expect(existsSync(join(dir, 'cache-2'))).toBe(false); // nothing unverified is cached
  });

  it('reads the cache offline, checks it on every read, and says what to do when it is missing', async () => {
    const cacheDir = join(dir, 'cache-3');
    const online = remote(cacheDir);
    await loadPolicyFromString(leaf(sha256Hex(ORG)), 'p.yml', { remote: online });
    const before = hits.length;
    // "Offline": a fetcher that can reach nothing.
    const offline = cachedRemote(
      {
        github: () => Promise.reject(new Error('getaddrinfo ENOTFOUND api.github.com')),
        url: () => Promise.reject(new Error('getaddrinfo ENOTFOUND policies.example.com')),
      },
      { cacheDir },
    );
    const p = await loadPolicyFromString(leaf(sha256Hex(ORG)), 'p.yml', { remote: offline });
    expect(p.files).toHaveLength(2);
    expect(hits.length).toBe(before);

    // A cache file whose text was changed is not used.
    const [file] = readdirSync(cacheDir);
    const record = JSON.parse(readFileSync(join(cacheDir, file), 'utf8')) as { text: string };
    record.text = record.text.replace('8080', '6379');
    writeFileSync(join(cacheDir, file), JSON.stringify(record));
    const errors = await errorsOf(loadPolicyFromString(leaf(sha256Hex(ORG)), 'p.yml', { remote: offline }));
    expect(errors).toEqual([
      `p.yml:3:5: extends[0]: cannot fetch ${base}/org.yml (getaddrinfo ENOTFOUND policies.example.com), and it is not in the cache (${cacheDir}): run once with network access`,
    ]);
  });

  it('refuses a certificate it does not trust, an http:// URL and a URL without its checksum', async () => {
    const untrusted = await errorsOf(
      loadPolicyFromString(leaf(sha256Hex(ORG)), 'p.yml', {
        remote: remote(join(dir, 'cache-4'), false),
      }),
    );
    expect(untrusted[0]).toMatch(
      /cannot fetch https:\/\/127\.0\.0\.1:\d+\/org\.yml \((SELF_SIGNED|DEPTH_ZERO)/,
    );
    const http = await errorsOf(
      loadPolicyFromString(leaf(sha256Hex(ORG), 'http://127.0.0.1:9/org.yml'), 'p.yml', {
        remote: remote(join(dir, 'cache-5')),
      }),
    );
    expect(http).toEqual(['p.yml:3:12: extends[0].url: "http://127.0.0.1:9/org.yml" is not an https:// URL']);
    const bare = await errorsOf(
      loadPolicyFromString(lines('version: 1', `extends: ["${base}/org.yml"]`), 'p.yml', {
        remote: remote(join(dir, 'cache-6')),
      }),
    );
    expect(bare[0]).toMatch(
      /^p\.yml:2:11: extends\[0\]: "https:\/\/127\.0\.0\.1:\d+\/org\.yml": a URL needs its checksum, so that the file cannot change under the policy: write \{ url: /,
    );
  });

  it('the CLI caches under $XDG_CACHE_HOME/portcullis and fails offline with a clear message (exit 2)', async () => {
    ensureBuilt();
    const work = mkdtempSync(join(dir, 'cli-'));
    const policy = join(work, 'portcullis.yml');
    writeFileSync(policy, leaf(sha256Hex(ORG)));
    const env = { XDG_CACHE_HOME: join(work, 'xdg'), NODE_EXTRA_CA_CERTS: certFile };
    const first = await runCli(['validate', policy], { cwd: work, env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(join(work, 'xdg', 'portcullis', 'extends'))).toHaveLength(1);

    files.delete('/org.yml'); // the host no longer serves it: only the cache has it
    try {
      const cached = await runCli(['validate', policy], { cwd: work, env });
      expect(cached.code).toBe(0);
      const empty = await runCli(['validate', policy], {
        cwd: work,
        env: { ...env, XDG_CACHE_HOME: join(work, 'other') },
      });
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain(
        `extends[0]: cannot fetch ${base}/org.yml (HTTP 404), and it is not in the cache (${join(work, 'other', 'portcullis', 'extends')}): run once with network access`,
      );
    } finally {
      files.set('/org.yml', ORG);
    }
  });
});

describe('extends github:OWNER/REPO/PATH@SHA', () => {
  const SHA = '1234567890abcdef1234567890abcdef12345678';
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-remote-gh-'));
  let github: FakeGitHub;
  beforeAll(async () => {
    github = new FakeGitHub();
    await github.start();
    github.setFile(
      SHA,
      'org/ports.yml',
      lines('version: 1', 'extends: ./common.yml', 'default: deny'),
      'acme/policies',
    );
    github.setFile(
      SHA,
      'org/common.yml',
      lines('version: 1', 'allow: [{ id: common-web, port: 8080 }]'),
      'acme/policies',
    );
    github.setFile(SHA, 'org/escape.yml', lines('version: 1', 'extends: ../../x.yml'), 'acme/policies');
  });
  afterAll(async () => {
    await github.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const remote = (cacheDir = join(dir, 'cache')) =>
    cachedRemote(httpFetchers({ apiUrl: github.url, token: 'ghp_reader' }), { cacheDir });

  it('reads the file at that commit through the contents API, and its relative extends in the same commit', async () => {
    const p = await loadPolicyFromString(
      lines('version: 1', `extends: "github:acme/policies/org/ports.yml@${SHA}"`),
      'p.yml',
      { remote: remote() },
    );
    expect(p.files).toEqual([
      'p.yml',
      `github:acme/policies/org/ports.yml@${SHA}`,
      `github:acme/policies/org/common.yml@${SHA}`,
    ]);
    const reads = github.calls.filter((c) => c.path.startsWith('/repos/acme/policies/contents/'));
    expect(reads.map((c) => [c.path, c.query.ref, c.authorization])).toEqual([
      ['/repos/acme/policies/contents/org/ports.yml', SHA, 'Bearer ghp_reader'],
      ['/repos/acme/policies/contents/org/common.yml', SHA, 'Bearer ghp_reader'],
    ]);
    expect(evaluate([finding('127.0.0.1', 8080)], p, ctx()).verdicts[0]).toMatchObject({
      outcome: 'pass',
      rule: { id: 'common-web', file: `github:acme/policies/org/common.yml@${SHA}`, line: 2 },
    });
  });

  it('refuses a branch or tag (only a commit cannot move), a path that leaves the repository, and a missing file', async () => {
    const errors = await errorsOf(
      loadPolicyFromString(
        lines(
          'version: 1',
          'extends:',
          '  - github:acme/policies/org/ports.yml@main',
          `  - github:acme/policies/org/escape.yml@${SHA}`,
          `  - github:acme/policies/org/nope.yml@${SHA}`,
        ),
        'p.yml',
        { remote: remote() },
      ),
    );
    expect(errors).toEqual([
      'p.yml:3:5: extends[0]: "github:acme/policies/org/ports.yml@main" names "main", not a commit: give the full 40-hex commit SHA, so that the file cannot change under the policy (a branch or tag can)',
      `p.yml:5:5: extends[2]: cannot fetch github:acme/policies/org/nope.yml@${SHA} (HTTP 404: Not Found), and it is not in the cache (${join(dir, 'cache')}): run once with network access and, for a private repository, a token that may read it`,
      `github:acme/policies/org/escape.yml@${SHA}:2:10: extends: "../../x.yml" leaves the repository acme/policies`,
    ]);
  });
});
