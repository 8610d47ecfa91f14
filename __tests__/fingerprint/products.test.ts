/**
 * Products behind HTTP that Debian does not package (or that cannot run
 * here): each answered by a Node listener the test starts on an address of
 * its own (127.46.15.x), with the status lines, headers and bodies the
 * product's API documentation specifies (Docker Engine API v1.43,
 * Kubernetes API and kubelet, Vault, Consul, Elasticsearch/OpenSearch,
 * CouchDB, ClickHouse, Grafana, Jaeger, Kibana, Jenkins, Jupyter, RabbitMQ
 * management, etcd with authentication on). The Node inspector is real: a
 * `node --inspect` child. Also: open proxies proven (or not) against Node
 * proxies, the bound on requests per port, and the pure parts (de-chunking,
 * framing, garbage).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { dechunk, readAnswer, responseDone } from '../../src/fingerprint/products/exchange.js';
import { MAX_REQUESTS, nameFromRoot } from '../../src/fingerprint/products/identify.js';
import { PRODUCTS } from '../../src/fingerprint/products/table.js';
import type { Finding } from '../../src/model.js';
import { selfSignedCert } from '../helpers/daemons.js';
import { findingAt, openPort } from './real-daemons.js';

type Route = { status: number; headers?: Record<string, string>; body?: string };
type Routes = Record<string, Route>;

interface Listener {
  address: string;
  port: number;
  /** Request lines received ("GET /version"). */
  requests: string[];
  close(): Promise<void>;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
const GO_404: Route = {
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body: '404 page not found\n',
};
const DOCKER_HEADERS = {
  'Api-Version': '1.43',
  'Docker-Experimental': 'false',
  Ostype: 'linux',
  Server: 'Docker/24.0.7 (linux)',
};

/** Spec-built answers, per product: path → answer; '*' answers every other path. */
const SPECS: Record<string, Routes> = {
  docker: {
    '*': {
      status: 404,
      headers: { ...JSON_TYPE, ...DOCKER_HEADERS },
      body: '{"message":"page not found"}\n',
    },
    'GET /_ping': {
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...DOCKER_HEADERS },
      body: 'OK',
    },
    'GET /version': {
      status: 200,
      headers: { ...JSON_TYPE, ...DOCKER_HEADERS },
      body: JSON.stringify({
        Platform: { Name: 'Docker Engine - Community' },
        Version: '24.0.7',
        ApiVersion: '1.43',
        MinAPIVersion: '1.12',
        GitCommit: '311b9ff',
        GoVersion: 'go1.20.10',
        Os: 'linux',
        Arch: 'amd64',
      }),
    },
  },
  'kubernetes-anonymous-refused': {
    '*': {
      status: 403,
      headers: JSON_TYPE,
      body: '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"forbidden: User \\"system:anonymous\\" cannot get path \\"/\\"","reason":"Forbidden","details":{},"code":403}',
    },
    'GET /version': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"major":"1","minor":"28","gitVersion":"v1.28.2","gitCommit":"89a4ea3","gitTreeState":"clean","goVersion":"go1.20.8","compiler":"gc","platform":"linux/amd64"}',
    },
  },
  'kubernetes-open': {
    '*': GO_404,
    'GET /': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"paths":["/api","/api/v1","/apis","/healthz","/version"]}',
    },
    'GET /version': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"major":"1","minor":"27","gitVersion":"v1.27.4","platform":"linux/amd64"}',
    },
    'GET /api/v1/namespaces': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"kind":"NamespaceList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]}',
    },
  },
  'kubelet-refused': {
    '*': GO_404,
    'GET /healthz': { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'ok' },
    'GET /pods': {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'Forbidden (user=system:anonymous, verb=get, resource=nodes, subresource=proxy)',
    },
  },
  'kubelet-open': {
    '*': GO_404,
    'GET /pods': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"kind":"PodList","apiVersion":"v1","metadata":{},"items":[]}',
    },
  },
  'etcd-auth': {
    '*': GO_404,
    'GET /version': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"etcdserver":"3.5.10","etcdcluster":"3.5.0"}',
    },
    'POST /v3/kv/range': {
      status: 400,
      headers: JSON_TYPE,
      body: '{"error":"etcdserver: user name is empty","code":3,"message":"etcdserver: user name is empty"}',
    },
  },
  vault: {
    '*': { status: 404, headers: JSON_TYPE, body: '{"errors":[]}\n' },
    'GET /': {
      status: 307,
      headers: { Location: '/ui/', 'Content-Type': 'text/html; charset=utf-8' },
      body: '<a href="/ui/">Temporary Redirect</a>.\n',
    },
    'GET /v1/sys/health': {
      status: 200,
      headers: { ...JSON_TYPE, 'Cache-Control': 'no-store' },
      body: '{"initialized":true,"sealed":false,"standby":false,"performance_standby":false,"replication_performance_mode":"disabled","replication_dr_mode":"disabled","server_time_utc":1701300000,"version":"1.15.2","cluster_name":"vault-cluster-1"}',
    },
  },
  consul: {
    '*': {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: '404 page not found\n',
    },
    'GET /': {
      status: 301,
      headers: { Location: '/ui/', 'Content-Type': 'text/html; charset=utf-8' },
      body: '<a href="/ui/">Moved Permanently</a>.\n',
    },
    'GET /v1/status/leader': {
      status: 200,
      headers: { ...JSON_TYPE, 'X-Consul-Default-Acl-Policy': 'allow' },
      body: '"127.0.0.1:8300"',
    },
    'GET /v1/agent/self': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"Config":{"Datacenter":"dc1","NodeName":"n1","Server":true,"Version":"1.16.1"},"Member":{"Name":"n1"}}',
    },
  },
  'elasticsearch-open': {
    '*': { status: 404, headers: JSON_TYPE, body: '{"error":"no handler"}' },
    'GET /': {
      status: 200,
      headers: { ...JSON_TYPE, 'X-elastic-product': 'Elasticsearch' },
      body: '{"name":"es01","cluster_name":"docker-cluster","cluster_uuid":"Qx","version":{"number":"8.11.1","build_flavor":"default","lucene_version":"9.8.0"},"tagline":"You Know, for Search"}',
    },
    'GET /_cluster/health': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"cluster_name":"docker-cluster","status":"green"}',
    },
  },
  'elasticsearch-secured': {
    '*': {
      status: 401,
      headers: { ...JSON_TYPE, 'WWW-Authenticate': 'Basic realm="security" charset="UTF-8"' },
      body: '{"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication credentials for REST request [/]"}],"type":"security_exception","reason":"missing authentication credentials for REST request [/]"},"status":401}',
    },
  },
  opensearch: {
    '*': { status: 404, headers: JSON_TYPE, body: '{}' },
    'GET /': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"name":"os1","cluster_name":"opensearch","version":{"distribution":"opensearch","number":"2.11.0"},"tagline":"The OpenSearch Project: https://opensearch.org/"}',
    },
  },
  'couchdb-open': {
    '*': {
      status: 404,
      headers: { ...JSON_TYPE, Server: 'CouchDB/2.3.1 (Erlang OTP/19)' },
      body: '{"error":"not_found","reason":"missing"}',
    },
    'GET /': {
      status: 200,
      headers: { ...JSON_TYPE, Server: 'CouchDB/2.3.1 (Erlang OTP/19)' },
      body: '{"couchdb":"Welcome","version":"2.3.1","git_sha":"c298091a4","features":["pluggable-storage-engines","scheduler"],"vendor":{"name":"The Apache Software Foundation"}}\n',
    },
    'GET /_all_dbs': { status: 200, headers: JSON_TYPE, body: '["_replicator","_users"]\n' },
  },
  'couchdb-secured': {
    '*': { status: 404, headers: JSON_TYPE, body: '{"error":"not_found"}' },
    'GET /': {
      status: 200,
      headers: { ...JSON_TYPE, Server: 'CouchDB/3.3.3 (Erlang OTP/24)' },
      body: '{"couchdb":"Welcome","version":"3.3.3","git_sha":"40afbcfc7","vendor":{"name":"The Apache Software Foundation"}}\n',
    },
    'GET /_all_dbs': {
      status: 401,
      headers: JSON_TYPE,
      body: '{"error":"unauthorized","reason":"You are not a server admin."}\n',
    },
  },
  'clickhouse-open': {
    '*': {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
      body: 'There is no handle /x\n',
    },
    'GET /': { status: 200, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body: 'Ok.\n' },
    'GET /?query=SELECT%20version()': {
      status: 200,
      headers: {
        'Content-Type': 'text/tab-separated-values; charset=UTF-8',
        'X-ClickHouse-Server-Display-Name': 'ch1',
        'X-ClickHouse-Format': 'TabSeparated',
        'X-ClickHouse-Summary': '{"read_rows":"1","read_bytes":"1","written_rows":"0"}',
      },
      body: '23.8.2.7\n',
    },
  },
  'clickhouse-refused': {
    '*': {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
      body: 'There is no handle\n',
    },
    'GET /': { status: 200, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body: 'Ok.\n' },
    'GET /?query=SELECT%20version()': {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=UTF-8', 'X-ClickHouse-Exception-Code': '516' },
      body: 'Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 23.8.2.7 (official build))\n',
    },
  },
  grafana: {
    '*': { status: 404, headers: JSON_TYPE, body: '{"message":"Not found"}' },
    'GET /': {
      status: 302,
      headers: { Location: '/login', 'Content-Type': 'text/html; charset=utf-8' },
      body: '<a href="/login">Found</a>.\n\n',
    },
    'GET /api/health': {
      status: 200,
      headers: JSON_TYPE,
      body: '{\n  "commit": "161e3cac5075540918e3a39004f2364ad104d5bb",\n  "database": "ok",\n  "version": "10.2.2"\n}',
    },
  },
  jaeger: {
    '*': { status: 404, headers: { 'Content-Type': 'text/plain' }, body: '404 page not found\n' },
    'GET /': {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html lang="en"><head><title>Jaeger UI</title></head><body><div id="jaeger-ui-root"></div></body></html>',
    },
    'GET /api/services': {
      status: 200,
      headers: JSON_TYPE,
      body: '{"data":["frontend","jaeger-all-in-one"],"total":2,"limit":0,"offset":0,"errors":null}',
    },
  },
  kibana: {
    '*': {
      status: 404,
      headers: { ...JSON_TYPE, 'kbn-name': 'kibana' },
      body: '{"statusCode":404,"error":"Not Found"}',
    },
    'GET /': {
      status: 302,
      headers: { Location: '/spaces/enter', 'kbn-name': 'kibana', 'kbn-license-sig': 'da42' },
      body: '',
    },
    'GET /api/status': {
      status: 401,
      headers: { ...JSON_TYPE, 'kbn-name': 'kibana' },
      body: '{"statusCode":401,"error":"Unauthorized","message":"Unauthorized"}',
    },
  },
  jenkins: {
    '*': {
      status: 403,
      headers: { 'X-Jenkins': '2.426.1', 'X-Hudson': '1.395', 'Content-Type': 'text/html;charset=utf-8' },
      body: '<html><head><title>Authentication required</title></head></html>',
    },
  },
  'jupyter-open': {
    '*': {
      status: 404,
      headers: { Server: 'TornadoServer/6.3.3', 'Content-Type': 'text/html' },
      body: '<html><title>404: Not Found</title></html>',
    },
    'GET /': { status: 302, headers: { Server: 'TornadoServer/6.3.3', Location: '/tree?' }, body: '' },
    'GET /api': {
      status: 200,
      headers: { Server: 'TornadoServer/6.3.3', ...JSON_TYPE },
      body: '{"version": "6.5.4"}',
    },
    'GET /api/kernels': { status: 200, headers: { Server: 'TornadoServer/6.3.3', ...JSON_TYPE }, body: '[]' },
  },
  'rabbitmq-management': {
    '*': { status: 404, headers: { 'Content-Type': 'text/html' }, body: 'not found' },
    'GET /': {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
      body: '<!DOCTYPE html><html><head><title>RabbitMQ Management</title></head><body></body></html>',
    },
  },
  // A web server that answers an absolute URI with its own page: never an open proxy.
  'own-page': {
    '*': {
      status: 200,
      headers: { 'Content-Type': 'text/html', Server: 'nginx/1.22.1' },
      body: '<html>own page 51d2</html>',
    },
  },
  // An endpoint for the proxies to reach: recognised by its direct answer.
  origin: {
    '*': { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>origin 9b4f</html>' },
  },
  // A look-alike: Docker's header, anything but Docker's answers.
  'docker-lookalike': {
    '*': { status: 200, headers: { 'Api-Version': '1.43', 'Content-Type': 'text/plain' }, body: 'hello' },
  },
};

/** [spec, product, version, facts that must hold]. */
const CASES: Array<[string, string, string | undefined, Record<string, unknown>]> = [
  ['docker', 'docker', '24.0.7', { 'docker.unauthenticated': true }],
  ['kubernetes-anonymous-refused', 'kubernetes', 'v1.28.2', { 'kubernetes.unauthenticated': false }],
  ['kubernetes-open', 'kubernetes', 'v1.27.4', { 'kubernetes.unauthenticated': true }],
  ['kubelet-refused', 'kubelet', undefined, { 'kubelet.unauthenticated': false }],
  ['kubelet-open', 'kubelet', undefined, { 'kubelet.unauthenticated': true }],
  ['etcd-auth', 'etcd', '3.5.10', { 'etcd.unauthenticated': false }],
  ['vault', 'vault', '1.15.2', {}],
  ['consul', 'consul', '1.16.1', { 'consul.unauthenticated': true }],
  ['elasticsearch-open', 'elasticsearch', '8.11.1', { 'elasticsearch.unauthenticated': true }],
  ['elasticsearch-secured', 'elasticsearch', undefined, { 'elasticsearch.unauthenticated': false }],
  ['opensearch', 'opensearch', '2.11.0', { 'opensearch.unauthenticated': true }],
  ['couchdb-open', 'couchdb', '2.3.1', { 'couchdb.unauthenticated': true }],
  ['couchdb-secured', 'couchdb', '3.3.3', { 'couchdb.unauthenticated': false }],
  ['clickhouse-open', 'clickhouse', '23.8.2.7', { 'clickhouse.unauthenticated': true }],
  ['clickhouse-refused', 'clickhouse', undefined, { 'clickhouse.unauthenticated': false }],
  ['grafana', 'grafana', '10.2.2', {}],
  ['jaeger', 'jaeger', undefined, { 'jaeger.unauthenticated': true }],
  ['kibana', 'kibana', undefined, { 'kibana.unauthenticated': false }],
  ['jenkins', 'jenkins', '2.426.1', { 'jenkins.unauthenticated': false }],
  ['jupyter-open', 'jupyter', '6.5.4', { 'jupyter.unauthenticated': true }],
  ['rabbitmq-management', 'rabbitmq-management', undefined, {}],
];

function routeFor(routes: Routes, method: string, url: string): Route {
  return routes[`${method} ${url}`] ?? routes['*'] ?? { status: 404 };
}

function listen(server: http.Server | https.Server | net.Server, address: string): Promise<{ port: number }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, address, () => resolve({ port: (server.address() as net.AddressInfo).port }));
  });
}

async function serve(
  address: string,
  routes: Routes,
  tls?: { cert: string; key: string },
): Promise<Listener> {
  const requests: string[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      const r = routeFor(routes, req.method ?? 'GET', req.url ?? '/');
      res.writeHead(r.status, r.headers);
      res.end(r.body ?? '');
    });
  };
  const server = tls
    ? https.createServer({ cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) }, handler)
    : http.createServer(handler);
  const { port } = await listen(server, address);
  return {
    address,
    port,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())).then(() => undefined),
  };
}

/** A forward proxy (absolute URI and CONNECT) that records every target it was asked for. */
async function proxy(address: string, mode: 'absolute' | 'connect'): Promise<Listener> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (mode !== 'absolute' || !/^http:\/\//.test(req.url ?? '')) {
      res.writeHead(400, { 'Content-Type': 'text/plain', Server: 'test-proxy' });
      res.end('proxy: absolute URIs only');
      return;
    }
    const u = new URL(req.url ?? '');
    const up = http.request(
      {
        host: u.hostname,
        port: Number(u.port),
        path: u.pathname + u.search,
        method: req.method,
        headers: { connection: 'close' },
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end('bad gateway');
    });
    up.end();
  });
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    requests.push(`CONNECT ${req.url}`);
    if (mode !== 'connect') {
      socket.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const up = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  const { port } = await listen(server, address);
  return {
    address,
    port,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

let nextHost = 40;
const freshAddress = () => `127.46.15.${nextHost++}`;

describe('products behind HTTP, spec-built answers', () => {
  const listeners: Record<string, Listener> = {};
  let inspector: ChildProcess | undefined;
  let inspectorAt: { address: string; port: number } | undefined;
  let tlsDir = '';
  let findings: Finding[] = [];

  beforeAll(async () => {
    for (const name of Object.keys(SPECS)) listeners[name] = await serve(freshAddress(), SPECS[name]);
    // Docker's API behind TLS too (2376): the product is named inside HTTPS.
    tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portcullis-products-'));
    listeners['docker-tls'] = await serve(freshAddress(), SPECS.docker, selfSignedCert(tlsDir, 'docker'));
    listeners['proxy-absolute'] = await proxy(freshAddress(), 'absolute');
    listeners['proxy-connect'] = await proxy(freshAddress(), 'connect');
    // The real Node inspector, on an address of its own.
    const address = freshAddress();
    const port = 19229 + (process.pid % 500);
    inspector = spawn(
      process.execPath,
      [`--inspect=${address}:${port}`, '-e', 'setInterval(() => {}, 1e6)'],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 15_000;
    for (;;) {
      const up = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, address, () => (s.destroy(), resolve(true)));
        s.on('error', () => resolve(false));
      });
      if (up) break;
      if (Date.now() > deadline) throw new Error('the Node inspector did not listen');
      await new Promise((r) => setTimeout(r, 50));
    }
    inspectorAt = { address, port };
    findings = await fingerprintAll(
      [...Object.values(listeners).map((l) => openPort(l.address, l.port)), openPort(address, port)],
      { timeoutMs: 10_000, replyWaitMs: 2_000, concurrency: 8 },
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all(Object.values(listeners).map((l) => l.close()));
    if (inspector?.pid) process.kill(inspector.pid);
    fs.rmSync(tlsDir, { recursive: true, force: true });
  });

  const at = (name: string) => findingAt(findings, listeners[name].address, listeners[name].port);

  test.each(CASES)('%s: product %s, version %s', (spec, product, version, facts) => {
    const f = at(spec);
    expect([f.service?.name, f.service?.product, f.service?.version]).toEqual(['http', product, version]);
    for (const [k, v] of Object.entries(facts)) {
      expect([k, f.evidence[k]]).toEqual([k, v]);
      // Each fact says which exchange proved it: "GET /path → status …".
      expect(String(f.evidence[`${k}_proof`])).toMatch(/^(GET|POST) \/\S* → \d{3} /);
    }
    expect(String(f.evidence['http.product_proof'])).toMatch(/^(GET|POST) \/\S* → \d{3} /);
  });

  test('Docker behind TLS is https, product docker', () => {
    const f = at('docker-tls');
    expect([f.service?.name, f.service?.product, f.service?.tls]).toEqual(['https', 'docker', true]);
    expect(f.evidence['docker.unauthenticated']).toBe(true);
  });

  test('the real Node inspector is named, and is a debugger anyone can attach to', () => {
    const f = findingAt(findings, inspectorAt!.address, inspectorAt!.port);
    expect([f.service?.name, f.service?.product]).toEqual(['http', 'node-inspector']);
    expect(f.service?.version).toBe(process.versions.node);
    expect(f.evidence['node_inspector.unauthenticated']).toBe(true);
    expect(f.evidence['node_inspector.unauthenticated_proof']).toMatch(/^GET \/json\/version → 200/);
  });

  test('a look-alike with Docker’s header is not an unauthenticated Docker API', () => {
    const f = at('docker-lookalike');
    expect(f.service?.product).not.toBe('docker');
    expect(f.evidence['docker.unauthenticated']).toBeUndefined();
  });

  test('each port gets a bounded number of requests', () => {
    for (const [name, l] of Object.entries(listeners)) {
      if (name.startsWith('proxy')) continue;
      // The HTTP probe's own GET /, the product's requests, and the open-proxy check (GET / once more).
      expect([name, l.requests.length <= MAX_REQUESTS + 3]).toEqual([name, true]);
    }
  });

  test('open proxies are proven by forwarding, by absolute URI or by CONNECT', () => {
    for (const name of ['proxy-absolute', 'proxy-connect']) {
      const f = at(name);
      expect([name, f.evidence['http.open_proxy']]).toEqual([name, true]);
    }
    expect(at('proxy-absolute').evidence['http.open_proxy_proof']).toMatch(
      /^GET http:\/\/\S+\/ → 200, the answer \S+ gave directly/,
    );
    expect(at('proxy-connect').evidence['http.open_proxy_proof']).toMatch(
      /^CONNECT \S+ → 200, then GET \/ → 200, the answer \S+ gave directly/,
    );
  });

  test('proxies are asked only for endpoints of this scan, never their own, never a name', () => {
    const scanned = new Set(findings.map((f) => `${f.host}:${f.port}`));
    for (const name of ['proxy-absolute', 'proxy-connect']) {
      const l = listeners[name];
      const targets = l.requests
        .map((r) => /^(?:GET http:\/\/([^/]+)\/|CONNECT (\S+))$/.exec(r))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => m[1] ?? m[2]);
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) {
        expect([name, t, scanned.has(t)]).toEqual([name, t, true]);
        expect(t).not.toBe(`${l.address}:${l.port}`);
        expect(net.isIP(t.split(':')[0])).toBe(4);
      }
    }
  });

  test('a web server that answers an absolute URI with its own page is not an open proxy', () => {
    expect(at('own-page').evidence['http.open_proxy']).toBeUndefined();
    expect(at('origin').evidence['http.open_proxy']).toBeUndefined();
  });
});

describe('product identification, pure parts', () => {
  test('de-chunking keeps what parses, and knows when the body ends', () => {
    const raw = Buffer.from('5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n');
    expect(dechunk(raw)).toEqual({ body: Buffer.from('hello world'), done: true });
    expect(dechunk(raw.subarray(0, 12)).done).toBe(false);
    expect(dechunk(Buffer.from('zz\r\nx')).done).toBe(true);
  });

  test('a response is whole by Content-Length, chunking, or a status without a body', () => {
    expect(responseDone(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab'))).toBe(false);
    expect(responseDone(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc'))).toBe(true);
    expect(responseDone(Buffer.from('HTTP/1.1 204 No Content\r\n\r\n'))).toBe(true);
    expect(responseDone(Buffer.from('HTTP/1.1 200 Connection established\r\n\r\n'), 'CONNECT')).toBe(true);
    expect(
      responseDone(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n')),
    ).toBe(true);
  });

  test('garbage names nothing and never throws', () => {
    for (const bytes of [
      '',
      'garbage',
      'HTTP/1.1 200 OK\r\n\r\n',
      'HTTP/1.1 200 OK\r\nServer: \u0000\u00ff\r\n\r\n{',
    ]) {
      const res = readAnswer(Buffer.from(bytes, 'latin1'));
      if (res) expect(nameFromRoot(res)).toBeUndefined();
    }
  });

  test('a Server header names the web server, with its version, printable and bounded', () => {
    const res = readAnswer(Buffer.from(`HTTP/1.1 200 OK\r\nServer: nginx/1.22.1${'x'.repeat(600)}\r\n\r\n`));
    const found = nameFromRoot(res!);
    expect(found?.record.name).toBe('nginx');
    expect(found?.version?.length).toBeLessThanOrEqual(64);
  });

  test('every product record is well formed: lower-case unique names, an evidence namespace, clues', () => {
    const names = PRODUCTS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PRODUCTS) {
      expect(p.name).toMatch(/^[a-z0-9-]+$/);
      expect(p.ns).toMatch(/^[a-z0-9_]+$/);
      expect((p.root?.length ?? 0) + (p.probes?.length ?? 0)).toBeGreaterThan(0);
    }
  });
});
