import type { Logger, Report } from '../model.js';
import { driftOf, renderDrift } from '../report/drift.js';
import { untrustedLine } from '../untrusted.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './context.js';
import type { GitHubClient } from './github.js';
import { degrade } from './publish.js';
import { count } from '../words.js';

/** The drift issue's hidden marker: one issue per job and policy. */
export function driftMarker(job: string, policyFile: string): string {
  const clean = (s: string) => s.replace(/--+/g, '-').replace(/[<>\n\r]/g, '');
  return `<!-- portcullis-drift: job=${clean(job)} policy=${clean(policyFile)} -->`;
}

export const DRIFT_LABEL = 'portcullis-drift';

/**
 * Scheduled drift watch: compare with the baseline, and keep one issue that
 * is open exactly while the exposure differs from it — opened (or updated)
 * when it changed, closed with a note when it is back.
 */
export async function publishDrift(
  client: GitHubClient,
  options: { report: Report; settings: ActionSettings; ctx: RunContext; logger: Logger },
): Promise<
  { changed: boolean; issue?: number; action: 'opened' | 'updated' | 'closed' | 'none' } | undefined
> {
  const { report, settings, ctx, logger } = options;
  const drift = driftOf(report);
  if (!drift.compared) {
    logger.warn('drift-issue needs a baseline to compare with (input baseline); no drift issue');
    return undefined;
  }
  const marker = driftMarker(settings.jobName, report.policy.file);
  return degrade(logger, 'update the drift issue', 'issues: write', async () => {
    const existing = (await client.listOpenIssues()).find((i) => i.body.trimStart().startsWith(marker));
    if (drift.changed) {
      const body = renderDrift(report, { marker, runUrl: ctx.runUrl });
      const title = untrustedLine(
        `Portcullis: exposure drifted from the baseline (${count(drift.opened.length)} opened, ${count(drift.gone.length)} closed) — ${report.policy.file}`,
        250,
      );
      if (existing) {
        await client.updateIssue(existing.number, { title, body });
        logger.info(`drift: updated issue #${existing.number}`);
        return { changed: true, issue: existing.number, action: 'updated' as const };
      }
      const created = await client.createIssue(title, body, [DRIFT_LABEL]);
      logger.info(`drift: opened issue #${created.number}`);
      return { changed: true, issue: created.number, action: 'opened' as const };
    }
    if (existing) {
      await client.createIssueComment(
        existing.number,
        `Back to the baseline: the scan of ${report.startedAt} saw the same exposure as the baseline${ctx.runUrl ? ` ([run](${ctx.runUrl}))` : ''}. Closing.`,
      );
      await client.updateIssue(existing.number, { state: 'closed' });
      logger.info(`drift: back to the baseline; closed issue #${existing.number}`);
      return { changed: false, issue: existing.number, action: 'closed' as const };
    }
    logger.info('drift: the exposure matches the baseline');
    return { changed: false, action: 'none' as const };
  });
}
