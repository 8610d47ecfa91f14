import { Option, type Command } from 'commander';
import { GATE_FAIL_ON, type GateFailOn } from '../policy/types.js';
import { REPORT_FORMATS } from '../report/formats.js';

/** The options of `portcullis merge` (what the command does is in ./merge.ts). */

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
        .choices(REPORT_FORMATS)
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
