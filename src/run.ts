import type { Approval, ChangeReview, EvaluationContext, Finding, Logger, Report, Vantage } from './model.js';
import { silentLogger } from './model.js';
import { ConfigurationError, type Diagnostic } from './errors.js';
import { parsePorts, probeTasks, resolveTargets } from './targets/index.js';
import { scan, type ScanProgress } from './prober/index.js';
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
  concurrency?: number;
  rate?: number;
  timeoutMs?: number;
  retries?: number;
  maxAddresses?: number;
  scope?: string[];
  /** false: connect-only sweep, no payloads sent. */
  fingerprint?: boolean;
  probes?: string[];
  credentials?: FingerprintOptions['credentials'];
  /** List closed and filtered ports in the report too. */
  listAll?: boolean;
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
  /** On a pull request: the base branch's rules, to judge the pull request's changes to them. */
  base?: BaseRules;
  /** The step's override of the policy's fail-on (the action's input), so the comparison judges the gate it will apply. */
  failOn?: GateFailOn;
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
};

/** The limits of the engine's settings; the shells only parse numbers, the engine says what it can do. */
export const LIMITS = {
  concurrency: { min: 1, max: 100_000 },
  rate: { min: 1, max: 10_000_000 },
  timeoutMs: { min: 1, max: 6 * 3_600_000 },
  retries: { min: 0, max: 10 },
  maxAddresses: { min: 1, max: 16_777_216 },
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
        message: `${value} is out of range: ${what} from ${limit.min.toLocaleString('en-US')} to ${limit.max.toLocaleString('en-US')}`,
      });
    else if (integer && !Number.isInteger(value))
      problems.push({ source, message: `${value} is not a whole number` });
  };
  within(options.concurrency, LIMITS.concurrency, sources.concurrency, 'probes in flight');
  within(options.rate, LIMITS.rate, sources.rate, 'probes a second');
  within(options.timeoutMs, LIMITS.timeoutMs, sources.timeout, 'milliseconds', false);
  within(options.retries, LIMITS.retries, sources.retries, 'retries');
  within(options.maxAddresses, LIMITS.maxAddresses, sources.maxAddresses, 'addresses');
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
  const targets = await resolveTargets(options.targets, {
    maxAddresses: options.maxAddresses,
    scope: options.scope,
    source: sources.targets,
    scopeSource: sources.scope,
    capSource: sources.maxAddresses,
  });
  const total = targets.count * ports.count;
  logger.info(
    `probing ${total.toLocaleString('en-US')} ports on ${targets.count} address${targets.count === 1 ? '' : 'es'}`,
  );

  const result = await scan(probeTasks(targets, ports), total, {
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
    });
  }

  // An interrupted scan is judged on what it saw, and says so (the report is marked partial).
  const partial = result.aborted || options.signal?.aborted === true;
  const context: EvaluationContext & Parameters<typeof evaluate>[2] = {
    vantage: options.vantage ?? 'untrusted',
    now: startedAt,
    gateways: [],
    ...options.context,
    partial,
  };
  const { evaluation, change } = await judge(findings, policy, context, options);

  return buildReport({
    startedAt,
    finishedAt: new Date(),
    partial,
    policy: { file: policy.file, mode: policy.mode, failOn: policy.failOn },
    scan: {
      targets: targets.expressions,
      ports: ports.expression,
      vantage: context.vantage,
      counts: result.counts,
      resolved: Object.keys(targets.resolved).length ? targets.resolved : undefined,
    },
    findings,
    otherPorts: options.listAll ? result.others : undefined,
    evaluation,
    context,
    change,
  });
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
  options: Pick<RunOptions, 'base' | 'failOn' | 'approve' | 'logger'>,
): Promise<{ evaluation: Evaluation; change?: ChangeReview }> {
  if (!options.base) return { evaluation: evaluate(findings, policy, context) };
  const prepared = judgeChange({
    findings,
    head: policy,
    context,
    base: options.base,
    failOn: options.failOn,
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
