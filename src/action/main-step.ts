import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Report } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import { runSession, type BaseSource } from '../session.js';
import type { RemotePolicyReader } from '../policy/index.js';
import { escapeMarkdown } from '../untrusted.js';
import { SECRET_INPUTS, State } from './constants.js';
import { readSettings, secretsOf, type ActionSettings } from './inputs.js';
import { readRunContext } from './context.js';
import { createGitHubClient, type GitHubClient } from './github.js';
import { actionBase, actionRemote } from './base.js';
import { fetchAutoBaseline, storeAutoBaseline } from './baseline-auto.js';
import type { ActionIO } from './io.js';
import { publish } from './publish-step.js';
import { loadReport } from './report-only.js';
import { mergeMode } from './merge-mode.js';
import { storeShardReport } from './shard-artifacts.js';
import { review } from './review.js';
import { ACTION_SOURCES } from './sources.js';
import { testMode, validateMode } from './policy-modes.js';

/**
 * The action's main step as plain logic: read the inputs, bring the
 * environment up, run the one pipeline, and report where reviewers look.
 * Teardown is the post step's job, so it happens even when this step dies.
 */

export interface MainDependencies {
  io: ActionIO;
  env?: NodeJS.ProcessEnv;
  /** A GitHub client to use instead of the Octokit one (tests of the logic alone). */
  client?: GitHubClient;
}

export async function mainStep(deps: MainDependencies): Promise<void> {
  const { io } = deps;
  const env = deps.env ?? process.env;
  const logger = io.logger;
  const masked = new Set<string>();
  const mask = (secret: string) => {
    if (secret && !masked.has(secret)) io.setSecret(secret);
    masked.add(secret);
  };
  // Mask the secret inputs first, before even an input error could be logged.
  for (const name of SECRET_INPUTS) mask(io.getInput(name).trim());
  let settings: ActionSettings;
  try {
    settings = readSettings(io.getInput, env);
  } catch (err) {
    await fail(io, err);
    return;
  }
  // Before anything can log them.
  for (const secret of secretsOf(settings)) mask(secret);

  const ctx = readRunContext(env);
  const client =
    deps.client ??
    (settings.token && ctx.owner
      ? createGitHubClient({
          token: settings.token,
          owner: ctx.owner,
          repo: ctx.repo,
          baseUrl: ctx.apiUrl,
          logger,
        })
      : undefined);

  // Checking a policy needs no environment, no network and no GitHub client.
  if (settings.mode === 'validate' || settings.mode === 'test') {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    try {
      if (settings.mode === 'validate') await validateMode(settings, io, workspace);
      else await testMode(settings, io, workspace);
    } catch (err) {
      await fail(io, err);
    }
    return;
  }

  let report: Report;
  try {
    if (settings.mode === 'report-only') report = await loadReport(settings);
    else if (settings.mode === 'merge')
      report = await mergeMode(settings, logger, {
        ctx,
        client,
        dir: join(env.RUNNER_TEMP || tmpdir(), 'portcullis', 'reports'),
      });
    else {
      // On a pull request the base's rules judge its changes to them (docs/security.md).
      const base = await actionBase(settings, ctx, client, logger);
      const remote = actionRemote(settings, ctx, logger);
      if (settings.mode === 'review') {
        const judged = await review(settings, ctx, client, io, base, remote);
        if (!judged) return;
        report = judged;
      } else {
        // baseline: auto — a file given wins; without one, the base branch's stored baseline.
        const auto =
          settings.baselineAuto && !settings.baselineFile
            ? await fetchAutoBaseline(
                settings,
                ctx,
                client,
                logger,
                join(env.RUNNER_TEMP || tmpdir(), 'portcullis'),
              )
            : undefined;
        report = await scan(
          auto?.file ? { ...settings, baselineFile: auto.file } : settings,
          io,
          env,
          base,
          remote,
        );
        if (auto) report.notices.unshift(auto.notice);
      }
    }
  } catch (err) {
    await fail(io, err);
    return;
  }
  try {
    await publish(report, settings, ctx, io, client);
  } catch (err) {
    await fail(io, err);
    return;
  }
  if (settings.mode === 'scan' && settings.baselineAuto && !settings.baselineFile)
    await storeAutoBaseline(report, settings, ctx, logger);
  if (settings.mode === 'scan' && settings.uploadReport)
    await storeShardReport(report, settings, ctx, logger);
}

async function scan(
  settings: ActionSettings,
  io: ActionIO,
  env: NodeJS.ProcessEnv,
  base: BaseSource | undefined,
  remote: RemotePolicyReader,
): Promise<Report> {
  const startLog = join(env.RUNNER_TEMP || tmpdir(), 'portcullis', `start-${process.pid}.log`);
  const session = await runSession({
    targets: settings.targets,
    ports: settings.ports,
    policyFile: settings.policyFile,
    vantage: settings.vantage,
    shard: settings.shard,
    concurrency: settings.concurrency,
    rate: settings.rate,
    udpSweepPorts: settings.udpSweepPorts,
    timeoutMs: settings.timeoutMs,
    scope: settings.scope,
    maxAddresses: settings.maxAddresses,
    fingerprint: settings.fingerprint,
    probes: settings.probes,
    credentials: settings.ssh ? { ssh: { ...settings.ssh } } : undefined,
    baselineFile: settings.baselineFile,
    base,
    remote,
    // Recording a baseline is not a gate: without the fail-on input it fails nothing, as
    // `portcullis scan --write-baseline` without --fail-on does (the report says so).
    failOn: settings.failOn ?? (settings.writeBaseline ? 'never' : undefined),
    writeBaseline: settings.writeBaseline,
    maxDurationMs: settings.maxDurationMs,
    listenerTable: settings.listenerTable,
    environment: {
      start: settings.start,
      composeFile: settings.composeFile,
      waitFor: settings.waitFor,
      waitTimeoutMs: settings.waitTimeoutMs,
      stop: settings.stop,
      cwd: settings.workingDirectory,
      startLog: settings.start ? startLog : undefined,
      secrets: secretsOf(settings),
      // The post step tears down, so teardown happens even when this step dies.
      teardown: false,
      beforeStart: () => {
        // From here on, post runs `stop`, whatever happens to this step.
        io.saveState(State.Lifecycle, 'true');
        io.saveState(State.Cwd, settings.workingDirectory);
        if (settings.start) io.saveState(State.StartLog, startLog);
      },
      onStarted: ({ pid, composeFile }) => {
        if (pid) io.saveState(State.StartPid, String(pid));
        if (composeFile) io.saveState(State.ComposeFile, composeFile);
      },
    },
    interrupt: {
      // The runner sends SIGINT, then SIGTERM a few seconds later: the second one means now.
      message: (sig) =>
        `${sig}: the job is being cancelled; stopping the scan (the post step tears the environment down)`,
    },
    scanGroup: 'scan',
    sources:
      settings.writeBaseline && !settings.failOn
        ? { ...ACTION_SOURCES, failOn: 'input write-baseline without fail-on' }
        : ACTION_SOURCES,
    logger: io.logger,
  });
  return session.report;
}

async function fail(io: ActionIO, err: unknown): Promise<void> {
  const kind =
    err instanceof ConfigurationError
      ? 'configuration'
      : err instanceof RuntimeFailure
        ? 'runtime'
        : 'internal';
  const message = err instanceof Error ? err.message : String(err);
  if (kind === 'internal' && err instanceof Error && err.stack) io.logger.debug(err.stack);
  try {
    await io.appendSummary(
      `### ❌ Portcullis could not run\n\n${message
        .split('\n')
        .map((l) => `> ${escapeMarkdown(l, 2000)}`)
        .join('\n')}\n`,
    );
  } catch {
    // no summary file outside Actions
  }
  io.setFailed(kind === 'internal' ? `Portcullis failed unexpectedly: ${message}` : `Portcullis: ${message}`);
}
