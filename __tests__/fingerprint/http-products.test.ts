/**
 * Products behind HTTP, on real Debian daemons the test starts on its own
 * loopback addresses, each on its usual port and on an odd one: Apache,
 * lighttpd, HAProxy (a frontend and its statistics page), Squid and
 * Tinyproxy (as open proxies, and refusing to forward), the Prometheus node
 * exporter, Prometheus, etcd and InfluxDB. Every fact must name the
 * exchange that proved it; an open proxy is proven only by forwarding to an
 * endpoint of this same scan (lighttpd's page, which it answers directly).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons, type Daemon } from '../helpers/daemons.js';
import {
  apache,
  etcd,
  haproxy,
  influxdb,
  lighttpd,
  nodeExporter,
  prometheus,
  squid,
  tinyproxy,
} from '../helpers/product-daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const env = requireDaemons([
  'nginx',
  'apache2',
  'lighttpd',
  'haproxy',
  'squid',
  'tinyproxy',
  'node-exporter',
  'prometheus',
  'etcd',
  'influxdb',
]);
if (!env.ok) console.log(`HTTP product fingerprint tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('HTTP products on real daemons, usual and odd ports', () => {
  const lab = new DaemonLab('httpprod');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];
  const daemons: Daemon[] = [];

  // Every endpoint scanned: [address key, port].
  const scanned: Array<[string, number]> = [
    ['origin', 80],
    ['origin', 18088],
    ['apache', 80],
    ['apache', 18081],
    ['apache', 443],
    ['nginx', 443],
    ['nginx', 80],
    ['nginx', 18443],
    ['nginx', 18080],
    ['haproxy', 80],
    ['haproxy', 18080],
    ['haproxy', 8404],
    ['haproxy', 18404],
    ['squidOpen', 3128],
    ['squidOpen', 13128],
    ['squidDenied', 3128],
    ['tinyOpen', 8888],
    ['tinyOpen', 18888],
    ['tinyDenied', 8888],
    ['exporter', 9100],
    ['exporter', 19100],
    ['prometheus', 9090],
    ['prometheus', 19090],
    ['etcd', 2379],
    ['etcd', 12379],
    ['influx', 8086],
    ['influx', 18086],
  ];

  beforeAll(async () => {
    for (const k of new Set(scanned.map(([k]) => k))) at[k] = await lab.address();
    daemons.push(
      ...(await Promise.all([
        lighttpd(lab, at.origin, [80, 18088]),
        apache(lab, at.apache, [80, 18081, 443]),
        lab.nginx({ address: at.nginx, port: 443, redirectPort: 80 }),
        lab.nginx({ address: at.nginx, port: 18443, redirectPort: 18080 }),
        haproxy(lab, at.haproxy),
        squid(lab, at.squidOpen, [3128, 13128], true, 'open'),
        squid(lab, at.squidDenied, [3128], false, 'deny'),
        tinyproxy(lab, at.tinyOpen, 8888, true),
        tinyproxy(lab, at.tinyOpen, 18888, true),
        tinyproxy(lab, at.tinyDenied, 8888, false),
        nodeExporter(lab, at.exporter, 9100),
        nodeExporter(lab, at.exporter, 19100),
        prometheus(lab, at.prometheus, 9090),
        prometheus(lab, at.prometheus, 19090),
        etcd(lab, at.etcd, [2379, 12379]),
        influxdb(lab, at.influx, 8086),
        influxdb(lab, at.influx, 18086),
      ])),
    );
    findings = await fingerprintAll(
      scanned.map(([k, p]) => openPort(at[k], p)),
      { ...DAEMON_TIMING, concurrency: 8 },
    );
  }, 120_000);

  afterAll(() => lab.close(), 60_000);

  const f = (k: string, port: number) => findingAt(findings, at[k], port);

  test.each([
    ['origin', 80, 'lighttpd', /^1\.4\./],
    ['origin', 18088, 'lighttpd', /^1\.4\./],
    ['apache', 80, 'apache', /^2\.4\./],
    ['apache', 18081, 'apache', /^2\.4\./],
    ['nginx', 80, 'nginx', /^1\./],
    ['nginx', 18080, 'nginx', /^1\./],
    ['haproxy', 80, 'haproxy', undefined],
    ['haproxy', 18080, 'haproxy', undefined],
    ['squidOpen', 3128, 'squid', /^\d+\.\d+/],
    ['squidOpen', 13128, 'squid', /^\d+\.\d+/],
    ['tinyOpen', 8888, 'tinyproxy', /^1\./],
    ['tinyOpen', 18888, 'tinyproxy', /^1\./],
    ['exporter', 9100, 'node-exporter', undefined],
    ['exporter', 19100, 'node-exporter', undefined],
    ['prometheus', 9090, 'prometheus', /^2\./],
    ['prometheus', 19090, 'prometheus', /^2\./],
    ['etcd', 2379, 'etcd', /^3\./],
    ['etcd', 12379, 'etcd', /^3\./],
    ['influx', 8086, 'influxdb', /^1\./],
    ['influx', 18086, 'influxdb', /^1\./],
  ] as const)('%s:%d is http, product %s', (k, port, product, version) => {
    const x = f(k, port);
    expect([x.service?.name, x.service?.product, x.service?.identifiedBy]).toEqual([
      'http',
      product,
      'exchange',
    ]);
    if (version) expect(x.service?.version).toMatch(version);
    expect(typeof x.evidence['http.product_proof']).toBe('string');
  });

  test("plain HTTP on https's port: the facts are GET /'s, not the answer to a TLS ClientHello", () => {
    // The ClientHello sent first on 443 draws Apache's 400; that names HTTP, and then GET / is asked.
    const x = f('apache', 443);
    expect([x.service?.name, x.service?.product, x.service?.tls]).toEqual(['http', 'apache', undefined]);
    expect(x.evidence['http.status']).toBe(404);
    expect(x.evidence['http.product_proof']).toBe('GET / → 404 with Server: Apache');
  });

  test('nginx inside TLS is https, product nginx, on its usual port and an odd one', () => {
    for (const port of [443, 18443]) {
      const x = f('nginx', port);
      expect([port, x.service?.name, x.service?.product, x.service?.tls]).toEqual([
        port,
        'https',
        'nginx',
        true,
      ]);
      expect(x.evidence['http.product_proof']).toMatch(/^GET \/ → \d{3} with Server: nginx$/);
    }
  });

  test('open proxies are proven by forwarding to an endpoint of this scan, and say which', () => {
    for (const [k, port] of [
      ['squidOpen', 3128],
      ['squidOpen', 13128],
      ['tinyOpen', 8888],
      ['tinyOpen', 18888],
    ] as const) {
      const x = f(k, port);
      expect([k, port, x.evidence['http.open_proxy']]).toEqual([k, port, true]);
      const proof = String(x.evidence['http.open_proxy_proof']);
      // The endpoint named is one this scan probed, and not the proxy itself.
      const named = /(?:GET http:\/\/|CONNECT )(\S+?):(\d+)/.exec(proof);
      expect(named).not.toBeNull();
      const [host, p] = [named![1], Number(named![2])];
      expect(scanned.some(([sk, sp]) => at[sk] === host && sp === p)).toBe(true);
      expect(`${host}:${p}`).not.toBe(`${at[k]}:${port}`);
      // An endpoint that answered 2xx directly is chosen first (lighttpd's page here).
      expect(proof).toMatch(/→ 200, the answer \S+ gave directly/);
    }
  });

  test('proxies that refuse to forward are not open proxies, and say what they answered', () => {
    for (const [k, port] of [
      ['squidDenied', 3128],
      ['tinyDenied', 8888],
    ] as const) {
      const x = f(k, port);
      expect([k, x.evidence['http.open_proxy']]).not.toEqual([k, true]);
    }
    const squid = f('squidDenied', 3128);
    expect(squid.service?.product).toBe('squid');
    expect(squid.evidence['http.open_proxy']).toBe(false);
    expect(String(squid.evidence['http.open_proxy_proof'])).toMatch(/→ 403.*nothing was forwarded/);
  });

  test('no web server, exporter or store is taken for a proxy', () => {
    for (const [k, port] of scanned) {
      if (k.startsWith('squid') || k.startsWith('tiny')) continue;
      expect([k, port, f(k, port).evidence['http.open_proxy']]).toEqual([k, port, undefined]);
    }
  });

  test('facts name the exchange that proved them', () => {
    for (const port of [2379, 12379]) {
      const e = f('etcd', port).evidence;
      expect(e['etcd.unauthenticated']).toBe(true);
      expect(e['etcd.unauthenticated_proof']).toMatch(/^POST \/v3\/kv\/range → 200/);
    }
    for (const port of [8086, 18086]) {
      const e = f('influx', port).evidence;
      expect(e['influxdb.unauthenticated']).toBe(true);
      expect(e['influxdb.unauthenticated_proof']).toMatch(/^GET \/query\?q=SHOW%20DATABASES → 200/);
    }
    for (const [k, port] of [
      ['exporter', 9100],
      ['prometheus', 9090],
    ] as const) {
      const e = f(k, port).evidence;
      expect(e['prometheus.metrics_exposed']).toBe(true);
      expect(e['prometheus.metrics_exposed_proof']).toMatch(/^GET \/metrics → 200/);
    }
    // The statistics page: at /stats next to a frontend, and at / on its own port.
    for (const port of [8404, 18404]) {
      const e = f('haproxy', port);
      expect([port, e.service?.product, e.evidence['haproxy.stats_exposed']]).toEqual([
        port,
        'haproxy',
        true,
      ]);
      expect(e.service?.version).toMatch(/^2\./);
    }
    expect(f('haproxy', 80).evidence['haproxy.stats_exposed']).toBeUndefined();
  });
});
