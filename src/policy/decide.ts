import {
  OUTCOME_RANK,
  type Finding,
  type ObservedState,
  type Outcome,
  type RequirementResult,
  type RuleRef,
  type Severity,
  type Vantage,
} from '../model.js';
import { authState, evidenceHolds, productMatches, productRecord, proofsFor } from './evidence.js';
import { serviceNames, type ServiceNames } from './identity.js';
import { inVantage, portInRanges } from './match.js';
import type { Policy, VpnGateway } from './policy.js';
import {
  failing,
  joinFixes,
  judgeRemoteAccess,
  judgeRequirementRules,
  judgeRequirements,
  mergeRequirements,
  NO_REQUIREMENTS,
  outcomeOf,
  plain,
  plainOf,
  requirementWords,
  type Judgement,
  type RuleJudgement,
} from './requirements.js';
import { portKey, type FindingContext } from './rule-index.js';
import type { RemoteAccessPolicy, Rule } from './types.js';
import { gatewayMatches } from './vpn-gateways.js';
import { endpoint, label, ruleName } from './words.js';
import { isEmptyObject } from '../objects.js';

/**
 * What the rules make of one finding, before exceptions: steps 1 to 6 of the
 * order of precedence in evaluate.ts (deny, declared gateway, allow, default,
 * remote access, requirement rules).
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

export { canonicalService } from './identity.js';

/** Does one of the rule's services name the finding, as identity.ts lets a rule of its kind? */
function servicesMatch(services: readonly string[], kind: Rule['kind'], names: ServiceNames): boolean {
  if (kind === 'allow') return names.positive !== undefined && services.includes(names.positive);
  for (const n of names.denial) if (services.includes(n)) return true;
  return false;
}

function ruleMatches(rule: Rule, f: Finding, names: ServiceNames, vantage: Vantage): boolean {
  if (rule.protocol !== 'any' && rule.protocol !== f.protocol) return false;
  if (rule.ports && !portInRanges(f.port, rule.ports)) return false;
  if (rule.services && !servicesMatch(rule.services, rule.kind, names)) return false;
  if (!inVantage(rule.vantages, vantage)) return false;
  if (rule.whenNoAuth && authState(f).state !== 'none') return false;
  if (rule.products && !productMatches(rule.products, f)) return false;
  if (rule.whenEvidence && !evidenceHolds(rule.whenEvidence, f)) return false;
  return true;
}

/** What proved the facts a conditional deny rests on: " (shown by GET /version → 200 …)". */
function shownBy(deny: Rule, f: Finding): string {
  if (!deny.whenEvidence && !deny.whenNoAuth) return '';
  const keys = Object.keys(deny.whenEvidence ?? {});
  const product = productRecord(f);
  if (deny.whenNoAuth && product) keys.push(`${product.ns}.unauthenticated`);
  const proofs = proofsFor(keys, f);
  return proofs.length ? ` (shown by ${proofs.join('; ')})` : '';
}

/**
 * `outside`: in a report merged from several vantages, how this port looked from the untrusted
 * vantage (what verifies or violates `vpn` for a port seen open from `vpn` or `internal`).
 */
export function decide(
  f: Finding,
  policy: Policy,
  fc: FindingContext,
  vantage: Vantage,
  outside?: ObservedState,
): Decision {
  const names = serviceNames(f);
  const service = names.positive ?? names.denial[0];
  const where = endpoint(f);
  const what = label(f);
  const { deny, allows, requirements } = matchingRules(f, fc, names, vantage);

  // Remote access requirements apply whatever rule allows the port.
  const ra = policy.remoteAccess;
  const remote = judgeRemoteAccess(ra, f, vantage, outside);
  // Requirement rules, too: they add to any verdict and never allow a port.
  const required = judgeRequirementRules(requirements, f, vantage, outside);

  if (deny) {
    // The denial decides; what the requirements proved stays on the verdict, so an exception
    // that waives the denial cannot silently waive a proven violation with it.
    let results = remote ? plainOf(remote) : NO_REQUIREMENTS;
    if (required) results = mergeRequirements(results, plain(required.all.results));
    return {
      outcome: 'fail',
      severity: deny.severity,
      message: `${what} on ${where} is denied by ${ruleName(deny.ref)}: ${deny.reason ?? 'no reason given'}${shownBy(deny, f)}`,
      fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host} or stop the service; if it must stay open, add an exception with a reason, an approver and an expiry date.`,
      rule: deny.ref,
      requirements: results,
      ruleIds: required ? [deny.id, ...required.ruleIds] : [deny.id],
    };
  }

  let gateway: VpnGateway | undefined;
  for (let i = 0; i < policy.vpnGateways.length && !gateway; i++)
    if (gatewayMatches(policy.vpnGateways[i], f)) gateway = policy.vpnGateways[i];
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
  // When remote access fails the port, its words replace the base's: those are not written.
  const words = !(remote && ra && outcomeOf(remote, ra.unverified) === 'fail');
  const base =
    allowedBy(allows, f, policy, vantage, what, where, words, outside) ??
    byDefault(f, policy, fc, what, where, service, words);
  const guarded = remote && ra ? withRemoteAccess(base, remote, ra, what, where) : base;
  return required ? withRequirementRules(guarded, required, policy, what, where) : guarded;
}

const NO_RULES: Rule[] = [];

/** The most specific deny that matches, the allows that match, most specific first, and the requirement rules that match. */
function matchingRules(
  f: Finding,
  fc: FindingContext,
  names: ServiceNames,
  vantage: Vantage,
): { deny: Rule | undefined; allows: Rule[]; requirements: Rule[] } {
  let deny: Rule | undefined;
  // Most findings match no allow or requirement rule: the shared empty list until one does.
  let allows: Rule[] = NO_RULES;
  let requirements: Rule[] = NO_RULES;
  const key = portKey(f.port, f.protocol);
  for (const si of fc.scopes) {
    const candidates = si.byPort.get(key);
    for (let pass = candidates ? 0 : 1; pass < 2; pass++) {
      const list = pass === 0 ? (candidates as Rule[]) : si.wide;
      for (let i = 0; i < list.length; i++) {
        const rule = list[i];
        if (!ruleMatches(rule, f, names, vantage)) continue;
        if (rule.kind === 'deny') {
          if (!deny || rule.rank < deny.rank) deny = rule;
        } else if (rule.kind === 'allow') {
          if (allows === NO_RULES) allows = [];
          allows.push(rule);
        } else {
          if (requirements === NO_RULES) requirements = [];
          requirements.push(rule);
        }
      }
    }
  }
  if (allows.length > 1) allows.sort((a, b) => a.rank - b.rank);
  if (requirements.length > 1) requirements.sort((a, b) => a.rank - b.rank);
  return { deny, allows, requirements };
}

/** The first allow whose requirements hold passes; else the one that fails least, the most specific on a tie. */
function allowedBy(
  allows: Rule[],
  f: Finding,
  policy: Policy,
  vantage: Vantage,
  what: string,
  where: string,
  /** False: the caller replaces the message and fix (remote access failed the port). */
  words: boolean,
  outside?: ObservedState,
): Decision | undefined {
  let best: Decision | undefined;
  for (const rule of allows) {
    const judged = judgeRequirements(rule, f, vantage, outside);
    const outcome = outcomeOf(judged, policy.unverified);
    const d: Decision = {
      outcome,
      severity: outcome === 'pass' ? undefined : rule.severity,
      message: words ? allowMessage(rule, judged, what, where) : '',
      fix: outcome === 'pass' || !words ? undefined : joinFixes(judged.results, failing(judged)),
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
  const own = plainOf(remote);
  const requirements = isEmptyObject(base.requirements) ? own : { ...base.requirements, ...own };
  if (raOutcome === 'pass' || OUTCOME_RANK[raOutcome] < OUTCOME_RANK[base.outcome])
    return { ...base, requirements };
  const bad = failing(remote);
  let parts = '';
  for (let i = 0; i < bad.length; i++) parts += (i ? '; ' : '') + remote.results[bad[i]].detail;
  const needs =
    ra.vpn && ra.mfa
      ? 'through a VPN and with a second factor'
      : ra.vpn
        ? 'through a VPN'
        : ra.mfa
          ? 'with a second factor'
          : '';
  return {
    outcome: raOutcome,
    severity: ra.severity,
    message:
      raOutcome === 'fail'
        ? `${what} on ${where} is remote access, which ${ruleName(ra.ref)} allows only ${needs}, but ${parts}`
        : `${what} on ${where} is remote access, which ${ruleName(ra.ref)} allows only ${needs}; unverified: ${parts}`,
    fix: joinFixes(remote.results, bad),
    rule: ra.ref,
    requirements,
    ruleIds: ['remote_access', ...base.ruleIds],
  };
}
/**
 * Requirement rules add their results to the verdict, and decide it when they
 * are worse than what the rules and the default said. They never make it
 * better: a port that no rule allows fails whatever its requirements show.
 */
function withRequirementRules(
  base: Decision,
  required: RuleJudgement,
  policy: Policy,
  what: string,
  where: string,
): Decision {
  const requirements = mergeRequirements(base.requirements, plain(required.all.results));
  const ruleIds = [...base.ruleIds, ...required.ruleIds];
  const worst = required.worst;
  const outcome = outcomeOf(worst.judged, policy.unverified);
  if (OUTCOME_RANK[outcome] <= OUTCOME_RANK[base.outcome]) return { ...base, requirements, ruleIds };
  const { judged, rule } = worst;
  const details = (keys: string[]) => keys.map((k) => judged.results[k].detail).join('; ');
  const needs = (keys: string[]) => keys.map((k) => requirementWords(rule, k)).join(' and ');
  const bad = judged.violated.length > 0 ? judged.violated : judged.unverified;
  return {
    outcome,
    severity: rule.severity,
    message:
      judged.violated.length > 0
        ? `${what} on ${where} must meet ${ruleName(rule.ref)}: ${needs(bad)}, but ${details(bad)}`
        : `${what} on ${where} must meet ${ruleName(rule.ref)}: ${needs(bad)}, which is unverified: ${details(bad)}`,
    fix: joinFixes(judged.results, bad),
    rule: rule.ref,
    requirements,
    ruleIds: [rule.id, ...ruleIds.filter((id) => id !== rule.id)],
  };
}

function byDefault(
  f: Finding,
  policy: Policy,
  fc: FindingContext,
  what: string,
  where: string,
  service: string | undefined,
  /** False: the caller replaces the message and fix (remote access failed the port). */
  words: boolean,
): Decision {
  let def = policy.default;
  for (const si of fc.scopes) {
    if (si.scope.default) {
      def = si.scope.default;
      break;
    }
  }
  if (!words) {
    const outcome = def.action === 'allow' ? 'pass' : def.action === 'deny' ? 'fail' : 'warn';
    const severity = outcome === 'pass' ? undefined : def.severity;
    return {
      outcome,
      severity,
      message: '',
      rule: def.ref,
      requirements: NO_REQUIREMENTS,
      ruleIds: [def.ref.id],
    };
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
