import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { actionsLogger, neutralizeCommands } from '../../src/action/logger.js';

/** What reaches the runner's log from text we did not write can never be a workflow command. */

let written: string[] = [];
const original = process.stdout.write.bind(process.stdout);
beforeEach(() => {
  written = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = original;
});

describe('the Actions logger', () => {
  test('a line that would be a workflow command is prefixed so the runner ignores it', () => {
    expect(neutralizeCommands('ok\n::set-output name=result::pass\n  ::add-mask::x')).toBe(
      'ok\n| ::set-output name=result::pass\n|   ::add-mask::x',
    );
  });

  test('info: service text with forged commands and escapes comes out inert', () => {
    actionsLogger().info('banner: hi\n::stop-commands::tok\n::error::forged\u001b[2J');
    const out = written.join('');
    expect(out.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\x1b[2J');
  });

  test('warn: one workflow command, its data escaped (a newline cannot start a second one)', () => {
    actionsLogger().warn('bad\n::error::forged');
    const out = written.join('');
    expect(out).toBe('::warning::bad%0A::error::forged\n');
  });

  test('groups cannot nest in the log viewer: an inner group is a heading', async () => {
    const log = actionsLogger();
    await log.group('outer', async () => {
      await log.group('inner', async () => log.info('x'));
    });
    expect(written.join('')).toBe('::group::outer\n▸ inner\nx\n::endgroup::\n');
  });
});
