import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureBuilt, runCli } from '../helpers/cli.js';

/**
 * `scan --base-ref REF`: the rules at REF (read through git) judge the working
 * tree's changes to them. A listener this test opens on 127.0.0.1 (connect-only:
 * nothing is sent to it) is let through only by the working tree's own policy or
 * baseline, so it is pending approval and the scan fails.
 */

function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('scan --base-ref', () => {
  const repo = mkdtempSync(join(tmpdir(), 'portcullis-base-ref-'));
  let server: Server;
  let port: number;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    });
  const write = (path: string, text: string) => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const scan = (...extra: string[]) =>
    runCli(
      [
        'scan',
        '--targets',
        '127.0.0.1',
        '--ports',
        String(port),
        '--policy',
        '.github/portcullis.yml',
        '--connect-only',
        '--no-progress',
        '--format',
        'markdown',
        ...extra,
      ],
      { cwd: repo },
    );

  beforeAll(async () => {
    ensureBuilt();
    server = await listen();
    port = (server.address() as { port: number }).port;
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ci@example.com');
    git('config', 'user.name', 'CI');
    git('config', 'commit.gpgsign', 'false');
    write(
      '.github/portcullis.yml',
      lines('version: 1', 'default: deny', 'fail-on: new', 'approvers: [alice]'),
    );
    write(
      '.github/baseline.json',
      JSON.stringify({ version: 1, createdAt: '2026-11-01T00:00:00Z', entries: [] }),
    );
    git('add', '.');
    git('commit', '-q', '-m', 'base');
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(repo, { recursive: true, force: true });
  });

  it('an exception the working tree adds for itself is pending approval under the base', async () => {
    const today = new Date().toISOString().slice(0, 10);
    write(
      '.github/portcullis.yml',
      lines(
        'version: 1',
        'default: deny',
        'fail-on: new',
        'approvers: [alice]',
        'exceptions:',
        `  - { match: { port: ${port} }, reason: mine, approved_by: "@acme/security", expires: ${today} }`,
      ),
    );
    try {
      // Alone, the working tree's policy lets it through.
      expect((await scan()).code).toBe(0);
      const r = await scan('--base-ref', 'main');
      expect(r.stderr).not.toMatch(/error/i);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('**Pending approval — 1 change to the rules that `main @');
      expect(r.stdout).toContain('An approver named in the base');
      expect(r.stdout).toContain('alice');
    } finally {
      git('checkout', '--', '.github/portcullis.yml');
    }
  });

  it('a port the working tree adds to the committed baseline is pending under fail-on: new', async () => {
    const report = join(repo, 'report.json');
    // The baseline that records the port, as --write-baseline would write it.
    await scan('--write-baseline', '.github/baseline.json', '--json', report);
    expect(JSON.parse(readFileSync(join(repo, '.github/baseline.json'), 'utf8')).entries).toHaveLength(1);
    try {
      expect((await scan('--baseline', '.github/baseline.json')).code).toBe(0);
      const r = await scan('--baseline', '.github/baseline.json', '--base-ref', 'main', '--json', report);
      expect(r.code).toBe(1);
      const json = JSON.parse(readFileSync(report, 'utf8'));
      expect(json.change).toMatchObject({ judgedBy: 'base', pending: 1, approvers: ['alice'] });
      expect(json.verdicts[0]).toMatchObject({ outcome: 'fail', pending: { headOutcome: 'warn' } });
    } finally {
      git('checkout', '--', '.github/baseline.json');
    }
  });

  it('with no policy at the base, the working tree judges itself and says so', async () => {
    git('checkout', '-q', '-b', 'empty');
    git('rm', '-q', '.github/portcullis.yml');
    git('commit', '-q', '-m', 'no policy');
    git('checkout', '-q', 'main');
    try {
      const report = join(repo, 'report.json');
      await scan('--base-ref', 'empty', '--json', report);
      const json = JSON.parse(readFileSync(report, 'utf8'));
      expect(json.change).toMatchObject({ judgedBy: 'head', pending: 0 });
      expect(json.notices[0]).toMatch(
        /Judged by this pull request.s own policy: the base \(empty @ [0-9a-f]{7}\) has no \.github\/portcullis\.yml/,
      );
    } finally {
      git('branch', '-q', '-D', 'empty');
    }
  });

  it('refuses a ref that is not a commit, naming the flag (exit 2)', async () => {
    const r = await scan('--base-ref', 'no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--base-ref: "no-such-branch" is not a commit of the repository');
  });
});
