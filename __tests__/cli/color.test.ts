import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useColor } from '../../src/cli/color.js';
import { BIN, ensureBuilt, runCli } from '../helpers/cli.js';

/**
 * NO_COLOR (https://no-color.org) and FORCE_COLOR (https://force-color.org): the report on
 * stdout is coloured on a terminal unless NO_COLOR says otherwise, and when piped only if
 * FORCE_COLOR asks (FORCE_COLOR=0 never).
 */
const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('useColor', () => {
  test.each([
    ['a terminal', undefined, tty, {}, true],
    ['a pipe', undefined, pipe, {}, false],
    ['NO_COLOR=1 on a terminal', undefined, tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR=0 on a terminal (any non-empty value)', undefined, tty, { NO_COLOR: '0' }, false],
    ['NO_COLOR empty on a terminal (as if unset)', undefined, tty, { NO_COLOR: '' }, true],
    ['FORCE_COLOR=1 on a pipe', undefined, pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=3 on a pipe', undefined, pipe, { FORCE_COLOR: '3' }, true],
    ['FORCE_COLOR=true on a pipe', undefined, pipe, { FORCE_COLOR: 'true' }, true],
    ['FORCE_COLOR=0 on a terminal', undefined, tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR empty on a pipe (as if unset)', undefined, pipe, { FORCE_COLOR: '' }, false],
    ['FORCE_COLOR=1 beats NO_COLOR=1', undefined, pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['--no-color beats FORCE_COLOR=1', false, tty, { FORCE_COLOR: '1' }, false],
  ] as const)('%s', (_name, flag, stream, env, expected) => {
    expect(useColor(flag, stream, env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

describe('the CLI on a pipe and on a terminal', () => {
  let dir: string;
  let args: string[];
  const ESC = '\u001b[';
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'portcullis-color-'));
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\ndefault: deny\n');
    // Nothing listens on this loopback address of our own: one closed port, a passing report.
    args = [
      'scan',
      '--targets',
      '127.46.31.7',
      '--ports',
      '9',
      '--policy',
      join(dir, 'policy.yml'),
      '--no-progress',
    ];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('piped: no colour, unless FORCE_COLOR (not 0) asks for it', async () => {
    const plain = await runCli(args, { env: { NO_COLOR: '', FORCE_COLOR: '' } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('PASS');
    expect(plain.stdout).not.toContain(ESC);
    // One port on one address, in the singular (it said "probing 1 ports").
    expect(plain.stderr).toContain('probing 1 port on 1 address\n');
    const forced = await runCli(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(ESC);
    const zero = await runCli(args, { env: { NO_COLOR: '', FORCE_COLOR: '0' } });
    expect(zero.stdout).not.toContain(ESC);
  });

  // util-linux `script` gives the CLI a real terminal.
  const onTty = existsSync('/usr/bin/script') ? test : test.skip;
  onTty('on a terminal: colour, unless NO_COLOR is set', async () => {
    const run = (env: NodeJS.ProcessEnv) =>
      new Promise<string>((resolve, reject) => {
        const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
        execFile(
          '/usr/bin/script',
          ['-qec', command, '/dev/null'],
          { env: { ...process.env, CI: 'true', FORCE_COLOR: '', NO_COLOR: '', ...env }, timeout: 60_000 },
          (err, stdout) => (err && err.code !== 0 ? reject(err) : resolve(stdout)),
        );
      });
    expect(await run({})).toContain(ESC);
    expect(await run({ NO_COLOR: '1' })).not.toContain(ESC);
  });
});
