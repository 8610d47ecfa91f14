import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasCommand, isRoot } from './helpers.js';

/**
 * A network namespace joined to this one by a veth pair, with IPv4 and IPv6 on both
 * ends: a real second host on a real link, that a test owns and removes afterwards.
 */
export interface Namespace {
  name: string;
  /** The namespace end's addresses (the probe targets). */
  v4: string;
  v6: string;
  /** Runs a command inside the namespace. */
  exec(command: string, args: string[], input?: string): string;
  /** Starts a long-running process inside the namespace; resolves once it prints `ready`. */
  spawn(command: string, args: string[]): Promise<ChildProcess>;
  destroy(): void;
}

/** Why namespaces cannot be used here, or undefined when they can. */
export function namespaceSkipReason(needs: string[] = []): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  if (!isRoot) return 'network namespaces need root (CI runs as root)';
  for (const c of ['ip', ...needs])
    if (!hasCommand(c)) return `${c} is not installed (see .ci/apt-packages.txt)`;
  return undefined;
}

export function createNamespace(tag: string): Namespace {
  const id = process.pid % 10000;
  const name = `pc-${tag}-${process.pid}`;
  const hostIf = `pc${tag.slice(0, 3)}${id}h`;
  const nsIf = `pc${tag.slice(0, 3)}${id}n`;
  const octet = (process.pid % 200) + 20;
  const v4Host = `10.213.${octet}.1`;
  const v4 = `10.213.${octet}.2`;
  const v6Host = `fd42:213:${octet.toString(16)}::1`;
  const v6 = `fd42:213:${octet.toString(16)}::2`;
  const children: ChildProcess[] = [];
  const ip = (...args: string[]) =>
    execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const nsExec = (command: string, args: string[], input?: string) =>
    execFileSync('ip', ['netns', 'exec', name, command, ...args], {
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    }).toString();

  const destroy = () => {
    for (const c of children) if (c.pid && c.exitCode === null) process.kill(c.pid, 'SIGKILL');
    try {
      ip('link', 'del', hostIf);
    } catch {
      // gone with the namespace
    }
    try {
      ip('netns', 'del', name);
    } catch {
      // never created
    }
  };

  try {
    ip('netns', 'add', name);
    ip('link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf, 'netns', name);
    ip('addr', 'add', `${v4Host}/29`, 'dev', hostIf);
    ip('-6', 'addr', 'add', `${v6Host}/64`, 'dev', hostIf, 'nodad');
    ip('link', 'set', hostIf, 'up');
    nsExec('ip', ['link', 'set', 'lo', 'up']);
    nsExec('ip', ['addr', 'add', `${v4}/29`, 'dev', nsIf]);
    nsExec('ip', ['-6', 'addr', 'add', `${v6}/64`, 'dev', nsIf, 'nodad']);
    nsExec('ip', ['link', 'set', nsIf, 'up']);
    // ICMP errors are rate-limited per peer (about one a second after a burst of six); a test
    // that counts on "port unreachable" for every closed port turns that off in its own namespace.
    nsExec('sysctl', ['-q', '-w', 'net.ipv4.icmp_ratelimit=0', 'net.ipv6.icmp.ratelimit=0']);
  } catch (err) {
    destroy();
    throw err;
  }

  return {
    name,
    v4,
    v6,
    exec: nsExec,
    spawn(command, args) {
      return new Promise((resolve, reject) => {
        // stdin is a pipe that stays open while this process lives: a listener script ends
        // when it closes, so nothing outlives a test run however long the run takes.
        const child = spawn('ip', ['netns', 'exec', name, command, ...args], {
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        children.push(child);
        let out = '';
        const timer = setTimeout(() => reject(new Error(`${command} did not get ready: ${out}`)), 30000);
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('ready')) {
            clearTimeout(timer);
            resolve(child);
          }
        });
        child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`${command} exited (${code}): ${out}`));
        });
      });
    },
    destroy,
  };
}

/**
 * A node script run inside the namespace: TCP listeners and UDP responders on both
 * families, bound to the given addresses, printing `ready` when all are up.
 */
export function listenerScript(
  addresses: string[],
  tcp: number[],
  udp: number[],
): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pc-listeners-'));
  const path = join(dir, 'listeners.cjs');
  writeFileSync(
    path,
    `
const net = require('node:net');
const dgram = require('node:dgram');
const addresses = ${JSON.stringify(addresses)};
const tcp = ${JSON.stringify(tcp)};
const udp = ${JSON.stringify(udp)};
let pending = addresses.length * (tcp.length + udp.length);
const up = () => { if (--pending === 0) console.log('ready'); };
for (const host of addresses) {
  for (const port of tcp) {
    net.createServer((s) => { s.on('error', () => {}); s.end(); }).listen({ host, port }, up);
  }
  for (const port of udp) {
    const s = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
    s.on('message', (msg, rinfo) => s.send(Buffer.from('pong'), rinfo.port, rinfo.address));
    s.bind(port, host, up);
  }
}
// Ends when the test process does (its end of the stdin pipe closes), never on a clock.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
`,
  );
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
