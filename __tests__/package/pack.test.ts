import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { cleanEnv, newestMtime, run } from './run.js';

/**
 * The npm package as a user gets it: `npm pack`, the tarball installed into an empty
 * project with the registry out of reach (the CLI is one bundled file and depends on
 * nothing), and the installed `portcullis` run there: --version, validate on a shipped
 * policy, and connect-only scans of a listener this test starts on its own loopback
 * address.
 */

const ADDRESS = '127.46.13.1';
/** Empty loopback addresses: 127.46.96.0 to 127.46.111.255 (no other test uses them). */
const SWEEP = '127.46.96.0/20';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  dependencies?: Record<string, string>;
};

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string; size: number }>;
}

/** What the tarball may hold: the `files` entries, and what npm always adds. */
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

describe('the npm package, installed from its tarball', () => {
  let dir: string;
  let project: string;
  let packed: PackResult;
  let listener: Server;
  let port: number;
  const sockets = new Set<Socket>();
  const env = () =>
    cleanEnv({ npm_config_cache: join(dir, 'npm-cache'), npm_config_update_notifier: 'false' });
  const portcullis = (args: string[]) =>
    run(join(project, 'node_modules', '.bin', 'portcullis'), args, { cwd: project, env: env() });

  beforeAll(async () => {
    // `npm test` bundles right before jest; a test run on its own rebuilds a bundle older
    // than what it is built from. Packing then skips the prepack build (--ignore-scripts).
    const bundle = join(ROOT, 'dist', 'cli', 'index.js');
    const sources = Math.max(
      newestMtime(join(ROOT, 'src')),
      newestMtime(join(ROOT, 'package.json')),
      newestMtime(join(ROOT, 'scripts', 'bundle.mjs')),
    );
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
      console.log('pack test: dist/cli is older than src/: running npm run bundle');
      const built = await run('node', ['scripts/bundle.mjs'], { cwd: ROOT, timeoutMs: 400_000 });
      expect(built).toMatchObject({ code: 0 });
    }

    dir = await mkdtemp(join(tmpdir(), 'portcullis-pack-'));
    const out = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      env: env(),
    });
    expect([out.code, out.stderr]).toEqual([0, expect.any(String)]);
    packed = (JSON.parse(out.stdout) as PackResult[])[0];
    console.log(
      `npm pack: ${packed.filename} — ${packed.size} bytes packed (${(packed.size / 1024).toFixed(0)} KiB), ` +
        `${packed.unpackedSize} bytes unpacked, ${packed.entryCount} files:\n` +
        packed.files.map((f) => `  ${f.path} (${f.size})`).join('\n'),
    );

    project = join(dir, 'project');
    await run('mkdir', ['-p', project], { cwd: dir });
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'a-team-project', version: '1.0.0', private: true }),
    );
    // An empty cache and --offline: anything the tarball needed from the registry would fail here.
    const installed = await run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', join(dir, packed.filename)],
      { cwd: project, env: env() },
    );
    expect([installed.code, installed.stderr]).toEqual([0, expect.any(String)]);

    listener = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      socket.end();
    });
    await new Promise<void>((resolve) => listener.listen(0, ADDRESS, resolve));
    port = (listener.address() as { port: number }).port;
  }, 600_000);

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => listener?.close(resolve));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds only what runs: the CLI bundle, bin, the policies and schemas, the docs a user reads', () => {
    const paths = packed.files.map((f) => f.path);
    for (const path of paths) {
      const allowed = ALWAYS.includes(path) || pkg.files.some((f) => f.endsWith('/') && path.startsWith(f));
      expect([path, allowed]).toEqual([path, true]);
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        'bin/portcullis.js',
        'dist/cli/index.js',
        'dist/cli/worker.js',
        'policies/recommended.yml',
        'policies/strict.yml',
        'schemas/policy.schema.json',
        'schemas/report.schema.json',
        'examples/demo/portcullis.yml',
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
      ]),
    );
    for (const path of paths) expect(path).not.toMatch(/^(src|lib|__tests__|bench|dist\/main|dist\/post)\//);
    // No native addon built for this machine, no Windows executable.
    for (const path of paths) expect(path).not.toMatch(/\.(node|exe|ts)$/);
    // Nothing to install beside it: every runtime module is inside the bundle.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('installs with nothing from the registry: no node_modules of its own, no lib/', async () => {
    const installed = join(project, 'node_modules', pkg.name);
    expect(existsSync(join(installed, 'dist', 'cli', 'index.js'))).toBe(true);
    expect(existsSync(join(installed, 'lib'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    // The project's node_modules hold this package and nothing else.
    expect((await readdir(join(project, 'node_modules'))).filter((n) => !n.startsWith('.'))).toEqual([
      pkg.name,
    ]);
  });

  it('npx portcullis --version prints the version of package.json', async () => {
    const r = await run('npx', ['--no-install', 'portcullis', '--version'], { cwd: project, env: env() });
    expect([r.code, r.stdout.trim(), r.stderr]).toEqual([0, pkg.version, '']);
  });

  it('portcullis validate passes the shipped example policy and the built-in ones', async () => {
    const shipped = join('node_modules', pkg.name);
    const r = await portcullis([
      'validate',
      join(shipped, 'examples', 'demo', 'portcullis.yml'),
      join(shipped, 'policies', 'strict.yml'),
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^ok .*examples\/demo\/portcullis\.yml: /m);
    expect(r.stdout).toMatch(/^ok .*policies\/strict\.yml: /m);
  });

  it('portcullis validate names file:line:column of a bad policy, exit 2', async () => {
    await writeFile(
      join(project, 'bad.yml'),
      'version: 1\ndefault: deny\ntargets:\n  - name: x\n    alow: []\n',
    );
    const r = await portcullis(['validate', 'bad.yml']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/bad\.yml:5:5/);
  });

  it('scans the test listener: allowed → exit 0 and a passing JSON report; not allowed → exit 1', async () => {
    const allow = join(project, 'allow.yml');
    await writeFile(
      allow,
      `extends: [portcullis:recommended]\nversion: 1\ndefault: deny\ntargets:\n  - name: local\n    hosts: ["${ADDRESS}"]\n    allow:\n      - { port: ${port}, protocol: tcp }\n`,
    );
    // More than 4,096 probes, so that on more than one core the scan runs on the bundled
    // worker.js too: the listener's port on 4,097 loopback addresses. Only that port, which
    // no wildcard listener can hold while ours is bound, so nothing else on this machine answers.
    const pass = await portcullis([
      'scan',
      '--targets',
      `${ADDRESS},${SWEEP}`,
      '--ports',
      String(port),
      '--policy',
      'allow.yml',
      '--connect-only',
      '--json',
      'pass.json',
      '--no-progress',
      '--verbose',
    ]);
    expect([pass.code, pass.stderr]).toEqual([0, expect.not.stringMatching(/unavailable|error/i)]);
    if (availableParallelism() > 1) expect(pass.stderr).toMatch(/worker threads?/);
    const report = JSON.parse(await readFile(join(project, 'pass.json'), 'utf8'));
    expect(report).toMatchObject({ version: 1, result: 'pass', partial: false });
    expect(report.ports).toEqual([
      expect.objectContaining({ host: ADDRESS, port, protocol: 'tcp', state: 'open' }),
    ]);

    await writeFile(
      join(project, 'deny.yml'),
      `version: 1\ndefault: deny\ntargets:\n  - name: local\n    hosts: ["${ADDRESS}"]\n`,
    );
    const fail = await portcullis([
      'scan',
      '--targets',
      ADDRESS,
      '--ports',
      String(port),
      '--policy',
      'deny.yml',
      '--connect-only',
      '--format',
      'json',
    ]);
    expect(fail.code).toBe(1);
    const failed = JSON.parse(fail.stdout);
    expect(failed.result).toBe('fail');
    expect(failed.verdicts).toEqual([expect.objectContaining({ host: ADDRESS, port, outcome: 'fail' })]);
  });

  it('examples/ci/shell.sh passes exit codes 0, 1 and 2 on, with the JUnit report, under set -e', async () => {
    const script = join(ROOT, 'examples', 'ci', 'shell.sh');
    const shell = (policy: string, reports: string) =>
      run('sh', [script], {
        cwd: project,
        env: {
          ...env(),
          PORTCULLIS_TARGETS: ADDRESS,
          PORTCULLIS_PORTS: String(port),
          PORTCULLIS_POLICY: policy,
          PORTCULLIS_REPORTS: reports,
        },
      });
    const pass = await shell('allow.yml', 'reports-pass');
    expect([pass.code, pass.stdout]).toEqual([0, expect.stringContaining('portcullis: pass')]);
    const junit = await readFile(join(project, 'reports-pass', 'portcullis.junit.xml'), 'utf8');
    expect(junit).toContain(`name="${ADDRESS}:${port}/tcp`);
    expect(junit).not.toContain('<failure');

    const fail = await shell('deny.yml', 'reports-fail');
    expect([fail.code, fail.stderr]).toEqual([1, expect.stringContaining('portcullis: FAIL')]);
    expect(await readFile(join(project, 'reports-fail', 'portcullis.junit.xml'), 'utf8')).toContain(
      '<failure',
    );

    const bad = await shell('bad.yml', 'reports-bad');
    expect([bad.code, bad.stdout + bad.stderr]).toEqual([2, expect.stringMatching(/bad\.yml:5:5/)]);
    expect(existsSync(join(project, 'reports-bad', 'portcullis.json'))).toBe(false);
  });
});
