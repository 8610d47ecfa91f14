// Fingerprints at scale (issue 17, item 4): the time to identify 10, 100 and 1,000 open ports,
// to show it grows no faster than linearly and stays bounded by the per-port budget (5 s by
// default), not by a queue. Median of BENCH_RUNS (at least 3) per size, one process each.
//
// The listeners are the bench's own, in a child process, on an address of its own
// (127.46.17.1, any port the kernel gives), speaking three real protocols in turn:
//   - SSH: the identification line, then hangs up on the client's first bytes;
//   - HTTP/1.1: a 200 answer to any request;
//   - Redis (RESP): +PONG to PING, an INFO server bulk string to INFO, -ERR to the rest.
// Every probe goes to these listeners only.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const HOST = '127.46.17.1';
const KINDS = ['ssh', 'http', 'redis'];

// ---- listener mode: N servers, their ports on stdout ----------------------------------------------
if (process.argv[2] === '--listen') {
  const net = await import('node:net');
  const n = Number(process.argv[3]);
  const ports = [];
  const serve = {
    ssh(s) {
      s.write('SSH-2.0-OpenSSH_9.6p1 Debian-bench\r\n');
      s.once('data', () => s.destroy());
    },
    http(s) {
      let buf = '';
      s.on('data', (d) => {
        buf += d;
        if (buf.includes('\r\n\r\n'))
          s.end(
            'HTTP/1.1 200 OK\r\nServer: bench\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok',
          );
      });
    },
    redis(s) {
      s.on('data', (d) => {
        const text = String(d);
        let out = '';
        if (text.includes('PING')) out += '+PONG\r\n';
        if (text.includes('INFO')) {
          const info = '# Server\r\nredis_version:7.2.4\r\nredis_mode:standalone\r\n';
          out += `$${info.length}\r\n${info}\r\n`;
        }
        s.write(out || '-ERR unknown command\r\n');
      });
    },
  };
  let pending = n;
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length];
    const server = net.createServer((s) => {
      s.on('error', () => {});
      s.setTimeout(10000, () => s.destroy());
      serve[kind](s);
    });
    server.listen({ host: HOST, port: 0, backlog: 128 }, () => {
      ports[i] = server.address().port;
      if (--pending === 0) process.stdout.write(JSON.stringify(ports) + '\n');
    });
  }
  setTimeout(() => process.exit(0), 600000).unref();
  await new Promise(() => {});
}

// ---- child mode: fingerprint the listed ports, timed from inside ------------------------------------
if (process.argv[2] === '--child') {
  const { ports, concurrency } = JSON.parse(process.argv[3]);
  const { fingerprintAll } = await import(join(ROOT, 'lib/fingerprint/index.js'));
  const results = ports.map((port) => ({
    host: HOST,
    port,
    protocol: 'tcp',
    state: 'open',
    reason: 'connected',
    tries: 1,
  }));
  const t0 = performance.now();
  const findings = await fingerprintAll(results, concurrency ? { concurrency } : {});
  const ms = performance.now() - t0;
  const right = findings.filter((f, i) => f.service?.name === KINDS[i % KINDS.length]).length;
  process.stdout.write(JSON.stringify({ ms, right }) + '\n');
  process.exit(0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const SIZES = [10, 100, 1000];
const BUDGET_MS = 5000; // src/fingerprint/engine.ts DEFAULT_TIMEOUT_MS

const listeners = spawn(process.execPath, [SELF, '--listen', String(Math.max(...SIZES))], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let all;
try {
  all = await new Promise((resolve, reject) => {
    let buf = '';
    listeners.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(JSON.parse(buf));
    });
    listeners.once('exit', (c) => reject(new Error(`listeners exited (${c}); is ${HOST} usable?`)));
  });
  const run = (n, concurrency) => {
    const r = spawnSync(
      process.execPath,
      [SELF, '--child', JSON.stringify({ ports: all.slice(0, n), concurrency })],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`fingerprint child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const times = Object.fromEntries(SIZES.map((n) => [n, []]));
  const right = {};
  for (let i = 0; i < RUNS; i++)
    for (const n of SIZES) {
      const r = run(n);
      times[n].push(r.ms);
      right[n] = Math.min(right[n] ?? n, r.right);
    }
  // The peer: the old default of 32 ports at a time (the queue this item removed), once.
  const queued = run(1000, 32);
  console.log(
    `# fingerprints at scale — ${KINDS.join(', ')} listeners of our own on ${HOST}; median of ${RUNS} runs; per-port budget ${BUDGET_MS} ms`,
  );
  const base = median(times[10]);
  const rows = [];
  for (const n of SIZES) {
    const m = median(times[n]);
    const line = {
      bench: 'fingerprint',
      what: `identify ${n.toLocaleString('en-US')} open ports`,
      figure: `${Math.round(m).toLocaleString('en-US')} ms (${right[n]}/${n} named right)`,
      peer: n === 10 ? `per-port budget ${BUDGET_MS} ms` : `10 ports: ${Math.round(base)} ms`,
      ratio:
        n === 10
          ? `${(m / BUDGET_MS).toFixed(2)}x of one budget`
          : `${(m / base).toFixed(2)}x time for ${n / 10}x ports; ${(m / BUDGET_MS).toFixed(2)}x of one budget`,
    };
    rows.push(line);
    console.log(`  ${line.what.padEnd(30)} ${line.figure.padEnd(32)} ${line.peer.padEnd(26)} ${line.ratio}`);
  }
  const m1000 = median(times[1000]);
  const q = {
    bench: 'fingerprint',
    what: 'identify 1,000 open ports',
    figure: `${Math.round(m1000).toLocaleString('en-US')} ms`,
    peer: `32 at a time (old default): ${Math.round(queued.ms).toLocaleString('en-US')} ms`,
    ratio: `${(queued.ms / m1000).toFixed(2)}x faster`,
  };
  rows.push(q);
  console.log(`  ${q.what.padEnd(30)} ${q.figure.padEnd(32)} ${q.peer.padEnd(26)} ${q.ratio}`);
  if (process.env.BENCH_SUMMARY)
    for (const r of rows) appendFileSync(process.env.BENCH_SUMMARY, JSON.stringify(r) + '\n');
} finally {
  listeners.kill('SIGKILL');
}
