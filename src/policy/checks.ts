import type { Diagnostic } from '../errors.js';
import { coversEveryHost, rangesOverlap } from './match.js';
import type { Policy } from './policy.js';
import type { Collector, PathSegment } from './source.js';
import type { PolicyException, Rule, Scope } from './types.js';

/**
 * The checks no schema can make because they compare one part of a policy
 * with another: an allow and a deny of the same port in one scope, target
 * names repeated across `extends`, exceptions that name a target or a rule
 * that does not exist.
 */

function overlapping<T>(a: T[] | null, b: T[] | null): boolean {
  return a === null || b === null || a.some((x) => b.includes(x));
}

/** A port both allowed and denied in one scope is a contradiction: the allow could never apply. */
export function checkContradictions(c: Collector, scope: Scope, path: PathSegment[]) {
  for (const a of scope.allow) {
    for (const d of scope.deny) {
      if (d.whenNoAuth || d.whenEvidence) continue; // a conditional deny narrows the allow, it does not contradict it
      if (a.products || d.products) continue; // a product narrows either rule to what answers there
      if (a.protocol !== 'any' && d.protocol !== 'any' && a.protocol !== d.protocol) continue;
      if (!overlapping(a.vantages, d.vantages)) continue;
      const proto = a.protocol === 'any' ? d.protocol : a.protocol;
      const suffix = proto === 'any' ? '' : '/' + proto;
      const where = `denied by ${d.id} (line ${d.ref.line}) in the same scope; remove one of them`;
      const both = a.ports && d.ports ? rangesOverlap(a.ports, d.ports) : null;
      const sharedServices =
        a.services && d.services ? a.services.filter((x) => d.services?.includes(x)) : [];
      if (both && overlapping(a.services, d.services)) {
        const ports = both[0] === both[1] ? `port ${both[0]}` : `ports ${both[0]}-${both[1]}`;
        c.at(rulePath(path, scope, a), `${ports}${suffix} is both allowed here and ${where}`);
      } else if (sharedServices.length > 0 && (!a.ports || !d.ports)) {
        c.at(
          rulePath(path, scope, a),
          `service ${sharedServices.join(', ')}${suffix} is both allowed here and ${where}`,
        );
      }
    }
  }
}

function rulePath(scopePath: PathSegment[], scope: Scope, rule: Rule): PathSegment[] {
  const list = rule.kind === 'allow' ? scope.allow : rule.kind === 'deny' ? scope.deny : scope.requirements;
  return [...scopePath, rule.kind === 'require' ? 'requirements' : rule.kind, list.indexOf(rule)];
}

/**
 * Checks that need the merged policy: `layers` in merge order (bases first),
 * so a repeated target name is reported in the file that repeats it. `knownRuleIds`: ids of
 * rules the schema rejected, which exceptions may still name without being told they match nothing.
 */
export function checkAcrossLayers(
  layers: ReadonlyArray<{ scopes: Scope[] }>,
  policy: Policy,
  knownRuleIds: Iterable<string> = [],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, Scope>();
  for (const s of layers.flatMap((l) => l.scopes)) {
    if (s.kind !== 'target') continue;
    const prev = byName.get(s.name);
    if (prev) {
      diagnostics.push({
        source: s.ref.file,
        line: s.ref.line,
        column: s.ref.column,
        message: `target name ${JSON.stringify(s.name)} is already used in ${prev.ref.file}:${prev.ref.line}; target names must be unique across extends`,
      });
    } else byName.set(s.name, s);
  }
  const scopes = policy.scopes;
  const ruleIds = new Set(scopes.flatMap((s) => [...s.allow, ...s.deny, ...s.requirements].map((r) => r.id)));
  for (const id of knownRuleIds) ruleIds.add(id);
  if (policy.remoteAccess) ruleIds.add('remote_access');
  ruleIds.add('default');
  const defaults = new Map<string, Scope>();
  for (const s of scopes) if (s.default) defaults.set(s.default.ref.id, s);
  for (const id of defaults.keys()) ruleIds.add(id);
  for (const e of policy.exceptions) {
    const every = matchesEveryPort(e, byName, defaults, ruleIds);
    if (every) {
      diagnostics.push({
        source: e.ref.file,
        ...(e.at.match ?? { line: e.ref.line, column: e.ref.column }),
        path: `${e.at.path}.match`,
        message: every,
      });
    }
    if (e.match.target !== undefined && !byName.has(e.match.target)) {
      diagnostics.push({
        source: e.ref.file,
        ...(e.at.target ?? { line: e.ref.line, column: e.ref.column }),
        path: `${e.at.path}.match.target`,
        message: `this exception matches nothing: there is no target named ${JSON.stringify(e.match.target)} (targets: ${[...byName.keys()].join(', ') || 'none'})`,
      });
    }
    if (e.match.rule !== undefined && !ruleIds.has(e.match.rule)) {
      diagnostics.push({
        source: e.ref.file,
        ...(e.at.rule ?? { line: e.ref.line, column: e.ref.column }),
        path: `${e.at.path}.match.rule`,
        message: `this exception matches nothing: there is no rule with id ${JSON.stringify(e.match.rule)}`,
      });
    }
  }
  return diagnostics;
}

/**
 * A target whose hosts leave some host out narrows what an exception scoped to it matches
 * (hosts that are missing or all wrong are reported on their own, and count as narrowing).
 */
function narrowsHosts(scope: Scope | undefined): boolean {
  return scope?.kind === 'target' && !scope.hosts?.some(coversEveryHost);
}

/**
 * Why an exception matches every port, or undefined when something narrows it: a host,
 * ports, services (at compile time), a rule other than a default, or a target (or a
 * target's default) whose hosts leave some host out. A reference to a target or rule that
 * does not exist is reported on its own.
 */
function matchesEveryPort(
  e: PolicyException,
  targets: Map<string, Scope>,
  defaults: Map<string, Scope>,
  ruleIds: Set<string>,
): string | undefined {
  if (e.at.narrowed) return undefined;
  const { target, rule } = e.match;
  if (target !== undefined && (!targets.has(target) || narrowsHosts(targets.get(target)))) return undefined;
  if (rule !== undefined && rule !== 'default') {
    if (!ruleIds.has(rule)) return undefined;
    const scope = defaults.get(rule);
    if (!scope || narrowsHosts(scope)) return undefined;
  }
  const fix = 'name the host, port, service or rule it waives';
  if (rule !== undefined) {
    return `this exception matches every port that no rule allows (rule ${JSON.stringify(rule)} and no host, port or service), so it would waive every unapproved port; ${fix}`;
  }
  if (target !== undefined) {
    const every = targets.get(target)?.hosts?.find(coversEveryHost)?.pattern ?? '*';
    return `this exception matches every port of target ${JSON.stringify(target)}, whose hosts (${JSON.stringify(every)}) leave no host out, so it would waive every failing verdict; ${fix}`;
  }
  return `this exception matches every port (its match names no host, port, service or rule), so it would waive every failing verdict; ${fix}`;
}
