/**
 * Real Debian daemons of the newer protocol families (mosquitto, nats-server, slapd, rsync in
 * daemon mode, coturn, Dropbear, openbsd-inetd's chargen and daytime), each started by a
 * DaemonLab on the address and ports given: used by the real-daemon tests in
 * __tests__/fingerprint/{brokers,directories,realtime,ssh-products,amplifiers}.test.ts and by
 * bench/accuracy.mjs (which transpiles this file, so it imports only node: modules and ./daemons),
 * so that the tests and the bench start the same daemons.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { DaemonLab } from './daemons.js';

const tcp = (address: string, port: number) => ({ address, port, protocol: 'tcp' as const });
const udp = (address: string, port: number) => ({ address, port, protocol: 'udp' as const });

/** One mosquitto with a listener per entry; `anonymous` says whether that listener allows it. */
export function mosquitto(
  lab: DaemonLab,
  address: string,
  listeners: { port: number; anonymous: boolean }[],
) {
  const dir = lab.tempDir('mosquitto', 'mosquitto');
  fs.writeFileSync(
    `${dir}/mosquitto.conf`,
    [
      'per_listener_settings true',
      'persistence false',
      'log_dest stderr',
      ...listeners.flatMap((l) => [
        `listener ${l.port} ${address}`,
        `allow_anonymous ${l.anonymous ? 'true' : 'false'}`,
      ]),
      '',
    ].join('\n'),
  );
  return lab.start({
    name: 'mosquitto',
    command: '/usr/sbin/mosquitto',
    args: ['-c', `${dir}/mosquitto.conf`],
    user: 'mosquitto',
    listeners: listeners.map((l) => tcp(address, l.port)),
  });
}

/** nats-server on `port`; with `password`, it requires user portcullis and that password. */
export function nats(lab: DaemonLab, address: string, port: number, password?: string) {
  return lab.start({
    name: password ? 'nats-auth' : 'nats-open',
    command: '/usr/sbin/nats-server',
    args: [
      '-a',
      address,
      '-p',
      String(port),
      ...(password ? ['--user', 'portcullis', '--pass', password] : []),
    ],
    user: 'daemon',
    listeners: [tcp(address, port)],
  });
}

/** slapd with one mdb database (dc=portcullis,dc=test); anonymous bind allowed or refused. */
export function slapd(lab: DaemonLab, address: string, port: number, anonymous: boolean) {
  const dir = lab.tempDir(`slapd${port}`);
  fs.mkdirSync(`${dir}/db`);
  fs.writeFileSync(
    `${dir}/slapd.conf`,
    [
      'include /etc/ldap/schema/core.schema',
      `pidfile ${dir}/slapd.pid`,
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      ...(anonymous ? [] : ['disallow bind_anon', 'require authc']),
      'database mdb',
      'suffix "dc=portcullis,dc=test"',
      'rootdn "cn=admin,dc=portcullis,dc=test"',
      'rootpw not-the-password-1',
      `directory ${dir}/db`,
      '',
    ].join('\n'),
  );
  return lab.start({
    name: `slapd-${port}`,
    command: '/usr/sbin/slapd',
    args: ['-d', '0', '-h', `ldap://${address}:${port}/`, '-f', `${dir}/slapd.conf`],
    listeners: [tcp(address, port)],
  });
}

/** rsync in daemon mode with one module, pub, listed (`list = yes`) or not. */
export function rsyncd(lab: DaemonLab, address: string, port: number, listable: boolean) {
  const dir = lab.tempDir(`rsync${port}`);
  fs.mkdirSync(`${dir}/pub`);
  fs.writeFileSync(
    `${dir}/rsyncd.conf`,
    [
      'use chroot = no',
      `pid file = ${dir}/rsyncd.pid`,
      '[pub]',
      `  path = ${dir}/pub`,
      '  comment = public files',
      `  list = ${listable ? 'yes' : 'no'}`,
      '',
    ].join('\n'),
  );
  return lab.start({
    name: `rsyncd-${port}`,
    command: '/usr/bin/rsync',
    args: [
      '--daemon',
      '--no-detach',
      `--config=${dir}/rsyncd.conf`,
      `--address=${address}`,
      `--port=${port}`,
    ],
    listeners: [tcp(address, port)],
  });
}

/** coturn's turnserver, STUN/TURN over UDP and TCP on `port` (no TLS/DTLS, no auth, no CLI). */
export function coturn(lab: DaemonLab, address: string, port: number) {
  const dir = lab.tempDir(`coturn${port}`);
  return lab.start({
    name: `turnserver-${port}`,
    command: '/usr/bin/turnserver',
    args: [
      '-n',
      `--listening-ip=${address}`,
      `--listening-port=${port}`,
      `--relay-ip=${address}`,
      '--no-tls',
      '--no-dtls',
      '--no-cli',
      '--no-auth',
      `--pidfile=${dir}/turnserver.pid`,
      '--log-file=stdout',
      '--simple-log',
    ],
    listeners: [udp(address, port), tcp(address, port)],
  });
}

/** Dropbear with a fresh ed25519 host key, listening on every port given. */
export function dropbear(lab: DaemonLab, address: string, ports: number[]) {
  const dir = lab.tempDir('dropbear');
  execFileSync('/usr/bin/dropbearkey', ['-t', 'ed25519', '-f', `${dir}/host_ed25519`], { stdio: 'ignore' });
  return lab.start({
    name: 'dropbear',
    command: '/usr/sbin/dropbear',
    args: [
      '-F',
      '-E',
      '-r',
      `${dir}/host_ed25519`,
      ...ports.flatMap((p) => ['-p', `${address}:${p}`]),
      '-P',
      `${dir}/pid`,
    ],
    listeners: ports.map((p) => tcp(address, p)),
  });
}

/**
 * openbsd-inetd's built-in chargen (19/tcp) and daytime (13/tcp). inetd knows its built-ins by
 * service name only, so they run on their usual ports; its UDP built-ins never answer a 127/8
 * source (spoofing protection), so TCP only.
 */
export function inetdAmplifiers(lab: DaemonLab, address: string) {
  const dir = lab.tempDir('inetd-amplifiers');
  fs.writeFileSync(
    `${dir}/inetd.conf`,
    `${address}:chargen stream tcp nowait root internal\n${address}:daytime stream tcp nowait root internal\n`,
  );
  return lab.start({
    name: 'inetd-amplifiers',
    command: '/usr/sbin/inetd',
    args: ['-i', `${dir}/inetd.conf`],
    listeners: [tcp(address, 19), tcp(address, 13)],
  });
}
