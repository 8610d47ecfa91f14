import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureBuilt, runCli } from '../helpers/cli.js';

/**
 * --write-baseline and --baseline end to end: the CLI scans listeners this
 * test opens on 127.0.0.1 (connect-only: nothing is sent to them), records a
 * baseline, and a later scan with `fail-on: new` fails only on the new port.
 */

function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const portOf = (s: Server) => (s.address() as { port: number }).port;

describe('scan --write-baseline / --baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-baseline-'));
  const servers: Server[] = [];
  beforeAll(() => ensureBuilt());
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks the old port unchanged and fails only on the new one', async () => {
    servers.push(await listen(), await listen());
    const [old, added] = servers.map(portOf);
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, 'version: 1\ndefault: deny\nfail-on: new\n');
    const baseline = join(dir, 'baseline.json');
    const report = join(dir, 'report.json');
    const firstReport = join(dir, 'first.json');

    const first = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      String(old),
      '--policy',
      policy,
      '--connect-only',
      '--no-progress',
      '--write-baseline',
      baseline,
      '--json',
      firstReport,
    ]);
    expect(first.code).toBe(1); // no baseline yet: every violation is new
    expect(first.stderr).toContain(`wrote 1 entry to ${baseline}`);
    const written = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(written).toMatchObject({ version: 1, policy });
    expect(written.entries.map((e: { key: string; outcome: string }) => [e.key, e.outcome])).toEqual([
      [`127.0.0.1:${old}/tcp`, 'fail'],
    ]);

    const second = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      `${old},${added}`,
      '--policy',
      policy,
      '--connect-only',
      '--no-progress',
      '--baseline',
      baseline,
      '--json',
      report,
      '--format',
      'json',
    ]);
    expect(second.code).toBe(1);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const marks = json.verdicts.map(
      (v: { port: number; baseline: string; outcome: string; new: boolean }) => [
        v.port,
        v.baseline,
        v.outcome,
        v.new,
      ],
    );
    expect(marks).toEqual(
      expect.arrayContaining([
        [old, 'unchanged', 'warn', false],
        [added, 'new', 'fail', true],
      ]),
    );
    expect(json.summary).toMatchObject({ violations: 1, newViolations: 1 });

    // A JSON report is a baseline too (the same rule as the action's baseline input).
    const third = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      `${old},${added}`,
      '--policy',
      policy,
      '--connect-only',
      '--no-progress',
      '--baseline',
      firstReport,
      '--format',
      'json',
    ]);
    expect(third.code).toBe(1);
    const again = JSON.parse(third.stdout);
    expect(again.verdicts.map((v: { port: number; baseline: string }) => [v.port, v.baseline])).toEqual(
      expect.arrayContaining([
        [old, 'unchanged'],
        [added, 'new'],
      ]),
    );
  });

  it('exits 2 with a clear sentence for a baseline that is not one', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      '1',
      '--policy',
      join(dir, 'policy.yml'),
      '--baseline',
      bad,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${bad}: given by --baseline, is neither a Portcullis baseline (version 1 with entries; write one with --write-baseline) nor a JSON report (--json)`,
    );
  });
});
