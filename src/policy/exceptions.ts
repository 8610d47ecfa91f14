import type { Finding, RequirementResult, Verdict } from '../model.js';
import type { Decision } from './decide.js';
import { serviceNames } from './identity.js';
import { portInRanges } from './match.js';
import type { Policy } from './policy.js';
import type { PolicyException } from './types.js';
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
  if (m.rule !== undefined && !decision.ruleIds.includes(m.rule) && decision.rule.id !== m.rule) return false;
  return true;
}

function isExpired(e: PolicyException, now: Date): boolean {
  return e.expiresAt !== null && now.getTime() > e.expiresAt;
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
): Ruling {
  if (d.outcome === 'pass' || matching.length === 0) return d;
  const valid = matching.find((e) => !isExpired(e, now));
  if (!valid) {
    const e = matching[0];
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
    notices.push(
      isExpired(e, now)
        ? `${capitalize(exceptionName(e))} ${expiredWords(e)} and matches no open port in this scan; remove it.`
        : `${capitalize(exceptionName(e))} matches no open port in this scan; remove it if it is stale.`,
    );
  }
  return notices;
}
