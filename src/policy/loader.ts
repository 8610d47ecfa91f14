import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError, type Diagnostic } from '../errors.js';
import { checkAcrossLayers } from './checks.js';
import { BUILTIN_PREFIX, builtinFile, loadText, readErrorWords, type LoadState } from './extends.js';
import { merge } from './merge.js';
import type { Policy } from './policy.js';
import { defaultPoliciesDir } from './schema.js';
import type { RemotePolicyReader } from './pinned.js';
import { MAX_POLICY_BYTES } from './source.js';

/**
 * Loading a policy: read, parse (with positions), validate against
 * schemas/policy.schema.json, resolve `extends`, check what the schema cannot
 * (service names, CIDRs, ranges, contradictions), and compile into the form
 * the evaluator reads. Every problem of every file is collected and thrown
 * at once as one ConfigurationError.
 *
 * The phases live apart: extends.ts reads each file and its bases,
 * compile.ts turns one file into a layer, merge.ts folds the layers into one
 * Policy, and checks.ts holds the checks that compare parts of it.
 */

export interface LoadOptions {
  /** Read a file (tests and the action inject their own). Default: fs.readFile as UTF-8. */
  readFile?: (path: string) => Promise<string>;
  /** Where the built-in policies live. Default: the package's policies/ folder. */
  builtinDir?: string;
  /** Reads pinned `extends` (github:…@SHA, { url, sha256 }). Default: over HTTPS, cached (remote.ts). */
  remote?: RemotePolicyReader;
}

/**
 * Read a policy file, refusing what is not a regular file or is over the size
 * cap before reading it (a policy path pointed at /dev/zero or a huge log).
 */
async function readPolicyFile(path: string): Promise<string> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
  if (info.size > MAX_POLICY_BYTES)
    throw Object.assign(new Error('too large'), { code: `larger than ${MAX_POLICY_BYTES / 1024} KiB` });
  return fsReadFile(path, 'utf8');
}

/** By file (in the order first seen), then line and column: the order a reader fixes them in. */
function sortDiagnostics(list: Diagnostic[], root: string): Diagnostic[] {
  const files = [...new Set([root, ...list.map((d) => d.source)])];
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        files.indexOf(a.d.source) - files.indexOf(b.d.source) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}

async function loadRoot(text: string, file: string, options: LoadOptions, absolute: string): Promise<Policy> {
  const state: LoadState = {
    readFile: options.readFile ?? readPolicyFile,
    builtinDir: options.builtinDir ?? defaultPoliciesDir(),
    diagnostics: [],
    warnings: [],
    layers: [],
    seen: new Set([absolute]),
    labels: new Map([[absolute, file]]),
    roots: [process.cwd(), dirname(absolute)],
    knownRuleIds: [],
    // node:https, node:crypto and the cache load only when a policy extends a pinned one.
    remote: async () => (options.remote ??= (await import('./remote.js')).defaultRemote()),
    origins: new Map([[file, file.startsWith(BUILTIN_PREFIX) ? { kind: 'builtin' } : { kind: 'local' }]]),
  };
  await loadText(state, text, file, [absolute], 0);
  const policy = merge(state.layers, file, state.warnings);
  state.diagnostics.push(...checkAcrossLayers(state.layers, policy, state.knownRuleIds));
  if (!policy.governance.allowPermanentExceptions) {
    for (const e of policy.exceptions.filter((x) => x.expiresAt === null))
      policy.warnings.push({
        source: e.ref.file,
        line: e.ref.line,
        column: e.ref.column,
        path: `${e.at.path}.expires`,
        message:
          'expires: never is invalid unless the policy (on a pull request, the base branch’s) says allow_permanent_exceptions: true; this exception waives nothing',
      });
  }
  if (state.diagnostics.length > 0) throw new ConfigurationError(sortDiagnostics(state.diagnostics, file));
  return policy;
}

/**
 * Load a policy file (or a built-in, `portcullis:recommended`), resolving
 * `extends`. Throws ConfigurationError carrying every diagnostic of every file.
 */
export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<Policy> {
  const readFile = options.readFile ?? readPolicyFile;
  let path = file;
  if (file.startsWith(BUILTIN_PREFIX)) path = builtinFile(options.builtinDir ?? defaultPoliciesDir(), file);
  let text: string;
  try {
    text = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigurationError({
      source: file,
      message: `cannot read the policy: ${readErrorWords(code, err)}`,
    });
  }
  return loadRoot(text, file, { ...options, readFile }, resolve(path));
}

/** Load a policy from text; `file` names it in diagnostics and verdicts and anchors relative `extends`. */
export async function loadPolicyFromString(
  text: string,
  file: string,
  options: LoadOptions = {},
): Promise<Policy> {
  return loadRoot(text, file, options, file.startsWith(BUILTIN_PREFIX) ? file : resolve(file));
}
