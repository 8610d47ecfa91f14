import {
  OUTCOME_RANK,
  type Finding,
  type Outcome,
  type RequirementResult,
  type RuleRef,
  type Severity,
  type Vantage,
} from '../model.js';
import { lookupService } from '../services.js';
import { authState } from './evidence.js';
import { inVantage, portInRanges } from './match.js';
import type { Policy } from './policy.js';
import {
  joinFixes,
  judgeRemoteAccess,
  judgeRequirements,
  NO_REQUIREMENTS,
  outcomeOf,
  plain,
  requirementWords,
  type Judgement,
} from './requirements.js';
import { portKey, type FindingContext } from './rule-index.js';
import type { RemoteAccessPolicy, Rule } from './types.js';
import { gatewayMatches } from './vpn-gateways.js';
import { endpoint, label, ruleName } from './words.js';

/**
 * What the rules make of one finding, before exceptions: steps 1 to 5 of the
 * order of precedence in evaluate.ts (deny, declared gateway, remote access,
 * allow, default).
 */

export interface Decision {
  outcome: Outcome;
  severity?: Severity;
  message: string;
  fix?: string;
  rule: RuleRef;
  requirements: Record<string, RequirementResult>;
  /** Ids of the rules involved (for exceptions' match.rule). */
  ruleIds: string[];
}

export function canonicalService(f: Finding): string | undefined {
  const n = f.service?.name;
  if (!n) return undefined;
  return lookupService(n)?.name ?? n.toLowerCase();
}

function ruleMatches(rule: Rule, f: Finding, service: string | undefined, vantage: Vantage): boolean {
  if (rule.protocol !== 'any' && rule.protocol !== f.protocol) return false;
  if (rule.ports && !portInRanges(f.port, rule.ports)) return false;
  if (rule.services && (service === undefined || !rule.services.includes(service))) return false;
  if (!inVantage(rule.vantages, vantage)) return false;
  if (rule.whenNoAuth && authState(f).state !== 'none') return false;
  return true;
}

export function decide(f: Finding, policy: Policy, fc: FindingContext, vantage: Vantage): Decision {
  const service = canonicalService(f);
  const where = endpoint(f);
  const what = label(f);
  const { deny, allows } = matchingRules(f, fc, service, vantage);

  // Remote access requirements apply whatever rule allows the port.
  const ra = policy.remoteAccess;
  const remote = judgeRemoteAccess(ra, f, vantage);

  if (deny) {
    return {
      outcome: 'fail',
      severity: deny.severity,
      message: `${what} on ${where} is denied by ${ruleName(deny.ref)}: ${deny.reason ?? 'no reason given'}`,
      fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host} or stop the service; if it must stay open, add an exception with a reason, an approver and an expiry date.`,
      rule: deny.ref,
      requirements: remote ? plain(remote.results) : NO_REQUIREMENTS,
      ruleIds: [deny.id],
    };
  }

  const gateway = policy.vpnGateways.find((g) => gatewayMatches(g, f));
  if (gateway) {
    return {
      outcome: 'pass',
      message: `${what} on ${where} is the declared ${gateway.kind} VPN gateway (${gateway.rule.file}:${gateway.rule.line})`,
      rule: gateway.rule,
      requirements: NO_REQUIREMENTS,
      ruleIds: [gateway.rule.id, 'remote_access'],
    };
  }

  // No rule matched: the most specific default decides (remote access may still be worse).
  const base =
    allowedBy(allows, f, policy, vantage, what, where) ?? byDefault(f, policy, fc, what, where, service);
  if (!remote || !ra) return base;
  return withRemoteAccess(base, remote, ra, what, where);
}

/** The most specific deny that matches, and the allows that match, most specific first. */
function matchingRules(
  f: Finding,
  fc: FindingContext,
  service: string | undefined,
  vantage: Vantage,
): { deny: Rule | undefined; allows: Rule[] } {
  let deny: Rule | undefined;
  const allows: Rule[] = [];
  const key = portKey(f.port, f.protocol);
  for (const si of fc.scopes) {
    const candidates = si.byPort.get(key);
    for (let pass = candidates ? 0 : 1; pass < 2; pass++) {
      const list = pass === 0 ? (candidates as Rule[]) : si.wide;
      for (let i = 0; i < list.length; i++) {
        const rule = list[i];
        if (!ruleMatches(rule, f, service, vantage)) continue;
        if (rule.kind === 'deny') {
          if (!deny || rule.rank < deny.rank) deny = rule;
        } else allows.push(rule);
      }
    }
  }
  if (allows.length > 1) allows.sort((a, b) => a.rank - b.rank);
  return { deny, allows };
}

/** The first allow whose requirements hold passes; else the one that fails least, the most specific on a tie. */
function allowedBy(
  allows: Rule[],
  f: Finding,
  policy: Policy,
  vantage: Vantage,
  what: string,
  where: string,
): Decision | undefined {
  let best: Decision | undefined;
  for (const rule of allows) {
    const judged = judgeRequirements(rule, f, vantage);
    const outcome = outcomeOf(judged, policy.unverified);
    const d: Decision = {
      outcome,
      severity: outcome === 'pass' ? undefined : rule.severity,
      message: allowMessage(rule, judged, what, where),
      fix:
        outcome === 'pass'
          ? undefined
          : joinFixes(judged.results, [...judged.violated, ...judged.unverified]),
      rule: rule.ref,
      requirements: plain(judged.results),
      ruleIds: [rule.id],
    };
    if (!best || OUTCOME_RANK[d.outcome] < OUTCOME_RANK[best.outcome]) best = d;
    if (d.outcome === 'pass') break;
  }
  return best;
}

function allowMessage(rule: Rule, judged: Judgement, what: string, where: string): string {
  const details = (keys: string[]) => keys.map((k) => judged.results[k].detail).join('; ');
  const needs = (keys: string[]) => keys.map((k) => requirementWords(rule, k)).join(' and ');
  if (judged.violated.length > 0)
    return `${what} on ${where} is allowed by ${ruleName(rule.ref)} only if ${needs(judged.violated)}, but ${details(judged.violated)}`;
  if (judged.unverified.length > 0)
    return `${what} on ${where} is allowed by ${ruleName(rule.ref)} if ${needs(judged.unverified)}, which is unverified: ${details(judged.unverified)}`;
  const held = Object.keys(judged.results);
  return `${what} on ${where} is allowed by ${ruleName(rule.ref)}${held.length ? ` (${details(held)})` : ''}`;
}

/** Remote access decides when it is at least as bad as what the rules (or the default) said. */
function withRemoteAccess(
  base: Decision,
  remote: Judgement,
  ra: RemoteAccessPolicy,
  what: string,
  where: string,
): Decision {
  const raOutcome = outcomeOf(remote, ra.unverified);
  const requirements = { ...base.requirements, ...plain(remote.results) };
  if (raOutcome === 'pass' || OUTCOME_RANK[raOutcome] < OUTCOME_RANK[base.outcome])
    return { ...base, requirements };
  const parts = [...remote.violated, ...remote.unverified].map((k) => remote.results[k].detail);
  const needs = [ra.vpn ? 'through a VPN' : '', ra.mfa ? 'with a second factor' : '']
    .filter(Boolean)
    .join(' and ');
  return {
    outcome: raOutcome,
    severity: ra.severity,
    message:
      raOutcome === 'fail'
        ? `${what} on ${where} is remote access, which ${ruleName(ra.ref)} allows only ${needs}, but ${parts.join('; ')}`
        : `${what} on ${where} is remote access, which ${ruleName(ra.ref)} allows only ${needs}; unverified: ${parts.join('; ')}`,
    fix: joinFixes(remote.results, [...remote.violated, ...remote.unverified]),
    rule: ra.ref,
    requirements,
    ruleIds: ['remote_access', ...base.ruleIds],
  };
}
function byDefault(
  f: Finding,
  policy: Policy,
  fc: FindingContext,
  what: string,
  where: string,
  service: string | undefined,
): Decision {
  let def = policy.default;
  for (const si of fc.scopes) {
    if (si.scope.default) {
      def = si.scope.default;
      break;
    }
  }
  const auth = authState(f);
  const how = auth.state === 'none' ? 'is open without authentication' : 'is open';
  if (def.action === 'allow') {
    return {
      outcome: 'pass',
      message: `${what} on ${where} ${how}; no rule matches it and the default (${def.ref.file}:${def.ref.line}) allows it`,
      rule: def.ref,
      requirements: NO_REQUIREMENTS,
      ruleIds: [def.ref.id],
    };
  }
  return {
    outcome: def.action === 'deny' ? 'fail' : 'warn',
    severity: def.severity,
    message: `${what} on ${where} ${how} and no rule allows it`,
    fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host}${service ? ` or bind ${service} to a private address` : ''}, or allow it with a rule in ${policy.file}.`,
    rule: def.ref,
    requirements: NO_REQUIREMENTS,
    ruleIds: [def.ref.id],
  };
}
