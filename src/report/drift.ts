import type { Report, Verdict } from '../model.js';
import { escapeMarkdown, markdownCode } from '../untrusted.js';
import { endpoint, findingFor, serviceLabel } from './format.js';

/**
 * Drift: how the exposure a scan saw differs from the stored baseline. The
 * policy engine marks each verdict new, unchanged or gone against the
 * baseline; drift is any new or gone endpoint.
 */
export interface Drift {
  /** false when the report was not compared with a baseline at all. */
  compared: boolean;
  changed: boolean;
  opened: Verdict[];
  gone: Verdict[];
}

export function driftOf(report: Report): Drift {
  const compared =
    report.verdicts.some((v) => v.baseline !== undefined) || report.summary.newViolations !== undefined;
  const opened = report.verdicts.filter((v) => v.baseline === 'new');
  const gone = report.verdicts.filter((v) => v.baseline === 'gone');
  return { compared, changed: opened.length + gone.length > 0, opened, gone };
}

function line(report: Report, v: Verdict): string {
  const f = findingFor(report, v);
  const service = f ? ` ${escapeMarkdown(serviceLabel(f))}` : '';
  return `- ${markdownCode(endpoint(v))}${service} — ${v.outcome}: ${escapeMarkdown(v.message, 400)}`;
}

/** The drift issue's body: what opened, what closed, and where the full report is. */
export function renderDrift(report: Report, options: { marker: string; runUrl?: string }): string {
  const d = driftOf(report);
  const out = [
    options.marker,
    `### Exposure drifted from the baseline of \`${report.policy.file.replace(/`/g, "'")}\``,
    '',
  ];
  if (d.opened.length)
    out.push(
      `**Open now, not in the baseline (${d.opened.length})**`,
      '',
      ...d.opened.map((v) => line(report, v)),
      '',
    );
  if (d.gone.length)
    out.push(
      `**In the baseline, not open now (${d.gone.length})**`,
      '',
      ...d.gone.map((v) => line(report, v)),
      '',
    );
  out.push(
    `Scanned ${report.startedAt} from the ${report.scan.vantage} vantage${options.runUrl ? ` · [run and full report](${options.runUrl})` : ''}.`,
    '',
    'This issue is updated while the drift lasts and closed when the exposure is back to the baseline. To accept the new state, update the baseline file.',
  );
  return out.join('\n') + '\n';
}
