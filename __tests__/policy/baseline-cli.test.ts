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
    // Recording a baseline without --fail-on gates nothing (set -e scripts), and says so.
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`wrote 1 entry to ${baseline}`);
    expect(JSON.parse(readFileSync(firstReport, 'utf8')).policy).toMatchObject({
      failOn: 'never',
      failOnFrom: '--write-baseline without --fail-on',
    });
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
    // The gate let the old failure through; the policy's judgement is kept beside it.
    expect(json.verdicts.find((v: { port: number }) => v.port === old).judged).toBe('fail');
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

  /** `portcullis scan` of these ports of 127.0.0.1 (connect-only: nothing is sent), and more flags. */
  const scan = (ports: number[], policy: string, ...more: string[]) =>
    runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      ports.join(','),
      '--policy',
      policy,
      '--connect-only',
      '--no-progress',
      ...more,
    ]);

  it('a report made under fail-on: new, used as the next baseline, keeps an unchanged failure unchanged', async () => {
    const [old, added] = [await listen(), await listen()];
    servers.push(old, added);
    const policy = join(dir, 'new.yml');
    writeFileSync(policy, 'version: 1\ndefault: deny\nfail-on: new\n');
    const b0 = join(dir, 'b0.json');
    const a = join(dir, 'a.json');
    expect((await scan([portOf(old)], policy, '--write-baseline', b0)).code).toBe(0);

    // Report A: the old port is let through (in the baseline), the added one fails.
    const first = await scan([portOf(old), portOf(added)], policy, '--baseline', b0, '--json', a);
    expect(first.code).toBe(1);
    const reportA = JSON.parse(readFileSync(a, 'utf8'));
    expect(reportA.verdicts.map((v: { port: number; outcome: string }) => [v.port, v.outcome])).toEqual(
      expect.arrayContaining([
        [portOf(old), 'warn'],
        [portOf(added), 'fail'],
      ]),
    );

    // Report A as the baseline: both ports fail as they did, so both are unchanged and nothing fails.
    const second = await scan([portOf(old), portOf(added)], policy, '--baseline', a, '--format', 'json');
    const again = JSON.parse(second.stdout);
    expect(
      again.verdicts.map((v: { port: number; baseline: string; judged: string }) => [
        v.port,
        v.baseline,
        v.judged,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [portOf(old), 'unchanged', 'fail'],
        [portOf(added), 'unchanged', 'fail'],
      ]),
    );
    expect(again.result).toBe('pass');
    expect(second.code).toBe(0);
  });

  it("--fail-on replaces the policy's fail-on in the report itself, and the exit code follows it", async () => {
    const [old, added] = [await listen(), await listen()];
    servers.push(old, added);
    const ports = [portOf(old), portOf(added)];
    const policy = join(dir, 'any.yml');
    writeFileSync(policy, 'version: 1\ndefault: deny\nfail-on: any\n');
    const b = join(dir, 'any-baseline.json');
    // --fail-on given: writing a baseline gates as usual.
    const written = await scan([portOf(old)], policy, '--write-baseline', b, '--fail-on', 'any');
    expect(written.code).toBe(1);
    expect(written.stderr).toContain(`wrote 1 entry to ${b}`);

    const asNew = await scan(ports, policy, '--baseline', b, '--fail-on', 'new');
    expect(asNew.code).toBe(1);
    expect(asNew.stdout).toContain(
      `FAIL  1 open port breaks ${policy}, and 1 violation does not fail the check (fail-on: new)`,
    );
    expect(asNew.stdout).toContain("note: fail-on: new (--fail-on) replaces the policy's fail-on: any.");

    const noBaseline = await scan(ports, policy, '--fail-on', 'new');
    expect(noBaseline.code).toBe(1);
    expect(noBaseline.stdout).toContain(
      'note: fail-on: new was given without a baseline, so every violation counts as new.',
    );
    expect(noBaseline.stdout).toContain(`FAIL  2 open ports break ${policy}`);

    const never = await scan(ports, policy, '--fail-on', 'never', '--format', 'json');
    expect(never.code).toBe(0);
    const report = JSON.parse(never.stdout);
    expect(report).toMatchObject({
      result: 'pass',
      policy: { failOn: 'never', failOnFrom: '--fail-on' },
      summary: { violations: 0, warnings: 2 },
    });
    expect(report.verdicts.map((v: { judged: string; outcome: string }) => [v.judged, v.outcome])).toEqual([
      ['fail', 'warn'],
      ['fail', 'warn'],
    ]);
    expect(report.notices).toContain(
      "fail-on: never (--fail-on, replacing the policy's fail-on: any): every violation is reported, as a warning, and none fails the check.",
    );

    const bad = await scan(ports, policy, '--fail-on', 'sometimes');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fail-on <level>' argument 'sometimes' is invalid/);
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
