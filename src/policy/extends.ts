import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { checkBuiltinNeverAllows } from './builtins.js';
import { asList, compileLayer, type Layer } from './compile.js';
import type { RawExtends, RawPolicy } from './raw.js';
import { acceptedParts, inRemoved } from './accepted.js';
import { parseGitHubRef, pinnedLabel, type PinnedPolicy, type RemotePolicyReader } from './pinned.js';
import { schemaProblems } from './schema.js';
import { Collector, parseSource, type PathSegment } from './source.js';

/**
 * Reading a policy and what it `extends`: each file is parsed, validated and
 * compiled into a layer, its bases first. A base is a built-in policy
 * (`portcullis:NAME`), a file inside the repository, or a pinned policy that
 * no pull request can change (remote.ts: `github:OWNER/REPO/PATH@SHA`, or
 * `{ url, sha256 }`); cycles, chains deeper than MAX_EXTENDS_DEPTH and files
 * outside the repository are diagnostics.
 */

/** How deep `extends` may chain. */
export const MAX_EXTENDS_DEPTH = 8;
export const BUILTIN_PREFIX = 'portcullis:';

export interface LoadState {
  readFile: (path: string) => Promise<string>;
  builtinDir: string;
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  /** Layers in merge order: bases first, the policy file last. */
  layers: Layer[];
  seen: Set<string>;
  /** Absolute path → the name diagnostics use for it. */
  labels: Map<string, string>;
  /** Folders local `extends` may reach into: the working directory and the policy file's own folder. */
  roots: string[];
  /** Ids of rules the schema rejected: exceptions may name them without matching "nothing". */
  knownRuleIds: string[];
  /** Reads pinned policies (github:…@SHA, { url, sha256 }). */
  /** The reader of pinned policies, made (and its module loaded) on first use. */
  remote: () => Promise<RemotePolicyReader>;
  /** Where each file read so far came from, by the name diagnostics use for it. */
  origins: Map<string, Origin>;
}

/** Where a policy file came from, which decides what its own relative `extends` mean. */
export type Origin = { kind: 'local' } | { kind: 'builtin' } | PinnedPolicy;

/** A base to read: the key that detects cycles, the name messages use, and how to read it. */
interface Base {
  target: string;
  label: string;
  origin: Origin;
}

/** Where the built-in policy `portcullis:NAME` is stored. */
export function builtinFile(builtinDir: string, name: string): string {
  return join(builtinDir, `${name.slice(BUILTIN_PREFIX.length)}.yml`);
}

function builtinNames(dir: string, readDir: (d: string) => string[]): string[] {
  try {
    return readDir(dir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => BUILTIN_PREFIX + f.replace(/\.yml$/, ''));
  } catch {
    return [];
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function readErrorWords(code: string | undefined, err: unknown): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return code ?? String(err);
}

/** Read one file (`chain`: the files that extend it, the policy file first) into state.layers, its bases first. */
export async function loadText(
  state: LoadState,
  text: string,
  file: string,
  chain: string[],
  depth: number,
): Promise<void> {
  const parsed = parseSource(text, file);
  if (!parsed.source) {
    state.diagnostics.push(...parsed.diagnostics);
    return;
  }
  const source = parsed.source;
  // The schema's errors, then the semantic checks on every part it did not reject.
  const schema = schemaProblems(source);
  state.diagnostics.push(...schema.diagnostics);
  let data = source.data;
  let removed: string[] = [];
  if (schema.diagnostics.length > 0) {
    const accepted = acceptedParts(source.data, schema.rejected);
    if (!accepted) return;
    ({ data, removed } = accepted);
    state.knownRuleIds.push(...accepted.ruleIds);
  }
  const raw = data as RawPolicy;
  const c = new Collector(source);

  // Bases first, so that this file's settings land on top of theirs.
  const bases = asList(raw.extends) ?? [];
  for (let i = 0; i < bases.length; i++) {
    if (bases[i] === undefined || bases[i] === null) continue; // rejected by the schema
    const at: PathSegment[] = Array.isArray(raw.extends) ? ['extends', i] : ['extends'];
    await loadBase(state, c, bases[i], at, file, chain, depth);
  }
  let layer: Layer | undefined;
  try {
    layer = compileLayer(source, raw, 0, c);
  } catch (err) {
    // Only a file the schema rejected in part may hold a shape the compiler does not expect.
    if (schema.diagnostics.length === 0) throw err;
  }
  if (file.startsWith(BUILTIN_PREFIX)) checkBuiltinNeverAllows(c, raw);
  state.diagnostics.push(...c.diagnostics.filter((d) => !inRemoved(d.path, removed)));
  state.warnings.push(...c.warnings.filter((d) => !inRemoved(d.path, removed)));
  if (layer) state.layers.push(layer);
}

/** One entry of `extends`, unless it closes a cycle, chains too deep or was read already. */
async function loadBase(
  state: LoadState,
  c: Collector,
  entry: RawExtends,
  at: PathSegment[],
  file: string,
  chain: string[],
  depth: number,
): Promise<void> {
  const name = typeof entry === 'string' ? entry : entry.url;
  const base = resolveBase(state, c, entry, at, file);
  if (!base) return;
  const { target, label, origin } = base;
  if (chain.includes(target)) {
    const names = [...chain, target].map((p) => state.labels.get(p) ?? p);
    c.at(at, `extends ${JSON.stringify(name)} forms a cycle: ${names.join(' → ')}`);
    return;
  }
  if (depth + 1 > MAX_EXTENDS_DEPTH) {
    c.at(at, `extends chains more than ${MAX_EXTENDS_DEPTH} files deep`);
    return;
  }
  if (state.seen.has(target)) return; // a diamond: the shared base is applied once
  let text: string;
  try {
    text =
      origin.kind === 'github' || origin.kind === 'url'
        ? await (await state.remote()).read(origin)
        : await state.readFile(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (origin.kind === 'github' || origin.kind === 'url') {
      c.at(at, err instanceof Error ? err.message : String(err));
    } else if (name.startsWith(BUILTIN_PREFIX)) {
      const { readdirSync } = await import('node:fs');
      const known = builtinNames(state.builtinDir, (d) => readdirSync(d));
      c.at(at, `${JSON.stringify(name)} is not a built-in policy (known: ${known.join(', ') || 'none'})`);
    } else c.at(at, `cannot read ${JSON.stringify(name)}: ${readErrorWords(code, err)}`);
    return;
  }
  state.seen.add(target);
  state.labels.set(target, label);
  state.origins.set(label, origin);
  await loadText(state, text, label, [...chain, target], depth + 1);
}

/**
 * The file an `extends` entry names (`target`), the name diagnostics give it
 * (`label`) and where it comes from, or undefined, with a diagnostic, when it
 * may not be read. A relative path means a file beside the one that names it:
 * in the repository for a local file, in the same repository and commit for a
 * `github:` file; a file read from a URL has no such neighbours.
 */
function resolveBase(
  state: LoadState,
  c: Collector,
  entry: RawExtends,
  at: PathSegment[],
  file: string,
): Base | undefined {
  const from: Origin = state.origins.get(file) ?? { kind: 'local' };
  if (typeof entry !== 'string') {
    if (from.kind === 'builtin') {
      c.at(at, 'a built-in policy can only extend other built-in policies');
      return undefined;
    }
    const origin: PinnedPolicy = { kind: 'url', url: entry.url, sha256: entry.sha256.toLowerCase() };
    return { target: `url:${origin.sha256}`, label: entry.url, origin };
  }
  const name = entry;
  if (name.startsWith(BUILTIN_PREFIX)) {
    const short = name.slice(BUILTIN_PREFIX.length);
    if (!/^[a-z][a-z0-9-]*$/.test(short)) {
      c.at(at, `${JSON.stringify(name)} is not a built-in policy name`);
      return undefined;
    }
    return { target: builtinFile(state.builtinDir, name), label: name, origin: { kind: 'builtin' } };
  }
  if (from.kind === 'builtin') {
    c.at(at, 'a built-in policy can only extend other built-in policies');
    return undefined;
  }
  if (name.startsWith('github:')) {
    const ref = parseGitHubRef(name);
    if ('error' in ref) {
      c.at(at, ref.error);
      return undefined;
    }
    return { target: pinnedLabel(ref), label: pinnedLabel(ref), origin: ref };
  }
  if (/^https?:\/\//i.test(name)) {
    c.at(
      at,
      `${JSON.stringify(name)}: a URL needs its checksum, so that the file cannot change under the policy: write { url: ${JSON.stringify(name)}, sha256: <64 hex digits> }`,
    );
    return undefined;
  }
  if (isAbsolute(name) || /^[a-z][a-z0-9+.-]*:/i.test(name)) {
    c.at(
      at,
      `${JSON.stringify(name)}: extends takes a path relative to this file, portcullis:NAME, github:OWNER/REPO/PATH@SHA or { url, sha256 }`,
    );
    return undefined;
  }
  if (from.kind === 'url') {
    c.at(
      at,
      `${JSON.stringify(name)}: a policy read from a URL has no files beside it; extend portcullis:NAME, github:OWNER/REPO/PATH@SHA or { url, sha256 } instead`,
    );
    return undefined;
  }
  if (from.kind === 'github') {
    const path = posix.normalize(posix.join(posix.dirname(from.path), name));
    if (path.startsWith('../') || path === '..' || path.startsWith('/')) {
      c.at(at, `${JSON.stringify(name)} leaves the repository ${from.owner}/${from.repo}`);
      return undefined;
    }
    const origin: PinnedPolicy = { ...from, path };
    return { target: pinnedLabel(origin), label: pinnedLabel(origin), origin };
  }
  const target = resolve(dirname(file), name);
  const rel = relative(process.cwd(), target);
  const label = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : target;
  // A policy names its bases inside the repository; reading /etc or a home folder is never meant.
  if (!state.roots.some((root) => isInside(target, root))) {
    c.at(
      at,
      `${JSON.stringify(name)} is outside the repository (${state.roots[0]}); extends reads only files under it`,
    );
    return undefined;
  }
  return { target, label, origin: { kind: 'local' } };
}
