import type {
  Finding,
  ObservedState,
  Outcome,
  RequirementResult,
  RequirementState,
  Vantage,
} from '../model.js';
import {
  isRemoteAccessFinding,
  judgeAuth,
  judgeMfa,
  judgeRedirect,
  judgeTls,
  judgeVpn,
  type Judged,
} from './evidence.js';
import { inVantage } from './match.js';
import { flat } from './words.js';
import type { RemoteAccessPolicy, Rule, UnverifiedAction } from './types.js';
import { isEmptyObject } from '../objects.js';

/**
 * A rule's `require` (and `remote_access.require`) judged against one
 * finding, each requirement verified, violated or unverified by the
 * evidence model of evidence.ts, and what that makes of the verdict.
 */

export interface Judgement {
  results: Record<string, Judged>;
  violated: string[];
  unverified: string[];
}

/** Shared by every verdict without requirements (read-only: a verdict's requirements are replaced, never edited). */
export const NO_REQUIREMENTS: Record<string, RequirementResult> = Object.freeze({});

function judgement(results: Record<string, Judged>): Judgement {
  const violated: string[] = [];
  const unverified: string[] = [];
  for (const k in results) {
    const state = results[k].state;
    if (state === 'violated') violated.push(k);
    else if (state === 'unverified') unverified.push(k);
  }
  return { results, violated, unverified };
}

export function unverifiedOutcome(action: UnverifiedAction): Outcome {
  return action === 'fail' ? 'fail' : action === 'warn' ? 'warn' : 'pass';
}

/** A violated requirement fails; an unverified one does what the policy's `unverified` says. */
export function outcomeOf(judged: Judgement, unverified: UnverifiedAction): Outcome {
  if (judged.violated.length > 0) return 'fail';
  return judged.unverified.length > 0 ? unverifiedOutcome(unverified) : 'pass';
}

/** Judge one rule's requirements against a finding. */
export function judgeRequirements(
  rule: Rule,
  f: Finding,
  vantage: Vantage,
  outside?: ObservedState,
): Judgement {
  const results: Record<string, Judged> = {};
  const req = rule.require;
  if (req.tls) results.tls = judgeTls(f, req.tls.min, req.tls.text);
  if (req.redirect) results.redirect = judgeRedirect(f);
  if (req.auth) results.auth = judgeAuth(f);
  if (req.vpn) results.vpn = judgeVpn(f, vantage, outside);
  if (req.mfa) results.mfa = judgeMfa(f);
  return judgement(results);
}

/** Worst last: where two sources judge one requirement, the worse state is the one that counts. */
const STATE_RANK: Readonly<Record<RequirementState, number>> = {
  verified: 0,
  attested: 1,
  unverified: 2,
  violated: 3,
};

/** Requirements of two sources together; on a shared key the worse state wins (the first on a tie). */
export function mergeRequirements<T extends RequirementResult>(
  a: Record<string, T>,
  b: Record<string, T>,
): Record<string, T> {
  const keys = Object.keys(b);
  if (keys.length === 0) return a;
  const out = { ...a };
  for (const k of keys) {
    const prev = out[k];
    if (!prev || STATE_RANK[b[k].state] > STATE_RANK[prev.state]) out[k] = b[k];
  }
  return out;
}

/** The requirement rules (`requirements:`) that match one finding, judged. */
export interface RuleJudgement {
  /** Every matching rule's results together (the worse state where two judge the same requirement). */
  all: Judgement;
  /** The rule that fails worst (the most specific on a tie), with its own results. */
  worst: { rule: Rule; judged: Judgement };
  ruleIds: string[];
}

function badness(j: Judgement): number {
  return j.violated.length > 0 ? 2 : j.unverified.length > 0 ? 1 : 0;
}

/** Judge the requirement rules that match a finding (most specific first); undefined when none does. */
export function judgeRequirementRules(
  rules: Rule[],
  f: Finding,
  vantage: Vantage,
  outside?: ObservedState,
): RuleJudgement | undefined {
  if (rules.length === 0) return undefined;
  let results: Record<string, Judged> = {};
  let worst: RuleJudgement['worst'] | undefined;
  for (const rule of rules) {
    const judged = judgeRequirements(rule, f, vantage, outside);
    results = mergeRequirements(results, judged.results);
    if (!worst || badness(judged) > badness(worst.judged)) worst = { rule, judged };
  }
  return { all: judgement(results), worst: worst as RuleJudgement['worst'], ruleIds: rules.map((r) => r.id) };
}

/** `remote_access.require` against a finding; undefined when it does not apply to it. */
export function judgeRemoteAccess(
  ra: RemoteAccessPolicy | undefined,
  f: Finding,
  vantage: Vantage,
  outside?: ObservedState,
): Judgement | undefined {
  if (!ra || !(ra.vpn || ra.mfa) || !inVantage(ra.vantages, vantage) || !isRemoteAccessFinding(f))
    return undefined;
  // Without facts, the judgement reads only the service's name, the vantage and the view from
  // outside: findings alike in those share one (a sweep of many hosts' SSH ports).
  let key: string | undefined;
  let shared: Map<string, Judgement> | undefined;
  if (isEmptyObject(f.evidence)) {
    key = `${f.service?.name ?? ''}\u0000${vantage}\u0000${outside ?? ''}`;
    shared = sharedRemote.get(ra);
    const hit = shared?.get(key);
    if (hit) return hit;
  }
  const results: Record<string, Judged> = {};
  if (ra.vpn) results.vpn = judgeVpn(f, vantage, outside);
  if (ra.mfa) results.mfa = judgeMfa(f);
  const judged = judgement(results);
  if (key !== undefined) {
    if (!shared) sharedRemote.set(ra, (shared = new Map()));
    // Shared by many verdicts: frozen, as the verdicts' requirements never change in place.
    if (shared.size < 1024) {
      shared.set(key, judged);
      const record = plain(results);
      for (const k in record) Object.freeze(record[k]);
      sharedPlain.set(judged, Object.freeze(record));
    }
  }
  return judged;
}

/** Remote-access judgements shared by findings without facts, per policy (see judgeRemoteAccess). */
const sharedRemote = new WeakMap<RemoteAccessPolicy, Map<string, Judgement>>();
/** The verdict form of each shared judgement's results, made once. */
const sharedPlain = new WeakMap<Judgement, Record<string, RequirementResult>>();

/** plain(judged.results), shared when the judgement is. */
export function plainOf(judged: Judgement): Record<string, RequirementResult> {
  return sharedPlain.get(judged) ?? plain(judged.results);
}

/** The results as a verdict carries them (without the fixes, which go to the verdict's own `fix`). */
export function plain(results: Record<string, Judged>): Record<string, RequirementResult> {
  const out: Record<string, RequirementResult> = {};
  // Verdicts keep the details: flat strings, not ropes (words.ts flat).
  for (const k in results) out[k] = { state: results[k].state, detail: flat(results[k].detail) };
  return out;
}

/** The fixes of these requirements, each once, in order, joined by spaces. */
export function joinFixes(results: Record<string, Judged>, keys: readonly string[]): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < keys.length; i++) {
    const fix = results[keys[i]].fix;
    if (!fix) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = results[keys[j]].fix === fix;
    if (!seen) out = out === undefined ? fix : `${out} ${fix}`;
  }
  return out;
}

/** The violated requirements, then the unverified ones (the ones a verdict's words and fix name). */
export function failing(judged: Judgement): readonly string[] {
  if (judged.unverified.length === 0) return judged.violated;
  return judged.violated.length === 0 ? judged.unverified : judged.violated.concat(judged.unverified);
}

export function requirementWords(rule: Rule, key: string): string {
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
