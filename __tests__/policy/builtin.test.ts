import { describe, expect, it } from '@jest/globals';
import type { Evidence, Vantage } from '../../src/model.js';
import { evaluate, loadPolicy, loadPolicyFromString, type Policy } from '../../src/policy/index.js';
import { join } from 'node:path';
import { runPolicyTests } from '../../src/policy/testing.js';
import { ctx, finding } from './helpers.js';

const BUILTIN_CASES = join(process.cwd(), '__tests__', 'policy', 'fixtures', 'builtin');

/** What policies/recommended.yml and policies/strict.yml promise (docs/policy.md, "Built-in policies"). */

const judge = (policy: Policy, f: ReturnType<typeof finding>, vantage: Vantage = 'untrusted') =>
  evaluate([f], policy, ctx({ vantage })).verdicts[0];

/** A user's policy on top of a built-in, allowing the web ports itself (a built-in never allows any). */
const webOn = (builtin: string) =>
  loadPolicyFromString(
    [
      'version: 1',
      `extends: [${builtin}]`,
      'allow:',
      '  - { id: own-https, port: 443, service: https }',
      '  - { id: own-http, port: 80, service: http }',
      '',
    ].join('\n'),
    'p.yml',
  );

describe('portcullis:recommended', () => {
  it('denies Telnet, FTP and TFTP from every vantage', async () => {
    const p = await loadPolicy('portcullis:recommended');
    for (const vantage of ['untrusted', 'internal'] as const) {
      expect(judge(p, finding('10.0.0.1', 23, 'telnet'), vantage)).toMatchObject({
        outcome: 'fail',
        severity: 'critical',
        rule: { id: 'no-telnet', file: 'portcullis:recommended' },
      });
      expect(judge(p, finding('10.0.0.1', 21, 'ftp'), vantage).rule.id).toBe('no-ftp');
      expect(judge(p, finding('10.0.0.1', 69, 'tftp', {}, { protocol: 'udp' }), vantage).rule.id).toBe(
        'no-tftp',
      );
    }
  });

  it('denies SMB, NetBIOS, databases and caches from the untrusted vantage only', async () => {
    const p = await loadPolicy('portcullis:recommended');
    const cases: Array<[number, string, string]> = [
      [445, 'smb', 'no-smb-untrusted'],
      [139, 'netbios', 'no-smb-untrusted'],
      [3306, 'mysql', 'no-databases-untrusted'],
      [5432, 'postgresql', 'no-databases-untrusted'],
      [27017, 'mongodb', 'no-databases-untrusted'],
      [9200, 'elasticsearch', 'no-databases-untrusted'],
      [6379, 'redis', 'no-caches-untrusted'],
      [11211, 'memcached', 'no-caches-untrusted'],
      [26379, 'redis-sentinel', 'no-caches-untrusted'],
    ];
    for (const [port, service, rule] of cases) {
      const untrusted = judge(p, finding('10.0.0.1', port, service));
      expect([service, untrusted.outcome, untrusted.rule.id]).toEqual([service, 'fail', rule]);
      expect(untrusted.message).toContain(`is denied by rule "${rule}" (portcullis:recommended:`);
      // From inside, the deny does not apply: the default decides (and still fails, as nothing allows it).
      expect(judge(p, finding('10.0.0.1', port, service), 'internal').rule.id).toBe('default');
    }
  });

  it('denies SNMP only when it answers the community public', async () => {
    const p = await loadPolicy('portcullis:recommended');
    expect(
      judge(p, finding('10.0.0.1', 161, 'snmp', { 'snmp.public': true }, { protocol: 'udp' })).rule.id,
    ).toBe('no-snmp-public');
    expect(
      judge(p, finding('10.0.0.1', 161, 'snmp', { 'snmp.public': false }, { protocol: 'udp' })).rule.id,
    ).toBe('default');
  });

  it('denies brokers and directories that let strangers in, from the untrusted vantage, over your own allow', async () => {
    const p = await loadPolicyFromString(
      [
        'version: 1',
        'extends: [portcullis:recommended]',
        'allow:',
        '  - { id: own-mqtt, port: 1883, service: mqtt }',
        '  - { id: own-nats, port: 4222, service: nats }',
        '  - { id: own-ldap, port: 389, service: ldap }',
        '  - { id: own-rsync, port: 873, service: rsync }',
        '',
      ].join('\n'),
      'p.yml',
    );
    const cases: Array<[number, string, Record<string, boolean>, Record<string, boolean>]> = [
      [1883, 'mqtt', { 'mqtt.anonymous': true }, { 'mqtt.anonymous': false }],
      [4222, 'nats', { 'nats.auth_required': false }, { 'nats.auth_required': true }],
      [389, 'ldap', { 'ldap.anonymous_bind': true }, { 'ldap.anonymous_bind': false }],
      [873, 'rsync', { 'rsync.modules_listed': true }, { 'rsync.modules_listed': false }],
    ];
    for (const [port, service, open, closed] of cases) {
      const v = judge(p, finding('10.0.0.1', port, service, open));
      expect([service, v.outcome, v.rule.id, v.severity]).toEqual([
        service,
        'fail',
        'no-anonymous-access-untrusted',
        'critical',
      ]);
      expect([service, judge(p, finding('10.0.0.1', port, service, closed)).outcome]).toEqual([
        service,
        'pass',
      ]);
      expect([service, judge(p, finding('10.0.0.1', port, service, open), 'internal').outcome]).toEqual([
        service,
        'pass',
      ]);
    }
  });

  it('denies debug ports and reflectors from the untrusted vantage only', async () => {
    const p = await loadPolicy('portcullis:recommended');
    const cases: Array<[number, string, 'tcp' | 'udp', string]> = [
      [5005, 'jdwp', 'tcp', 'no-debug-ports-untrusted'],
      [1099, 'java-rmi', 'tcp', 'no-debug-ports-untrusted'],
      [4369, 'epmd', 'tcp', 'no-debug-ports-untrusted'],
      [6000, 'x11', 'tcp', 'no-debug-ports-untrusted'],
      [19, 'chargen', 'udp', 'no-amplifiers-untrusted'],
      [13, 'daytime', 'udp', 'no-amplifiers-untrusted'],
      [17, 'qotd', 'udp', 'no-amplifiers-untrusted'],
      [1900, 'ssdp', 'udp', 'no-amplifiers-untrusted'],
    ];
    for (const [port, service, protocol, rule] of cases) {
      const v = judge(p, finding('10.0.0.1', port, service, {}, { protocol }));
      expect([service, v.outcome, v.rule.id]).toEqual([service, 'fail', rule]);
      expect([
        service,
        judge(p, finding('10.0.0.1', port, service, {}, { protocol }), 'internal').rule.id,
      ]).toEqual([service, 'default']);
    }
  });

  it('denies UDP amplifiers proven by their answer, from the untrusted vantage only', async () => {
    const p = await loadPolicy('portcullis:recommended');
    const strict = await loadPolicy('portcullis:strict');
    const cases: Array<[number, string, Evidence, Evidence, string]> = [
      [
        123,
        'ntp',
        { 'ntp.monlist_answered': true, 'ntp.amplification': 55 },
        { 'ntp.monlist_answered': false },
        'no-ntp-monlist',
      ],
      [
        11211,
        'memcached',
        { 'memcached.udp': true, 'memcached.udp_amplification': 90 },
        {},
        'no-memcached-udp',
      ],
    ];
    for (const [port, service, open, closed, rule] of cases) {
      const udp = (ev: Evidence) => finding('10.0.0.1', port, service, ev, { protocol: 'udp' });
      expect([service, judge(p, udp(open)).outcome, judge(p, udp(open)).rule.id]).toEqual([
        service,
        'fail',
        `${rule}-untrusted`,
      ]);
      expect([service, judge(p, udp(closed)).rule.id]).not.toEqual([service, `${rule}-untrusted`]);
      expect([service, judge(p, udp(open), 'internal').rule.id]).not.toEqual([service, `${rule}-untrusted`]);
      expect([service, judge(strict, udp(open), 'internal').rule.id]).toEqual([service, rule]);
      expect([service, judge(strict, udp(closed), 'internal').rule.id]).not.toEqual([service, rule]);
    }
  });

  it('allows remote access only through a VPN and with MFA', async () => {
    const p = await loadPolicy('portcullis:recommended');
    const outside = judge(p, finding('10.0.0.1', 22, 'ssh', { 'ssh.auth_methods': ['publickey'] }));
    expect(outside).toMatchObject({
      outcome: 'fail',
      rule: { id: 'remote_access', file: 'portcullis:recommended' },
    });
    expect(outside.requirements.vpn.state).toBe('violated');
  });

  it('requires TLS 1.2 or newer on HTTPS and a redirect on HTTP that your own rules allow', async () => {
    const p = await webOn('portcullis:recommended');
    expect(judge(p, finding('10.0.0.1', 443, 'https', { 'tls.version': '1.2' }))).toMatchObject({
      outcome: 'pass',
      rule: { id: 'own-https', file: 'p.yml' },
      requirements: { tls: { state: 'verified' } },
    });
    expect(judge(p, finding('10.0.0.1', 443, 'https', { 'tls.version': '1.1' }))).toMatchObject({
      outcome: 'fail',
      severity: 'medium',
      rule: { id: 'https', file: 'portcullis:recommended' },
    });
    expect(judge(p, finding('10.0.0.1', 80, 'http', { 'http.redirects_to_https': true })).outcome).toBe(
      'pass',
    );
    const plain = judge(
      p,
      finding('10.0.0.1', 80, 'http', { 'http.redirects_to_https': false, 'http.status': 200 }),
    );
    expect(plain).toMatchObject({ outcome: 'fail', rule: { id: 'http-redirect' } });
  });

  it('never allows a port itself: HTTPS and HTTP on ports no rule of yours allows fail (issue 12, case 3)', async () => {
    for (const base of ['portcullis:recommended', 'portcullis:strict']) {
      const alone = await loadPolicy(base);
      const p = await webOn(base);
      // A TLS service on an odd port, and a redirecting HTTP port your rules do not name.
      const tls13 = finding('10.0.0.9', 8444, 'https', { 'tls.version': '1.3' });
      const redirect = finding('10.0.0.9', 8081, 'http', { 'http.redirects_to_https': true });
      for (const policy of [alone, p]) {
        for (const f of [tls13, redirect]) {
          expect([base, f.port, judge(policy, f).outcome, judge(policy, f).rule.id]).toEqual([
            base,
            f.port,
            'fail',
            'default',
          ]);
        }
      }
      // Its requirements are still judged and shown on the failing verdict.
      expect(judge(alone, tls13).requirements.tls.state).toBe('verified');
    }
  });

  it('fails anything else by default', async () => {
    const p = await loadPolicy('portcullis:recommended');
    expect(judge(p, finding('10.0.0.1', 9999)).rule).toMatchObject({
      id: 'default',
      file: 'portcullis:recommended',
    });
  });
});

describe('portcullis:strict', () => {
  it('fails what recommended only warns about, and needs TLS 1.3', async () => {
    const strict = await webOn('portcullis:strict');
    const recommended = await webOn('portcullis:recommended');
    const unproven = finding('10.0.0.1', 443, 'https');
    expect(judge(recommended, unproven).outcome).toBe('warn');
    expect(judge(strict, unproven).outcome).toBe('fail');
    expect(judge(strict, finding('10.0.0.1', 443, 'https', { 'tls.version': '1.2' })).outcome).toBe('fail');
    expect(judge(strict, finding('10.0.0.1', 443, 'https', { 'tls.version': '1.3' })).outcome).toBe('pass');
    expect(judge(strict, finding('10.0.0.1', 5432, 'postgresql'), 'internal').rule.id).toBe('no-databases');
  });

  it('denies anonymous brokers, debug ports and reflectors from every vantage', async () => {
    const strict = await loadPolicy('portcullis:strict');
    expect(
      judge(strict, finding('10.0.0.1', 1883, 'mqtt', { 'mqtt.anonymous': true }), 'internal').rule.id,
    ).toBe('no-anonymous-access');
    expect(judge(strict, finding('10.0.0.1', 5005, 'jdwp'), 'internal').rule.id).toBe('no-debug-ports');
    expect(
      judge(strict, finding('10.0.0.1', 19, 'chargen', {}, { protocol: 'udp' }), 'internal').rule.id,
    ).toBe('no-amplifiers');
  });
});

describe('built-in rules on products behind HTTP (portcullis test cases)', () => {
  // fixtures/builtin/*.test.yml: each built-in denial of a product or a proven fact, and the
  // cases it must not flag (a proxy that forwarded nothing, etcd that refused the read inside).
  it('passes every case of fixtures/builtin', async () => {
    const run = await runPolicyTests(BUILTIN_CASES);
    const failed = run.cases.filter((c) => !c.passed).map((c) => `${c.name}: ${c.failures.join('; ')}`);
    expect(failed).toEqual([]);
    expect(run.cases.length).toBeGreaterThanOrEqual(15);
  });

  it('matches product: case-insensitively, and service: http still matches every HTTP product', async () => {
    const p = await loadPolicyFromString(
      [
        'version: 1',
        'default: deny',
        'allow:',
        '  - { id: any-web, port: 8080, service: http }',
        'deny:',
        '  - { id: no-docker, product: Docker, reason: no }',
        '',
      ].join('\n'),
      'p.yml',
    );
    const docker = finding('10.0.0.1', 8080, 'http');
    docker.service = { ...docker.service!, product: 'docker' };
    expect(judge(p, docker).rule.id).toBe('no-docker');
    const nginx = finding('10.0.0.1', 8080, 'http');
    nginx.service = { ...nginx.service!, product: 'nginx' };
    expect(judge(p, nginx).rule.id).toBe('any-web');
  });

  it('points service: nginx to product: nginx', async () => {
    const err = await loadPolicyFromString(
      ['version: 1', 'deny:', '  - { service: nginx, reason: no }', ''].join('\n'),
      'p.yml',
    ).catch((e: unknown) => e);
    expect(String((err as Error).message)).toContain(
      '"nginx" is a product, not a service: write product: nginx',
    );
  });
});
