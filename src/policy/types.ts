import type { Protocol, RuleRef, Severity, Vantage } from '../model.js';
import type ipaddr from 'ipaddr.js';

/**
 * The compiled form of a policy: what the evaluator reads. Everything the
 * YAML said is resolved here (service aliases, CIDRs, port ranges, extends),
 * and every rule keeps the file:line:column it was written at.
 */

export type DefaultAction = 'deny' | 'warn' | 'allow';
export type UnverifiedAction = 'warn' | 'fail' | 'pass';
export type FailOn = 'any' | Severity | 'new';
/** What may gate a check: a policy's fail-on, or `never` (an override only: report everything, fail nothing). */
export type GateFailOn = FailOn | 'never';
/** The fail-on values an override accepts (the action's fail-on input, the CLI's --fail-on), in the order docs list them. */
export const GATE_FAIL_ON: readonly GateFailOn[] = [
  'any',
  'low',
  'medium',
  'high',
  'critical',
  'new',
  'never',
];

/**
 * An endpoint's address parsed once, so that testing it against hundreds of
 * host patterns costs integer compares, not hundreds of parses.
 */
export interface HostRef {
  text: string;
  hostname?: string;
  /** IPv4 (also IPv4-mapped IPv6) as an unsigned 32-bit number. */
  v4: number | null;
  v6: ipaddr.IPv6 | null;
}

/** Inclusive port ranges, sorted and merged. */
export type PortRanges = Array<[number, number]>;

export interface HostMatcher {
  /** As written, for messages. */
  pattern: string;
  kind: 'any' | 'cidr' | 'ip' | 'glob';
  test(host: HostRef): boolean;
  /**
   * What test() answers for an IPv4 address that has no host name, so the rule index can
   * judge whole address ranges at once: every one, none, or those in [lo, hi] (inclusive).
   * Absent: unknown, test each host.
   */
  v4?: 'all' | 'none' | readonly [number, number];
}

export interface Requirements {
  /** Minimum TLS version as a number: 1.2 for ">=1.2". */
  tls?: { min: number; text: string };
  redirect?: 'https';
  auth?: 'required';
  vpn?: boolean;
  mfa?: boolean;
}

/**
 * allow: the port may be open (if its requirements hold); deny: it must not
 * be; require: a requirement-only rule (`requirements:`), whose `require` is
 * judged on every port it matches and which never allows a port by itself.
 */
export type RuleKind = 'allow' | 'deny' | 'require';

export interface Rule {
  kind: RuleKind;
  id: string;
  ref: RuleRef;
  /** null: every port. */
  ports: PortRanges | null;
  protocol: Protocol | 'any';
  /** Canonical service names; null: any service. */
  services: string[] | null;
  /** Product names, lower-case (`product:`); null: any product. */
  products: string[] | null;
  vantages: Vantage[] | null;
  require: Requirements;
  severity: Severity;
  /** For deny rules: why. */
  reason?: string;
  /** For deny rules: deny only when the evidence shows the service lets anyone in. */
  whenNoAuth?: boolean;
  /** For deny rules: deny only when every one of these evidence keys holds this value (`when: { evidence }`). */
  whenEvidence?: Record<string, string | number | boolean>;
  /** The scope the rule belongs to. */
  scope: Scope;
  /** Preference among matching rules (lower wins), set when the evaluator indexes the policy. */
  rank: number;
}

export interface DefaultDecision {
  action: DefaultAction;
  severity: Severity;
  ref: RuleRef;
}

export interface Scope {
  /** `global` or the target's name. */
  name: string;
  kind: 'global' | 'target';
  /** null: every host (the top-level rules). */
  hosts: HostMatcher[] | null;
  vantages: Vantage[] | null;
  default?: DefaultDecision;
  layer: number;
  ref: RuleRef;
  allow: Rule[];
  deny: Rule[];
  /** Requirement-only rules (`requirements:`). */
  requirements: Rule[];
}

export interface ExceptionMatch {
  host?: HostMatcher;
  ports?: PortRanges;
  protocol?: Protocol | 'any';
  services?: string[];
  products?: string[];
  target?: string;
  rule?: string;
}

export interface PolicyException {
  id: string;
  ref: RuleRef;
  match: ExceptionMatch;
  reason: string;
  approvedBy: string;
  ticket?: string;
  /** As written (a date, `never`, or something unreadable). */
  expiresText: string;
  /** The last valid instant (end of that UTC day); null for never; NaN-free: unreadable dates become -Infinity. */
  expiresAt: number | null;
  /** true when `expires` could not be read as a date (it counts as expired). */
  malformedExpiry: boolean;
  /**
   * `waive: violated`: the exception also waives requirements a probe proved
   * violated, and the verdict is then a warning, never a pass. Without it a
   * proven violation stays a failure under the exception.
   */
  waiveViolated: boolean;
  /** Where it is written: its path, and the positions of match, match.target and match.rule, for diagnostics. */
  at: {
    path: string;
    match?: { line: number; column: number };
    target?: { line: number; column: number };
    rule?: { line: number; column: number };
    /** Its match names a host, ports or services that leave some ports out (target and rule are judged with the whole policy). */
    narrowed?: boolean;
  };
}

export interface RemoteAccessPolicy {
  vpn: boolean;
  mfa: boolean;
  unverified: UnverifiedAction;
  severity: Severity;
  vantages: Vantage[] | null;
  ref: RuleRef;
}

/** How long an exception may last, unless the governing policy says otherwise. */
export const DEFAULT_MAX_EXCEPTION_DAYS = 365;

/**
 * Who may change the rules, and how long an exception may last. On a pull
 * request these are read from the base branch's policy (docs/security.md,
 * "Who may change the rules"); elsewhere from the policy itself.
 */
export interface Governance {
  /** Users (`alice`) and teams (`acme/security`), as written less a leading `@`. */
  approvers: string[];
  trustPullRequestPolicy: boolean;
  maxExceptionDays: number;
  allowPermanentExceptions: boolean;
  /** Where each key was written; absent: the default applies. */
  refs: {
    approvers?: RuleRef;
    trustPullRequestPolicy?: RuleRef;
    maxExceptionDays?: RuleRef;
    allowPermanentExceptions?: RuleRef;
  };
  /** The policy these were read from, for messages: `.github/portcullis.yml`, or `… at main @ 3f2a91c`. */
  source: string;
}
