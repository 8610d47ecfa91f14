/**
 * The environment the user's `start`, `stop` and `docker compose` run with: this process's,
 * minus what belongs to the action and the runner rather than to the environment under test.
 * A pull request can change `start`; it must not be handed the token, the SSH test password,
 * the runner's command files (which would let it set outputs, state or the next steps'
 * environment) or the runner's own service tokens. docs/security.md lists the same names.
 */

/** Names removed exactly. */
export const SCRUBBED_NAMES: readonly string[] = [
  // The runner's command files: writing to them sets outputs, saved state (post's start-pid),
  // the environment and PATH of later steps, and the job summary.
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  // The runner's tokens and service URLs (cache, artifacts, OIDC).
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  // The CLI's SSH test password.
  'PORTCULLIS_SSH_PASSWORD',
];

/**
 * Prefixes removed: `INPUT_*` are the action's inputs (the token and the SSH test credentials
 * among them; the runner keeps their hyphens, which dash drops and bash passes on), `STATE_*`
 * what main saved for post.
 */
export const SCRUBBED_PREFIXES: readonly string[] = ['INPUT_', 'STATE_'];

/**
 * `env` without the scrubbed names, and without any variable whose value holds one of
 * `secrets` (a workflow that also exported the token as `GITHUB_TOKEN`, say).
 */
export function commandEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  secrets: readonly string[] = [],
): NodeJS.ProcessEnv {
  const names = new Set(SCRUBBED_NAMES.map((n) => n.toUpperCase()));
  const hidden = secrets.filter((s) => s.length >= 4);
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (names.has(upper) || SCRUBBED_PREFIXES.some((p) => upper.startsWith(p))) continue;
    if (value !== undefined && hidden.some((s) => value.includes(s))) continue;
    out[name] = value;
  }
  return out;
}
