// Prober benchmark: `npm run bench` (builds lib/ first). Prints figures, asserts nothing.
//
// (a) all 65,535 TCP ports of one loopback address with a few listeners, the prober side by
//     side with `nmap -sT -n -Pn` (-T5, and -T5 --min-rate 50000): median wall time of 5
//     interleaved runs each (BENCH_RUNS, at least 3),
//     the ratio, the prober's peak RSS, and whether both found the same open ports;
// (b) 1,000 ports of an address in a network namespace whose firewall DROPs every port: wall
//     time against the theoretical bound ceil(ports / concurrency) x (retries + 1) x timeout;
// (c) a /20 of loopback addresses x 100 ports (409,600 probes): throughput and peak RSS, to
//     show memory stays flat as the work grows.
//
// Every probe is a plain TCP connect (no payload): these sweeps touch the machine's own
// listeners too (such as 0.0.0.0:2024), so nothing but a handshake is sent to anything.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const LIB = new URL('../lib/', import.meta.url);
const SELF = fileURLToPath(import.meta.url);

// ---- child mode: one scan, timed from inside, with its peak RSS --------------------------------
if (process.argv[2] === '--child') {
  const args = JSON.parse(process.argv[3]);
  const { scan } = await import(new URL('prober/index.js', LIB));
  const { resolveTargets, parsePorts, probeTasks } = await import(new URL('targets/index.js', LIB));
  const started = performance.now();
  const targets = await resolveTargets(args.targets, { maxAddresses: args.maxAddresses });
  const ports = parsePorts(args.ports);
  const result = await scan(probeTasks(targets, ports), targets.count * ports.count, args.options ?? {});
  const scanMs = performance.now() - started;
  process.stdout.write(
    JSON.stringify({
      scanMs,
      open: result.open.map((r) => `${r.host}:${r.port}`),
      counts: result.counts,
      stats: result.stats,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }) + '\n',
  );
  process.exit(0);
}

// ---- helpers ------------------------------------------------------------------------------------
const isRoot = process.getuid?.() === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x === undefined ? '—' : `${Math.round(x).toLocaleString('en-US')} ms`);
const pad = (s, n) => String(s).padEnd(n);
const row = (cells, widths) => console.log('  ' + cells.map((c, i) => pad(c, widths[i])).join(' '));

function runProber(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [SELF, '--child', JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`prober run failed: ${r.stderr}`);
  return { wallMs, ...JSON.parse(r.stdout.trim().split('\n').pop()) };
}

function runNmap(args, extraEnv = {}) {
  const t0 = performance.now();
  const r = spawnSync('nmap', [...args, '-oG', '-'], {
    encoding: 'utf8',
    env: { ...process.env, ...extraEnv },
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`nmap failed: ${r.stderr}`);
  const open = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^Host: (\S+) .*Ports: (.*?)(\t|$)/.exec(line);
    if (!m) continue;
    for (const entry of m[2].split(', ')) {
      const [port, state] = entry.split('/');
      if (state === 'open') open.push(`${m[1]}:${port}`);
    }
  }
  return { wallMs, open };
}

function startListeners(host, ports) {
  // In a child process, so that accepting connections costs the prober's event loop nothing.
  const code = `
    const net = require('node:net');
    const ports = ${JSON.stringify(ports)};
    let n = ports.length;
    for (const p of ports) net.createServer((s) => { s.on('error', () => {}); s.destroy(); })
      .listen({ host: ${JSON.stringify(host)}, port: p, backlog: 4096 }, () => { if (--n === 0) console.log('ready'); });
    setTimeout(() => process.exit(0), 600000).unref();`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('ready') && resolve(child));
    child.once('exit', (c) => reject(new Error(`listeners exited (${c})`)));
  });
}

async function freePorts(host, n) {
  const out = [];
  while (out.length < n) {
    const s = createServer();
    await new Promise((r) => s.listen({ host, port: 0 }, r));
    out.push(s.address().port);
    await new Promise((r) => s.close(r));
  }
  return out.sort((a, b) => a - b);
}

const cleanups = [];
const cleanup = () => {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch {
      // best effort
    }
  }
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

const nmapInstalled = has('nmap');
const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const os = await import('node:os');
console.log(
  `# prober benchmark — node ${process.version}, ${os.availableParallelism()} cores, ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on the machine skews every figure), ` +
    new Date().toISOString(),
);

try {
  // ---- (a) full loopback sweep ------------------------------------------------------------------
  const hostA = '127.42.9.1';
  if (isRoot && has('ip')) {
    try {
      execFileSync('ip', ['addr', 'add', `${hostA}/32`, 'dev', 'lo'], { stdio: 'ignore' });
      cleanups.push(() =>
        execFileSync('ip', ['addr', 'del', `${hostA}/32`, 'dev', 'lo'], { stdio: 'ignore' }),
      );
    } catch {
      // already there
    }
  }
  const listenPorts = [...(await freePorts(hostA, 4)), 65535].filter((p, i, a) => a.indexOf(p) === i);
  const listeners = await startListeners(hostA, listenPorts);
  cleanups.push(() => listeners.kill('SIGKILL'));

  console.log(`\n(a) all 65,535 TCP ports of ${hostA}; listeners we started: ${listenPorts.join(', ')}`);
  console.log(`    median wall time of ${runs} interleaved runs each (process start to exit); connect-only`);
  // Rounds interleave the scanners, so that whatever else the machine is doing weighs on all alike.
  const prober = [];
  const nmapT5 = [];
  const nmapFast = [];
  for (let i = 0; i < runs; i++) {
    prober.push(runProber({ targets: [hostA], ports: 'all' }));
    if (!nmapInstalled) continue;
    nmapT5.push(runNmap(['-sT', '-p-', '-T5', '-n', '-Pn', hostA]));
    nmapFast.push(runNmap(['-sT', '-p-', '-T5', '--min-rate', '50000', '-n', '-Pn', hostA]));
  }
  const pm = median(prober.map((r) => r.wallMs));
  const same = (xs) => xs.every((x) => JSON.stringify(x.open) === JSON.stringify(prober[0].open));
  const widths = [44, 12, 14, 12, 40];
  row(
    ['scanner', 'median', 'prober faster', 'peak RSS', 'open ports (same as prober in every run?)'],
    widths,
  );
  row(
    [
      'portcullis prober (defaults)',
      ms(pm),
      '',
      `${Math.round(Math.max(...prober.map((r) => r.maxRssMB)))} MB`,
      `${prober[0].open.map((o) => o.split(':')[1]).join(',')} (${same(prober) ? 'stable' : 'DIFFERS between runs'})`,
    ],
    widths,
  );
  for (const [label, list] of [
    ['nmap -sT -p- -T5 -n -Pn', nmapT5],
    ['nmap -sT -p- -T5 --min-rate 50000 -n -Pn', nmapFast],
  ]) {
    if (!nmapInstalled) {
      row([label, 'nmap not installed', '', '', ''], widths);
      continue;
    }
    const m = median(list.map((r) => r.wallMs));
    row(
      [
        label,
        ms(m),
        `${(m / pm).toFixed(2)}x`,
        '',
        `${list[0].open.map((o) => o.split(':')[1]).join(',')} (${same(list) ? 'same' : 'DIFFERENT'})`,
      ],
      widths,
    );
  }
  const s = prober[0].stats;
  console.log(
    `    prober: scan ${ms(median(prober.map((r) => r.scanMs)))} inside the process; attempts ${s.attempts}, ` +
      `retries ${s.retries}, local retries ${s.localRetries}, self-connects ${s.selfConnects}`,
  );
  const rssA = Math.max(...prober.map((r) => r.maxRssMB));

  // ---- (b) all ports DROPped in a namespace -----------------------------------------------------
  console.log('\n(b) 1,000 TCP ports of an address in a network namespace whose firewall DROPs every port');
  if (!isRoot || !has('ip') || !has('nft')) {
    console.log(`    skipped: needs root, ip and nft (${isRoot ? 'missing ip or nft' : 'not root'})`);
  } else {
    const ns = `pc-bench-${process.pid}`;
    const hostIf = `pcb${process.pid % 10000}h`;
    const nsIf = `pcb${process.pid % 10000}n`;
    const ip = (...a) => execFileSync('ip', a, { stdio: 'ignore' });
    const nsx = (cmd, a, input) =>
      execFileSync('ip', ['netns', 'exec', ns, cmd, ...a], {
        input,
        stdio: [input ? 'pipe' : 'ignore', 'ignore', 'inherit'],
      });
    ip('netns', 'add', ns);
    cleanups.push(() => ip('netns', 'del', ns));
    ip('link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf, 'netns', ns);
    cleanups.push(() => ip('link', 'del', hostIf));
    ip('addr', 'add', '10.214.0.1/30', 'dev', hostIf);
    ip('link', 'set', hostIf, 'up');
    nsx('ip', ['addr', 'add', '10.214.0.2/30', 'dev', nsIf]);
    nsx('ip', ['link', 'set', nsIf, 'up']);
    nsx(
      'nft',
      ['-f', '-'],
      'table inet bench {\n chain input {\n type filter hook input priority 0;\n tcp dport 1-65535 drop\n }\n}\n',
    );
    const timeoutMs = 1000;
    const retries = 1;
    const concurrency = 1000;
    const r = runProber({
      targets: ['10.214.0.2'],
      ports: '1-1000',
      options: { timeoutMs, retries, concurrency },
    });
    const bound = Math.ceil(1000 / concurrency) * (retries + 1) * timeoutMs;
    const widths2 = [44, 12, 16, 30];
    row(['scanner', 'wall', 'bound', 'result'], widths2);
    row(
      [
        `prober (timeout ${timeoutMs} ms, retries ${retries}, concurrency ${concurrency})`,
        ms(r.wallMs),
        `${ms(bound)} (${(r.wallMs / bound).toFixed(2)}x)`,
        `${r.counts.filtered} filtered, ${r.counts.open} open, ${r.counts.closed} closed`,
      ],
      widths2,
    );
    if (nmapInstalled) {
      const n = runNmap(['-sT', '-p', '1-1000', '-T5', '-n', '-Pn', '10.214.0.2']);
      row(['nmap -sT -p 1-1000 -T5 -n -Pn', ms(n.wallMs), '', `${n.open.length} open`], widths2);
    } else row(['nmap -sT -p 1-1000 -T5 -n -Pn', 'nmap not installed', '', ''], widths2);
    cleanup();
  }

  // ---- (c) a /20 of loopback x 100 ports ---------------------------------------------------------
  console.log(
    '\n(c) 127.43.0.0/20 (4,096 loopback addresses) x top-100 ports = 409,600 probes, connect-only',
  );
  const c = runProber({ targets: ['127.43.0.0/20'], ports: 'top-100' });
  console.log(
    `    ${ms(c.wallMs)} wall, ${Math.round((c.counts.probed * 1000) / c.scanMs).toLocaleString('en-US')} probes/s, ` +
      `peak RSS ${Math.round(c.maxRssMB)} MB (${(c.maxRssMB / rssA).toFixed(2)}x of (a)'s ${Math.round(rssA)} MB); ` +
      `${c.counts.open} open, ${c.counts.closed} closed, ${c.counts.filtered} filtered; retries ${c.stats.retries}, ` +
      `local retries ${c.stats.localRetries}`,
  );
} finally {
  cleanup();
}
