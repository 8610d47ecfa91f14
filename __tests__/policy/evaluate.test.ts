import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicyFromString } from '../../src/policy/index.js';
import { ctx, finding } from './helpers.js';

const POLICY = [
  'version: 1', //                                  1
  'default: deny', //                               2
  'targets:', //                                    3
  '  - name: web', //                               4
  '    hosts: ["127.0.0.0/8"]', //                  5
  '    allow:', //                                  6
  '      - { port: 443, service: https }', //       7
  '      - { ports: [8000, "9000-9100"], protocol: tcp }', // 8
  '    deny:', //                                   9
  '      - { port: 23, reason: "legacy cleartext" }', // 10
  '',
].join('\n');

describe('evaluate', () => {
  it('fails an open port that no rule allows, naming the default line', async () => {
    const policy = await loadPolicyFromString(POLICY, '.github/portcullis.yml');
    const ev = evaluate(
      [finding('127.0.0.1', 6379, 'redis', { 'redis.auth_required': false })],
      policy,
      ctx(),
    );
    expect(ev.result).toBe('fail');
    expect(ev.verdicts).toHaveLength(1);
    const v = ev.verdicts[0];
    expect(v.outcome).toBe('fail');
    expect(v.rule).toEqual({ id: 'default', file: '.github/portcullis.yml', line: 2, column: 1 });
    expect(v.message).toBe(
      'redis on 127.0.0.1:6379/tcp is open without authentication and no rule allows it',
    );
    expect(v.fix).toMatch(/Close 6379\/tcp on 127\.0\.0\.1/);
    expect(ev.summary).toEqual({ violations: 1, warnings: 0, passed: 0, newViolations: 1 });
  });

  it('fails a denied port, naming the deny rule, its line and its reason', async () => {
    const policy = await loadPolicyFromString(POLICY, 'p.yml');
    const ev = evaluate([finding('127.0.0.1', 23, 'telnet')], policy, ctx());
    expect(ev.verdicts[0]).toMatchObject({
      outcome: 'fail',
      severity: 'high',
      rule: { id: 'targets[0].deny[0]', file: 'p.yml', line: 10, column: 9 },
    });
    expect(ev.verdicts[0].message).toBe(
      'telnet on 127.0.0.1:23/tcp is denied by rule "targets[0].deny[0]" (p.yml:10): legacy cleartext',
    );
  });

  it('passes allowed ports by port, range and service', async () => {
    const policy = await loadPolicyFromString(POLICY, 'p.yml');
    const ev = evaluate(
      [finding('127.0.0.1', 443, 'https'), finding('127.0.0.1', 9050, 'http'), finding('127.0.0.1', 8000)],
      policy,
      ctx(),
    );
    expect(ev.result).toBe('pass');
    expect(ev.verdicts.map((v) => [v.port, v.outcome, v.rule.line])).toEqual([
      [443, 'pass', 7],
      [8000, 'pass', 8],
      [9050, 'pass', 8],
    ]);
  });

  it('does not apply a service rule to another service on the same port', async () => {
    const policy = await loadPolicyFromString(POLICY, 'p.yml');
    const ev = evaluate([finding('127.0.0.1', 443, 'ssh')], policy, ctx());
    expect(ev.verdicts[0]).toMatchObject({ outcome: 'fail', rule: { id: 'default' } });
  });

  it('does not apply a target to hosts outside it', async () => {
    const policy = await loadPolicyFromString(POLICY, 'p.yml');
    const ev = evaluate([finding('10.0.0.1', 443, 'https')], policy, ctx());
    expect(ev.verdicts[0]).toMatchObject({ outcome: 'fail', rule: { id: 'default' } });
  });

  it('warns or passes by default: warn / allow', async () => {
    for (const [action, outcome, result] of [
      ['warn', 'warn', 'pass'],
      ['allow', 'pass', 'pass'],
    ] as const) {
      const policy = await loadPolicyFromString(`version: 1\ndefault: ${action}\n`, 'p.yml');
      const ev = evaluate([finding('127.0.0.1', 5432, 'postgresql')], policy, ctx());
      expect(ev.verdicts[0].outcome).toBe(outcome);
      expect(ev.result).toBe(result);
    }
  });
});
