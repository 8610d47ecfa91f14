import * as core from '@actions/core';
import type { Logger } from '../model.js';
import { sanitizeForTerminal } from '../untrusted.js';

/**
 * A line the runner would read as a workflow command (`::set-output`, `::add-mask::`,
 * `::stop-commands::`) must never come from text we did not write. The runner trims
 * a line before it looks for `::`, so the defence is a visible prefix.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*::/.test(line) ? `| ${line}` : line))
    .join('\n');
}

function clean(message: string): string {
  return neutralizeCommands(sanitizeForTerminal(message));
}

/** The Logger the engine receives inside the action: core-backed, one collapsible group at a time. */
export function actionsLogger(): Logger {
  let inGroup = false;
  return {
    debug: (m) => core.debug(clean(m)),
    info: (m) => core.info(clean(m)),
    // core.warning/error escape their message as workflow-command data.
    warn: (m) => core.warning(sanitizeForTerminal(m)),
    error: (m) => core.error(sanitizeForTerminal(m)),
    async group(name, fn) {
      // The log viewer cannot nest groups: an inner group becomes a plain heading.
      if (inGroup) {
        core.info(clean(`▸ ${name}`));
        return fn();
      }
      inGroup = true;
      core.startGroup(clean(name));
      try {
        return await fn();
      } finally {
        core.endGroup();
        inGroup = false;
      }
    },
  };
}
