import {
  SEVERITY_RANK,
  type EvaluationContext,
  type Finding,
  type GatewayCheck,
  type Outcome,
  type Protocol,
  type RequirementResult,
  type RuleRef,
  type Severity,
  type Vantage,
  type Verdict,
} from '../model.js';
import { lookupService } from '../services.js';
import { endpointKey, type Baseline } from './baseline.js';
import {
  authState,
  isRemoteAccessFinding,
  judgeAuth,
  judgeMfa,
  judgeRedirect,
  judgeTls,
  judgeVpn,
  type Judged,
} from './evidence.js';
import { hostRef, parseV4, portInRanges } from './match.js';
import type { Policy, VpnGateway } from './policy.js';
import type { PolicyException, Rule, Scope, UnverifiedAction } from './types.js';
import type { HostRef } from './types.js';

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

const OUTCOME_RANK: Record<Outcome, number> = { pass: 0, warn: 1, fail: 2 };
/** Ranges wider than this go to the per-scope "wide" list instead of the per-port index. */
const INDEX_SPAN = 1024;
const PROBED_GATEWAY_KINDS = new Set(['openvpn', 'ike']);
const NO_EXCEPTIONS: readonly PolicyException[] = Object.freeze([]);
/** Shared by every verdict without requirements (read-only: a verdict's requirements are replaced, never edited). */
const NO_REQUIREMENTS: Record<string, RequirementResult> = Object.freeze({});

interface ScopeIndex {
  scope: Scope;
  /** port (tcp) or 65536 + port (udp) → rules (deny and allow), in preference order. */
  byPort: Map<number, Rule[]>;
  /** Rules without ports or with wide ranges. */
  wide: Rule[];
}

interface PolicyIndex {
  scopes: ScopeIndex[];
}

const indexCache = new WeakMap<Policy, PolicyIndex>();

/** Most specific first: targets before top-level rules, the policy file before its bases, then as written. */
function scopeOrder(a: Scope, b: Scope): number {
  if (a.kind !== b.kind) return a.kind === 'target' ? -1 : 1;
  return a.layer - b.layer;
}

function buildIndex(policy: Policy): PolicyIndex {
  const cached = indexCache.get(policy);
  if (cached) return cached;
  const scopes = policy.scopes
    .map((s, i) => ({ s, i }))
    .sort((a, b) => scopeOrder(a.s, b.s) || a.i - b.i)
    .map(({ s }) => s);
  let r = 0;
  const out: ScopeIndex[] = [];
  for (const scope of scopes) {
    const idx: ScopeIndex = { scope, byPort: new Map(), wide: [] };
    for (const rule of [...scope.deny, ...scope.allow]) {
      rule.rank = r++;
      const span = rule.ports ? rule.ports.reduce((n, [a, b]) => n + b - a + 1, 0) : Infinity;
      if (span > INDEX_SPAN || !rule.ports) {
        idx.wide.push(rule);
        continue;
      }
      const protocols: Protocol[] = rule.protocol === 'any' ? ['tcp', 'udp'] : [rule.protocol];
      for (const [a, b] of rule.ports) {
        for (let p = a; p <= b; p++) {
          for (const proto of protocols) {
            const key = proto === 'tcp' ? p : 65536 + p;
            const list = idx.byPort.get(key);
            if (list) list.push(rule);
            else idx.byPort.set(key, [rule]);
          }
        }
      }
    }
    out.push(idx);
  }
  const index = { scopes: out };
  indexCache.set(policy, index);
  return index;
}

function inVantage(vantages: Vantage[] | null, vantage: Vantage): boolean {
  return vantages === null || vantages.includes(vantage);
}

function canonicalService(f: Finding): string | undefined {
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

function endpoint(f: { host: string; hostname?: string; port: number; protocol: Protocol }): string {
  const h = f.hostname ?? f.host;
  return `${h.includes(':') ? `[${h}]` : h}:${f.port}/${f.protocol}`;
}

function label(f: Finding): string {
  const name = f.service?.name;
  if (!name) return 'an unidentified service';
  return f.service?.confidence === 'low' ? `${name} (guessed from the port number)` : name;
}

function ruleName(ref: RuleRef): string {
  return `rule "${ref.id}" (${ref.file}:${ref.line})`;
}

/**
 * Template literals build ropes (V8 cons strings: one heap object per piece).
 * Kept in 100,000 verdicts, the ropes are what garbage collection copies;
 * reading a character makes V8 flatten the string into one object.
 */
function flat(s: string): string {
  void s.charCodeAt(0);
  return s;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Decision {
  outcome: Outcome;
  severity?: Severity;
  message: string;
  fix?: string;
  rule: RuleRef;
  requirements: Record<string, RequirementResult>;
  /** Ids of the rules involved (for exceptions' match.rule). */
  ruleIds: string[];
}

function unverifiedOutcome(action: UnverifiedAction): Outcome {
  return action === 'fail' ? 'fail' : action === 'warn' ? 'warn' : 'pass';
}

/** Judge one rule's requirements against a finding. */
function judgeRequirements(
  rule: Rule,
  f: Finding,
  vantage: Vantage,
): { results: Record<string, Judged>; violated: string[]; unverified: string[] } {
  const results: Record<string, Judged> = {};
  const req = rule.require;
  if (req.tls) results.tls = judgeTls(f, req.tls.min, req.tls.text);
  if (req.redirect) results.redirect = judgeRedirect(f);
  if (req.auth) results.auth = judgeAuth(f);
  if (req.vpn) results.vpn = judgeVpn(f, vantage);
  if (req.mfa) results.mfa = judgeMfa(f);
  const violated = Object.keys(results).filter((k) => results[k].state === 'violated');
  const unverified = Object.keys(results).filter((k) => results[k].state === 'unverified');
  return { results, violated, unverified };
}

function plain(results: Record<string, Judged>): Record<string, RequirementResult> {
  const out: Record<string, RequirementResult> = {};
  for (const [k, v] of Object.entries(results)) out[k] = { state: v.state, detail: v.detail };
  return out;
}

function joinFixes(results: Record<string, Judged>, keys: string[]): string | undefined {
  const fixes = [...new Set(keys.map((k) => results[k].fix).filter((x): x is string => !!x))];
  return fixes.length ? fixes.join(' ') : undefined;
}

function gatewayMatches(g: VpnGateway, f: Finding): boolean {
  if (g.port !== f.port || g.protocol !== f.protocol) return false;
  const h = g.host.toLowerCase();
  return (
    h === f.host.toLowerCase() ||
    (f.hostname !== undefined && h === f.hostname.toLowerCase().replace(/\.$/, ''))
  );
}

/** What depends only on the host: computed once per distinct (address, hostname). */
interface FindingContext {
  scopes: ScopeIndex[];
  targetNames: string[];
  /** Exceptions whose host and target parts match this host. */
  exceptions: PolicyException[];
}

function decide(
  f: Finding,
  policy: Policy,
  index: PolicyIndex,
  fc: FindingContext,
  vantage: Vantage,
): Decision {
  const service = canonicalService(f);
  const where = endpoint(f);
  const what = label(f);
  let bestDeny: Rule | undefined;
  const allows: Rule[] = [];
  const portKey = f.protocol === 'tcp' ? f.port : 65536 + f.port;
  for (const si of fc.scopes) {
    const candidates = si.byPort.get(portKey);
    for (let pass = candidates ? 0 : 1; pass < 2; pass++) {
      const list = pass === 0 ? (candidates as Rule[]) : si.wide;
      for (let i = 0; i < list.length; i++) {
        const rule = list[i];
        if (!ruleMatches(rule, f, service, vantage)) continue;
        if (rule.kind === 'deny') {
          if (!bestDeny || rule.rank < bestDeny.rank) bestDeny = rule;
        } else allows.push(rule);
      }
    }
  }
  if (allows.length > 1) allows.sort((a, b) => a.rank - b.rank);

  // Remote access requirements apply whatever rule allows the port.
  const ra = policy.remoteAccess;
  let remote: { results: Record<string, Judged>; violated: string[]; unverified: string[] } | undefined;
  if (ra && (ra.vpn || ra.mfa) && inVantage(ra.vantages, vantage) && isRemoteAccessFinding(f)) {
    const results: Record<string, Judged> = {};
    if (ra.vpn) results.vpn = judgeVpn(f, vantage);
    if (ra.mfa) results.mfa = judgeMfa(f);
    remote = {
      results,
      violated: Object.keys(results).filter((k) => results[k].state === 'violated'),
      unverified: Object.keys(results).filter((k) => results[k].state === 'unverified'),
    };
  }

  if (bestDeny) {
    return {
      outcome: 'fail',
      severity: bestDeny.severity,
      message: `${what} on ${where} is denied by ${ruleName(bestDeny.ref)}: ${bestDeny.reason ?? 'no reason given'}`,
      fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host} or stop the service; if it must stay open, add an exception with a reason, an approver and an expiry date.`,
      rule: bestDeny.ref,
      requirements: remote ? plain(remote.results) : NO_REQUIREMENTS,
      ruleIds: [bestDeny.id],
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

  let allowDecision: Decision | undefined;
  for (const rule of allows) {
    const judged = judgeRequirements(rule, f, vantage);
    const outcome: Outcome =
      judged.violated.length > 0
        ? 'fail'
        : judged.unverified.length > 0
          ? unverifiedOutcome(policy.unverified)
          : 'pass';
    let message: string;
    if (judged.violated.length > 0) {
      message = `${what} on ${where} is allowed by ${ruleName(rule.ref)} only if ${judged.violated.map((k) => requirementWords(rule, k)).join(' and ')}, but ${judged.violated.map((k) => judged.results[k].detail).join('; ')}`;
    } else if (judged.unverified.length > 0) {
      message = `${what} on ${where} is allowed by ${ruleName(rule.ref)} if ${judged.unverified.map((k) => requirementWords(rule, k)).join(' and ')}, which is unverified: ${judged.unverified.map((k) => judged.results[k].detail).join('; ')}`;
    } else {
      const held = Object.keys(judged.results);
      message = `${what} on ${where} is allowed by ${ruleName(rule.ref)}${held.length ? ` (${held.map((k) => judged.results[k].detail).join('; ')})` : ''}`;
    }
    const d: Decision = {
      outcome,
      severity: outcome === 'pass' ? undefined : rule.severity,
      message,
      fix:
        outcome === 'pass'
          ? undefined
          : joinFixes(judged.results, [...judged.violated, ...judged.unverified]),
      rule: rule.ref,
      requirements: plain(judged.results),
      ruleIds: [rule.id],
    };
    if (!allowDecision || OUTCOME_RANK[d.outcome] < OUTCOME_RANK[allowDecision.outcome]) allowDecision = d;
    if (d.outcome === 'pass') break;
  }

  // No rule matched: the most specific default decides (remote access may still be worse).
  const base = allowDecision ?? byDefault(f, policy, fc, what, where, service);
  if (!remote || !ra) return base;
  const raOutcome: Outcome =
    remote.violated.length > 0
      ? 'fail'
      : remote.unverified.length > 0
        ? unverifiedOutcome(ra.unverified)
        : 'pass';
  const requirements = { ...base.requirements, ...plain(remote.results) };
  // Remote access decides when it is at least as bad as what the rules (or the default) said.
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

function requirementWords(rule: Rule, key: string): string {
  switch (key) {
    case 'tls':
      return `it negotiates TLS ${rule.require.tls?.text ?? ''}`.trim();
    case 'redirect':
      return 'it only redirects to HTTPS';
    case 'auth':
      return 'it demands authentication';
    case 'vpn':
      return 'it is reachable only through a VPN';
    case 'mfa':
      return 'login needs a second factor';
    default:
      return key;
  }
}

function exceptionMatches(e: PolicyException, f: Finding, decision: Decision): boolean {
  const m = e.match;
  if (m.ports && !portInRanges(f.port, m.ports)) return false;
  if (m.protocol && m.protocol !== 'any' && m.protocol !== f.protocol) return false;
  if (m.services) {
    const s = canonicalService(f);
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

/**
 * The scopes and exceptions that apply to one host. Hosts that share the same
 * set share one context object, so a /16 sweep costs one small entry per host.
 */
function hostContext(
  ref: HostRef,
  index: PolicyIndex,
  policy: Policy,
  vantage: Vantage,
  interned: Map<string, FindingContext>,
): FindingContext {
  let signature = '';
  const scopes: ScopeIndex[] = [];
  for (let i = 0; i < index.scopes.length; i++) {
    const si = index.scopes[i];
    if (!inVantage(si.scope.vantages, vantage)) continue;
    const hosts = si.scope.hosts;
    let hit = hosts === null;
    if (!hit && hosts) {
      for (let j = 0; j < hosts.length && !hit; j++) hit = hosts[j].test(ref);
    }
    if (hit) {
      scopes.push(si);
      signature += `${i},`;
    }
  }
  const targetNames = scopes.filter((s) => s.scope.kind === 'target').map((s) => s.scope.name);
  const exceptions: PolicyException[] = [];
  signature += '|';
  for (let i = 0; i < policy.exceptions.length; i++) {
    const e = policy.exceptions[i];
    if (
      (!e.match.host || e.match.host.test(ref)) &&
      (e.match.target === undefined || targetNames.includes(e.match.target))
    ) {
      exceptions.push(e);
      signature += `${i},`;
    }
  }
  let fc = interned.get(signature);
  if (!fc) {
    fc = { scopes, targetNames, exceptions };
    interned.set(signature, fc);
  }
  return fc;
}

/** Evaluate findings against a policy. Pure: same inputs, same verdicts, in a stable order. */
export function evaluate(
  findings: Finding[],
  policy: Policy,
  context: EvaluationInput['context'],
): Evaluation {
  const index = buildIndex(policy);
  const vantage = context.vantage ?? 'untrusted';
  const now = context.now;
  const notices: string[] = [];
  const verdicts: Verdict[] = [];
  const used = new Set<PolicyException>();
  const scopeCache = new Map<string, FindingContext>();
  const interned = new Map<string, FindingContext>();

  for (const f of findings) {
    const hostKey = f.hostname === undefined ? f.host : `${f.host}\u0000${f.hostname}`;
    let fc = scopeCache.get(hostKey);
    if (!fc) {
      fc = hostContext(hostRef(f.host, f.hostname), index, policy, vantage, interned);
      scopeCache.set(hostKey, fc);
    }
    const d = decide(f, policy, index, fc, vantage);
    const matching = fc.exceptions.length
      ? fc.exceptions.filter((e) => exceptionMatches(e, f, d))
      : NO_EXCEPTIONS;
    for (const e of matching) used.add(e);
    let outcome = d.outcome;
    let severity = d.severity;
    let message = d.message;
    let fix = d.fix;
    let rule = d.rule;
    let requirements = d.requirements;
    let exception: Verdict['exception'];
    if (d.outcome !== 'pass' && matching.length > 0) {
      const valid = matching.find((e) => !isExpired(e, now));
      if (valid) {
        outcome = 'pass';
        severity = undefined;
        fix = undefined;
        exception = {
          reason: valid.reason,
          approvedBy: valid.approvedBy,
          expires: valid.expiresText,
          rule: valid.ref,
        };
        if (valid.ticket !== undefined) exception.ticket = valid.ticket;
        message = `${label(f)} on ${endpoint(f)} would break ${ruleName(d.rule)}, but ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, allows it: ${valid.reason}`;
        rule = valid.ref;
        const attested: Record<string, RequirementResult> = {};
        for (const [k, r] of Object.entries(requirements)) {
          attested[k] =
            r.state === 'unverified'
              ? {
                  state: 'attested',
                  detail: `${exceptionName(valid)} attests it, approved by ${valid.approvedBy}: ${valid.reason}`,
                }
              : r.state === 'violated'
                ? { state: 'violated', detail: `${r.detail} (waived by ${exceptionName(valid)})` }
                : r;
        }
        requirements = attested;
      } else {
        const e = matching[0];
        outcome = 'fail';
        severity = d.severity ?? 'high';
        message = `${capitalize(exceptionName(e))} for ${label(f)} on ${endpoint(f)} ${expiredWords(e)}, so ${ruleName(d.rule)} applies again: ${d.message}`;
        fix = `Close the port, or renew the exception with a new expiry date and a fresh approval from ${e.approvedBy}.`;
        rule = e.ref;
      }
    }
    const verdict: Verdict = {
      host: f.host,
      port: f.port,
      protocol: f.protocol,
      outcome,
      message: flat(message),
      rule,
      requirements,
    };
    if (f.hostname !== undefined) verdict.hostname = f.hostname;
    if (severity !== undefined) verdict.severity = severity;
    if (fix !== undefined) verdict.fix = flat(fix);
    if (exception) verdict.exception = exception;
    verdicts.push(verdict);
  }

  // Declared VPN gateways: proven by probe where the protocol allows.
  const ra = policy.remoteAccess;
  if (policy.vpnGateways.length > 0) {
    if (!context.gateways) {
      notices.push(
        `The ${policy.vpnGateways.length} declared VPN gateway${policy.vpnGateways.length === 1 ? ' was' : 's were'} not probed in this run, so the VPN requirement stays unverified.`,
      );
    } else {
      const remoteOpen = findings.some((f) => isRemoteAccessFinding(f));
      for (const g of policy.vpnGateways) {
        const check = context.gateways.find(
          (c) =>
            c.host.toLowerCase() === g.host.toLowerCase() && c.port === g.port && c.protocol === g.protocol,
        );
        const where = endpoint({ host: g.host, port: g.port, protocol: g.protocol });
        if (!PROBED_GATEWAY_KINDS.has(g.kind)) {
          notices.push(
            `The ${g.kind} gateway ${where} cannot be proven by a probe; its VPN requirement stays unverified.`,
          );
          continue;
        }
        if (!check) {
          notices.push(
            `The ${g.kind} gateway ${where} was not probed, so the VPN requirement stays unverified.`,
          );
          continue;
        }
        const vpnState: RequirementResult = check.answered
          ? remoteOpen && vantage === 'untrusted'
            ? {
                state: 'violated',
                detail: `the gateway answers as ${g.kind}, but remote access is also open without it`,
              }
            : vantage === 'untrusted'
              ? {
                  state: 'verified',
                  detail: `the gateway answers as ${g.kind} and no remote-access port is open from the untrusted vantage`,
                }
              : {
                  state: 'unverified',
                  detail: `the gateway answers as ${g.kind}; only a scan from the untrusted vantage shows remote access is closed without it`,
                }
          : { state: 'unverified', detail: `the gateway did not answer as ${g.kind}: ${check.detail}` };
        const outcome: Outcome = check.answered
          ? 'pass'
          : unverifiedOutcome(ra?.unverified ?? policy.unverified);
        const v: Verdict = {
          host: g.host,
          port: g.port,
          protocol: g.protocol,
          outcome,
          message: check.answered
            ? `The declared ${g.kind} VPN gateway ${where} answers as ${g.kind}`
            : `The declared ${g.kind} VPN gateway ${where} did not answer as ${g.kind} (${check.detail}), so remote access through it is unverified`,
          rule: g.rule,
          requirements: { vpn: vpnState },
        };
        if (outcome !== 'pass') {
          v.severity = ra?.severity ?? 'high';
          v.fix = `Check that the gateway runs and listens on ${g.port}/${g.protocol}, or correct its entry in ${g.rule.file}.`;
        }
        const findingVerdict = verdicts.find(
          (x) =>
            x.port === g.port && x.protocol === g.protocol && (x.host === g.host || x.hostname === g.host),
        );
        if (findingVerdict) findingVerdict.requirements = { ...findingVerdict.requirements, vpn: vpnState };
        else verdicts.push(v);
      }
    }
  }

  for (const e of policy.exceptions) {
    if (used.has(e)) continue;
    notices.push(
      isExpired(e, now)
        ? `${capitalize(exceptionName(e))} ${expiredWords(e)} and matches no open port in this scan; remove it.`
        : `${capitalize(exceptionName(e))} matches no open port in this scan; remove it if it is stale.`,
    );
  }

  // Baseline: new, unchanged, gone.
  const baseline = context.baseline;
  if (baseline) {
    const before = new Map(baseline.entries.map((e) => [e.key, e]));
    const now = new Set<string>();
    for (const v of verdicts) {
      const key = endpointKey(v);
      now.add(key);
      const prev = before.get(key);
      v.baseline = prev && OUTCOME_RANK[v.outcome] <= OUTCOME_RANK[prev.outcome] ? 'unchanged' : 'new';
      v.new = v.baseline === 'new' && v.outcome !== 'pass';
    }
    if (context.partial)
      notices.push(
        'The scan was interrupted, so ports of the baseline that it did not see are not reported as gone.',
      );
    for (const e of context.partial ? [] : baseline.entries) {
      if (now.has(e.key)) continue;
      verdicts.push({
        host: e.host,
        ...(e.hostname ? { hostname: e.hostname } : {}),
        port: e.port,
        protocol: e.protocol,
        outcome: 'pass',
        message: `${endpoint(e)} was open in the baseline (${e.outcome}, ${ruleName(e.rule)}) and is not open now`,
        rule: e.rule,
        requirements: {},
        baseline: 'gone',
        new: false,
      });
    }
  } else {
    // With nothing to compare with, everything this scan objects to is new (DESIGN.md's JSON `new`).
    for (const v of verdicts) v.new = v.outcome !== 'pass';
    if (policy.failOn === 'new')
      notices.push('fail-on: new was given without a baseline, so every violation counts as new.');
  }

  // fail-on and mode: which failures fail the check.
  for (const v of verdicts) {
    if (v.outcome !== 'fail') continue;
    if (policy.failOn === 'new') {
      if (baseline && v.baseline === 'unchanged') {
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

  sortVerdicts(verdicts);
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
  if (policy.mode === 'warn' && verdicts.some((v) => v.outcome === 'warn'))
    notices.push(
      `${policy.file} is in warn mode: violations are reported as warnings and do not fail the check.`,
    );
  return {
    verdicts,
    notices,
    result: violations > 0 ? 'fail' : 'pass',
    summary: { violations, warnings, passed, newViolations },
    matchedExceptions: policy.exceptions.filter((e) => used.has(e)).map((e) => e.ref),
  };
}

/** A stable order whatever the order of the findings: by host name or address, port, protocol, outcome, message. */
function sortVerdicts(verdicts: Verdict[]): void {
  // Names first (as strings), then IPv4 addresses in numeric order, then the rest. IPv4 rows (the bulk
  // of a large scan) sort as plain numbers in a typed array, which needs no comparator calls.
  const named: Verdict[] = [];
  const other: Verdict[] = [];
  const buckets = new Map<number, Verdict[]>();
  const keys: number[] = [];
  for (const v of verdicts) {
    const v4 = v.hostname === undefined ? parseV4(v.host) : null;
    if (v4 === null) {
      (v.hostname !== undefined ? named : other).push(v);
      continue;
    }
    // 2^32 addresses × 2^19 (port × 8 + protocol + outcome) < 2^53: exact in a double.
    const key = v4 * 524288 + v.port * 8 + (v.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[v.outcome]);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(v);
    else {
      buckets.set(key, [v]);
      keys.push(key);
    }
  }
  const byMessage = (a: Verdict, b: Verdict) => {
    if (a.message !== b.message) return a.message < b.message ? -1 : 1;
    // Same endpoint, same sentence (duplicate findings): any remaining difference still orders them.
    const ja = JSON.stringify(a);
    const jb = JSON.stringify(b);
    return ja < jb ? -1 : ja > jb ? 1 : 0;
  };
  const byText = (a: Verdict, b: Verdict) => {
    const na = a.hostname ?? a.host;
    const nb = b.hostname ?? b.host;
    if (na !== nb) return na < nb ? -1 : 1;
    if (a.host !== b.host) return a.host < b.host ? -1 : 1;
    const ka = a.port * 8 + (a.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[a.outcome]);
    const kb = b.port * 8 + (b.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[b.outcome]);
    return ka !== kb ? ka - kb : byMessage(a, b);
  };
  named.sort(byText);
  other.sort(byText);
  const sortedKeys = Float64Array.from(keys).sort();
  let i = 0;
  for (const v of named) verdicts[i++] = v;
  for (const k of sortedKeys) {
    const bucket = buckets.get(k) as Verdict[];
    if (bucket.length > 1) bucket.sort(byMessage);
    for (const v of bucket) verdicts[i++] = v;
  }
  for (const v of other) verdicts[i++] = v;
}
