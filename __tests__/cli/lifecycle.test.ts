import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { ensureBuilt, runCli } from '../helpers/cli.js';

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.setTimeout(1000, () => (s.destroy(), resolve(false)));
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

describe('portcullis demo and interruption', () => {
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-life-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('npm start (portcullis demo) brings the demo up, shows the failing admin port, and tears it down', async () => {
    const r = await runCli(['demo', '--no-color'], { timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('127.0.0.1:18081/tcp');
    expect(r.stdout).toMatch(/FAIL/);
    expect(r.stdout).toMatch(/examples\/demo\/portcullis\.yml:\d+/);
    // The allowed web app passes.
    expect(r.stdout).toMatch(/PASS.*127\.0\.0\.1:18080\/tcp/);
    // Torn down: nothing answers on the demo's ports any more.
    expect(await answers(18080)).toBe(false);
    expect(await answers(18081)).toBe(false);
  });

  it('SIGINT during a scan writes a partial report atomically and exits non-zero', async () => {
    const json = join(dir, 'partial.json');
    let pid = 0;
    const pending = runCli(
      // 1,000 ports at 40 probes a second: 25 s of work, interrupted after about 2 s. Connect-only.
      [
        'scan',
        '--targets',
        '127.0.0.1',
        '--ports',
        '1-1000',
        '--rate',
        '40',
        '--no-fingerprint',
        '--policy',
        'examples/demo/portcullis.yml',
        '--json',
        json,
      ],
      { onSpawn: (p) => (pid = p), timeoutMs: 30_000 },
    );
    await new Promise((r) => setTimeout(r, 2000));
    process.kill(pid, 'SIGINT');
    const r = await pending;
    expect(r.code).toBe(130);
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.partial).toBe(true);
    expect(report.result).toBe('fail');
    expect(report.scan.counts.probed).toBeGreaterThan(0);
    expect(report.scan.counts.probed).toBeLessThan(1000);
    // Atomic write: no temporary file left beside the report.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
