import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError, type Diagnostic } from '../errors.js';
import type { Protocol, RuleRef, Severity, Vantage } from '../model.js';
import { lookupService, SERVICES } from '../services.js';
import { compileHostPattern, normalizeRanges, parsePortOrRange, rangesOverlap } from './match.js';
import type { Policy, VpnGateway } from './policy.js';
import { defaultPoliciesDir, schemaDiagnostics } from './schema.js';
import {
  formatPath,
  locate,
  MAX_POLICY_BYTES,
  parseSource,
  type PathSegment,
  type SourceDoc,
} from './source.js';
import { closest } from './suggest.js';
import type {
  DefaultAction,
  DefaultDecision,
  FailOn,
  HostMatcher,
  PolicyException,
  PortRanges,
  RemoteAccessPolicy,
  Requirements,
  Rule,
  Scope,
  UnverifiedAction,
} from './types.js';

/**
 * Loading a policy: read, parse (with positions), validate against
 * policies/schema.json, resolve `extends`, check what the schema cannot
 * (service names, CIDRs, ranges, contradictions), and compile into the form
 * the evaluator reads. Every problem of every file is collected and thrown
 * at once as one ConfigurationError.
 */

export interface LoadOptions {
  /** Read a file (tests and the action inject their own). Default: fs.readFile as UTF-8. */
  readFile?: (path: string) => Promise<string>;
  /** Where schema.json and the built-in policies live. Default: the package's policies/ folder. */
  builtinDir?: string;
}

/** How deep `extends` may chain. */
export const MAX_EXTENDS_DEPTH = 8;
const BUILTIN_PREFIX = 'portcullis:';

// ---- raw shapes, as the schema guarantees them ----
type PortValue = number | string;
interface RawRule {
  id?: string;
  port?: PortValue;
  ports?: PortValue[];
  protocol?: Protocol | 'any';
  service?: string | string[];
  vantages?: Vantage[];
  require?: { tls?: string; redirect?: 'https'; auth?: 'required'; vpn?: boolean; mfa?: boolean };
  severity?: Severity;
  reason?: string;
  when?: { auth?: 'none' };
}
type RawDefault = DefaultAction | { action: DefaultAction; severity?: Severity };
interface RawTarget {
  name: string;
  hosts: string[];
  vantages?: Vantage[];
  default?: RawDefault;
  allow?: RawRule[];
  deny?: RawRule[];
}
interface RawException {
  id?: string;
  match: {
    host?: string;
    port?: PortValue;
    ports?: PortValue[];
    protocol?: Protocol | 'any';
    service?: string | string[];
    target?: string;
    rule?: string;
  };
  reason: string;
  approved_by: string;
  ticket?: string;
  expires: string | number;
}
interface RawPolicy {
  version: 1;
  extends?: string | string[];
  mode?: 'enforce' | 'warn';
  default?: RawDefault;
  'fail-on'?: FailOn;
  unverified?: UnverifiedAction;
  allow?: RawRule[];
  deny?: RawRule[];
  targets?: RawTarget[];
  remote_access?: {
    require?: { vpn?: boolean; mfa?: boolean };
    unverified?: UnverifiedAction;
    severity?: Severity;
    vantages?: Vantage[];
    vpn_gateways?: Array<{ host: string; port: number; protocol?: Protocol; kind: string }>;
  };
  exceptions?: RawException[];
}

/** One file's contribution, compiled, before merging. */
interface Layer {
  file: string;
  source: SourceDoc;
  raw: RawPolicy;
  scopes: Scope[];
  exceptions: PolicyException[];
  gateways: VpnGateway[];
  default?: DefaultDecision;
  mode?: { value: 'enforce' | 'warn' };
  failOn?: FailOn;
  unverified?: UnverifiedAction;
  remote?: { raw: NonNullable<RawPolicy['remote_access']>; ref: RuleRef };
}

class Collector {
  readonly diagnostics: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  constructor(readonly source: SourceDoc) {}
  at(
    path: PathSegment[],
    message: string,
    which: 'value' | 'key' = 'value',
    severity: 'error' | 'warning' = 'error',
  ) {
    const d: Diagnostic = {
      source: this.source.file,
      ...locate(this.source, path, which),
      path: formatPath(path),
      message,
    };
    (severity === 'error' ? this.diagnostics : this.warnings).push(d);
  }
  ref(id: string, path: PathSegment[], which: 'value' | 'key' = 'value'): RuleRef {
    return { id, file: this.source.file, ...locate(this.source, path, which) };
  }
}

function asList<T>(v: T | T[] | undefined): T[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
}

function nearestService(name: string): string | undefined {
  // Only a typo is worth a suggestion; a long string would cost a quadratic comparison with every name.
  if (name.length > 40) return undefined;
  return closest(
    name,
    SERVICES.flatMap((s) => [s.name, ...(s.aliases ?? [])]),
    () => 2,
  );
}

function compileServices(
  c: Collector,
  value: string | string[] | undefined,
  path: PathSegment[],
): string[] | null {
  const list = asList(value);
  if (!list) return null;
  const out: string[] = [];
  list.forEach((name, i) => {
    const def = lookupService(name);
    const at = Array.isArray(value) ? [...path, i] : path;
    if (!def) {
      const near = nearestService(name);
      c.at(
        at,
        `${JSON.stringify(name)} is not a service Portcullis knows${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (the known services are listed in docs/policy.md)`,
      );
    } else if (!out.includes(def.name)) out.push(def.name);
  });
  return out;
}

function compilePorts(
  c: Collector,
  rule: { port?: PortValue; ports?: PortValue[] },
  path: PathSegment[],
): PortRanges | null {
  if (rule.port === undefined && rule.ports === undefined) return null;
  if (rule.port !== undefined && rule.ports !== undefined) {
    c.at([...path, 'ports'], 'write either port or ports, not both', 'key');
  }
  const entries: Array<{ v: PortValue; at: PathSegment[] }> = [];
  if (rule.port !== undefined) entries.push({ v: rule.port, at: [...path, 'port'] });
  (rule.ports ?? []).forEach((v, i) => entries.push({ v, at: [...path, 'ports', i] }));
  const ranges: PortRanges = [];
  for (const e of entries) {
    const r = parsePortOrRange(e.v);
    if (!r) {
      c.at(
        e.at,
        `${JSON.stringify(e.v)} is not a port range: both ends must be ports (1–65535), the first no larger than the second`,
      );
    } else ranges.push(r);
  }
  return normalizeRanges(ranges);
}

function compileTls(
  c: Collector,
  text: string,
  path: PathSegment[],
): { min: number; text: string } | undefined {
  const m = /^\s*(>=)?\s*(1\.[0-3])\s*$/.exec(text);
  if (!m) {
    c.at(path, `${JSON.stringify(text)} is not a TLS version such as ">=1.2"`);
    return undefined;
  }
  return { min: Number(m[2]), text: text.trim() };
}

function compileDefault(c: Collector, raw: RawDefault, path: PathSegment[], id: string): DefaultDecision {
  const action = typeof raw === 'string' ? raw : raw.action;
  const severity = (typeof raw === 'object' ? raw.severity : undefined) ?? 'high';
  return { action, severity, ref: c.ref(id, path, 'key') };
}

function compileRule(
  c: Collector,
  raw: RawRule,
  kind: 'allow' | 'deny',
  path: PathSegment[],
  scope: Scope,
  layer: number,
  ids: Map<string, PathSegment[]>,
): Rule {
  const id = raw.id ?? formatPath(path);
  if (raw.id !== undefined) {
    const prev = ids.get(raw.id);
    if (prev)
      c.at([...path, 'id'], `the rule id ${JSON.stringify(raw.id)} is already used by ${formatPath(prev)}`);
    else ids.set(raw.id, path);
  }
  if (
    raw.port === undefined &&
    raw.ports === undefined &&
    raw.service === undefined &&
    raw.protocol === undefined
  ) {
    c.at(path, `this ${kind} rule matches every open port; give it a port, ports, service or protocol`);
  }
  const require: Requirements = {};
  if (raw.require) {
    if (raw.require.tls !== undefined)
      require.tls = compileTls(c, raw.require.tls, [...path, 'require', 'tls']);
    if (raw.require.redirect) require.redirect = raw.require.redirect;
    if (raw.require.auth) require.auth = raw.require.auth;
    if (raw.require.vpn !== undefined) require.vpn = raw.require.vpn;
    if (raw.require.mfa !== undefined) require.mfa = raw.require.mfa;
  }
  return {
    kind,
    id,
    ref: c.ref(id, path),
    ports: compilePorts(c, raw, path),
    protocol: raw.protocol ?? 'any',
    services: compileServices(c, raw.service, [...path, 'service']),
    vantages: raw.vantages ?? null,
    require,
    severity: raw.severity ?? 'high',
    reason: raw.reason,
    whenNoAuth: raw.when?.auth === 'none' ? true : undefined,
    scope,
    layer,
    order: 0,
    rank: 0,
  };
}

function compileHosts(c: Collector, hosts: string[], path: PathSegment[]): HostMatcher[] {
  const out: HostMatcher[] = [];
  hosts.forEach((h, i) => {
    const m = compileHostPattern(h);
    if ('error' in m) c.at([...path, i], m.error);
    else out.push(m);
  });
  return out;
}

function overlapping<T>(a: T[] | null, b: T[] | null): boolean {
  return a === null || b === null || a.some((x) => b.includes(x));
}

/** A port both allowed and denied in one scope is a contradiction: the allow could never apply. */
function checkContradictions(c: Collector, scope: Scope, path: PathSegment[]) {
  for (const a of scope.allow) {
    for (const d of scope.deny) {
      if (d.whenNoAuth) continue; // a conditional deny narrows the allow, it does not contradict it
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
  const index = (rule.kind === 'allow' ? scope.allow : scope.deny).indexOf(rule);
  return [...scopePath, rule.kind, index];
}

/** "2027-03-31" → the end of that UTC day; "never" → null; anything else → malformed (counts as expired). */
export function parseExpiry(value: string | number): { at: number | null; malformed: boolean } {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'never')
    return { at: null, malformed: false };
  const m = typeof value === 'string' ? /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value) : null;
  if (!m) return { at: Number.NEGATIVE_INFINITY, malformed: true };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return { at: Number.NEGATIVE_INFINITY, malformed: true };
  return { at: t + 24 * 3600 * 1000 - 1, malformed: false };
}

function compileException(
  c: Collector,
  raw: RawException,
  path: PathSegment[],
  ids: Map<string, PathSegment[]>,
): PolicyException {
  const id = raw.id ?? formatPath(path);
  if (raw.id !== undefined) {
    const prev = ids.get(raw.id);
    if (prev)
      c.at([...path, 'id'], `the id ${JSON.stringify(raw.id)} is already used by ${formatPath(prev)}`);
    else ids.set(raw.id, path);
  }
  const mp = [...path, 'match'];
  let host: HostMatcher | undefined;
  if (raw.match.host !== undefined) {
    const m = compileHostPattern(raw.match.host);
    if ('error' in m) c.at([...mp, 'host'], m.error);
    else host = m;
  }
  const ports = compilePorts(c, raw.match, mp) ?? undefined;
  const services = compileServices(c, raw.match.service, [...mp, 'service']) ?? undefined;
  const expiry = parseExpiry(raw.expires);
  if (expiry.malformed) {
    c.at(
      [...path, 'expires'],
      `${JSON.stringify(raw.expires)} is not a date (YYYY-MM-DD) nor never, so this exception counts as expired`,
      'value',
      'warning',
    );
  }
  if (
    raw.ticket !== undefined &&
    !/^https?:\/\/\S+$/.test(raw.ticket) &&
    !/^[A-Z][A-Z0-9]+-\d+$/.test(raw.ticket)
  ) {
    c.at(
      [...path, 'ticket'],
      `${JSON.stringify(raw.ticket)} is not a link (https://…) nor a ticket key such as SEC-123`,
    );
  }
  return {
    id,
    ref: c.ref(id, path),
    match: {
      host,
      ports,
      protocol: raw.match.protocol,
      services,
      target: raw.match.target,
      rule: raw.match.rule,
    },
    reason: raw.reason,
    approvedBy: raw.approved_by,
    ticket: raw.ticket,
    expiresText: String(raw.expires),
    expiresAt: expiry.at,
    malformedExpiry: expiry.malformed,
    at: {
      path: formatPath(path),
      target: raw.match.target !== undefined ? locate(c.source, [...mp, 'target']) : undefined,
      rule: raw.match.rule !== undefined ? locate(c.source, [...mp, 'rule']) : undefined,
    },
  };
}

function compileLayer(source: SourceDoc, raw: RawPolicy, layer: number, c: Collector): Layer {
  const ids = new Map<string, PathSegment[]>();
  const out: Layer = { file: source.file, source, raw, scopes: [], exceptions: [], gateways: [] };
  if (raw.default !== undefined) out.default = compileDefault(c, raw.default, ['default'], 'default');
  if (raw.mode) out.mode = { value: raw.mode };
  if (raw['fail-on']) out.failOn = raw['fail-on'];
  if (raw.unverified) out.unverified = raw.unverified;

  if (raw.allow?.length || raw.deny?.length) {
    const scope: Scope = {
      name: 'global',
      kind: 'global',
      hosts: null,
      vantages: null,
      layer,
      ref: c.ref('global', raw.allow ? ['allow'] : ['deny'], 'key'),
      allow: [],
      deny: [],
    };
    raw.allow?.forEach((r, i) =>
      scope.allow.push(compileRule(c, r, 'allow', ['allow', i], scope, layer, ids)),
    );
    raw.deny?.forEach((r, i) => scope.deny.push(compileRule(c, r, 'deny', ['deny', i], scope, layer, ids)));
    checkContradictions(c, scope, []);
    out.scopes.push(scope);
  }

  raw.targets?.forEach((t, ti) => {
    const tp: PathSegment[] = ['targets', ti];
    const scope: Scope = {
      name: t.name,
      kind: 'target',
      hosts: compileHosts(c, t.hosts, [...tp, 'hosts']),
      vantages: t.vantages ?? null,
      layer,
      ref: c.ref(t.name, tp),
      allow: [],
      deny: [],
    };
    if (t.default !== undefined)
      scope.default = compileDefault(c, t.default, [...tp, 'default'], `${t.name}.default`);
    t.allow?.forEach((r, i) =>
      scope.allow.push(compileRule(c, r, 'allow', [...tp, 'allow', i], scope, layer, ids)),
    );
    t.deny?.forEach((r, i) =>
      scope.deny.push(compileRule(c, r, 'deny', [...tp, 'deny', i], scope, layer, ids)),
    );
    checkContradictions(c, scope, tp);
    out.scopes.push(scope);
  });

  if (raw.remote_access) {
    out.remote = { raw: raw.remote_access, ref: c.ref('remote_access', ['remote_access'], 'key') };
    raw.remote_access.vpn_gateways?.forEach((g, i) => {
      const gp: PathSegment[] = ['remote_access', 'vpn_gateways', i];
      const m = compileHostPattern(g.host);
      const usable = !('error' in m) && (m.kind === 'ip' || (m.kind === 'glob' && !/[*?[\]{}]/.test(g.host)));
      if (!usable) {
        c.at([...gp, 'host'], `${JSON.stringify(g.host)} is not a hostname or an IP address`);
      }
      const protocol = g.protocol ?? 'udp';
      const kind = g.kind.toLowerCase();
      if (
        (kind === 'ike' && protocol !== 'udp') ||
        (kind === 'openvpn' && !['udp', 'tcp'].includes(protocol))
      ) {
        c.at([...gp, 'protocol'], `an ${kind} gateway speaks udp, not ${protocol}`);
      }
      out.gateways.push({
        host: g.host,
        port: g.port,
        protocol,
        kind,
        rule: c.ref(`remote_access.vpn_gateways[${i}]`, gp),
      });
    });
  }

  raw.exceptions?.forEach((e, i) => out.exceptions.push(compileException(c, e, ['exceptions', i], ids)));
  return out;
}

function builtinNames(dir: string, readDir: (d: string) => string[]): string[] {
  try {
    return readDir(dir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => BUILTIN_PREFIX + f.replace(/\.yml$/, ''));
  } catch {
    return [];
  }
}

interface LoadState {
  readFile: (path: string) => Promise<string>;
  builtinDir: string;
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  /** Layers in merge order: bases first, the policy file last. */
  layers: Layer[];
  seen: Set<string>;
  /** Absolute path → the name diagnostics use for it. */
  labels: Map<string, string>;
  /** Folders local `extends` may reach into: the working directory and the policy file's own folder. */
  roots: string[];
}

async function loadText(
  state: LoadState,
  text: string,
  file: string,
  chain: string[],
  depth: number,
): Promise<void> {
  const parsed = parseSource(text, file);
  if (!parsed.source) {
    state.diagnostics.push(...parsed.diagnostics);
    return;
  }
  const source = parsed.source;
  const schemaErrors = schemaDiagnostics(source, state.builtinDir);
  if (schemaErrors.length > 0) {
    state.diagnostics.push(...schemaErrors, ...semanticDespiteSchema(source, schemaErrors));
    return;
  }
  const raw = source.data as RawPolicy;
  const c = new Collector(source);

  // Bases first, so that this file's settings land on top of theirs.
  const bases = asList(raw.extends) ?? [];
  for (let i = 0; i < bases.length; i++) {
    const at: PathSegment[] = Array.isArray(raw.extends) ? ['extends', i] : ['extends'];
    const name = bases[i];
    let target: string;
    let label: string;
    if (name.startsWith(BUILTIN_PREFIX)) {
      const short = name.slice(BUILTIN_PREFIX.length);
      if (!/^[a-z][a-z0-9-]*$/.test(short)) {
        c.at(at, `${JSON.stringify(name)} is not a built-in policy name`);
        continue;
      }
      target = join(state.builtinDir, `${short}.yml`);
      label = name;
    } else if (isAbsolute(name) || /^[a-z][a-z0-9+.-]*:/i.test(name)) {
      c.at(at, `${JSON.stringify(name)}: extends takes a path relative to this file or portcullis:NAME`);
      continue;
    } else {
      if (file.startsWith(BUILTIN_PREFIX)) {
        c.at(at, 'a built-in policy can only extend other built-in policies');
        continue;
      }
      target = resolve(dirname(file), name);
      const rel = relative(process.cwd(), target);
      label = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : target;
      // A policy names its bases inside the repository; reading /etc or a home folder is never meant.
      if (!state.roots.some((root) => isInside(target, root))) {
        c.at(
          at,
          `${JSON.stringify(name)} is outside the repository (${state.roots[0]}); extends reads only files under it`,
        );
        continue;
      }
    }
    if (chain.includes(target)) {
      const names = [...chain, target].map((p) => state.labels.get(p) ?? p);
      c.at(at, `extends ${JSON.stringify(name)} forms a cycle: ${names.join(' → ')}`);
      continue;
    }
    if (depth + 1 > MAX_EXTENDS_DEPTH) {
      c.at(at, `extends chains more than ${MAX_EXTENDS_DEPTH} files deep`);
      continue;
    }
    if (state.seen.has(target)) continue; // a diamond: the shared base is applied once
    let text: string;
    try {
      text = await state.readFile(target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (name.startsWith(BUILTIN_PREFIX)) {
        const { readdirSync } = await import('node:fs');
        const known = builtinNames(state.builtinDir, (d) => readdirSync(d));
        c.at(at, `${JSON.stringify(name)} is not a built-in policy (known: ${known.join(', ') || 'none'})`);
      } else c.at(at, `cannot read ${JSON.stringify(name)}: ${readErrorWords(code, err)}`);
      continue;
    }
    state.seen.add(target);
    state.labels.set(target, label);
    await loadText(state, text, label, [...chain, target], depth + 1);
  }
  const layer = compileLayer(source, raw, 0, c);
  state.diagnostics.push(...c.diagnostics);
  state.warnings.push(...c.warnings);
  state.layers.push(layer);
}

/** The list element (or top-level key) a diagnostic path lies in: `targets[0].allow[1].port` → `targets[0].allow[1]`. */
function elementOf(path: string): string {
  const indexed = /^(.*\[\d+\])/.exec(path);
  return indexed ? indexed[1] : (/^[^.[]*/.exec(path)?.[0] ?? '');
}

function overlaps(a: string, b: string): boolean {
  const within = (x: string, y: string) => x === y || x.startsWith(y + '.') || x.startsWith(y + '[');
  return a === '' || b === '' || within(a, b) || within(b, a);
}

/**
 * A file with schema errors still gets its semantic checks (unknown services,
 * bad CIDRs, contradictions) on the parts the schema accepted, so one run
 * reports every error. Checks of a malformed element are dropped (the schema
 * error already speaks for it), and a check that trips over a malformed value
 * ends the pass rather than the load.
 */
function semanticDespiteSchema(source: SourceDoc, schemaErrors: Diagnostic[]): Diagnostic[] {
  const broken = schemaErrors.map((d) => elementOf(d.path ?? ''));
  const c = new Collector(source);
  try {
    compileLayer(source, source.data as RawPolicy, 0, c);
  } catch {
    // A malformed part stopped the checks; what was found before it still counts.
  }
  return c.diagnostics.filter((d) => !broken.some((b) => overlaps(d.path ?? '', b)));
}

/** Merge layers (bases first) into one policy. The rules are in docs/policy.md, "Composition". */
function merge(state: LoadState, file: string): Policy {
  const layers = state.layers;
  const n = layers.length;
  // The policy file is layer 0; earlier-merged files are further away.
  layers.forEach((l, i) => {
    const rank = n - 1 - i;
    for (const s of l.scopes) {
      s.layer = rank;
      for (const r of [...s.allow, ...s.deny]) r.layer = rank;
    }
  });
  let def: DefaultDecision | undefined;
  let mode: 'enforce' | 'warn' = 'enforce';
  let failOn: FailOn = 'any';
  let unverified: UnverifiedAction = 'warn';
  let remote: RemoteAccessPolicy | undefined;
  const gateways: VpnGateway[] = [];
  const exceptions: PolicyException[] = [];
  for (const l of layers) {
    if (l.default) def = l.default;
    if (l.mode) mode = l.mode.value;
    if (l.failOn) failOn = l.failOn;
    if (l.unverified) unverified = l.unverified;
    if (l.remote) {
      const r = l.remote.raw;
      remote = {
        vpn: r.require?.vpn ?? remote?.vpn ?? false,
        mfa: r.require?.mfa ?? remote?.mfa ?? false,
        unverified: r.unverified ?? remote?.unverified ?? unverified,
        severity: r.severity ?? remote?.severity ?? 'high',
        vantages: r.vantages ?? remote?.vantages ?? null,
        ref: l.remote.ref,
      };
    }
    gateways.push(...l.gateways);
    exceptions.push(...l.exceptions);
  }
  // A remote_access without its own `unverified` follows the policy's final setting.
  if (remote && !layers.some((l) => l.remote?.raw.unverified)) remote.unverified = unverified;
  const scopes = layers
    .slice()
    .reverse()
    .flatMap((l) => l.scopes);
  let order = 0;
  for (const s of scopes) for (const r of [...s.deny, ...s.allow]) r.order = order++;

  // Checks that need the merged policy.
  const byName = new Map<string, Scope>();
  // In merge order (bases first), so a clash is reported in the file that repeats the name.
  for (const s of layers.flatMap((l) => l.scopes)) {
    if (s.kind !== 'target') continue;
    const prev = byName.get(s.name);
    if (prev) {
      state.diagnostics.push({
        source: s.ref.file,
        line: s.ref.line,
        column: s.ref.column,
        message: `target name ${JSON.stringify(s.name)} is already used in ${prev.ref.file}:${prev.ref.line}; target names must be unique across extends`,
      });
    } else byName.set(s.name, s);
  }
  const ruleIds = new Set(scopes.flatMap((s) => [...s.allow, ...s.deny].map((r) => r.id)));
  if (remote) ruleIds.add('remote_access');
  ruleIds.add('default');
  for (const s of scopes) if (s.default) ruleIds.add(s.default.ref.id);
  for (const e of exceptions) {
    if (e.match.target !== undefined && !byName.has(e.match.target)) {
      state.diagnostics.push({
        source: e.ref.file,
        ...(e.at.target ?? { line: e.ref.line, column: e.ref.column }),
        path: `${e.at.path}.match.target`,
        message: `this exception matches nothing: there is no target named ${JSON.stringify(e.match.target)} (targets: ${[...byName.keys()].join(', ') || 'none'})`,
      });
    }
    if (e.match.rule !== undefined && !ruleIds.has(e.match.rule)) {
      state.diagnostics.push({
        source: e.ref.file,
        ...(e.at.rule ?? { line: e.ref.line, column: e.ref.column }),
        path: `${e.at.path}.match.rule`,
        message: `this exception matches nothing: there is no rule with id ${JSON.stringify(e.match.rule)}`,
      });
    }
  }
  const leaf = layers[layers.length - 1];
  return {
    file,
    mode,
    failOn,
    unverified,
    vpnGateways: gateways,
    default: def ?? {
      action: 'deny',
      severity: 'high',
      ref: { id: 'default', file: leaf?.file ?? file, line: 1, column: 1 },
    },
    scopes,
    remoteAccess: remote,
    exceptions,
    files: layers.map((l) => l.file).reverse(),
    warnings: state.warnings,
  };
}

/**
 * Read a policy file, refusing what is not a regular file or is over the size
 * cap before reading it (a policy path pointed at /dev/zero or a huge log).
 */
async function readPolicyFile(path: string): Promise<string> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
  if (info.size > MAX_POLICY_BYTES)
    throw Object.assign(new Error('too large'), { code: `larger than ${MAX_POLICY_BYTES / 1024} KiB` });
  return fsReadFile(path, 'utf8');
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function readErrorWords(code: string | undefined, err: unknown): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return code ?? String(err);
}

/** By file (in the order first seen), then line and column: the order a reader fixes them in. */
function sortDiagnostics(list: Diagnostic[], root: string): Diagnostic[] {
  const files = [...new Set([root, ...list.map((d) => d.source)])];
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        files.indexOf(a.d.source) - files.indexOf(b.d.source) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}

async function loadRoot(text: string, file: string, options: LoadOptions, absolute: string): Promise<Policy> {
  const state: LoadState = {
    readFile: options.readFile ?? readPolicyFile,
    builtinDir: options.builtinDir ?? defaultPoliciesDir(),
    diagnostics: [],
    warnings: [],
    layers: [],
    seen: new Set([absolute]),
    labels: new Map([[absolute, file]]),
    roots: [process.cwd(), dirname(absolute)],
  };
  await loadText(state, text, file, [absolute], 0);
  const policy = merge(state, file);
  if (state.diagnostics.length > 0) throw new ConfigurationError(sortDiagnostics(state.diagnostics, file));
  return policy;
}

/**
 * Load a policy file (or a built-in, `portcullis:recommended`), resolving
 * `extends`. Throws ConfigurationError carrying every diagnostic of every file.
 */
export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<Policy> {
  const readFile = options.readFile ?? readPolicyFile;
  let path = file;
  if (file.startsWith(BUILTIN_PREFIX)) {
    path = join(options.builtinDir ?? defaultPoliciesDir(), `${file.slice(BUILTIN_PREFIX.length)}.yml`);
  }
  let text: string;
  try {
    text = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigurationError({
      source: file,
      message: `cannot read the policy: ${readErrorWords(code, err)}`,
    });
  }
  return loadRoot(text, file, { ...options, readFile }, resolve(path));
}

/** Load a policy from text; `file` names it in diagnostics and verdicts and anchors relative `extends`. */
export async function loadPolicyFromString(
  text: string,
  file: string,
  options: LoadOptions = {},
): Promise<Policy> {
  return loadRoot(text, file, options, file.startsWith(BUILTIN_PREFIX) ? file : resolve(file));
}
