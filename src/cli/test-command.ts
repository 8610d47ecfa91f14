import { formatDiagnostic, ExitCode } from '../errors.js';
import type { Logger } from '../model.js';
import { runPolicyTests } from '../policy/testing.js';
import { count, plural } from '../words.js';

/**
 * `portcullis test DIR`: run the policy unit tests under DIR (files ending in
 * .test.yml). Exit 0 when every case passes and every exception of a tested
 * policy is exercised, 1 when not, 2 for a bad test file or policy.
 */
export async function testCommand(path: string, logger: Logger): Promise<number> {
  const run = await runPolicyTests(path);
  if (run.files.length === 0) {
    logger.error(`no policy test files (*.test.yml) under ${path}`);
    return ExitCode.Usage;
  }
  for (const c of run.cases) {
    process.stdout.write(`${c.passed ? 'pass' : 'FAIL'} ${c.file}:${c.line} ${c.name}\n`);
    for (const f of c.failures) process.stdout.write(`     ${f}\n`);
  }
  for (const d of run.unexercised) process.stdout.write(`FAIL ${formatDiagnostic(d)}\n`);
  const failed = run.cases.filter((c) => !c.passed).length;
  process.stdout.write(
    `${count(run.cases.length - failed)} passed, ${count(failed)} failed${run.unexercised.length ? `, ${plural(run.unexercised.length, 'exception')} not exercised` : ''} (${plural(run.files.length, 'file')})\n`,
  );
  return run.passed ? ExitCode.Pass : ExitCode.Violations;
}
