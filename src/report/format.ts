import type { Finding, Report, Verdict } from '../model.js';
import { countVerdicts } from '../policy/fail-on.js';
import { identifiedBy } from '../services.js';
import { count, plural } from '../words.js';

/** Shared wording for every surface, so the terminal, Markdown and annotations say the same thing. */

export function endpoint(v: { host: string; hostname?: string; port: number; protocol: string }): string {
  const host = v.host.includes(':') ? `[${v.host}]` : v.host;
  const name = v.hostname && v.hostname !== v.host ? `${v.hostname} (${host})` : host;
  return `${name}:${v.port}/${v.protocol}`;
}

export function ruleLabel(v: Verdict): string {
  return `${v.rule.id === 'default' ? 'default' : `rule "${v.rule.id}"`}, ${v.rule.file}:${v.rule.line}`;
}

/** The service as a table cell: a port-number guess says so; a weak parse gets a question mark. */
export function serviceLabel(f: Finding | undefined): string {
  // Not probed: only the runner's listener table showed it (outside the targets or the scope).
  const source = f?.reason === 'listening' ? ' (listener table, not probed)' : '';
  if (!f?.service) return `unknown${source}`;
  const s = f.service;
  const product = s.product ? `${s.product}${s.version ? ' ' + s.version : ''}` : s.name;
  if (identifiedBy(s) === 'port') return `${product} (guessed from the port number)${source}`;
  return `${s.confidence === 'low' ? `${product}?` : product}${source}`;
}

/** The finding a verdict judges, if any (policy-level verdicts have none). */
export function findingFor(report: Report, v: Verdict): Finding | undefined {
  return report.ports.find((p) => p.host === v.host && p.port === v.port && p.protocol === v.protocol);
}

export { count, plural } from '../words.js';

/** What let violations through, as the report records its gate: ` (fail-on: new)`, or nothing for `any`. */
export function gateLabel(report: Report): string {
  const parts: string[] = [];
  if (report.policy.failOn && report.policy.failOn !== 'any') parts.push(`fail-on: ${report.policy.failOn}`);
  if (report.policy.mode === 'warn') parts.push('mode: warn');
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * The one-line verdict every surface leads with (terminal, job summary, PR comment, check run
 * title, the step's failure message). Counted from the verdicts, as the details below it are,
 * never from `summary`: a report read from a file cannot make the two disagree.
 */
export function headline(report: Report): string {
  const c = countVerdicts(report.verdicts);
  const partial = report.partial ? ' (partial scan)' : '';
  const letThrough = c.letThrough
    ? `${plural(c.letThrough, 'violation does', 'violations do')} not fail the check${gateLabel(report)}`
    : '';
  if (report.result === 'fail') {
    const n = c.violations;
    // Counted from the verdicts, as the rest of the headline is (a report-only file's `change` is its own to write).
    const pending = report.verdicts.filter(isPending).length;
    const held = pending ? ` (${count(pending)} pending approval of a change to the rules)` : '';
    return `${plural(n, 'open port breaks', 'open ports break')} ${report.policy.file}${held}${letThrough ? `, and ${letThrough}` : ''}${partial}`;
  }
  const open = plural(c.violations + c.warnings + c.passed, 'open port', 'open ports');
  const warnings = c.warnings - c.letThrough;
  const warn = warnings ? `, ${plural(warnings, 'warning', 'warnings')}` : '';
  if (letThrough) return `${open}: ${letThrough}${warn}${partial}`;
  return `${open}, all allowed${warn}${partial}`;
}

export function scanLine(report: Report): string {
  const c = report.scan.counts;
  const secs = (report.durationMs / 1000).toFixed(1);
  const merged = report.scan.merged;
  const from =
    merged && merged.groups.length > 1
      ? `from the ${merged.groups.map((g) => g.vantage).join(' and ')} vantages`
      : `from the ${report.scan.vantage} vantage`;
  const joined = merged ? ` · merged from ${plural(merged.reports, 'report')}` : '';
  return `${plural(c.probed, 'probe')} (${count(c.open)} open, ${count(c.closed)} closed, ${count(c.filtered)} filtered) in ${secs} s ${from}${joined}`;
}

const ORDER: Record<string, number> = { fail: 0, warn: 1, pass: 2 };

/** A verdict held for approval of a change to the rules (it fails until an approver approves). */
export function isPending(v: Verdict): boolean {
  return v.outcome === 'fail' && v.pending !== undefined && !v.pending.approvedBy;
}

/** Pending approval first, then failures, warnings, passes. */
export function sortedVerdicts(report: Report): Verdict[] {
  const rank = (v: Verdict) => (isPending(v) ? -1 : (ORDER[v.outcome] ?? 3));
  return [...report.verdicts].sort((a, b) => rank(a) - rank(b));
}
