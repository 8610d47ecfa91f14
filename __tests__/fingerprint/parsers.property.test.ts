/**
 * Every protocol parser against 10,000 generated inputs each: random bytes,
 * and recorded replies from real daemons with bytes flipped, cut, repeated
 * or extended. A parser must never throw and must return a bounded result,
 * whatever a hostile service sends.
 */
import { describe, test } from '@jest/globals';
import fc from 'fast-check';
import fs from 'node:fs';
import { TCP_MODULES, UDP_MODULES } from '../../src/fingerprint/modules.js';
import { readBson } from '../../src/fingerprint/protocols/bson.js';
import { parseDnsMessage } from '../../src/fingerprint/protocols/dns.js';
import { ehloFacts } from '../../src/fingerprint/protocols/smtp.js';
import { authSchemes, httpEvidence, parseHttpResponse } from '../../src/fingerprint/protocols/http-parse.js';
import { numberedReplies } from '../../src/fingerprint/protocols/lines.js';
import { parseMongoReply } from '../../src/fingerprint/protocols/mongodb.js';
import { parseOpenvpnPacket } from '../../src/fingerprint/protocols/openvpn.js';
import { parseErrorFields, parseStartupReply } from '../../src/fingerprint/protocols/postgresql.js';
import { parseRdpConfirm } from '../../src/fingerprint/protocols/rdp.js';
import { parseSmbNegotiate } from '../../src/fingerprint/protocols/smb.js';
import { readTlv } from '../../src/fingerprint/protocols/snmp.js';
import { parseVncSecurity } from '../../src/fingerprint/protocols/vnc.js';

const NUM_RUNS = 10_000;
const dir = new URL('./fixtures/', import.meta.url);
const recorded = fs
  .readdirSync(dir)
  .filter((n) => n.endsWith('.bin'))
  .map((n) => fs.readFileSync(new URL(n, dir)));

/** A recorded reply, mutated: the shapes a parser's deep paths see. */
const mutated = fc
  .tuple(
    fc.constantFrom(...recorded),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    fc.nat(),
    fc.uint8Array({ maxLength: 64 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([base, flips, cut, tail, repeat]) => {
    const b = Buffer.from(base);
    for (const [i, v] of flips) if (b.length) b[i % b.length] = v;
    const cutAt = b.length ? cut % (b.length + 1) : 0;
    return Buffer.concat([...Array.from({ length: repeat }, () => b.subarray(0, cutAt)), Buffer.from(tail)]);
  });

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048, size: 'large' }).map((a) => Buffer.from(a)),
  mutated,
  // Text-shaped input reaches the line-based parsers' deeper branches.
  fc.string({ maxLength: 512, size: 'large' }).map((s) => Buffer.from(s, 'latin1')),
);

const MAX_STRING = 4096;
const MAX_ARRAY = 256;
const MAX_JSON = 64 * 1024;

/** Bounded: no long string, no long array, small when serialised. Plain checks: expect() is slow at this volume. */
function bounded(value: unknown): boolean {
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 8) return false;
    if (typeof v === 'string') return v.length <= MAX_STRING;
    if (Array.isArray(v)) return v.length <= MAX_ARRAY && v.every((x) => walk(x, depth + 1));
    if (v && typeof v === 'object') return Object.values(v).every((x) => walk(x, depth + 1));
    return true;
  };
  return walk(value, 0) && JSON.stringify(value ?? null).length <= MAX_JSON;
}

function property(parse: (b: Buffer) => unknown): void {
  fc.assert(
    fc.property(bytes, (b) => bounded(parse(b))),
    { numRuns: NUM_RUNS },
  );
}

describe('TCP module parsers never throw and stay bounded', () => {
  test.each(TCP_MODULES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    property((b) => [m.parse(b), m.parseReply?.(b), m.complete?.(b)]);
  });
});

describe('UDP module parsers never throw and stay bounded', () => {
  test.each(UDP_MODULES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const sent = m.probe({ address: '127.0.0.1', port: 1 });
    property((b) => m.parse(b, sent));
  });
});

describe('helper parsers never throw and stay bounded', () => {
  const helpers: [string, (b: Buffer) => unknown][] = [
    ['numberedReplies', numberedReplies],
    ['ehloFacts', (b) => ehloFacts(b.toString('latin1').split('\n'))],
    ['parseHttpResponse', (b) => parseHttpResponse(b)],
    [
      'httpEvidence',
      (b) => {
        const r = parseHttpResponse(b);
        return r && httpEvidence(r);
      },
    ],
    ['authSchemes', (b) => authSchemes([b.toString('latin1')])],
    ['parseVncSecurity 3.8', (b) => parseVncSecurity(b, 8)],
    ['parseVncSecurity 3.3', (b) => parseVncSecurity(b, 3)],
    ['parseRdpConfirm', parseRdpConfirm],
    ['parseSmbNegotiate', parseSmbNegotiate],
    ['parseStartupReply', parseStartupReply],
    ['parseErrorFields', parseErrorFields],
    ['readBson', (b) => readBson(b)],
    ['parseMongoReply', (b) => parseMongoReply(b)],
    ['readTlv', (b) => readTlv(b, 0)],
    ['parseDnsMessage', parseDnsMessage],
    ['parseOpenvpnPacket', parseOpenvpnPacket],
  ];
  test.each(helpers)('%s', (_name, parse) => property(parse));
});
