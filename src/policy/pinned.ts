/**
 * How `extends` names a pinned policy (github:OWNER/REPO/PATH@SHA, or { url, sha256 }) and
 * what reads one: the words and types, without the network. The reader itself (remote.ts, with
 * node:https and the cache) loads only when a policy extends a pinned one.
 */

export type PinnedPolicy =
  | { kind: 'github'; owner: string; repo: string; path: string; sha: string }
  | { kind: 'url'; url: string; sha256: string };

/** How `extends` writes a pinned policy, and how verdicts and messages name its rules. */
export function pinnedLabel(p: PinnedPolicy): string {
  return p.kind === 'github' ? `github:${p.owner}/${p.repo}/${p.path}@${p.sha}` : p.url;
}

/** `github:OWNER/REPO/PATH@SHA`, or why it is not one. */
export function parseGitHubRef(text: string): PinnedPolicy | { error: string } {
  const m = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@]*)$/.exec(
    text,
  );
  if (!m)
    return {
      error: `${JSON.stringify(text)} is not github:OWNER/REPO/PATH@SHA (for example github:acme/policies/org/portcullis.yml@<40-hex commit>)`,
    };
  const [, owner, repo, path, sha] = m;
  if (!/^[0-9a-f]{40}$/.test(sha))
    return {
      error: `${JSON.stringify(text)} names ${JSON.stringify(sha)}, not a commit: give the full 40-hex commit SHA, so that the file cannot change under the policy (a branch or tag can)`,
    };
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((s) => s === '' || s === '.' || s === '..'))
    return {
      error: `${JSON.stringify(text)}: the path inside the repository must be plain (no ., .. or //)`,
    };
  return { kind: 'github', owner, repo, path, sha };
}

/** What reads the pinned policies: the loader's only way to the network. */
export interface RemotePolicyReader {
  /** The policy's text; throws an Error whose message says what went wrong and how to fix it. */
  read(p: PinnedPolicy): Promise<string>;
}
