/**
 * One golden CLI scenario: the real `portcullis scan` (bin/portcullis.js, built
 * into lib/) against two loopback listeners this test starts, judged by a
 * small policy this test writes. The golden file holds the command line,
 * stdout and the exit code, so a change to what a user sees on the terminal
 * shows up in review as a diff of __tests__/cli/golden/scan-basic.txt.
 *
 * To rewrite it after an intended change (then review `git diff`):
 *
 *   npm run build && UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/cli/golden.test.ts
 *
 * Without UPDATE_GOLDEN=1 a missing or different file fails the test; nothing is written.
 *
 * The scan touches nothing but this test's own address and ports: 127.45.201.1
 * (Linux routes all of 127/8 to lo, so no alias is needed; it lies outside
 * 127.42/16, where DaemonLab aliases addresses for other tests), ports 18201
 * and 18202 (our listeners) and 18203 (bound and released first: closed, ours).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const HOST = '127.45.201.1';
const ALLOWED = 18201;
const DENIED = 18202;
const CLOSED = 18203;

const GOLDEN = join(ROOT, '__tests__', 'cli', 'golden', 'scan-basic.txt');
const UPDATE_COMMAND =
  "npm run build && UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/cli/golden.test.ts";

/** Line numbers matter: the verdicts cite them (the deny rule is on line 9). */
const POLICY = [
  'version: 1',
  'default: deny',
  'targets:',
  '  - name: golden',
  `    hosts: ["${HOST}"]`,
  '    allow:',
  `      - { id: app, port: ${ALLOWED}, protocol: tcp }`,
  '    deny:',
  `      - { id: no-debug, port: ${DENIED}, reason: "a debug listener must not be reachable" }`,
  '',
].join('\n');

/** A listener on our own address and a fixed port, speaking one fixed line. */
function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      // Probes hang up abruptly; that is their right, not an error of the test.
      socket.on('error', () => undefined);
      socket.end('hello from the golden listener\r\n');
    });
    server.once('error', (err) =>
      reject(new Error(`cannot listen on ${HOST}:${port} for the golden scan: ${err.message}`)),
    );
    server.listen(port, HOST, () => resolve(server));
  });
}

const close = (server: Server) => new Promise((r) => server.close(r));

/**
 * What legitimately varies between runs, replaced by a named placeholder:
 * only the scan's duration (`in 0.0 s` on a fast machine, more on a slow one).
 */
function normalise(stdout: string): string {
  return stdout.replace(/ in \d+(?:\.\d+)? s from the /g, ' in <DURATION> s from the ');
}

describe('portcullis scan (golden terminal output)', () => {
  let dir: string;
  const servers: Server[] = [];

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-golden-'));
    await writeFile(join(dir, 'portcullis.yml'), POLICY);
    // Prove the closed port is free (and so ours to probe): bind it, then let go.
    await close(await listen(CLOSED));
    servers.push(await listen(ALLOWED), await listen(DENIED));
  });
  afterAll(async () => {
    await Promise.all(servers.map(close));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('scan-basic: one port allowed, one denied, one closed', async () => {
    const args = [
      'scan',
      '--targets',
      HOST,
      '--ports',
      `${ALLOWED},${DENIED},${CLOSED}`,
      '--policy',
      'portcullis.yml', // relative to cwd: no temporary path in the output
      '--format',
      'terminal',
      '--no-color',
      // No fingerprint payloads: identification would depend on how fast the listener answers.
      '--connect-only',
    ];
    const r = await runCli(args, { cwd: dir, env: { NO_COLOR: '1', CI: 'true' } });
    expect(r.stderr).not.toMatch(/error/i);
    // stdout as printed (its own final newline included), between the command and the exit code.
    const golden = `$ portcullis ${args.join(' ')}\n${normalise(r.stdout)}[exit code ${r.code}]\n`;
    expectGolden(GOLDEN, golden, UPDATE_COMMAND);
  });
});
