import { describe, expect, test } from '@jest/globals';
import type { Listener } from '../../src/lifecycle/listeners.js';
import { parsePorts, parseScope, planListeners, resolveTargets } from '../../src/targets/index.js';

/** Which new listeners are probed and which are judged from the table alone. */

const l = (protocol: 'tcp' | 'udp', address: string, port: number): Listener => ({
  protocol,
  address,
  port,
  wildcard: address === '0.0.0.0' || address === '::',
});
const task = (t: { host: string; port: number; protocol: string }) => `${t.host} ${t.port}/${t.protocol}`;

async function plan(
  listeners: Listener[],
  targets: string[],
  options: { ports?: string; scope?: string[]; local?: string[] } = {},
) {
  const set = await resolveTargets(targets, { scope: options.scope });
  const p = planListeners(listeners, {
    targets: set,
    ports: parsePorts(options.ports ?? '80'),
    scope: options.scope ? parseScope(options.scope) : undefined,
    localAddresses: options.local ?? ['127.0.0.1', '::1', '10.1.0.4', 'fe80::1'],
  });
  return {
    probe: p.probe.map(task),
    covered: p.covered.map(task),
    tableOnly: p.tableOnly.map((x) => `${x.address} ${x.port}/${x.protocol}: ${x.why}`),
  };
}

describe('planListeners', () => {
  test('[::1] beside targets 127.0.0.1 is the same runner: probed on ::1', async () => {
    expect(await plan([l('tcp', '::1', 6379)], ['127.0.0.1'])).toEqual({
      probe: ['::1 6379/tcp'],
      covered: [],
      tableOnly: [],
    });
  });

  test('another loopback address is inside too; an address of another interface is not', async () => {
    expect(await plan([l('tcp', '127.0.0.53', 53), l('tcp', '10.1.0.4', 5432)], ['127.0.0.1'])).toEqual({
      probe: ['127.0.0.53 53/tcp'],
      covered: [],
      tableOnly: ['10.1.0.4 5432/tcp: outside the targets'],
    });
  });

  test('a listener on a target address, on a port the scan probes anyway, is covered, not added', async () => {
    expect(await plan([l('tcp', '127.0.0.1', 80), l('udp', '127.0.0.1', 5353)], ['127.0.0.1'])).toEqual({
      probe: ['127.0.0.1 5353/udp'],
      covered: ['127.0.0.1 80/tcp'],
      tableOnly: [],
    });
  });

  test('a wildcard is probed at the runner address the targets name, once per family', async () => {
    expect(
      await plan(
        [l('tcp', '0.0.0.0', 9000), l('tcp', '::', 9000), l('udp', '::', 1194)],
        ['127.0.0.1', '10.1.0.4'],
      ),
    ).toEqual({
      // 0.0.0.0:9000 and [::]:9000 meet at 127.0.0.1:9000; the targets name no IPv6 address.
      probe: ['127.0.0.1 9000/tcp', '127.0.0.1 1194/udp'],
      covered: [],
      tableOnly: [],
    });
    expect(await plan([l('tcp', '::', 9000)], ['::1', '127.0.0.1'])).toEqual({
      probe: ['::1 9000/tcp', '127.0.0.1 9000/tcp'],
      covered: [],
      tableOnly: [],
    });
  });

  test('a wildcard is outside targets that name no address of the runner', async () => {
    expect(await plan([l('tcp', '0.0.0.0', 9000)], ['192.0.2.10'])).toEqual({
      probe: [],
      covered: [],
      tableOnly: ['0.0.0.0 9000/tcp: outside the targets'],
    });
  });

  test('with a scope, a listener inside the targets but outside the scope is judged from the table', async () => {
    expect(
      await plan([l('tcp', '::1', 6379), l('tcp', '127.0.0.2', 22)], ['127.0.0.1'], {
        scope: ['127.0.0.0/8'],
      }),
    ).toEqual({ probe: ['127.0.0.2 22/tcp'], covered: [], tableOnly: ['::1 6379/tcp: outside the scope'] });
  });

  test('a listener on an address of a name the user wrote carries the name', async () => {
    const set = await resolveTargets(['app.test'], { resolve: async () => ['127.0.0.1'] });
    const p = planListeners([l('tcp', '127.0.0.1', 8443)], {
      targets: set,
      ports: parsePorts('80'),
      localAddresses: [],
    });
    expect(p.probe).toEqual([{ host: '127.0.0.1', hostname: 'app.test', port: 8443, protocol: 'tcp' }]);
  });
});
