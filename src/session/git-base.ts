import { execFile } from 'node:child_process';
import { ConfigurationError } from '../errors.js';
import type { BaseSource } from './base.js';

/**
 * A base read through git, from a checkout that has the base commit: the CLI's
 * `--base-ref`, and the action when actions/checkout fetched enough history.
 */

/** Largest file read at the base (a baseline may be a large JSON report). */
const MAX_BYTES = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: MAX_BYTES,
        encoding: 'utf8',
        // `git replace` refs would let a checkout answer for the base with other content.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_REPLACE_OBJECTS: '1' },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 128) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The commit `ref` names in the repository at `cwd`, or undefined when git or the commit is missing. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/**
 * Files at commit `commit` of the repository at `cwd`. `label` names the base in
 * messages; `source` names the flag or input that asked for it, for errors.
 */
export async function gitBase(
  cwd: string,
  ref: string,
  options: { source: string; label?: string },
): Promise<BaseSource> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0)
    throw new ConfigurationError({
      source: options.source,
      message: `${cwd} is not inside a git repository, so the base's files cannot be read`,
    });
  const root = top.stdout.trim();
  const commit = await resolveCommit(root, ref);
  if (!commit)
    throw new ConfigurationError({
      source: options.source,
      message: `${JSON.stringify(ref)} is not a commit of the repository at ${root} (fetch it first, e.g. git fetch origin main)`,
    });
  return {
    label: options.label ?? (commit.startsWith(ref) ? commit.slice(0, 7) : `${ref} @ ${commit.slice(0, 7)}`),
    root,
    async read(path) {
      const spec = `${commit}:${path}`;
      const exists = await git(root, ['cat-file', '-e', spec]);
      if (exists.code !== 0) return undefined;
      const blob = await git(root, ['cat-file', 'blob', spec]);
      if (blob.code !== 0) throw new Error(`git cat-file blob ${spec}: ${blob.stderr.trim()}`);
      return blob.stdout;
    },
    async committed(path) {
      return (await git(root, ['ls-files', '--error-unmatch', '--', path])).code === 0;
    },
  };
}
