import { formatPath, type PathSegment } from './source.js';

/**
 * The parts of a file the schema accepted: a copy of its data without what the schema
 * rejected, so that the semantic checks (service names, addresses, ports, contradictions,
 * exceptions that match nothing or everything) run on everything else and one run reports
 * every error of every file. A schema error in one rule must not hide a typo in another.
 *
 * What is left out is a whole unit when the error lies inside one (a rule, an exception, a
 * gateway, a host entry, an extends entry, a `default`), since checking half a rule would
 * only add noise about the half that is missing; otherwise just the value or key at fault
 * (a target missing `hosts` still has its rules checked). List elements become holes, so
 * that indices, rule ids such as `targets[0].allow[2]`, and positions stay as written.
 */

export interface Accepted {
  /** The data without the rejected parts; the compiler skips holes (undefined) in lists. */
  data: Record<string, unknown>;
  /** The formatted paths left out: diagnostics inside them are the schema's to give. */
  removed: string[];
  /** Ids written on rules left out, which exceptions may still name. */
  ruleIds: string[];
}

const N = -1; // any index
const UNITS: PathSegment[][] = [
  ['allow', N],
  ['deny', N],
  ['requirements', N],
  ['targets', N, 'allow', N],
  ['targets', N, 'deny', N],
  ['targets', N, 'requirements', N],
  ['targets', N, 'hosts', N],
  ['targets', N, 'default'],
  ['exceptions', N],
  ['remote_access', 'vpn_gateways', N],
  ['extends', N],
  ['default'],
];

function startsWithShape(path: PathSegment[], shape: PathSegment[]): boolean {
  if (path.length < shape.length) return false;
  return shape.every((s, i) => (s === N ? typeof path[i] === 'number' : s === path[i]));
}

/** What to leave out for a schema error at `path`. */
function unitOf(path: PathSegment[]): PathSegment[] {
  for (const shape of UNITS) if (startsWithShape(path, shape)) return path.slice(0, shape.length);
  // A wrong element of a list of words (vantages) spoils the list; a wrong target is left out whole.
  if (path.length > 2 && typeof path[path.length - 1] === 'number') return path.slice(0, -1);
  return path;
}

function within(path: string, outer: string): boolean {
  return path === outer || path.startsWith(outer + '.') || path.startsWith(outer + '[');
}

/** Whether a diagnostic at `path` lies in a part that was left out. */
export function inRemoved(path: string | undefined, removed: readonly string[]): boolean {
  return removed.some((r) => within(path ?? '', r));
}

/**
 * A mapping or list as YAML gives them; tags such as !!binary or !!set give other objects.
 * Told apart without comparing prototypes, which differ between realms (a test's vm context).
 */
function isPlain(v: unknown): v is Record<PathSegment, unknown> {
  if (Array.isArray(v)) return true;
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return (
    proto === null ||
    (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]')
  );
}

/** A copy of the mappings and lists (shared ones stay shared, as YAML aliases made them); other values as they are. */
function copyPlain(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (!isPlain(v)) return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  const out = (Array.isArray(v) ? [] : {}) as Record<PathSegment, unknown>;
  seen.set(v, out);
  // Defined, not assigned: a key named __proto__ stays a key.
  for (const key of Object.keys(v))
    Object.defineProperty(out, key, {
      value: copyPlain(v[key], seen),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** The accepted parts of `data`, or undefined when nothing is (the document itself is rejected). */
export function acceptedParts(data: unknown, rejected: PathSegment[][]): Accepted | undefined {
  if (!isPlain(data) || Array.isArray(data)) return undefined;
  const copy = copyPlain(data) as Record<string, unknown>;
  const removed: string[] = [];
  const ruleIds: string[] = [];
  for (const path of rejected) {
    let unit = unitOf(path);
    if (unit.length === 0) return undefined;
    // Walk down to the unit's parent; a value that is no mapping or list on the way is left out whole.
    let parent: Record<PathSegment, unknown> = copy;
    for (let i = 0; i < unit.length - 1; i++) {
      const next = parent[unit[i]];
      if (!isPlain(next)) {
        unit = unit.slice(0, i + 1);
        break;
      }
      parent = next;
    }
    const last = unit[unit.length - 1];
    removed.push(formatPath(unit));
    const value = parent[last];
    const id = isPlain(value) ? value.id : undefined;
    if (typeof id === 'string') ruleIds.push(id);
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
    else delete parent[last];
  }
  return { data: copy, removed, ruleIds };
}
