import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ConfigurationError } from '../../src/errors.js';
import { loadPolicyFromString } from '../../src/policy/index.js';

/**
 * The policy loader, driven from text by 10,000 generated inputs: hostile
 * YAML, wrong types everywhere, mutations of a valid policy. The only error
 * it may throw is ConfigurationError, with every diagnostic located and
 * bounded; it never hangs, overflows the stack or returns something unbounded.
 */

const VALID = `version: 1
extends: [portcullis:recommended]
default: deny
fail-on: high
mode: enforce
targets:
  - name: web
    hosts: ["10.0.0.0/24", "*.example.com"]
    allow:
      - { port: 443, service: https, require: { tls: ">=1.2" } }
      - { ports: [80, "8000-8010"], protocol: tcp }
    deny:
      - { port: 23, reason: telnet }
remote_access:
  require: { vpn: true, mfa: true }
  vpn_gateways: [{ host: vpn.example.com, port: 1194, kind: openvpn }]
exceptions:
  - match: { host: bastion.example.com, port: 22 }
    reason: bastion
    approved_by: "@sec"
    expires: 2027-03-31
`;

const KEYS = [
  'version',
  'extends',
  'default',
  'fail-on',
  'mode',
  'unverified',
  'allow',
  'deny',
  'targets',
  'remote_access',
  'exceptions',
  'port',
  'ports',
  'service',
  'hosts',
  'name',
  'match',
  'reason',
  'approved_by',
  'expires',
  'require',
  'tls',
  'vpn',
  'mfa',
  'when',
];

const SNIPPETS = [
  '&a [*a]',
  '*undefined_alias',
  '!!binary aGVsbG8=',
  '!!set { a, b }',
  '!!omap [ a: 1 ]',
  '!custom tag',
  '<<: *base',
  '{ ? complex : key }',
  '"\\u0000\\uFFFF"',
  "'it''s'",
  '|\n  block\n',
  '>-\n  folded\n',
  '---\n...\n',
  '%YAML 1.1\n---\n',
  '['.repeat(30) + ']'.repeat(30),
  '- - - - - - - - - - x',
  '0x1F',
  '.inf',
  '~',
  '2027-02-30',
  'never',
  '70000',
  '-1',
  '"8000-1"',
  '10.0.0.0/33',
  '"*"',
  'portcullis:../../etc/passwd',
  '/etc/passwd',
  './nonexistent.yml',
];

const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SNIPPETS),
    fc.integer({ min: -100, max: 100_000 }),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
  ),
}));

const structured = fc.dictionary(fc.constantFrom(...KEYS), anyValue.value, { maxKeys: 8 }).map((d) => {
  try {
    return stringify(d);
  } catch {
    return '{}';
  }
});

const mutated = fc
  .array(
    fc.record({
      at: fc.nat(VALID.length),
      cut: fc.nat(8),
      insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...SNIPPETS)),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((edits) => {
    let t = VALID;
    for (const e of edits) {
      const at = Math.min(e.at, t.length);
      t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
    }
    return t;
  });

const spliced = fc
  .array(
    fc.constantFrom(
      ...SNIPPETS,
      ...KEYS.map((k) => `${k}: `),
      '\n',
      '  ',
      '- ',
      ': ',
      '{',
      '}',
      '[',
      ']',
      ',',
      '#',
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

/** Valid policies with generated values where the schema allows them. */
const variant = fc
  .record({
    port: fc.integer({ min: 1, max: 65535 }),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
    date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    mode: fc.constantFrom('enforce', 'warn'),
  })
  .map((v) =>
    VALID.replace('443', String(v.port))
      .replace('name: web', `name: ${v.name}`)
      .replace('2027-03-31', v.date.toISOString().slice(0, 10))
      .replace('mode: enforce', `mode: ${v.mode}`),
  );

const input = fc.oneof(
  variant,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  structured,
  mutated,
  spliced,
);

describe('policy loader under generated input', () => {
  it('throws only ConfigurationError, every diagnostic located and bounded (10,000 inputs)', async () => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        try {
          const policy = await loadPolicyFromString(text, 'fuzz.yml');
          expect(policy.file).toBe('fuzz.yml');
          accepted++;
        } catch (err) {
          if (!(err instanceof ConfigurationError)) throw err;
          rejected++;
          expect(err.diagnostics.length).toBeGreaterThan(0);
          expect(err.diagnostics.length).toBeLessThan(5000);
          for (const d of err.diagnostics) {
            expect(d.message.length).toBeGreaterThan(0);
            expect(d.message.length).toBeLessThan(2000);
            if (d.source === 'fuzz.yml') {
              expect(d.line).toBeGreaterThanOrEqual(1);
              expect(d.column).toBeGreaterThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 10_000 },
    );
    // Both paths were exercised: the generators reach valid policies as well as broken ones.
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(1000);
    // CPU-bound (12 s on an idle 2-core machine): the depth of the fuzzing does not depend on speed.
  }, 300_000);
});
