import { readFile } from 'node:fs/promises';
import type { Report } from '../model.js';
import { ConfigurationError } from '../errors.js';
import { parseReport, recountReport, type ReportOrigin } from '../report/index.js';
import { markdownCode, untrustedLine } from '../untrusted.js';
import type { ActionSettings } from './inputs.js';
import type { RunContext } from './context.js';

/** report-only mode: a JSON report made by the pull request's own run, published without scanning. */

export async function loadReport(settings: ActionSettings): Promise<Report> {
  const file = settings.reportFile as string;
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new ConfigurationError({
      source: 'input report',
      message: `cannot read "${file}": ${err.code ?? err.message}`,
    });
  });
  // Untrusted: shown by its verdicts, never by the counts or the result it claims.
  return recountReport(parseReport(text, file));
}

/**
 * What a report-only comment and check run say first: the report is the pull request run's
 * own artifact (its run and head commit, from GitHub's workflow_run payload, never from the
 * artifact), and the gate is that run's check, not this comment or this neutral check run.
 */
export function reportOrigin(ctx: RunContext): { origin: ReportOrigin; log: string } {
  const wr = ctx.workflowRun;
  const id = wr?.id;
  const url = wr?.url && /^https:\/\/[^\s<>()[\]"']+$/.test(wr.url) ? wr.url : undefined;
  const name = wr?.name ? ` of the workflow ${markdownCode(wr.name, 100)}` : '';
  const runText = id ? `run ${id}` : 'the run';
  const run = url ? `[${runText}](${url})${name}` : `${runText}${name}`;
  const sha = wr?.headSha && /^[0-9a-f]{40}$/i.test(wr.headSha) ? wr.headSha : undefined;
  const commit = sha ? ` for commit ${sha}` : '';
  return {
    origin: {
      heading: "(from the pull request run's artifact)",
      markdown:
        `> **From the pull request run's own artifact.** This job did not scan: it shows the JSON report that ${run} of the pull request uploaded${commit}. ` +
        "Its contents are the pull request's to write. The gate is that run's own check, not this comment or this job's neutral check run.",
    },
    log:
      `report-only: publishing the report that ${id ? `run ${id}` : 'the pull request run'}${wr?.name ? ` (${untrustedLine(wr.name, 100)})` : ''} uploaded` +
      `${sha ? ` for commit ${sha}` : ''}${url ? ` (${url})` : ''}; that run's own check is the gate, not this job`,
  };
}
