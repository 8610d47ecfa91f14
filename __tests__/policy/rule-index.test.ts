import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Finding, Vantage } from '../../src/model.js';
import { ConfigurationError } from '../../src/errors.js';
import { evaluate, loadPolicyFromString } from '../../src/policy/index.js';
import { finding, NOW } from './helpers.js';

/**
 * The rule index (rule-index.ts: rules by protocol and port, IPv4 space cut where a host
 * pattern's answer changes) is only a faster way to the same verdicts: over random policies
 * and findings, the indexed evaluation equals the naive one, which tests every rule and
 * every host pattern against every finding.
 *
 * Allow rules use ports 1–2999 and deny rules 3000–9999, so a generated policy never allows
 * and denies one port in one scope (a load error); both include ranges wider than the
 * index's span (1,024 ports), which the index keeps aside.
 */

const SERVICES = ['ssh', 'http', 'https', 'redis', 'postgresql', 'telnet', 'vnc', 'snmp'] as const;

/** Last octets at the edges of CIDR blocks, so that findings land on their first and last addresses. */
const octetArb = fc.constantFrom(0, 1, 2, 3, 4, 7, 8, 15, 16, 127, 128, 254, 255);

const hostPatternArb = fc.oneof(
  fc
    .tuple(fc.nat(2), fc.nat(3), octetArb, fc.constantFrom(8, 16, 22, 24, 28, 30, 31, 32))
    .map(([b, c, d, prefix]) => `10.${b}.${c}.${d}/${prefix}`),
  fc.tuple(fc.nat(2), fc.nat(3), octetArb).map(([b, c, d]) => `10.${b}.${c}.${d}`),
  fc.constantFrom(
    '*',
    '0.0.0.0/0',
    '10.0.0.0/8',
    '255.255.255.255',
    'fd00::/64',
    'fd00::1',
    '::ffff:10.0.1.0/120',
    '*.example.com',
    'a.example.*',
    '10.0.*',
    '10.1.?.1*',
  ),
);

/** Ports that rules and findings share, so that findings meet rules often. */
const COMMON_PORTS = [22, 80, 443, 1000, 2999, 3000, 3306, 5000, 9999];
const portArb = (lo: number, hi: number) =>
  fc.oneof(
    fc.constantFrom(...COMMON_PORTS.filter((p) => p >= lo && p <= hi)),
    fc.integer({ min: lo, max: hi }),
  );

const portsArb = (lo: number, hi: number) =>
  fc.oneof(
    portArb(lo, hi).map((p) => ({ port: p })),
    fc
      .tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: 0, max: 2000 }))
      .map(([a, n]) => ({ ports: [`${a}-${Math.min(hi, a + n)}`] })),
    fc
      .array(fc.integer({ min: lo, max: hi }), { minLength: 1, maxLength: 3 })
      .map((ps) => ({ ports: [...new Set(ps)] })),
  );

const matchArb = (lo: number, hi: number) =>
  fc
    .record(
      {
        where: fc.option(portsArb(lo, hi), { nil: undefined }),
        service: fc.option(fc.constantFrom(...SERVICES), { nil: undefined }),
        protocol: fc.option(fc.constantFrom('tcp', 'udp', 'any'), { nil: undefined }),
        vantages: fc.option(fc.subarray(['untrusted', 'vpn', 'internal'], { minLength: 1 }), {
          nil: undefined,
        }),
      },
      { requiredKeys: [] },
    )
    .filter((r) => r.where !== undefined || r.service !== undefined)
    .map(({ where, ...rest }) => ({
      ...(where ?? {}),
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    }));

const allowArb = fc
  .tuple(
    matchArb(1, 2999),
    fc.option(fc.constantFrom({ tls: '>=1.2' }, { auth: 'required' }), { nil: undefined }),
  )
  .map(([m, require]) => (require ? { ...m, require } : m));
const denyArb = matchArb(3000, 9999).map((m) => ({ ...m, reason: 'generated' }));
const requirementArb = matchArb(1, 9999).map((m) => ({
  ...m,
  require: { auth: 'required' },
  severity: 'high',
}));

const exceptionArb = fc
  .record(
    {
      host: hostPatternArb,
      port: fc.integer({ min: 1, max: 9999 }),
      target: fc.constantFrom('t0', 't1'),
    },
    { requiredKeys: [] },
  )
  .filter((m) => Object.keys(m).length > 0)
  .map((match) => ({
    match,
    reason: 'generated',
    approved_by: '@someone',
    expires: '2026-12-01',
  }));

const policyArb = fc
  .record({
    default: fc.constantFrom('deny', 'warn', 'allow'),
    allow: fc.array(allowArb, { maxLength: 5 }),
    deny: fc.array(denyArb, { maxLength: 3 }),
    requirements: fc.array(requirementArb, { maxLength: 2 }),
    targets: fc.array(
      fc.record({
        hosts: fc.array(hostPatternArb, { minLength: 1, maxLength: 3 }),
        default: fc.constantFrom('deny', 'warn', 'allow'),
        allow: fc.array(allowArb, { maxLength: 4 }),
        deny: fc.array(denyArb, { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
    exceptions: fc.array(exceptionArb, { maxLength: 3 }),
  })
  .map((raw) =>
    stringify({
      version: 1,
      ...raw,
      targets: raw.targets.map((t, i) => ({ name: `t${i}`, ...t })),
      exceptions: raw.exceptions.filter(
        (e) => !e.match.target || Number(e.match.target.slice(1)) < raw.targets.length,
      ),
    }),
  );

const hostArb = fc.oneof(
  fc.tuple(fc.nat(2), fc.nat(3), octetArb).map(([b, c, d]) => `10.${b}.${c}.${d}`),
  fc.constantFrom('0.0.0.0', '255.255.255.255', '192.168.1.1', 'fd00::1', 'fd00::2:3', '::ffff:10.0.1.7'),
);

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    host: hostArb,
    hostname: fc.option(fc.constantFrom('a.example.com', 'b.example.org', '10.0.0.1.example'), {
      nil: undefined,
    }),
    port: fc.oneof(portArb(1, 9999), fc.integer({ min: 1, max: 65535 })),
    protocol: fc.constantFrom('tcp' as const, 'udp' as const),
    service: fc.option(fc.constantFrom(...SERVICES), { nil: undefined }),
    tls: fc.option(fc.constantFrom('1.1', '1.3'), { nil: undefined }),
  })
  .map((r) =>
    finding(r.host, r.port, r.service, r.tls ? { 'tls.version': r.tls } : {}, {
      protocol: r.protocol,
      hostname: r.hostname,
    }),
  );

describe('the rule index', () => {
  it('judges exactly as testing every rule and host pattern against every finding', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        policyArb,
        fc.array(findingArb, { minLength: 20, maxLength: 60 }),
        fc.constantFrom<Vantage>('untrusted', 'vpn', 'internal'),
        async (text, findings, vantage) => {
          let policy;
          try {
            policy = await loadPolicyFromString(text, 'gen.yml');
          } catch (err) {
            // A generated policy the loader refuses (such as a rule the checks call unreachable).
            if (err instanceof ConfigurationError) return;
            throw err;
          }
          const context = { vantage, now: NOW };
          const indexed = evaluate(findings, policy, context);
          const naive = evaluate(findings, policy, context, 'naive');
          expect(indexed).toEqual(naive);
          compared += findings.length;
        },
      ),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(1000);
  });
});
