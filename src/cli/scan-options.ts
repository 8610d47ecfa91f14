import { Option, type Command } from 'commander';
import type { Vantage } from '../model.js';
import { DEFAULT_MAX_DURATION_MS } from '../session/budget.js';
// The light modules behind these constants, not the stages' index files: --help and validate
// load what defines the options, and a scan loads the stages when it runs (./scan.ts).
import { GATE_FAIL_ON, type GateFailOn } from '../policy/types.js';
import { addReportOptions, type ReportFlags } from './report-options.js';
import { collect, commaList, duration, vantage, wholeNumber } from './options.js';

/** The options of `portcullis scan` (what the command does is in ./scan.ts). */

export interface ScanFlags extends ReportFlags {
  targets?: string[];
  ports?: string;
  policy: string;
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

/**
 * `probeNames`: the catalogue's probe names, listed in the help of --probes. Given when help is
 * shown (main.ts loads the catalogue then); other starts, validate among them, never load it.
 */
export function addScanOptions(cmd: Command, probeNames?: readonly string[]): Command {
  const head = cmd
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
    .option('--policy <file>', 'the port policy (YAML)', '.github/portcullis.yml');
  return addReportOptions(head)
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
      `fingerprint probes allowed to run (comma-separated)${probeNames ? `: ${probeNames.join(', ')}` : ''}`,
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
