// Service identification accuracy: Portcullis's fingerprint stage against `nmap -sV`,
// on real Debian daemons on their usual and on unusual ports (the same set the
// fingerprint tests start). Prints precision, recall and wall time for both, and
// which security facts each gets from its default scan.
//
//   npm run bench:accuracy        (builds lib/ first; needs root and the packages in .ci/apt-packages.txt)
//
// Counting: a tool "identifies" a port when it names the service from a protocol
// exchange (Portcullis: confidence high; nmap: method="probed"). A port-number
// guess is not an identification. precision = correct / identified,
// recall = correct / ports. Names are compared after mapping both to the
// registry in src/services.ts (nmap's "domain" is dns, "ms-wbt-server" is rdp,
// http with tunnel="ssl" is https, ...).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { fingerprintAll } from '../lib/fingerprint/index.js';
import { lookupService } from '../lib/services.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The test harness is TypeScript with only node: imports; transpile it once for this run. */
async function loadHarness() {
  const src = fs.readFileSync(path.join(root, '__tests__/helpers/daemons.ts'), 'utf8');
  const out = ts.transpileModule(src, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portcullis-bench-'));
  const file = path.join(dir, 'daemons.mjs');
  fs.writeFileSync(file, out);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const harness = await loadHarness();
const recipes = [
  'sshd',
  'redis',
  'postgres',
  'nginx',
  'vsftpd',
  'vnc',
  'telnetd',
  'dnsmasq',
  'snmpd',
  'openvpn',
  'memcached',
  'mariadb',
  'xrdp',
  'dovecot',
  'opensmtpd',
  'charon',
  'samba',
];
const env = harness.requireDaemons(recipes);
if (!env.ok) {
  console.log(`bench:accuracy skipped: ${env.reason}`);
  process.exit(0);
}

const lab = new harness.DaemonLab('bench');
/** Ground truth: every port we start, the service it is, and the security facts a default scan should show. */
const truth = [];
const expect = (host, port, protocol, service, facts = {}) =>
  truth.push({ host, port, protocol, service, facts });

async function startAll() {
  const a = {};
  for (const k of [
    'sshPw',
    'sshMfa',
    'redisOpen',
    'redisAuth',
    'pg',
    'web',
    'ftpAnon',
    'ftpNo',
    'vncNone',
    'vncPw',
    'telnet',
    'dns',
    'snmp',
    'vpn',
    'mc',
    'maria',
    'rdp',
  ])
    a[k] = await lab.address();
  const jobs = [];
  for (const port of [22, 40022]) {
    jobs.push(lab.sshd({ address: a.sshPw, port, mode: 'password' }));
    expect(a.sshPw, port, 'tcp', 'ssh', { 'ssh.password_auth': true });
    jobs.push(lab.sshd({ address: a.sshMfa, port, mode: 'mfa' }));
    expect(a.sshMfa, port, 'tcp', 'ssh', { 'ssh.password_auth': false });
  }
  for (const port of [6379, 16379]) {
    jobs.push(lab.redis({ address: a.redisOpen, port }));
    expect(a.redisOpen, port, 'tcp', 'redis', { 'redis.auth_required': false });
    jobs.push(lab.redis({ address: a.redisAuth, port, requirepass: 'portcullis-bench' }));
    expect(a.redisAuth, port, 'tcp', 'redis', { 'redis.auth_required': true });
  }
  for (const port of [5432, 15432]) {
    jobs.push(lab.postgres({ address: a.pg, port, auth: 'scram-sha-256', ssl: port === 5432 }));
    expect(a.pg, port, 'tcp', 'postgresql', { 'postgresql.ssl': port === 5432 });
  }
  jobs.push(lab.nginx({ address: a.web, port: 443, redirectPort: 80 }));
  jobs.push(lab.nginx({ address: a.web, port: 8443, redirectPort: 18080 }));
  expect(a.web, 443, 'tcp', 'https', { 'tls.self_signed': true });
  expect(a.web, 8443, 'tcp', 'https', { 'tls.self_signed': true });
  expect(a.web, 80, 'tcp', 'http', { 'http.redirects_to_https': true });
  expect(a.web, 18080, 'tcp', 'http', { 'http.redirects_to_https': true });
  for (const port of [21, 2121]) {
    jobs.push(lab.vsftpd({ address: a.ftpAnon, port, anonymous: true }));
    expect(a.ftpAnon, port, 'tcp', 'ftp', { 'ftp.anonymous': true });
    jobs.push(lab.vsftpd({ address: a.ftpNo, port, anonymous: false }));
    expect(a.ftpNo, port, 'tcp', 'ftp', { 'ftp.anonymous': false });
  }
  for (const port of [5900, 15900]) {
    jobs.push(lab.vnc({ address: a.vncNone, port }));
    expect(a.vncNone, port, 'tcp', 'vnc', { 'vnc.no_auth': true });
    jobs.push(lab.vnc({ address: a.vncPw, port, password: 'secret12' }));
    expect(a.vncPw, port, 'tcp', 'vnc', { 'vnc.no_auth': false });
  }
  for (const port of [23, 2323]) {
    jobs.push(lab.telnetd({ address: a.telnet, port }));
    expect(a.telnet, port, 'tcp', 'telnet', { 'telnet.open': true });
  }
  for (const port of [53, 5353]) {
    jobs.push(lab.dnsmasq({ address: a.dns, port }));
    expect(a.dns, port, 'udp', 'dns');
    expect(a.dns, port, 'tcp', 'dns');
  }
  for (const port of [161, 1161]) {
    jobs.push(lab.snmpd({ address: a.snmp, port, community: 'public' }));
    expect(a.snmp, port, 'udp', 'snmp', { 'snmp.public': true });
  }
  for (const port of [1194, 11194]) {
    jobs.push(lab.openvpn({ address: a.vpn, port, protocol: 'tcp' }));
    expect(a.vpn, port, 'tcp', 'openvpn', { 'openvpn.detected': true });
    jobs.push(lab.openvpn({ address: a.vpn, port, protocol: 'udp' }));
    expect(a.vpn, port, 'udp', 'openvpn', { 'openvpn.detected': true });
  }
  jobs.push(lab.memcached({ address: a.mc, port: 11211 }));
  jobs.push(lab.memcached({ address: a.mc, port: 21211 }));
  expect(a.mc, 11211, 'tcp', 'memcached');
  expect(a.mc, 21211, 'tcp', 'memcached');
  jobs.push(lab.mariadb({ address: a.maria, port: 3306 }));
  expect(a.maria, 3306, 'tcp', 'mysql');
  for (const port of [3389, 13389]) {
    jobs.push(lab.xrdp({ address: a.rdp, port }));
    expect(a.rdp, port, 'tcp', 'rdp', { 'rdp.standard_security_allowed': true });
  }
  a.mailUsual = await lab.address();
  a.mailOdd = await lab.address();
  a.smtp = await lab.address();
  jobs.push(lab.dovecot({ address: a.mailUsual, imap: 143, pop3: 110, imaps: 993, pop3s: 995 }));
  jobs.push(lab.dovecot({ address: a.mailOdd, imap: 10143, pop3: 10110, imaps: 10993, pop3s: 10995 }));
  for (const [host, ports] of [
    [a.mailUsual, [143, 110, 993, 995]],
    [a.mailOdd, [10143, 10110, 10993, 10995]],
  ]) {
    expect(host, ports[0], 'tcp', 'imap', { 'imap.starttls': true });
    expect(host, ports[1], 'tcp', 'pop3', { 'pop3.stls': true });
    expect(host, ports[2], 'tcp', 'imaps', { 'tls.self_signed': true });
    expect(host, ports[3], 'tcp', 'pop3s', { 'tls.self_signed': true });
  }
  jobs.push(lab.opensmtpd({ address: a.smtp, ports: [25, 10025] }));
  expect(a.smtp, 25, 'tcp', 'smtp', { 'smtp.starttls': true });
  expect(a.smtp, 10025, 'tcp', 'smtp', { 'smtp.starttls': true });
  a.smbModern = await lab.address();
  a.smbLegacy = await lab.address();
  for (const port of [445, 10445]) {
    jobs.push(lab.samba({ address: a.smbModern, port, smb1: false }));
    expect(a.smbModern, port, 'tcp', 'smb', { 'smb.smb1': false });
    jobs.push(lab.samba({ address: a.smbLegacy, port, smb1: true }));
    expect(a.smbLegacy, port, 'tcp', 'smb', { 'smb.smb1': true });
  }
  // strongSwan binds 0.0.0.0 only: it runs in a namespace of the bench's own, reached over a veth pair.
  jobs.push(
    lab.charon().then((d) => {
      expect(d.info.address, 500, 'udp', 'ike', { 'ike.detected': true });
      expect(d.info.address, 4500, 'udp', 'ike', { 'ike.detected': true });
    }),
  );
  await Promise.all(jobs);
}

/** Security facts nmap gets only with a script, for the closing table. */
const NMAP_SCRIPT_FOR = {
  'redis.auth_required': 'redis-info',
  'vnc.no_auth': 'vnc-info',
  'ssh.password_auth': 'ssh-auth-methods',
  'ftp.anonymous': 'ftp-anon',
  'rdp.standard_security_allowed': 'rdp-enum-encryption',
  'snmp.public': 'snmp-info / snmp-brute',
  'tls.self_signed': 'ssl-cert',
  'http.redirects_to_https': 'http-title',
  'postgresql.ssl': 'ssl-cert (after STARTTLS)',
  'imap.starttls': 'imap-capabilities',
  'pop3.stls': 'pop3-capabilities',
  'smtp.starttls': 'smtp-commands',
  'telnet.open': '(no script: it follows from the service name)',
  'openvpn.detected': '(no script: it follows from the service name)',
  'smb.smb1': 'smb-protocols',
  'ike.detected': '(no script: it follows from the service name)',
};

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
};

function canonical(name) {
  if (!name) return undefined;
  const n = NMAP_NAMES[name] ?? name;
  return lookupService(n)?.name ?? n;
}

function score(predictions) {
  let identified = 0;
  let correct = 0;
  for (const t of truth) {
    const p = predictions.get(`${t.host}:${t.port}/${t.protocol}`);
    if (!p) continue;
    identified++;
    if (p === t.service) correct++;
  }
  return {
    identified,
    correct,
    precision: identified ? correct / identified : 0,
    recall: correct / truth.length,
  };
}

async function runPortcullis() {
  const results = truth.map((t) => ({
    host: t.host,
    port: t.port,
    protocol: t.protocol,
    state: 'open',
    reason: t.protocol === 'tcp' ? 'connected' : 'reply',
    tries: 1,
  }));
  const t0 = performance.now();
  const findings = await fingerprintAll(results);
  const ms = performance.now() - t0;
  const predictions = new Map();
  const facts = new Map();
  for (const f of findings) {
    const key = `${f.host}:${f.port}/${f.protocol}`;
    if (f.service?.confidence === 'high') predictions.set(key, canonical(f.service.name));
    facts.set(key, f.evidence);
  }
  return { ms, predictions, facts, findings };
}

function nmapOnce(host, tcp, udp) {
  const ports = [
    ...(tcp.length ? [`T:${tcp.join(',')}`] : []),
    ...(udp.length ? [`U:${udp.join(',')}`] : []),
  ].join(',');
  const args = [
    '-sV',
    '-Pn',
    '-n',
    ...(tcp.length ? ['-sS'] : []),
    ...(udp.length ? ['-sU'] : []),
    '-p',
    ports,
    '-oX',
    '-',
    host,
  ];
  return new Promise((resolve) => {
    execFile('nmap', args, { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }, (err, stdout) =>
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
  // One nmap per host, all at once: each tool gets the same open ports and runs them concurrently.
  const outputs = await Promise.all([...byHost].map(([host, p]) => nmapOnce(host, [...p.tcp], [...p.udp])));
  const ms = performance.now() - t0;
  const predictions = new Map();
  for (const xml of outputs) {
    const host = /<address addr="([^"]+)"/.exec(xml)?.[1];
    for (const m of xml.matchAll(/<port protocol="(tcp|udp)" portid="(\d+)">([\s\S]*?)<\/port>/g)) {
      const svc = /<service ([^>]*)>|<service ([^>]*)\/>/.exec(m[3]);
      if (!svc) continue;
      const attrs = svc[1] ?? svc[2];
      const attr = (k) => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs)?.[1];
      if (attr('method') !== 'probed') continue;
      let name = attr('name');
      const overTls = { http: 'https', imap: 'imaps', pop3: 'pop3s', smtp: 'smtps', ftp: 'ftps' };
      if (attr('tunnel') === 'ssl' && overTls[name]) name = overTls[name];
      predictions.set(`${host}:${m[2]}/${m[1]}`, canonical(name));
    }
  }
  return { ms, predictions };
}

function haveNmap() {
  return new Promise((resolve) => execFile('nmap', ['--version'], (err) => resolve(!err)));
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

try {
  await startAll();
  console.log(
    `daemons: ${truth.length} ports (${truth.filter((t) => t.protocol === 'udp').length} UDP) on loopback aliases`,
  );
  const pc = await runPortcullis();
  const ps = score(pc.predictions);
  console.log(
    `portcullis fingerprint: precision ${pct(ps.precision)} recall ${pct(ps.recall)} (${ps.correct}/${ps.identified} identified correct, ${truth.length} ports) wall ${(pc.ms / 1000).toFixed(2)} s`,
  );
  let ns;
  if (await haveNmap()) {
    const nm = await runNmap();
    ns = score(nm.predictions);
    console.log(
      `nmap -sV:               precision ${pct(ns.precision)} recall ${pct(ns.recall)} (${ns.correct}/${ns.identified} identified correct, ${truth.length} ports) wall ${(nm.ms / 1000).toFixed(2)} s`,
    );
    for (const t of truth) {
      const key = `${t.host}:${t.port}/${t.protocol}`;
      const [a, b] = [pc.predictions.get(key), nm.predictions.get(key)];
      if (a !== t.service || b !== t.service)
        console.log(
          `  ${t.port}/${t.protocol} is ${t.service}: portcullis ${a ?? '(unidentified)'}, nmap ${b ?? '(unidentified)'}`,
        );
    }
  } else {
    console.log('nmap -sV:               not installed, skipped');
  }
  // Security facts from the default scan.
  const factNames = [...new Set(truth.flatMap((t) => Object.keys(t.facts)))];
  console.log('security facts from the default scan (right / expected):');
  for (const fact of factNames) {
    const cases = truth.filter((t) => fact in t.facts);
    const right = cases.filter(
      (t) => pc.facts.get(`${t.host}:${t.port}/${t.protocol}`)?.[fact] === t.facts[fact],
    ).length;
    const script = NMAP_SCRIPT_FOR[fact] ?? '?';
    const nmapSays = script.startsWith('(') ? script.slice(1, -1) : `needs --script ${script}`;
    console.log(`  ${fact.padEnd(32)} portcullis ${right}/${cases.length}   nmap: ${nmapSays}`);
  }
} finally {
  await lab.close();
}
