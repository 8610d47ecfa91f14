/**
 * Every full-range scan with fingerprints printed Node's MaxListenersExceededWarning: each
 * connection the fingerprint stage opened added an 'abort' listener to the scan's one signal,
 * and a finished conversation never took its listener back. Against listeners this test
 * starts on a loopback address of its own, with a plain AbortController (default limit: 10
 * listeners), fingerprinting many ports at once must neither warn nor leave a listener behind.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from '../helpers/cli.js';
import net from 'node:net';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { udpExchange } from '../../src/fingerprint/io.js';
import type { PortResult } from '../../src/model.js';

const HOST = '127.46.52.1';
const PORTS = 40;
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
const ports: number[] = [];

beforeAll(async () => {
  for (let i = 0; i < PORTS; i++) {
    // Half greet like an SMTP server, half stay silent: both kinds of conversation.
    const greet = i % 2 === 0;
    const server = net.createServer((s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
      if (greet) s.write('220 mail.test ESMTP ready\r\n');
    });
    servers.push(server);
    ports.push(
      await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, HOST, () => resolve((server.address() as net.AddressInfo).port));
      }),
    );
  }
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

/** Node's process warnings while `fn` runs (they are emitted on the next tick: wait one). */
async function warningsDuring(fn: () => Promise<unknown>): Promise<Error[]> {
  const seen: Error[] = [];
  const onWarning = (w: Error) => seen.push(w);
  process.on('warning', onWarning);
  try {
    await fn();
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off('warning', onWarning);
  }
  return seen.filter((w) => w.name === 'MaxListenersExceededWarning');
}

/** The signal's 'abort' listeners once closing sockets have had their turn (bounded: 5 s). */
async function listenersSettle(signal: AbortSignal): Promise<number> {
  const deadline = Date.now() + 5000;
  while (getEventListeners(signal, 'abort').length > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  return getEventListeners(signal, 'abort').length;
}

describe('the scan signal and the fingerprint stage', () => {
  test(`fingerprinting ${PORTS} open ports, 32 at a time, adds no listener per connection and leaves none`, async () => {
    const controller = new AbortController();
    const results: PortResult[] = ports.map((port) => ({
      host: HOST,
      port,
      protocol: 'tcp',
      state: 'open',
      reason: 'connected',
      tries: 1,
    }));
    let findings: Awaited<ReturnType<typeof fingerprintAll>> = [];
    const warnings = await warningsDuring(async () => {
      findings = await fingerprintAll(results, {
        signal: controller.signal,
        concurrency: 32,
        bannerWaitMs: 200,
        replyWaitMs: 200,
      });
    });
    expect(findings).toHaveLength(PORTS);
    expect(findings.filter((f) => f.service?.name === 'smtp')).toHaveLength(PORTS / 2);
    expect(warnings.map((w) => w.message)).toEqual([]);
    // Each conversation gives its place back when its socket closes (a tick after destroy).
    expect(await listenersSettle(controller.signal)).toBe(0);
  }, 60_000);

  // Jest's sandbox does not see the process's 'warning' events: a plain Node process does.
  test('a Node process fingerprinting them prints no MaxListenersExceededWarning', async () => {
    ensureBuilt();
    const engine = pathToFileURL(join(ROOT, 'lib', 'fingerprint', 'index.js')).href;
    const script = `
      const { fingerprintAll } = await import(${JSON.stringify(engine)});
      const warnings = [];
      process.on('warning', (w) => warnings.push(w.name + ': ' + w.message));
      const ports = JSON.parse(process.argv[1]);
      const results = ports.map((port) => ({ host: ${JSON.stringify(HOST)}, port, protocol: 'tcp', state: 'open', reason: 'connected', tries: 1 }));
      const controller = new AbortController();
      const findings = await fingerprintAll(results, { signal: controller.signal, concurrency: 32, bannerWaitMs: 200, replyWaitMs: 200 });
      await new Promise((r) => setTimeout(r, 50));
      console.log(JSON.stringify({ findings: findings.length, warnings }));
    `;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '-e', script, JSON.stringify(ports)],
        { timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
      ),
    );
    expect(JSON.parse(out)).toEqual({ findings: PORTS, warnings: [] });
  }, 60_000);

  test('UDP exchanges in flight share one listener, and an abort still ends each of them', async () => {
    const controller = new AbortController();
    // Nothing answers UDP on this address: every exchange waits until the abort.
    const pending = Array.from({ length: 20 }, (_, i) =>
      udpExchange({ address: HOST, port: 40000 + i }, Buffer.from('x'), 30_000, controller.signal),
    );
    expect(getEventListeners(controller.signal, 'abort').length).toBeLessThanOrEqual(1);
    controller.abort();
    expect(await Promise.all(pending)).toEqual(Array(20).fill(undefined));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
