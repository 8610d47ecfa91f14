import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { Logger, Report } from '../model.js';
import { ConfigurationError, ExitCode } from '../errors.js';
import { run, type RunOptions } from '../run.js';
import { baselineFromVerdicts, loadPolicy, readBaseline, writeBaseline } from '../policy/index.js';
import { PROBE_NAMES } from '../fingerprint/index.js';
import { FILE_FORMATS, reporters, writeFileAtomic, type Reporter } from '../report/index.js';
import { parseWaitFor } from '../lifecycle/index.js';
import { bringUp, composeTargets, tearDown } from '../lifecycle/index.js';
import type { ScanProgress } from '../prober/index.js';
import { collect, commaList, duration, nonNegativeInt, positiveInt, vantage } from './options.js';

export interface ScanFlags {
  targets?: string[];
  ports?: string;
  policy: string;
  format: string;
  json?: string;
  markdown?: string;
  sarif?: string;
  junit?: string;
  vantage: RunOptions['vantage'];
  concurrency?: number;
  rate?: number;
  timeout?: number;
  retries?: number;
  maxAddresses?: number;
  scope?: string[];
  fingerprint: boolean;
  connectOnly?: boolean;
  probes?: string[];
  sshUser?: string;
  sshKey?: string;
  start?: string;
  composeFile?: string;
  waitFor?: string;
  waitTimeout: number;
  stop?: string;
  listAll?: boolean;
  baseline?: string;
  writeBaseline?: string;
  progress: boolean;
  color?: boolean;
  verbose?: boolean;
}

export function addScanOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option(
        '-t, --targets <expr>',
        'hosts, IPs, CIDRs, ranges (10.0.0.1-20), exclusions (!10.0.0.5); comma-separated or repeated',
      ).argParser(collect),
    )
    .option(
      '-p, --ports <expr>',
      'ports: 22,80,443 · 1-1024 · top-100 · top-1000 · all · ssh,rdp · udp:53,161 (default: top-1000, or what --compose-file publishes)',
    )
    .option('--policy <file>', 'the port policy (YAML)', '.github/portcullis.yml')
    .addOption(
      new Option('-f, --format <name>', 'what to print on stdout')
        .choices(Object.keys(reporters))
        .default('terminal'),
    )
    .option('--json <file>', 'write the JSON report (format version 1) to FILE')
    .option('--markdown <file>', 'write the Markdown report (as in the job summary) to FILE')
    .option('--sarif <file>', 'write a SARIF 2.1.0 file for code scanning to FILE')
    .option('--junit <file>', 'write JUnit XML to FILE')
    .addOption(
      new Option('--vantage <name>', 'where this scan runs from, relative to the environment')
        .default('untrusted')
        .argParser(vantage),
    )
    .option(
      '-c, --concurrency <n>',
      'probes in flight at once (default: adaptive, below the fd limit)',
      positiveInt(100_000),
    )
    .option(
      '-r, --rate <n>',
      'at most N probes per second (gentle scans of production)',
      positiveInt(10_000_000),
    )
    .option('--timeout <duration>', 'upper bound of the per-probe timeout (e.g. 1500ms, 3s)', duration)
    .option('--retries <n>', 'extra probes for ports that stayed silent', nonNegativeInt(10))
    .option(
      '--max-addresses <n>',
      'refuse target lists that expand past N addresses',
      positiveInt(16_777_216),
    )
    .option(
      '--scope <cidrs>',
      'every address probed, including DNS answers, must fall inside these CIDRs',
      commaList,
    )
    .option('--no-fingerprint', 'connect-only sweep: send no payloads to services')
    .option('--connect-only', 'the same as --no-fingerprint')
    .option(
      '--probes <names>',
      `fingerprint probes allowed to run (comma-separated): ${PROBE_NAMES.join(', ')}`,
      commaList,
    )
    .option(
      '--ssh-user <name>',
      'test user for the SSH second-factor check (password from $PORTCULLIS_SSH_PASSWORD)',
    )
    .option('--ssh-key <file>', 'private key of the SSH test user')
    .option(
      '--start <command>',
      'shell command that brings the environment up (in the background with --wait-for; else run to completion)',
    )
    .option(
      '--compose-file <file>',
      'docker compose up -d --wait before the scan (its published ports are the default targets), down after',
    )
    .option('--wait-for <list>', 'host:port entries and http(s) URLs that must answer before the scan')
    .addOption(
      new Option(
        '--wait-timeout <duration>',
        'how long --start and --wait-for may take (90s, 5m; bare number: seconds)',
      )
        .argParser(duration)
        .default(60_000, '60s'),
    )
    .option('--stop <command>', 'shell command that tears the environment down (always run)')
    .option('--list-all', 'list closed and filtered ports in the JSON report too')
    .option(
      '--baseline <file>',
      'compare with a baseline: mark verdicts new, unchanged or gone (fail-on: new fails only on new ones)',
    )
    .option('--write-baseline <file>', "write this scan's verdicts as a baseline to FILE")
    .option('--no-progress', 'never draw a progress bar')
    .option('--no-color', 'no colours in terminal output')
    .option('-v, --verbose', 'debug logging on stderr');
}

function progressReporter(enabled: boolean): { onProgress?: (p: ScanProgress) => void; stop: () => void } {
  if (!enabled) return { stop: () => undefined };
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
  const probes = flags.probes?.map((p) => p.toLowerCase());
  const unknown = probes?.filter((p) => !PROBE_NAMES.includes(p));
  if (unknown?.length) {
    throw new ConfigurationError({
      source: '--probes',
      message: `unknown probe ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${PROBE_NAMES.join(', ')})`,
    });
  }
  const waitEntries = flags.waitFor ? parseWaitFor(flags.waitFor, '--wait-for') : [];
  // Fail on a bad policy before bringing anything up.
  const policy = await loadPolicy(flags.policy);
  const baseline = flags.baseline ? await readBaseline(flags.baseline) : undefined;

  let credentials: RunOptions['credentials'];
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

  const controller = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) process.exit(sig === 'SIGINT' ? 130 : 143);
    logger.warn(`${sig}: stopping the scan; writing a partial report (send again to quit at once)`);
    interrupted = sig;
    controller.abort();
  };
  let interrupted: NodeJS.Signals | undefined;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // What teardown must remove, recorded as soon as it exists (bringUp may fail half-way).
  const started: { pid?: number; composeFile?: string } = {};
  const cwd = defaults.cwd ?? process.cwd();
  let report: Report;
  const progress = progressReporter(flags.progress && process.stderr.isTTY === true && !process.env.CI);
  try {
    const env = await bringUp({
      start: flags.start,
      waitFor: waitEntries,
      waitTimeoutMs: flags.waitTimeout,
      composeFile: flags.composeFile,
      cwd,
      logger,
      signal: controller.signal,
      onStarted: (what) => Object.assign(started, what),
    });
    // Without --targets, probe what compose publishes; without --ports, its published ports.
    const composed =
      flags.composeFile && !flags.targets?.length ? composeTargets(env, flags.composeFile) : undefined;
    report = await run({
      targets: flags.targets?.length ? flags.targets : (composed?.targets ?? []),
      ports: flags.ports ?? composed?.ports ?? 'top-1000',
      policyFile: flags.policy,
      policy,
      vantage: flags.vantage,
      concurrency: flags.concurrency,
      rate: flags.rate,
      timeoutMs: flags.timeout,
      retries: flags.retries,
      maxAddresses: flags.maxAddresses,
      scope: flags.scope,
      fingerprint: flags.fingerprint && !flags.connectOnly,
      probes,
      credentials,
      listAll: flags.listAll,
      context: baseline ? { baseline } : undefined,
      signal: controller.signal,
      logger,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
    if (flags.stop || started.pid || started.composeFile) {
      await logger.group('stop', () =>
        tearDown({ stop: flags.stop, pid: started.pid, composeFile: started.composeFile, cwd, logger }),
      );
    }
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const registry: Record<string, Reporter> = reporters;
  for (const name of FILE_FORMATS) {
    const path = flags[name];
    const reporter = registry[name];
    if (path && reporter) await writeFileAtomic(path, reporter(report, {}));
  }
  if (flags.writeBaseline) {
    // A partial scan would record closed-looking ports as gone: keep the old baseline instead.
    if (report.partial)
      logger.warn(`the scan was interrupted; not writing the baseline ${flags.writeBaseline}`);
    else
      await writeBaseline(
        flags.writeBaseline,
        baselineFromVerdicts(report.verdicts, { policy: report.policy.file }),
      );
  }
  const color = flags.color !== false && process.stdout.isTTY === true;
  process.stdout.write((registry[flags.format] ?? reporters.terminal)(report, { color }));
  if (interrupted) return interrupted === 'SIGINT' ? 130 : 143;
  return report.result === 'fail' ? ExitCode.Violations : ExitCode.Pass;
}
