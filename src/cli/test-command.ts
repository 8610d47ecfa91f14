import { ExitCode } from '../errors.js';
import type { Logger } from '../model.js';
import { runPolicyTests, testRunLines } from '../policy/index.js';

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
  for (const line of testRunLines(run)) process.stdout.write(`${line}\n`);
  return run.passed ? ExitCode.Pass : ExitCode.Violations;
}
