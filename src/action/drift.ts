import type { Logger, Report } from '../model.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './context.js';
import type { GitHubClient } from './github.js';

export async function publishDrift(
  _client: GitHubClient,
  _options: { report: Report; settings: ActionSettings; ctx: RunContext; logger: Logger },
): Promise<{ changed: boolean } | undefined> {
  return undefined;
}
