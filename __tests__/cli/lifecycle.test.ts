import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

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
    // Listeners on the first three ports of the range, on a loopback address of this test's
    // own. At 40 probes a second the ports are probed in order, one timer turn apart: once the
    // third is accepted, the CLI has its SIGINT handler (set before any probe), has counted the
    // first port's result (ready a turn earlier), and has ~997 ports, 25 s of work, ahead of it.
    const address = '127.42.77.1';
    const third = deferred<void>();
    const first = 41001;
    const servers = [first, first + 1, first + 2].map((port) =>
      createServer((socket) => {
        socket.on('error', () => undefined).destroy();
        if (port === first + 2) third.resolve();
      }),
    );
    await Promise.all(
      servers.map((s, i) => new Promise<void>((r) => s.listen(first + i, address, () => r()))),
    );
    let pid = 0;
    const pending = runCli(
      [
        'scan',
        '--targets',
        address,
        '--ports',
        `${first}-${first + 999}`,
        '--rate',
        '40',
        '--no-fingerprint',
        '--policy',
        'examples/demo/portcullis.yml',
        '--json',
        json,
      ],
      { onSpawn: (p) => (pid = p), timeoutMs: 60_000 },
    );
    try {
      await Promise.race([
        third.promise,
        pending.then((r) => {
          throw new Error(`the scan ended before the third port was probed: ${r.code}\n${r.stderr}`);
        }),
      ]);
      process.kill(pid, 'SIGINT');
    } finally {
      for (const s of servers) s.close();
    }
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
  it('--compose-file: up, probe what compose publishes, down (through a docker shim on PATH)', async () => {
    // Docker cannot run here: a shim records its arguments and plays `compose ps` from a file
    // whose one published port is a listener this test started.
    const server: Server = createServer((socket) => socket.on('error', () => undefined).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const bin = join(dir, 'bin');
      await rm(bin, { recursive: true, force: true });
      await mkdir(bin);
      await copyFile(join(ROOT, '__tests__/lifecycle/fixtures/docker-shim.sh'), join(bin, 'docker'));
      await chmod(join(bin, 'docker'), 0o755);
      const ps = join(dir, 'ps.jsonl');
      const publishers = [
        { URL: '127.0.0.1', TargetPort: 80, PublishedPort: port, Protocol: 'tcp' },
        { URL: '', TargetPort: 5432, PublishedPort: 0, Protocol: 'tcp' },
      ];
      await writeFile(
        ps,
        JSON.stringify({ Service: 'web', State: 'running', Publishers: publishers }) + '\n',
      );
      const calls = join(dir, 'docker-calls.log');
      const policy = join(dir, 'compose-policy.yml');
      await writeFile(policy, 'version: 1\ndefault: deny\n');
      const json = join(dir, 'compose.json');
      const r = await runCli(
        [
          'scan',
          '--compose-file',
          'deploy/compose.yml',
          '--policy',
          policy,
          '--json',
          json,
          '--connect-only',
          // Judge what compose publishes, not what other test files open meanwhile.
          '--no-listeners',
        ],
        {
          env: {
            PATH: `${bin}:${process.env.PATH}`,
            DOCKER_SHIM_LOG: calls,
            DOCKER_SHIM_PS: ps,
          },
        },
      );
      expect(r.code).toBe(1);
      const report = JSON.parse(await readFile(json, 'utf8'));
      expect(report.scan.targets).toEqual(['127.0.0.1']);
      expect(report.scan.ports).toBe(String(port));
      expect(report.ports.map((p: { port: number }) => p.port)).toEqual([port]);
      expect((await readFile(calls, 'utf8')).trim().split('\n')).toEqual([
        'compose -f deploy/compose.yml up -d --wait',
        'compose -f deploy/compose.yml ps --format json',
        'compose -f deploy/compose.yml down --remove-orphans',
      ]);
    } finally {
      server.close();
    }
  });
});
