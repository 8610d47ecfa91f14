import type {
  EvaluationContext,
  Finding,
  GatewayCheck,
  ObservedState,
  RuleRef,
  Vantage,
  Verdict,
} from '../model.js';
import { compareWithBaseline, type Baseline } from './baseline.js';
import { decide } from './decide.js';
import {
  applyExceptions,
  exceptionMatches,
  NO_EXCEPTIONS,
  unusedExceptionNotices,
  type Ruling,
} from './exceptions.js';
import { applyFailOn, summarize, type Gate } from './fail-on.js';
import { hostRef, parseV4 } from './match.js';
import type { Policy } from './policy.js';
import {
  buildIndex,
  hostContext,
  naiveIndex,
  v4Piece,
  type FindingContext,
  type PolicyIndex,
} from './rule-index.js';
import type { GateFailOn, PolicyException } from './types.js';
import { sortVerdicts } from './verdict-order.js';
import { judgeGateways } from './vpn-gateways.js';
import { flat } from './words.js';

/**
 * Evaluation: a pure function of (findings, policy, context). For each
 * finding, in this order of precedence:
 *
 * 1. a deny rule that matches decides: fail (only an exception waives it);
 * 2. a declared VPN gateway is allowed;
 * 3. the allow rules that match: the first whose requirements hold passes it,
 *    else the most specific one decides with its failed requirement;
 * 4. no rule matched: the target's `default`, else the policy's;
 * 5. remote access (ssh, rdp, vnc, telnet, winrm, …) must meet
 *    `remote_access.require` (vpn, mfa), whatever rule allows its port;
 * 6. requirement rules (`requirements:`) that match add what they require,
 *    and decide when that is worse; like remote access, they never allow.
 *
 * Service names match as identity.ts says: allow rules need a positive
 * identification, deny and requirement rules also match the port number's
 * guess. Then exceptions (valid ones pass the verdict, expired ones fail
 * it; none turns a requirement a probe proved violated into a pass, and
 * `waive: violated` makes it a warning), then the baseline marks
 * new/unchanged/gone (by what the policy judged), then the gate — `fail-on`
 * (the policy's, or the override in the context) and `mode` — decides which
 * failures fail the check; each verdict keeps the policy's judgement in
 * `judged`. Among several matching rules the most specific wins: a target's
 * over the top-level ones, the policy file's over what it extends, then the
 * order written.
 */

export interface EvaluationInput {
  findings: Finding[];
  policy: Policy;
  context: EvaluationContext & {
    gateways?: GatewayCheck[];
    baseline?: Baseline;
    /** The scan was interrupted: a port missing from it may not be closed, so nothing is marked gone. */
    partial?: boolean;
    /** Gate with this fail-on instead of the policy's (the action's fail-on input, the CLI's --fail-on). */
    failOn?: GateFailOn;
    /** The flag or input `failOn` came from, for the notices (`input fail-on`, `--fail-on`). */
    failOnFrom?: string;
    /**
     * A report merged from several vantages (findings carry their `vantage`): how a port looked
     * from another vantage, so that `vpn` can be verified by a scan from outside.
     */
    observed?: ObservedFrom;
  };
}

/** How an endpoint looked from a vantage; undefined when the merged report has no scan from it. */
export type ObservedFrom = (
  e: { host: string; port: number; protocol: string },
  vantage: Vantage,
) => ObservedState | undefined;

export interface Evaluation {
  verdicts: Verdict[];
  notices: string[];
  result: 'pass' | 'fail';
  summary: { violations: number; warnings: number; passed: number; newViolations?: number };
  /** The exceptions that matched at least one finding (needed or not), for staleness checks. */
  matchedExceptions?: RuleRef[];
  /** The fail-on that gated it, and the override's source when it was not the policy's. */
  gate: Gate;
}

/** Evaluate findings against a policy. Pure: same inputs, same verdicts, in a stable order. */
export function evaluate(
  findings: Finding[],
  policy: Policy,
  context: EvaluationInput['context'],
  /** For tests: `naive` tests every rule and host pattern against every finding, without the index. */
  lookup: 'indexed' | 'naive' = 'indexed',
): Evaluation {
  const vantage = context.vantage ?? 'untrusted';
  const used = new Set<PolicyException>();
  const gate: Gate =
    context.failOn !== undefined
      ? { failOn: context.failOn, from: context.failOnFrom ?? 'an override' }
      : { failOn: policy.failOn };
  const index = lookup === 'naive' ? naiveIndex(policy) : buildIndex(policy);
  const verdicts = judgeFindings(findings, policy, index, vantage, context.now, used, context.observed);
  // In this order: the gateways may add verdicts, the baseline marks every verdict and adds the
  // gone ones, and fail-on reads those marks; the verdicts of the findings stay first until sorted.
  const notices = judgeGateways(findings, verdicts, policy, context.gateways, vantage);
  notices.push(...unusedExceptionNotices(policy, used, context.now));
  notices.push(
    ...compareWithBaseline(verdicts, context.baseline, { partial: context.partial, failOn: gate.failOn }),
  );
  applyFailOn(verdicts, findings, policy, gate, Boolean(context.baseline));
  sortVerdicts(verdicts);
  const { summary, notices: summaryNotices } = summarize(verdicts, policy, gate);
  notices.push(...summaryNotices);
  return {
    verdicts,
    notices,
    result: summary.violations > 0 ? 'fail' : 'pass',
    summary,
    matchedExceptions: policy.exceptions.filter((e) => used.has(e)).map((e) => e.ref),
    gate,
  };
}

/** One verdict per finding, in the order of the findings; `used` collects the exceptions that matched. */
function judgeFindings(
  findings: Finding[],
  policy: Policy,
  index: PolicyIndex,
  vantage: Vantage,
  now: Date,
  used: Set<PolicyException>,
  observed?: ObservedFrom,
): Verdict[] {
  const scopeCache = new Map<string, FindingContext>();
  // IPv4 addresses without a host name: one context per piece of the address space (rule-index.ts).
  const pieceCache = new Map<number | string, FindingContext>();
  const cuts = index.v4Cuts;
  const interned = new Map<string, FindingContext>();
  const verdicts: Verdict[] = [];
  for (const f of findings) {
    // A merged report judges each finding from the vantage that saw it: the contexts are per vantage.
    const seenFrom = f.vantage ?? vantage;
    let fc: FindingContext | undefined;
    const v4 = cuts && f.hostname === undefined ? parseV4(f.host) : null;
    if (v4 !== null) {
      const piece = v4Piece(cuts as Float64Array, v4);
      const key = seenFrom === vantage ? piece : `${seenFrom}\u0000${piece}`;
      fc = pieceCache.get(key);
      if (!fc) {
        fc = hostContext(hostRef(f.host), index, policy, seenFrom, interned);
        pieceCache.set(key, fc);
      }
    } else {
      const hostKey = `${seenFrom}\u0000${f.host}\u0000${f.hostname ?? ''}`;
      fc = scopeCache.get(hostKey);
      if (!fc) {
        fc = hostContext(hostRef(f.host, f.hostname), index, policy, seenFrom, interned);
        scopeCache.set(hostKey, fc);
      }
    }
    const outside = observed && seenFrom !== 'untrusted' ? observed(f, 'untrusted') : undefined;
    const d = decide(f, policy, fc, seenFrom, outside);
    let matching: readonly PolicyException[] = NO_EXCEPTIONS;
    for (let i = 0; i < fc.exceptions.length; i++) {
      const e = fc.exceptions[i];
      if (!exceptionMatches(e, f, d)) continue;
      if (matching === NO_EXCEPTIONS) matching = [];
      (matching as PolicyException[]).push(e);
      used.add(e);
    }
    verdicts.push(toVerdict(f, applyExceptions(f, d, matching, now, policy.governance)));
  }
  return verdicts;
}

/**
 * A verdict as evaluation makes it. A class, not a literal: V8 gives the objects a constructor
 * makes room for the keys added after it (service, severity, fix, new, baseline…), where a
 * literal's object would get a separate property store, allocated and copied again, for each
 * of 100,000 verdicts. Only own enumerable keys, in the report's order: JSON and copies see a
 * plain verdict.
 */
class VerdictRecord {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly protocol: Finding['protocol'],
  ) {}
}

function toVerdict(f: Finding, r: Ruling): Verdict {
  const verdict = new VerdictRecord(f.host, f.port, f.protocol) as unknown as Verdict;
  // What answered there, so readers of a verdict need not join it with the report's ports.
  if (f.service?.name) verdict.service = f.service.name;
  if (f.service?.product) verdict.product = f.service.product;
  verdict.outcome = r.outcome;
  // The gate (fail-on.ts) may rewrite `outcome`; this keeps the policy's word beside it.
  verdict.judged = r.outcome;
  // A merged report says which vantage's observation each verdict judges.
  verdict.message = flat(f.vantage ? `${r.message} (seen from the ${f.vantage} vantage)` : r.message);
  verdict.rule = r.rule;
  verdict.requirements = r.requirements;
  if (f.hostname !== undefined) verdict.hostname = f.hostname;
  if (f.vantage !== undefined) verdict.vantage = f.vantage;
  if (r.severity !== undefined) verdict.severity = r.severity;
  if (r.fix !== undefined) verdict.fix = flat(r.fix);
  if (r.exception) verdict.exception = r.exception;
  return verdict;
}
