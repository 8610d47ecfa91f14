import { networkInterfaces } from 'node:os';
import type { LookupFunction } from 'node:net';
import type { Logger } from '../model.js';
import {
  bringUp,
  newListeners,
  readListeners,
  type BringUpOptions,
  type Environment,
} from '../lifecycle/index.js';
import type { RunOptions } from '../run.js';

/** What the session's environment options say about bring-up. */
type Watched = Pick<
  BringUpOptions,
  'start' | 'waitFor' | 'waitTimeoutMs' | 'composeFile' | 'cwd' | 'startLog' | 'secrets' | 'onStarted'
>;

/**
 * Bring-up, watched: when the environment runs on the runner (`start` or a compose file),
 * the kernel's listener tables before `start` and after `wait-for` say what it opened,
 * whatever addresses the targets name (run() decides what is probed and what is judged
 * from the table alone).
 */
export async function bringUpWatched(
  env: Watched,
  options: {
    listenerTable: boolean;
    lookup?: LookupFunction;
    logger: Logger;
    signal: AbortSignal;
    onStarted: (what: { pid?: number; composeFile?: string }) => void;
  },
): Promise<{ environment: Environment; listeners?: RunOptions['listeners']; notices: string[] }> {
  const notices: string[] = [];
  const onRunner = Boolean(env.start || env.composeFile) && options.listenerTable;
  const before = onRunner ? await readListeners() : undefined;
  if (onRunner && !before)
    notices.push(
      "The runner's listener table (/proc/net) could not be read here, so listeners the environment opened outside the targets are not seen.",
    );
  const environment = await bringUp({
    start: env.start,
    waitFor: env.waitFor,
    waitTimeoutMs: env.waitTimeoutMs,
    composeFile: env.composeFile,
    cwd: env.cwd,
    startLog: env.startLog,
    secrets: env.secrets,
    lookup: options.lookup,
    logger: options.logger,
    signal: options.signal,
    onStarted: (what) => {
      options.onStarted(what);
      env.onStarted?.(what);
    },
  });
  const after = before ? await readListeners() : undefined;
  const listeners =
    before && after ? { opened: newListeners(before, after), localAddresses: localAddresses() } : undefined;
  return { environment, listeners, notices };
}

/** The runner's own addresses, from its interfaces (a wildcard listener answers on each). */
function localAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((i) => i.address);
}
