import type { Command } from 'commander';
import { consoleLogger } from '../logger.js';
import type { ValidateFlags } from './validate.js';

/** `portcullis validate` and `portcullis test`: check a policy, and run its unit tests, without scanning. */
export function registerPolicyCommands(program: Command): void {
  program
    .command('validate')
    .description(
      'check policies (schema, extends, services, CIDRs, contradictions); every error at file:line:column',
    )
    .argument('[policies...]', 'policy files (default: .github/portcullis.yml)')
    .option(
      '--findings <report.json>',
      'a JSON report of a scan: exceptions matching none of its open ports are errors',
    )
    .exitOverride()
    .action(async function (this: Command, policies: string[]) {
      // Each command loads its module when it runs, so --help loads neither.
      const { validateCommand } = await import('./validate.js');
      process.exitCode = await validateCommand(policies, this.opts<ValidateFlags>(), consoleLogger());
    });

  program
    .command('test')
    .description('run policy unit tests: *.test.yml files of fixture findings and expected verdicts')
    .argument('[dir]', 'a folder (searched recursively) or one test file', '.github/portcullis-tests')
    .exitOverride()
    .action(async function (this: Command, dir: string) {
      const { testCommand } = await import('./test-command.js');
      process.exitCode = await testCommand(dir, consoleLogger());
    });
}
