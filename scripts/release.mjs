#!/usr/bin/env node
// Release Portcullis from a tag vX.Y.Z (.github/workflows/release.yml runs it; docs/releasing.md).
//
// Checks first, changes after, so that a refused release changes nothing: the tag names
// package.json's version, CHANGELOG.md has a section for it, the checkout is exactly the
// tag's commit with a clean tree, and the npm name is free or already this repository's.
// Then: npm publish (with provenance), the GitHub release with that section as its notes,
// and the major tag vX moved to the tag's commit (v0 for 0.y.z), unless a newer vX.*.*
// exists. Re-running a release whose run failed halfway repeats only what is missing.
//
// Endpoints come from the environment, so a test can run it against a local bare
// repository, a loopback GitHub API and npm registry, and `npm publish --dry-run`:
//   RELEASE_TAG          the tag (default GITHUB_REF_NAME when GITHUB_REF_TYPE is tag)
//   GITHUB_REPOSITORY    owner/name;  GITHUB_API_URL (default https://api.github.com);  GITHUB_TOKEN
//   RELEASE_REMOTE       the git remote the major tag is pushed to (default origin)
//   RELEASE_NPM_DRY_RUN  true: npm publish --dry-run
//   npm_config_registry  the npm registry (npm's own setting; default https://registry.npmjs.org/)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

class ReleaseError extends Error {}

const SEMVER = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `v1.2.3` → its parts, or why it is not a release tag. */
export function parseTag(tag) {
  const m = SEMVER.exec(tag ?? '');
  if (!m) {
    throw new ReleaseError(
      `${JSON.stringify(tag ?? '')} is not a release tag: releases are made from tags vMAJOR.MINOR.PATCH (v1.2.3)`,
    );
  }
  const [major, minor, patch] = m.slice(1).map(Number);
  return { major, minor, patch, version: `${major}.${minor}.${patch}` };
}

function compare(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * The body of CHANGELOG.md's `## [VERSION]` section (Keep a Changelog), without the
 * heading and without link reference definitions; undefined when there is none.
 */
export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^\[[^\]]+\]:\s*\S+/.test(line)) continue;
    body.push(line);
  }
  const notes = body.join('\n').trim();
  return notes === '' ? undefined : notes;
}

function normaliseRepository(url) {
  return String(url ?? '')
    .toLowerCase()
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git@github\.com:/, 'https://github.com/')
    .replace(/^(ssh|git):\/\/(git@)?github\.com\//, 'https://github.com/');
}

function git(args, options = {}) {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  }).trim();
}

const log = (line) => process.stdout.write(`release: ${line}\n`);

async function github(config, method, path, body) {
  const res = await fetch(`${config.api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${config.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (res.status === 404 && method === 'GET') return undefined;
  if (!res.ok) throw new ReleaseError(`GitHub ${method} ${path}: ${res.status} ${data?.message ?? text}`);
  return data;
}

/** The registry's document of the package, or undefined when the name is not registered. */
async function registryDocument(registry, name) {
  const url = `${registry.replace(/\/?$/, '/')}${name.replace('/', '%2f')}`;
  const res = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status === 404) return undefined;
  if (!res.ok)
    throw new ReleaseError(`npm registry ${url}: ${res.status}; cannot tell whether ${name} is free`);
  return res.json();
}

function readConfig(env) {
  const config = {
    tag: env.RELEASE_TAG || (env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined),
    repository: env.GITHUB_REPOSITORY,
    api: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    token: env.GITHUB_TOKEN,
    remote: env.RELEASE_REMOTE || 'origin',
    registry: env.npm_config_registry || env.NPM_CONFIG_REGISTRY || 'https://registry.npmjs.org/',
    dryRun: /^(1|true|yes)$/i.test(env.RELEASE_NPM_DRY_RUN ?? ''),
  };
  if (!config.tag) throw new ReleaseError('no tag: set RELEASE_TAG (the workflow runs on a tag push)');
  if (!/^[^/]+\/[^/]+$/.test(config.repository ?? '')) {
    throw new ReleaseError('GITHUB_REPOSITORY must be owner/name');
  }
  if (!config.token) throw new ReleaseError('GITHUB_TOKEN is not set: the release and the major tag need it');
  return config;
}

export async function release(env = process.env) {
  const config = readConfig(env);
  const tag = parseTag(config.tag);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  // 1. Everything that can refuse the release, before anything changes.
  if (pkg.version !== tag.version) {
    throw new ReleaseError(
      `tag ${config.tag} does not match package.json version ${pkg.version}: bump package.json (and CHANGELOG.md) in a commit, then tag that commit v${pkg.version}`,
    );
  }
  const notes = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), tag.version);
  if (!notes) {
    throw new ReleaseError(
      `CHANGELOG.md has no section "## [${tag.version}] - YYYY-MM-DD" with notes: move the Unreleased entries under it before tagging`,
    );
  }
  let commit;
  try {
    commit = git(['rev-parse', `refs/tags/${config.tag}^{commit}`]);
  } catch {
    throw new ReleaseError(`tag ${config.tag} does not exist in this checkout (fetch the tags)`);
  }
  const head = git(['rev-parse', 'HEAD']);
  if (head !== commit) throw new ReleaseError(`the checkout is at ${head}, not at ${config.tag} (${commit})`);
  const dirty = git(['status', '--porcelain']);
  if (dirty) {
    throw new ReleaseError(
      `the working tree differs from ${config.tag}; what is published must be the tag's files (is dist/ stale?):\n${dirty}`,
    );
  }
  for (const entry of pkg.files ?? []) {
    if (!existsSync(entry))
      throw new ReleaseError(`package.json files lists ${entry}, which ${config.tag} does not have`);
  }
  const doc = await registryDocument(config.registry, pkg.name);
  const ours = `https://github.com/${config.repository.toLowerCase()}`;
  if (doc && normaliseRepository(doc.repository?.url ?? doc.repository) !== ours) {
    throw new ReleaseError(
      `the npm name ${pkg.name} is registered by another project (repository ${JSON.stringify(doc.repository?.url ?? doc.repository ?? 'none')}, not ${ours}): publish under the project's scope instead (package.json "name": "@${config.repository.split('/')[0]}/${pkg.name}") and say that name in README.md and docs/`,
    );
  }
  const published = Boolean(doc?.versions?.[tag.version]);

  const tags = git(['ls-remote', '--tags', config.remote])
    .split('\n')
    .map((line) =>
      line
        .split('\t')[1]
        ?.replace(/^refs\/tags\//, '')
        .replace(/\^\{\}$/, ''),
    )
    .filter((name) => name && SEMVER.test(name))
    .map(parseTag);
  const newest = tags.every((t) => compare(t, tag) <= 0);
  const newestOfMajor = tags.filter((t) => t.major === tag.major).every((t) => compare(t, tag) <= 0);
  log(`${pkg.name}@${tag.version} from ${config.tag} (${commit})`);

  // 2. npm: the committed, CI-checked files as they are (no build on publish).
  if (published) {
    log(`npm: ${pkg.name}@${tag.version} is already published; not publishing again`);
  } else {
    const args = ['publish', '--access', 'public', '--provenance', '--ignore-scripts'];
    // An older line's patch must not take the `latest` dist-tag from a newer release.
    if (!newest) args.push('--tag', `v${tag.major}-maintenance`);
    if (config.dryRun) args.push('--dry-run');
    log(`npm ${args.join(' ')}`);
    execFileSync('npm', args, { stdio: 'inherit' });
  }

  // 3. The GitHub release, its notes from CHANGELOG.md (updated in place on a re-run).
  const repo = `/repos/${config.repository}`;
  const existing = await github(config, 'GET', `${repo}/releases/tags/${encodeURIComponent(config.tag)}`);
  const fields = { name: config.tag, body: notes, make_latest: newest ? 'true' : 'false' };
  if (existing) {
    await github(config, 'PATCH', `${repo}/releases/${existing.id}`, fields);
    log(`GitHub release ${config.tag} updated`);
  } else {
    await github(config, 'POST', `${repo}/releases`, {
      tag_name: config.tag,
      ...fields,
      draft: false,
      prerelease: false,
    });
    log(`GitHub release ${config.tag} created`);
  }

  // 4. The major tag users pin (`@v1`): moved last, once everything else is out.
  const major = `v${tag.major}`;
  if (newestOfMajor) {
    git(['tag', '--force', major, commit]);
    git(['push', '--force', config.remote, `refs/tags/${major}:refs/tags/${major}`]);
    log(`${major} now points at ${config.tag} (${commit})`);
  } else {
    log(`${major} not moved: a newer ${major}.x release exists`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  release().catch((err) => {
    process.stderr.write(
      `release: error: ${err instanceof ReleaseError ? err.message : (err?.stack ?? err)}\n`,
    );
    process.exit(1);
  });
}
