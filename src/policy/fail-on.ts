import { SEVERITY_RANK, type Finding, type Verdict } from '../model.js';
import type { Policy } from './policy.js';
import type { GateFailOn } from './types.js';

/**
 * The gate: which of the policy's failures fail the check. `fail-on` lets
 * through what is already in the baseline or below a severity, `never` and
 * `mode: warn` let through everything, and UDP silence never fails it. What
 * is let through stays visible as a warning, and its verdict keeps what the
 * policy judged in `judged`, so a baseline built from the report records the
 * judgement, not the gate.
 */

/** The fail-on that gates an evaluation: the policy's, unless an override (`from` names it) replaced it. */
export interface Gate {
  failOn: GateFailOn;
  /** The flag or input of an override (`input fail-on`, `--fail-on`); undefined: the policy's own. */
  from?: string;
}

/** `verdicts[i]` must be the verdict of `findings[i]` for every finding (the verdicts added after them follow). */
export function applyFailOn(
  verdicts: Verdict[],
  findings: Finding[],
  policy: Policy,
  gate: Gate,
  hasBaseline: boolean,
): void {
  // The policy's judgement, kept before the gate rewrites anything.
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    v.judged = v.outcome;
  }
  const failOn = gate.failOn;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    if (v.outcome !== 'fail') continue;
    if (failOn === 'never') {
      v.outcome = 'warn';
    } else if (failOn === 'new') {
      if (hasBaseline && v.baseline === 'unchanged') {
        v.outcome = 'warn';
        v.message += ' (already in the baseline, so it does not fail this change)';
      }
    } else if (failOn !== 'any' && SEVERITY_RANK[v.severity ?? 'high'] < SEVERITY_RANK[failOn]) {
      v.outcome = 'warn';
      v.message += ` (severity ${v.severity ?? 'high'} is below fail-on: ${failOn})`;
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

/** A verdict the policy judged a failure and the gate let through (a "gone" verdict is neither). */
export function isLetThrough(v: Verdict): boolean {
  return v.baseline !== 'gone' && v.judged === 'fail' && v.outcome !== 'fail';
}

export interface VerdictCounts {
  /** Verdicts that fail the check. */
  violations: number;
  /** Verdicts that warn, the violations let through included. */
  warnings: number;
  passed: number;
  /** Violations that count against this change (`new`). */
  newViolations: number;
  /** Violations the policy judged and the gate let through (each one also a warning). */
  letThrough: number;
  /** Endpoints of the baseline that are not open now. */
  gone: number;
}

/**
 * The counts of a report, from its verdicts alone: evaluation's summary, every
 * headline, and the recount of a report read from a file all come from here.
 */
export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  const c: VerdictCounts = {
    violations: 0,
    warnings: 0,
    passed: 0,
    newViolations: 0,
    letThrough: 0,
    gone: 0,
  };
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    if (v.baseline === 'gone') {
      c.gone++;
      continue;
    }
    if (v.outcome === 'fail') {
      c.violations++;
      if (v.new) c.newViolations++;
    } else if (v.outcome === 'warn') {
      c.warnings++;
      if (isLetThrough(v)) c.letThrough++;
    } else c.passed++;
  }
  return c;
}

/** The counts of the summary (a "gone" verdict counts for nothing), and the notices the gate owes the reader. */
export function summarize(
  verdicts: Verdict[],
  policy: Policy,
  gate: Gate,
): {
  summary: { violations: number; warnings: number; passed: number; newViolations: number };
  notices: string[];
} {
  const { violations, warnings, passed, newViolations, letThrough } = countVerdicts(verdicts);
  const notices: string[] = [];
  const replaces =
    gate.from !== undefined && gate.failOn !== policy.failOn ? `the policy's fail-on: ${policy.failOn}` : '';
  if (gate.failOn === 'never')
    notices.push(
      `fail-on: never (${[gate.from, replaces && `replacing ${replaces}`].filter(Boolean).join(', ')}): every violation is reported, as a warning, and none fails the check.`,
    );
  else if (replaces) notices.push(`fail-on: ${gate.failOn} (${gate.from}) replaces ${replaces}.`);
  if (gate.failOn !== 'never' && policy.mode === 'warn' && letThrough > 0)
    notices.push(
      `${policy.file} is in warn mode: violations are reported as warnings and do not fail the check.`,
    );
  return { summary: { violations, warnings, passed, newViolations }, notices };
}
