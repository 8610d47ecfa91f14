import { describe, expect, it } from '@jest/globals';
import {
  baselineFromVerdicts,
  evaluate,
  loadPolicyFromString,
  parseBaseline,
} from '../../src/policy/index.js';
import { ctx, finding, NOW } from './helpers.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const load = (...l: string[]) => loadPolicyFromString(lines(...l), 'p.yml');

describe('requirements on allow rules', () => {
  const web = () =>
    load(
      'version: 1',
      'allow:',
      '  - { id: https, port: 443, require: { tls: ">=1.2" } }',
      '  - { id: http, port: 80, require: { redirect: https } }',
      '  - { id: cache, port: 6379, require: { auth: required } }',
    );

  it('verifies, violates or leaves unverified each requirement from the evidence', async () => {
    const ev = evaluate(
      [
        finding('127.0.0.1', 443, 'https', { 'tls.version': '1.3' }),
        finding('127.0.0.2', 443, 'https', { 'tls.version': '1.0' }),
        finding('127.0.0.3', 443, 'https'),
        finding('127.0.0.1', 80, 'http', {
          'http.redirects_to_https': true,
          'http.location_host': 'example.com',
        }),
        finding('127.0.0.2', 80, 'http', { 'http.redirects_to_https': false, 'http.status': 200 }),
        finding('127.0.0.1', 6379, 'redis', { 'redis.auth_required': true }),
        finding('127.0.0.2', 6379, 'redis', { 'redis.auth_required': false }),
      ],
      await web(),
      ctx(),
    );
    const by = (host: string, port: number) => ev.verdicts.find((v) => v.host === host && v.port === port);
    expect(by('127.0.0.1', 443)).toMatchObject({
      outcome: 'pass',
      requirements: { tls: { state: 'verified' } },
    });
    expect(by('127.0.0.2', 443)).toMatchObject({
      outcome: 'fail',
      message:
        'https on 127.0.0.2:443/tcp is allowed by rule "https" (p.yml:3) only if it negotiates TLS >=1.2, but TLS 1.0 was negotiated, older than the required 1.2',
      requirements: { tls: { state: 'violated' } },
    });
    expect(by('127.0.0.2', 443)?.fix).toMatch(/Disable TLS versions older than 1\.2/);
    expect(by('127.0.0.3', 443)).toMatchObject({
      outcome: 'warn',
      requirements: { tls: { state: 'unverified' } },
    });
    expect(by('127.0.0.1', 80)).toMatchObject({
      outcome: 'pass',
      requirements: { redirect: { state: 'verified' } },
    });
    expect(by('127.0.0.2', 80)).toMatchObject({
      outcome: 'fail',
      requirements: { redirect: { state: 'violated' } },
    });
    expect(by('127.0.0.2', 80)?.message).toContain('answers with status 200 instead of redirecting to HTTPS');
    expect(by('127.0.0.1', 6379)).toMatchObject({
      outcome: 'pass',
      requirements: { auth: { state: 'verified' } },
    });
    expect(by('127.0.0.2', 6379)).toMatchObject({
      outcome: 'fail',
      requirements: { auth: { state: 'violated' } },
    });
  });

  it('lets the policy decide what unverified does', async () => {
    for (const [unverified, outcome] of [
      ['warn', 'warn'],
      ['fail', 'fail'],
      ['pass', 'pass'],
    ] as const) {
      const p = await load(
        'version: 1',
        `unverified: ${unverified}`,
        'allow: [{ port: 443, require: { tls: ">=1.3" } }]',
      );
      expect(evaluate([finding('127.0.0.1', 443, 'https')], p, ctx()).verdicts[0].outcome).toBe(outcome);
    }
  });

  it('passes when any matching allow rule holds, even if a more specific one does not', async () => {
    const p = await load(
      'version: 1',
      'allow: [{ id: loose, port: 443 }]',
      'targets: [{ name: t, hosts: ["*"], allow: [{ id: strict, port: 443, require: { tls: ">=1.3" } }] }]',
    );
    const v = evaluate([finding('127.0.0.1', 443, 'https', { 'tls.version': '1.2' })], p, ctx()).verdicts[0];
    expect(v).toMatchObject({ outcome: 'pass', rule: { id: 'loose' } });
  });
});

describe('deny rules', () => {
  it('deny wins over allow from another scope or layer, and reports its reason', async () => {
    const p = await load(
      'version: 1',
      'deny: [{ id: no-telnet, service: telnet, reason: cleartext logins, severity: critical }]',
      'targets: [{ name: t, hosts: ["127.0.0.0/8"], allow: [{ port: 23 }] }]',
    );
    const v = evaluate([finding('127.0.0.1', 23, 'telnet')], p, ctx()).verdicts[0];
    expect(v).toMatchObject({ outcome: 'fail', severity: 'critical', rule: { id: 'no-telnet', line: 2 } });
    expect(v.message).toBe(
      'telnet on 127.0.0.1:23/tcp is denied by rule "no-telnet" (p.yml:2): cleartext logins',
    );
  });

  it('denies with when: { auth: none } only when the evidence proves no authentication', async () => {
    const p = await load(
      'version: 1',
      'default: allow',
      'deny: [{ id: snmp-public, service: snmp, when: { auth: none }, reason: community public answers }]',
    );
    const ev = evaluate(
      [
        finding('127.0.0.1', 161, 'snmp', { 'snmp.public': true }, { protocol: 'udp' }),
        finding('127.0.0.2', 161, 'snmp', { 'snmp.public': false }, { protocol: 'udp' }),
        finding('127.0.0.3', 161, 'snmp', {}, { protocol: 'udp' }),
      ],
      p,
      ctx(),
    );
    expect(ev.verdicts.map((v) => [v.host, v.outcome, v.rule.id])).toEqual([
      ['127.0.0.1', 'fail', 'snmp-public'],
      ['127.0.0.2', 'pass', 'default'],
      ['127.0.0.3', 'pass', 'default'],
    ]);
  });
});

describe('vantage', () => {
  it('applies rules and targets only in the vantages they name', async () => {
    const p = await load(
      'version: 1',
      'default: allow',
      'deny: [{ id: db, service: postgresql, vantages: [untrusted], reason: no db from outside }]',
      'targets: [{ name: inside, hosts: ["*"], vantages: [internal], default: deny }]',
    );
    const f = [finding('10.0.0.5', 5432, 'postgresql'), finding('10.0.0.5', 8080, 'http')];
    expect(
      evaluate(f, p, ctx({ vantage: 'untrusted' })).verdicts.map((v) => [v.port, v.outcome, v.rule.id]),
    ).toEqual([
      [5432, 'fail', 'db'],
      [8080, 'pass', 'default'],
    ]);
    expect(
      evaluate(f, p, ctx({ vantage: 'internal' })).verdicts.map((v) => [v.port, v.outcome, v.rule.id]),
    ).toEqual([
      [5432, 'fail', 'inside.default'],
      [8080, 'fail', 'inside.default'],
    ]);
    expect(evaluate(f, p, ctx({ vantage: 'vpn' })).result).toBe('pass');
  });
});

describe('remote access', () => {
  const ra = (...extra: string[]) =>
    load(
      'version: 1',
      'default: deny',
      'allow: [{ id: ssh, service: ssh }]',
      'remote_access:',
      '  require: { vpn: true, mfa: true }',
      ...extra,
    );

  it('fails SSH reachable from the untrusted vantage with password login, naming remote_access', async () => {
    const v = evaluate(
      [
        finding('127.0.0.1', 22, 'ssh', {
          'ssh.auth_methods': ['publickey', 'password'],
          'ssh.password_auth': true,
        }),
      ],
      await ra(),
      ctx(),
    ).verdicts[0];
    expect(v).toMatchObject({
      outcome: 'fail',
      rule: { id: 'remote_access', line: 4 },
      requirements: { vpn: { state: 'violated' }, mfa: { state: 'violated' } },
    });
    expect(v.message).toBe(
      'ssh on 127.0.0.1:22/tcp is remote access, which rule "remote_access" (p.yml:4) allows only through a VPN and with a second factor, but ssh is reachable from the untrusted vantage, so not only through a VPN; password login is offered as a first factor',
    );
    expect(v.fix).toMatch(/AuthenticationMethods publickey,keyboard-interactive/);
  });

  it('verifies MFA by partial success, and leaves VPN unverified from the vpn vantage', async () => {
    const v = evaluate(
      [
        finding('127.0.0.1', 22, 'ssh', {
          'ssh.auth_methods': ['publickey'],
          'ssh.partial_success': true,
          'ssh.second_factor_methods': ['keyboard-interactive'],
        }),
      ],
      await ra(),
      ctx({ vantage: 'vpn' }),
    ).verdicts[0];
    expect(v.requirements).toEqual({
      vpn: expect.objectContaining({ state: 'unverified' }),
      mfa: {
        state: 'verified',
        detail: 'after the first factor the server demanded another (keyboard-interactive)',
      },
    });
    expect(v.outcome).toBe('warn');
  });

  it('proves the opposite for VNC without authentication, RDP without NLA and Telnet', async () => {
    const ev = evaluate(
      [
        finding('127.0.0.1', 5900, 'vnc', { 'vnc.security_types': ['None'], 'vnc.no_auth': true }),
        finding('127.0.0.1', 3389, 'rdp', {
          'rdp.nla_required': false,
          'rdp.standard_security_allowed': true,
        }),
        finding('127.0.0.1', 23, 'telnet', { 'telnet.open': true }),
      ],
      await ra(),
      ctx({ vantage: 'internal' }),
    );
    expect(ev.verdicts.map((v) => [v.port, v.requirements.mfa?.state])).toEqual([
      [23, 'violated'],
      [3389, 'violated'],
      [5900, 'violated'],
    ]);
  });

  it('turns unverified into attested, and passes, with an exception', async () => {
    const p = await ra(
      'exceptions:',
      '  - match: { host: 127.0.0.1, port: 22 }',
      '    reason: bastion, MFA enforced by the identity provider',
      '    approved_by: "@acme/security"',
      '    ticket: https://tracker.example.com/SEC-1',
      '    expires: 2027-03-31',
    );
    // From the internal vantage nothing is proven: both requirements are unverified, and the exception attests them.
    const v = evaluate(
      [finding('127.0.0.1', 22, 'ssh', { 'ssh.auth_methods': ['publickey'] })],
      p,
      ctx({ vantage: 'internal' }),
    ).verdicts[0];
    expect(v.outcome).toBe('pass');
    expect(v.rule).toMatchObject({ id: 'exceptions[0]', line: 7 });
    expect(v.exception).toEqual({
      reason: 'bastion, MFA enforced by the identity provider',
      approvedBy: '@acme/security',
      expires: '2027-03-31',
      ticket: 'https://tracker.example.com/SEC-1',
      rule: { id: 'exceptions[0]', file: 'p.yml', line: 7, column: 5 },
    });
    expect(v.requirements.mfa.state).toBe('attested');
    expect(v.requirements.vpn.state).toBe('attested');
  });
});

describe('exceptions', () => {
  const withException = (expires: string) =>
    load(
      'version: 1',
      'exceptions:',
      '  - match: { port: 6379 }',
      '    reason: legacy cache, migration planned',
      '    approved_by: "@sec"',
      `    expires: ${expires}`,
      '  - match: { port: 9999 }',
      '    reason: stale',
      '    approved_by: "@sec"',
      '    expires: never',
      'allow_permanent_exceptions: true',
    );

  it('an expired exception fails with a sentence naming the date', async () => {
    const ev = evaluate([finding('127.0.0.1', 6379, 'redis')], await withException('2026-11-25'), ctx());
    expect(ev.result).toBe('fail');
    expect(ev.verdicts[0].rule).toMatchObject({ id: 'exceptions[0]', line: 3 });
    expect(ev.verdicts[0].message).toMatch(
      /^Exception "exceptions\[0\]" \(p\.yml:3\) for redis on 127\.0\.0\.1:6379\/tcp expired on 2026-11-25, so rule "default" \(p\.yml:1\) applies again: /,
    );
  });

  it('is valid through the whole of its last day (UTC)', async () => {
    const p = await withException('2026-11-26');
    expect(
      evaluate([finding('127.0.0.1', 6379, 'redis')], p, ctx({ now: new Date('2026-11-26T23:59:59Z') }))
        .result,
    ).toBe('pass');
    expect(
      evaluate([finding('127.0.0.1', 6379, 'redis')], p, ctx({ now: new Date('2026-11-27T00:00:00Z') }))
        .result,
    ).toBe('fail');
  });

  it('a malformed date counts as expired', async () => {
    const ev = evaluate([finding('127.0.0.1', 6379, 'redis')], await withException('soon'), ctx());
    expect(ev.result).toBe('fail');
    expect(ev.verdicts[0].message).toContain(
      'has an expiry date that cannot be read ("soon"), which counts as expired',
    );
  });

  it('reports an exception that matched nothing as a notice', async () => {
    const ev = evaluate([finding('127.0.0.1', 6379, 'redis')], await withException('never'), ctx());
    expect(ev.result).toBe('pass');
    expect(ev.notices).toEqual([
      'Exception "exceptions[1]" (p.yml:7) matches no open port in this scan; remove it if it is stale.',
    ]);
    expect(ev.matchedExceptions).toEqual([{ id: 'exceptions[0]', file: 'p.yml', line: 3, column: 5 }]);
  });

  it('waives only what its rule key names', async () => {
    const p = await load(
      'version: 1',
      'deny: [{ id: no-redis, service: redis, reason: r }]',
      'exceptions:',
      '  - { match: { rule: default, ports: [6379, 6380] }, reason: r, approved_by: x, expires: never }',
      'allow_permanent_exceptions: true',
    );
    expect(evaluate([finding('127.0.0.1', 6379, 'redis')], p, ctx()).result).toBe('fail');
    expect(evaluate([finding('127.0.0.1', 6380)], p, ctx()).result).toBe('pass');
    expect(evaluate([finding('127.0.0.1', 6381)], p, ctx()).result).toBe('fail');
  });
});

describe('fail-on, mode, UDP silence', () => {
  it('fails only at or above the fail-on severity; the rest become warnings', async () => {
    const p = await load(
      'version: 1',
      'fail-on: high',
      'default: { action: deny, severity: medium }',
      'deny: [{ port: 23, reason: telnet, severity: critical }]',
    );
    const ev = evaluate([finding('127.0.0.1', 23, 'telnet'), finding('127.0.0.1', 8080, 'http')], p, ctx());
    expect(ev.verdicts.map((v) => [v.port, v.outcome, v.severity])).toEqual([
      [23, 'fail', 'critical'],
      [8080, 'warn', 'medium'],
    ]);
    expect(ev.verdicts[1].message).toContain('(severity medium is below fail-on: high)');
    expect(ev.summary).toEqual({ violations: 1, warnings: 1, passed: 0, newViolations: 1 });
  });

  it('warn mode reports violations as warnings and passes', async () => {
    const ev = evaluate([finding('127.0.0.1', 6379, 'redis')], await load('version: 1', 'mode: warn'), ctx());
    expect(ev.result).toBe('pass');
    expect(ev.verdicts[0].outcome).toBe('warn');
    expect(ev.notices).toContain(
      'p.yml is in warn mode: violations are reported as warnings and do not fail the check.',
    );
  });

  it('never fails on UDP silence alone', async () => {
    const ev = evaluate(
      [finding('127.0.0.1', 161, 'snmp', {}, { protocol: 'udp', state: 'open|filtered' })],
      await load('version: 1'),
      ctx(),
    );
    expect(ev.verdicts[0].outcome).toBe('warn');
    expect(ev.verdicts[0].message).toContain('UDP gave no reply');
  });
});

describe('baseline', () => {
  it('marks verdicts new, unchanged and gone, and fail-on: new fails only on new ones', async () => {
    const p = await load('version: 1', 'fail-on: new');
    const before = evaluate(
      [
        finding('10.0.0.1', 6379, 'redis', {}, { hostname: 'cache.example.com' }),
        finding('10.0.0.1', 21, 'ftp'),
      ],
      p,
      ctx(),
    );
    expect(before.notices).toContain(
      'fail-on: new was given without a baseline, so every violation counts as new.',
    );
    const baseline = parseBaseline(
      JSON.stringify(baselineFromVerdicts(before.verdicts, { now: NOW })),
      'b.json',
    );
    expect(baseline.entries.map((e) => e.key)).toEqual(['10.0.0.1:21/tcp', 'cache.example.com:6379/tcp']);

    // The cache moved to another address (same name): unchanged. FTP closed: gone. Postgres opened: new.
    const after = evaluate(
      [
        finding('10.0.0.9', 6379, 'redis', {}, { hostname: 'cache.example.com' }),
        finding('10.0.0.1', 5432, 'postgresql'),
      ],
      p,
      { ...ctx(), baseline },
    );
    const by = (port: number) => after.verdicts.find((v) => v.port === port);
    expect(by(6379)).toMatchObject({ baseline: 'unchanged', new: false, outcome: 'warn' });
    expect(by(5432)).toMatchObject({ baseline: 'new', new: true, outcome: 'fail' });
    expect(by(21)).toMatchObject({ baseline: 'gone', outcome: 'pass' });
    expect(by(21)?.message).toBe(
      '10.0.0.1:21/tcp was open in the baseline (fail, rule "default" (p.yml:1)) and is not open now',
    );
    expect(after.summary).toEqual({ violations: 1, warnings: 1, passed: 0, newViolations: 1 });
    expect(after.result).toBe('fail');
  });

  it('marks nothing gone when the scan was interrupted', async () => {
    const p = await load('version: 1');
    const baseline = baselineFromVerdicts(evaluate([finding('10.0.0.1', 21, 'ftp')], p, ctx()).verdicts);
    const ev = evaluate([], p, { ...ctx(), baseline, partial: true });
    expect(ev.verdicts).toEqual([]);
    expect(ev.notices).toContain(
      'The scan was interrupted, so ports of the baseline that it did not see are not reported as gone.',
    );
    expect(evaluate([], p, { ...ctx(), baseline }).verdicts.map((v) => v.baseline)).toEqual(['gone']);
  });

  it('carries the service and product on every verdict, gone ones too (from the baseline)', async () => {
    const p = await load('version: 1');
    const redis = finding('10.0.0.1', 6379, 'redis');
    redis.service = { name: 'redis', product: 'Redis', version: '7.2.4', confidence: 'high' };
    const before = evaluate([redis, finding('10.0.0.1', 21, 'ftp'), finding('10.0.0.1', 9)], p, ctx());
    const byPort = (a: { port: number }, b: { port: number }) => a.port - b.port;
    expect([...before.verdicts].sort(byPort).map((v) => [v.port, v.service, v.product])).toEqual([
      [9, undefined, undefined],
      [21, 'ftp', undefined],
      [6379, 'redis', 'Redis'],
    ]);
    const baseline = parseBaseline(JSON.stringify(baselineFromVerdicts(before.verdicts)), 'b.json');
    const gone = evaluate([], p, { ...ctx(), baseline }).verdicts;
    expect([...gone].sort(byPort).map((v) => [v.port, v.baseline, v.service, v.product])).toEqual([
      [9, 'gone', undefined, undefined],
      [21, 'gone', 'ftp', undefined],
      [6379, 'gone', 'redis', 'Redis'],
    ]);
  });

  it('rejects a file that is not a baseline, with exit-2 errors', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/b\.json: the baseline is not JSON/);
    const entry = {
      key: 'a:1/tcp',
      host: 'a',
      port: 1,
      protocol: 'tcp',
      outcome: 'fail',
      rule: {},
      message: '',
    };
    expect(() =>
      parseBaseline(
        JSON.stringify({ version: 1, entries: [{ ...entry, service: { name: 'x' } }] }),
        'b.json',
      ),
    ).toThrow(/entries\[0\]: is not a baseline entry/);
    expect(parseBaseline(JSON.stringify({ version: 1, entries: [entry] }), 'b.json').entries).toHaveLength(1);
    expect(() => parseBaseline('{"version":1,"entries":[{"key":1}]}', 'b.json')).toThrow(
      /entries\[0\]: is not a baseline entry/,
    );
  });
});

describe('VPN gateways', () => {
  const gw = () =>
    load(
      'version: 1',
      'remote_access:',
      '  require: { vpn: true }',
      '  vpn_gateways:',
      '    - { host: vpn.example.com, port: 1194, protocol: udp, kind: openvpn }',
      '    - { host: 10.0.0.1, port: 51820, kind: wireguard }',
    );

  it('verifies the VPN when the gateway answers and no remote access is open from outside', async () => {
    const p = await gw();
    expect(p.vpnGateways[0]).toMatchObject({
      host: 'vpn.example.com',
      port: 1194,
      protocol: 'udp',
      kind: 'openvpn',
      rule: { line: 5 },
    });
    const ev = evaluate([], p, {
      ...ctx(),
      gateways: [
        {
          host: 'vpn.example.com',
          port: 1194,
          protocol: 'udp',
          kind: 'openvpn',
          answered: true,
          detail: 'ok',
        },
      ],
    });
    expect(ev.verdicts).toHaveLength(1);
    expect(ev.verdicts[0]).toMatchObject({ outcome: 'pass', requirements: { vpn: { state: 'verified' } } });
    expect(ev.notices).toEqual([
      'The wireguard gateway 10.0.0.1:51820/udp cannot be proven by a probe; its VPN requirement stays unverified.',
    ]);
  });

  it('warns when a declared gateway does not answer, and allows the gateway port itself', async () => {
    const p = await gw();
    const ev = evaluate(
      [finding('10.0.0.7', 1194, 'openvpn', {}, { protocol: 'udp', hostname: 'vpn.example.com' })],
      p,
      {
        ...ctx(),
        gateways: [
          {
            host: 'vpn.example.com',
            port: 1194,
            protocol: 'udp',
            kind: 'openvpn',
            answered: false,
            detail: 'silence',
          },
        ],
      },
    );
    expect(ev.verdicts).toHaveLength(1);
    expect(ev.verdicts[0]).toMatchObject({
      outcome: 'pass',
      rule: { id: 'remote_access.vpn_gateways[0]' },
      requirements: { vpn: { state: 'unverified' } },
    });
    const ev2 = evaluate([], p, {
      ...ctx(),
      gateways: [
        {
          host: 'vpn.example.com',
          port: 1194,
          protocol: 'udp',
          kind: 'openvpn',
          answered: false,
          detail: 'silence',
        },
      ],
    });
    expect(ev2.verdicts[0]).toMatchObject({ outcome: 'warn', severity: 'high' });
    expect(ev2.verdicts[0].message).toBe(
      'The declared openvpn VPN gateway vpn.example.com:1194/udp did not answer as openvpn, so remote access through it is unverified: silence',
    );
  });
  it('finds the gateway whatever the case or a trailing dot of its name, as the rule that allows it does', async () => {
    const p = await load(
      'version: 1',
      'remote_access:',
      '  require: { vpn: true }',
      '  vpn_gateways:',
      '    - { host: VPN.example.com, port: 1194, protocol: udp, kind: openvpn }',
    );
    const ev = evaluate(
      [finding('10.0.0.7', 1194, 'openvpn', {}, { protocol: 'udp', hostname: 'vpn.example.com.' })],
      p,
      {
        ...ctx(),
        gateways: [
          {
            host: 'vpn.example.com',
            port: 1194,
            protocol: 'udp',
            kind: 'openvpn',
            answered: true,
            detail: 'ok',
          },
        ],
      },
    );
    // One verdict, the finding's own, carrying the probe's result: no second verdict for the same endpoint.
    expect(ev.verdicts).toHaveLength(1);
    expect(ev.verdicts[0]).toMatchObject({
      host: '10.0.0.7',
      rule: { id: 'remote_access.vpn_gateways[0]' },
      requirements: { vpn: { state: 'verified' } },
    });
  });
});

describe('host patterns', () => {
  it('matches IPv4 and IPv6 CIDRs, literals, globs on names and on addresses', async () => {
    const p = await load(
      'version: 1',
      'default: deny',
      'targets:',
      '  - { name: v6net, hosts: ["fd00:1::/64"], allow: [{ port: 1 }] }',
      '  - { name: v6one, hosts: ["2001:db8::5"], allow: [{ port: 2 }] }',
      '  - { name: v4net, hosts: ["10.1.0.0/16"], allow: [{ port: 3 }] }',
      '  - { name: names, hosts: ["*.staging.example.com"], allow: [{ port: 4 }] }',
      '  - { name: addrglob, hosts: ["192.168.*"], allow: [{ port: 5 }] }',
    );
    const pass = (host: string, port: number, hostname?: string) =>
      evaluate([finding(host, port, undefined, {}, { hostname })], p, ctx()).verdicts[0].outcome === 'pass';
    expect(pass('fd00:1::abcd', 1)).toBe(true);
    expect(pass('fd00:2::1', 1)).toBe(false);
    expect(pass('2001:0db8:0000::0005', 2)).toBe(true);
    expect(pass('10.1.200.3', 3)).toBe(true);
    expect(pass('::ffff:10.1.2.3', 3)).toBe(true); // IPv4-mapped IPv6 is the IPv4 address
    expect(pass('10.2.0.1', 3)).toBe(false);
    expect(pass('10.9.9.9', 4, 'API.Staging.Example.com.')).toBe(true);
    expect(pass('10.9.9.9', 4, 'staging.example.com')).toBe(false);
    expect(pass('192.168.7.1', 5)).toBe(true);
    expect(pass('10.168.7.1', 5)).toBe(false);
  });
});
