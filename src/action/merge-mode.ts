import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import type { Logger, Report } from '../model.js';
import { ConfigurationError } from '../errors.js';
import { mergeReports } from '../session.js';
import { Input } from './constants.js';
import type { ActionSettings } from './inputs.js';
import { ACTION_SOURCES } from './sources.js';
import { plural } from '../words.js';
import type { RunContext } from './context.js';
import type { GitHubClient } from './github.js';
import { gatherShardReports } from './shard-artifacts.js';

/**
 * The action's merge mode: the shard and vantage reports of a matrix, joined and judged once,
 * then published like a scan's (one comment, one check run, one SARIF file). `mergeFiles` takes
 * local files, so reports downloaded from the run's artifacts feed it the same way.
 */

export async function mergeMode(
  settings: ActionSettings,
  logger: Logger,
  /** Without `reports`: where this run's report artifacts are gathered from, and into. */
  artifacts?: { ctx: RunContext; client: GitHubClient | undefined; dir: string },
): Promise<Report> {
  if (settings.reports.length === 0) {
    if (!artifacts)
      throw new ConfigurationError({
        source: `input ${Input.Reports}`,
        message:
          'is empty: merge mode joins shard and vantage reports, so give their paths or a glob (e.g. reports/**/*.json)',
      });
    const gathered = await gatherShardReports(
      settings,
      artifacts.ctx,
      artifacts.client,
      logger,
      artifacts.dir,
    );
    return mergeFiles(gathered, settings, logger);
  }
  const files = await expandReports(settings.reports);
  if (files.length === 0)
    throw new ConfigurationError({
      source: `input ${Input.Reports}`,
      message: `matched no file (${settings.reports.join(', ')}): download the shard jobs' reports first (actions/download-artifact), or correct the path`,
    });
  return mergeFiles(files, settings, logger);
}

/** Merge these local report files as the action's inputs say. */
export function mergeFiles(files: string[], settings: ActionSettings, logger: Logger): Promise<Report> {
  logger.info(`merge: ${plural(files.length, 'report')}: ${files.join(', ')}`);
  return mergeReports({
    reports: files,
    policyFile: settings.policyFile,
    allowPartial: settings.allowPartial,
    baselineFile: settings.baselineFile,
    failOn: settings.failOn,
    sources: {
      failOn: ACTION_SOURCES.failOn,
      allowPartial: `input ${Input.AllowPartial}`,
      baseline: ACTION_SOURCES.baseline,
    },
    logger,
  });
}

const GLOB = /[*?[\]{}]/;

/** Paths and globs (absolute, already resolved against the workspace) to the files they name, sorted, each once. */
export async function expandReports(patterns: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const pattern of patterns) {
    if (!GLOB.test(pattern)) {
      out.add(pattern);
      continue;
    }
    // Walk from the deepest directory without a wildcard.
    const parts = pattern.split(sep);
    const fixed = parts.findIndex((p) => GLOB.test(p));
    const root = parts.slice(0, fixed).join(sep) || sep;
    let entries: string[];
    try {
      entries = (await readdir(root, { recursive: true })) as string[];
    } catch {
      continue;
    }
    for (const rel of entries.sort()) {
      const full = join(root, rel);
      if (!minimatch(relative(root, full), parts.slice(fixed).join('/'), { dot: false })) continue;
      if ((await stat(full)).isFile()) out.add(full);
    }
  }
  return [...out].sort();
}
