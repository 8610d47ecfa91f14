import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from '../helpers/cli.js';

/**
 * No probe outside the targets and the scope (issue 12, case 10): the declared VPN gateways and
 * the wait-for entries are held to them, and a listener outside them counts every packet that
 * reaches it. Addresses are this test's own loopback addresses (127.46.2.x).
 */

const TARGET = '127.46.2.1';
const GATEWAY = '127.46.2.2';
const WAITED = '127.46.2.3';

/** A UDP socket that counts the datagrams it receives (and answers none). */
function udpCounter(host: string): Promise<{ socket: Socket; port: number; count: () => number }> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const socket = createSocket('udp4');
    socket.on('message', () => n++);
    socket.once('error', reject);
    socket.bind(0, host, () => resolve({ socket, port: socket.address().port, count: () => n }));
  });
}

/** A TCP listener that counts the connections it accepts. */
function tcpCounter(host: string): Promise<{ server: Server; port: number; count: () => number }> {
  return new Promise((resolve) => {
    let n = 0;
    const server = createServer((s) => {
      n++;
      s.on('error', () => undefined).destroy();
    });
    server.listen(0, host, () => {
      const a = server.address();
      resolve({ server, port: typeof a === 'object' && a ? a.port : 0, count: () => n });
    });
  });
}

describe('nothing is probed outside the targets and the scope', () => {
  let dir: string;
  const closers: (() => void)[] = [];
  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-boundary-'));
  });
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function gatewayPolicy(host: string, port: number): Promise<string> {
    const file = join(dir, `gw-${host}-${port}.yml`);
    await writeFile(
      file,
      [
        'version: 1',
        'default: deny',
        'remote_access:',
        '  require: { vpn: true }',
        '  vpn_gateways:',
        `    - { host: ${host}, port: ${port}, protocol: udp, kind: openvpn }`,
        '',
      ].join('\n'),
    );
    return file;
  }

  it('a gateway outside --scope is refused with exit 2 at its line in the policy; no datagram reaches it', async () => {
    const gw = await udpCounter(GATEWAY);
    closers.push(() => gw.socket.close());
    const policy = await gatewayPolicy(GATEWAY, gw.port);
    const r = await runCli([
      'scan',
      '--targets',
      TARGET,
      '--scope',
      `${TARGET}/32`,
      '--ports',
      '1',
      '--policy',
      policy,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `${policy.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6:\\d+: the openvpn VPN gateway ${GATEWAY.replace(/\./g, '\\.')}:${gw.port}/udp is outside the scope ${TARGET.replace(/\./g, '\\.')}/32`,
      ),
    );
    expect(r.stderr).toContain('add it to --scope');
    expect(gw.count()).toBe(0);
  });

  it('without a scope, a gateway outside the targets is skipped with a notice and gets no datagram; one inside them is probed', async () => {
    const outside = await udpCounter(GATEWAY);
    const inside = await udpCounter(TARGET);
    closers.push(
      () => outside.socket.close(),
      () => inside.socket.close(),
    );

    const json = join(dir, 'skipped.json');
    const r = await runCli([
      'scan',
      '--targets',
      TARGET,
      '--ports',
      '1',
      '--policy',
      await gatewayPolicy(GATEWAY, outside.port),
      '--json',
      json,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as { notices: string[] };
    expect(report.notices.join('\n')).toContain(`The openvpn VPN gateway ${GATEWAY}:${outside.port}/udp (`);
    expect(report.notices.join('\n')).toContain('was not probed: it is outside the targets');
    expect(outside.count()).toBe(0);

    // The same policy with the gateway inside the targets: the counter does count.
    const probed = await runCli([
      'scan',
      '--targets',
      TARGET,
      '--ports',
      '1',
      '--policy',
      await gatewayPolicy(TARGET, inside.port),
    ]);
    expect(probed.code).not.toBe(2);
    expect(inside.count()).toBeGreaterThan(0);
  });

  it('a wait-for entry outside --scope is refused with exit 2 naming --wait-for; no connection reaches it', async () => {
    const waited = await tcpCounter(WAITED);
    closers.push(() => waited.server.close());
    const policy = join(dir, 'deny.yml');
    await writeFile(policy, 'version: 1\ndefault: deny\n');
    const r = await runCli([
      'scan',
      '--targets',
      TARGET,
      '--scope',
      `${TARGET}/32`,
      '--ports',
      '1',
      '--policy',
      policy,
      '--wait-for',
      `${WAITED}:${waited.port}`,
      '--wait-timeout',
      '5s',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--wait-for: "${WAITED}:${waited.port}" is outside the scope ${TARGET}/32`);
    expect(waited.count()).toBe(0);

    // Inside the scope, the same entry is waited for: the counter does count.
    const inScope = await runCli([
      'scan',
      '--targets',
      TARGET,
      '--scope',
      `${TARGET}/32,${WAITED}/32`,
      '--ports',
      '1',
      '--policy',
      policy,
      '--wait-for',
      `${WAITED}:${waited.port}`,
      '--wait-timeout',
      '20s',
    ]);
    expect(inScope.code).toBe(0);
    expect(waited.count()).toBeGreaterThan(0);
  });
});
