import type {
  Approval,
  ChangeReview,
  EvaluationContext,
  Finding,
  ListenerSummary,
  Logger,
  ProbeTask,
  Report,
  ScanStop,
  ShardRef,
  Vantage,
} from './model.js';
import { silentLogger } from './model.js';
import { ConfigurationError, type Diagnostic } from './errors.js';
import type { Listener } from './lifecycle/index.js';
import {
  inputDigest,
  MAX_SHARDS,
  parsePorts,
  parseScope,
  shardTaskCount,
  planListeners,
  probeTasks,
  resolveTargets,
  type ListenerPlan,
  type TargetSet,
} from './targets/index.js';
import { comparePortResults, scan, type ScanProgress } from './prober/index.js';
import {
  fingerprintAll,
  findingFromPort,
  PROBE_NAMES,
  type FingerprintOptions,
} from './fingerprint/index.js';
import {
  evaluate,
  judgeChange,
  loadPolicy,
  settleChange,
  type BaseRules,
  type Evaluation,
  type GateFailOn,
  type Policy,
} from './policy/index.js';
import { buildReport } from './report/index.js';
import { count, plural } from './words.js';

/** Everything one scan needs; the CLI and the action both build this and call `run`. */
export interface RunOptions {
  /** Target expressions (hostnames, IPs, CIDRs, ranges, exclusions); each may be comma-separated. */
  targets: string[];
  /** Port expression: `22,80,443`, `1-1024`, `top-100`, `all`, `ssh`, `udp:53,161`. */
  ports: string;
  /** Path of the YAML policy. */
  policyFile: string;
  /** A policy already loaded (the CLI validates before starting the environment). */
  policy?: Policy;
  vantage?: Vantage;
  /** Probe only this part of the (address, port, protocol) space (`--shard K/N`, src/targets/shard.ts). */
  shard?: ShardRef;
  concurrency?: number;
  rate?: number;
  timeoutMs?: number;
  retries?: number;
  maxAddresses?: number;
  scope?: string[];
  /** false: connect-only sweep, no payloads sent. */
  fingerprint?: boolean;
  probes?: string[];
  /**
   * How many open|filtered UDP ports get every UDP payload of the catalogue (default 64; 0: none).
   * A reply makes the port open and names it.
   */
  udpSweepPorts?: number;
  credentials?: FingerprintOptions['credentials'];
  /** List closed and filtered ports in the report too. */
  listAll?: boolean;
  /**
   * Gate with this fail-on instead of the policy's (`sources.failOn` names where it came from):
   * part of evaluation, so the report's result, verdicts and summary, and every surface, agree.
   */
  failOn?: GateFailOn;
  signal?: AbortSignal;
  logger?: Logger;
  onProgress?: (p: ScanProgress) => void;
  /**
   * Extra evaluation context, passed through to the policy engine: a baseline, and what the
   * declared VPN gateways answered (the session probes them; evaluation never touches the network).
   */
  context?: Partial<Parameters<typeof evaluate>[2]>;
  now?: Date;
  /** Where each setting came from, for error messages (the action: `input targets`). Default: the CLI's flags. */
  sources?: Partial<Sources>;
  /** The targets, already resolved (the session resolves them to check the gateways against them). */
  resolvedTargets?: TargetSet;
  /**
   * The listeners the environment opened on the runner (the kernel's tables before `start`
   * and after `wait-for`): those inside the targets and the scope are probed, the others
   * judged from the table alone (src/targets/listeners.ts).
   */
  listeners?: { opened: Listener[]; localAddresses: string[] };
  /** The session's notices for the report (gateways not probed, a listener table not read). */
  notices?: string[];
  /** On a pull request: the base branch's rules, to judge the pull request's changes to them. */
  base?: BaseRules;
  /** Asked, when a change to the rules is pending, who of these approvers approved the pull request. */
  approve?: (approvers: string[]) => Promise<Approval>;
}

/** The flag or input each setting of a run came from. */
export interface Sources {
  targets: string;
  ports: string;
  scope: string;
  maxAddresses: string;
  probes: string;
  concurrency: string;
  rate: string;
  timeout: string;
  retries: string;
  failOn: string;
  udpSweepPorts: string;
  shard: string;
}

export const CLI_SOURCES: Sources = {
  targets: '--targets',
  ports: '--ports',
  scope: '--scope',
  maxAddresses: '--max-addresses',
  probes: '--probes',
  concurrency: '--concurrency',
  rate: '--rate',
  timeout: '--timeout',
  retries: '--retries',
  failOn: '--fail-on',
  udpSweepPorts: '--udp-sweep-ports',
  shard: '--shard',
};

/** The limits of the engine's settings; the shells only parse numbers, the engine says what it can do. */
export const LIMITS = {
  concurrency: { min: 1, max: 100_000 },
  rate: { min: 1, max: 10_000_000 },
  timeoutMs: { min: 1, max: 6 * 3_600_000 },
  retries: { min: 0, max: 10 },
  maxAddresses: { min: 1, max: 16_777_216 },
  udpSweepPorts: { min: 0, max: 65_536 },
} as const;

/**
 * The checks that belong to the engine, each naming the flag or input at fault, all at
 * once: run() makes them, and the session makes them before it brings anything up.
 */
export function checkRunOptions(options: Omit<RunOptions, 'targets' | 'ports' | 'policyFile'>): void {
  const sources = { ...CLI_SOURCES, ...options.sources };
  const problems: Diagnostic[] = [];
  const unknown = (options.probes ?? []).filter((p) => !PROBE_NAMES.includes(p));
  if (unknown.length) {
    problems.push({
      source: sources.probes,
      message: `unknown probe ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${PROBE_NAMES.join(', ')})`,
    });
  }
  const within = (
    value: number | undefined,
    limit: { min: number; max: number },
    source: string,
    what: string,
    integer = true,
  ) => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value < limit.min || value > limit.max)
      problems.push({
        source,
        message: `${value} is out of range: ${what} from ${count(limit.min)} to ${count(limit.max)}`,
      });
    else if (integer && !Number.isInteger(value))
      problems.push({ source, message: `${value} is not a whole number` });
  };
  within(options.concurrency, LIMITS.concurrency, sources.concurrency, 'probes in flight');
  within(options.rate, LIMITS.rate, sources.rate, 'probes a second');
  within(options.timeoutMs, LIMITS.timeoutMs, sources.timeout, 'milliseconds', false);
  within(options.retries, LIMITS.retries, sources.retries, 'retries');
  within(options.maxAddresses, LIMITS.maxAddresses, sources.maxAddresses, 'addresses');
  within(options.udpSweepPorts, LIMITS.udpSweepPorts, sources.udpSweepPorts, 'UDP ports swept');
  const shard = options.shard;
  if (
    shard &&
    !(
      Number.isInteger(shard.count) &&
      Number.isInteger(shard.index) &&
      shard.count >= 1 &&
      shard.count <= MAX_SHARDS &&
      shard.index >= 1 &&
      shard.index <= shard.count
    )
  )
    problems.push({
      source: sources.shard,
      message: `${shard.index}/${shard.count} is not a shard: write K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS}`,
    });
  if (problems.length) throw new ConfigurationError(problems);
}

/** The one pipeline: targets → prober → fingerprint → findings → policy → report. */
export async function run(options: RunOptions): Promise<Report> {
  const logger = options.logger ?? silentLogger;
  const startedAt = options.now ?? new Date();
  const sources = { ...CLI_SOURCES, ...options.sources };
  // Validate every user input before the first packet: a bad policy or port list costs no scan.
  checkRunOptions(options);
  const policy = options.policy ?? (await loadPolicy(options.policyFile));
  const ports = parsePorts(options.ports, { source: sources.ports });
  const targets =
    options.resolvedTargets ??
    (await resolveTargets(options.targets, {
      maxAddresses: options.maxAddresses,
      scope: options.scope,
      source: sources.targets,
      scopeSource: sources.scope,
      capSource: sources.maxAddresses,
    }));
  const plan = options.listeners
    ? planListeners(options.listeners.opened, {
        targets,
        ports,
        scope: options.scope?.length ? parseScope(options.scope, sources.scope) : undefined,
        localAddresses: options.listeners.localAddresses,
      })
    : undefined;
  const listed = targets.count * ports.count;
  // The table's extra tasks are numbered after the targets' ones, and dealt out the same way.
  const extra = (plan?.probe ?? []).filter((_, i) => inShard(listed + i, options.shard));
  const total = shardTaskCount(listed, options.shard) + extra.length;
  logger.info(
    `probing ${plural(total, 'port')} on ${plural(targets.count, 'address', 'addresses')}` +
      (extra.length ? ` (${count(extra.length)} of them from the runner's listener table)` : '') +
      (options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : ''),
  );

  const tasks = probeTasks(targets, ports, options.shard);
  // The probe loop pulls every task through this: no wrapper when the table added nothing.
  const result = await scan(extra.length ? withExtra(tasks, extra) : tasks, total, {
    concurrency: options.concurrency,
    rate: options.rate,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    signal: options.signal,
    onProgress: options.onProgress,
    keepClosed: options.listAll,
    logger,
  });

  let findings: Finding[];
  if (options.fingerprint === false || result.aborted) {
    findings = result.open.map(findingFromPort);
  } else {
    findings = await fingerprintAll(result.open, {
      probes: options.probes,
      signal: options.signal,
      credentials: options.credentials,
      logger,
      udpSweepPorts: options.udpSweepPorts,
      rate: options.rate,
    });
    // The UDP sweep's replies opened open|filtered ports: count them as open.
    const opened = findings.filter((f, i) => f.state === 'open' && result.open[i].state === 'open|filtered');
    if (opened.length) {
      result.counts.open += opened.length;
      result.counts.openFiltered = (result.counts.openFiltered ?? 0) - opened.length;
      logger.info(
        `fingerprint: ${plural(opened.length, 'open|filtered UDP port')} answered a payload of the sweep: open`,
      );
    }
  }

  if (plan) findings = withListeners(findings, plan, extra);

  // An interrupted scan is judged on what it saw, and says so (the report is marked partial).
  const partial = result.aborted || options.signal?.aborted === true;
  const stop = partial ? scanStop(options.signal) : undefined;
  const context: EvaluationContext & Parameters<typeof evaluate>[2] = {
    vantage: options.vantage ?? 'untrusted',
    now: startedAt,
    gateways: [],
    ...options.context,
    ...(options.failOn !== undefined ? { failOn: options.failOn, failOnFrom: sources.failOn } : {}),
    partial,
  };
  const { evaluation, change } = await judge(findings, policy, context, options);

  const listeners = plan ? listenerSummary(options.listeners!.opened, plan) : undefined;
  return buildReport({
    startedAt,
    finishedAt: new Date(),
    partial,
    stop,
    notices: [...(options.notices ?? []), ...(listeners ? listenerNotices(listeners, plan!) : [])],
    policy: {
      file: policy.file,
      mode: policy.mode,
      failOn: evaluation.gate.failOn,
      ...(evaluation.gate.from !== undefined ? { failOnFrom: evaluation.gate.from } : {}),
    },
    scan: {
      targets: targets.expressions,
      ports: ports.expression,
      vantage: context.vantage,
      counts: result.counts,
      resolved: Object.keys(targets.resolved).length ? targets.resolved : undefined,
      ...(listeners ? { listeners } : {}),
      ...(options.shard ? { shard: options.shard } : {}),
      digest: scanDigest(options, targets.expressions, ports.expression, policy),
    },
    findings,
    otherPorts: options.listAll ? result.others : undefined,
    evaluation,
    context,
    change,
  });
}

const inShard = (i: number, shard: ShardRef | undefined) =>
  shard === undefined || i % shard.count === shard.index - 1;

/**
 * What the scan was asked to do, as a digest (excluding the shard and the vantage): the
 * shards of one scan share it, and the merge refuses to join reports that differ.
 */
export function scanDigest(
  options: Pick<RunOptions, 'scope' | 'maxAddresses' | 'fingerprint' | 'probes' | 'listAll'>,
  targets: readonly string[],
  ports: string,
  policy: Policy,
): string {
  const { warnings: _warnings, ...rules } = policy;
  return inputDigest({
    targets,
    ports,
    scope: options.scope ?? [],
    maxAddresses: options.maxAddresses ?? null,
    fingerprint: options.fingerprint !== false,
    probes: options.probes ?? null,
    listAll: options.listAll === true,
    policy: rules,
  });
}

function* withExtra(tasks: Iterable<ProbeTask>, extra: readonly ProbeTask[]): Generator<ProbeTask> {
  yield* tasks;
  yield* extra;
}

const endpointText = (e: { host: string; port: number; protocol: string }) =>
  `${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}/${e.protocol}`;
const taskKey = (e: { host: string; port: number; protocol: string }) => `${e.protocol}|${e.host}|${e.port}`;

/** Mark what the table added to the scan, and add what it alone shows, in report order. */
function withListeners(findings: Finding[], plan: ListenerPlan, extra: readonly ProbeTask[]): Finding[] {
  const added = new Set(extra.map(taskKey));
  const out = findings.map((f) => (added.has(taskKey(f)) ? { ...f, origin: 'listener-table' as const } : f));
  if (plan.tableOnly.length === 0) return out; // the prober's results are already in report order
  for (const l of plan.tableOnly) {
    out.push({
      ...findingFromPort({
        host: l.address,
        port: l.port,
        protocol: l.protocol,
        state: 'open',
        reason: 'listening',
        tries: 0,
      }),
      origin: 'listener-table',
    });
  }
  return out.sort(comparePortResults);
}

function listenerSummary(opened: readonly Listener[], plan: ListenerPlan): ListenerSummary {
  return {
    new: opened.length,
    probed: plan.probe.map(endpointText),
    tableOnly: plan.tableOnly.map((l) => endpointText({ ...l, host: l.address })),
  };
}

const MAX_LISTED = 20;
function listed(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${count(items.length - MAX_LISTED)} more` : shown;
}

function listenerNotices(summary: ListenerSummary, plan: ListenerPlan): string[] {
  const notices: string[] = [];
  if (summary.probed.length)
    notices.push(
      `The runner's listener table showed ${plural(summary.probed.length, 'listener')} of the environment that the targets and ports did not name; probed and judged with the rest: ${listed(summary.probed)}.`,
    );
  if (plan.tableOnly.length)
    notices.push(
      `${plural(plan.tableOnly.length, 'listener')} the environment opened on the runner ${plan.tableOnly.length === 1 ? 'is' : 'are'} outside the targets or the scope: judged from the kernel's listener table alone (service guessed from the port number), never probed: ${listed(plan.tableOnly.map((l) => `${endpointText({ ...l, host: l.address })} (${l.why})`))}.`,
    );
  return notices;
}

/** Why the scan stopped early: what the session gave its signal as the reason, else an interruption. */
function scanStop(signal: AbortSignal | undefined): ScanStop | undefined {
  const reason = signal?.reason as Partial<ScanStop> | undefined;
  if (reason && typeof reason === 'object' && reason.partial && typeof reason.notice === 'string')
    return { partial: reason.partial, notice: reason.notice };
  return undefined;
}

/**
 * The policy phase: the findings judged by the policy and, on a pull request, by the
 * base branch's rules too (policy/change.ts); approvals are asked for only when a
 * change to the rules is pending. Shared by run() and the re-judging of a report.
 */
export async function judge(
  findings: Finding[],
  policy: Policy,
  context: Parameters<typeof evaluate>[2],
  options: Pick<RunOptions, 'base' | 'approve' | 'logger'>,
): Promise<{ evaluation: Evaluation; change?: ChangeReview }> {
  if (!options.base) return { evaluation: evaluate(findings, policy, context) };
  const prepared = judgeChange({
    findings,
    head: policy,
    context,
    base: options.base,
    // The gate both judgements are compared under: the context's override, as evaluate applies it.
    failOn: context.failOn,
  });
  let approval: Approval | undefined;
  if (prepared.pending.length > 0 && prepared.review.approvers.length > 0 && options.approve) {
    try {
      approval = await options.approve(prepared.review.approvers);
    } catch (err) {
      // Not knowing who approved leaves the change pending: the gate fails closed.
      approval = {
        by: [],
        notes: [`the approvals could not be read: ${err instanceof Error ? err.message : String(err)}`],
      };
    }
  }
  const { evaluation, review } = settleChange(prepared, approval);
  return { evaluation, change: review };
}
