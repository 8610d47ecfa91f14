// Service identification accuracy: Portcullis's prober and fingerprint stage against `nmap -sV`
// (and `nmap -sU -sV` for UDP), in the same run, on real Debian daemons each on its usual port
// and on an odd one. The daemons and the ground truth are the rows of bench/accuracy-recipes.mjs
// (add a row there to add a daemon).
//
//   npm run bench:accuracy        (builds lib/ first; needs root, the packages in .ci/apt-packages.txt, and nmap)
//
// Both tools get the same (address, port, protocol) list and scan every address at once.
// Portcullis: the prober (scan()) on exactly those ports, then fingerprintAll() on what it found
// open, with its defaults (the open|filtered UDP sweep included), as `portcullis scan` does.
// nmap: one `nmap -sV -Pn -n -T4 --host-timeout 300s` per address (-sS and -sU for the ports of
// each protocol), all at once; default version intensity (7).
//
// Counting, over the ground-truth ports:
//   detection recall    ports the tool reports open (UDP: open, not open|filtered) / ports
//   identified          ports where the tool names a service from an exchange (Portcullis: confidence
//                       high; nmap: method="probed"); a port-number guess is not an identification
//   correct             identified with the right service, and, where the row names a product, that
//                       product (Portcullis: service.product; nmap: its product string, NMAP_PRODUCT)
//   service precision   correct / identified;  service recall   correct / ports
//   false fact          a fact the row states set to another value, or one of FALSE_IF_UNSTATED set
//                       true where the row does not say so (an echo, a proxy, a resolver, ...)
// Names are compared after mapping both to the registry in src/services.ts (nmap's "domain" is
// dns, "ms-wbt-server" is rdp, http with tunnel="ssl" is https, ...).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { fingerprintAll } from '../lib/fingerprint/index.js';
import { scan } from '../lib/prober/index.js';
import { lookupService } from '../lib/services.js';
import { RECIPES } from './accuracy-recipes.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The bench's own loopback block (DaemonLab's tests use 127.42). */
const BLOCK = '127.46';
const NMAP_ARGS = ['-sV', '-Pn', '-n', '-T4', '--host-timeout', '300s'];

/** The test harness is TypeScript with only node: imports; transpile it once for this run. */
async function loadHarness() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portcullis-bench-'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  for (const name of ['daemons', 'product-daemons', 'protocol-daemons']) {
    const src = fs.readFileSync(path.join(root, `__tests__/helpers/${name}.ts`), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    fs.writeFileSync(path.join(dir, `${name}.js`), out);
  }
  try {
    const daemons = await import(pathToFileURL(path.join(dir, 'daemons.js')).href);
    const products = await import(pathToFileURL(path.join(dir, 'product-daemons.js')).href);
    const protocols = await import(pathToFileURL(path.join(dir, 'protocol-daemons.js')).href);
    return { ...daemons, products, protocols };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const NMAP_NAMES = {
  'ssl/imap': 'imaps',
  'ssl/pop3': 'pop3s',
  domain: 'dns',
  'ms-wbt-server': 'rdp',
  memcache: 'memcached',
  'http-proxy': 'http',
  'ssl/http': 'https',
  'vnc-http': 'vnc',
  'microsoft-ds': 'smb',
  'netbios-ssn': 'smb',
  isakmp: 'ike',
};
/** nmap's product strings for Portcullis's product names (nmap-service-probes' p/…/). */
const NMAP_PRODUCT = {
  apache: /apache/i,
  'node-exporter': /node.?exporter/i,
  influxdb: /influx/i,
};
const productMatches = (tool, truth, got) =>
  !truth ||
  (got !== undefined &&
    (tool === 'portcullis'
      ? got === truth
      : (NMAP_PRODUCT[truth] ?? new RegExp(truth.replace(/[^a-z0-9]/gi, '.?'), 'i')).test(got)));
/** Facts that are false wherever the ground truth does not state them true. */
const FALSE_IF_UNSTATED =
  /(^echo\.reflects|^chargen\.answered|^daytime\.answered|\.open_resolver|\.open_proxy|\.detected|\.unauthenticated|\.no_auth|\.anonymous|\.anonymous_bind|\.modules_listed)$/;

function canonical(name) {
  if (!name) return undefined;
  // nmap's mqtt-subscribe script (run by -sV) overwrites the name "mqtt" with the broker's
  // $SYS/broker/version ("mosquitto version 2.0.11"): it did identify MQTT.
  if (/^mosquitto version /i.test(name)) return 'mqtt';
  const n = NMAP_NAMES[name] ?? name;
  return lookupService(n)?.name ?? n;
}

const harness = await loadHarness();
const lab = new harness.DaemonLab('bench', BLOCK);
/** Ground truth: { host, port, protocol, service, product?, facts, row }. */
const truth = [];
const skipped = [];
const keyOf = (t) => `${t.host}:${t.port}/${t.protocol}`;

async function startAll() {
  const rows = [];
  for (const row of RECIPES) {
    const env = harness.requireDaemons(row.needs);
    if (!env.ok) {
      if (env.reason.includes('root') || env.reason.includes('Linux')) throw new Error(env.reason);
      skipped.push(`${row.name}: ${env.reason}`);
      continue;
    }
    rows.push(row);
  }
  await Promise.all(
    rows.map(async (row) => {
      const address = await lab.address();
      const at = (await row.start(lab, address, harness)) ?? address;
      const host = typeof at === 'string' ? at : address;
      for (const x of row.ports) truth.push({ host, facts: {}, ...x, row: row.name });
    }),
  );
}

async function runPortcullis() {
  const tasks = truth.map((t) => ({ host: t.host, port: t.port, protocol: t.protocol }));
  const t0 = performance.now();
  const result = await scan(tasks, tasks.length, {});
  const findings = await fingerprintAll(result.open, {});
  const ms = performance.now() - t0;
  const out = new Map();
  for (const f of findings) {
    out.set(keyOf(f), {
      open: f.state === 'open',
      service: f.service?.confidence === 'high' ? canonical(f.service.name) : undefined,
      product: f.service?.product,
      facts: f.evidence ?? {},
    });
    if (process.env.BENCH_VERBOSE)
      console.log(
        `${keyOf(f)} ${f.state} ${f.service?.name}/${f.service?.product ?? ''} ${JSON.stringify(f.evidence)}`,
      );
  }
  return { ms, out };
}

function nmapOnce(host, tcp, udp) {
  const ports = [
    ...(tcp.length ? [`T:${tcp.join(',')}`] : []),
    ...(udp.length ? [`U:${udp.join(',')}`] : []),
  ];
  const args = [
    ...NMAP_ARGS,
    ...(tcp.length ? ['-sS'] : []),
    ...(udp.length ? ['-sU'] : []),
    '-p',
    ports.join(','),
    '-oX',
    '-',
    host,
  ];
  return new Promise((resolve) => {
    execFile('nmap', args, { maxBuffer: 64 * 1024 * 1024, timeout: 900_000 }, (err, stdout) =>
      resolve(err && !stdout ? '' : stdout),
    );
  });
}

async function runNmap() {
  const byHost = new Map();
  for (const t of truth) {
    const h = byHost.get(t.host) ?? { tcp: new Set(), udp: new Set() };
    h[t.protocol].add(t.port);
    byHost.set(t.host, h);
  }
  const t0 = performance.now();
  const outputs = await Promise.all([...byHost].map(([host, p]) => nmapOnce(host, [...p.tcp], [...p.udp])));
  const ms = performance.now() - t0;
  const out = new Map();
  for (const xml of outputs) {
    const host = /<address addr="([^"]+)"/.exec(xml)?.[1];
    for (const m of xml.matchAll(/<port protocol="(tcp|udp)" portid="(\d+)">([\s\S]*?)<\/port>/g)) {
      const state = /<state state="([^"]+)"/.exec(m[3])?.[1];
      const svc = /<service ([^>]*?)\/?>/.exec(m[3]);
      const attrs = svc?.[1] ?? '';
      const attr = (k) => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs)?.[1];
      let name = attr('method') === 'probed' ? attr('name') : undefined;
      const overTls = { http: 'https', imap: 'imaps', pop3: 'pop3s', smtp: 'smtps', ftp: 'ftps' };
      if (name && attr('tunnel') === 'ssl' && overTls[name]) name = overTls[name];
      out.set(`${host}:${m[2]}/${m[1]}`, {
        open: state === 'open',
        service: canonical(name),
        product: attr('product'),
      });
    }
  }
  return { ms, out };
}

function score(tool, out) {
  let detected = 0;
  let identified = 0;
  let correct = 0;
  const misses = [];
  for (const t of truth) {
    const p = out.get(keyOf(t));
    if (p?.open) detected++;
    const right = p?.service === t.service && productMatches(tool, t.product, p?.product);
    if (p?.service) identified++;
    if (p?.service && right) correct++;
    if (!right) {
      const want = t.product ? `${t.service}/${t.product}` : t.service;
      const got = p?.service
        ? `${p.service}${p.product ? `/${p.product}` : ''}`
        : p?.open
          ? 'open, unidentified'
          : 'not open';
      misses.push(`${t.host}:${t.port}/${t.protocol} (${t.row}) is ${want}: ${got}`);
    }
  }
  return { detected, identified, correct, misses };
}

function checkFacts(out) {
  const wrong = [];
  const missing = [];
  for (const t of truth) {
    const facts = out.get(keyOf(t))?.facts ?? {};
    for (const [k, v] of Object.entries(t.facts)) {
      if (facts[k] === undefined)
        missing.push(`${t.host}:${t.port}/${t.protocol} (${t.row}) ${k}: absent, want ${v}`);
      else if (facts[k] !== v)
        wrong.push(
          `${t.host}:${t.port}/${t.protocol} (${t.row}) ${k}: ${JSON.stringify(facts[k])}, truth ${v}`,
        );
    }
    for (const [k, v] of Object.entries(facts)) {
      if (v === true && FALSE_IF_UNSTATED.test(k) && t.facts[k] !== true)
        wrong.push(`${t.host}:${t.port}/${t.protocol} (${t.row}) ${k}: true, not so`);
    }
  }
  return { wrong, missing };
}

function haveNmap() {
  return new Promise((resolve) => execFile('nmap', ['--version'], (err) => resolve(!err)));
}

const pct = (a, b) => (b ? `${((a / b) * 100).toFixed(1)}%` : '-');

if (process.getuid?.() !== 0) {
  console.log('bench:accuracy skipped: needs root (loopback aliases, daemons, nmap -sS/-sU)');
  process.exit(0);
}
if (!(await haveNmap())) {
  console.log('bench:accuracy needs nmap for the comparison: apt-get install --no-install-recommends nmap');
  process.exit(1);
}
try {
  await startAll();
  for (const s of skipped) console.log(`skipped row ${s}`);
  const n = truth.length;
  const nUdp = truth.filter((t) => t.protocol === 'udp').length;
  console.log(
    `daemons: ${RECIPES.length - skipped.length} rows, ${n} ports (${nUdp} UDP) on ${BLOCK}.x.y (and a namespace)`,
  );
  const pc = await runPortcullis();
  // BENCH_NMAP=0: Portcullis alone (while fixing; the figures need both).
  const nm = process.env.BENCH_NMAP === '0' ? { ms: NaN, out: new Map() } : await runNmap();
  const rows = [
    ['portcullis', pc, score('portcullis', pc.out)],
    ['nmap -sV', nm, score('nmap', nm.out)],
  ];
  const udpDetected = (out) => truth.filter((t) => t.protocol === 'udp' && out.get(keyOf(t))?.open).length;
  console.log('');
  console.log(`| tool | detection recall | service precision | service recall | wall time |`);
  console.log(`|---|---|---|---|---|`);
  for (const [name, r, s] of rows)
    console.log(
      `| ${name} | ${pct(s.detected, n)} (${s.detected}/${n}; UDP ${udpDetected(r.out)}/${nUdp}) | ${pct(s.correct, s.identified)} (${s.correct}/${s.identified}) | ${pct(s.correct, n)} (${s.correct}/${n}) | ${(r.ms / 1000).toFixed(1)} s |`,
    );
  console.log(
    `nmap options: ${NMAP_ARGS.join(' ')} (-sS / -sU per protocol), one nmap per address, all at once`,
  );
  console.log(`time ratio portcullis/nmap: ${(pc.ms / nm.ms).toFixed(3)}`);
  const facts = checkFacts(pc.out);
  console.log(`\nportcullis false facts: ${facts.wrong.length}`);
  for (const w of facts.wrong) console.log(`  ${w}`);
  console.log(`portcullis facts not established: ${facts.missing.length}`);
  for (const w of facts.missing) console.log(`  ${w}`);
  for (const [name, , s] of rows) {
    console.log(`\n${name} misses: ${s.misses.length}`);
    for (const m of s.misses) console.log(`  ${m}`);
  }
} finally {
  await lab.close();
}
