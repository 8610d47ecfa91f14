import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../action/helpers/github-server.js';
import { ROOT } from '../helpers/cli.js';
import { FakeRegistry } from './npm-registry.js';
import { cleanEnv, run } from './run.js';

/**
 * scripts/release.mjs, the release workflow's logic, run as the workflow runs it: in a
 * clone checked out at the tag, pushing to a bare repository standing in for GitHub's git,
 * with the loopback GitHub API and npm registry, and `npm publish --dry-run`.
 */

const SCRIPT = join(ROOT, 'scripts', 'release.mjs');
const REPO = 'portcullis/portcullis';

function changelog(versions: string[]): string {
  return [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    ...versions.flatMap((v) => [`## [${v}] - 2026-11-30`, '', '### Fixed', '', `- What ${v} fixed.`, '']),
    ...versions.map((v) => `[${v}]: https://github.com/${REPO}/releases/tag/v${v}`),
    '',
  ].join('\n');
}

describe('scripts/release.mjs', () => {
  let dir: string;
  let bare: string;
  let work: string;
  let github: FakeGitHub;
  let registry: FakeRegistry;
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  /** Commit package.json at VERSION with a CHANGELOG holding `sections`, and tag it. */
  async function commitVersion(version: string, sections: string[], tag = `v${version}`): Promise<string> {
    await writeFile(
      join(work, 'package.json'),
      JSON.stringify(
        {
          name: 'portcullis',
          version,
          repository: { type: 'git', url: `git+https://github.com/${REPO}.git` },
          bin: { portcullis: 'bin/portcullis.js' },
          files: ['bin/'],
        },
        null,
        2,
      ),
    );
    await writeFile(join(work, 'CHANGELOG.md'), changelog(sections));
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', `Release ${version}`);
    git(work, 'tag', tag);
    // The tag keeps its commit reachable; branches do not matter here.
    git(work, 'push', '-q', 'origin', `refs/tags/${tag}`);
    return git(work, 'rev-parse', 'HEAD');
  }

  /** Run the script as the workflow does: a fresh clone at the tag. */
  async function release(tag: string) {
    const checkout = await mkdtemp(join(dir, 'checkout-'));
    git(dir, 'clone', '-q', bare, checkout);
    git(checkout, 'checkout', '-q', tag);
    return run('node', [SCRIPT], {
      cwd: checkout,
      env: cleanEnv({
        RELEASE_TAG: tag,
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: github.url,
        GITHUB_TOKEN: 'ghs_test',
        RELEASE_REMOTE: 'origin',
        RELEASE_NPM_DRY_RUN: 'true',
        npm_config_registry: registry.url,
        npm_config_cache: join(dir, 'npm-cache'),
        npm_config_update_notifier: 'false',
      }),
    });
  }

  const remoteTag = (name: string) => git(bare, 'rev-parse', `refs/tags/${name}^{commit}`);

  beforeAll(async () => {
    github = new FakeGitHub();
    await github.start();
    registry = new FakeRegistry();
    await registry.start();
  });
  afterAll(async () => {
    await github.stop();
    await registry.stop();
  });

  beforeEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'portcullis-release-'));
    bare = join(dir, 'origin.git');
    work = join(dir, 'work');
    git(dir, 'init', '-q', '--bare', bare);
    git(dir, 'clone', '-q', bare, work);
    git(work, 'config', 'user.email', 'release-test@example.invalid');
    git(work, 'config', 'user.name', 'Release test');
    execFileSync('mkdir', ['-p', join(work, 'bin')]);
    await writeFile(join(work, 'bin', 'portcullis.js'), '#!/usr/bin/env node\n');
    github.releases.length = 0;
    github.calls.length = 0;
    registry.packages.clear();
    registry.requests.length = 0;
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('creates the release with the CHANGELOG section, moves v1 to the tag, publishes (dry run)', async () => {
    const old = await commitVersion('1.1.0', ['1.1.0']);
    git(work, 'tag', 'v1', old);
    git(work, 'push', '-q', 'origin', 'refs/tags/v1');
    const commit = await commitVersion('1.2.0', ['1.2.0', '1.1.0']);

    const r = await release('v1.2.0');
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('(dry-run)')]);
    expect(r.stdout).toContain('+ portcullis@1.2.0');
    expect(r.stdout).toContain('npm publish --access public --provenance --ignore-scripts --dry-run');
    // npm asked the registry about the name; the dry run uploaded nothing.
    expect(registry.requests).toContain('GET /portcullis');
    expect(registry.requests.filter((q) => !q.startsWith('GET '))).toEqual([]);
    expect(github.releases).toEqual([
      expect.objectContaining({
        tag_name: 'v1.2.0',
        name: 'v1.2.0',
        body: '### Fixed\n\n- What 1.2.0 fixed.',
        make_latest: 'true',
        draft: false,
      }),
    ]);
    expect(github.calls.find((c) => c.method === 'POST')?.authorization).toBe('Bearer ghs_test');
    expect(remoteTag('v1')).toBe(commit);

    // A re-run (say the first one failed after publishing) updates instead of failing.
    const again = await release('v1.2.0');
    expect(again.code).toBe(0);
    expect(github.releases).toHaveLength(1);
    expect(github.writes()).toContain(`PATCH /repos/${REPO}/releases/${github.releases[0].id}`);
  });

  it('moves v0 for a 0.y.z release', async () => {
    const commit = await commitVersion('0.1.0', ['0.1.0']);
    const r = await release('v0.1.0');
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    expect(remoteTag('v0')).toBe(commit);
  });

  it('refuses a tag that does not match package.json, and changes nothing', async () => {
    await commitVersion('1.2.0', ['1.2.0'], 'v1.3.0');
    const r = await release('v1.3.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tag v1.3.0 does not match package.json version 1.2.0');
    expect(github.writes()).toEqual([]);
    expect(r.stdout).not.toContain('+ portcullis@');
    expect(() => remoteTag('v1')).toThrow();
  });

  it('refuses a version without a CHANGELOG section, and changes nothing', async () => {
    await commitVersion('1.2.0', ['1.1.0']);
    const r = await release('v1.2.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CHANGELOG.md has no section "## [1.2.0]');
    expect(github.writes()).toEqual([]);
    expect(() => remoteTag('v1')).toThrow();
  });

  it('refuses an npm name another project holds', async () => {
    await commitVersion('1.2.0', ['1.2.0']);
    registry.packages.set('portcullis', {
      name: 'portcullis',
      repository: { url: 'git+https://github.com/someone-else/portcullis.git' },
      versions: { '3.0.0': {} },
    });
    const r = await release('v1.2.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the npm name portcullis is registered by another project');
    expect(github.writes()).toEqual([]);
  });

  it('publishes to a name that is already ours, once per version', async () => {
    await commitVersion('1.2.0', ['1.2.0']);
    registry.packages.set('portcullis', {
      name: 'portcullis',
      repository: { url: `git+https://github.com/${REPO}.git` },
      versions: { '1.2.0': {} },
    });
    const r = await release('v1.2.0');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('portcullis@1.2.0 is already published; not publishing again');
    expect(github.releases).toHaveLength(1);
  });

  it('a patch of an older line does not move the major tag back, nor take npm latest', async () => {
    const old = await commitVersion('1.1.0', ['1.1.0']);
    const newer = await commitVersion('1.2.0', ['1.2.0', '1.1.0']);
    git(work, 'tag', 'v1', newer);
    git(work, 'push', '-q', 'origin', 'refs/tags/v1');
    git(work, 'checkout', '-q', old);
    await commitVersion('1.1.1', ['1.1.1', '1.1.0']);
    const r = await release('v1.1.1');
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    expect(r.stdout).toContain('--tag v1-maintenance');
    expect(r.stdout).toContain('v1 not moved');
    expect(remoteTag('v1')).toBe(newer);
    expect(github.releases).toEqual([expect.objectContaining({ tag_name: 'v1.1.1', make_latest: 'false' })]);
  });

  it('refuses a tag that is not vMAJOR.MINOR.PATCH', async () => {
    await commitVersion('1.2.0', ['1.2.0'], 'v1.2');
    const r = await release('v1.2');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"v1.2" is not a release tag');
  });
});
