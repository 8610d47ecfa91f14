/**
 * ZooKeeper, Cassandra, Microsoft SQL Server and Oracle's TNS listener, from spec-built answers
 * of listeners the test starts on its own loopback address (none of them is in Debian, or cheap
 * to start: ZooKeeper and Cassandra are JVMs).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { CQL_OPTIONS, tnsConnect } from '../../src/catalogue/records/stores.js';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { parseMssql, prelogin } from '../../src/fingerprint/protocols/mssql.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const record = (name: string) => CATALOGUE.find((r) => r.name === name)!;

const SRVR =
  'Zookeeper version: 3.8.0-5a02a05eddb59aee6ac762f7ea82e92a68eb9c0f, built on 2022-02-25 08:49 UTC\nLatency min/avg/max: 0/0.0/0\nReceived: 1\nSent: 0\nConnections: 1\nOutstanding: 0\nZxid: 0x0\nMode: standalone\nNode count: 5\n';
const NOT_WHITELISTED = 'srvr is not executed because it is not in the whitelist.\n';

/** SUPPORTED (CQL v4 §4.2.4) on the request's stream: a string multimap. */
function supported(stream: Buffer): Buffer {
  const str = (s: string) => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s)]);
  const entry = (k: string, vs: string[]) =>
    Buffer.concat([str(k), Buffer.from([0, vs.length]), ...vs.map(str)]);
  const body = Buffer.concat([
    Buffer.from([0, 2]),
    entry('COMPRESSION', ['snappy', 'lz4']),
    entry('CQL_VERSION', ['3.4.5']),
  ]);
  const head = Buffer.from([0x84, 0, 0, 0, 0x06, 0, 0, 0, 0]);
  stream.copy(head, 2);
  head.writeUInt32BE(body.length, 5);
  return Buffer.concat([head, body]);
}

/** PRELOGIN answer (MS-TDS §2.2.6.5) of SQL Server 2019 (15.0.2000) with `encryption`. */
function preloginAnswer(encryption: number): Buffer {
  const table = Buffer.from([0, 0, 11, 0, 6, 1, 0, 17, 0, 1, 0xff]);
  const data = Buffer.from([15, 0, 0x07, 0xd0, 0, 0, encryption]);
  const payload = Buffer.concat([table, data]);
  const header = Buffer.from([0x04, 0x01, 0, 0, 0, 0, 0x01, 0x00]);
  header.writeUInt16BE(8 + payload.length, 2);
  return Buffer.concat([header, payload]);
}

/** A TNS REFUSE (type 4) with the listener's version text, as an 11g+ listener answers COMMAND=version. */
function tnsRefuse(): Buffer {
  const text = Buffer.from('(DESCRIPTION=(TMP=)(VSNNUM=318767104)(ERR=0)(ALIAS=LISTENER))', 'latin1');
  const head = Buffer.alloc(12);
  head.writeUInt16BE(12 + text.length, 0);
  head[4] = 0x04;
  head.writeUInt16BE(text.length, 10);
  return Buffer.concat([head, text]);
}

describe('parsers (pure)', () => {
  test('ZooKeeper srvr: version and mode; refused by the whitelist; nothing else', () => {
    expect(matchRules(record('zookeeper'), Buffer.from(SRVR))).toMatchObject({
      product: 'ZooKeeper',
      version: '3.8.0',
      evidence: { 'zookeeper.four_letter_words': true, 'zookeeper.mode': 'standalone' },
    });
    expect(matchRules(record('zookeeper'), Buffer.from(NOT_WHITELISTED))?.evidence).toEqual({
      'zookeeper.four_letter_words': false,
    });
    expect(matchRules(record('zookeeper'), Buffer.from('srvr'))).toBeUndefined();
  });
  test('Cassandra SUPPORTED, MSSQL PRELOGIN, Oracle REFUSE; our own requests are not answers', () => {
    expect(matchRules(record('cassandra'), supported(Buffer.from('PC')))?.evidence).toEqual({
      'cassandra.cql_version': '3.4.5',
    });
    expect(matchRules(record('cassandra'), supported(Buffer.from([0, 7])))).toBeUndefined();
    expect(matchRules(record('cassandra'), CQL_OPTIONS)).toBeUndefined();
    expect(parseMssql(preloginAnswer(2))).toMatchObject({
      version: '15.0.2000',
      evidence: { 'mssql.version': '15.0.2000', 'mssql.encryption': 'not-supported' },
    });
    expect(parseMssql(prelogin())).toBeUndefined();
    expect(parseMssql(Buffer.alloc(64, 0xff))).toBeUndefined();
    expect(matchRules(record('oracle'), tnsRefuse())?.evidence).toEqual({ 'oracle.vsnnum': '318767104' });
    expect(matchRules(record('oracle'), tnsConnect())).toBeUndefined();
  });
});

const env = requireDaemons([]);
if (!env.ok) console.log(`store listener tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('stores on the wire (spec-built answers)', () => {
  const lab = new DaemonLab('stores');
  let addr = '';
  const servers: Server[] = [];
  let findings: Finding[] = [];
  const ODD = { zkClosed: 12181, mssql: 11433 };

  const listen = async (port: number, onData: (d: Buffer) => Buffer | string | undefined) => {
    const s = createServer((c) => {
      c.on('data', (d) => {
        const out = onData(d);
        if (out) c.end(out);
      });
      c.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => s.listen(port, addr, resolve));
    servers.push(s);
  };

  beforeAll(async () => {
    addr = await lab.address();
    // ZooKeeper answers a four-letter word and closes; the whitelist refusal likewise.
    await listen(2181, (d) => (d.toString().startsWith('srvr') ? SRVR : undefined));
    await listen(ODD.zkClosed, (d) => (d.toString().startsWith('srvr') ? NOT_WHITELISTED : undefined));
    await listen(9042, (d) => (d.length >= 9 && d[4] === 0x05 ? supported(d.subarray(2, 4)) : undefined));
    await listen(ODD.mssql, (d) => (d[0] === 0x12 ? preloginAnswer(0) : undefined));
    await listen(1521, (d) => (d.length > 8 && d[4] === 0x01 ? tnsRefuse() : undefined));
    findings = await fingerprintAll(
      [2181, ODD.zkClosed, 9042, ODD.mssql, 1521].map((p) => openPort(addr, p)),
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(async () => {
    for (const s of servers) s.close();
    await lab.close();
  });

  test.each([
    [2181, 'zookeeper', { 'zookeeper.four_letter_words': true, 'zookeeper.mode': 'standalone' }],
    [ODD.zkClosed, 'zookeeper', { 'zookeeper.four_letter_words': false }],
    [9042, 'cassandra', { 'cassandra.cql_version': '3.4.5' }],
    [ODD.mssql, 'mssql', { 'mssql.version': '15.0.2000', 'mssql.encryption': 'off' }],
    [1521, 'oracle', { 'oracle.vsnnum': '318767104' }],
  ] as const)('%i is %s, with its facts', (port, service, evidence) => {
    const f = findingAt(findings, addr, port);
    expect(f.service).toMatchObject({ name: service, confidence: 'high' });
    expect(f.evidence).toMatchObject(evidence);
  });
});
