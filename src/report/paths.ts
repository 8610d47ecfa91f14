import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * A rule's file as a repository path (forward slashes, relative to `root`), or
 * undefined when it lies outside the repository (a built-in policy from `extends`).
 */
export function repoPath(file: string, root: string = process.cwd()): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file)) return undefined; // portcullis:recommended
  const abs = isAbsolute(file) ? file : resolve(root, file);
  const rel = relative(root, abs);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
