import type { Logger } from '../model.js';
import { ExitCode } from '../errors.js';
import type { MergeFlags } from './merge-options.js';
import { reporters, type Reporter } from '../report/index.js';

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
