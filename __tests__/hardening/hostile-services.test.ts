import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/run.js';
import { reporters } from '../../src/report/index.js';
import type { Report } from '../../src/model.js';

/**
 * Issue 7 (1): hostile services on real loopback sockets, started here.
 * A tarpit that accepts and never speaks, a trickle of a byte a second, a
 * 100 MB flood, a reset mid-handshake, and a banner full of Markdown, HTML,
 * mentions, code fences, ANSI escapes and control characters. The scan must
 * end within its time bound, with bounded memory, and every report surface
 * must show the hostile text inert.
 */

const HOSTILE_BANNER =
  'SSH-2.0-Evil_1.0 <script>alert(1)</script> @octocat @acme/security ```js\u001b]0;pwned\u0007\u001b[31mred' +
  ' | # [click](https://evil.example) ![x](https://evil.example/x.png) \u202eevil\u0000 **bold** #123\r\n';

const FLOOD_BYTES = 100 * 1024 * 1024;

interface Hostile {
  name: string;
  server: Server;
  port: number;
  sockets: Set<Socket>;
}

const timers = new Set<NodeJS.Timeout>();
/** Bytes the flood wrote on each connection it accepted. */
const floodSent: number[] = [];

function start(name: string, onConnection: (socket: Socket) => void): Promise<Hostile> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ name, server, port: typeof addr === 'object' && addr ? addr.port : 0, sockets });
    }),
  );
}

function flood(socket: Socket): void {
  const chunk = Buffer.alloc(64 * 1024, 'A');
  const index = floodSent.push(0) - 1;
  const pump = () => {
    while (floodSent[index] < FLOOD_BYTES && !socket.destroyed) {
      floodSent[index] += chunk.length;
      if (!socket.write(chunk)) {
        socket.once('drain', pump);
        return;
      }
    }
    socket.end();
  };
  pump();
}

describe('hostile services (real sockets on loopback)', () => {
  const servers: Hostile[] = [];
  let dir: string;
  let report: Report;
  let elapsedMs = 0;
  let peakRssDelta = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portcullis-hostile-'));
    servers.push(
      await start('tarpit', () => undefined),
      await start('trickle', (socket) => {
        const text = Buffer.from('SSH-2.0-OpenSSH_9.2p1 slowly slowly slowly\r\n');
        let i = 0;
        const t = setInterval(() => {
          if (socket.destroyed || i >= text.length) {
            clearInterval(t);
            timers.delete(t);
            return;
          }
          socket.write(text.subarray(i, ++i));
        }, 1000);
        timers.add(t);
      }),
      await start('flood', flood),
      await start('reset', (socket) => {
        // Say a little, then reset once the client speaks (or after 50 ms).
        socket.write('220 ');
        const reset = () => !socket.destroyed && socket.resetAndDestroy();
        socket.once('data', reset);
        const t = setTimeout(reset, 50);
        timers.add(t);
      }),
      await start('hostile-banner', (socket) => {
        socket.write(HOSTILE_BANNER);
        socket.on('data', () => socket.write(HOSTILE_BANNER));
      }),
    );
    const policy = join(dir, 'policy.yml');
    await writeFile(policy, 'version: 1\ndefault: deny\n');

    const baseline = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRssDelta = Math.max(peakRssDelta, process.memoryUsage().rss - baseline);
    }, 20);
    const t0 = Date.now();
    try {
      report = await run({
        targets: ['127.0.0.1'],
        ports: servers.map((s) => s.port).join(','),
        policyFile: policy,
      });
    } finally {
      clearInterval(sampler);
      elapsedMs = Date.now() - t0;
    }
  }, 60_000);

  afterAll(async () => {
    for (const t of timers) clearInterval(t);
    for (const s of servers) {
      for (const socket of s.sockets) socket.destroy();
      s.server.close();
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('ends within the fingerprint budget and reports every hostile port as open', () => {
    // The per-port fingerprint budget is 5 s and the ports are fingerprinted concurrently, so
    // the scan takes about 5-8 s. Unbounded, it would take 44 s (the trickle's banner at a byte
    // a second) or forever (the tarpit): a bound below 40 s tells the two apart with room for a
    // loaded machine.
    expect(elapsedMs).toBeLessThan(40_000);
    expect(report.partial).toBe(false);
    expect(report.ports.map((p) => p.port).sort()).toEqual(servers.map((s) => s.port).sort());
    expect(report.result).toBe('fail');
  });

  it('reads a bounded amount of the 100 MB flood and keeps memory bounded', () => {
    // On every connection the client hung up long before the flood was through
    // (loopback socket buffers hold a few MB at most).
    expect(floodSent.length).toBeGreaterThan(0);
    for (const sent of floodSent) expect(sent).toBeLessThan(24 * 1024 * 1024);
    expect(peakRssDelta).toBeLessThan(100 * 1024 * 1024);
  });

  it('names the hostile banner without letting it act on any report surface', () => {
    const hostile = servers.find((s) => s.name === 'hostile-banner');
    const finding = report.ports.find((p) => p.port === hostile?.port);
    expect(finding?.service?.name).toBe('ssh');
    const outputs = Object.entries(reporters).map(([name, reporter]) => [
      name,
      reporter(report, { color: false }),
    ]);
    for (const [name, out] of outputs) {
      // The banner made it into the report: the test is only worth something if it did.
      expect({ name, has: out.includes('Evil') }).toEqual({ name, has: true });
      // No terminal escape, bidi override or NUL from the service survives anywhere.
      expect({ name, active: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out) }).toEqual({
        name,
        active: false,
      });
    }
    for (const name of ['markdown', 'comment'] as const) {
      const out = reporters[name](report, {});
      expect(out).not.toContain('<script>');
      expect(out).not.toMatch(/@(?!\u200b)octocat/);
      expect(out).not.toMatch(/@(?!\u200b)acme/);
      expect(out).not.toContain('```');
      expect(out).not.toMatch(/\]\(https?:/);
      expect(out).not.toMatch(/!\[x\]\(/);
    }
  });
});
