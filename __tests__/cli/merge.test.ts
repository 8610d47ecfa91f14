/**
 * `portcullis scan --shard K/N` and `portcullis merge` end to end, as a matrix would run
 * them: shard processes in parallel against this test's own listeners (127.46.16.20), then
 * one merge, with its exit codes.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../helpers/cli.js';

const HOST = '127.46.16.20';
let dir: string;
let server: net.Server;
let port: number;
let policy: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'portcullis-cli-merge-'));
  server = net.createServer((s) => s.destroy());
  await new Promise<void>((r) => server.listen(0, HOST, () => r()));
  port = (server.address() as net.AddressInfo).port;
  policy = join(dir, 'policy.yml');
  await writeFile(policy, `version: 1\ndefault: deny\nallow:\n  - { port: ${port} }\n`);
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server.close(() => r(undefined)));
  await rm(dir, { recursive: true, force: true });
});

const scanArgs = (k: number, n: number) => [
  'scan',
  '--targets',
  HOST,
  '--ports',
  `${port - 3}-${port + 3}`,
  '--policy',
  policy,
  '--no-fingerprint',
  '--shard',
  `${k}/${n}`,
  '--json',
  join(dir, `shard-${k}.json`),
];

describe('portcullis scan --shard and merge', () => {
  test.each(['0/3', '4/3', 'two/3', '1/5000'])(
    '--shard %s is refused with exit 2, naming the flag',
    async (s) => {
      const r = await runCli([
        'scan',
        '--targets',
        HOST,
        '--ports',
        String(port),
        '--policy',
        policy,
        '--shard',
        s,
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--shard');
    },
  );

  test('three shards in parallel, merged: one report with the open port, judged once; a missing shard exits 3', async () => {
    const shards = await Promise.all([1, 2, 3].map((k) => runCli(scanArgs(k, 3))));
    for (const r of shards) expect([0, 1]).toContain(r.code);
    const reports = await Promise.all(
      [1, 2, 3].map(async (k) => JSON.parse(await readFile(join(dir, `shard-${k}.json`), 'utf8'))),
    );
    expect(reports.map((r) => r.scan.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    expect(reports.reduce((s, r) => s + r.scan.counts.probed, 0)).toBe(7);
    const files = [1, 2, 3].map((k) => join(dir, `shard-${k}.json`));
    const merged = join(dir, 'merged.json');
    const m = await runCli([
      'merge',
      ...files,
      '--policy',
      policy,
      '--json',
      merged,
      '--sarif',
      join(dir, 'm.sarif'),
    ]);
    expect(m.stderr).not.toMatch(/error/i);
    expect(m.code).toBe(0);
    const report = JSON.parse(await readFile(merged, 'utf8'));
    expect(report.ports.map((p: { port: number }) => p.port)).toEqual([port]);
    expect(report.result).toBe('pass');
    expect(report.scan.counts.probed).toBe(7);
    expect(report.scan.merged.groups[0]).toMatchObject({ vantage: 'untrusted', shards: 3, missing: [] });
    expect(JSON.parse(await readFile(join(dir, 'm.sarif'), 'utf8')).version).toBe('2.1.0');

    const missing = await runCli(['merge', files[0], files[2], '--policy', policy]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('shard 2/3 is missing');
    const partial = await runCli([
      'merge',
      files[0],
      files[2],
      '--policy',
      policy,
      '--allow-partial',
      '--format',
      'json',
    ]);
    expect(partial.code).toBe(1);
    expect(JSON.parse(partial.stdout)).toMatchObject({
      result: 'fail',
      partial: true,
      partialReason: 'missing-shards',
    });
  }, 120_000);
});
