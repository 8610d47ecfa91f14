/**
 * The shared vocabulary of the pipeline (DESIGN.md, "The pipeline").
 * Every stage speaks in these types; nothing here knows about GitHub.
 */

export type Protocol = 'tcp' | 'udp';

/** Where a probe ended. `open|filtered` is UDP silence: no reply, no ICMP. */
export type PortState = 'open' | 'closed' | 'filtered' | 'open|filtered';

/** Why a probe ended in its state, in the words of the network. */
export type StateReason =
  | 'connected' // TCP handshake completed
  | 'refused' // TCP RST, or ICMP port unreachable for UDP
  | 'timeout' // silence until the deadline, after every retry
  | 'host-unreachable'
  | 'network-unreachable'
  | 'admin-prohibited' // ICMP administratively prohibited (a REJECT rule)
  | 'reply' // UDP: the service answered
  | 'no-reply' // UDP: silence
  | 'listening'; // not probed: the runner's listener table shows it (outside the targets or the scope)

/** One thing to probe: an address, a port and a protocol (and the name the address came from). */
export interface ProbeTask {
  /** The IP address probed (IPv4 dotted or IPv6 compressed form); named `host` as in the JSON report. */
  host: string;
  /** The hostname this address was resolved from, when the user gave a name. */
  hostname?: string;
  port: number;
  protocol: Protocol;
}

/** What the prober learned about one (address, port, protocol). */
export interface PortResult extends ProbeTask {
  state: PortState;
  reason: StateReason;
  /** Round-trip time of the probe that decided the state, when one answered. */
  rttMs?: number;
  /** How many probes it took (1 when the first one decided). */
  tries: number;
}

export type EvidenceValue = string | number | boolean | string[] | null;

/**
 * Facts a fingerprint proved about a service, under dotted keys such as
 * `ssh.auth_methods`, `redis.auth_required`, `tls.version`. The policy engine
 * reads these as evidence (DESIGN.md, "The evidence model").
 */
export type Evidence = Record<string, EvidenceValue>;

/**
 * How a service was identified: `exchange` — a probe we sent drew a reply
 * that parsed (a TLS handshake, an HTTP answer, a Redis PONG); `banner` — the
 * service spoke first and its greeting parsed (SSH, FTP, SMTP, MySQL, VNC);
 * `port` — guessed from the port number only, nothing parsed.
 */
export type IdentifiedBy = 'exchange' | 'banner' | 'port';

export interface ServiceInfo {
  /** Lower-case service name: ssh, http, https, redis, postgresql, rdp, vnc, … */
  name: string;
  product?: string;
  version?: string;
  /** true when the service speaks inside TLS. */
  tls?: boolean;
  /** How sure the fingerprint is: `high` from a confident protocol parse, `low` from a weak parse or the port number only. */
  confidence: 'high' | 'low';
  /**
   * How the service was identified. The fingerprint stage always sets it; a
   * report written before it existed lacks it, and then `confidence: low`
   * counts as `port` (src/identity.ts).
   */
  identifiedBy?: IdentifiedBy;
  /** The first line the service said, bounded and untrusted (escape before display). */
  banner?: string;
}

export type RiskClass =
  | 'remote-access'
  | 'database'
  | 'cache'
  | 'cleartext-legacy'
  | 'file-sharing'
  | 'web'
  | 'mail'
  | 'vpn-gateway'
  | 'name-service'
  | 'management'
  | 'unknown';

/** One record per open (host, port, protocol): what answers there and what guards it. */
export interface Finding extends PortResult {
  service?: ServiceInfo;
  risk: RiskClass[];
  evidence: Evidence;
  /**
   * `listener-table`: the environment opened this listener on the runner (the kernel's listener
   * table showed it), and the targets and ports alone would not have probed it. With reason
   * `listening` it was not probed at all (outside the targets or the scope).
   */
  origin?: 'listener-table';
  /** A report merged from several vantages: the vantage this port was open from. */
  vantage?: Vantage;
}

/** Where the scan runs from, relative to the environment's network. */
export type Vantage = 'untrusted' | 'vpn' | 'internal';

export interface EvaluationContext {
  vantage: Vantage;
  /** The evaluation's notion of "today", for exception expiry. */
  now: Date;
}

export type Outcome = 'pass' | 'warn' | 'fail';
/** Outcomes from best to worst: the worse of two judgements wins, and a baseline's outcome is "unchanged" unless this scan's is worse. */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { pass: 0, warn: 1, fail: 2 };
export type Severity = 'low' | 'medium' | 'high' | 'critical';
/** Severities in order, for `fail-on: <severity>` thresholds (the policy's and the action input's alike). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 1, medium: 2, high: 3, critical: 4 };
export type RequirementState = 'verified' | 'attested' | 'unverified' | 'violated';

/** The rule that decided a verdict, and where it is written. */
export interface RuleRef {
  /** A stable id: the rule's `id`/`name`, `default`, `remote_access`, `exception[0]`, … */
  id: string;
  file: string;
  line: number;
  column?: number;
}

export interface RequirementResult {
  state: RequirementState;
  /** One plain sentence: what proved it, or what is missing. */
  detail: string;
}

/** The judgement of one finding (or one policy-level problem such as an expired exception). */
export interface Verdict {
  host: string;
  hostname?: string;
  port: number;
  protocol: Protocol;
  /**
   * The finding's service name (`ports[].service.name`: ssh, http, redis, …) and product, so
   * that readers need not join verdicts with `ports`. Absent when nothing was identified (or
   * the verdict is about no open port). Untrusted when it came from a scan: escape before display.
   */
  service?: string;
  product?: string;
  /** A report merged from several vantages: the vantage whose observation this verdict judges. */
  vantage?: Vantage;
  outcome: Outcome;
  severity?: Severity;
  /** One sentence a reviewer can act on. Built from untrusted service text: escape before display. */
  message: string;
  rule: RuleRef;
  requirements: Record<string, RequirementResult>;
  /**
   * What the policy judged, before the gate (`fail-on`, `mode: warn`, UDP silence) decided
   * whether it fails the check: `outcome` is the gate's, `judged` the policy's. Baselines are
   * built from, and compared with, `judged`. Absent in reports written before it existed.
   */
  judged?: Outcome;
  /** How to fix it, when the rule knows. */
  fix?: string;
  /**
   * The exception that turned a failure into a pass, if any; or, with
   * `waive: violated`, into a warning (a proven violation it waived).
   */
  exception?: { reason: string; approvedBy: string; expires: string; ticket?: string; rule: RuleRef };
  /** Compared with a baseline: new, unchanged, or gone (only present when a baseline was given). */
  baseline?: 'new' | 'unchanged' | 'gone';
  /** true when this verdict counts against the change (DESIGN.md JSON: "new"). */
  new?: boolean;
  /**
   * The pull request's own rules let this through and the base branch's do not: it fails
   * until an approver of the base policy approves the pull request (DESIGN.md, "Who may
   * change the rules").
   */
  pending?: PendingApproval;
}

/** A verdict the pull request's rule changes decided: what the base's rules said, and who approved it. */
export interface PendingApproval {
  /** The outcome the head's rules gave (before it was held for approval). */
  headOutcome: Outcome;
  /** What the base branch's rules made of the same finding. */
  base: { outcome: Outcome; severity?: Severity; message: string; rule: RuleRef };
  /** The approvers whose approving review lets it through; absent while it is pending. */
  approvedBy?: string[];
}

/** What the shell found out about approvals of a pull request (reviews, team membership). */
export interface Approval {
  /** Approvers whose approving review of the pull request counts. */
  by: string[];
  /** One sentence each: what could not be checked, and why. */
  notes: string[];
}

/** How a pull request's changes to the rules were judged (the report's `change`). */
export interface ChangeReview {
  /** Where the base's rules were read: `main @ 3f2a91c`. */
  base: string;
  /** base: compared with the base branch's rules; head: the pull request's rules judged alone (see `reason`). */
  judgedBy: 'base' | 'head';
  reason?: string;
  /** Verdicts the head's rules let through and the base's do not, still waiting for approval. */
  pending: number;
  /** Such verdicts an approver let through. */
  approved: number;
  /** The base policy's approvers (users and org/team). */
  approvers: string[];
  /** Who approved, when someone did. */
  approvedBy?: string[];
  /** What was found about approvals, one sentence each. */
  notes: string[];
}

export interface ScanCounts {
  probed: number;
  open: number;
  closed: number;
  filtered: number;
  /** UDP silence. */
  openFiltered?: number;
}

/** One part of a scan (`--shard K/N`): part `index` (1-based) of `count`. */
export interface ShardRef {
  index: number;
  count: number;
}

export interface ScanSummary {
  targets: string[];
  ports: string;
  vantage: Vantage;
  counts: ScanCounts;
  /** hostname -> addresses it resolved to. */
  resolved?: Record<string, string[]>;
  /** The part of the scan this report covers, when it was split (`--shard K/N`). */
  shard?: ShardRef;
  /**
   * `sha256:<hex>` of the scan's inputs (targets, ports, scope, address cap, policy, fingerprint
   * options), excluding the shard and the vantage: the shards of one scan share it.
   */
  digest?: string;
  /** A merged report: the reports it was merged from (`portcullis merge`). */
  merged?: MergedFrom;
  /**
   * The listeners the environment opened on the runner (the kernel's listener tables before
   * `start` and after `wait-for`), when the session brought the environment up and read them.
   */
  listeners?: ListenerSummary;
}

/** What a merged report was merged from: per vantage, the scan's digest and the shards present. */
export interface MergedFrom {
  reports: number;
  groups: {
    vantage: Vantage;
    digest?: string;
    shards: number;
    present: number[];
    missing: number[];
    duplicated: number[];
  }[];
}

export interface ListenerSummary {
  /** New listeners in the table. */
  new: number;
  /** Endpoints added to the scan because the table showed them (`[::1]:6379/tcp`). */
  probed: string[];
  /** Endpoints judged from the table alone, never probed (outside the targets or the scope). */
  tableOnly: string[];
}

/** Why a report is partial: a signal (SIGINT, SIGTERM, a cancelled job), the scan's time budget, or a merge missing shards (--allow-partial). */
export type PartialReason = 'interrupted' | 'max-duration' | 'missing-shards';

/** The abort reason a session gives its signal, so run() can say why the scan stopped. */
export interface ScanStop {
  partial: PartialReason;
  /** The report's notice: what stopped the scan, and how to avoid it. */
  notice: string;
}

/** A VPN gateway a policy declares (`remote_access.vpn_gateways`): where remote access should be reached through. */
export interface GatewayDeclaration {
  host: string;
  port: number;
  protocol: Protocol;
  /** openvpn, ike (probed); wireguard and others (cannot be proven by an unauthenticated probe). */
  kind: string;
}

/** Gateway kinds an unauthenticated probe can prove (the others answer nothing to strangers, e.g. WireGuard). */
const PROBED_GATEWAY_KINDS: ReadonlySet<string> = new Set(['openvpn', 'ike']);

/** Does a probe of this kind of gateway prove anything (and is it sent at all)? */
export const isProbedGatewayKind = (kind: string): boolean => PROBED_GATEWAY_KINDS.has(kind);

/** What probing one declared VPN gateway showed; reaches the policy engine as context. */
export interface GatewayCheck extends GatewayDeclaration {
  answered: boolean;
  detail: string;
}

/** The JSON report, format version 1 (DESIGN.md, "The JSON report"). Changes only with `version`. */
export interface Report {
  /** The format's version: fields are only added within 1; a removal or a change of meaning bumps it (docs/report.md). */
  version: 1;
  /** The tool that wrote the report, and its version (package.json's). Absent in reports written before it existed. */
  tool?: { name: string; version: string };
  result: 'pass' | 'fail';
  /** true when the scan was interrupted (SIGINT, SIGTERM, abort) or ran out of time, and the report covers only part of it. */
  partial: boolean;
  /** Why the report is partial (only when it is). */
  partialReason?: PartialReason;
  startedAt: string;
  durationMs: number;
  /**
   * `failOn` is the one that gated this report: the policy's own, or the override named by
   * `failOnFrom` (the action's fail-on input, the CLI's --fail-on).
   */
  policy: { file: string; mode?: 'enforce' | 'warn'; failOn?: string; failOnFrom?: string };
  scan: ScanSummary;
  /** Open and open|filtered ports, as findings. */
  ports: Finding[];
  /** Closed and filtered ports, only when asked for. */
  otherPorts?: PortResult[];
  verdicts: Verdict[];
  summary: { violations: number; warnings: number; passed: number; newViolations?: number };
  /** Policy-level notes: an exception that matched nothing, a gateway that did not answer, … */
  notices: string[];
  /** On a pull request: how its changes to the rules were judged against the base branch. */
  change?: ChangeReview;
  /**
   * A merged report: what each vantage saw of every port that was open from at least one of
   * them (`not observed`: that vantage never probed it, which is not "closed").
   */
  observations?: Observation[];
}

/** How a port looked from one vantage; `not open`: probed and closed or filtered (the shard reports list only open ports). */
export type ObservedState = 'open' | 'open|filtered' | 'closed' | 'filtered' | 'not open' | 'not observed';

export interface Observation {
  host: string;
  hostname?: string;
  port: number;
  protocol: Protocol;
  vantage: Vantage;
  state: ObservedState;
}

/** Where messages go: core-backed in the action, console-backed in the CLI. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A collapsible group in the action, an indented block on a terminal. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
};
