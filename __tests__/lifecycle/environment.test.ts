import { afterAll, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bringUp, followLog, tailOf, tearDown } from '../../src/lifecycle/environment.js';
import { parseWaitFor } from '../../src/lifecycle/index.js';
import { RuntimeFailure } from '../../src/errors.js';
import type { Logger } from '../../src/model.js';

/** start / wait-for / stop with real processes and a real HTTP server on loopback. */

const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recorder() {
  const lines: string[] = [];
  const groups: string[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    async group(name, fn) {
      groups.push(name);
      lines.push(`[${name}]`);
      try {
        return await fn();
      } finally {
        lines.push(`[/${name}]`);
      }
    },
  };
  return { logger, lines, groups };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('bringUp and tearDown', () => {
  test('without wait-for, start runs to completion, its output inside its log group', async () => {
    const { logger, lines } = recorder();
    await bringUp({
      start: 'echo one; echo two >&2; exit 0',
      waitFor: [],
      waitTimeoutMs: 10_000,
      cwd: dir,
      logger,
    });
    expect(lines).toEqual([
      '[start: echo one; echo two >&2; exit 0]',
      'one',
      'two',
      '[/start: echo one; echo two >&2; exit 0]',
    ]);
  });

  test('without wait-for, a start command that fails is a runtime failure naming it', async () => {
    const { logger } = recorder();
    await expect(
      bringUp({ start: 'exit 4', waitFor: [], waitTimeoutMs: 10_000, cwd: dir, logger }),
    ).rejects.toThrow(new RuntimeFailure('the start command exited with 4: exit 4'));
  });

  test('wait-for polls an HTTP URL with back-off until it answers 2xx', async () => {
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      res.writeHead(hits < 3 ? 503 : 200).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const { logger, lines } = recorder();
      await bringUp({
        waitFor: parseWaitFor(`http://127.0.0.1:${port}/ready`),
        waitTimeoutMs: 20_000,
        cwd: dir,
        logger,
      });
      expect(hits).toBe(3);
      expect(lines).toContain(`http://127.0.0.1:${port}/ready answers`);
    } finally {
      server.close();
    }
  });

  test('with a log file the environment outlives the step, its output followed into the log; tearDown ends the group', async () => {
    const { logger, lines } = recorder();
    const server = join(dir, 'server.mjs');
    writeFileSync(
      server,
      "import { createServer } from 'node:net';\n" +
        "const s = createServer(() => {}).listen(0, '127.0.0.1', () => { console.log('port=' + s.address().port); });\n" +
        'setTimeout(() => process.exit(0), 60000);\n',
    );
    const log = join(dir, 'start.log');
    const started: number[] = [];
    // The shell forks the server and waits; the server is in the shell's process group. The
    // shell's own line is written at once; the server's whenever Node has started, which on a
    // loaded machine may be after bringUp gave up waiting, so the log file is polled for it.
    const env = await bringUp({
      start: `echo booting; node ${server}`,
      waitFor: [],
      waitTimeoutMs: 1500,
      cwd: dir,
      logger,
      startLog: log,
      onStarted: (w) => started.push(w.pid ?? 0),
    });
    expect(started).toEqual([env.pid]);
    expect(lines).toContain('booting');
    expect(lines.some((l) => l.startsWith('warn: the start command is still running after 2 s'))).toBe(true);
    const deadline = Date.now() + 20_000;
    while (!/port=\d+/.test(readFileSync(log, 'utf8')) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(alive(env.pid!)).toBe(true);
    expect(tailOf(log)).toEqual(['booting', expect.stringMatching(/^port=\d+$/)]);

    const stop = recorder();
    await tearDown({ stop: 'echo tearing down', pid: env.pid, cwd: dir, logger: stop.logger, graceMs: 3000 });
    expect(stop.lines).toContain('tearing down');
    expect(alive(env.pid!)).toBe(false);
  });

  test('tearDown never throws: a failing stop command is a warning', async () => {
    const { logger, lines } = recorder();
    await tearDown({ stop: 'exit 9', cwd: dir, logger });
    expect(lines).toContain('warn: stop command exited with 9: exit 9');
  });

  test('followLog: lines as they are written, the last partial line on stop', async () => {
    const { logger, lines } = recorder();
    const file = join(dir, 'follow.log');
    writeFileSync(file, 'a\n');
    const f = followLog(file, logger, 20);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, 'a\nb\u001b[31m\nc');
    await new Promise((r) => setTimeout(r, 100));
    f.stop();
    expect(lines).toEqual(['a', 'b\\x1b[31m', 'c']);
  });
});
