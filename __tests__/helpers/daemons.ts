/**
 * Real Debian daemons for tests, started and stopped by the test itself.
 *
 * This harness installs nothing: the packages are in .ci/apt-packages.txt.
 * It starts each daemon in its foreground mode, bound only to a loopback
 * alias it adds (127.42.x.y/32 on lo) or inside a network namespace it
 * creates, records the PID, and knows the daemon is ready by polling the
 * kernel's listener table (`ss -ltnH` / `ss -lunH`), never by probing it.
 * Everything is stopped by PID (SIGTERM, then SIGKILL after a grace period),
 * and aliases, namespaces and temp folders are removed afterwards.
 *
 * Usage:
 *
 *   const env = requireDaemons(['sshd']);           // { ok: false, reason } when not root / binary missing
 *   if (!env.ok) { console.log(`skipped: ${env.reason}`); return; }
 *   const lab = new DaemonLab('ssh-test');            // one per test file
 *   const addr = await lab.address();                 // a fresh 127.42.x.y, aliased on lo
 *   const sshd = await lab.sshd({ address: addr, port: 40022, mode: 'password' });
 *   ... probe sshd.address:sshd.port ...
 *   await lab.close();                                // stops every daemon, removes aliases and temp dirs
 *
 * Recipes (each returns a Daemon with `address`, `port`, `protocol`, `pid`, `info`):
 *   sshd        mode 'password' (publickey,password) | 'mfa' (AuthenticationMethods publickey,keyboard-interactive;
 *               info.privateKey / info.username for a test key that yields partial success)
 *   redis       requirepass optional (protected-mode off without it)
 *   postgres    auth 'trust' | 'scram-sha-256', ssl on/off
 *   nginx       TLS with a self-signed certificate on `port`, optional plain HTTP `redirectPort` that
 *               redirects to it
 *   vsftpd      anonymous on/off
 *   vnc         Xtigervnc, password on/off
 *   telnetd     inetutils telnetd under openbsd-inetd
 *   dnsmasq     DNS on UDP and TCP (extra options: a zone of its own, forwarding)
 *   inetdEcho   openbsd-inetd's built-in echo on port 7/tcp
 *   snmpd       community of your choice (UDP)
 *   openvpn     server in TCP or UDP mode with a throwaway PKI
 *   memcached   TCP (and UDP when udp: true)
 *   mariadb     a fresh datadir
 *   xrdp        RDP (standard security + TLS, no NLA)
 *   dovecot     IMAP and POP3 with STARTTLS, and IMAPS / POP3S, on the ports you give
 *   opensmtpd   SMTP with STARTTLS on one or more ports (one instance per lab: it has one control socket)
 *   namespace   `lab.namespace()` creates a netns with lo up and returns its name and an `exec` prefix;
 *               `lab.linkedNamespace()` also joins it to this one by a veth pair with a /30 (10.215.N.1 here,
 *               10.215.N.2 there), for daemons that only bind 0.0.0.0
 *   samba       smbd with one read-only share; smb1: true allows NT1 (SMB1), as old installations do
 *   charon      strongSwan's IKE daemon in a linked namespace (UDP 500 and 4500 on its address there),
 *               with a private /run so it never meets another charon's pid file
 *
 * Generic: `lab.start({ name, command, args, listeners, user?, cwd?, env? })` starts any foreground
 * daemon and waits for its listeners.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type Proto = 'tcp' | 'udp';

export interface Listener {
  address: string;
  port: number;
  protocol: Proto;
}

export interface Daemon extends Listener {
  name: string;
  pid: number;
  /** Every listener the daemon was started for (the first is address/port/protocol). */
  listeners: Listener[];
  /** Recipe-specific facts: key paths, usernames, passwords of throwaway test accounts. */
  info: Record<string, string>;
  /** The daemon's recent output (bounded), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartSpec {
  name: string;
  command: string;
  args: string[];
  listeners: Listener[];
  /** Run as this system user (setpriv), e.g. 'redis'. */
  user?: string;
  cwd?: string;
  env?: Record<string, string>;
  /** Readiness deadline, default 15 s. */
  timeoutMs?: number;
  /** Prefix such as ['ip', 'netns', 'exec', NS]. */
  prefix?: string[];
  /** Namespace whose listener table to poll. */
  netns?: string;
  info?: Record<string, string>;
  /** Signal for a graceful stop (default SIGTERM). */
  stopSignal?: NodeJS.Signals;
}

const BINARIES: Record<string, string[]> = {
  sshd: ['/usr/sbin/sshd', '/usr/bin/ssh-keygen'],
  redis: ['/usr/bin/redis-server'],
  redisSentinel: ['/usr/bin/redis-server'],
  postgres: ['/usr/lib/postgresql/15/bin/postgres', '/usr/lib/postgresql/15/bin/initdb'],
  nginx: ['/usr/sbin/nginx', '/usr/bin/openssl'],
  vsftpd: ['/usr/sbin/vsftpd'],
  vnc: ['/usr/bin/Xtigervnc', '/usr/bin/vncpasswd'],
  telnetd: ['/usr/sbin/inetd', '/usr/sbin/telnetd'],
  inetdEcho: ['/usr/sbin/inetd'],
  dnsmasq: ['/usr/sbin/dnsmasq'],
  snmpd: ['/usr/sbin/snmpd'],
  openvpn: ['/usr/sbin/openvpn', '/usr/bin/openssl'],
  memcached: ['/usr/bin/memcached'],
  pgbouncer: ['/usr/sbin/pgbouncer'],
  chrony: ['/usr/sbin/chronyd'],
  tftpd: ['/usr/sbin/in.tftpd'],
  mariadb: ['/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db'],
  xrdp: ['/usr/sbin/xrdp'],
  dovecot: ['/usr/sbin/dovecot', '/usr/bin/openssl'],
  opensmtpd: ['/usr/sbin/smtpd', '/usr/bin/openssl'],
  charon: ['/usr/lib/ipsec/charon'],
  rpcbind: ['/usr/sbin/rpcbind'],
  samba: ['/usr/sbin/smbd'],
  // HTTP products (started with lab.start by __tests__/fingerprint/http-products.test.ts).
  apache2: ['/usr/sbin/apache2'],
  lighttpd: ['/usr/sbin/lighttpd'],
  haproxy: ['/usr/sbin/haproxy'],
  squid: ['/usr/sbin/squid'],
  tinyproxy: ['/usr/bin/tinyproxy'],
  'node-exporter': ['/usr/bin/prometheus-node-exporter'],
  prometheus: ['/usr/bin/prometheus'],
  etcd: ['/usr/bin/etcd'],
  influxdb: ['/usr/bin/influxd'],
  // Newer protocol families (started by __tests__/helpers/protocol-daemons.ts).
  mosquitto: ['/usr/sbin/mosquitto'],
  'nats-server': ['/usr/sbin/nats-server'],
  slapd: ['/usr/sbin/slapd'],
  rsync: ['/usr/bin/rsync'],
  coturn: ['/usr/bin/turnserver'],
  dropbear: ['/usr/sbin/dropbear', '/usr/bin/dropbearkey'],
};

/** Whether this process can start the named recipes: root, iproute2, ss, and each daemon's binaries. */
export function requireDaemons(
  recipes: (keyof typeof BINARIES)[],
): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'real-daemon tests need Linux' };
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'real-daemon tests need root (loopback aliases, daemons)' };
  for (const bin of ['/usr/sbin/ip', '/usr/bin/ss', '/usr/bin/setpriv']) {
    if (!fs.existsSync(bin)) return { ok: false, reason: `${bin} missing (see .ci/apt-packages.txt)` };
  }
  for (const r of recipes) {
    for (const bin of BINARIES[r] ?? []) {
      if (!fs.existsSync(bin))
        return { ok: false, reason: `${bin} missing for ${r} (see .ci/apt-packages.txt)` };
    }
  }
  return { ok: true };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A wait that does not hold the process open (grace periods while stopping). */
const graceful = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

function run(cmd: string, args: string[], opts: { input?: string; cwd?: string } = {}): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...opts });
}

/** The kernel's listener table, as "addr:port" strings (IPv6 in brackets, as ss prints them). */
export function listeners(protocol: Proto, netns?: string): Set<string> {
  const flag = protocol === 'tcp' ? '-ltnH' : '-lunH';
  const args = netns ? ['-N', netns, flag] : [flag];
  const out = run('/usr/bin/ss', args);
  const set = new Set<string>();
  for (const line of out.split('\n')) {
    const cols = line.trim().split(/\s+/);
    // State Recv-Q Send-Q Local Peer (UDP: UNCONN ...)
    if (cols.length >= 5) set.add(cols[3].replace(/%[^:]+(?=:\d+$)/, ''));
  }
  return set;
}

export function isListening(l: Listener, netns?: string): boolean {
  const key = l.address.includes(':') ? `[${l.address}]:${l.port}` : `${l.address}:${l.port}`;
  return listeners(l.protocol, netns).has(key);
}

/** Poll until every listener is in the table, the process died, or the deadline passed. */
export async function waitForListeners(
  ls: Listener[],
  timeoutMs: number,
  alive: () => boolean,
  netns?: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < 10_000; i++) {
    if (ls.every((l) => isListening(l, netns))) return;
    if (!alive()) throw new Error('exited before listening');
    if (Date.now() > deadline) throw new Error(`not listening after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** The first line a TCP service sends, or '' when it sends none within `timeoutMs`. */
function greeting(address: string, port: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    let text = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(text.split('\n')[0] ?? '');
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      if (text.includes('\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

/** Poll until the service's greeting matches, or fail after the deadline. */
export async function waitForGreeting(address: string, port: number, ready: RegExp, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (let i = 0; i < 1000 && Date.now() < deadline; i++) {
    last = await greeting(address, port, Math.max(100, Math.min(3000, deadline - Date.now())));
    if (ready.test(last)) return;
    await sleep(200);
  }
  throw new Error(
    `${address}:${port} did not greet with ${ready} within ${timeoutMs} ms (last: ${JSON.stringify(last)})`,
  );
}

/**
 * A self-signed certificate and its key in `dir` (cert.pem, key.pem) for `name`, made by
 * openssl; `san` adds a subjectAltName (such as `IP:127.0.0.1`) for clients that check it.
 */
export function selfSignedCert(dir: string, name: string, san?: string): { cert: string; key: string } {
  run('/usr/bin/openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '30',
    '-subj',
    `/CN=${name}`,
    ...(san ? ['-addext', `subjectAltName=${san}`] : []),
    '-keyout',
    `${dir}/key.pem`,
    '-out',
    `${dir}/cert.pem`,
  ]);
  fs.chmodSync(`${dir}/key.pem`, 0o600);
  return { cert: `${dir}/cert.pem`, key: `${dir}/key.pem` };
}

function chownR(dir: string, user: string) {
  run('/bin/chown', ['-R', `${user}:${user}`, dir]);
}

/** One test file's daemons, aliases, namespaces and temp folders; close() undoes them all. */
export class DaemonLab {
  private readonly daemons: Daemon[] = [];
  private readonly aliases: string[] = [];
  private readonly namespaces: string[] = [];
  private readonly links: string[] = [];
  private linkCount = 0;
  private readonly dirs: string[] = [];
  private static counter = 0;
  private sshClientKey?: string;
  private readonly base: number;

  /** `block`: the first two octets of the lab's addresses (default 127.42; the accuracy bench uses 127.46). */
  constructor(
    readonly label: string,
    private readonly block = '127.42',
  ) {
    // BLOCK.N.x: N from the PID keeps parallel jest workers apart (and address() skips taken ones).
    this.base = 10 + (process.pid % 200);
  }

  /** A fresh loopback address, aliased on lo for the life of the lab. */
  async address(): Promise<string> {
    // The kernel refuses a second identical alias ("File exists"): that address belongs to
    // another lab (another jest worker), so move on to the next one.
    for (let tries = 0; tries < 2000; tries++) {
      const n = ++DaemonLab.counter;
      const addr = `${this.block}.${this.base + Math.floor((n - 1) / 250)}.${((n - 1) % 250) + 1}`;
      try {
        run('/usr/sbin/ip', ['addr', 'add', `${addr}/32`, 'dev', 'lo']);
      } catch (err) {
        if (/File exists/.test(String((err as { stderr?: string }).stderr ?? err))) continue;
        throw err;
      }
      this.aliases.push(addr);
      return addr;
    }
    throw new Error('DaemonLab: no free loopback address');
  }

  /** A network namespace with lo up. */
  async namespace(): Promise<{ name: string; prefix: string[] }> {
    const name = `pc-${this.label.replace(/[^a-z0-9]/gi, '').slice(0, 8)}-${process.pid}-${this.namespaces.length}`;
    run('/usr/sbin/ip', ['netns', 'add', name]);
    this.namespaces.push(name);
    run('/usr/sbin/ip', ['-n', name, 'link', 'set', 'lo', 'up']);
    return { name, prefix: ['/usr/sbin/ip', 'netns', 'exec', name] };
  }

  /** A namespace joined to this one by a veth pair: `host` is our end's address, `address` the namespace's. */
  async linkedNamespace(): Promise<{ name: string; prefix: string[]; host: string; address: string }> {
    // Numbered before the first await: two linked namespaces made at once get different names.
    const k = this.linkCount++;
    const ns = await this.namespace();
    const n = (process.pid + k * 37) % 250;
    const hostIf = `pcv${process.pid % 100000}h${k}`.slice(0, 15);
    const nsIf = `pcv${process.pid % 100000}n${k}`.slice(0, 15);
    const host = `10.215.${n}.1`;
    const address = `10.215.${n}.2`;
    run('/usr/sbin/ip', ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf, 'netns', ns.name]);
    this.links.push(hostIf);
    run('/usr/sbin/ip', ['addr', 'add', `${host}/30`, 'dev', hostIf]);
    run('/usr/sbin/ip', ['link', 'set', hostIf, 'up']);
    run('/usr/sbin/ip', ['-n', ns.name, 'addr', 'add', `${address}/30`, 'dev', nsIf]);
    run('/usr/sbin/ip', ['-n', ns.name, 'link', 'set', nsIf, 'up']);
    return { ...ns, host, address };
  }

  /** A temp folder removed by close(); `owner` chowns it. */
  tempDir(name: string, owner?: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portcullis-${this.label}-${name}-`));
    fs.chmodSync(dir, 0o755);
    if (owner) chownR(dir, owner);
    this.dirs.push(dir);
    return dir;
  }

  /** Start a foreground daemon and wait until it listens. */
  async start(spec: StartSpec): Promise<Daemon> {
    let cmd = spec.command;
    let args = spec.args;
    if (spec.user) {
      args = [`--reuid=${spec.user}`, `--regid=${spec.user}`, '--init-groups', cmd, ...args];
      cmd = '/usr/bin/setpriv';
    }
    if (spec.prefix?.length) {
      args = [...spec.prefix.slice(1), cmd, ...args];
      cmd = spec.prefix[0];
    }
    const child: ChildProcess = spawn(cmd, args, {
      cwd: spec.cwd,
      env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', HOME: spec.cwd ?? os.tmpdir(), ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own session and process group: some daemons signal their whole group when they stop
      // (smbd does), which must never reach the test runner.
      detached: true,
    });
    let log = '';
    const keep = (b: Buffer) => {
      log = (log + b.toString('utf8')).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited = false;
    const exitedP = new Promise<void>((resolve) => {
      child.once('exit', () => {
        exited = true;
        resolve();
      });
      child.once('error', (err) => {
        log += `\n${String(err)}`;
        exited = true;
        resolve();
      });
    });
    const pid = child.pid ?? -1;
    const stop = async () => {
      if (exited) return;
      try {
        process.kill(pid, spec.stopSignal ?? 'SIGTERM');
      } catch {
        return;
      }
      const t = await Promise.race([exitedP.then(() => 'exited'), graceful(5000).then(() => 'timeout')]);
      if (t === 'timeout') {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
        await Promise.race([exitedP, graceful(2000)]);
      }
    };
    const [first] = spec.listeners;
    const daemon: Daemon = {
      name: spec.name,
      address: first.address,
      port: first.port,
      protocol: first.protocol,
      listeners: spec.listeners,
      pid,
      info: spec.info ?? {},
      output: () => log,
      stop,
    };
    this.daemons.push(daemon);
    try {
      await waitForListeners(spec.listeners, spec.timeoutMs ?? 15_000, () => !exited, spec.netns);
    } catch (err) {
      await stop();
      throw new Error(`${spec.name} (${cmd} ${args.join(' ')}): ${(err as Error).message}\n${log}`);
    }
    return daemon;
  }

  /** Stop every daemon (by PID), then remove aliases, namespaces and temp folders. */
  async close(): Promise<void> {
    await Promise.all(this.daemons.splice(0).map((d) => d.stop()));
    for (const a of this.aliases.splice(0)) {
      try {
        run('/usr/sbin/ip', ['addr', 'del', `${a}/32`, 'dev', 'lo']);
      } catch {
        // already gone
      }
    }
    for (const link of this.links.splice(0)) {
      try {
        run('/usr/sbin/ip', ['link', 'del', link]);
      } catch {
        // went with its namespace
      }
    }
    for (const ns of this.namespaces.splice(0)) {
      try {
        run('/usr/sbin/ip', ['netns', 'del', ns]);
      } catch {
        // already gone
      }
    }
    for (const d of this.dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  }

  // ---------------------------------------------------------------- recipes

  /** openssh-server. 'password': publickey+password offered. 'mfa': publickey then keyboard-interactive. */
  async sshd(o: { address: string; port: number; mode: 'password' | 'mfa' }): Promise<Daemon> {
    const dir = this.tempDir('sshd');
    fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
    run('/usr/bin/ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', `${dir}/host_ed25519`]);
    // One client key per lab, so every sshd of the lab accepts it.
    if (!this.sshClientKey) {
      const keys = this.tempDir('sshkey');
      run('/usr/bin/ssh-keygen', [
        '-q',
        '-t',
        'ed25519',
        '-N',
        '',
        '-f',
        `${keys}/id`,
        '-C',
        'portcullis-test',
      ]);
      this.sshClientKey = `${keys}/id`;
    }
    fs.copyFileSync(`${this.sshClientKey}.pub`, `${dir}/authorized_keys`);
    const common = [
      `ListenAddress ${o.address}:${o.port}`,
      `HostKey ${dir}/host_ed25519`,
      `PidFile ${dir}/sshd.pid`,
      `AuthorizedKeysFile ${dir}/authorized_keys`,
      'StrictModes no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'LogLevel ERROR',
    ];
    const mode =
      o.mode === 'password'
        ? ['UsePAM no', 'PasswordAuthentication yes', 'KbdInteractiveAuthentication no']
        : [
            'UsePAM yes',
            'PasswordAuthentication no',
            'KbdInteractiveAuthentication yes',
            'AuthenticationMethods publickey,keyboard-interactive',
          ];
    fs.writeFileSync(`${dir}/sshd_config`, [...common, ...mode, ''].join('\n'));
    run('/usr/sbin/sshd', ['-t', '-f', `${dir}/sshd_config`]);
    return this.start({
      name: `sshd-${o.mode}`,
      command: '/usr/sbin/sshd',
      args: ['-D', '-e', '-f', `${dir}/sshd_config`],
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
      info: { privateKey: fs.readFileSync(this.sshClientKey, 'utf8'), username: 'root' },
    });
  }

  async redis(o: { address: string; port: number; requirepass?: string }): Promise<Daemon> {
    const dir = this.tempDir('redis', 'redis');
    const conf = [
      `bind ${o.address}`,
      `port ${o.port}`,
      'daemonize no',
      'save ""',
      'appendonly no',
      `dir ${dir}`,
      'logfile ""',
      o.requirepass ? `requirepass ${o.requirepass}` : 'protected-mode no',
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/redis.conf`, conf);
    chownR(dir, 'redis');
    return this.start({
      name: 'redis',
      command: '/usr/bin/redis-server',
      args: [`${dir}/redis.conf`],
      user: 'redis',
      cwd: dir,
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  /**
   * A Redis Sentinel (`redis-server --sentinel`, what Debian's redis-sentinel runs) monitoring a
   * master that need not exist; it rewrites its config file, so the folder is redis's.
   */
  async redisSentinel(o: { address: string; port: number; requirepass?: string }): Promise<Daemon> {
    const dir = this.tempDir('sentinel', 'redis');
    const conf = [
      `bind ${o.address}`,
      `port ${o.port}`,
      'daemonize no',
      `dir ${dir}`,
      'logfile ""',
      `sentinel monitor portcullis ${o.address} 6390 1`,
      o.requirepass ? `requirepass ${o.requirepass}` : 'protected-mode no',
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/sentinel.conf`, conf);
    chownR(dir, 'redis');
    return this.start({
      name: 'redis-sentinel',
      command: '/usr/bin/redis-server',
      args: [`${dir}/sentinel.conf`, '--sentinel'],
      user: 'redis',
      cwd: dir,
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  /**
   * PgBouncer in front of nothing (its one database points at a closed port): it answers the
   * protocol itself. `trust` with no users, or `scram-sha-256` with one throwaway user.
   */
  async pgbouncer(o: { address: string; port: number; auth: 'trust' | 'scram-sha-256' }): Promise<Daemon> {
    const dir = this.tempDir('pgbouncer', 'postgres');
    fs.writeFileSync(`${dir}/users.txt`, o.auth === 'trust' ? '' : '"app" "portcullis-test"\n');
    const ini = [
      '[databases]',
      `app = host=${o.address} port=1 dbname=app`,
      '[pgbouncer]',
      `listen_addr = ${o.address}`,
      `listen_port = ${o.port}`,
      'unix_socket_dir =',
      `auth_type = ${o.auth}`,
      `auth_file = ${dir}/users.txt`,
      `pidfile = ${dir}/pgbouncer.pid`,
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/pgbouncer.ini`, ini);
    chownR(dir, 'postgres');
    return this.start({
      name: 'pgbouncer',
      command: '/usr/sbin/pgbouncer',
      args: [`${dir}/pgbouncer.ini`],
      user: 'postgres',
      cwd: dir,
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  async postgres(o: {
    address: string;
    port: number;
    auth: 'trust' | 'scram-sha-256';
    ssl?: boolean;
  }): Promise<Daemon> {
    const dir = this.tempDir('pg', 'postgres');
    const data = `${dir}/data`;
    fs.writeFileSync(`${dir}/pwfile`, 'portcullis-test-superuser\n');
    chownR(dir, 'postgres');
    const initdb = ['-D', data, '-A', o.auth, '-U', 'postgres', '-E', 'UTF8', '--no-sync'];
    if (o.auth !== 'trust') initdb.push(`--pwfile=${dir}/pwfile`);
    run(
      '/usr/bin/setpriv',
      [
        '--reuid=postgres',
        '--regid=postgres',
        '--init-groups',
        '/usr/lib/postgresql/15/bin/initdb',
        ...initdb,
      ],
      {
        cwd: dir,
      },
    );
    fs.writeFileSync(
      `${data}/pg_hba.conf`,
      `local all all trust\nhost all all 0.0.0.0/0 ${o.auth}\nhost all all ::/0 ${o.auth}\n`,
    );
    const args = [
      '-D',
      data,
      '-c',
      `listen_addresses=${o.address}`,
      '-c',
      `port=${o.port}`,
      '-c',
      `unix_socket_directories=${dir}`,
    ];
    if (o.ssl) {
      run('/usr/bin/openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=portcullis-pg-test',
        '-keyout',
        `${dir}/server.key`,
        '-out',
        `${dir}/server.crt`,
      ]);
      chownR(dir, 'postgres');
      fs.chmodSync(`${dir}/server.key`, 0o600);
      args.push(
        '-c',
        'ssl=on',
        '-c',
        `ssl_cert_file=${dir}/server.crt`,
        '-c',
        `ssl_key_file=${dir}/server.key`,
      );
    }
    chownR(dir, 'postgres');
    return this.start({
      name: 'postgres',
      command: '/usr/lib/postgresql/15/bin/postgres',
      args,
      user: 'postgres',
      cwd: dir,
      stopSignal: 'SIGINT',
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  /** nginx: TLS with a self-signed certificate on `port`; `redirectPort` serves plain HTTP that redirects to it. */
  async nginx(o: {
    address: string;
    port: number;
    redirectPort?: number;
    serverName?: string;
  }): Promise<Daemon> {
    const dir = this.tempDir('nginx');
    const name = o.serverName ?? 'portcullis.test';
    run('/usr/bin/openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name},IP:${o.address}`,
      '-keyout',
      `${dir}/key.pem`,
      '-out',
      `${dir}/cert.pem`,
    ]);
    const redirect = o.redirectPort
      ? `server { listen ${o.address}:${o.redirectPort}; server_name _; return 301 https://${name}:${o.port}$request_uri; }`
      : '';
    const conf = `
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen ${o.address}:${o.port} ssl http2;
    server_name ${name};
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    location / { return 200 "portcullis test\\n"; }
  }
  ${redirect}
}
`;
    fs.writeFileSync(`${dir}/nginx.conf`, conf);
    const ls: Listener[] = [{ address: o.address, port: o.port, protocol: 'tcp' }];
    if (o.redirectPort) ls.push({ address: o.address, port: o.redirectPort, protocol: 'tcp' });
    return this.start({
      name: 'nginx',
      command: '/usr/sbin/nginx',
      args: ['-c', `${dir}/nginx.conf`, '-p', dir],
      listeners: ls,
      stopSignal: 'SIGQUIT',
      info: { serverName: name, certificate: fs.readFileSync(`${dir}/cert.pem`, 'utf8') },
    });
  }

  async vsftpd(o: { address: string; port: number; anonymous: boolean }): Promise<Daemon> {
    const dir = this.tempDir('ftp');
    fs.mkdirSync('/var/run/vsftpd/empty', { recursive: true, mode: 0o755 });
    fs.mkdirSync(`${dir}/anon`, { mode: 0o555 });
    const conf = [
      'listen=YES',
      'listen_ipv6=NO',
      `listen_address=${o.address}`,
      `listen_port=${o.port}`,
      `anonymous_enable=${o.anonymous ? 'YES' : 'NO'}`,
      `anon_root=${dir}/anon`,
      // Both disabled makes vsftpd refuse every client; without anonymous, local users may log in.
      `local_enable=${o.anonymous ? 'NO' : 'YES'}`,
      'write_enable=NO',
      'background=NO',
      'seccomp_sandbox=NO',
      'secure_chroot_dir=/var/run/vsftpd/empty',
      'xferlog_enable=NO',
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/vsftpd.conf`, conf, { mode: 0o600 });
    return this.start({
      name: 'vsftpd',
      command: '/usr/sbin/vsftpd',
      args: [`${dir}/vsftpd.conf`],
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  /** Xtigervnc on its own display; `password` switches to VncAuth. */
  async vnc(o: { address: string; port: number; password?: string }): Promise<Daemon> {
    const dir = this.tempDir('vnc');
    const display = 40 + ((process.pid + DaemonLab.counter * 7 + this.daemons.length) % 400);
    const args = [
      `:${display}`,
      '-interface',
      o.address,
      '-rfbport',
      String(o.port),
      '-localhost',
      '0',
      '-nolisten',
      'tcp',
      '-geometry',
      '320x200',
      '-depth',
      '16',
    ];
    if (o.password) {
      const hashed = execFileSync('/usr/bin/vncpasswd', ['-f'], { input: `${o.password}\n` });
      fs.writeFileSync(`${dir}/passwd`, hashed, { mode: 0o600 });
      args.push('-SecurityTypes', 'VncAuth', '-PasswordFile', `${dir}/passwd`);
    } else {
      args.push('-SecurityTypes', 'None');
    }
    return this.start({
      name: 'Xtigervnc',
      command: '/usr/bin/Xtigervnc',
      args,
      cwd: dir,
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
      info: { display: String(display) },
    });
  }

  async telnetd(o: { address: string; port: number }): Promise<Daemon> {
    const dir = this.tempDir('telnet');
    fs.writeFileSync(
      `${dir}/inetd.conf`,
      `${o.address}:${o.port} stream tcp nowait root /usr/sbin/telnetd telnetd\n`,
    );
    return this.start({
      name: 'inetd-telnetd',
      command: '/usr/sbin/inetd',
      args: ['-i', `${dir}/inetd.conf`],
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  /**
   * openbsd-inetd's built-in echo (RFC 862) on port 7/tcp: inetd knows its built-ins by service
   * name only, so not on another port. (Its UDP echo never answers a 127/8 source: spoofing
   * protection.)
   */
  async inetdEcho(o: { address: string }): Promise<Daemon> {
    const dir = this.tempDir('echo');
    fs.writeFileSync(`${dir}/inetd.conf`, `${o.address}:echo stream tcp nowait root internal\n`);
    return this.start({
      name: 'inetd-echo',
      command: '/usr/sbin/inetd',
      args: ['-i', `${dir}/inetd.conf`],
      listeners: [{ address: o.address, port: 7, protocol: 'tcp' }],
    });
  }

  /** `extra`: more dnsmasq options (a zone of its own with --address, forwarding with --server). */
  async dnsmasq(o: { address: string; port: number; extra?: string[] }): Promise<Daemon> {
    const dir = this.tempDir('dns');
    return this.start({
      name: 'dnsmasq',
      command: '/usr/sbin/dnsmasq',
      args: [
        '-k',
        '--conf-file=/dev/null',
        '--no-resolv',
        '--no-hosts',
        '--bind-interfaces',
        `--listen-address=${o.address}`,
        `--port=${o.port}`,
        `--pid-file=${dir}/dnsmasq.pid`,
        '--user=nobody',
        '--address=/portcullis.test/127.0.0.1',
        ...(o.extra ?? []),
      ],
      listeners: [
        { address: o.address, port: o.port, protocol: 'udp' },
        { address: o.address, port: o.port, protocol: 'tcp' },
      ],
    });
  }

  async snmpd(o: { address: string; port: number; community: string }): Promise<Daemon> {
    const dir = this.tempDir('snmp');
    fs.writeFileSync(
      `${dir}/snmpd.conf`,
      `agentAddress udp:${o.address}:${o.port}\nrocommunity ${o.community} 127.0.0.0/8\n`,
    );
    return this.start({
      name: 'snmpd',
      command: '/usr/sbin/snmpd',
      args: ['-f', '-Lo', '-C', '-c', `${dir}/snmpd.conf`, '-I', '-smux', '-p', `${dir}/snmpd.pid`],
      listeners: [{ address: o.address, port: o.port, protocol: 'udp' }],
    });
  }

  /** OpenVPN server with a throwaway CA; plain control channel (no tls-auth), so a client hard reset is answered. */
  async openvpn(o: { address: string; port: number; protocol: Proto }): Promise<Daemon> {
    const dir = this.tempDir('ovpn');
    const ssl = (args: string[]) => run('/usr/bin/openssl', args, { cwd: dir });
    ssl([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=portcullis-test-ca',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
    ]);
    ssl([
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-subj',
      '/CN=server',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
    ]);
    fs.writeFileSync(
      `${dir}/ext.cnf`,
      'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyAgreement\nextendedKeyUsage=serverAuth\n',
    );
    ssl([
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      'ext.cnf',
      '-out',
      'server.crt',
    ]);
    const dev = `pc${randomBytes(3).toString('hex')}`;
    return this.start({
      name: `openvpn-${o.protocol}`,
      command: '/usr/sbin/openvpn',
      args: [
        '--mode',
        'server',
        '--tls-server',
        '--proto',
        o.protocol === 'tcp' ? 'tcp-server' : 'udp',
        '--local',
        o.address,
        '--lport',
        String(o.port),
        '--dev',
        dev,
        '--dev-type',
        'tun',
        '--topology',
        'subnet',
        '--ifconfig',
        '10.199.77.1',
        '255.255.255.0',
        '--ifconfig-noexec',
        '--route-noexec',
        '--ca',
        'ca.crt',
        '--cert',
        'server.crt',
        '--key',
        'server.key',
        '--dh',
        'none',
        '--verb',
        '1',
      ],
      cwd: dir,
      listeners: [{ address: o.address, port: o.port, protocol: o.protocol }],
    });
  }

  async memcached(o: { address: string; port: number; udp?: boolean }): Promise<Daemon> {
    const ls: Listener[] = [{ address: o.address, port: o.port, protocol: 'tcp' }];
    if (o.udp) ls.push({ address: o.address, port: o.port, protocol: 'udp' });
    return this.start({
      name: 'memcached',
      command: '/usr/bin/memcached',
      args: [
        '-u',
        'memcache',
        '-l',
        o.address,
        '-p',
        String(o.port),
        '-U',
        o.udp ? String(o.port) : '0',
        '-m',
        '16',
      ],
      listeners: ls,
    });
  }

  /** chronyd serving NTP on ADDR:PORT only (no command port, the clock left alone). */
  async chrony(o: { address: string; port: number }): Promise<Daemon> {
    const dir = this.tempDir('chrony', '_chrony');
    const conf = path.join(dir, 'chrony.conf');
    fs.writeFileSync(
      conf,
      `port ${o.port}\nbindaddress ${o.address}\nallow all\nlocal stratum 10\ncmdport 0\n` +
        `pidfile ${dir}/chronyd.pid\ndriftfile ${dir}/drift\n`,
    );
    return this.start({
      name: 'chronyd',
      command: '/usr/sbin/chronyd',
      args: ['-d', '-x', '-u', '_chrony', '-f', conf],
      listeners: [{ address: o.address, port: o.port, protocol: 'udp' }],
    });
  }

  /** tftpd-hpa in the foreground (-L), serving an empty folder, on ADDR:PORT only. */
  async tftpd(o: { address: string; port: number }): Promise<Daemon> {
    const dir = this.tempDir('tftp');
    return this.start({
      name: 'in.tftpd',
      command: '/usr/sbin/in.tftpd',
      args: ['-L', '-u', 'nobody', '-s', dir, '-a', `${o.address}:${o.port}`],
      listeners: [{ address: o.address, port: o.port, protocol: 'udp' }],
    });
  }

  async mariadb(o: { address: string; port: number }): Promise<Daemon> {
    const dir = this.tempDir('mariadb', 'mysql');
    run('/usr/bin/mariadb-install-db', [
      '--no-defaults',
      '--user=mysql',
      `--datadir=${dir}/data`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ]);
    // A user for any host, so a remote client gets the handshake rather than "host not allowed".
    fs.writeFileSync(
      `${dir}/init.sql`,
      "CREATE USER IF NOT EXISTS 'portcullis'@'%' IDENTIFIED BY 'portcullis-test';\n",
    );
    chownR(dir, 'mysql');
    return this.start({
      name: 'mariadb',
      command: '/usr/sbin/mariadbd',
      args: [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${dir}/data`,
        `--bind-address=${o.address}`,
        `--port=${o.port}`,
        `--socket=${dir}/mysqld.sock`,
        `--pid-file=${dir}/mysqld.pid`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=8M',
        `--init-file=${dir}/init.sql`,
      ],
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
      timeoutMs: 30_000,
    });
  }

  async xrdp(o: { address: string; port: number }): Promise<Daemon> {
    const dir = this.tempDir('xrdp');
    fs.mkdirSync('/run/xrdp', { recursive: true });
    const ini = fs
      .readFileSync('/etc/xrdp/xrdp.ini', 'utf8')
      .replace(/^port=.*$/m, `port=tcp://${o.address}:${o.port}`)
      .replace(/^pidfile=.*$/m, '')
      .replace(/^\[Globals\]$/m, `[Globals]\n`);
    fs.writeFileSync(`${dir}/xrdp.ini`, ini);
    return this.start({
      name: 'xrdp',
      command: '/usr/sbin/xrdp',
      args: ['--nodaemon', '--config', `${dir}/xrdp.ini`],
      cwd: dir,
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }

  /** A self-signed certificate and key in `dir` for `name`. */
  private selfSigned(dir: string, name: string): { cert: string; key: string } {
    return selfSignedCert(dir, name);
  }

  /** Dovecot: IMAP and POP3 offering STARTTLS, IMAPS and POP3S; any port left out is not opened. */
  async dovecot(o: {
    address: string;
    imap?: number;
    pop3?: number;
    imaps?: number;
    pop3s?: number;
  }): Promise<Daemon> {
    const dir = this.tempDir('dovecot');
    for (const d of ['run', 'state', 'home']) fs.mkdirSync(`${dir}/${d}`);
    const { cert, key } = this.selfSigned(dir, 'mail.portcullis.test');
    const listener = (name: string, port: number | undefined) =>
      `  inet_listener ${name} {\n    address = ${o.address}\n    port = ${port ?? 0}\n  }`;
    const conf = [
      'protocols = imap pop3',
      `listen = ${o.address}`,
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      'log_path = /dev/stderr',
      'ssl = yes',
      `ssl_cert = <${cert}`,
      `ssl_key = <${key}`,
      'disable_plaintext_auth = yes',
      'auth_mechanisms = plain',
      'passdb {\n  driver = static\n  args = password=portcullis-test-unused\n}',
      `userdb {\n  driver = static\n  args = uid=nobody gid=nogroup home=${dir}/home\n}`,
      `service imap-login {\n${listener('imap', o.imap)}\n${listener('imaps', o.imaps)}\n}`,
      `service pop3-login {\n${listener('pop3', o.pop3)}\n${listener('pop3s', o.pop3s)}\n}`,
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/dovecot.conf`, conf);
    const ports = [o.imap, o.pop3, o.imaps, o.pop3s].filter((p): p is number => p !== undefined);
    const daemon = await this.start({
      name: 'dovecot',
      command: '/usr/sbin/dovecot',
      args: ['-F', '-c', `${dir}/dovecot.conf`],
      listeners: ports.map((port) => ({ address: o.address, port, protocol: 'tcp' as const })),
    });
    // Listening is not serving: until its auth process is up, a login process greets with
    // "Waiting for authentication process to respond" instead of "Dovecot … ready".
    for (const port of [o.imap, o.pop3].filter((p): p is number => p !== undefined))
      await waitForGreeting(o.address, port, /Dovecot.* ready/i, 30_000);
    return daemon;
  }

  /** OpenSMTPD offering STARTTLS on every port in `ports`. */
  async opensmtpd(o: { address: string; ports: number[] }): Promise<Daemon> {
    const dir = this.tempDir('smtpd');
    const { cert, key } = this.selfSigned(dir, 'mail.portcullis.test');
    const conf = [
      `pki mail.portcullis.test cert "${cert}"`,
      `pki mail.portcullis.test key "${key}"`,
      ...o.ports.map(
        (p) => `listen on ${o.address} port ${p} tls pki mail.portcullis.test hostname mail.portcullis.test`,
      ),
      'action "relay" relay',
      'match from local for any action "relay"',
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/smtpd.conf`, conf, { mode: 0o600 });
    return this.start({
      name: 'opensmtpd',
      command: '/usr/sbin/smtpd',
      args: ['-d', '-f', `${dir}/smtpd.conf`],
      listeners: o.ports.map((port) => ({ address: o.address, port, protocol: 'tcp' as const })),
    });
  }

  /** strongSwan's charon, alone in a linked namespace (it binds 0.0.0.0:500 and :4500 only). */
  /**
   * rpcbind in a linked namespace (it binds 0.0.0.0:111 and [::]:111 whatever it is told), with a
   * private /run; `info.address` is its address there. `register` adds programs by a
   * PMAPPROC_SET from a privileged port on the namespace's loopback, as an NFS server would.
   */
  async rpcbind(): Promise<Daemon & { register(programs: [number, number, number, number][]): void }> {
    const ns = await this.linkedNamespace();
    const d = await this.start({
      name: 'rpcbind',
      command: '/bin/sh',
      args: ['-c', 'mount -t tmpfs tmpfs /run && mkdir -p /run/rpcbind && exec /usr/sbin/rpcbind -f'],
      prefix: ns.prefix,
      netns: ns.name,
      listeners: [
        { address: '0.0.0.0', port: 111, protocol: 'tcp' },
        { address: '0.0.0.0', port: 111, protocol: 'udp' },
      ],
      info: { address: ns.address, namespace: ns.name },
    });
    const dir = this.tempDir('rpcset');
    const register = (programs: [number, number, number, number][]) => {
      const script = path.join(dir, 'set.cjs');
      fs.writeFileSync(
        script,
        `const dgram = require('node:dgram');
const programs = ${JSON.stringify(programs)};
const s = dgram.createSocket('udp4');
let left = programs.length;
const timer = setTimeout(() => { console.error('no reply to SET'); process.exit(1); }, 5000);
s.on('message', (m) => { if (m.readUInt32BE(m.length - 4) !== 1) { console.error('SET refused'); process.exit(1); } if (--left === 0) { clearTimeout(timer); s.close(); } });
s.bind(700, '127.0.0.1', () => programs.forEach(([prog, vers, prot, port], i) => {
  const b = Buffer.alloc(56);
  b.writeUInt32BE(0x7000 + i, 0); b.writeUInt32BE(2, 8); b.writeUInt32BE(100000, 12); b.writeUInt32BE(2, 16); b.writeUInt32BE(1, 20);
  b.writeUInt32BE(prog, 40); b.writeUInt32BE(vers, 44); b.writeUInt32BE(prot, 48); b.writeUInt32BE(port, 52);
  s.send(b, 111, '127.0.0.1');
}));
`,
      );
      run(ns.prefix[0], [...ns.prefix.slice(1), process.execPath, script]);
    };
    return Object.assign(d, { register });
  }

  async charon(): Promise<Daemon> {
    const ns = await this.linkedNamespace();
    return this.start({
      name: 'charon',
      command: '/bin/sh',
      // ip netns exec gives the command its own mount namespace: a tmpfs on /run there keeps this
      // charon's pid file and sockets apart from any other charon on the machine.
      args: ['-c', 'mount -t tmpfs tmpfs /run && exec /usr/lib/ipsec/charon'],
      prefix: ns.prefix,
      netns: ns.name,
      listeners: [
        { address: '0.0.0.0', port: 500, protocol: 'udp' },
        { address: '0.0.0.0', port: 4500, protocol: 'udp' },
      ],
      info: { address: ns.address, namespace: ns.name },
    });
  }

  /** Samba's smbd on `port`; with smb1 the server still negotiates NT LM 0.12. */
  async samba(o: { address: string; port: number; smb1: boolean }): Promise<Daemon> {
    const dir = this.tempDir('smb');
    for (const d of ['priv', 'lock', 'state', 'cache', 'pid', 'share', 'log', 'ncalrpc'])
      fs.mkdirSync(`${dir}/${d}`);
    const conf = [
      '[global]',
      `  interfaces = ${o.address}/32`,
      '  bind interfaces only = yes',
      `  smb ports = ${o.port}`,
      `  private dir = ${dir}/priv`,
      `  lock directory = ${dir}/lock`,
      `  state directory = ${dir}/state`,
      `  cache directory = ${dir}/cache`,
      `  pid directory = ${dir}/pid`,
      `  ncalrpc dir = ${dir}/ncalrpc`,
      `  log file = ${dir}/log/%m.log`,
      `  passdb backend = tdbsam:${dir}/priv/passdb.tdb`,
      '  server role = standalone server',
      '  disable netbios = yes',
      `  server min protocol = ${o.smb1 ? 'NT1' : 'SMB2_02'}`,
      '[share]',
      `  path = ${dir}/share`,
      '  read only = yes',
      '',
    ].join('\n');
    fs.writeFileSync(`${dir}/smb.conf`, conf);
    return this.start({
      name: 'smbd',
      command: '/usr/sbin/smbd',
      // Already a session leader (detached): smbd must not try setsid() itself.
      args: ['-F', '--no-process-group', '--debug-stdout', '-s', `${dir}/smb.conf`],
      listeners: [{ address: o.address, port: o.port, protocol: 'tcp' }],
    });
  }
}
