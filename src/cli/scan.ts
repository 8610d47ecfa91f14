import { useColor } from './color.js';
import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import type { Logger } from '../model.js';
import { ConfigurationError, ExitCode } from '../errors.js';
import type { SessionOptions, SessionResult } from '../session.js';
import type { ScanFlags } from './scan-options.js';
import { reporters, type Reporter } from '../report/index.js';
import { parseShard } from '../targets/index.js';
import type { ScanProgress } from '../prober/index.js';

async function progressReporter(
  enabled: boolean,
): Promise<{ onProgress?: (p: ScanProgress) => void; stop: () => void }> {
  if (!enabled) return { stop: () => undefined };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format:
        'scanning |{bar}| {percentage}% · {value}/{total} · {rate}/s · {open} open · ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (p) => {
      if (!started) {
        bar.start(p.total, 0, { rate: 0, open: 0 });
        started = true;
      }
      bar.update(p.done, { rate: Math.round(p.ratePerSec), open: p.open });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** What `portcullis scan` does; returns the process exit code. */
export async function scanCommand(
  flags: ScanFlags,
  logger: Logger,
  defaults: { cwd?: string } = {},
): Promise<number> {
  if (!flags.targets?.length && !flags.composeFile) {
    throw new ConfigurationError({
      source: '--targets',
      message: 'is required (e.g. --targets 127.0.0.1), unless --compose-file names what to probe',
    });
  }
  const shard = flags.shard !== undefined ? parseShard(flags.shard, '--shard') : undefined;
  const { parseWaitFor } = await import('../lifecycle/index.js');
  const waitFor = flags.waitFor ? parseWaitFor(flags.waitFor, '--wait-for') : [];
  let credentials: SessionOptions['credentials'];
  if (flags.sshUser) {
    const privateKey = flags.sshKey
      ? await readFile(resolvePath(flags.sshKey), 'utf8').catch(() => {
          throw new ConfigurationError({ source: '--ssh-key', message: `cannot read "${flags.sshKey}"` });
        })
      : undefined;
    credentials = {
      ssh: {
        username: flags.sshUser,
        password: process.env.PORTCULLIS_SSH_PASSWORD || undefined,
        privateKey,
      },
    };
  }

  // Recording a baseline is not a gate: without an explicit --fail-on it fails nothing (exit 0),
  // and the report says so, so that `set -e` scripts can write one.
  const failOn = flags.failOn ?? (flags.writeBaseline ? 'never' : undefined);
  const failOnFrom = flags.failOn ? '--fail-on' : '--write-baseline without --fail-on';
  const cwd = defaults.cwd ?? process.cwd();
  // The session (lifecycle, prober, fingerprints) loads when a scan runs, not for --help or validate.
  const { gitBase, runSession } = await import('../session.js');
  const base = flags.baseRef ? await gitBase(cwd, flags.baseRef, { source: '--base-ref' }) : undefined;

  const progress = await progressReporter(flags.progress && process.stderr.isTTY === true && !process.env.CI);
  let session: SessionResult;
  try {
    session = await runSession({
      targets: flags.targets ?? [],
      ports: flags.ports,
      policyFile: flags.policy,
      vantage: flags.vantage,
      shard,
      concurrency: flags.concurrency,
      rate: flags.rate,
      timeoutMs: flags.timeout,
      retries: flags.retries,
      maxAddresses: flags.maxAddresses,
      scope: flags.scope,
      fingerprint: flags.fingerprint && !flags.connectOnly,
      probes: flags.probes?.map((p) => p.toLowerCase()),
      udpSweepPorts: flags.udpSweepPorts,
      credentials,
      listAll: flags.listAll,
      baselineFile: flags.baseline,
      failOn,
      sources: { failOn: failOnFrom },
      maxDurationMs: flags.maxDuration,
      listenerTable: flags.listeners,
      base,
      environment: {
        start: flags.start,
        composeFile: flags.composeFile,
        waitFor,
        waitTimeoutMs: flags.waitTimeout,
        stop: flags.stop,
        cwd,
        teardown: true,
      },
      files: { json: flags.json, markdown: flags.markdown, sarif: flags.sarif, junit: flags.junit },
      writeBaseline: flags.writeBaseline,
      interrupt: {
        message: (sig) => `${sig}: stopping the scan; writing a partial report (send again to quit at once)`,
      },
      logger,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
  }
  const { report } = session;
  const registry: Record<string, Reporter> = reporters;
  const color = useColor(flags.color, process.stdout);
  process.stdout.write((registry[flags.format] ?? reporters.terminal)(report, { color }));
  if (session.interrupted) return session.interrupted === 'SIGINT' ? 130 : 143;
  if (session.budgetExpired) {
    logger.error(
      `the scan's time budget (--max-duration) ran out; the report is partial. Raise --max-duration if the scan needs longer.`,
    );
    return ExitCode.TimeBudget;
  }
  if (session.unwritten.length) return ExitCode.Runtime;
  // The exit code is the report's result, which the effective fail-on already decided.
  return report.result === 'fail' ? ExitCode.Violations : ExitCode.Pass;
}
