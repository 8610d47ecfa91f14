import pc from 'picocolors';
import type { Reporter } from './types.js';
import { untrustedLine } from '../untrusted.js';
import {
  endpoint,
  findingFor,
  headline,
  isPending,
  ruleLabel,
  scanLine,
  serviceLabel,
  sortedVerdicts,
} from './format.js';

/** The human report on a terminal. Everything from the network passes through untrustedLine. */
export const terminal: Reporter = (report, options = {}) => {
  const c = pc.createColors(options.color ?? false);
  const mark = { fail: c.red('✗ FAIL'), warn: c.yellow('! WARN'), pass: c.green('✓ PASS') };
  const lines: string[] = [];
  for (const v of sortedVerdicts(report)) {
    const f = findingFor(report, v);
    lines.push(
      `${mark[v.outcome]}  ${c.bold(untrustedLine(endpoint(v)))}  ${untrustedLine(serviceLabel(f))}` +
        (isPending(v) ? c.magenta('  [pending approval]') : v.baseline === 'new' ? c.cyan('  [new]') : ''),
    );
    lines.push(`        ${untrustedLine(v.message, 400)}`);
    lines.push(c.dim(`        ${untrustedLine(ruleLabel(v))}`));
    for (const [name, r] of Object.entries(v.requirements)) {
      lines.push(c.dim(`        ${name}: ${r.state} — ${untrustedLine(r.detail, 300)}`));
    }
    if (v.outcome !== 'pass' && v.fix) lines.push(`        fix: ${untrustedLine(v.fix, 400)}`);
  }
  for (const n of report.notices) lines.push(c.yellow(`note: ${untrustedLine(n, 400)}`));
  if (lines.length) lines.push('');
  const verdict = report.result === 'fail' ? c.red(c.bold('FAIL')) : c.green(c.bold('PASS'));
  lines.push(`${verdict}  ${untrustedLine(headline(report), 400)}`);
  lines.push(c.dim(scanLine(report)));
  return lines.join('\n') + '\n';
};
