import type { Finding, Report, Verdict } from '../model.js';

/** Shared wording for every surface, so the terminal, Markdown and annotations say the same thing. */

export function endpoint(v: { host: string; hostname?: string; port: number; protocol: string }): string {
  const host = v.host.includes(':') ? `[${v.host}]` : v.host;
  const name = v.hostname && v.hostname !== v.host ? `${v.hostname} (${host})` : host;
  return `${name}:${v.port}/${v.protocol}`;
}

export function ruleLabel(v: Verdict): string {
  return `${v.rule.id === 'default' ? 'default' : `rule "${v.rule.id}"`}, ${v.rule.file}:${v.rule.line}`;
}

export function serviceLabel(f: Finding | undefined): string {
  if (!f?.service) return 'unknown';
  const s = f.service;
  const product = s.product ? `${s.product}${s.version ? ' ' + s.version : ''}` : s.name;
  return s.confidence === 'low' ? `${product}?` : product;
}

/** The finding a verdict judges, if any (policy-level verdicts have none). */
export function findingFor(report: Report, v: Verdict): Finding | undefined {
  return report.ports.find((p) => p.host === v.host && p.port === v.port && p.protocol === v.protocol);
}

export function headline(report: Report): string {
  const { violations, warnings } = report.summary;
  const open = report.ports.length;
  const partial = report.partial ? ' (partial scan)' : '';
  if (report.result === 'fail') {
    const pending = report.change?.pending ?? 0;
    const held = pending ? ` (${pending} pending approval of a change to the rules)` : '';
    return `${violations} open port${violations === 1 ? '' : 's'} break${violations === 1 ? 's' : ''} ${report.policy.file}${held}${partial}`;
  }
  const warn = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  return `${open} open port${open === 1 ? '' : 's'}, all allowed${warn}${partial}`;
}

export function scanLine(report: Report): string {
  const c = report.scan.counts;
  const secs = (report.durationMs / 1000).toFixed(1);
  return `${c.probed.toLocaleString('en-US')} probes (${c.open} open, ${c.closed} closed, ${c.filtered} filtered) in ${secs} s from the ${report.scan.vantage} vantage`;
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
