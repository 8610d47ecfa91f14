import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { evaluate, loadPolicy, loadPolicyFromString } from '../../src/policy/index.js';
import { ctx, finding } from './helpers.js';

async function errorsOf(text: string, file = 'p.yml'): Promise<string[]> {
  try {
    await loadPolicyFromString(text, file);
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    return err.message.split('\n');
  }
  throw new Error('expected a ConfigurationError');
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('semantic checks', () => {
  it('names an unknown service and suggests the nearest', async () => {
    expect(await errorsOf(lines('version: 1', 'allow:', '  - { service: postgress }'))).toEqual([
      'p.yml:3:16: allow[0].service: "postgress" is not a service Portcullis knows; did you mean "postgres"? (the known services are listed in docs/policy.md)',
    ]);
  });

  it('reports semantic errors beside schema errors, in one run, but none for the malformed element itself', async () => {
    const errors = await errorsOf(
      lines(
        'version: 1',
        'targets:',
        '  - name: web',
        '    hosts: ["10.0.0.0/33"]',
        '    allow:',
        '      - { port: 443, service: htps }',
        '      - { port: 70000, service: nope }',
      ),
    );
    expect(errors).toEqual([
      'p.yml:4:13: targets[0].hosts[0]: "10.0.0.0/33" is not a valid CIDR block: an IPv4 prefix length is 0–32 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:6:31: targets[0].allow[0].service: "htps" is not a service Portcullis knows; did you mean "https"? (the known services are listed in docs/policy.md)',
      'p.yml:7:17: targets[0].allow[1].port: 70000 is not a port (1–65535)',
    ]);
  });

  it('accepts service aliases and lists', async () => {
    const p = await loadPolicyFromString(
      lines('version: 1', 'allow:', '  - { service: [postgres, www] }'),
      'p.yml',
    );
    expect(p.scopes[0].allow[0].services).toEqual(['postgresql', 'http']);
  });

  it('rejects an invalid CIDR, and a port range that runs backwards', async () => {
    const errors = await errorsOf(
      lines(
        'version: 1',
        'targets:',
        '  - name: a',
        '    hosts: ["10.0.0.0/33", "10.1.0.0/16"]',
        '    allow:',
        '      - { port: "9000-8000" }',
      ),
    );
    expect(errors).toEqual([
      'p.yml:4:13: targets[0].hosts[0]: "10.0.0.0/33" is not a valid CIDR block: an IPv4 prefix length is 0–32 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:6:17: targets[0].allow[0].port: "9000-8000" is a range whose start is after its end: write 8000-9000',
    ]);
  });

  it('rejects a port both allowed and denied in one scope, but not across scopes', async () => {
    const errors = await errorsOf(
      lines(
        'version: 1',
        'targets:',
        '  - name: a',
        '    hosts: ["*"]',
        '    allow:',
        '      - { ports: ["20-30"], protocol: tcp }',
        '    deny:',
        '      - { port: 23, reason: telnet }',
      ),
    );
    expect(errors).toEqual([
      'p.yml:6:9: targets[0].allow[0]: port 23/tcp is both allowed here and denied by targets[0].deny[0] (line 8) in the same scope; remove one of them',
    ]);
    await expect(
      loadPolicyFromString(
        lines(
          'version: 1',
          'deny:',
          '  - { port: 23, reason: telnet }',
          'targets:',
          '  - name: a',
          '    hosts: ["*"]',
          '    allow: [{ port: 23 }]',
        ),
        'p.yml',
      ),
    ).resolves.toBeDefined();
  });

  it('rejects a service both allowed and denied in one scope', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'allow: [{ service: redis, port: 6379 }]',
          'deny: [{ service: [redis, memcached], reason: no caches }]',
        ),
      ),
    ).toEqual([
      'p.yml:2:9: allow[0]: service redis is both allowed here and denied by deny[0] (line 3) in the same scope; remove one of them',
    ]);
  });

  it('does not call allow and deny of different protocols a contradiction', async () => {
    await expect(
      loadPolicyFromString(
        lines(
          'version: 1',
          'allow: [{ port: 53, protocol: udp }]',
          'deny: [{ port: 53, protocol: tcp, reason: no zone transfers }]',
        ),
        'p.yml',
      ),
    ).resolves.toBeDefined();
  });

  it('rejects a rule that would match every open port', async () => {
    expect(await errorsOf(lines('version: 1', 'allow:', '  - { severity: low }'))).toEqual([
      'p.yml:3:5: allow[0]: this allow rule matches every port (it names no port and no service), so it would allow whatever listens; name the ports or services it allows, such as port: 443 or service: https',
    ]);
  });
  it('reports an exception that can match nothing: unknown target or rule', async () => {
    const errors = await errorsOf(
      lines(
        'version: 1',
        'targets: [{ name: web, hosts: ["*"], allow: [{ port: 443 }] }]',
        'exceptions:',
        '  - match: { target: webb }',
        '    reason: r',
        '    approved_by: "@sec"',
        '    expires: never',
        '  - match: { rule: no-such-rule }',
        '    reason: r',
        '    approved_by: "@sec"',
        '    expires: never',
      ),
    );
    expect(errors).toEqual([
      'p.yml:4:22: exceptions[0].match.target: this exception matches nothing: there is no target named "webb" (targets: web)',
      'p.yml:8:20: exceptions[1].match.rule: this exception matches nothing: there is no rule with id "no-such-rule"',
    ]);
  });

  it('requires reason, approver and an explicit expiry on exceptions', async () => {
    const errors = await errorsOf(lines('version: 1', 'exceptions:', '  - match: { port: 22 }'));
    expect(errors).toEqual([
      expect.stringMatching(/^p\.yml:3:5: exceptions\[0\]: reason is required/),
      expect.stringMatching(/^p\.yml:3:5: exceptions\[0\]: approved_by is required/),
      expect.stringMatching(
        /^p\.yml:3:5: exceptions\[0\]: expires is required \(The last day this exception applies/,
      ),
    ]);
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'exceptions:',
          '  - { match: { port: 22 }, reason: "", approved_by: x, expires: never }',
        ),
      ),
    ).toEqual(['p.yml:3:36: exceptions[0].reason: must not be empty']);
  });

  it('accepts a malformed expiry date with a warning (it counts as expired)', async () => {
    const p = await loadPolicyFromString(
      lines(
        'version: 1',
        'exceptions:',
        '  - { match: { port: 22 }, reason: r, approved_by: x, expires: 31/12/2027 }',
      ),
      'p.yml',
    );
    expect(p.exceptions[0].malformedExpiry).toBe(true);
    expect(p.warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual([
      '3:64 "31/12/2027" is not a date (YYYY-MM-DD) nor never, so this exception counts as expired',
    ]);
  });

  it('treats an impossible calendar date as malformed', async () => {
    const p = await loadPolicyFromString(
      lines(
        'version: 1',
        'exceptions:',
        '  - { match: { port: 22 }, reason: r, approved_by: x, expires: 2027-02-30 }',
      ),
      'p.yml',
    );
    expect(p.exceptions[0].malformedExpiry).toBe(true);
  });

  it('reports schema errors of wrong types everywhere, all at once', async () => {
    const errors = await errorsOf(
      lines(
        'version: 1',
        'mode: 3',
        'default: [deny]',
        'fail-on: sometimes',
        'targets: {}',
        'allow: "443"',
        'remote_access: { require: { vpn: "yes" } }',
        'exceptions: [1]',
      ),
    );
    expect(errors).toEqual([
      'p.yml:2:7: mode: 3 is not one of enforce, warn',
      'p.yml:3:10: default: a list is not one of deny, warn, allow (or a mapping with action and severity)',
      'p.yml:4:10: fail-on: "sometimes" is not one of any, low, medium, high, critical, new',
      'p.yml:5:10: targets: a mapping is not a list',
      'p.yml:6:8: allow: "443" is not a list',
      'p.yml:7:34: remote_access.require.vpn: "yes" is not true or false',
      'p.yml:8:14: exceptions[0]: 1 is not a mapping of keys to values',
    ]);
  });

  it('says what is wrong inside a default written as a mapping', async () => {
    expect(await errorsOf(lines('version: 1', 'default: { action: deny, severity: urgent }'))).toEqual([
      'p.yml:2:36: default.severity: "urgent" is not one of low, medium, high, critical',
    ]);
  });
});

describe('rules that match every port', () => {
  const ALLOW_FIX =
    'so it would allow whatever listens; name the ports or services it allows, such as port: 443 or service: https';

  it('refuses an allow rule that names only a protocol or a vantage, at the top level and in a target', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'allow:',
          '  - { protocol: any }',
          '  - { protocol: tcp }',
          'targets:',
          '  - name: web',
          '    hosts: ["10.0.0.5"]',
          '    allow:',
          '      - { protocol: udp, vantages: [untrusted] }',
        ),
      ),
    ).toEqual([
      `p.yml:3:5: allow[0]: this allow rule matches every port (it names no port and no service), ${ALLOW_FIX}`,
      `p.yml:4:5: allow[1]: this allow rule matches every port (it names no port and no service), ${ALLOW_FIX}`,
      `p.yml:9:9: targets[0].allow[0]: this allow rule matches every port of target "web" (it names no port and no service), ${ALLOW_FIX}`,
    ]);
  });

  it('refuses ports that cover 1-65535 however they are written', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'allow:',
          '  - { port: "1-65535", protocol: tcp }',
          '  - { ports: [1-1000, 1001-65535] }',
          '  - { ports: ["0-65535"] }',
          '  - { service: [] }',
        ),
      ),
    ).toEqual([
      `p.yml:3:5: allow[0]: this allow rule matches every port (its ports cover 1-65535), ${ALLOW_FIX}`,
      `p.yml:4:5: allow[1]: this allow rule matches every port (its ports cover 1-65535), ${ALLOW_FIX}`,
      'p.yml:5:15: allow[2].ports[0]: "0" is not a port (1–65535) in "0-65535"',
      'p.yml:6:16: allow[3].service: needs at least 1 item',
    ]);
  });

  it('refuses a deny rule for every port, pointing at default: deny', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'deny: [{ protocol: udp, reason: no UDP }]',
          'targets:',
          '  - name: db',
          '    hosts: ["10.0.1.0/24"]',
          '    deny: [{ ports: ["1-65535"], reason: nothing here }]',
        ),
      ),
    ).toEqual([
      'p.yml:2:8: deny[0]: this deny rule matches every port (it names no port and no service); to fail every port that no rule allows, write default: deny instead, or name the ports or services it denies',
      'p.yml:6:12: targets[0].deny[0]: this deny rule matches every port of target "db" (its ports cover 1-65535); to fail every port that no rule allows, write default: deny in this target instead, or name the ports or services it denies',
    ]);
  });

  it('accepts a deny that only fails what is proven open to anyone (when: { auth: none })', async () => {
    const p = await loadPolicyFromString(
      lines('version: 1', 'deny: [{ when: { auth: none }, reason: open to anyone }]'),
      'p.yml',
    );
    expect(p.scopes[0].deny[0]).toMatchObject({ ports: null, services: null, whenNoAuth: true });
  });

  it('refuses an exception whose match narrows nothing: protocol only, host *, every port, rule default, a target of every host', async () => {
    const exception = (match: string) =>
      `  - { match: ${match}, reason: r, approved_by: "@sec", expires: never }`;
    const FIX = 'name the host, port, service or rule it waives';
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'targets:',
          '  - { name: all, hosts: ["10.0.0.5", "*"], allow: [{ port: 443 }] }',
          '  - { name: web, hosts: ["10.0.0.5"], allow: [{ port: 443 }], default: deny }',
          'exceptions:',
          exception('{ protocol: tcp }'),
          exception('{ host: "*" }'),
          exception('{ host: "0.0.0.0/0", ports: ["1-65535"] }'),
          exception('{ rule: default }'),
          exception('{ target: all }'),
          exception('{ target: web }'),
          exception('{ rule: web.default }'),
          exception('{ host: bastion.example.com }'),
          exception('{ rule: "targets[0].allow[0]", protocol: tcp }'),
          exception('{ service: ssh }'),
        ),
      ),
    ).toEqual([
      `p.yml:6:14: exceptions[0].match: this exception matches every port (its match names no host, port, service or rule), so it would waive every failing verdict; ${FIX}`,
      `p.yml:7:14: exceptions[1].match: this exception matches every port (its match names no host, port, service or rule), so it would waive every failing verdict; ${FIX}`,
      `p.yml:8:14: exceptions[2].match: this exception matches every port (its match names no host, port, service or rule), so it would waive every failing verdict; ${FIX}`,
      `p.yml:9:14: exceptions[3].match: this exception matches every port that no rule allows (rule "default" and no host, port or service), so it would waive every unapproved port; ${FIX}`,
      `p.yml:10:14: exceptions[4].match: this exception matches every port of target "all", whose hosts ("*") leave no host out, so it would waive every failing verdict; ${FIX}`,
    ]);
  });
});

describe('host entries written as addresses', () => {
  it('says nothing more about an exception scoped to a target whose hosts are all wrong', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'targets: [{ name: web, hosts: ["300.1.1.1"], allow: [{ port: 443 }] }]',
          'exceptions: [{ match: { target: web }, reason: r, approved_by: x, expires: never }]',
        ),
      ),
    ).toEqual(['p.yml:2:32: targets[0].hosts[0]: "300.1.1.1" is not an IPv4 address: 300 is more than 255']);
  });

  it('refuses invalid IPv4 and IPv6 literals and CIDR blocks, each at its own position', async () => {
    const errors = await errorsOf(
      lines(
        'version: 1',
        'targets:',
        '  - name: a',
        '    hosts:',
        '      - 300.1.1.1',
        '      - 10.0.0',
        '      - 010.0.0.1',
        '      - "::g"',
        '      - fe80::1%eth0',
        '      - 10.0.0.0/33',
        '      - fd00::/129',
        '      - 300.0.0.0/8',
        '      - 10.0.0.0/x',
        '      - host.123',
        '      - 10.0.0.1-20',
        '    allow: [{ port: 443 }]',
        'exceptions:',
        '  - { match: { host: 10.0.0.256 }, reason: r, approved_by: x, expires: never }',
      ),
    );
    expect(errors).toEqual([
      'p.yml:5:9: targets[0].hosts[0]: "300.1.1.1" is not an IPv4 address: 300 is more than 255',
      'p.yml:6:9: targets[0].hosts[1]: "10.0.0" is not an IPv4 address: an IPv4 address is four numbers 0–255, such as 10.20.0.5',
      'p.yml:7:9: targets[0].hosts[2]: "010.0.0.1" is not an IPv4 address: 010 has a leading zero, which some tools read as octal; write it without',
      'p.yml:8:9: targets[0].hosts[3]: "::g" is not an IPv6 address (such as fd00::1 or 2001:db8::5)',
      'p.yml:9:9: targets[0].hosts[4]: "fe80::1%eth0" is not an IPv6 address Portcullis takes: zone indexes (%…) are not taken; write the address alone',
      'p.yml:10:9: targets[0].hosts[5]: "10.0.0.0/33" is not a valid CIDR block: an IPv4 prefix length is 0–32 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:11:9: targets[0].hosts[6]: "fd00::/129" is not a valid CIDR block: an IPv6 prefix length is 0–128 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:12:9: targets[0].hosts[7]: "300.0.0.0/8" is not a valid CIDR block: "300.0.0.0" is not an IPv4 address: 300 is more than 255 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:13:9: targets[0].hosts[8]: "10.0.0.0/x" is not a valid CIDR block: an IPv4 prefix length is 0–32 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:14:9: targets[0].hosts[9]: "host.123" is neither a hostname (no hostname ends in a number) nor an IPv4 address',
      'p.yml:15:9: targets[0].hosts[10]: "10.0.0.1-20" is an address range, which only the scan targets take; write a CIDR block (such as 10.0.0.0/28) or list the addresses',
      'p.yml:18:22: exceptions[0].match.host: "10.0.0.256" is not an IPv4 address: 256 is more than 255',
    ]);
  });

  it('keeps hostnames, globs, addresses and blocks that are valid, and matches them as before', async () => {
    const p = await loadPolicyFromString(
      lines(
        'version: 1',
        'targets:',
        '  - name: a',
        '    hosts: ["10.0.0.5", "[::1]", "fd00::/64", "::ffff:10.9.0.0/112", "*.example.com", "10.1.*", "web-1.internal", "fe80::*"]',
        '    allow: [{ port: 443 }]',
      ),
      'p.yml',
    );
    const hosts = p.scopes[0].hosts ?? [];
    expect(hosts.map((h) => h.kind)).toEqual(['ip', 'ip', 'cidr', 'cidr', 'glob', 'glob', 'glob', 'glob']);
    const at = (address: string, hostname?: string) =>
      evaluate([finding(address, 443, 'https', {}, hostname ? { hostname } : {})], p, ctx()).verdicts[0]
        .outcome;
    expect(at('10.0.0.5')).toBe('pass');
    expect(at('::1')).toBe('pass');
    expect(at('fd00::1:2')).toBe('pass');
    expect(at('10.9.3.4')).toBe('pass');
    expect(at('10.1.2.3')).toBe('pass');
    expect(at('192.0.2.1', 'a.example.com')).toBe('pass');
    expect(at('10.0.0.6')).toBe('fail');
  });
});

describe('port terms: the grammar of --ports without its sets', () => {
  it("takes service names for their registered ports, by the rule's protocol", async () => {
    const p = await loadPolicyFromString(
      lines(
        'version: 1',
        'allow:',
        '  - { port: ssh }',
        '  - { ports: [dns, 8000-8001], protocol: udp }',
        '  - { ports: [" 80 - 81 ", 443] }',
      ),
      'p.yml',
    );
    expect(p.scopes[0].allow.map((r) => r.ports)).toEqual([
      [[22, 22]],
      [
        [53, 53],
        [8000, 8001],
      ],
      [
        [80, 81],
        [443, 443],
      ],
    ]);
  });

  it('refuses open-ended ranges with the full form, and the sets and prefixes only a scan takes', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'allow:',
          '  - { port: "80-" }',
          '  - { port: "-80" }',
          '  - { ports: [top-100, all, "udp:53", "!22"] }',
          '  - { port: sshh }',
          '  - { port: ssh, protocol: udp }',
        ),
      ),
    ).toEqual([
      'p.yml:3:13: allow[0].port: "80-" is not a range: write 80-65535',
      'p.yml:4:13: allow[1].port: "-80" is not a range: write 1-80',
      'p.yml:5:15: allow[2].ports[0]: "top-100" is a set of ports to probe (--ports, input ports), not something a rule can name; write ports, ranges or service names',
      'p.yml:5:24: allow[2].ports[1]: "all" is a set of ports to probe (--ports, input ports), not something a rule can name; write ports, ranges or service names',
      'p.yml:5:29: allow[2].ports[2]: "udp:53" has a protocol prefix, which only the ports to probe take; write protocol: udp beside the port',
      'p.yml:5:39: allow[2].ports[3]: "!22" is an exclusion of the ports to probe (--ports, input ports); a rule lists the ports it matches',
      'p.yml:6:13: allow[3].port: "sshh" is not a port (1–65535), a range such as "8000-8100" or a service name such as ssh; did you mean "ssh"?',
      'p.yml:7:13: allow[4].port: "ssh": the service ssh has no registered udp port',
    ]);
  });
});

describe('every error of every part in one run', () => {
  it('checks the other scopes of a file whose first scope breaks the schema', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'targets:',
          '  - name: a',
          '    allow: [{ port: 22 }]',
          '  - name: b',
          '    hosts: ["10.0.0.0/33"]',
          '    allow: [{ port: 443, service: htps }]',
          '    deny: [{ port: 443, reason: r }]',
        ),
      ),
    ).toEqual([
      'p.yml:3:5: targets[0]: hosts is required (Which hosts this scope covers: names or globs (matched against the name a scanned address came from), IP addresses and CIDR blocks)',
      'p.yml:6:13: targets[1].hosts[0]: "10.0.0.0/33" is not a valid CIDR block: an IPv4 prefix length is 0–32 (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:7:13: targets[1].allow[0]: port 443 is both allowed here and denied by targets[1].deny[0] (line 8) in the same scope; remove one of them',
      'p.yml:7:35: targets[1].allow[0].service: "htps" is not a service Portcullis knows; did you mean "https"? (the known services are listed in docs/policy.md)',
    ]);
  });

  it('checks the rules of a target whose own keys break the schema, and exceptions after a broken one', async () => {
    expect(
      await errorsOf(
        lines(
          'version: 1',
          'mode: sometimes',
          'allow: [{ protocol: tcp }]',
          'targets:',
          '  - name: 7',
          '    hosts: ["*"]',
          '    vantages: [inside]',
          '    allow: [{ port: 80, service: htp }]',
          'exceptions:',
          '  - { match: { port: 22 }, approved_by: x, expires: never }',
          '  - { match: { rule: no-such }, reason: r, approved_by: x, expires: never }',
        ),
      ),
    ).toEqual([
      'p.yml:2:7: mode: "sometimes" is not one of enforce, warn',
      `p.yml:3:9: allow[0]: this allow rule matches every port (it names no port and no service), so it would allow whatever listens; name the ports or services it allows, such as port: 443 or service: https`,
      'p.yml:5:11: targets[0].name: 7 is not a string',
      'p.yml:7:16: targets[0].vantages[0]: "inside" is not one of untrusted, vpn, internal',
      'p.yml:8:34: targets[0].allow[0].service: "htp" is not a service Portcullis knows; did you mean "http"? (the known services are listed in docs/policy.md)',
      'p.yml:10:5: exceptions[0]: reason is required (Why this is acceptable, in one sentence a reviewer can judge)',
      'p.yml:11:22: exceptions[1].match.rule: this exception matches nothing: there is no rule with id "no-such"',
    ]);
  });

  it('follows extends from a file with schema errors, and lets exceptions name a rule the schema rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-all-'));
    try {
      writeFileSync(join(dir, 'base.yml'), lines('version: 1', 'allow: [{ port: 443, service: htps }]'));
      const errors = await errorsOf(
        lines(
          'version: 1',
          'extends: ./base.yml',
          'default: denyy',
          'deny: [{ id: no-redis, service: redis }]',
          'exceptions:',
          '  - { match: { rule: no-redis, host: a.example }, reason: r, approved_by: x, expires: never }',
        ),
        join(dir, 'leaf.yml'),
      );
      expect(errors).toEqual([
        expect.stringMatching(/leaf\.yml:3:10: default: "denyy" is not one of deny, warn, allow/),
        expect.stringMatching(/leaf\.yml:4:8: deny\[0\]: reason is required/),
        expect.stringMatching(
          /base\.yml:2:31: allow\[0\]\.service: "htps" is not a service Portcullis knows/,
        ),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile policies', () => {
  it('refuses a YAML alias bomb without expanding it', async () => {
    let bomb = 'version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const errors = await errorsOf(bomb);
    expect(errors).toEqual([expect.stringMatching(/^p\.yml:1:1: the policy expands too many YAML aliases/)]);
  });

  it('refuses deep flow nesting before the YAML parser sees it', async () => {
    const errors = await errorsOf('version: 1\nallow: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n');
    expect(errors).toEqual([
      expect.stringMatching(/^p\.yml:2:\d+: the policy is nested more than 64 levels deep/),
    ]);
  });

  it('refuses deep block nesting', async () => {
    let text = 'version: 1\n';
    for (let i = 0; i < 200; i++) text += `${' '.repeat(i)}k${i}:\n`;
    const errors = await errorsOf(text);
    expect(errors).toEqual([expect.stringMatching(/the policy is nested more than 64 levels deep/)]);
  });

  it('refuses a file over 1 MiB', async () => {
    const errors = await errorsOf('version: 1\n' + '#'.repeat(1024 * 1024) + '\n');
    expect(errors).toEqual([
      'p.yml:1:1: the policy is larger than 1024 KiB; a port policy should be a few KiB',
    ]);
  });

  it('explains empty and non-mapping documents', async () => {
    // An empty file, or one of comments only, is named as such (not "null is not a mapping").
    for (const text of ['', '\n\n', '# only a comment\n  \n# and another\n'])
      expect(await errorsOf(text)).toEqual([
        'p.yml:1:1: the policy file is empty (nothing but whitespace or comments); a policy starts with `version: 1` (see docs/policy.md)',
      ]);
    // An explicit null is a value, and not a mapping.
    expect(await errorsOf('~\n')).toEqual([
      expect.stringMatching(/^p\.yml:1:1: null \(an empty value\) is not a mapping/),
    ]);
    expect(await errorsOf('just a string')).toEqual([
      expect.stringMatching(/^p\.yml:1:1: "just a string" is not a mapping/),
    ]);
    expect(await errorsOf('\u0000\u0001\u0002')).toEqual([expect.stringMatching(/^p\.yml:1:1: /)]);
  });

  it('rejects a second YAML document', async () => {
    expect(await errorsOf('version: 1\n---\nversion: 1\n')).toEqual([
      expect.stringMatching(/^p\.yml:2:1: YAML syntax error: /),
    ]);
  });
});

describe('extends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('merges a local baseline: scalars from the extending file, rules and exceptions from both', async () => {
    write(
      'org.yml',
      lines(
        'version: 1',
        'default: deny',
        'mode: warn',
        'deny: [{ id: no-redis, service: redis, reason: "org: no redis" }]',
        'exceptions:',
        '  - { match: { port: 22 }, reason: org bastion, approved_by: "@org", expires: never }',
        'allow_permanent_exceptions: true',
      ),
    );
    const leaf = write(
      'repo.yml',
      lines(
        'version: 1',
        'extends: ./org.yml',
        'mode: enforce',
        'targets: [{ name: app, hosts: ["*"], allow: [{ port: 6379 }] }]',
        'exceptions:',
        '  - { match: { port: 8080 }, reason: repo thing, approved_by: "@repo", expires: never }',
      ),
    );
    const p = await loadPolicy(leaf);
    expect(p.mode).toBe('enforce');
    expect(p.default.action).toBe('deny');
    expect(p.default.ref.file).toMatch(/org\.yml$/);
    expect(p.exceptions.map((e) => e.reason)).toEqual(['org bastion', 'repo thing']);
    expect(p.files).toHaveLength(2);
    const deny = p.scopes.flatMap((s) => s.deny)[0];
    expect(deny.ref.file).toMatch(/org\.yml$/);
    expect(deny.ref.line).toBe(4);
  });

  it('applies the exceptions of the baseline and of the extending file alike', async () => {
    const p = await loadPolicy(join(dir, 'repo.yml'));
    const ev = evaluate(
      [finding('10.0.0.1', 22, 'ssh'), finding('10.0.0.1', 8080, 'http'), finding('10.0.0.1', 6379, 'redis')],
      p,
      ctx(),
    );
    expect(ev.verdicts.map((v) => [v.port, v.outcome, v.exception?.approvedBy ?? v.rule.id])).toEqual([
      [22, 'pass', '@org'],
      [6379, 'fail', 'no-redis'],
      [8080, 'pass', '@repo'],
    ]);
  });

  it('extends the built-in policies by name', async () => {
    const p = await loadPolicyFromString(
      lines('version: 1', 'extends: [portcullis:recommended]'),
      join(dir, 'x.yml'),
    );
    expect(p.files).toEqual([join(dir, 'x.yml'), 'portcullis:recommended']);
    expect(p.remoteAccess).toMatchObject({ vpn: true, mfa: true });
    const ids = p.scopes.flatMap((s) => s.deny.map((r) => r.id));
    expect(ids).toEqual(
      expect.arrayContaining(['no-telnet', 'no-ftp', 'no-tftp', 'no-smb-untrusted', 'no-snmp-public']),
    );
  });

  it('reports a missing file, an unknown built-in and a cycle at the extends entry', async () => {
    write('a.yml', lines('version: 1', 'extends: ./b.yml'));
    write('b.yml', lines('version: 1', 'extends: ./a.yml'));
    const errors = await errorsOf(
      lines('version: 1', 'extends: [./nope.yml, "portcullis:lax", ./a.yml]'),
      join(dir, 'c.yml'),
    );
    expect(errors[0]).toMatch(/c\.yml:2:11: extends\[0\]: cannot read "\.\/nope\.yml": no such file$/);
    expect(errors[1]).toMatch(
      /c\.yml:2:23: extends\[1\]: "portcullis:lax" is not a built-in policy \(known: .*portcullis:recommended.*\)/,
    );
    expect(errors[2]).toMatch(/b\.yml:2:10: extends: extends "\.\/a\.yml" forms a cycle/);
  });

  it('refuses to extend a file outside the repository', async () => {
    const errors = await errorsOf(
      lines('version: 1', 'extends: ../../../../../../../etc/passwd'),
      join(dir, 'f.yml'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /f\.yml:2:10: extends: "\.\.\/.*etc\/passwd" is outside the repository \(.*\); extends reads only files under it$/,
      ),
    ]);
  });

  it("reports errors inside an extended file at that file's own lines", async () => {
    write('broken.yml', lines('version: 1', 'allow:', '  - { port: 0 }'));
    const errors = await errorsOf(lines('version: 1', 'extends: ./broken.yml'), join(dir, 'd.yml'));
    expect(errors).toEqual([
      expect.stringMatching(/broken\.yml:3:13: allow\[0\]\.port: 0 is not a port \(1–65535\)$/),
    ]);
  });

  it('rejects the same target name in a base and the extending file', async () => {
    write('base-t.yml', lines('version: 1', 'targets: [{ name: web, hosts: ["*"] }]'));
    const errors = await errorsOf(
      lines('version: 1', 'extends: ./base-t.yml', 'targets: [{ name: web, hosts: ["*"] }]'),
      join(dir, 'e.yml'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/e\.yml:3:11: target name "web" is already used in .*base-t\.yml:2/),
    ]);
  });

  it('loads a built-in by name through loadPolicy', async () => {
    const p = await loadPolicy('portcullis:strict');
    expect(p.file).toBe('portcullis:strict');
    expect(p.unverified).toBe('fail');
  });
});

describe('reading policy files', () => {
  it('refuses a directory, a device and an oversize file before reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-read-'));
    try {
      writeFileSync(join(dir, 'big.yml'), 'version: 1\n' + '#'.repeat(2 * 1024 * 1024));
      const message = async (path: string) =>
        loadPolicy(path).then(
          () => 'loaded',
          (e: unknown) =>
            e instanceof ConfigurationError ? e.message : `not a ConfigurationError: ${String(e)}`,
        );
      expect(await message(dir)).toBe(`${dir}: cannot read the policy: it is a directory`);
      expect(await message('/dev/zero')).toBe('/dev/zero: cannot read the policy: not a regular file');
      expect(await message(join(dir, 'big.yml'))).toBe(
        `${join(dir, 'big.yml')}: cannot read the policy: larger than 1024 KiB`,
      );
      expect(await message(join(dir, 'missing.yml'))).toBe(
        `${join(dir, 'missing.yml')}: cannot read the policy: no such file`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
