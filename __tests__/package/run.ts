import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand, type CliResult } from '../helpers/cli.js';

export type Ran = CliResult;

/** Run a command to completion, bounded in time (default 2 minutes); the exit code is a result. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Ran> {
  return runCommand(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    timeoutMs: options.timeoutMs ?? 120_000,
  });
}

/**
 * The environment without what `npm test` put into it (npm_config_*, npm_lifecycle_*,
 * npm_package_*), so that a nested npm behaves as on a user's machine.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, NO_COLOR: '1', CI: 'true', ...extra };
}

/** The newest modification time of any file under `path`. */
export function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}
