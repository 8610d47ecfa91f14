import type { Report, ScanStop } from './model.js';
import { silentLogger } from './model.js';
import { ConfigurationError } from './errors.js';
import { checkRunOptions, run, type RunOptions } from './run.js';
import { baselineFromVerdicts, serializeBaseline, type RemotePolicyReader } from './policy/index.js';
import type { BaseSource } from './session/base.js';
import { loadRules } from './session/rules.js';
import { writeReportFiles } from './session/files.js';
import { CLI_SESSION_SOURCES, type SessionSources } from './session/sources.js';
import { parsePorts, parseScope, resolveTargets, systemResolve } from './targets/index.js';
import { checkVpnGateways } from './fingerprint/index.js';
import { composeTargets, tearDown, type WaitEntry } from './lifecycle/index.js';
import { bringUpWatched } from './session/environment.js';
import {
  checkGatewaysInScope,
  checkWaitForScope,
  lookupFrom,
  memoResolve,
  planGateways,
  type Resolve,
} from './session/boundary.js';
import { budgetNotice, DEFAULT_MAX_DURATION_MS, MAX_DURATION_LIMITS } from './session/budget.js';
import { writeFileAtomic, type FileFormat, type ReporterOptions } from './report/index.js';
import { plural } from './words.js';

/**
 * One scan session, the same under both shells (DESIGN.md, "The pipeline"): the checks
 * that cost no packet, the policy and the baseline, signals and cancellation, bring-up
 * with compose-derived defaults, `run()`, teardown, and the report files asked for. The
 * CLI adds its flags and progress bar; the action its inputs, masking, post state and
 * publishing.
 */

/** What is probed when nothing says which ports (and compose publishes none). */
export const DEFAULT_PORTS = 'top-1000';

export interface EnvironmentOptions {
  start?: string;
  composeFile?: string;
  waitFor: WaitEntry[];
  waitTimeoutMs: number;
  stop?: string;
  /** Where start, stop and compose run. */
  cwd: string;
  /** Send the start command's output to this file (the environment outlives the process). */
  startLog?: string;
  /** Tear down when the session ends (the CLI), or leave it to a later step (the action's post). */
  teardown: boolean;
  /** Values that start, stop and compose must not see in any variable (command-env.ts). */
  secrets?: readonly string[];
  /** Called once every check has passed, just before anything is brought up. */
  beforeStart?: () => void;
  /** Told what exists to tear down as soon as it exists (bring-up may fail half-way). */
  onStarted?: (what: { pid?: number; composeFile?: string }) => void;
}

export type { BaseSource } from './session/base.js';
export { CLI_SESSION_SOURCES, type SessionSources } from './session/sources.js';
export { judgeAgain, judgedAgainOf, type JudgedAgain } from './session/judge-again.js';
export { writeReportFiles } from './session/files.js';
export { mergeReports, type MergeOptions } from './session/merge.js';
export { loadBaseline } from './session/rules.js';
export { gitBase, resolveCommit } from './session/git-base.js';

export interface SessionOptions extends Omit<
  RunOptions,
  | 'targets'
  | 'ports'
  | 'context'
  | 'signal'
  | 'sources'
  | 'resolvedTargets'
  | 'listeners'
  | 'notices'
  | 'base'
  | 'approve'
> {
  /** Target expressions; empty when compose-file names what to probe. */
  targets: string[];
  /** Port expression; undefined: what compose publishes, else top-1000. */
  ports?: string;
  /** A baseline file (`--write-baseline`) or a JSON report whose verdicts become one. */
  baselineFile?: string;
  environment?: EnvironmentOptions;
  /** Report files to write, by format. */
  files?: Partial<Record<FileFormat, string>>;
  reporterOptions?: ReporterOptions;
  /** Write this scan's verdicts as a baseline to this file (not when the scan was interrupted). */
  writeBaseline?: string;
  /** Take SIGINT and SIGTERM: the first stops the scan (a partial report), the second exits at once. */
  interrupt?: { message: (signal: NodeJS.Signals) => string };
  /** Run the scan inside a log group of this name. */
  scanGroup?: string;
  sources?: Partial<SessionSources>;
  /**
   * Compare the runner's listener tables before `start` and after `wait-for` (default true;
   * only when the session brings the environment up on the runner: `start` or a compose file).
   */
  listenerTable?: boolean;
  /**
   * The scan's time budget in milliseconds: target resolution, gateway probes, probing and
   * fingerprinting (not bring-up, which wait-timeout bounds). Default 30 minutes.
   */
  maxDurationMs?: number;
  /** Name resolution for targets, gateways and wait-for (tests inject their own). */
  resolve?: Resolve;
  /** On a pull request: its base, whose rules judge the pull request's changes to them. */
  base?: BaseSource;
  /** Reads pinned `extends` (github:…@SHA, { url, sha256 }); default: over HTTPS with the CLI's cache. */
  remote?: RemotePolicyReader;
}

export interface SessionResult {
  report: Report;
  /** The signal that stopped the scan, if one did. */
  interrupted?: NodeJS.Signals;
  /** Report files that could not be written (each already logged as a warning). */
  unwritten: string[];
  /** The baseline written, when one was asked for and the scan was whole. */
  baselineWritten?: { file: string; entries: number };
  /** The scan's time budget ran out (the report is partial): the shells exit 4 / fail the step. */
  budgetExpired?: { limitMs: number };
}

export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const logger = options.logger ?? silentLogger;
  const sources = { ...CLI_SESSION_SOURCES, ...options.sources };
  const env = options.environment;
  const maxDurationMs = options.maxDurationMs ?? DEFAULT_MAX_DURATION_MS;

  // Everything that costs no packet is checked before anything is brought up.
  checkRunOptions({ ...options, sources });
  checkMaxDuration(maxDurationMs, sources.maxDuration);
  if (options.ports !== undefined) parsePorts(options.ports, { source: sources.ports });
  const scope = options.scope?.length ? parseScope(options.scope, sources.scope) : undefined;
  const { policy, baseline, base } = await loadRules(options, sources.baseline);
  // Nothing is probed, or waited for, outside the scope (names are looked up once for the session).
  const resolve = memoResolve(options.resolve ?? systemResolve);
  if (scope) {
    if (env?.waitFor.length) await checkWaitForScope(env.waitFor, scope, sources, resolve);
    await checkGatewaysInScope(policy.vpnGateways, scope, sources.scope, resolve);
  }

  // One listener per stage on this signal, not one per probe or connection (the fingerprint
  // stage shares one among all its connections: src/fingerprint/io.ts whenAborted), so the
  // default limit of 10 holds and Node has nothing to warn about.
  const controller = new AbortController();
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (interrupted) process.exit(sig === 'SIGINT' ? 130 : 143);
    interrupted = sig;
    logger.warn(options.interrupt?.message(sig) ?? `${sig}: stopping the scan`);
    controller.abort();
  };
  if (options.interrupt) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  // What teardown must remove, recorded as soon as it exists.
  const started: { pid?: number; composeFile?: string } = {};
  let budget: NodeJS.Timeout | undefined;
  let report: Report;
  try {
    let targets = options.targets;
    let ports = options.ports;
    const notices: string[] = [];
    let listeners: RunOptions['listeners'];
    env?.beforeStart?.();
    if (env && (env.start || env.composeFile || env.waitFor.length)) {
      const up = await bringUpWatched(env, {
        listenerTable: options.listenerTable !== false,
        // With a scope, wait-for reaches the addresses that were checked against it.
        lookup: scope ? lookupFrom(resolve) : undefined,
        logger,
        signal: controller.signal,
        onStarted: (what) => Object.assign(started, what),
      });
      notices.push(...up.notices);
      listeners = up.listeners;
      // Without targets, probe what compose publishes; without ports, its published ports.
      if (env.composeFile && (targets.length === 0 || ports === undefined)) {
        const discovered = composeTargets(up.environment, env.composeFile);
        if (targets.length === 0) targets = discovered.targets;
        ports ??= discovered.ports;
        logger.info(`probing what compose publishes: ${targets.join(', ')} ports ${ports}`);
      }
    }
    // The scan's time budget starts once the environment is up (wait-timeout bounded that).
    const stop: ScanStop = {
      partial: 'max-duration',
      notice: budgetNotice(maxDurationMs, sources.maxDuration),
    };
    budget = setTimeout(() => {
      logger.warn(`the scan's time budget (${sources.maxDuration}) ran out; stopping the scan`);
      controller.abort(stop);
    }, maxDurationMs);
    const resolvedTargets = await resolveTargets(targets, {
      maxAddresses: options.maxAddresses,
      scope: options.scope,
      source: sources.targets,
      scopeSource: sources.scope,
      capSource: sources.maxAddresses,
      resolve,
    });
    // The declared VPN gateways are probed here, before evaluation, which stays pure; only
    // inside the targets and the scope.
    const gatewayPlan = await planGateways(policy.vpnGateways, {
      targets: resolvedTargets,
      scope,
      scopeSource: sources.scope,
      resolve,
    });
    notices.push(...gatewayPlan.notices);
    const gateways =
      policy.vpnGateways.length > 0
        ? [
            ...gatewayPlan.skipped,
            ...(gatewayPlan.probe.length
              ? await checkVpnGateways(gatewayPlan.probe, {
                  signal: controller.signal,
                  timeoutMs: options.timeoutMs,
                  resolve: gatewayPlan.resolve,
                  logger,
                })
              : []),
          ]
        : [];
    const runOptions: RunOptions = {
      ...options,
      targets,
      ports: ports ?? DEFAULT_PORTS,
      policy,
      context: { gateways, ...(baseline ? { baseline } : {}) },
      base,
      approve: options.base?.approve,
      signal: controller.signal,
      sources,
      logger,
      resolvedTargets,
      listeners,
      notices,
    };
    report = options.scanGroup
      ? await logger.group(options.scanGroup, () => run(runOptions))
      : await run(runOptions);
  } finally {
    clearTimeout(budget);
    if (options.interrupt) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    if (env?.teardown && (env.stop || started.pid || started.composeFile)) {
      await logger.group('stop', () =>
        tearDown({
          stop: env.stop,
          pid: started.pid,
          composeFile: started.composeFile,
          cwd: env.cwd,
          secrets: env.secrets,
          logger,
        }),
      );
    }
  }

  const result: SessionResult = { report, unwritten: [] };
  if (interrupted) result.interrupted = interrupted;
  else if (report.partialReason === 'max-duration') result.budgetExpired = { limitMs: maxDurationMs };
  result.unwritten = await writeReportFiles(
    report,
    options.files ?? {},
    options.reporterOptions ?? {},
    logger,
  );
  if (options.writeBaseline) {
    // A partial scan would record closed-looking ports as gone: keep the old baseline instead.
    if (report.partial) {
      logger.warn(
        `the scan ${report.partialReason === 'max-duration' ? 'ran out of time' : 'was interrupted'}; not writing the baseline ${options.writeBaseline}`,
      );
    } else {
      const written = baselineFromVerdicts(report.verdicts, { policy: report.policy.file });
      await writeFileAtomic(options.writeBaseline, serializeBaseline(written));
      const n = written.entries.length;
      logger.info(`wrote ${plural(n, 'entry', 'entries')} to ${options.writeBaseline}`);
      result.baselineWritten = { file: options.writeBaseline, entries: n };
    }
  }
  return result;
}

function checkMaxDuration(ms: number, source: string): void {
  if (!Number.isFinite(ms) || ms < MAX_DURATION_LIMITS.min || ms > MAX_DURATION_LIMITS.max)
    throw new ConfigurationError({
      source,
      message: `${ms} ms is out of range: a duration from 1s to 6h`,
    });
}
