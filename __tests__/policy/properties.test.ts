import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Finding, Outcome, Vantage } from '../../src/model.js';
import { evaluate, loadPolicyFromString, type Policy } from '../../src/policy/index.js';
import { endpointKey } from '../../src/policy/baseline.js';
import { finding, NOW } from './helpers.js';

/**
 * Properties of evaluation (issue 5, item 8), over generated policies and
 * findings. Allow rules use ports 1–99 and deny rules 100–149, so a generated
 * policy never allows and denies one port in one scope (a load error).
 */

const SERVICES = ['ssh', 'http', 'https', 'redis', 'postgresql', 'telnet', 'vnc', 'snmp'] as const;
const HOSTS = ['10.0.0.1', '10.0.1.7', '192.168.5.5', '127.0.0.1'] as const;
const RANK: Record<Outcome, number> = { pass: 0, warn: 1, fail: 2 };

const requireArb = fc.option(
  fc
    .record(
      {
        tls: fc.constantFrom('>=1.2', '>=1.3'),
        redirect: fc.constant('https'),
        auth: fc.constant('required'),
        vpn: fc.boolean(),
        mfa: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .filter((r) => Object.keys(r).length > 0),
  { nil: undefined },
);

const allowArb = (withRequire: boolean) =>
  fc
    .record(
      {
        port: fc.integer({ min: 1, max: 99 }),
        service: fc.constantFrom(...SERVICES),
        protocol: fc.constantFrom('tcp', 'udp'),
        vantages: fc.subarray(['untrusted', 'vpn', 'internal'], { minLength: 1 }),
        require: withRequire ? requireArb : fc.constant(undefined),
      },
      { requiredKeys: [] },
    )
    .filter((r) => r.port !== undefined || r.service !== undefined)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

const denyArb = fc
  .record(
    {
      ports: fc.array(fc.integer({ min: 100, max: 149 }), { minLength: 1, maxLength: 3 }),
      protocol: fc.constantFrom('tcp', 'udp'),
      severity: fc.constantFrom('low', 'medium', 'high', 'critical'),
    },
    { requiredKeys: ['ports'] },
  )
  .map((r) => ({ ...r, reason: 'generated' }));

const policyArb = (defaultAction?: 'deny' | 'warn' | 'allow') =>
  fc.record({
    version: fc.constant(1),
    default: defaultAction ? fc.constant(defaultAction) : fc.constantFrom('deny', 'warn', 'allow'),
    unverified: fc.constantFrom('warn', 'fail', 'pass'),
    'fail-on': fc.constantFrom('any', 'high', 'new'),
    allow: fc.array(allowArb(true), { maxLength: 4 }),
    deny: fc.array(denyArb, { maxLength: 3 }),
    targets: fc.array(
      fc.record({
        hosts: fc.subarray(['10.0.0.0/16', '192.168.0.0/16', '127.0.0.1', '*.example.com'], { minLength: 1 }),
        default: fc.option(fc.constantFrom('deny', 'warn', 'allow'), { nil: undefined }),
        allow: fc.array(allowArb(true), { maxLength: 4 }),
        deny: fc.array(denyArb, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    remote_access: fc.option(fc.record({ require: fc.record({ vpn: fc.boolean(), mfa: fc.boolean() }) }), {
      nil: undefined,
    }),
  });

type RawPolicy = Record<string, unknown> & { targets: Array<Record<string, unknown>>; allow: unknown[] };

function text(raw: RawPolicy): string {
  const clean = JSON.parse(
    JSON.stringify({ ...raw, targets: raw.targets.map((t, i) => ({ name: `t${i}`, ...t })) }),
  ) as Record<string, unknown>;
  return stringify(clean);
}

const evidenceArb = fc.record(
  {
    'tls.version': fc.constantFrom('1.0', '1.2', '1.3'),
    'http.redirects_to_https': fc.boolean(),
    'redis.auth_required': fc.boolean(),
    'ssh.auth_methods': fc.subarray(['publickey', 'password', 'keyboard-interactive']),
    'ssh.partial_success': fc.boolean(),
    'snmp.public': fc.boolean(),
    'vnc.no_auth': fc.boolean(),
  },
  { requiredKeys: [] },
);

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    host: fc.constantFrom(...HOSTS),
    hostname: fc.option(fc.constantFrom('a.example.com', 'b.example.org'), { nil: undefined }),
    port: fc.integer({ min: 1, max: 160 }),
    protocol: fc.constantFrom('tcp' as const, 'udp' as const),
    service: fc.option(fc.constantFrom(...SERVICES), { nil: undefined }),
    evidence: evidenceArb,
  })
  .map((r) => finding(r.host, r.port, r.service, r.evidence, { protocol: r.protocol, hostname: r.hostname }));

/** Findings with distinct endpoints, so verdicts can be compared endpoint by endpoint. */
const findingsArb = fc.uniqueArray(findingArb, {
  maxLength: 25,
  selector: (f) => endpointKey(f),
});

const vantageArb = fc.constantFrom<Vantage>('untrusted', 'vpn', 'internal');

async function load(raw: RawPolicy): Promise<Policy> {
  return loadPolicyFromString(text(raw), 'gen.yml');
}

function outcomes(findings: Finding[], policy: Policy, vantage: Vantage): Map<string, Outcome> {
  const ev = evaluate(findings, policy, { vantage, now: NOW });
  return new Map(ev.verdicts.map((v) => [endpointKey(v), v.outcome]));
}

describe('evaluation properties', () => {
  it('adding an allow rule without requirements never turns a pass into a fail', async () => {
    await fc.assert(
      fc.asyncProperty(
        policyArb(),
        allowArb(false),
        fc.nat(3),
        findingsArb,
        vantageArb,
        async (raw, rule, where, findings, vantage) => {
          const before = await load(raw);
          const extended: RawPolicy = JSON.parse(JSON.stringify(raw));
          if (where < extended.targets.length) (extended.targets[where].allow as unknown[]).push(rule);
          else extended.allow.push(rule);
          const after = await load(extended);
          const a = outcomes(findings, before, vantage);
          const b = outcomes(findings, after, vantage);
          for (const [key, outcome] of a) {
            if (outcome === 'pass') expect(b.get(key)).not.toBe('fail');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('under default: deny, adding any allow rule never makes a verdict worse', async () => {
    await fc.assert(
      fc.asyncProperty(
        policyArb('deny'),
        allowArb(true),
        findingsArb,
        vantageArb,
        async (raw, rule, findings, vantage) => {
          const plain = {
            ...raw,
            targets: raw.targets.map((t) => ({ ...t, default: undefined })),
          } as RawPolicy;
          const before = await load(plain);
          const after = await load({ ...plain, allow: [...plain.allow, rule] });
          const a = outcomes(findings, before, vantage);
          const b = outcomes(findings, after, vantage);
          for (const [key, outcome] of a)
            expect(RANK[b.get(key) as Outcome]).toBeLessThanOrEqual(RANK[outcome]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an open port that no rule matches always fails under default: deny', async () => {
    await fc.assert(
      fc.asyncProperty(
        policyArb('deny'),
        fc.constantFrom(...HOSTS),
        fc.integer({ min: 20000, max: 65535 }),
        fc.constantFrom(undefined, 'winrm', 'ldap'),
        vantageArb,
        async (raw, host, port, service, vantage) => {
          // Rules here name ports below 150 or one of SERVICES; these services on high ports match none
          // (winrm is remote access: its requirements may add to the verdict, never soften it).
          const plain = {
            ...raw,
            'fail-on': 'any',
            targets: raw.targets.map((t) => ({ ...t, default: undefined })),
          } as RawPolicy;
          const ev = evaluate([finding(host, port, service)], await load(plain), { vantage, now: NOW });
          expect(ev.verdicts).toHaveLength(1);
          expect(ev.verdicts[0].outcome).toBe('fail');
          expect(['default', 'remote_access']).toContain(ev.verdicts[0].rule.id);
          expect(ev.result).toBe('fail');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of findings (duplicates included)', async () => {
    await fc.assert(
      fc.asyncProperty(
        policyArb(),
        fc.array(findingArb, { maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        vantageArb,
        async (raw, findings, randomness, vantage) => {
          const policy = await load(raw);
          const shuffled = [...findings];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = randomness.next().value % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          const a = evaluate(findings, policy, { vantage, now: NOW });
          const b = evaluate(shuffled, policy, { vantage, now: NOW });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is pure: it leaves its inputs alone and gives the same answer twice', async () => {
    await fc.assert(
      fc.asyncProperty(policyArb(), findingsArb, vantageArb, async (raw, findings, vantage) => {
        const policy = await load(raw);
        const snapshot = JSON.stringify(findings);
        const a = evaluate(findings, policy, { vantage, now: NOW });
        const b = evaluate(findings, policy, { vantage, now: NOW });
        expect(JSON.stringify(findings)).toBe(snapshot);
        expect(b).toEqual(a);
        // Every verdict names a rule at a real position of a loaded file.
        for (const v of a.verdicts) {
          expect(v.rule.line).toBeGreaterThanOrEqual(1);
          expect(['gen.yml']).toContain(v.rule.file);
          expect(v.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
