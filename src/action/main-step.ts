import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Report } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import { run, type RunOptions } from '../run.js';
import { reporters, writeFileAtomic, type Reporter, type ReporterOptions } from '../report/index.js';
import { parseBaseline, baselineFromVerdicts, type Baseline } from '../policy/index.js';
import { renderMarkdown } from '../report/markdown.js';
import { parseReport } from '../report/schema.js';
import { escapeMarkdown } from '../escape.js';
import { bringUp, composeTargets, type Environment } from '../lifecycle/index.js';
import { Input, Output, State, SUMMARY_LIMIT } from './constants.js';
import { readSettings, secretsOf, type ActionSettings } from './inputs.js';
import { readRunContext, type RunContext } from './context.js';
import { createGitHubClient, type GitHubClient } from './github.js';
import { degrade, failureReason, newViolations, publishCheckRun, publishComment } from './publish.js';
import { publishDrift } from './drift.js';
import type { ActionIO } from './io.js';

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
  for (const name of [Input.GitHubToken, Input.SshPassword, Input.SshPrivateKey])
    mask(io.getInput(name).trim());
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

  let report: Report;
  try {
    report = settings.mode === 'report-only' ? await loadReport(settings) : await scan(settings, io, env);
  } catch (err) {
    await fail(io, err);
    return;
  }
  try {
    await publish(report, settings, ctx, io, client);
  } catch (err) {
    await fail(io, err);
  }
}

async function loadReport(settings: ActionSettings): Promise<Report> {
  const file = settings.reportFile as string;
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new ConfigurationError({
      source: 'input report',
      message: `cannot read "${file}": ${err.code ?? err.message}`,
    });
  });
  return parseReport(text, file);
}

async function scan(settings: ActionSettings, io: ActionIO, env: NodeJS.ProcessEnv): Promise<Report> {
  const logger = io.logger;
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    // The runner sends SIGINT, then SIGTERM a few seconds later: the second one means now.
    if (++signals > 1) process.exit(sig === 'SIGINT' ? 130 : 143);
    logger.warn(
      `${sig}: the job is being cancelled; stopping the scan (the post step tears the environment down)`,
    );
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // From here on, post runs `stop`, whatever happens to this step.
    io.saveState(State.Lifecycle, 'true');
    io.saveState(State.Cwd, settings.workingDirectory);
    const startLog = join(env.RUNNER_TEMP || tmpdir(), 'portcullis', `start-${process.pid}.log`);
    let environment: Environment = {};
    if (settings.composeFile || settings.start || settings.waitFor.length) {
      if (settings.start) io.saveState(State.StartLog, startLog);
      environment = await bringUp({
        start: settings.start,
        waitFor: settings.waitFor,
        waitTimeoutMs: settings.waitTimeoutMs,
        composeFile: settings.composeFile,
        cwd: settings.workingDirectory,
        logger,
        signal: controller.signal,
        startLog,
        onStarted: ({ pid, composeFile }) => {
          if (pid) io.saveState(State.StartPid, String(pid));
          if (composeFile) io.saveState(State.ComposeFile, composeFile);
        },
      });
    }
    let targets = settings.targets;
    let ports = settings.ports;
    if (settings.composeFile && (targets.length === 0 || !ports)) {
      const discovered = composeTargets(environment, settings.composeFile);
      if (targets.length === 0) targets = discovered.targets;
      ports ??= discovered.ports;
      logger.info(`probing what compose publishes: ${targets.join(', ')} ports ${ports}`);
    }
    const baseline = settings.baselineFile ? await loadBaseline(settings.baselineFile) : undefined;
    const options: RunOptions = {
      targets,
      ports: ports ?? 'top-1000',
      policyFile: settings.policyFile,
      vantage: settings.vantage,
      concurrency: settings.concurrency,
      rate: settings.rate,
      timeoutMs: settings.timeoutMs,
      scope: settings.scope,
      maxAddresses: settings.maxAddresses,
      sources: {
        targets: 'input targets',
        ports: 'input ports',
        scope: 'input scope',
        maxAddresses: 'input max-addresses',
      },
      fingerprint: settings.fingerprint,
      probes: settings.probes,
      credentials: settings.ssh ? { ssh: { ...settings.ssh } } : undefined,
      signal: controller.signal,
      logger,
      context: baseline ? { baseline } : undefined,
    };
    return await logger.group('scan', () => run(options));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** A baseline file (`portcullis scan --write-baseline`), or a JSON report whose verdicts become one. */
async function loadBaseline(file: string): Promise<Baseline> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new ConfigurationError({
      source: 'input baseline',
      message: `cannot read "${file}": ${err.code ?? err.message}`,
    });
  });
  let isBaseline = false;
  try {
    isBaseline = Array.isArray((JSON.parse(text) as { entries?: unknown }).entries);
  } catch {
    // parseReport names the problem
  }
  if (isBaseline) return parseBaseline(text, file);
  const report = parseReport(text, file);
  return baselineFromVerdicts(report.verdicts, {
    policy: report.policy.file,
    now: new Date(report.startedAt),
  });
}

/** Every report file the inputs ask for, written atomically; the JSON one always. */
async function writeReportFiles(
  report: Report,
  settings: ActionSettings,
  options: ReporterOptions,
): Promise<void> {
  const registry: Record<string, Reporter> = reporters;
  const files: Array<[string, string | undefined]> = [
    ['json', settings.jsonFile],
    ['sarif', settings.sarifFile],
    ['junit', settings.junitFile],
  ];
  for (const [format, path] of files) {
    const reporter = registry[format];
    if (path && reporter) await writeFileAtomic(path, reporter(report, options));
  }
}

async function publish(
  report: Report,
  settings: ActionSettings,
  ctx: RunContext,
  io: ActionIO,
  client: GitHubClient | undefined,
): Promise<void> {
  const logger = io.logger;
  const reason = settings.mode === 'report-only' ? undefined : failureReason(report, settings.failOn);

  // The summary first: it needs no permission, so it is there whatever GitHub answers later.
  try {
    await io.appendSummary(
      renderMarkdown(report, {
        full: true,
        limit: SUMMARY_LIMIT,
        fullReportAt: `the full report is the JSON report (${settings.jsonFile}, output report-json)`,
      }),
    );
  } catch (err) {
    logger.warn(`could not write the job summary: ${(err as Error).message}`);
  }
  try {
    await writeReportFiles(report, settings, {
      job: settings.jobName,
      root: ctx.workspace,
      category: `portcullis/${settings.jobName}/${report.policy.file.replace(/[^A-Za-z0-9._-]+/g, '-')}`,
    });
  } catch (err) {
    logger.warn(`could not write a report file: ${(err as Error).message}`);
  }
  io.setOutput(Output.Result, report.result);
  io.setOutput(Output.Violations, report.summary.violations);
  io.setOutput(Output.NewViolations, newViolations(report));
  io.setOutput(Output.ReportJson, settings.jsonFile);
  if (settings.sarifFile) io.setOutput(Output.SarifFile, settings.sarifFile);

  if (client) {
    const pr = await findPullRequest(ctx, client, io);
    if (pr) {
      const comment = await publishComment(client, {
        issue: pr.number,
        report,
        jobName: settings.jobName,
        mode: settings.comment,
        failed: report.result === 'fail',
        detailsUrl: ctx.runUrl,
        logger,
      });
      if (comment) io.setOutput(Output.CommentId, comment.id);
    } else if (settings.comment !== 'never') {
      logger.info(
        `no pull request for this ${ctx.eventName || 'run'} event: the report is in the job summary`,
      );
    }
    const sha = pr?.headSha || ctx.sha;
    if (settings.checkRun && sha) {
      await publishCheckRun(client, {
        report,
        sha,
        jobName: settings.jobName,
        failed: reason !== undefined,
        untrusted: settings.mode === 'report-only',
        workspace: ctx.workspace,
        detailsUrl: ctx.runUrl,
        logger,
      });
    }
    if (settings.driftIssue) {
      const drift = await publishDrift(client, { report, settings, ctx, logger });
      if (drift) io.setOutput(Output.Drift, drift.changed ? 'changed' : 'unchanged');
    }
  } else if (settings.comment !== 'never' || settings.checkRun) {
    logger.info('no github-token: the report is in the job summary only');
  }

  if (reason) io.setFailed(`Portcullis: ${reason}`);
}

/** The PR to comment on: from the event, or (workflow_run) the open PR whose head is the triggering run's head. */
async function findPullRequest(
  ctx: RunContext,
  client: GitHubClient,
  io: ActionIO,
): Promise<{ number: number; headSha: string } | undefined> {
  if (ctx.pullRequest) return ctx.pullRequest;
  const wr = ctx.workflowRun;
  if (!wr || wr.event !== 'pull_request' || !wr.headSha) return undefined;
  // Trust only what GitHub says about the triggering run (its head), never a PR number from the artifact.
  const candidates =
    wr.headOwner && wr.headBranch
      ? await degrade(io.logger, 'find the pull request', 'pull-requests: read', () =>
          client.listPullRequestsByHead(`${wr.headOwner}:${wr.headBranch}`),
        )
      : [];
  const byNumber = wr.pullRequests.length
    ? { number: wr.pullRequests[0] as number, headSha: wr.headSha }
    : undefined;
  const match = candidates?.find((p) => p.headSha === wr.headSha) ?? byNumber;
  if (!match) io.logger.info(`no open pull request has head ${wr.headSha}: nothing to comment on`);
  return match;
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
