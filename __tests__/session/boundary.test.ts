import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSession } from '../../src/session.js';
import { configError, resolverFrom } from '../helpers/errors.js';

/**
 * The session holds names to the scope with one resolver (a fake one here: these names exist
 * nowhere else): a gateway name that resolves outside the scope is refused at its policy line,
 * and a wait-for name is checked and then reached at the address that was checked.
 */

const dir = mkdtempSync(join(tmpdir(), 'session-boundary-'));
const TARGET = '127.46.2.1';
const WAITED = '127.46.2.5';
const names: Record<string, string[]> = {
  'gw.portcullis.test': ['127.46.2.2'],
  'app.portcullis.test': [WAITED],
  'meta.portcullis.test': ['64:ff9b::a9fe:a9fe'],
};
const resolve = resolverFrom(names);

let server: Server;
let port = 0;
let connections = 0;
beforeAll(async () => {
  server = createServer((s) => {
    connections++;
    s.on('error', () => undefined).destroy();
  });
  await new Promise<void>((r) => server.listen(0, WAITED, () => r()));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

function policy(lines: string[]): string {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, ['version: 1', 'default: deny', ...lines, ''].join('\n'));
  return file;
}

describe('runSession: names against the scope', () => {
  test('a gateway name resolving outside the scope is refused at its line, naming the address and the scope', async () => {
    const file = policy([
      'remote_access:',
      '  require: { vpn: true }',
      '  vpn_gateways:',
      '    - { host: gw.portcullis.test, port: 1194, protocol: udp, kind: openvpn }',
    ]);
    const e = await configError(
      runSession({ targets: [TARGET], ports: '1', policyFile: file, scope: [`${TARGET}/32`], resolve }),
    );
    expect(e.diagnostics).toEqual([
      expect.objectContaining({
        source: file,
        line: 6,
        message: expect.stringContaining(
          `the openvpn VPN gateway gw.portcullis.test:1194/udp (127.46.2.2) is outside the scope ${TARGET}/32`,
        ),
      }),
    ]);
  });

  test('a wait-for name is checked against the scope, then reached at the address checked', async () => {
    const file = policy([]);
    const waitFor = [
      { kind: 'tcp' as const, host: 'app.portcullis.test', port, raw: `app.portcullis.test:${port}` },
    ];
    const environment = { waitFor, waitTimeoutMs: 10_000, cwd: dir, teardown: true };

    const refused = await configError(
      runSession({
        targets: [TARGET],
        ports: '1',
        policyFile: file,
        scope: [`${TARGET}/32`],
        resolve,
        environment,
      }),
    );
    expect(refused.message).toBe(
      `--wait-for: "app.portcullis.test:${port}" resolves to ${WAITED}, which is outside the scope ${TARGET}/32; nothing is probed or waited for outside --scope (add the address to it, or wait for an address inside it)`,
    );
    expect(connections).toBe(0);

    // Inside the scope: the system resolver does not know the name, the session's does.
    const ok = await runSession({
      targets: [TARGET],
      ports: '1',
      policyFile: file,
      scope: [`${TARGET}/32`, `${WAITED}/32`],
      resolve,
      environment,
    });
    expect(ok.report.result).toBe('pass');
    expect(connections).toBeGreaterThan(0);
  });

  test('a target name that is NAT64 for the metadata address is refused without a scope', async () => {
    const e = await configError(
      runSession({ targets: ['meta.portcullis.test'], ports: '1', policyFile: policy([]), resolve }),
    );
    expect(e.message).toContain('an IPv6 encoding of 169.254.169.254');
  });
});
