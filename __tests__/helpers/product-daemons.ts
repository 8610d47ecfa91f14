/**
 * HTTP products on real Debian daemons (Apache, lighttpd, HAProxy, Squid, Tinyproxy, the
 * Prometheus node exporter, Prometheus, etcd, InfluxDB), each started by a DaemonLab on the
 * addresses and ports given: used by __tests__/fingerprint/http-products.test.ts and by
 * bench/accuracy.mjs (which transpiles this file, so it imports only node: modules and ./daemons).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DaemonLab } from './daemons.js';

export const ORIGIN_PAGE = '<html><body>portcullis origin 7c1e</body></html>\n';

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const tcp = (address: string, port: number) => ({ address, port, protocol: 'tcp' as const });

export async function lighttpd(lab: DaemonLab, address: string, ports: number[]) {
  const dir = lab.tempDir('lighttpd', 'www-data');
  fs.mkdirSync(path.join(dir, 'www'));
  write(path.join(dir, 'www'), 'index.html', ORIGIN_PAGE);
  const extra = ports.slice(1).map((p) => `$SERVER["socket"] == "${address}:${p}" { }`);
  const conf = write(
    dir,
    'lighttpd.conf',
    [
      `server.document-root = "${dir}/www"`,
      `server.bind = "${address}"`,
      `server.port = ${ports[0]}`,
      `server.errorlog = "${dir}/error.log"`,
      'index-file.names = ( "index.html" )',
      ...extra,
      '',
    ].join('\n'),
  );
  return lab.start({
    name: 'lighttpd',
    command: '/usr/sbin/lighttpd',
    args: ['-D', '-f', conf],
    listeners: ports.map((p) => tcp(address, p)),
  });
}

export async function apache(lab: DaemonLab, address: string, ports: number[]) {
  const dir = lab.tempDir('apache');
  const conf = write(
    dir,
    'apache.conf',
    [
      `ServerRoot ${dir}`,
      `DefaultRuntimeDir ${dir}`,
      `PidFile ${dir}/apache.pid`,
      `Mutex file:${dir} default`,
      'LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so',
      'LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so',
      'User www-data',
      'Group www-data',
      'ServerName portcullis-test',
      ...ports.map((p) => `Listen ${address}:${p}`),
      `ErrorLog ${dir}/error.log`,
      `DocumentRoot ${dir}`,
      '',
    ].join('\n'),
  );
  return lab.start({
    name: 'apache2',
    command: '/usr/sbin/apache2',
    args: ['-DFOREGROUND', '-f', conf],
    listeners: ports.map((p) => tcp(address, p)),
  });
}

export async function haproxy(lab: DaemonLab, address: string) {
  const dir = lab.tempDir('haproxy');
  const conf = write(
    dir,
    'haproxy.cfg',
    [
      'global',
      '  maxconn 64',
      'defaults',
      '  mode http',
      '  timeout connect 1s',
      '  timeout client 5s',
      '  timeout server 5s',
      // The statistics page where operators usually put it, and on an odd port at /.
      'frontend stats',
      `  bind ${address}:8404`,
      '  stats enable',
      '  stats uri /stats',
      'frontend stats-odd',
      `  bind ${address}:18404`,
      '  stats enable',
      '  stats uri /',
      'frontend web',
      `  bind ${address}:80`,
      `  bind ${address}:18080`,
      '  default_backend none',
      'backend none',
      '',
    ].join('\n'),
  );
  return lab.start({
    name: 'haproxy',
    command: '/usr/sbin/haproxy',
    args: ['-db', '-f', conf],
    listeners: [8404, 18404, 80, 18080].map((p) => tcp(address, p)),
  });
}

export async function squid(lab: DaemonLab, address: string, ports: number[], open: boolean, name: string) {
  const dir = lab.tempDir(`squid-${name}`, 'proxy');
  const conf = write(
    dir,
    'squid.conf',
    [
      ...ports.map((p) => `http_port ${address}:${p}`),
      'pid_filename none',
      `cache_log ${dir}/cache.log`,
      'access_log none',
      'cache deny all',
      `coredump_dir ${dir}`,
      `http_access ${open ? 'allow' : 'deny'} all`,
      'shutdown_lifetime 1 seconds',
      '',
    ].join('\n'),
  );
  return lab.start({
    name: `squid-${name}`,
    command: '/usr/sbin/squid',
    // -n: its own service name, so two instances never share shared-memory segments.
    args: ['-N', '-n', `pc${name}${process.pid}`, '-f', conf],
    listeners: ports.map((p) => tcp(address, p)),
    timeoutMs: 30_000,
  });
}

export async function tinyproxy(lab: DaemonLab, address: string, port: number, open: boolean) {
  const dir = lab.tempDir('tinyproxy');
  const conf = write(
    dir,
    'tinyproxy.conf',
    [
      'User nobody',
      'Group nogroup',
      `Port ${port}`,
      `Listen ${address}`,
      'Timeout 10',
      // Refusing: only an address nothing here uses may connect.
      `Allow ${open ? '127.0.0.0/8' : '192.0.2.1'}`,
      'MaxClients 16',
      'LogLevel Error',
      '',
    ].join('\n'),
  );
  return lab.start({
    name: 'tinyproxy',
    command: '/usr/bin/tinyproxy',
    args: ['-d', '-c', conf],
    listeners: [tcp(address, port)],
  });
}

export async function nodeExporter(lab: DaemonLab, address: string, port: number) {
  return lab.start({
    name: 'node-exporter',
    command: '/usr/bin/prometheus-node-exporter',
    args: [`--web.listen-address=${address}:${port}`],
    listeners: [tcp(address, port)],
  });
}

export async function prometheus(lab: DaemonLab, address: string, port: number) {
  const dir = lab.tempDir('prometheus');
  const conf = write(dir, 'prometheus.yml', 'global: {}\nscrape_configs: []\n');
  return lab.start({
    name: 'prometheus',
    command: '/usr/bin/prometheus',
    args: [
      `--config.file=${conf}`,
      `--storage.tsdb.path=${dir}/data`,
      `--web.listen-address=${address}:${port}`,
    ],
    listeners: [tcp(address, port)],
    timeoutMs: 30_000,
  });
}

export async function etcd(lab: DaemonLab, address: string, ports: number[]) {
  const dir = lab.tempDir('etcd');
  const peer = `http://${address}:12380`;
  const clients = ports.map((p) => `http://${address}:${p}`).join(',');
  return lab.start({
    name: 'etcd',
    command: '/usr/bin/etcd',
    args: [
      '--name=t',
      `--data-dir=${dir}/data`,
      `--listen-client-urls=${clients}`,
      `--advertise-client-urls=http://${address}:${ports[0]}`,
      `--listen-peer-urls=${peer}`,
      `--initial-advertise-peer-urls=${peer}`,
      `--initial-cluster=t=${peer}`,
    ],
    listeners: ports.map((p) => tcp(address, p)),
    timeoutMs: 30_000,
  });
}

export async function influxdb(lab: DaemonLab, address: string, port: number) {
  const dir = lab.tempDir('influxdb');
  const conf = write(
    dir,
    'influxdb.conf',
    [
      'reporting-disabled = true',
      `bind-address = "${address}:${port + 2}"`,
      '[meta]',
      `  dir = "${dir}/meta"`,
      '[data]',
      `  dir = "${dir}/data"`,
      `  wal-dir = "${dir}/wal"`,
      '[http]',
      '  enabled = true',
      `  bind-address = "${address}:${port}"`,
      '  auth-enabled = false',
      '',
    ].join('\n'),
  );
  return lab.start({
    name: 'influxdb',
    command: '/usr/bin/influxd',
    args: ['-config', conf],
    listeners: [tcp(address, port)],
    timeoutMs: 30_000,
  });
}
