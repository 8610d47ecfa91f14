/**
 * Issue 12, the policy's part: built-ins never allow (requirement-only rules),
 * proofs beat claims (an exception does not waive a proven violation unless it
 * says `waive: violated`), and identity (how a service was identified decides
 * which rules may match it; silence on a TCP port is a proof). Every finding
 * here is written by hand, as the fingerprint stage would produce it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import type { Finding } from '../../src/model.js';
import { evaluate, loadPolicy, loadPolicyFromString } from '../../src/policy/index.js';
import { ctx, finding } from './helpers.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const load = (...l: string[]) => loadPolicyFromString(lines(...l), 'p.yml');
const judge = async (f: Finding, ...policy: string[]) =>
  evaluate([f], await load(...policy), ctx()).verdicts[0];

/** A finding whose service was guessed from the port number (what the engine reports when nothing parsed). */
const guessed = (host: string, port: number, service: string, evidence: Finding['evidence'] = {}) => {
  const f = finding(host, port, service, evidence, { confidence: 'low' });
  if (f.service) f.service.identifiedBy = 'port';
  return f;
};
const identified = (
  host: string,
  port: number,
  service: string,
  how: 'exchange' | 'banner',
  evidence: Finding['evidence'] = {},
) => {
  const f = finding(host, port, service, evidence);
  if (f.service) f.service.identifiedBy = how;
  return f;
};

async function loadError(text: string, file = 'p.yml', builtinDir?: string): Promise<string> {
  try {
    await loadPolicyFromString(text, file, builtinDir ? { builtinDir } : {});
  } catch (err) {
    if (err instanceof ConfigurationError) return err.message;
    throw err;
  }
  throw new Error('the policy loaded, but an error was expected');
}

describe('requirement rules (requirements:)', () => {
  const policy = [
    'version: 1',
    'default: deny',
    'unverified: warn',
    'requirements:',
    '  - { id: web-tls, service: https, require: { tls: ">=1.2" }, severity: medium }',
  ];

  it('never allow a port by themselves: a port they match still needs an allow rule', async () => {
    const v = await judge(
      identified('10.0.0.1', 443, 'https', 'exchange', { 'tls.version': '1.3' }),
      ...policy,
    );
    expect(v).toMatchObject({ outcome: 'fail', rule: { id: 'default' } });
    expect(v.requirements.tls).toMatchObject({ state: 'verified' });
  });

  it('add what they require to an allowed port: verified passes, violated fails naming the rule', async () => {
    const allowed = [...policy, 'allow: [{ id: web, port: 443, service: https }]'];
    const ok = await judge(
      identified('10.0.0.1', 443, 'https', 'exchange', { 'tls.version': '1.2' }),
      ...allowed,
    );
    expect(ok).toMatchObject({
      outcome: 'pass',
      rule: { id: 'web' },
      requirements: { tls: { state: 'verified' } },
    });
    const old = await judge(
      identified('10.0.0.1', 443, 'https', 'exchange', { 'tls.version': '1.0' }),
      ...allowed,
    );
    expect(old).toMatchObject({
      outcome: 'fail',
      severity: 'medium',
      rule: { id: 'web-tls', file: 'p.yml', line: 5 },
      requirements: { tls: { state: 'violated' } },
    });
    expect(old.message).toContain('must meet rule "web-tls" (p.yml:5)');
    expect(old.message).toContain('TLS 1.0 was negotiated');
  });

  it('leave an unproven requirement to unverified:, and apply under default: allow too', async () => {
    const unproven = identified('10.0.0.1', 443, 'https', 'exchange');
    const allowed = [...policy, 'allow: [{ id: web, port: 443, service: https }]'];
    expect((await judge(unproven, ...allowed)).outcome).toBe('warn');
    const strict = allowed.map((l) => (l === 'unverified: warn' ? 'unverified: fail' : l));
    expect((await judge(unproven, ...strict)).outcome).toBe('fail');
    const open = policy.map((l) => (l === 'default: deny' ? 'default: allow' : l));
    const old = identified('10.0.0.1', 8443, 'https', 'exchange', { 'tls.version': '1.1' });
    expect(await judge(old, ...open)).toMatchObject({ outcome: 'fail', rule: { id: 'web-tls' } });
  });

  it('in a target apply to its hosts only, and an exception may name one by id', async () => {
    const p = await load(
      'version: 1',
      'default: allow',
      'targets:',
      '  - name: edge',
      '    hosts: ["10.0.0.0/24"]',
      '    requirements:',
      '      - { id: edge-auth, port: 6379, require: { auth: required } }',
      'exceptions:',
      '  - { match: { rule: edge-auth, host: 10.0.0.2 }, reason: r, approved_by: x, expires: never }',
      'allow_permanent_exceptions: true',
    );
    const ev = evaluate(
      [
        identified('10.0.0.1', 6379, 'redis', 'exchange', { 'redis.auth_required': true }),
        identified('10.1.0.1', 6379, 'redis', 'exchange', {}),
        identified('10.0.0.2', 6379, 'redis', 'exchange', {}),
      ],
      p,
      ctx(),
    );
    expect(ev.verdicts.map((v) => [v.host, v.outcome, v.requirements.auth?.state])).toEqual([
      ['10.0.0.1', 'pass', 'verified'],
      ['10.0.0.2', 'pass', 'attested'],
      ['10.1.0.1', 'pass', undefined],
    ]);
  });

  it('need require, and a port or service (file:line:column)', async () => {
    const message = await loadError(lines('version: 1', 'requirements:', '  - { id: nothing, port: 443 }'));
    expect(message).toMatch(/p\.yml:3:5: requirements\[0\]: require is required/);
    const wide = await loadError(lines('version: 1', 'requirements:', '  - { require: { auth: required } }'));
    expect(wide).toMatch(
      /p\.yml:3:5: requirements\[0\]: this requirement rule matches every port \(it names no port and no service\)/,
    );
  });
});

describe('built-in policies never allow (issue 12, case 3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-builtins-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses allow rules, a default that is not deny, and every other way to let a port through', async () => {
    writeFileSync(
      join(dir, 'lax.yml'),
      lines(
        'version: 1',
        'default: allow',
        'mode: warn',
        'fail-on: critical',
        'unverified: pass',
        'allow:',
        '  - { service: https }',
        'targets:',
        '  - name: all',
        '    hosts: ["*"]',
        '    default: { action: warn }',
        '    allow: [{ port: 8443 }]',
        'remote_access:',
        '  unverified: pass',
        '  vpn_gateways: [{ host: vpn.example.com, port: 1194, kind: openvpn }]',
        'exceptions:',
        '  - { match: { port: 22 }, reason: r, approved_by: x, expires: never }',
      ),
    );
    const message = await loadError(lines('version: 1', 'extends: [portcullis:lax]'), 'p.yml', dir);
    const said = message.split('\n').filter((l) => l.startsWith('portcullis:lax:'));
    expect(said).toEqual([
      'portcullis:lax:2:10: default: default: allow is not allowed here (only deny): a built-in policy never allows a port',
      'portcullis:lax:3:7: mode: mode: warn is not allowed here: a built-in policy never allows a port',
      'portcullis:lax:4:10: fail-on: fail-on: critical is not allowed here (only any): a built-in policy never allows a port',
      'portcullis:lax:5:13: unverified: unverified: pass is not allowed here: a built-in policy never allows a port',
      'portcullis:lax:6:1: allow: allow rules are not allowed here; write deny rules or requirement rules (requirements:): a built-in policy never allows a port',
      'portcullis:lax:11:14: targets[0].default: default: warn is not allowed here (only deny): a built-in policy never allows a port',
      'portcullis:lax:12:5: targets[0].allow: allow rules are not allowed here; write deny rules or requirement rules (requirements:): a built-in policy never allows a port',
      'portcullis:lax:14:15: remote_access.unverified: unverified: pass is not allowed here: a built-in policy never allows a port',
      'portcullis:lax:15:3: remote_access.vpn_gateways: vpn_gateways are not allowed here (a declared gateway’s port is allowed): a built-in policy never allows a port',
      'portcullis:lax:16:1: exceptions: exceptions are not allowed here: a built-in policy never allows a port',
    ]);
  });

  it('the shipped built-ins hold only deny and requirement rules', async () => {
    for (const name of ['portcullis:recommended', 'portcullis:strict']) {
      const p = await loadPolicy(name);
      expect([name, p.scopes.flatMap((s) => s.allow)]).toEqual([name, []]);
      expect(p.exceptions).toEqual([]);
      expect(p.vpnGateways).toEqual([]);
      expect(p.default.action).toBe('deny');
    }
  });

  it('a port no rule of your own files allows fails under default: deny; allow rules of a base you extend by path still allow', async () => {
    writeFileSync(
      join(dir, 'base.yml'),
      lines('version: 1', 'allow: [{ id: org-web, port: 443, service: https }]'),
    );
    const p = await loadPolicyFromString(
      lines('version: 1', 'extends: [portcullis:recommended, base.yml]'),
      join(dir, 'p.yml'),
    );
    const tls = { 'tls.version': '1.3' };
    const ev = evaluate(
      [
        identified('10.0.0.1', 443, 'https', 'exchange', tls),
        identified('10.0.0.1', 8443, 'https', 'exchange', tls),
        identified('10.0.0.1', 80, 'http', 'exchange', { 'http.redirects_to_https': true }),
      ],
      p,
      ctx(),
    );
    expect(ev.verdicts.map((v) => [v.port, v.outcome, v.rule.id])).toEqual([
      [80, 'fail', 'default'],
      [443, 'pass', 'org-web'],
      [8443, 'fail', 'default'],
    ]);
  });

  it("remote_access never allows: a built-in's remote access rules leave the port to your own allow rule", async () => {
    // From the internal vantage, with MFA proven and `unverified: pass`, remote access is satisfied.
    const ssh = identified('10.0.0.1', 22, 'ssh', 'banner', { 'ssh.partial_success': true });
    const p = (...more: string[]) =>
      load('version: 1', 'extends: [portcullis:recommended]', 'unverified: pass', ...more);
    const internal = ctx({ vantage: 'internal' });
    expect(evaluate([ssh], await p(), internal).verdicts[0]).toMatchObject({
      outcome: 'fail',
      rule: { id: 'default' },
    });
    expect(
      evaluate([ssh], await p('allow: [{ id: own-ssh, port: 22, service: ssh }]'), internal).verdicts[0],
    ).toMatchObject({ outcome: 'pass', rule: { id: 'own-ssh' } });
  });
});

describe('proofs beat claims (issue 12, case 5)', () => {
  const ssh = () =>
    identified('10.0.0.1', 22, 'ssh', 'banner', {
      'ssh.auth_methods': ['publickey', 'password'],
      'ssh.password_auth': true,
    });
  const policy = (...exception: string[]) => [
    'version: 1',
    'allow: [{ id: ssh, service: ssh }]',
    'remote_access:',
    '  require: { mfa: true }',
    'exceptions:',
    '  - id: bastion',
    '    match: { port: 22 }',
    '    reason: MFA enforced by the identity provider',
    '    approved_by: "@acme/security"',
    '    expires: 2027-03-31',
    ...exception,
  ];

  it('an exception does not waive a requirement a probe proved violated; the verdict names the proof', async () => {
    const v = await judge(ssh(), ...policy());
    expect(v.outcome).toBe('fail');
    expect(v.exception).toBeUndefined();
    expect(v.requirements.mfa).toMatchObject({
      state: 'violated',
      detail: 'password login is offered as a first factor',
    });
    expect(v.message).toContain('Exception "bastion" (p.yml:6) matches ssh on 10.0.0.1:22/tcp');
    expect(v.message).toContain(
      'an exception does not waive what a probe proved violated (mfa: password login is offered as a first factor)',
    );
    expect(v.fix).toContain('waive: violated');
  });

  it('waive: violated turns it into a warning that says a proven violation was waived', async () => {
    const ev = evaluate([ssh()], await load(...policy('    waive: violated')), ctx());
    const v = ev.verdicts[0];
    expect(v).toMatchObject({
      outcome: 'warn',
      rule: { id: 'bastion' },
      exception: { approvedBy: '@acme/security' },
    });
    expect(v.message).toContain(
      'waives a proven violation of mfa (waive: violated), so it is a warning: MFA enforced by the identity provider',
    );
    expect(v.requirements.mfa.state).toBe('violated');
    expect(v.requirements.mfa.detail).toContain('waived by exception "bastion"');
    expect(ev.summary).toMatchObject({ violations: 0, warnings: 1, passed: 0 });
    expect(ev.result).toBe('pass');
  });

  it('a denied port whose requirement was proven violated stays failed under an exception that waives the denial', async () => {
    const v = await judge(
      identified('10.0.0.1', 443, 'https', 'exchange', { 'tls.version': '1.0' }),
      'version: 1',
      'deny: [{ id: no-web, port: 443, reason: closed for now }]',
      'requirements: [{ id: tls, port: 443, require: { tls: ">=1.2" } }]',
      'exceptions: [{ match: { rule: no-web }, reason: r, approved_by: x, expires: never }]',
    );
    expect(v).toMatchObject({ outcome: 'fail', requirements: { tls: { state: 'violated' } } });
  });

  it('only the word violated opts in', async () => {
    const message = await loadError(lines(...policy('    waive: everything')));
    expect(message).toMatch(/p\.yml:11:12: exceptions\[0\]\.waive: "everything" is not one of violated/);
  });
});

describe('identity (issue 12, cases 6, 7, 8)', () => {
  it('allow rules that name a service need a positive identification; a port-number guess is not one', async () => {
    const allow = ['version: 1', 'default: deny', 'allow: [{ id: ssh, service: ssh }]'];
    expect((await judge(guessed('10.0.0.1', 22, 'ssh'), ...allow)).rule.id).toBe('default');
    // A report written before identifiedBy existed: low confidence counts as a guess.
    expect((await judge(finding('10.0.0.1', 22, 'ssh', {}, { confidence: 'low' }), ...allow)).rule.id).toBe(
      'default',
    );
    expect((await judge(identified('10.0.0.1', 22, 'ssh', 'banner'), ...allow)).outcome).toBe('pass');
    // A rule that names only the port still matches what answers there.
    const byPort = ['version: 1', 'default: deny', 'allow: [{ id: p22, port: 22 }]'];
    expect((await judge(guessed('10.0.0.1', 22, 'ssh'), ...byPort)).outcome).toBe('pass');
  });

  it('exceptions that name a service need a positive identification too', async () => {
    const p = [
      'version: 1',
      'exceptions: [{ match: { service: redis }, reason: r, approved_by: x, expires: never }]',
      'allow_permanent_exceptions: true',
    ];
    expect((await judge(guessed('10.0.0.1', 6379, 'redis'), ...p)).outcome).toBe('fail');
    expect((await judge(identified('10.0.0.1', 6379, 'redis', 'exchange'), ...p)).outcome).toBe('pass');
  });

  it("a transport-only identification never cancels the port number's denial (Elasticsearch on 9200 over TLS)", async () => {
    const p = ['version: 1', 'extends: [portcullis:recommended]', 'allow: [{ id: search, port: 9200 }]'];
    const tls = { 'tls.version': '1.3' };
    for (const service of ['https', 'tls', 'http']) {
      const v = await judge(identified('10.0.0.1', 9200, service, 'exchange', tls), ...p);
      expect([service, v.outcome, v.rule.id]).toEqual([service, 'fail', 'no-databases-untrusted']);
    }
    // The same as with --no-fingerprint (the port number alone).
    expect((await judge(guessed('10.0.0.1', 9200, 'elasticsearch'), ...p)).rule.id).toBe(
      'no-databases-untrusted',
    );
    // A positive identification of anything else replaces the guess.
    const ssh = await judge(identified('10.0.0.1', 9200, 'ssh', 'banner'), ...p);
    expect(ssh.rule.id).not.toBe('no-databases-untrusted');
  });

  it('deny and requirement rules match the port-number guess', async () => {
    const v = await judge(
      guessed('10.0.0.1', 443, 'https'),
      'version: 1',
      'default: allow',
      'requirements: [{ id: tls, service: https, require: { tls: ">=1.2" } }]',
      'deny: [{ id: no-redis, service: redis, reason: no caches }]',
    );
    expect(v.requirements.tls).toBeDefined();
    expect(
      (
        await judge(
          guessed('10.0.0.1', 6379, 'redis'),
          'version: 1',
          'default: allow',
          'deny: [{ id: no-redis, service: redis, reason: r }]',
        )
      ).rule.id,
    ).toBe('no-redis');
  });

  it('TLS that offered ALPN but never answered HTTP is tls, and does not pass an allow rule for https (case 6)', async () => {
    const v = await judge(
      identified('10.0.0.1', 8443, 'tls', 'exchange', {
        'tls.version': '1.3',
        'tls.alpn': 'h2',
        'http.silent': true,
      }),
      'version: 1',
      'allow: [{ port: 8443, service: https, require: { tls: ">=1.2" } }]',
    );
    expect(v).toMatchObject({ outcome: 'fail', rule: { id: 'default' } });
  });

  it('a TLS requirement on a TCP port whose TLS probe got no reply is violated, not unverified (case 8)', async () => {
    const silent = guessed('10.0.0.1', 443, 'https', { 'tls.silent': true, 'http.silent': true });
    const allow = [
      'version: 1',
      'unverified: pass',
      'allow: [{ id: web, port: 443, require: { tls: ">=1.2" } }, { id: plain, port: 80, require: { redirect: https } }]',
    ];
    const v = await judge(silent, ...allow);
    expect(v).toMatchObject({ outcome: 'fail', rule: { id: 'web' } });
    expect(v.requirements.tls.state).toBe('violated');
    expect(v.requirements.tls.detail).toContain('the TLS probe got no reply');
    const http = await judge(guessed('10.0.0.1', 80, 'http', { 'http.silent': true }), ...allow);
    expect(http.requirements.redirect).toMatchObject({ state: 'violated' });
    expect(http.requirements.redirect.detail).toContain('the HTTP request got no reply');
  });

  it('silence keeps its present meaning elsewhere: no silence recorded, or UDP, stays unverified', async () => {
    const allow = ['version: 1', 'allow: [{ id: web, port: 443, require: { tls: ">=1.2" } }]'];
    expect((await judge(guessed('10.0.0.1', 443, 'https'), ...allow)).requirements.tls.state).toBe(
      'unverified',
    );
    const udp = finding(
      '10.0.0.1',
      443,
      'https',
      { 'tls.silent': true },
      { protocol: 'udp', confidence: 'low' },
    );
    expect((await judge(udp, ...allow)).requirements.tls.state).toBe('unverified');
  });
});
