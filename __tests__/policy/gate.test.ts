import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/model.js';
import {
  baselineFromVerdicts,
  evaluate,
  loadPolicyFromString,
  type Baseline,
  type GateFailOn,
} from '../../src/policy/index.js';
import { ctx, finding } from './helpers.js';

/**
 * The gate (fail-on, mode: warn, UDP silence) decides which of the policy's failures fail the
 * check; it never changes what the policy judged. An override of fail-on (the action's input,
 * the CLI's --fail-on) is part of evaluation, and a baseline built from a gated report records
 * the judgement, so a port that fails again stays "unchanged".
 */

const policyText = (extra: string) => `version: 1\ndefault: deny\n${extra}`;
const redis = () => finding('127.0.0.1', 6379, 'redis', { 'redis.auth_required': false });
const telnet = () => finding('127.0.0.1', 23, 'telnet');

async function judge(
  findings: Finding[],
  extra: string,
  options: { baseline?: Baseline; failOn?: GateFailOn; failOnFrom?: string } = {},
) {
  const policy = await loadPolicyFromString(policyText(extra), 'p.yml');
  return evaluate(findings, policy, { ...ctx(), ...options });
}

describe('the gate keeps the policy judgement apart', () => {
  const udpSilent = () => finding('127.0.0.1', 161, 'snmp', {}, { protocol: 'udp', state: 'open|filtered' });
  const udpAnswering = () => finding('127.0.0.1', 161, 'snmp', {}, { protocol: 'udp' });

  // Each gate lets the same failure through in the first run; the second run, under
  // `fail-on: new` with the first run's verdicts as its baseline, sees the same failure again.
  const cases: Array<{
    gate: string;
    first: () => Promise<ReturnType<typeof evaluate>>;
    again: Finding;
  }> = [
    {
      gate: 'fail-on: new (already in the baseline)',
      first: async () => {
        const before = await judge([redis()], 'fail-on: new\n');
        return judge([redis()], 'fail-on: new\n', { baseline: baselineFromVerdicts(before.verdicts) });
      },
      again: redis(),
    },
    { gate: 'fail-on: critical', first: () => judge([redis()], 'fail-on: critical\n'), again: redis() },
    { gate: 'mode: warn', first: () => judge([redis()], 'mode: warn\n'), again: redis() },
    {
      gate: 'the fail-on: never override',
      first: () => judge([redis()], '', { failOn: 'never', failOnFrom: '--fail-on' }),
      again: redis(),
    },
    { gate: 'UDP silence', first: () => judge([udpSilent()], ''), again: udpAnswering() },
  ];

  it.each(cases)('$gate: warned, judged fail, and unchanged when it fails again', async (c) => {
    const first = await c.first();
    const v = first.verdicts.find((x) => x.baseline !== 'gone');
    expect(v).toMatchObject({ outcome: 'warn', judged: 'fail' });
    expect(first.result).toBe('pass');

    const baseline = baselineFromVerdicts(first.verdicts);
    expect(baseline.entries.map((e) => e.outcome)).toEqual(['fail']);
    const second = await judge([c.again], 'fail-on: new\n', { baseline });
    expect(second.verdicts).toEqual([
      expect.objectContaining({ baseline: 'unchanged', new: false, judged: 'fail', outcome: 'warn' }),
    ]);
    expect(second.result).toBe('pass');
  });

  it('a judgement worse than the baseline is new, whatever the gate made of either', async () => {
    // Redis passed under an allow rule then; now nothing allows it.
    const passing = await judge([redis()], 'mode: warn\nallow:\n  - { port: 6379 }\n');
    expect(passing.verdicts[0]).toMatchObject({ judged: 'pass', outcome: 'pass' });
    const second = await judge([redis()], 'fail-on: new\n', {
      baseline: baselineFromVerdicts(passing.verdicts),
    });
    expect(second.verdicts[0]).toMatchObject({ baseline: 'new', new: true, outcome: 'fail' });
  });
});

describe('a fail-on override is part of evaluation', () => {
  it('fail-on: new over the policy any: only the new failure fails, and the counts agree', async () => {
    const before = await judge([redis()], 'fail-on: any\n');
    const ev = await judge([redis(), telnet()], 'fail-on: any\n', {
      baseline: baselineFromVerdicts(before.verdicts),
      failOn: 'new',
      failOnFrom: 'input fail-on',
    });
    expect(ev.gate).toEqual({ failOn: 'new', from: 'input fail-on' });
    expect(ev.result).toBe('fail');
    expect(ev.verdicts.map((v) => [v.port, v.judged, v.outcome, v.baseline])).toEqual([
      [23, 'fail', 'fail', 'new'],
      [6379, 'fail', 'warn', 'unchanged'],
    ]);
    expect(ev.summary).toEqual({ violations: 1, warnings: 1, passed: 0, newViolations: 1 });
    expect(ev.notices).toContain("fail-on: new (input fail-on) replaces the policy's fail-on: any.");
  });

  it('fail-on: new without a baseline: every violation fails, and the notice says why', async () => {
    const ev = await judge([redis(), telnet()], '', { failOn: 'new', failOnFrom: '--fail-on' });
    expect(ev.result).toBe('fail');
    expect(ev.summary.violations).toBe(2);
    expect(ev.notices).toContain(
      'fail-on: new was given without a baseline, so every violation counts as new.',
    );
  });

  it('fail-on: never reports every violation as a warning, fails nothing, and says so', async () => {
    const ev = await judge([redis(), telnet()], 'fail-on: new\n', {
      failOn: 'never',
      failOnFrom: '--fail-on',
    });
    expect(ev.result).toBe('pass');
    expect(ev.verdicts.map((v) => [v.judged, v.outcome])).toEqual([
      ['fail', 'warn'],
      ['fail', 'warn'],
    ]);
    expect(ev.summary).toEqual({ violations: 0, warnings: 2, passed: 0, newViolations: 0 });
    expect(ev.notices).toEqual([
      "fail-on: never (--fail-on, replacing the policy's fail-on: new): every violation is reported, as a warning, and none fails the check.",
    ]);
  });

  it('without an override the policy gates, and nothing says otherwise', async () => {
    const ev = await judge([redis()], 'fail-on: critical\n');
    expect(ev.gate).toEqual({ failOn: 'critical' });
    expect(ev.notices).toEqual([]);
    expect(ev.verdicts[0].message).toMatch(/severity high is below fail-on: critical/);
  });
});
