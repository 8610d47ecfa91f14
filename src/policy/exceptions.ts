import type { Finding, RequirementResult, RuleRef, Verdict } from '../model.js';
import type { Decision } from './decide.js';
import { productMatches } from './evidence.js';
import { serviceNames } from './identity.js';
import { portInRanges } from './match.js';
import type { Policy } from './policy.js';
import { DEFAULT_MAX_EXCEPTION_DAYS, type Governance, type PolicyException } from './types.js';
import { capitalize, endpoint, label, ruleName } from './words.js';

/**
 * Exceptions, after the rules have decided: a valid one that matches turns a
 * failure into a pass (and an unverified requirement into an attested one);
 * an expired one fails the verdict, naming who must renew it. An exception
 * that matched nothing is a notice, so stale approvals get removed.
 *
 * Proofs beat claims: an exception is a claim, and it does not waive a
 * requirement a probe proved violated. The verdict stays failed and names
 * the proof, unless the exception says `waive: violated`; then it is a
 * warning that says a proven violation was waived, never a pass.
 */

export const NO_EXCEPTIONS: readonly PolicyException[] = Object.freeze([]);

/** A decision once exceptions had their say: the exception that waived it, if one did. */
export type Ruling = Decision & { exception?: Verdict['exception'] };

export function exceptionMatches(e: PolicyException, f: Finding, decision: Decision): boolean {
  const m = e.match;
  if (m.ports && !portInRanges(f.port, m.ports)) return false;
  if (m.protocol && m.protocol !== 'any' && m.protocol !== f.protocol) return false;
  if (m.services) {
    // An exception loosens the gate, as an allow rule does: a port-number guess is not enough.
    const s = serviceNames(f).positive;
    if (!s || !m.services.includes(s)) return false;
  }
  // A product, too, is only as good as an identification (it comes from an exchange only).
  if (m.products && !productMatches(m.products, f)) return false;
  if (m.rule !== undefined && !decision.ruleIds.includes(m.rule) && decision.rule.id !== m.rule) return false;
  return true;
}

function isExpired(e: PolicyException, now: Date): boolean {
  return e.expiresAt !== null && now.getTime() > e.expiresAt;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Why the governing policy refuses this exception's expiry (DESIGN.md, "Who may change
 * the rules"): `never` unless allow_permanent_exceptions, a date past max_exception_days
 * from the scan date. Undefined when it is within bounds (expired or not).
 */
export function expiryRefusal(e: PolicyException, now: Date, g: Governance): string | undefined {
  const where = (ref: RuleRef | undefined, key: string, fallback: string) =>
    ref ? `${key} in ${g.source}:${ref.line}` : `${fallback}; ${g.source} may set ${key}`;
  if (e.expiresAt === null) {
    if (g.allowPermanentExceptions) return undefined;
    return `expires never, which is not allowed (${where(g.refs.allowPermanentExceptions, 'allow_permanent_exceptions', 'permanent exceptions are off by default')})`;
  }
  if (e.malformedExpiry) return undefined;
  // By whole UTC days, as expiry dates are written: the scan's day plus the cap, through its last second.
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const last = today + (g.maxExceptionDays + 1) * DAY_MS - 1;
  if (e.expiresAt <= last) return undefined;
  const cap = new Date(last).toISOString().slice(0, 10);
  return `expires on ${e.expiresText}, later than ${g.maxExceptionDays} days after the scan date (${cap}; ${where(g.refs.maxExceptionDays, 'max_exception_days', `the default cap is ${DEFAULT_MAX_EXCEPTION_DAYS} days`)})`;
}

function expiredWords(e: PolicyException): string {
  return e.malformedExpiry
    ? `has an expiry date that cannot be read (${JSON.stringify(e.expiresText)}), which counts as expired`
    : `expired on ${e.expiresText}`;
}

function exceptionName(e: PolicyException): string {
  return `exception "${e.id}" (${e.ref.file}:${e.ref.line})`;
}

/** Apply the exceptions that match a finding (in policy order: the first valid one waives it). */
export function applyExceptions(
  f: Finding,
  d: Decision,
  matching: readonly PolicyException[],
  now: Date,
  governance: Governance,
): Ruling {
  if (d.outcome === 'pass' || matching.length === 0) return d;
  const valid = matching.find((e) => !isExpired(e, now) && !expiryRefusal(e, now, governance));
  if (!valid) {
    const e = matching[0];
    const refused = expiryRefusal(e, now, governance);
    if (refused)
      return {
        ...d,
        outcome: 'fail',
        severity: d.severity ?? 'high',
        message: `${capitalize(exceptionName(e))} for ${label(f)} on ${endpoint(f)} is invalid: it ${refused}; so ${ruleName(d.rule)} applies: ${d.message}`,
        fix: `Give the exception an expiry date within ${governance.maxExceptionDays} days of today, with a fresh approval from ${e.approvedBy}; or close the port.`,
        rule: e.ref,
      };
    return {
      ...d,
      outcome: 'fail',
      severity: d.severity ?? 'high',
      message: `${capitalize(exceptionName(e))} for ${label(f)} on ${endpoint(f)} ${expiredWords(e)}, so ${ruleName(d.rule)} applies again: ${d.message}`,
      fix: `Close the port, or renew the exception with a new expiry date and a fresh approval from ${e.approvedBy}.`,
      rule: e.ref,
    };
  }
  const proofs = Object.keys(d.requirements).filter((k) => d.requirements[k].state === 'violated');
  const proven = proofs.map((k) => `${k}: ${d.requirements[k].detail}`).join('; ');
  if (proofs.length > 0 && !valid.waiveViolated) {
    return {
      ...d,
      outcome: 'fail',
      severity: d.severity ?? 'high',
      message: `${capitalize(exceptionName(valid))} matches ${label(f)} on ${endpoint(f)}, but an exception does not waive what a probe proved violated (${proven}), so ${ruleName(d.rule)} still fails it: ${d.message}`,
      fix: `${d.fix ? `${d.fix} ` : ''}If the violation is accepted, add \`waive: violated\` to ${exceptionName(valid)}: the port is then reported as a warning, not a pass.`,
      requirements: attested(d.requirements, valid, false),
    };
  }
  const exception: NonNullable<Verdict['exception']> = {
    reason: valid.reason,
    approvedBy: valid.approvedBy,
    expires: valid.expiresText,
    rule: valid.ref,
  };
  if (valid.ticket !== undefined) exception.ticket = valid.ticket;
  if (proofs.length > 0) {
    return {
      ...d,
      outcome: 'warn',
      fix: undefined,
      message: `${label(f)} on ${endpoint(f)} would break ${ruleName(d.rule)}; ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, waives a proven violation of ${proofs.join(' and ')} (waive: violated), so it is a warning: ${valid.reason}`,
      rule: valid.ref,
      requirements: attested(d.requirements, valid, true),
      exception,
    };
  }
  return {
    ...d,
    outcome: 'pass',
    severity: undefined,
    fix: undefined,
    message: `${label(f)} on ${endpoint(f)} would break ${ruleName(d.rule)}, but ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, allows it: ${valid.reason}`,
    rule: valid.ref,
    requirements: attested(d.requirements, valid, false),
    exception,
  };
}

/** What the exception vouches for: unverified becomes attested; a violation stays one (marked waived under `waive: violated`). */
function attested(
  requirements: Record<string, RequirementResult>,
  e: PolicyException,
  waived: boolean,
): Record<string, RequirementResult> {
  const out: Record<string, RequirementResult> = {};
  for (const [k, r] of Object.entries(requirements)) {
    out[k] =
      r.state === 'unverified'
        ? {
            state: 'attested',
            detail: `${exceptionName(e)} attests it, approved by ${e.approvedBy}: ${e.reason}`,
          }
        : r.state === 'violated' && waived
          ? { state: 'violated', detail: `${r.detail} (waived by ${exceptionName(e)} with waive: violated)` }
          : r;
  }
  return out;
}

/** One notice per exception that matched no finding: it may be stale. */
export function unusedExceptionNotices(policy: Policy, used: Set<PolicyException>, now: Date): string[] {
  const notices: string[] = [];
  for (const e of policy.exceptions) {
    if (used.has(e)) continue;
    const refused = expiryRefusal(e, now, policy.governance);
    notices.push(
      refused
        ? `${capitalize(exceptionName(e))} is invalid (it ${refused}) and matches no open port in this scan.`
        : isExpired(e, now)
          ? `${capitalize(exceptionName(e))} ${expiredWords(e)} and matches no open port in this scan; remove it.`
          : `${capitalize(exceptionName(e))} matches no open port in this scan; remove it if it is stale.`,
    );
  }
  return notices;
}
