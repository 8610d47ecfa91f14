import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { loadPolicyFromString } from '../../src/policy/index.js';

async function errorsOf(text: string, file = 'portcullis.yml'): Promise<string[]> {
  try {
    await loadPolicyFromString(text, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return (err as ConfigurationError).message.split('\n');
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadPolicyFromString', () => {
  it('loads a minimal policy with its defaults', async () => {
    const p = await loadPolicyFromString('version: 1\n', 'p.yml');
    expect(p.file).toBe('p.yml');
    expect(p.mode).toBe('enforce');
    expect(p.failOn).toBe('any');
    expect(p.default.action).toBe('deny');
    expect(p.vpnGateways).toEqual([]);
  });

  it('records where each rule is written', async () => {
    const p = await loadPolicyFromString(
      [
        'version: 1',
        'default: warn',
        'targets:',
        '  - name: web',
        '    hosts: ["*"]',
        '    allow:',
        '      - { port: 443, service: https }',
        '',
      ].join('\n'),
      'p.yml',
    );
    expect(p.default).toMatchObject({
      action: 'warn',
      ref: { id: 'default', file: 'p.yml', line: 2, column: 1 },
    });
    const rule = p.scopes[0].allow[0];
    expect(rule.ref).toEqual({ id: 'targets[0].allow[0]', file: 'p.yml', line: 7, column: 9 });
    expect(rule.ports).toEqual([[443, 443]]);
    expect(rule.services).toEqual(['https']);
  });

  it('reports a YAML syntax error at file:line:column', async () => {
    const errors = await errorsOf('version: 1\ntargets:\n  - name: [web\n', 'bad.yml');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^bad\.yml:\d+:\d+: YAML syntax error: /);
  });

  it('reports a duplicate key as a YAML error with its line', async () => {
    const errors = await errorsOf('version: 1\ndefault: deny\ndefault: allow\n');
    expect(errors).toEqual([
      expect.stringMatching(/^portcullis\.yml:3:1: YAML syntax error: map keys must be unique/),
    ]);
  });

  it('reports every schema error at once, each with its position and a plain sentence', async () => {
    const text = [
      'version: 1',
      'default: denyy',
      'targets:',
      '  - name: web',
      '    hosts: [example.com]',
      '    allow:',
      '      - port: 443',
      '      - port: 80',
      '      - port: 70000',
      '        protocl: tcp',
      'exceptions:',
      '  - match: { port: 22 }',
      '    approved_by: "@sec"',
      '    expires: 2027-01-01',
      '',
    ].join('\n');
    const errors = await errorsOf(text);
    expect(errors).toEqual(
      expect.arrayContaining([
        'portcullis.yml:2:10: default: "denyy" is not one of deny, warn, allow (or a mapping with action and severity)',
        'portcullis.yml:9:15: targets[0].allow[2].port: 70000 is not a port (1–65535)',
        expect.stringMatching(
          /^portcullis\.yml:10:9: targets\[0\]\.allow\[2\]\.protocl: unknown key "protocl"; did you mean "protocol"\?/,
        ),
        expect.stringMatching(/^portcullis\.yml:12:5: exceptions\[0\]: reason is required/),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('rejects an unsupported version in words', async () => {
    expect(await errorsOf('version: 2\n')).toEqual([
      'portcullis.yml:1:10: version: 2 is not a supported policy format version (write version: 1)',
    ]);
  });

  it('says a policy must be a mapping', async () => {
    expect(await errorsOf('- 1\n- 2\n')).toEqual([
      expect.stringMatching(/^portcullis\.yml:1:1: a list is not a mapping/),
    ]);
  });
});
