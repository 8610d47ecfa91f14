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
      'p.yml:4:13: targets[0].hosts[0]: "10.0.0.0/33" is not a valid CIDR block (such as 10.20.0.0/24 or fd00::/64)',
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
      'p.yml:4:13: targets[0].hosts[0]: "10.0.0.0/33" is not a valid CIDR block (such as 10.20.0.0/24 or fd00::/64)',
      'p.yml:6:17: targets[0].allow[0].port: "9000-8000" is not a port range: both ends must be ports (1–65535), the first no larger than the second',
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
      'p.yml:3:5: allow[0]: this allow rule matches every open port; give it a port, ports, service or protocol',
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
    expect(await errorsOf('')).toEqual([
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
