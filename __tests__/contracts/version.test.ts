import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';

/**
 * One version number (issue 13): package.json's, `portcullis --version`, SARIF's
 * `semanticVersion` and the JSON report's `tool.version` agree, read from a real scan.
 */
describe('the version number', () => {
  let dir: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-version-'));
    server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.end('hello from the test listener\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    port = typeof addr === 'object' && addr ? addr.port : 0;
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is the same in package.json, --version, SARIF semanticVersion and the report tool.version', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const cli = await runCli(['--version']);
    expect(cli.code).toBe(0);
    expect(cli.stdout.trim()).toBe(pkg.version);

    const policy = join(dir, 'policy.yml');
    await writeFile(policy, 'version: 1\ndefault: deny\n');
    const json = join(dir, 'report.json');
    const sarif = join(dir, 'report.sarif');
    const scan = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      String(port),
      '--policy',
      policy,
      '--json',
      json,
      '--sarif',
      sarif,
    ]);
    expect(scan.stderr).not.toMatch(/not built|failed unexpectedly/);
    expect(scan.code).toBe(1);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      version: number;
      tool: { name: string; version: string };
    };
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'portcullis', version: pkg.version });
    const log = JSON.parse(await readFile(sarif, 'utf8')) as {
      runs: { tool: { driver: { semanticVersion: string } } }[];
    };
    expect(log.runs[0].tool.driver.semanticVersion).toBe(pkg.version);
  });

  it('src/version.ts is the one generated from package.json', () => {
    // Throws (exit 1) when someone edited package.json's version without regenerating.
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'version.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
