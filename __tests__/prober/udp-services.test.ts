import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/prober/index.js';
import { udpProbeFor } from '../../src/prober/udp-payloads.js';
import { parsePorts, probeTasks, resolveTargets } from '../../src/targets/index.js';
import { hasCommand } from './helpers.js';
import { createNamespace, namespaceSkipReason, type Namespace } from './netns.js';

/**
 * Real Debian daemons in a namespace of our own, each answering the prober's UDP payload:
 * dnsmasq (DNS), chrony (NTP), snmpd (SNMP v2c), memcached, OpenVPN and strongSwan's
 * charon (IKE on 500 and 4500, NAT-T). The control: an empty datagram, which is all a
 * payload-less prober would send, gets silence from every one of them.
 */
const DAEMONS = {
  dns: { port: 53, binary: '/usr/sbin/dnsmasq', pkg: 'dnsmasq-base' },
  ntp: { port: 123, binary: '/usr/sbin/chronyd', pkg: 'chrony' },
  snmp: { port: 161, binary: '/usr/sbin/snmpd', pkg: 'snmpd' },
  memcached: { port: 11211, binary: '/usr/bin/memcached', pkg: 'memcached' },
  openvpn: { port: 1194, binary: '/usr/sbin/openvpn', pkg: 'openvpn' },
  ike: { port: 500, binary: '/usr/lib/ipsec/charon', pkg: 'strongswan-charon' },
} as const;

const base = namespaceSkipReason(['openssl']);
const missing = Object.values(DAEMONS).filter((d) => !hasCommand(d.binary));
const skip = base ?? (missing.length ? `not installed: ${missing.map((d) => d.pkg).join(', ')}` : undefined);
if (skip) console.warn(`skipping the UDP service tests: ${skip}`);
const maybe = skip ? describe.skip : describe;

maybe('UDP payloads against real daemons', () => {
  let ns: Namespace;
  let dir = '';
  const children: ChildProcess[] = [];

  const start = (command: string, args: string[]) => {
    const child = spawn('ip', ['netns', 'exec', ns.name, command, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.once('exit', (code) => {
      if (code) console.warn(`${command} exited with ${code}: ${err}`);
    });
    children.push(child);
  };

  beforeAll(async () => {
    ns = createNamespace('udp');
    dir = mkdtempSync(join(tmpdir(), 'pc-udp-'));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const a = ns.v4;
    start(DAEMONS.dns.binary, [
      '-k',
      '--conf-file=/dev/null',
      '--no-resolv',
      '--no-hosts',
      '--bind-interfaces',
      `--listen-address=${a}`,
      '--port=53',
      `--pid-file=${join(dir, 'dnsmasq.pid')}`,
    ]);
    start(DAEMONS.ntp.binary, [
      '-d',
      '-x',
      '-u',
      '_chrony',
      '-f',
      file(
        'chrony.conf',
        `port 123\nbindaddress ${a}\nallow all\nlocal stratum 10\ncmdport 0\npidfile ${dir}/chronyd.pid\ndriftfile ${dir}/drift\n`,
      ),
    ]);
    start(DAEMONS.snmp.binary, [
      '-f',
      '-Lo',
      '-C',
      '-I',
      '-smux',
      '-p',
      join(dir, 'snmpd.pid'),
      '-c',
      file('snmpd.conf', `agentAddress udp:${a}:161\nrocommunity public\n`),
    ]);
    start(DAEMONS.memcached.binary, ['-l', a, '-p', '11211', '-U', '11211', '-u', 'memcache']);
    // OpenVPN needs a CA-signed server certificate (no tls-auth, so it answers a client's reset).
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    ssl(
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-subj',
      '/CN=portcullis-test-ca',
      '-days',
      '1',
    );
    ssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=portcullis-test-server');
    ssl(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '1',
    );
    start(DAEMONS.openvpn.binary, [
      '--mode',
      'server',
      '--tls-server',
      '--proto',
      'udp4',
      '--local',
      a,
      '--port',
      '1194',
      '--dev',
      'tun',
      '--ifconfig-noexec',
      '--route-noexec',
      '--dh',
      'none',
      '--verb',
      '1',
      '--ca',
      join(dir, 'ca.crt'),
      '--cert',
      join(dir, 'server.crt'),
      '--key',
      join(dir, 'server.key'),
    ]);
    // charon binds 0.0.0.0:500/4500 only, which is why everything lives in a namespace.
    start(DAEMONS.ike.binary, []);

    const wanted = [53, 123, 161, 11211, 1194, 500, 4500];
    const deadline = Date.now() + 15000;
    for (;;) {
      const table = ns.exec('ss', ['-lunH']);
      const up = wanted.filter((p) => new RegExp(`:${p}\\s`).test(table));
      if (up.length === wanted.length) break;
      if (Date.now() > deadline)
        throw new Error(`UDP daemons not listening: ${wanted.filter((p) => !up.includes(p))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 40000);

  afterAll(() => {
    for (const c of children) if (c.pid && c.exitCode === null) process.kill(c.pid, 'SIGKILL');
    ns?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gets a reply from DNS, NTP, SNMP v2c, memcached, OpenVPN and IKE (500 and 4500)', async () => {
    const targets = await resolveTargets([ns.v4]);
    const ports = parsePorts('udp:53,123,161,500,1194,4500,11211,1195');
    const result = await scan(probeTasks(targets, ports), ports.count, {
      keepClosed: true,
      // Daemons answer in milliseconds, but a busy runner may not schedule them that fast:
      // silence costs up to 4 × 3 s here, an answer nothing.
      timeoutMs: 3000,
      minTimeoutMs: 1000,
      retries: 3,
    });
    const states = Object.fromEntries(
      [...result.open, ...result.others].map((r) => [r.port, `${r.state} ${r.reason}`]),
    );
    expect(states).toEqual({
      53: 'open reply',
      123: 'open reply',
      161: 'open reply',
      500: 'open reply',
      1194: 'open reply',
      4500: 'open reply',
      11211: 'open reply',
      1195: 'closed refused',
    });
  }, 60000);

  it('control: the same daemons ignore an empty datagram, so the payloads are what makes them answer', async () => {
    // One socket per question; `tries` datagrams a second apart until a reply or the last wait ends.
    const answers = (port: number, payload: Buffer, tries: number, waitMs: number) =>
      new Promise<boolean>((resolve) => {
        const s = createSocket('udp4');
        let sent = 0;
        let timer: NodeJS.Timeout | undefined;
        const done = (answer: boolean) => {
          clearTimeout(timer);
          s.close();
          resolve(answer);
        };
        const send = () => {
          if (sent++ === tries) return done(false);
          s.send(payload);
          timer = setTimeout(send, waitMs);
        };
        s.on('message', () => done(true));
        s.on('error', () => done(true));
        s.connect(port, ns.v4, send);
      });
    for (const port of [53, 123, 161, 500, 1194, 4500, 11211]) {
      // A slow daemon errs on the safe side here (it looks silent), so one short wait is enough;
      // the reply to the payload is given five tries, so that a loaded machine cannot fail it.
      expect({ port, answersEmpty: await answers(port, Buffer.alloc(0), 1, 700) }).toEqual({
        port,
        answersEmpty: false,
      });
      expect({ port, answersPayload: await answers(port, udpProbeFor(port)!.payload, 5, 1000) }).toEqual({
        port,
        answersPayload: true,
      });
    }
  }, 60000);
});
