import { Command, CommanderError } from 'commander';
import { ConfigurationError, ExitCode, exitCodeFor } from '../errors.js';
import { consoleLogger } from '../logger.js';
import { addScanOptions, type ScanFlags } from './scan-options.js';
import { addMergeOptions, type MergeFlags } from './merge-options.js';
import { registerPolicyCommands } from './policy-commands.js';
import { VERSION } from '../version.js';

/** Build the `portcullis` program. Exit codes: 0 pass, 1 violations, 2 bad usage or policy, 3 runtime failure, 4 time budget ran out. */
/** `probeNames`: for the help of `scan --probes` (see addScanOptions). */
export function buildProgram(probeNames?: readonly string[]): Command {
  const program = new Command('portcullis')
    .description('Probe a live environment and judge its open ports against a YAML port policy.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ outputError: (str, write) => write(str) });
  program.addHelpText(
    'after',
    "\nExit codes: 0 pass · 1 policy violations that fail under --fail-on (else the policy's fail-on) · 2 bad usage or bad policy · 3 runtime failure · 4 the time budget (--max-duration) ran out (partial report) · 130/143 interrupted (partial report)" +
      '\n--write-baseline without --fail-on records and does not gate: violations exit 0 (add --fail-on to gate as well).',
  );

  addScanOptions(
    program
      .command('scan')
      .description('scan targets, judge the open ports against a policy, and report')
      .exitOverride(),
    probeNames,
  ).action(async function (this: Command) {
    const flags = this.opts<ScanFlags>();
    // Each command loads what it runs when it runs: --help and validate load neither.
    const { scanCommand } = await import('./scan.js');
    process.exitCode = await scanCommand(flags, consoleLogger({ verbose: flags.verbose }));
  });

  addMergeOptions(
    program
      .command('merge')
      .description(
        'join the reports of a split scan (--shard K/N) and of scans from several vantages, judge them once, and report',
      )
      .exitOverride(),
  ).action(async function (this: Command, files: string[]) {
    const flags = this.opts<MergeFlags>();
    const { mergeCommand } = await import('./merge.js');
    process.exitCode = await mergeCommand(files, flags, consoleLogger({ verbose: flags.verbose }));
  });

  program
    .command('demo')
    .description('bring up the demo environment in examples/demo, scan it, judge it, tear it down')
    .option('--no-color', 'no colours')
    .exitOverride()
    .action(async function (this: Command) {
      const { demoCommand } = await import('./demo.js');
      process.exitCode = await demoCommand(consoleLogger(), this.opts<{ color?: boolean }>());
    });
  registerPolicyCommands(program);
  return program;
}

/** Run the CLI: one wrapper turns the user's mistakes into exit 2 and everything else into exit 3. */
export async function main(argv: string[]): Promise<void> {
  // Help lists the catalogue's probes; only a start that shows help loads the catalogue for it.
  const args = argv.slice(2);
  const help = args.some((a) => a === '--help' || a === '-h') || args[0] === 'help';
  const program = buildProgram(help ? (await import('../catalogue/index.js')).PROBE_NAMES : undefined);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      process.exitCode = err.exitCode === 0 ? ExitCode.Pass : ExitCode.Usage;
      return;
    }
    const logger = consoleLogger();
    if (err instanceof ConfigurationError) {
      for (const line of err.message.split('\n')) logger.error(line);
    } else {
      logger.error(err instanceof Error ? err.message : String(err));
      if (process.env.PORTCULLIS_DEBUG && err instanceof Error && err.stack) logger.debug(err.stack);
    }
    process.exitCode = exitCodeFor(err);
  }
}
