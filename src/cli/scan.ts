import { useColor } from './color.js';
import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { Command, Option } from 'commander';
import type { Logger, Vantage } from '../model.js';
import { ConfigurationError, ExitCode } from '../errors.js';
import type { SessionOptions, SessionResult } from '../session.js';
import { DEFAULT_MAX_DURATION_MS } from '../session/budget.js';
// The light modules behind these constants, not the stages' index files: --help and validate
// load what defines the options, and a scan loads the stages when it runs.
import { PROBE_NAMES } from '../fingerprint/options.js';
import { GATE_FAIL_ON, type GateFailOn } from '../policy/types.js';
import { reporters, type Reporter } from '../report/index.js';
import { parseShard } from '../targets/index.js';
import type { ScanProgress } from '../prober/index.js';
import { collect, commaList, duration, vantage, wholeNumber } from './options.js';

export interface ScanFlags {
  targets?: string[];
  ports?: string;
  policy: string;
  format: string;
  json?: string;
  markdown?: string;
  sarif?: string;
  junit?: string;
  vantage: Vantage;
  shard?: string;
  concurrency?: number;
  rate?: number;
  timeout?: number;
  retries?: number;
  maxAddresses?: number;
  scope?: string[];
  fingerprint: boolean;
  connectOnly?: boolean;
  probes?: string[];
  udpSweepPorts?: number;
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
  failOn?: GateFailOn;
  maxDuration?: number;
  listeners?: boolean;
  baseRef?: string;
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
      '--shard <K/N>',
      'probe only part K of N of the (address, port, protocol) space (one job of a matrix; join the reports with `portcullis merge`)',
    )
    .option(
      '-c, --concurrency <n>',
      'probes in flight at once (default: adaptive, below the fd limit)',
      wholeNumber,
    )
    .option('-r, --rate <n>', 'at most N probes per second (gentle scans of production)', wholeNumber)
    .option('--timeout <duration>', 'upper bound of the per-probe timeout (e.g. 1500ms, 3s)', duration)
    .option('--retries <n>', 'extra probes for ports that stayed silent', wholeNumber)
    .option('--max-addresses <n>', 'refuse target lists that expand past N addresses', wholeNumber)
    .option(
      '--scope <cidrs>',
      'every address probed, including DNS answers, must fall inside these CIDRs',
      commaList,
    )
    .option(
      '--udp-sweep-ports <n>',
      'open|filtered UDP ports that get every UDP payload, to find and name services on odd ports (default 64; 0: none)',
      wholeNumber,
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
    .option(
      '--no-listeners',
      "with --start or --compose-file, do not compare the runner's listener tables before and after bring-up",
    )
    .addOption(
      new Option(
        '--max-duration <duration>',
        'time budget of the scan (probing, fingerprinting, gateway probes); when it runs out the report is partial and the exit code 4',
      )
        .argParser(duration)
        .default(DEFAULT_MAX_DURATION_MS, '30m'),
    )
    .option('--list-all', 'list closed and filtered ports in the JSON report too')
    .option(
      '--baseline <file>',
      'compare with a baseline: mark verdicts new, unchanged or gone (fail-on: new fails only on new ones)',
    )
    .option(
      '--write-baseline <file>',
      "write this scan's verdicts as a baseline to FILE; without --fail-on this implies --fail-on never (exit 0 on violations)",
    )
    .addOption(
      new Option(
        '--fail-on <level>',
        "which violations fail the scan (exit 1), replacing the policy's fail-on: any, a severity and above, new (not in --baseline), or never (report, fail nothing)",
      ).choices(GATE_FAIL_ON),
    )
    .option(
      '--base-ref <ref>',
      'judge changes to the rules against the policy, extends and baseline at REF (a git branch, tag or commit): what only the working tree lets through fails as pending approval',
    )
    .option('--no-progress', 'never draw a progress bar')
    .option('--no-color', 'no colours in terminal output')
    .option('-v, --verbose', 'debug logging on stderr');
}

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
