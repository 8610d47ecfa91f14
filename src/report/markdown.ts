import type { Report, Verdict } from '../model.js';
import type { ReportOrigin, Reporter } from './types.js';
import { escapeHtml, escapeMarkdown, markdownCode, untrustedLine } from '../untrusted.js';
import { endpoint, findingFor, gateLabel, headline, isPending, scanLine, serviceLabel } from './format.js';
import { isLetThrough } from '../policy/fail-on.js';

/** GitHub's limit on an issue or PR comment body. */
export const COMMENT_LIMIT = 65536;

/** Why, in one cell: the message, then what each requirement came to, then the exception that applied. */
function why(v: Verdict): string {
  const parts = [escapeMarkdown(v.message, 400)];
  for (const [name, r] of Object.entries(v.requirements)) {
    if (v.outcome === 'pass' && r.state === 'verified') continue;
    parts.push(`${escapeMarkdown(name, 40)}: **${r.state}** — ${escapeMarkdown(r.detail, 300)}`);
  }
  if (v.exception) {
    const e = v.exception;
    parts.push(
      `exception: ${escapeMarkdown(e.reason, 300)} (approved by ${escapeMarkdown(e.approvedBy, 100)}, expires ${escapeMarkdown(e.expires, 40)})`,
    );
  }
  return parts.join(' · ');
}

function row(report: Report, v: Verdict): string {
  const f = findingFor(report, v);
  const isNew = v.baseline === 'new' ? '🆕' : v.baseline === 'gone' ? 'gone' : '';
  const rule = `${markdownCode(v.rule.id, 100)} (${escapeMarkdown(v.rule.file)} line ${v.rule.line})`;
  return `| ${isNew} | ${markdownCode(endpoint(v))} | ${escapeMarkdown(serviceLabel(f))} | ${why(v)} | ${rule} |`;
}

function evidenceText(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The job summary's extra part: what was scanned, and every open port with its evidence. */
function scanDetails(report: Report): string[] {
  const out = [
    '',
    '<details><summary>Scan and evidence</summary>',
    '',
    `- targets: ${report.scan.targets.map((t) => markdownCode(t, 100)).join(', ')}`,
    `- ports: ${markdownCode(report.scan.ports, 300)} · vantage: ${report.scan.vantage} · started ${escapeMarkdown(report.startedAt, 40)}`,
  ];
  for (const [name, addresses] of Object.entries(report.scan.resolved ?? {})) {
    out.push(`- ${markdownCode(name, 100)} → ${addresses.map((a) => markdownCode(a, 60)).join(', ')}`);
  }
  if (report.ports.length) {
    out.push('', '| endpoint | service | risk | evidence |', '|---|---|---|---|');
    for (const f of report.ports) {
      const evidence = Object.entries(f.evidence)
        .map(([k, v]) => `${markdownCode(k, 60)} = ${escapeMarkdown(evidenceText(v), 200)}`)
        .join(' · ');
      out.push(
        `| ${markdownCode(endpoint(f))} | ${escapeMarkdown(serviceLabel(f))} | ${escapeMarkdown(f.risk.join(', '), 100)} | ${evidence} |`,
      );
    }
  }
  out.push('', '</details>');
  return out;
}

function table(report: Report, verdicts: Verdict[]): string[] {
  if (verdicts.length === 0) return [];
  return [
    '| | endpoint | service | why | rule |',
    '|---|---|---|---|---|',
    ...verdicts.map((v) => row(report, v)),
  ];
}

/** Names as GitHub writes them, but inert: escapeMarkdown keeps `@` from mentioning anyone. */
function names(list: string[]): string {
  return list.map((n) => escapeMarkdown(n.includes('/') ? `@${n}` : n, 100)).join(', ');
}

/**
 * First in the comment: what the pull request's own changes to the rules let through and
 * the base's rules do not, who may approve it, and what is known about approvals.
 */
function pendingSection(report: Report, pending: Verdict[]): string[] {
  const change = report.change;
  if (!change || pending.length === 0) return [];
  const who = change.approvers.length
    ? `An approver named in the base's policy (${names(change.approvers)}) must approve this pull request (a review of its latest commit).`
    : "The base's policy names no `approvers:`, so no review can approve it: undo the change to the rules, or add approvers on the base branch first.";
  return [
    `**Pending approval — ${pending.length} change${pending.length === 1 ? '' : 's'} to the rules that ${markdownCode(change.base, 100)} does not allow**`,
    '',
    `This pull request's own policy, extends or baseline lets ${pending.length === 1 ? 'this' : 'these'} through; the rules of the base branch do not. ${who}`,
    ...change.notes.map((n) => `> ${escapeMarkdown(n, 400)}`),
    '',
    ...table(report, pending),
    '',
  ];
}

/** The headline, with the policy file as code (DESIGN.md's comment sketch). */
function markdownHeadline(report: Report): string {
  const text = headline(report);
  const file = report.policy.file;
  const at = report.result === 'fail' ? text.lastIndexOf(file) : -1;
  if (at < 0) return escapeMarkdown(text, 400);
  return `${escapeMarkdown(text.slice(0, at), 200)}${markdownCode(file, 300)}${escapeMarkdown(text.slice(at + file.length), 200)}`;
}

/** Body shared by the job summary and the PR comment: failures first, the rest collapsed. */
export function renderMarkdown(
  report: Report,
  options: {
    marker?: string;
    limit?: number;
    detailsUrl?: string;
    /** The job summary: add what was scanned and every open port's evidence. */
    full?: boolean;
    /** Where the untruncated report is, for the notice when `limit` cuts it. */
    fullReportAt?: string;
    /** Where the report came from, when it is not this run's own scan (the action's report-only mode). */
    origin?: ReportOrigin;
  } = {},
): string {
  const icon = report.result === 'fail' ? '❌' : '✅';
  const pending = report.verdicts.filter(isPending);
  const fails = report.verdicts.filter((v) => v.outcome === 'fail' && !isPending(v));
  // Violations the gate let through (fail-on, mode: warn, UDP silence) apart from plain warnings.
  const letThrough = report.verdicts.filter(isLetThrough);
  const warns = report.verdicts.filter((v) => v.outcome === 'warn' && !isLetThrough(v));
  const passes = report.verdicts.filter((v) => v.outcome === 'pass' && v.baseline !== 'gone');
  const gone = report.verdicts.filter((v) => v.baseline === 'gone');
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  const origin = options.origin ? ` ${escapeMarkdown(options.origin.heading, 200)}` : '';
  head.push(`### ${icon} Portcullis — ${markdownHeadline(report)}${origin}`, '');
  if (options.origin) head.push(options.origin.markdown, '');
  const body: string[] = [...pendingSection(report, pending)];
  if (pending.length && fails.length)
    body.push('', `**${fails.length} other violation${fails.length === 1 ? '' : 's'}**`, '');
  body.push(...table(report, fails));
  const fixes = [...new Set(fails.map((v) => v.fix).filter((x): x is string => !!x))];
  if (fixes.length) {
    body.push('', '**Fix:**', ...fixes.map((f) => `- ${escapeMarkdown(f, 600)}`));
  }
  if (warns.length)
    body.push('', `**${warns.length} warning${warns.length === 1 ? '' : 's'}**`, '', ...table(report, warns));
  if (letThrough.length) {
    const count = `${letThrough.length} violation${letThrough.length === 1 ? ' does' : 's do'} not fail the check`;
    const gate = gateLabel(report); // from the report: a report-only file is untrusted
    // Collapsed under what fails, open when nothing does (fail-on: never, or all of them known).
    if (fails.length)
      body.push(
        '',
        // Inside an HTML block Markdown escapes are not read: HTML-escape, and break mentions.
        `<details><summary>${count}${escapeHtml(untrustedLine(gate, 100)).replace(/@/g, '@\u200b')}</summary>`,
        '',
        ...table(report, letThrough),
        '',
        '</details>',
      );
    else body.push('', `**${count}${escapeMarkdown(gate, 100)}**`, '', ...table(report, letThrough));
  }
  if (passes.length || gone.length) {
    const exceptions = passes.filter((v) => v.exception).length;
    const parts = [
      ...(passes.length
        ? [
            `${passes.length} open port${passes.length === 1 ? '' : 's'} pass${passes.length === 1 ? 'es' : ''}`,
          ]
        : []),
      ...(exceptions ? [`${exceptions} exception${exceptions === 1 ? '' : 's'} applied`] : []),
      ...(gone.length ? [`${gone.length} gone since the baseline`] : []),
    ];
    body.push(
      '',
      `<details><summary>${parts.join(' · ')}</summary>`,
      '',
      ...table(report, [...passes, ...gone]),
      '',
      '</details>',
    );
  }
  if (report.notices.length) body.push('', ...report.notices.map((n) => `> ${escapeMarkdown(n, 600)}`));
  if (options.full) body.push(...scanDetails(report));
  const partial =
    report.partialReason === 'max-duration'
      ? ' · **partial: the time budget ran out**'
      : ' · **partial: the scan was interrupted**';
  const foot = ['', `${scanLine(report)}${report.partial ? partial : ''}`];
  const limit = options.limit ?? Infinity;
  let text = [...head, ...body, ...foot].join('\n') + '\n';
  if (text.length > limit) {
    // Drop rows from the end until it fits, and say where the rest is.
    const where =
      options.fullReportAt ??
      `the full report is in the job summary${options.detailsUrl ? ` (${options.detailsUrl})` : ''}`;
    const notice = `\n\n> Truncated to fit GitHub's ${options.full ? 'job summary' : 'comment'} limit; ${where}.\n`;
    const budget = limit - notice.length - foot.join('\n').length - 16;
    let kept = [...head, ...body].join('\n');
    if (kept.length > budget) kept = kept.slice(0, kept.lastIndexOf('\n', budget));
    // Close an open <details> so the rest of the page renders.
    if ((kept.match(/<details>/g) ?? []).length > (kept.match(/<\/details>/g) ?? []).length)
      kept += '\n\n</details>';
    text = kept + notice + foot.join('\n') + '\n';
  }
  return text;
}

/** The job summary: the whole report. */
export const markdown: Reporter = (report) => renderMarkdown(report, { full: true });
