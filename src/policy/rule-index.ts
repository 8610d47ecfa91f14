import type { Protocol, Vantage } from '../model.js';
import { inVantage } from './match.js';
import type { Policy } from './policy.js';
import type { HostMatcher, HostRef, PolicyException, Rule, Scope } from './types.js';

/**
 * The policy arranged for lookup, so that judging a large scan does not
 * test every rule against every finding: rules by port within each scope,
 * and, per host, the scopes and exceptions that can apply to it.
 */

/** Ranges wider than this go to the per-scope "wide" list instead of the per-port index. */
const INDEX_SPAN = 1024;

export interface ScopeIndex {
  scope: Scope;
  /** port (tcp) or 65536 + port (udp) → rules (deny, allow and requirement), in preference order. */
  byPort: Map<number, Rule[]>;
  /** Rules without ports or with wide ranges. */
  wide: Rule[];
}

export interface PolicyIndex {
  scopes: ScopeIndex[];
  /**
   * The IPv4 space cut where any host pattern's answer changes (sorted starts of the pieces;
   * the first is 0): every address of one piece, without a host name, gets the same scopes and
   * exceptions. Null when some pattern must see each address (a glob such as `10.0.*`).
   */
  v4Cuts: Float64Array | null;
}

/** What depends only on the host: computed once per distinct (address, hostname). */
export interface FindingContext {
  scopes: ScopeIndex[];
  targetNames: string[];
  /** Exceptions whose host and target parts match this host. */
  exceptions: PolicyException[];
}

const indexCache = new WeakMap<Policy, PolicyIndex>();

/** The key of a port in ScopeIndex.byPort. */
export function portKey(port: number, protocol: Protocol): number {
  return protocol === 'tcp' ? port : 65536 + port;
}

/** Most specific first: targets before top-level rules, the policy file before its bases, then as written. */
function scopeOrder(a: Scope, b: Scope): number {
  if (a.kind !== b.kind) return a.kind === 'target' ? -1 : 1;
  return a.layer - b.layer;
}

export function buildIndex(policy: Policy): PolicyIndex {
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
    for (const rule of [...scope.deny, ...scope.allow, ...scope.requirements]) {
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
            const key = portKey(p, proto);
            const list = idx.byPort.get(key);
            if (list) list.push(rule);
            else idx.byPort.set(key, [rule]);
          }
        }
      }
    }
    out.push(idx);
  }
  const index = { scopes: out, v4Cuts: v4Cuts(policy) };
  indexCache.set(policy, index);
  return index;
}

/**
 * The same policy without the index: every rule of a scope in its `wide` list and every host
 * tested on its own. For tests, which compare the indexed evaluation with it.
 */
export function naiveIndex(policy: Policy): PolicyIndex {
  const indexed = buildIndex(policy); // numbers the rules (`rank`) in the same order
  return {
    scopes: indexed.scopes.map(({ scope }) => ({
      scope,
      byPort: new Map(),
      wide: [...scope.deny, ...scope.allow, ...scope.requirements],
    })),
    v4Cuts: null,
  };
}

function v4Cuts(policy: Policy): Float64Array | null {
  const matchers: HostMatcher[] = [];
  for (const s of policy.scopes) if (s.hosts) matchers.push(...s.hosts);
  for (const e of policy.exceptions) if (e.match.host) matchers.push(e.match.host);
  const cuts = new Set<number>([0]);
  for (const m of matchers) {
    if (m.v4 === undefined) return null;
    if (typeof m.v4 === 'string') continue;
    cuts.add(m.v4[0]);
    if (m.v4[1] < 0xffffffff) cuts.add(m.v4[1] + 1);
  }
  return Float64Array.from(cuts).sort();
}

/** The piece of the IPv4 space (an index into `cuts`) that holds `v4`. */
export function v4Piece(cuts: Float64Array, v4: number): number {
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cuts[mid] <= v4) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The scopes and exceptions that apply to one host. Hosts that share the same
 * set share one context object, so a /16 sweep costs one small entry per host.
 */
export function hostContext(
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
