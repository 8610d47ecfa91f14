import type { EvaluationContext, Finding, GatewayCheck, RuleRef, Vantage, Verdict } from '../model.js';
import { compareWithBaseline, type Baseline } from './baseline.js';
import { decide } from './decide.js';
import {
  applyExceptions,
  exceptionMatches,
  NO_EXCEPTIONS,
  unusedExceptionNotices,
  type Ruling,
} from './exceptions.js';
import { applyFailOn, summarize } from './fail-on.js';
import { hostRef } from './match.js';
import type { Policy } from './policy.js';
import { buildIndex, hostContext, type FindingContext } from './rule-index.js';
import type { PolicyException } from './types.js';
import { sortVerdicts } from './verdict-order.js';
import { judgeGateways } from './vpn-gateways.js';
import { flat } from './words.js';

/**
 * Evaluation: a pure function of (findings, policy, context). For each
 * finding, in this order of precedence:
 *
 * 1. a deny rule that matches decides: fail (only an exception waives it);
 * 2. a declared VPN gateway is allowed;
 * 3. remote access (ssh, rdp, vnc, telnet, winrm, …) must meet
 *    `remote_access.require` (vpn, mfa), whatever rule allows its port;
 * 4. the allow rules that match: the first whose requirements hold passes it,
 *    else the most specific one decides with its failed requirement;
 * 5. no rule matched: the target's `default`, else the policy's.
 *
 * Then exceptions (valid ones pass the verdict, expired ones fail it), then
 * the baseline marks new/unchanged/gone, then `fail-on` and `mode` decide
 * which failures fail the check. Among several matching rules the most
 * specific wins: a target's over the top-level ones, the policy file's over
 * what it extends, then the order written.
 */

export interface EvaluationInput {
  findings: Finding[];
  policy: Policy;
  context: EvaluationContext & {
    gateways?: GatewayCheck[];
    baseline?: Baseline;
    /** The scan was interrupted: a port missing from it may not be closed, so nothing is marked gone. */
    partial?: boolean;
  };
}

export interface Evaluation {
  verdicts: Verdict[];
  notices: string[];
  result: 'pass' | 'fail';
  summary: { violations: number; warnings: number; passed: number; newViolations?: number };
  /** The exceptions that matched at least one finding (needed or not), for staleness checks. */
  matchedExceptions?: RuleRef[];
}

/** Evaluate findings against a policy. Pure: same inputs, same verdicts, in a stable order. */
export function evaluate(
  findings: Finding[],
  policy: Policy,
  context: EvaluationInput['context'],
): Evaluation {
  const vantage = context.vantage ?? 'untrusted';
  const used = new Set<PolicyException>();
  const verdicts = judgeFindings(findings, policy, vantage, context.now, used);
  // In this order: the gateways may add verdicts, the baseline marks every verdict and adds the
  // gone ones, and fail-on reads those marks; the verdicts of the findings stay first until sorted.
  const notices = judgeGateways(findings, verdicts, policy, context.gateways, vantage);
  notices.push(...unusedExceptionNotices(policy, used, context.now));
  notices.push(
    ...compareWithBaseline(verdicts, context.baseline, { partial: context.partial, failOn: policy.failOn }),
  );
  applyFailOn(verdicts, findings, policy, Boolean(context.baseline));
  sortVerdicts(verdicts);
  const { summary, notices: summaryNotices } = summarize(verdicts, policy);
  notices.push(...summaryNotices);
  return {
    verdicts,
    notices,
    result: summary.violations > 0 ? 'fail' : 'pass',
    summary,
    matchedExceptions: policy.exceptions.filter((e) => used.has(e)).map((e) => e.ref),
  };
}

/** One verdict per finding, in the order of the findings; `used` collects the exceptions that matched. */
function judgeFindings(
  findings: Finding[],
  policy: Policy,
  vantage: Vantage,
  now: Date,
  used: Set<PolicyException>,
): Verdict[] {
  const index = buildIndex(policy);
  const scopeCache = new Map<string, FindingContext>();
  const interned = new Map<string, FindingContext>();
  const verdicts: Verdict[] = [];
  for (const f of findings) {
    const hostKey = f.hostname === undefined ? f.host : `${f.host}\u0000${f.hostname}`;
    let fc = scopeCache.get(hostKey);
    if (!fc) {
      fc = hostContext(hostRef(f.host, f.hostname), index, policy, vantage, interned);
      scopeCache.set(hostKey, fc);
    }
    const d = decide(f, policy, fc, vantage);
    const matching = fc.exceptions.length
      ? fc.exceptions.filter((e) => exceptionMatches(e, f, d))
      : NO_EXCEPTIONS;
    for (const e of matching) used.add(e);
    verdicts.push(toVerdict(f, applyExceptions(f, d, matching, now, policy.governance)));
  }
  return verdicts;
}

function toVerdict(f: Finding, r: Ruling): Verdict {
  const verdict: Verdict = {
    host: f.host,
    port: f.port,
    protocol: f.protocol,
    outcome: r.outcome,
    message: flat(r.message),
    rule: r.rule,
    requirements: r.requirements,
  };
  if (f.hostname !== undefined) verdict.hostname = f.hostname;
  if (r.severity !== undefined) verdict.severity = r.severity;
  if (r.fix !== undefined) verdict.fix = flat(r.fix);
  if (r.exception) verdict.exception = r.exception;
  return verdict;
}
