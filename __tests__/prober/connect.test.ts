import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:net';
import { scan } from '../../src/prober/index.js';
import { parsePorts, probeTasks, resolveTargets } from '../../src/targets/index.js';
import { addLoopbackAlias, close, freePort, listen } from './helpers.js';

const HOST = '127.42.3.1';

describe('TCP connect scan on a loopback alias', () => {
  let removeAlias: () => void = () => undefined;
  const servers: Server[] = [];
  let openPorts: number[] = [];
  let closedPort = 0;

  beforeAll(async () => {
    removeAlias = addLoopbackAlias(HOST);
    for (let i = 0; i < 3; i++) {
      const { server, port } = await listen(HOST);
      servers.push(server);
      openPorts.push(port);
    }
    openPorts = openPorts.sort((a, b) => a - b);
    closedPort = await freePort(HOST);
  });

  afterAll(async () => {
    for (const s of servers) await close(s);
    removeAlias();
  });

  it('reports a real listener open and a port with nothing closed, with reasons', async () => {
    const targets = await resolveTargets([HOST]);
    const ports = parsePorts([...openPorts, closedPort].join(','));
    const result = await scan(probeTasks(targets, ports), targets.count * ports.count, { keepClosed: true });
    expect(result.aborted).toBe(false);
    expect(result.open.map((r) => [r.host, r.port, r.state, r.reason])).toEqual(
      openPorts.map((p) => [HOST, p, 'open', 'connected']),
    );
    expect(result.others).toEqual([
      expect.objectContaining({
        host: HOST,
        port: closedPort,
        protocol: 'tcp',
        state: 'closed',
        reason: 'refused',
        tries: 1,
      }),
    ]);
    expect(result.counts).toMatchObject({ probed: 4, open: 3, closed: 1, filtered: 0 });
  });

  it('says which name each address came from', async () => {
    const targets = await resolveTargets(['svc.portcullis.test'], { resolve: async () => [HOST] });
    const ports = parsePorts(String(openPorts[0]));
    const result = await scan(probeTasks(targets, ports), 1);
    expect(result.open).toEqual([
      expect.objectContaining({
        host: HOST,
        hostname: 'svc.portcullis.test',
        port: openPorts[0],
        state: 'open',
      }),
    ]);
  });
});
