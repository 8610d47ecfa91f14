import { Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../report/formats.js';

/** What `scan` and `merge` print and write: --format and the report files. */
export interface ReportFlags {
  format: string;
  json?: string;
  markdown?: string;
  sarif?: string;
  junit?: string;
}

/** Add --format and the report-file options (`what`: how the JSON report is called, "" or "merged "). */
export function addReportOptions(cmd: Command, what = ''): Command {
  return cmd
    .addOption(
      new Option('-f, --format <name>', 'what to print on stdout')
        .choices(REPORT_FORMATS)
        .default('terminal'),
    )
    .option('--json <file>', `write the ${what}JSON report (format version 1) to FILE`)
    .option('--markdown <file>', 'write the Markdown report (as in the job summary) to FILE')
    .option('--sarif <file>', 'write a SARIF 2.1.0 file for code scanning to FILE')
    .option('--junit <file>', 'write JUnit XML to FILE');
}
