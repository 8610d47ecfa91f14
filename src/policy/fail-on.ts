import { SEVERITY_RANK, type Finding, type Verdict } from '../model.js';
import type { Policy } from './policy.js';

/**
 * Which failures fail the check: `fail-on` lets through what is already in
 * the baseline or below a severity, `mode: warn` lets through everything,
 * and UDP silence never fails it. What is let through stays visible as a
 * warning that says why.
 */

/** `verdicts[i]` must be the verdict of `findings[i]` for every finding (the verdicts added after them follow). */
export function applyFailOn(
  verdicts: Verdict[],
  findings: Finding[],
  policy: Policy,
  hasBaseline: boolean,
): void {
  for (const v of verdicts) {
    if (v.outcome !== 'fail') continue;
    if (policy.failOn === 'new') {
      if (hasBaseline && v.baseline === 'unchanged') {
        v.outcome = 'warn';
        v.message += ' (already in the baseline, so it does not fail this change)';
      }
    } else if (
      policy.failOn !== 'any' &&
      SEVERITY_RANK[v.severity ?? 'high'] < SEVERITY_RANK[policy.failOn]
    ) {
      v.outcome = 'warn';
      v.message += ` (severity ${v.severity ?? 'high'} is below fail-on: ${policy.failOn})`;
    }
    if (v.outcome === 'fail' && policy.mode === 'warn') v.outcome = 'warn';
  }
  // UDP silence is not proof that a port is open: at most a warning.
  for (let i = 0; i < findings.length; i++) {
    if (findings[i].state === 'open|filtered' && verdicts[i].outcome === 'fail') {
      verdicts[i].outcome = 'warn';
      verdicts[i].message += ' (the port may be open: UDP gave no reply, so it is only a warning)';
    }
  }
}

/** The counts of the summary (a "gone" verdict counts for nothing), and the notice warn mode owes the reader. */
export function summarize(
  verdicts: Verdict[],
  policy: Policy,
): {
  summary: { violations: number; warnings: number; passed: number; newViolations: number };
  notices: string[];
} {
  let violations = 0;
  let warnings = 0;
  let passed = 0;
  let newViolations = 0;
  for (const v of verdicts) {
    if (v.baseline === 'gone') continue;
    if (v.outcome === 'fail') {
      violations++;
      if (v.new) newViolations++;
    } else if (v.outcome === 'warn') warnings++;
    else passed++;
  }
  const notices =
    policy.mode === 'warn' && verdicts.some((v) => v.outcome === 'warn')
      ? [`${policy.file} is in warn mode: violations are reported as warnings and do not fail the check.`]
      : [];
  return { summary: { violations, warnings, passed, newViolations }, notices };
}
