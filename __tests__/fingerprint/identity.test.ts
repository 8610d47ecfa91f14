/**
 * Issue 12, the fingerprint's part (cases 6, 7, 8): every finding says how it
 * was identified; TLS that offers ALPN but never answers HTTP is `tls`, not
 * `https`; silence on a TCP port that accepted the connection is recorded
 * (`tls.silent`, `http.silent`) and makes a TLS requirement violated; and an
 * identification that names only a transport keeps the port number's denial.
 *
 * Every listener is this test's own, on addresses of its own in 127.46.212.0/24
 * (Linux routes all of 127/8 to lo: no alias needed). Port 443 needs root;
 * that case is skipped, saying so, when the test does not run as root.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll, findingFromPort } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { evaluate, loadPolicyFromString } from '../../src/policy/index.js';
import { openPort } from './real-daemons.js';
import { selfSignedCert } from '../helpers/daemons.js';

const ALPN_HOST = '127.46.212.1';
const SILENT_HOST = '127.46.212.2';
const SEARCH_HOST = '127.46.212.3';
const PLAIN_HOST = '127.46.212.4';

/** Generous windows: the test checks what is identified, not how fast, on a loaded 2-core machine. */
const TIMING = { timeoutMs: 6000, bannerWaitMs: 300, replyWaitMs: 800 } as const;

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
let dir = '';
let credentials: { key: Buffer; cert: Buffer };

function track(s: net.Socket): void {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
  s.on('error', () => undefined);
}

function listen(server: net.Server, host: string, port: number): Promise<number | undefined> {
  servers.push(server);
  // Probes send cleartext to TLS listeners and hang up mid-handshake: that is their right.
  server.on('tlsClientError', () => undefined);
  return new Promise((resolve) => {
    server.once('error', () => resolve(undefined));
    server.listen(port, host, () => resolve((server.address() as net.AddressInfo).port));
  });
}

async function judge(f: Finding, ...policy: string[]) {
  const p = await loadPolicyFromString(policy.join('\n') + '\n', 'p.yml');
  return evaluate([f], p, { vantage: 'untrusted', now: new Date('2026-11-26T10:00:00Z') }).verdicts[0];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'portcullis-identity-'));
  selfSignedCert(dir, 'portcullis-test');
  credentials = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('how a finding was identified', () => {
  test('a greeting is a banner, an answer to our probe an exchange, nothing parsed the port number', async () => {
    const ssh = net.createServer((s) => {
      track(s);
      s.write('SSH-2.0-TestServer_1.0\r\n');
    });
    const web = net.createServer((s) => {
      track(s);
      s.once('data', () =>
        s.end('HTTP/1.1 301 Moved\r\nLocation: https://example.com/\r\nContent-Length: 0\r\n\r\n'),
      );
    });
    const sshPort = await listen(ssh, PLAIN_HOST, 0);
    const webPort = await listen(web, PLAIN_HOST, 0);
    if (sshPort === undefined || webPort === undefined) throw new Error(`cannot listen on ${PLAIN_HOST}`);
    const [a, b] = await fingerprintAll(
      [openPort(PLAIN_HOST, sshPort), openPort(PLAIN_HOST, webPort)],
      TIMING,
    );
    expect(a.service).toMatchObject({ name: 'ssh', identifiedBy: 'banner' });
    expect(b.service).toMatchObject({ name: 'http', identifiedBy: 'exchange' });
    expect(b.evidence['http.redirects_to_https']).toBe(true);
    expect(findingFromPort(openPort(PLAIN_HOST, 22)).service).toMatchObject({
      name: 'ssh',
      confidence: 'low',
      identifiedBy: 'port',
    });
  });
});

describe('TLS with ALPN and no HTTP answer (case 6)', () => {
  test('is tls, says the HTTP request got no reply, and fails an allow rule for https', async () => {
    // A shell behind TLS 1.3 would look like this: it offers h2 and http/1.1, then says nothing.
    const server = tls.createServer({ ...credentials, ALPNProtocols: ['h2', 'http/1.1'] }, (s) => track(s));
    const port = await listen(server, ALPN_HOST, 8443);
    if (port === undefined) throw new Error(`cannot listen on ${ALPN_HOST}:8443`);
    const [f] = await fingerprintAll([openPort(ALPN_HOST, port)], TIMING);
    expect(f.service).toMatchObject({ name: 'tls', tls: true, identifiedBy: 'exchange' });
    expect(['h2', 'http/1.1']).toContain(f.evidence['tls.alpn']);
    expect(f.evidence['tls.version']).toBe('1.3');
    expect(f.evidence['http.silent']).toBe(true);
    expect(f.evidence['http.status']).toBeUndefined();
    const v = await judge(
      f,
      'version: 1',
      'default: deny',
      `allow: [{ id: web, port: ${port}, service: https, require: { tls: ">=1.2" } }]`,
    );
    expect(v).toMatchObject({ outcome: 'fail', rule: { id: 'default' } });
  });
});

describe('a silent port on 443 (case 8)', () => {
  test('records that the TLS probe got no reply, and its TLS requirement is violated', async () => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: binding port 443 needs root (CI runs as root)');
      return;
    }
    // Accepts every connection and never says a byte.
    const server = net.createServer((s) => track(s));
    const port = await listen(server, SILENT_HOST, 443);
    if (port === undefined) throw new Error(`cannot listen on ${SILENT_HOST}:443`);
    const [f] = await fingerprintAll([openPort(SILENT_HOST, 443)], TIMING);
    expect(f.service).toMatchObject({ name: 'https', confidence: 'low', identifiedBy: 'port' });
    expect(f.evidence).toMatchObject({ 'tls.silent': true, 'http.silent': true });
    expect(f.evidence['tls.version']).toBeUndefined();
    const v = await judge(
      f,
      'version: 1',
      'unverified: warn',
      'allow: [{ id: web, port: 443, require: { tls: ">=1.2" } }]',
    );
    expect(v.outcome).toBe('fail');
    expect(v.requirements.tls).toMatchObject({ state: 'violated' });
    expect(v.requirements.tls.detail).toContain('the TLS probe got no reply');
  });
});

describe('Elasticsearch look-alike over TLS on 9200 (case 7)', () => {
  test('is https by exchange, and still denied as a database by the port number', async () => {
    const server = https.createServer(credentials, (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        '{"name":"node-1","cluster_name":"search","version":{"number":"8.13.0"},"tagline":"You Know, for Search"}',
      );
    });
    server.on('connection', (s: net.Socket) => track(s));
    const port = await listen(server, SEARCH_HOST, 9200);
    if (port === undefined) throw new Error(`cannot listen on ${SEARCH_HOST}:9200`);
    const [f] = await fingerprintAll([openPort(SEARCH_HOST, 9200)], TIMING);
    expect(f.service).toMatchObject({ name: 'https', identifiedBy: 'exchange' });
    const policy = [
      'version: 1',
      'extends: [portcullis:recommended]',
      'allow: [{ id: search, port: 9200, protocol: tcp }]',
    ];
    const fingerprinted = await judge(f, ...policy);
    const portOnly = await judge(findingFromPort(openPort(SEARCH_HOST, 9200)), ...policy);
    expect([fingerprinted.outcome, fingerprinted.rule.id]).toEqual(['fail', 'no-databases-untrusted']);
    expect([portOnly.outcome, portOnly.rule.id]).toEqual(['fail', 'no-databases-untrusted']);
  });
});
