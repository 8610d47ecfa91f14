import type { RuleRef } from '../model.js';
import { lookupProduct } from '../fingerprint/products/table.js';
import { lookupService } from '../services.js';
import { checkContradictions } from './checks.js';
import { compileHostPattern, coversEveryHost, coversEveryPort } from './match.js';
import type { VpnGateway } from './policy.js';
import type {
  RawDefault,
  RawException,
  RawGateway,
  RawPolicy,
  RawRequirementRule,
  RawRule,
  RawTarget,
} from './raw.js';
import { checkMatchesEveryPort, compilePorts, nearestService } from './rule-ports.js';
import { formatPath, locate, type Collector, type PathSegment, type SourceDoc } from './source.js';
import type {
  DefaultDecision,
  FailOn,
  Governance,
  HostMatcher,
  PolicyException,
  Requirements,
  Rule,
  RuleKind,
  Scope,
  UnverifiedAction,
} from './types.js';

/**
 * Compiling one file: its YAML data, in the shapes of raw.ts, into the scopes,
 * rules, gateways and exceptions the evaluator reads, each keeping the
 * file:line:column it was written at. What is wrong is told to the Collector
 * and compiling goes on, so one run reports every error of the file.
 */

/** One file's contribution, compiled, before merging. */
export interface Layer {
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
  governance: Partial<Omit<Governance, 'source' | 'refs'>> & { refs: Governance['refs'] };
}

export function asList<T>(v: T | T[] | undefined): T[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? v : [v];
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
    const product = def ? undefined : lookupProduct(name);
    if (product) {
      // service: nginx — the service is the protocol spoken (http, https); the product is what answers.
      c.at(
        at,
        `${JSON.stringify(name)} is a product, not a service: write product: ${product.name} (service names the protocol spoken, such as http or https; docs/policy.md, "Products")`,
      );
    } else if (!def) {
      const near = nearestService(name);
      c.at(
        at,
        `${JSON.stringify(name)} is not a service Portcullis knows${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (the known services are listed in docs/policy.md)`,
      );
    } else if (!out.includes(def.name)) out.push(def.name);
  });
  return out;
}

/**
 * `product:` names, lower-case. Any name is accepted (a product may come from a Server header
 * Portcullis has no record of); nmap's name of a known product is read as that product's name.
 */
export function compileProducts(value: string | string[] | undefined): string[] | null {
  const list = asList(value);
  if (!list) return null;
  const out: string[] = [];
  for (const name of list) {
    const n = lookupProduct(name)?.name ?? name.trim().toLowerCase();
    if (!out.includes(n)) out.push(n);
  }
  return out;
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

function compileRequire(c: Collector, raw: RawRule['require'], path: PathSegment[]): Requirements {
  const require: Requirements = {};
  if (!raw) return require;
  if (raw.tls !== undefined) require.tls = compileTls(c, raw.tls, [...path, 'tls']);
  if (raw.redirect) require.redirect = raw.redirect;
  if (raw.auth) require.auth = raw.auth;
  if (raw.vpn !== undefined) require.vpn = raw.vpn;
  if (raw.mfa !== undefined) require.mfa = raw.mfa;
  return require;
}

function compileRule(
  c: Collector,
  raw: RawRule | RawRequirementRule,
  kind: RuleKind,
  path: PathSegment[],
  scope: Scope,
  ids: Map<string, PathSegment[]>,
): Rule {
  const id = raw.id ?? formatPath(path);
  if (raw.id !== undefined) {
    const prev = ids.get(raw.id);
    if (prev)
      c.at([...path, 'id'], `the rule id ${JSON.stringify(raw.id)} is already used by ${formatPath(prev)}`);
    else ids.set(raw.id, path);
  }
  const deny = kind === 'deny' ? (raw as RawRule) : undefined;
  const ports = compilePorts(c, raw, path, raw.protocol ?? 'any');
  checkMatchesEveryPort(c, raw, kind, ports, path, scope);
  return {
    kind,
    id,
    ref: c.ref(id, path),
    ports,
    protocol: raw.protocol ?? 'any',
    services: compileServices(c, raw.service, [...path, 'service']),
    products: compileProducts(raw.product),
    vantages: raw.vantages ?? null,
    require: compileRequire(c, raw.require, [...path, 'require']),
    severity: raw.severity ?? 'high',
    reason: deny?.reason,
    whenNoAuth: deny?.when?.auth === 'none' ? true : undefined,
    whenEvidence: deny?.when?.evidence,
    scope,
    rank: 0,
  };
}

function compileHosts(c: Collector, hosts: string[], path: PathSegment[]): HostMatcher[] {
  const out: HostMatcher[] = [];
  hosts.forEach((h, i) => {
    if (h === undefined) return;
    const m = compileHostPattern(h);
    if ('error' in m) c.at([...path, i], m.error);
    else out.push(m);
  });
  return out;
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
  const ports = compilePorts(c, raw.match, mp, raw.match.protocol ?? 'any') ?? undefined;
  const services = compileServices(c, raw.match.service, [...mp, 'service']) ?? undefined;
  const products = compileProducts(raw.match.product) ?? undefined;
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
      products,
      target: raw.match.target,
      rule: raw.match.rule,
    },
    reason: raw.reason,
    approvedBy: raw.approved_by,
    ticket: raw.ticket,
    expiresText: String(raw.expires),
    expiresAt: expiry.at,
    malformedExpiry: expiry.malformed,
    waiveViolated: raw.waive === 'violated',
    at: {
      path: formatPath(path),
      match: locate(c.source, mp),
      target: raw.match.target !== undefined ? locate(c.source, [...mp, 'target']) : undefined,
      rule: raw.match.rule !== undefined ? locate(c.source, [...mp, 'rule']) : undefined,
      // A host, ports or services that narrow it (one written wrong is reported already, and counts).
      narrowed:
        (raw.match.host !== undefined && !(host && coversEveryHost(host))) ||
        ((raw.match.port !== undefined || raw.match.ports !== undefined) && !coversEveryPort(ports)) ||
        raw.match.service !== undefined ||
        raw.match.product !== undefined,
    },
  };
}

/** Compile one file (`layer` is its place among the files merged; merge renumbers it). */
export function compileLayer(source: SourceDoc, raw: RawPolicy, layer: number, c: Collector): Layer {
  // One id space per file: rules and exceptions may not share an id.
  const ids = new Map<string, PathSegment[]>();
  const out: Layer = {
    file: source.file,
    source,
    raw,
    scopes: [],
    exceptions: [],
    gateways: [],
    governance: compileGovernance(c, raw),
  };
  if (raw.default !== undefined) out.default = compileDefault(c, raw.default, ['default'], 'default');
  if (raw.mode) out.mode = { value: raw.mode };
  if (raw['fail-on']) out.failOn = raw['fail-on'];
  if (raw.unverified) out.unverified = raw.unverified;
  if (raw.allow?.length || raw.deny?.length || raw.requirements?.length)
    out.scopes.push(compileGlobalScope(c, raw, layer, ids));
  // Holes (undefined) are parts the schema rejected (accepted.ts): the rest is still checked.
  raw.targets?.forEach((t, ti) => {
    if (t) out.scopes.push(compileTarget(c, t, ['targets', ti], layer, ids));
  });
  if (raw.remote_access) {
    out.remote = { raw: raw.remote_access, ref: c.ref('remote_access', ['remote_access'], 'key') };
    out.gateways = compileGateways(c, raw.remote_access.vpn_gateways ?? []);
  }
  raw.exceptions?.forEach((e, i) => {
    if (e) out.exceptions.push(compileException(c, e, ['exceptions', i], ids));
  });
  return out;
}

/** approvers, trust_pull_request_policy, max_exception_days, allow_permanent_exceptions. */
function compileGovernance(c: Collector, raw: RawPolicy): Layer['governance'] {
  const g: Layer['governance'] = { refs: {} };
  if (raw.approvers !== undefined) {
    g.approvers = raw.approvers.map((a) => a.replace(/^@/, ''));
    g.refs.approvers = c.ref('approvers', ['approvers'], 'key');
  }
  if (raw.trust_pull_request_policy !== undefined) {
    g.trustPullRequestPolicy = raw.trust_pull_request_policy;
    g.refs.trustPullRequestPolicy = c.ref('trust_pull_request_policy', ['trust_pull_request_policy'], 'key');
  }
  if (raw.max_exception_days !== undefined) {
    g.maxExceptionDays = raw.max_exception_days;
    g.refs.maxExceptionDays = c.ref('max_exception_days', ['max_exception_days'], 'key');
  }
  if (raw.allow_permanent_exceptions !== undefined) {
    g.allowPermanentExceptions = raw.allow_permanent_exceptions;
    g.refs.allowPermanentExceptions = c.ref(
      'allow_permanent_exceptions',
      ['allow_permanent_exceptions'],
      'key',
    );
  }
  return g;
}

/** A scope's allow, deny and requirement rules (holes are parts the schema rejected). */
function compileScopeRules(
  c: Collector,
  src: Pick<RawTarget, 'allow' | 'deny' | 'requirements'>,
  prefix: PathSegment[],
  scope: Scope,
  ids: Map<string, PathSegment[]>,
): void {
  src.allow?.forEach((r, i) => {
    if (r) scope.allow.push(compileRule(c, r, 'allow', [...prefix, 'allow', i], scope, ids));
  });
  src.deny?.forEach((r, i) => {
    if (r) scope.deny.push(compileRule(c, r, 'deny', [...prefix, 'deny', i], scope, ids));
  });
  src.requirements?.forEach((r, i) => {
    if (r) scope.requirements.push(compileRule(c, r, 'require', [...prefix, 'requirements', i], scope, ids));
  });
}

/** The top-level allow and deny rules: one scope that covers every host. */
function compileGlobalScope(
  c: Collector,
  raw: RawPolicy,
  layer: number,
  ids: Map<string, PathSegment[]>,
): Scope {
  const scope: Scope = {
    name: 'global',
    kind: 'global',
    hosts: null,
    vantages: null,
    layer,
    ref: c.ref('global', raw.allow ? ['allow'] : raw.deny ? ['deny'] : ['requirements'], 'key'),
    allow: [],
    deny: [],
    requirements: [],
  };
  compileScopeRules(c, raw, [], scope, ids);
  checkContradictions(c, scope, []);
  return scope;
}

function compileTarget(
  c: Collector,
  t: RawTarget,
  tp: PathSegment[],
  layer: number,
  ids: Map<string, PathSegment[]>,
): Scope {
  // A name or hosts the schema rejected are missing here; the target's rules are still checked.
  const name = t.name ?? formatPath(tp);
  const scope: Scope = {
    name,
    kind: 'target',
    hosts: compileHosts(c, t.hosts ?? [], [...tp, 'hosts']),
    vantages: t.vantages ?? null,
    layer,
    ref: c.ref(name, tp),
    allow: [],
    deny: [],
    requirements: [],
  };
  if (t.default !== undefined)
    scope.default = compileDefault(c, t.default, [...tp, 'default'], `${name}.default`);
  compileScopeRules(c, t, tp, scope, ids);
  checkContradictions(c, scope, tp);
  return scope;
}

function compileGateways(c: Collector, gateways: RawGateway[]): VpnGateway[] {
  return gateways.flatMap((g, i) => {
    if (!g) return [];
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
    return {
      host: g.host,
      port: g.port,
      protocol,
      kind,
      rule: c.ref(`remote_access.vpn_gateways[${i}]`, gp),
    };
  });
}
