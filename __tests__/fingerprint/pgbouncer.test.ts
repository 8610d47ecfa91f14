/**
 * PgBouncer: Debian's pgbouncer (trust and SCRAM) on its usual port and an odd one, next to a real
 * PostgreSQL. Both speak the PostgreSQL protocol (service postgresql); PgBouncer is told apart by
 * how it refuses an 8-byte version 2.0 startup, and named as the product.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fingerprintAll } from '../../src/fingerprint/index.js';
import { isPgbouncerError } from '../../src/fingerprint/protocols/postgresql.js';
import type { Finding } from '../../src/model.js';
import { DaemonLab, requireDaemons } from '../helpers/daemons.js';
import { DAEMON_TIMING, findingAt, openPort } from './real-daemons.js';

function errorResponse(fields: Record<string, string>): Buffer {
  const body = Buffer.concat([
    ...Object.entries(fields).map(([k, v]) => Buffer.from(`${k}${v}\0`, 'latin1')),
    Buffer.from([0]),
  ]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from('E'), len, body]);
}

describe('PgBouncer errors (pure)', () => {
  test("PgBouncer's refusals are its own; PostgreSQL's are not", () => {
    expect(
      isPgbouncerError(errorResponse({ S: 'FATAL', C: '08P01', M: 'old V2 protocol not supported' })),
    ).toBe(true);
    expect(
      isPgbouncerError(errorResponse({ S: 'FATAL', C: '08P01', M: '"trust" authentication failed' })),
    ).toBe(true);
    expect(
      isPgbouncerError(
        errorResponse({
          S: 'FATAL',
          V: 'FATAL',
          C: '0A000',
          M: 'unsupported frontend protocol 2.0: server supports 3.0 to 3.0',
        }),
      ),
    ).toBe(false);
    expect(isPgbouncerError(Buffer.from('E\0\0'))).toBe(false);
  });
});

const env = requireDaemons(['pgbouncer', 'postgres']);
if (!env.ok) console.log(`PgBouncer tests skipped: ${env.reason}`);
const run = env.ok ? describe : describe.skip;

run('PgBouncer and PostgreSQL', () => {
  const lab = new DaemonLab('pgbouncer');
  const at: Record<string, string> = {};
  let findings: Finding[] = [];

  beforeAll(async () => {
    for (const k of ['trust', 'scram', 'pg']) at[k] = await lab.address();
    await Promise.all([
      lab.pgbouncer({ address: at.trust, port: 6432, auth: 'trust' }),
      lab.pgbouncer({ address: at.trust, port: 16432, auth: 'trust' }),
      lab.pgbouncer({ address: at.scram, port: 6432, auth: 'scram-sha-256' }),
      lab.postgres({ address: at.pg, port: 15433, auth: 'trust' }),
    ]);
    findings = await fingerprintAll(
      [openPort(at.trust, 6432), openPort(at.trust, 16432), openPort(at.scram, 6432), openPort(at.pg, 15433)],
      DAEMON_TIMING,
    );
  }, 90_000);
  afterAll(() => lab.close());

  test.each([
    ['trust', 6432],
    ['trust', 16432],
    ['scram', 6432],
  ] as const)('PgBouncer (%s) on %i: postgresql, product pgbouncer', (k, port) => {
    const f = findingAt(findings, at[k], port);
    expect(f.service).toMatchObject({ name: 'postgresql', product: 'pgbouncer' });
  });

  test('SCRAM PgBouncer: authentication required', () => {
    expect(findingAt(findings, at.scram, 6432).evidence).toMatchObject({
      'postgresql.auth_method': 'scram-sha-256',
      'postgresql.auth_required': true,
    });
  });

  test('a real PostgreSQL is not named pgbouncer', () => {
    const f = findingAt(findings, at.pg, 15433);
    expect(f.service).toMatchObject({ name: 'postgresql', product: 'PostgreSQL' });
    expect(f.evidence['postgresql.auth_required']).toBe(false);
  });
});
