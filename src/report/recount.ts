import type { Report } from '../model.js';
import { countVerdicts } from '../policy/fail-on.js';
import { endpoint } from './format.js';
import { count, plural } from '../words.js';

/**
 * A report read from a file this process did not write (report-only: the pull request run's
 * artifact) is shown by its verdicts, not by what it says about them: its `summary` and
 * `result` are counted again from the verdicts (and `partial`), as every headline is, and a
 * notice says so when they disagreed, or when an open port it lists has no verdict.
 */
export function recountReport(report: Report): Report {
  const c = countVerdicts(report.verdicts);
  const summary: Report['summary'] = {
    violations: c.violations,
    warnings: c.warnings,
    passed: c.passed,
    newViolations: c.newViolations,
  };
  const result: Report['result'] = report.partial || c.violations > 0 ? 'fail' : 'pass';
  const said = report.summary;
  const notices = [...report.notices];
  const differs =
    report.result !== result ||
    said.violations !== summary.violations ||
    said.warnings !== summary.warnings ||
    said.passed !== summary.passed ||
    (said.newViolations !== undefined && said.newViolations !== summary.newViolations);
  const words = (r: string, s: Report['summary']) =>
    `${r}, ${plural(s.violations, 'violation')}, ${plural(s.warnings, 'warning')}, ${count(s.passed)} passed`;
  if (differs)
    notices.unshift(
      `The report file says ${words(report.result, said)}; its verdicts count ${words(result, summary)}. What is shown here is counted from the verdicts.`,
    );
  const judged = new Set(report.verdicts.map((v) => `${v.host}|${v.port}|${v.protocol}`));
  const unjudged = report.ports.filter((p) => !judged.has(`${p.host}|${p.port}|${p.protocol}`));
  if (unjudged.length)
    notices.unshift(
      `The report file lists ${plural(unjudged.length, 'open port')} without a verdict (${unjudged
        .slice(0, 5)
        .map((p) => endpoint(p))
        .join(
          ', ',
        )}${unjudged.length > 5 ? ', …' : ''}); nothing here judges ${unjudged.length === 1 ? 'it' : 'them'}.`,
    );
  return { ...report, result, summary, notices };
}
