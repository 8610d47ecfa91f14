/**
 * The engine's own promises, against listeners this test starts on
 * 127.0.0.1: one finding per input in order, only open ports probed, reads
 * bounded in bytes whatever a service sends, silence ends in an honest "not
 * identified", and an aborted scan stops probing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import net from 'node:net';
import { fingerprintAll, findingFromPort, PROBE_NAMES } from '../../src/fingerprint/index.js';
import { TARPIT_BUDGET_MS, TARPIT_SILENT_PORTS } from '../../src/fingerprint/engine.js';
import { silentLogger } from '../../src/model.js';
import { MAX_READ_BYTES, openTcp } from '../../src/fingerprint/io.js';
import type { PortResult } from '../../src/model.js';
import { openPort } from './real-daemons.js';

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();

function listen(onConnection: (s: net.Socket) => void): Promise<number> {
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    onConnection(s);
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
}

let floodPort = 0;
let silentPort = 0;
let sshLikePort = 0;

beforeAll(async () => {
  const chunk = Buffer.alloc(64 * 1024, 0x41);
  // Writes a megabyte (bounded: 16 writes), whatever the client says.
  floodPort = await listen((s) => {
    for (let i = 0; i < 16 && !s.destroyed; i++) s.write(chunk);
  });
  silentPort = await listen(() => undefined);
  sshLikePort = await listen((s) => s.write('SSH-2.0-TestServer_1.0 extra\r\n'));
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

describe('fingerprint engine', () => {
  test('a flooding service costs at most MAX_READ_BYTES per read', async () => {
    const conv = await openTcp({ address: '127.0.0.1', port: floodPort }, 2000);
    const data = await conv.waitFor(() => false, 500);
    expect(data.length).toBeLessThanOrEqual(MAX_READ_BYTES);
    expect(data.length).toBeGreaterThan(0);
    conv.close();
    const [f] = await fingerprintAll([openPort('127.0.0.1', floodPort)], { timeoutMs: 1500 });
    expect(f.service?.confidence ?? 'low').toBe('low');
    expect((f.service?.banner ?? '').length).toBeLessThanOrEqual(256);
  });

  test('silence is reported as not identified, not guessed as something', async () => {
    const [f] = await fingerprintAll([openPort('127.0.0.1', silentPort)], {
      timeoutMs: 1500,
      bannerWaitMs: 200,
    });
    expect(f.service?.confidence ?? 'low').toBe('low');
    // Silence is the only evidence: the probes that got no byte in their whole wait say so, nothing else is claimed.
    for (const [key, value] of Object.entries(f.evidence)) {
      expect([key, value]).toEqual([expect.stringMatching(/^(tls|http)\.silent$/), true]);
    }
  });

  test('a banner identifies the service on any port', async () => {
    const [f] = await fingerprintAll([openPort('127.0.0.1', sshLikePort)], { timeoutMs: 1500 });
    expect(f.service).toMatchObject({
      name: 'ssh',
      confidence: 'high',
      product: 'TestServer',
      version: '1.0',
    });
  });

  test('IPv6 endpoints are probed like IPv4 ones', async () => {
    const server = net.createServer((sock) => {
      sockets.add(sock);
      sock.on('error', () => undefined);
      sock.write('SSH-2.0-TestServer_2.0\r\n');
    });
    servers.push(server);
    const port = await new Promise<number | undefined>((resolve) => {
      server.once('error', () => resolve(undefined));
      server.listen(0, '::1', () => resolve((server.address() as net.AddressInfo).port));
    });
    if (port === undefined) {
      console.log('IPv6 case skipped: ::1 cannot be bound here');
      return;
    }
    const [f] = await fingerprintAll([openPort('::1', port)], { timeoutMs: 1500 });
    expect(f.service).toMatchObject({ name: 'ssh', confidence: 'high', version: '2.0' });
  });

  test('one finding per input, in order; only open ports are probed', async () => {
    const inputs: PortResult[] = [
      { ...openPort('127.0.0.1', 22), state: 'closed', reason: 'refused' },
      openPort('127.0.0.1', sshLikePort),
      { ...openPort('127.0.0.1', 6379), state: 'filtered', reason: 'timeout' },
      { ...openPort('127.0.0.1', 161, 'udp'), state: 'open|filtered', reason: 'no-reply' },
    ];
    const out = await fingerprintAll(inputs, { timeoutMs: 1500 });
    expect(out.map((f) => [f.port, f.protocol, f.state])).toEqual(
      inputs.map((r) => [r.port, r.protocol, r.state]),
    );
    expect(out[0]).toEqual(findingFromPort(inputs[0]));
    expect(out[1].service?.name).toBe('ssh');
    expect(out[2]).toEqual(findingFromPort(inputs[2]));
    expect(out[3]).toEqual(findingFromPort(inputs[3]));
  });

  test('an aborted scan probes nothing more', async () => {
    const ac = new AbortController();
    ac.abort();
    const [f] = await fingerprintAll([openPort('127.0.0.1', sshLikePort)], { signal: ac.signal });
    expect(f).toEqual(findingFromPort(openPort('127.0.0.1', sshLikePort)));
  });

  test('a tarpit host: after TARPIT_SILENT_PORTS silent ports, its other ports get the short budget (said once)', async () => {
    // Ports that accept and never say a byte, on a loopback address of this test's own.
    const host = '127.46.4.1';
    const tarpit: net.Server[] = [];
    const held: net.Socket[] = [];
    for (let i = 0; i < TARPIT_SILENT_PORTS + 4; i++) {
      const server = net.createServer((c) => {
        held.push(c);
        c.on('error', () => undefined);
      });
      await new Promise<void>((r) => server.listen(0, host, () => r()));
      tarpit.push(server);
    }
    // One that speaks is not silent, and does not count.
    const speaker = net.createServer((c) => {
      held.push(c);
      c.on('error', () => undefined).end('hello\r\n');
    });
    await new Promise<void>((r) => speaker.listen(0, host, () => r()));
    tarpit.push(speaker);
    try {
      const results: PortResult[] = tarpit.map((srv) => ({
        host,
        port: (srv.address() as net.AddressInfo).port,
        protocol: 'tcp',
        state: 'open',
        reason: 'connected',
        tries: 1,
      }));
      const lines: string[] = [];
      const findings = await fingerprintAll(results, {
        timeoutMs: 2000,
        // The first wave must finish before the rest start, so the count decides the rest.
        concurrency: TARPIT_SILENT_PORTS,
        logger: { ...silentLogger, info: (m: string) => lines.push(m) },
      });
      expect(findings).toHaveLength(results.length);
      expect(lines.filter((l) => l.includes('accept and say nothing'))).toEqual([
        `fingerprint: ${host} has ${TARPIT_SILENT_PORTS} ports that accept and say nothing (a tarpit?); its other ports get ${TARPIT_BUDGET_MS / 1000} s each`,
      ]);
    } finally {
      for (const c of held) c.destroy();
      await Promise.all(tarpit.map((srv) => new Promise((r) => srv.close(r))));
    }
  });

  test('connect-only findings come from the registry with low confidence', () => {
    expect(findingFromPort(openPort('127.0.0.1', 3389))).toMatchObject({
      service: { name: 'rdp', confidence: 'low' },
      risk: ['remote-access'],
      evidence: {},
    });
    expect(findingFromPort(openPort('127.0.0.1', 1)).risk).toEqual(['unknown']);
  });

  test('probe names are the modules', () => {
    expect(PROBE_NAMES).toEqual(
      expect.arrayContaining(['tls', 'http', 'ssh', 'rdp', 'vnc', 'redis', 'snmp', 'ike']),
    );
    expect(new Set(PROBE_NAMES).size).toBe(PROBE_NAMES.length);
  });
});
