import { Command, Option } from 'commander';
import type { Logger } from '../model.js';
import { ExitCode } from '../errors.js';
import { GATE_FAIL_ON, type GateFailOn } from '../policy/types.js';
import { reporters, type Reporter } from '../report/index.js';

export interface MergeFlags {
  policy: string;
  format: string;
  json?: string;
  markdown?: string;
  sarif?: string;
  junit?: string;
  allowPartial?: boolean;
  baseline?: string;
  failOn?: GateFailOn;
  color?: boolean;
  verbose?: boolean;
}

export function addMergeOptions(cmd: Command): Command {
  return cmd
    .argument(
      '<reports...>',
      'JSON reports of the shards and vantages of one scan (--json files of `portcullis scan`)',
    )
    .option(
      '--policy <file>',
      'the port policy (YAML) to judge the merged report by',
      '.github/portcullis.yml',
    )
    .addOption(
      new Option('-f, --format <name>', 'what to print on stdout')
        .choices(Object.keys(reporters))
        .default('terminal'),
    )
    .option('--json <file>', 'write the merged JSON report (format version 1) to FILE')
    .option('--markdown <file>', 'write the Markdown report to FILE')
    .option('--sarif <file>', 'write a SARIF 2.1.0 file to FILE')
    .option('--junit <file>', 'write JUnit XML to FILE')
    .option(
      '--allow-partial',
      'when a shard is missing or given twice, write a partial report that names it (never a pass) instead of failing with exit 3',
    )
    .addOption(
      new Option(
        '--fail-on <level>',
        "which violations fail (exit 1), replacing the policy's fail-on",
      ).choices(GATE_FAIL_ON),
    )
    .option('--no-color', 'no colours in terminal output')
    .option('-v, --verbose', 'debug logging on stderr');
}

/** What `portcullis merge` does; returns the process exit code. */
export async function mergeCommand(files: string[], flags: MergeFlags, logger: Logger): Promise<number> {
  // The session (and every stage behind it) loads when a merge runs, not for --help.
  const { mergeReports, writeReportFiles } = await import('../session.js');
  const report = await mergeReports({
    reports: files,
    policyFile: flags.policy,
    allowPartial: flags.allowPartial === true,
    baselineFile: flags.baseline,
    failOn: flags.failOn,
    sources: { failOn: '--fail-on', allowPartial: '--allow-partial', baseline: '--baseline' },
    logger,
  });
  const unwritten = await writeReportFiles(
    report,
    { json: flags.json, markdown: flags.markdown, sarif: flags.sarif, junit: flags.junit },
    {},
    logger,
  );
  const registry: Record<string, Reporter> = reporters;
  const color = flags.color !== false && process.stdout.isTTY === true;
  process.stdout.write((registry[flags.format] ?? reporters.terminal)(report, { color }));
  if (unwritten.length) return ExitCode.Runtime;
  return report.result === 'fail' ? ExitCode.Violations : ExitCode.Pass;
}
