import type { ProtocolRecord } from '../types.js';

/**
 * Message brokers: MQTT, AMQP, NATS and Kafka. What a policy needs from each is whether a
 * stranger may use it without credentials.
 */

/**
 * MQTT 3.1.1 CONNECT (OASIS MQTT 3.1.1 §3.1): protocol level 4, clean session, keep-alive 30 s,
 * client id "portcullis", no user name or password; then DISCONNECT (§3.14), so an accepted
 * session ends at once.
 */
export function mqttConnect(): Buffer {
  const variable = Buffer.from([0, 4, ...Buffer.from('MQTT'), 4, 0x02, 0, 30]);
  const clientId = Buffer.from('portcullis');
  const payload = Buffer.concat([Buffer.from([0, clientId.length]), clientId]);
  const body = Buffer.concat([variable, payload]);
  return Buffer.concat([Buffer.from([0x10, body.length]), body, Buffer.from([0xe0, 0x00])]);
}

/** CONNACK (§3.2): 0x20, remaining length 2, session-present flag (0 or 1), return code. */
const CONNACK = '^\\x20\\x02[\\x00\\x01]';

export const mqtt: ProtocolRecord = {
  name: 'mqtt',
  service: 'mqtt',
  description: 'MQTT: a 3.1.1 CONNECT without user name or password; the CONNACK return code',
  group: 'Message brokers',
  tcp: { weight: 30, ports: [1883], probe: mqttConnect() },
  matches: [
    { pattern: new RegExp(`${CONNACK}\\x00`), evidence: { 'mqtt.anonymous': true, 'mqtt.connack': 0 } },
    {
      pattern: new RegExp(`${CONNACK}\\x05`),
      evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 5 },
    },
    {
      pattern: new RegExp(`${CONNACK}\\x04`),
      evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 4 },
    },
    // 1: protocol level refused (an MQTT 5-only broker), 2: client id refused, 3: unavailable.
    { pattern: new RegExp(`${CONNACK}[\\x01-\\x03]`), evidence: {} },
  ],
  evidence: {
    'mqtt.anonymous': {
      type: 'boolean',
      meaning:
        'true: a CONNECT without user name or password got CONNACK 0 (accepted); false: CONNACK 4 (bad user name or password) or 5 (not authorized). Absent for any other return code',
    },
    'mqtt.connack': { type: 'number', meaning: 'the CONNACK return code (0 accepted, 4 or 5 refused)' },
  },
};

export const amqp: ProtocolRecord = {
  name: 'amqp',
  service: 'amqp',
  description: 'AMQP 0-9-1: the protocol header; Connection.Start names the product and its mechanisms',
  group: 'Message brokers',
  tcp: { weight: 28, ports: [5672] },
  evidence: {
    'amqp.protocol': {
      type: 'string',
      meaning:
        'the protocol version of Connection.Start ("0-9"), or the protocol header the server answered with instead ("0-0-9-1", "3-1-0-0" for AMQP 1.0 over SASL)',
    },
    'amqp.product': { type: 'string', meaning: '"product" of the server-properties', text: true },
    'amqp.version': { type: 'string', meaning: '"version" of the server-properties', text: true },
    'amqp.mechanisms': { type: 'string', meaning: 'the SASL mechanisms Connection.Start offers', text: true },
    'amqp.anonymous_mechanism': {
      type: 'boolean',
      meaning: 'the mechanisms offered include ANONYMOUS (a login without credentials)',
    },
  },
};

/**
 * A NATS INFO banner (the server speaks first): JSON on one line. `auth_required` is present
 * only when the server demands credentials. The groups: version.
 */
const NATS_INFO = '^INFO \\{(?=[^\\r\\n]*"server_id"\\s*:)';
const NATS_VERSION = '(?:(?=[^\\r\\n]*"version"\\s*:\\s*"([^"\\r\\n]{1,40})")|)';

export const nats: ProtocolRecord = {
  name: 'nats',
  service: 'nats',
  description: 'NATS: the INFO banner, whose JSON says whether the server requires authentication',
  group: 'Message brokers',
  tcp: { weight: 26, ports: [4222], greeting: true },
  matches: [
    {
      pattern: new RegExp(`${NATS_INFO}(?=[^\\r\\n]*"auth_required"\\s*:\\s*true)${NATS_VERSION}`),
      product: 'NATS',
      version: '$1',
      evidence: { 'nats.auth_required': true },
    },
    {
      pattern: new RegExp(`${NATS_INFO}${NATS_VERSION}`),
      product: 'NATS',
      version: '$1',
      evidence: { 'nats.auth_required': false },
    },
  ],
  evidence: {
    'nats.auth_required': {
      type: 'boolean',
      meaning: 'the INFO banner says "auth_required": true (false: the key is absent or false)',
    },
  },
};

/**
 * Kafka ApiVersions v0 (KIP-35): size, api_key 18, api_version 0, correlation id "PC\0\1",
 * client id "portcullis". Every broker since 0.10 answers it before authentication.
 */
export function kafkaApiVersions(): Buffer {
  const clientId = Buffer.from('portcullis');
  const body = Buffer.alloc(10);
  body.writeInt16BE(18, 0);
  body.writeInt16BE(0, 2);
  body.writeUInt32BE(0x50430001, 4);
  body.writeInt16BE(clientId.length, 8);
  const msg = Buffer.concat([body, clientId]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(msg.length);
  return Buffer.concat([size, msg]);
}

export const kafka: ProtocolRecord = {
  name: 'kafka',
  service: 'kafka',
  description: 'Kafka: an ApiVersions request; the answer names our correlation id',
  group: 'Message brokers',
  tcp: { weight: 24, ports: [9092], probe: kafkaApiVersions() },
  matches: [
    {
      // size (a small 32-bit length), our correlation id, error_code 0 or 35 (UNSUPPORTED_VERSION).
      pattern: /^\x00[\x00-\x0f][\s\S]{2}PC\x00\x01\x00[\x00\x23]/,
      evidence: { 'kafka.api_versions': true },
    },
  ],
  evidence: {
    'kafka.api_versions': {
      type: 'boolean',
      meaning: 'an ApiVersions request was answered with our correlation id, before any authentication',
    },
  },
};
