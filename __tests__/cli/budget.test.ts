import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../helpers/cli.js';

/**
 * The scan's time budget (issue 12, case 11). A tarpit: 40 ports on a loopback address of this
 * test's own that accept every connection and never say a byte, so each costs the fingerprint
 * its whole per-port budget (seconds), while --max-duration is 1 s. Nothing here measures time:
 * the scan cannot finish inside the budget, and the test asserts what a budget that ran out
 * leaves behind.
 */

const HOST = '127.46.3.1';
const FIRST = 43000;
const COUNT = 40;

describe('--max-duration', () => {
  let dir: string;
  const servers: Server[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-budget-'));
    for (let i = 0; i < COUNT; i++) {
      const server = createServer((s) => {
        // Hold the connection, answer nothing.
        sockets.push(s);
        s.on('error', () => undefined);
      });
      await new Promise<void>((r) => server.listen(FIRST + i, HOST, () => r()));
      servers.push(server);
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    await rm(dir, { recursive: true, force: true });
  });

  it('a tarpit outlasts the budget: exit 4, a partial report whose result is fail, no baseline written', async () => {
    const policy = join(dir, 'policy.yml');
    // Every tarpit port is allowed: only the budget can make this scan fail.
    await writeFile(
      policy,
      `version: 1\ndefault: deny\ntargets:\n  - name: tarpit\n    hosts: ["${HOST}"]\n    allow:\n      - { ports: ["${FIRST}-${FIRST + COUNT - 1}"], protocol: tcp }\n`,
    );
    const json = join(dir, 'report.json');
    const baseline = join(dir, 'baseline.json');
    const r = await runCli([
      'scan',
      '--targets',
      HOST,
      '--ports',
      `${FIRST}-${FIRST + COUNT - 1}`,
      '--policy',
      policy,
      '--max-duration',
      '1',
      '--json',
      json,
      '--write-baseline',
      baseline,
    ]);
    expect([r.code, r.stderr]).toEqual([
      4,
      expect.stringContaining("the scan's time budget (--max-duration) ran out"),
    ]);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      result: string;
      partial: boolean;
      partialReason?: string;
      notices: string[];
    };
    expect(report).toMatchObject({ result: 'fail', partial: true, partialReason: 'max-duration' });
    expect(report.notices[0]).toBe(
      "The scan's time budget (--max-duration 1s) ran out; this report covers only what was probed and identified before it stopped, so it cannot pass. Raise --max-duration if the scan needs longer, or probe fewer ports or addresses.",
    );
    expect(r.stdout).toContain('--max-duration 1s');
    expect(existsSync(baseline)).toBe(false);
  });

  it('a budget out of range is bad usage naming the flag', async () => {
    const r = await runCli(['scan', '--targets', HOST, '--ports', '1', '--max-duration', '7h']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-duration');
  });

  it('--help lists exit code 4 beside the others', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toContain(
      '3 runtime failure · 4 the time budget (--max-duration) ran out (partial report) · 130/143 interrupted (partial report)',
    );
  });
});
