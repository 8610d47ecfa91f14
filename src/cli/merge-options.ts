import { Option, type Command } from 'commander';
import { GATE_FAIL_ON, type GateFailOn } from '../policy/types.js';
import { addReportOptions, type ReportFlags } from './report-options.js';

/** The options of `portcullis merge` (what the command does is in ./merge.ts). */

export interface MergeFlags extends ReportFlags {
  policy: string;
  allowPartial?: boolean;
  baseline?: string;
  failOn?: GateFailOn;
  color?: boolean;
  verbose?: boolean;
}

export function addMergeOptions(cmd: Command): Command {
  const head = cmd
    .argument(
      '<reports...>',
      'JSON reports of the shards and vantages of one scan (--json files of `portcullis scan`)',
    )
    .option(
      '--policy <file>',
      'the port policy (YAML) to judge the merged report by',
      '.github/portcullis.yml',
    );
  return addReportOptions(head, 'merged ')
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
