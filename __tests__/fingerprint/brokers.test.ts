/**
 * Message brokers: Debian's mosquitto (anonymous allowed on one listener, refused on another)
 * and nats-server (without and with a password), and spec-built AMQP 0-9-1 and Kafka answers
 * from listeners of the test's own (RabbitMQ and Kafka are too slow to start for CI).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import type { Finding } from '../../src/model.js';
import { parseAmqp } from '../../src/fingerprint/protocols/amqp.js';
import { CATALOGUE } from '../../src/catalogue/index.js';
import { kafkaApiVersions, mqttConnect } from '../../src/catalogue/records/brokers.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { mosquitto, nats } from '../helpers/protocol-daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

const record = (name: string) => CATALOGUE.find((r) => r.name === name)!;

/** AMQP 0-9-1 Connection.Start (§1.4.2.1) as RabbitMQ sends it: server-properties, mechanisms, locales. */
export function connectionStart(props: Record<string, string>, mechanisms: string): Buffer {
  const entries = Object.entries(props).map(([k, v]) => {
    const value = Buffer.from(v);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(value.length);
    return Buffer.concat([Buffer.from([k.length]), Buffer.from(k), Buffer.from('S'), len, value]);
  });
  // A boolean and a nested table first, as RabbitMQ's "capabilities" comes before "product".
  const nested = Buffer.concat([
    Buffer.from([9]),
    Buffer.from('publisher'),
    Buffer.from('t'),
    Buffer.from([1]),
  ]);
  const capLen = Buffer.alloc(4);
  capLen.writeUInt32BE(nested.length);
  const caps = Buffer.concat([
    Buffer.from([12]),
    Buffer.from('capabilities'),
    Buffer.from('F'),
    capLen,
    nested,
  ]);
  const table = Buffer.concat([caps, ...entries]);
  const longstr = (b: Buffer) => {
    const l = Buffer.alloc(4);
    l.writeUInt32BE(b.length);
    return Buffer.concat([l, b]);
  };
  const payload = Buffer.concat([
    Buffer.from([0, 10, 0, 10, 0, 9]),
    longstr(table),
    longstr(Buffer.from(mechanisms)),
    longstr(Buffer.from('en_US')),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(payload.length);
  return Buffer.concat([Buffer.from([1, 0, 0]), size, payload, Buffer.from([0xce])]);
}

/** Kafka ApiVersions v0 response (KIP-35): size, correlation id, error_code 0, [api_key, min, max]. */
function apiVersionsResponse(correlation: Buffer): Buffer {
  const keys = [0, 1, 3, 18].map((k) => {
    const b = Buffer.alloc(6);
    b.writeInt16BE(k, 0);
    b.writeInt16BE(0, 2);
    b.writeInt16BE(3, 4);
    return b;
  });
  const count = Buffer.alloc(4);
  count.writeInt32BE(keys.length);
  const body = Buffer.concat([correlation, Buffer.from([0, 0]), count, ...keys]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length);
  return Buffer.concat([size, body]);
}

describe('broker parsers (pure)', () => {
  test('CONNACK 0 is anonymous, 5 and 4 are not, 1 names MQTT without the fact; our CONNECT is one frame + DISCONNECT', () => {
    const mqtt = record('mqtt');
    expect(matchRules(mqtt, Buffer.from([0x20, 2, 0, 0]))?.evidence).toEqual({
      'mqtt.anonymous': true,
      'mqtt.connack': 0,
    });
    expect(matchRules(mqtt, Buffer.from([0x20, 2, 0, 5]))?.evidence['mqtt.anonymous']).toBe(false);
    expect(matchRules(mqtt, Buffer.from([0x20, 2, 0, 4]))?.evidence['mqtt.anonymous']).toBe(false);
    expect(matchRules(mqtt, Buffer.from([0x20, 2, 0, 1]))).toMatchObject({ service: 'mqtt', evidence: {} });
    expect(matchRules(mqtt, mqttConnect())).toBeUndefined();
    expect(matchRules(mqtt, Buffer.from('HTTP/1.1 400 Bad Request\r\n'))).toBeUndefined();
    const c = mqttConnect();
    expect(c[1]).toBe(c.length - 4);
  });
  test('NATS INFO: auth_required true, absent; the version; a line without server_id is not NATS', () => {
    const nats = record('nats');
    const info = (extra: string) =>
      Buffer.from(`INFO {"server_id":"X","version":"2.9.10","go":"go1.19"${extra}}\r\n`);
    expect(matchRules(nats, info(',"auth_required":true'))).toMatchObject({
      product: 'NATS',
      version: '2.9.10',
      evidence: { 'nats.auth_required': true },
    });
    expect(matchRules(nats, info(''))?.evidence).toEqual({ 'nats.auth_required': false });
    expect(matchRules(nats, Buffer.from('INFO {"a":1}\r\n'))).toBeUndefined();
  });
  test('AMQP Connection.Start: product, version, mechanisms; a protocol header; garbage', () => {
    const start = connectionStart({ product: 'RabbitMQ', version: '3.12.1' }, 'PLAIN AMQPLAIN ANONYMOUS');
    expect(parseAmqp(start)).toMatchObject({
      service: 'amqp',
      product: 'RabbitMQ',
      version: '3.12.1',
      evidence: {
        'amqp.protocol': '0-9',
        'amqp.mechanisms': 'PLAIN AMQPLAIN ANONYMOUS',
        'amqp.anonymous_mechanism': true,
      },
    });
    expect(parseAmqp(Buffer.from('AMQP\x03\x01\x00\x00', 'latin1'))?.evidence).toEqual({
      'amqp.protocol': '3-1-0-0',
    });
    expect(parseAmqp(Buffer.alloc(64, 0xff))).toBeUndefined();
    expect(parseAmqp(start.subarray(0, 20))?.service).toBe('amqp');
  });
  test('Kafka: an answer naming our correlation id; the request itself is not one', () => {
    const kafka = record('kafka');
    const req = kafkaApiVersions();
    expect(matchRules(kafka, apiVersionsResponse(req.subarray(8, 12)))?.evidence).toEqual({
      'kafka.api_versions': true,
    });
    expect(matchRules(kafka, apiVersionsResponse(Buffer.from([0, 0, 0, 7])))).toBeUndefined();
    expect(matchRules(kafka, req)).toBeUndefined();
  });
});

const env = requireDaemons([]);
const missing = ['/usr/sbin/mosquitto', '/usr/sbin/nats-server'].filter((b) => !existsSync(b));
const reason = env.ok
  ? missing.length
    ? `${missing.join(', ')} missing (.ci/apt-packages.txt)`
    : ''
  : env.reason;
if (reason) console.log(`broker daemon tests skipped: ${reason}`);
const run = reason ? describe.skip : describe;

run('brokers on the wire: mosquitto, nats-server, spec-built AMQP and Kafka', () => {
  const lab = new DaemonLab('brokers');
  let addr = '';
  const servers: Server[] = [];
  let findings: Finding[] = [];
  const ODD = { mqttClosed: 18830, natsAuth: 14222, amqp: 15672, kafka: 19092 };

  const listen = async (port: number, onData: (d: Buffer) => Buffer | undefined) => {
    const s = createServer((c) => {
      c.on('data', (d) => {
        const out = onData(d);
        if (out) c.write(out);
      });
      c.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => s.listen(port, addr, resolve));
    servers.push(s);
  };

  beforeAll(async () => {
    addr = await lab.address();
    await Promise.all([
      mosquitto(lab, addr, [
        { port: 1883, anonymous: true },
        { port: ODD.mqttClosed, anonymous: false },
      ]),
      nats(lab, addr, 4222),
      nats(lab, addr, ODD.natsAuth, 'not-the-password-1'),
    ]);
    const start = connectionStart({ product: 'RabbitMQ', version: '3.12.1' }, 'PLAIN AMQPLAIN');
    await listen(ODD.amqp, (d) => (d.subarray(0, 4).toString() === 'AMQP' ? start : undefined));
    await listen(ODD.kafka, (d) =>
      d.length >= 12 && d.readInt16BE(4) === 18 ? apiVersionsResponse(d.subarray(8, 12)) : undefined,
    );
    findings = await fingerprintAll(
      [1883, ODD.mqttClosed, 4222, ODD.natsAuth, ODD.amqp, ODD.kafka].map((p) => openPort(addr, p)),
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(async () => {
    for (const s of servers) s.close();
    await lab.close();
  });

  test('mosquitto: anonymous accepted on 1883, refused on the odd listener', () => {
    expect(findingAt(findings, addr, 1883)).toMatchObject({
      service: { name: 'mqtt', confidence: 'high' },
      evidence: { 'mqtt.anonymous': true, 'mqtt.connack': 0 },
    });
    expect(findingAt(findings, addr, ODD.mqttClosed)).toMatchObject({
      service: { name: 'mqtt', confidence: 'high' },
      evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 5 },
    });
  });

  test('nats-server: auth not required on 4222, required on the odd port; product and version', () => {
    const open = findingAt(findings, addr, 4222);
    expect(open).toMatchObject({
      service: { name: 'nats', product: 'NATS' },
      evidence: { 'nats.auth_required': false },
    });
    expect(open.service?.version).toMatch(/^2\.\d+\.\d+/);
    expect(findingAt(findings, addr, ODD.natsAuth)).toMatchObject({
      service: { name: 'nats' },
      evidence: { 'nats.auth_required': true },
    });
  });

  test('AMQP and Kafka on odd ports: found by their own probes', () => {
    expect(findingAt(findings, addr, ODD.amqp)).toMatchObject({
      service: { name: 'amqp', product: 'RabbitMQ', version: '3.12.1' },
      evidence: { 'amqp.anonymous_mechanism': false },
    });
    expect(findingAt(findings, addr, ODD.kafka)).toMatchObject({
      service: { name: 'kafka' },
      evidence: { 'kafka.api_versions': true },
    });
  });
});
