import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Approval } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import {
  loadPolicyFromString,
  type Baseline,
  type BaseRules,
  type Policy,
  type RemotePolicyReader,
} from '../policy/index.js';

/**
 * Reading the base branch's rules (DESIGN.md, "Who may change the rules"): the
 * policy, every file of its `extends` chain and a committed baseline, as they
 * are at the base commit, through a reader the shell supplies (git in a
 * checkout that has the commit, else the GitHub contents API). The session
 * knows neither: it asks for repository paths.
 */

/** A pull request's base, as a shell can read it. */
export interface BaseSource {
  /** Where it is read, for messages: `main @ 3f2a91c`. */
  label: string;
  /** The repository's root in this checkout: paths are read relative to it. */
  root: string;
  /** A file at the base commit (a path relative to root, `/`-separated); undefined when it does not exist there. */
  read(path: string): Promise<string | undefined>;
  /** Whether a file is committed in the pull request (so that its base version, not this one, is the base's). */
  committed(path: string): Promise<boolean>;
  /** Who of these approvers approved the pull request (the action reads the reviews). */
  approve?: (approvers: string[]) => Promise<Approval>;
}

/** The repository path of a file, or undefined when it lies outside the repository. */
function repoPath(root: string, file: string): string | undefined {
  const rel = relative(root, resolve(file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

async function readAtBase(base: BaseSource, path: string, what: string): Promise<string | undefined> {
  try {
    return await base.read(path);
  } catch (err) {
    // Not knowing the base's rules must not let the pull request judge itself: fail closed.
    throw new RuntimeFailure(
      `cannot read ${what} ${path} at the base (${base.label}), so the pull request's changes to the rules cannot be judged: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

/**
 * The base's policy chain and baseline. `head` is the pull request's policy;
 * one that is not a file of the repository (a built-in, or a file outside the
 * checkout) cannot differ at the base, so it is its own base.
 */
export async function loadBaseRules(
  base: BaseSource,
  policyFile: string,
  head: Policy,
  options: {
    baselineFile?: string;
    headBaseline?: Baseline;
    remote?: RemotePolicyReader;
    parseBaseline: (text: string, file: string) => Baseline;
  },
): Promise<BaseRules> {
  const rules: BaseRules = { label: base.label };
  const policyPath = policyFile.startsWith('portcullis:') ? undefined : repoPath(base.root, policyFile);
  if (!policyPath) {
    rules.policy = head;
  } else {
    const text = await readAtBase(base, policyPath, 'the policy');
    if (text !== undefined) rules.policy = await loadBasePolicy(base, text, policyFile, options.remote);
  }

  // A committed baseline is the pull request's to change; a downloaded one (an artifact) is not.
  const baselinePath = options.baselineFile ? repoPath(base.root, options.baselineFile) : undefined;
  if (baselinePath && options.baselineFile && (await base.committed(baselinePath))) {
    const text = await readAtBase(base, baselinePath, 'the baseline');
    if (text !== undefined)
      rules.baseline = options.parseBaseline(text, `${options.baselineFile} at ${base.label}`);
  } else if (options.headBaseline) {
    rules.baseline = options.headBaseline;
  }
  return rules;
}

async function loadBasePolicy(
  base: BaseSource,
  text: string,
  policyFile: string,
  remote: RemotePolicyReader | undefined,
): Promise<Policy> {
  const readFile = async (absolute: string): Promise<string> => {
    const path = repoPath(base.root, absolute);
    const found = path === undefined ? undefined : await readAtBase(base, path, 'the policy file');
    if (found === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    return found;
  };
  let policy: Policy;
  try {
    policy = await loadPolicyFromString(text, policyFile, { readFile, ...(remote ? { remote } : {}) });
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    // A base whose policy does not load cannot judge: say where, and fail (exit 2).
    throw new ConfigurationError(
      err.diagnostics.map((d) => ({
        ...d,
        source: `${d.source} at the base (${base.label})`,
        message:
          d.message +
          ' — the base branch must hold a valid policy before its rules can judge a pull request; fix it there first',
      })),
    );
  }
  policy.governance = { ...policy.governance, source: `${policyFile} at ${base.label}` };
  return policy;
}
