import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import type { Logger } from '../model.js';
import { ExitCode } from '../errors.js';
import { scanCommand } from './scan.js';

/** The package root: lib/cli/demo.js (compiled) or src/cli/demo.ts (tests) → two levels up. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `portcullis demo` (what `npm start` runs): the demo environment in
 * examples/demo brought up, waited for, scanned, judged, torn down.
 */
export async function demoCommand(logger: Logger, options: { color?: boolean } = {}): Promise<number> {
  const dir = join(ROOT, 'examples', 'demo');
  const policy = relative(process.cwd(), join(dir, 'portcullis.yml')) || join(dir, 'portcullis.yml');
  const code = await scanCommand(
    {
      targets: ['127.0.0.1'],
      ports: '18080-18099',
      policy,
      format: 'terminal',
      vantage: 'untrusted',
      fingerprint: true,
      start: `"${process.execPath}" "${join(dir, 'server.mjs')}"`,
      waitFor: '127.0.0.1:18080,127.0.0.1:18081',
      waitTimeout: 15_000,
      // The demo knows what it starts (18080-18099); it judges those, not whatever else opens
      // a listener on this machine while it comes up.
      listeners: false,
      progress: false,
      color: options.color,
    },
    logger,
  );
  if (code === ExitCode.Violations) {
    logger.info('');
    logger.info(
      'That is the demo working: in CI this verdict exits 1 and the required check blocks the merge.',
    );
    logger.info(`Edit ${policy} to allow port 18081 (or remove the admin endpoint) and run it again.`);
    return ExitCode.Pass;
  }
  return code;
}
