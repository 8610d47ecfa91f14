/**
 * Whether the CLI colours what it writes to a stream, as the conventions define it:
 * `--no-color` always wins; `FORCE_COLOR` set and not empty forces colour even when piped,
 * except `FORCE_COLOR=0`, which turns it off (https://force-color.org, and Node's own
 * reading of it); `NO_COLOR` set and not empty turns colour off even on a terminal
 * (https://no-color.org); otherwise colour exactly when the stream is a terminal.
 * An explicit FORCE_COLOR beats NO_COLOR, as it does for Node itself.
 */
export function useColor(
  flag: boolean | undefined,
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (flag === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
