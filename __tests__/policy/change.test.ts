import { describe, expect, it } from '@jest/globals';
import type { Approval, Finding } from '../../src/model.js';
import {
  baselineFromVerdicts,
  evaluate,
  failsGate,
  judgeChange,
  loadPolicyFromString,
  pendingVerdicts,
  settleChange,
  type Baseline,
  type BaseRules,
  type GateFailOn,
  type Policy,
} from '../../src/policy/index.js';
import { ctx, finding } from './helpers.js';

/**
 * Who may change the rules: the same findings judged by the pull request's
 * policy (head) and by the base branch's; what only the head lets through is
 * pending approval. Pure: findings × head policy × base policy → verdicts.
 */

const lines = (...l: string[]) => l.join('\n') + '\n';

/** Policies whose `extends` read from an in-memory repository (one per side). */
async function policy(files: Record<string, string>, file = '.github/portcullis.yml'): Promise<Policy> {
  const root = process.cwd();
  return loadPolicyFromString(files[file], file, {
    readFile: async (path) => {
      const rel = path.startsWith(root + '/') ? path.slice(root.length + 1) : path;
      if (!(rel in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[rel];
    },
  });
}

const BASE_POLICY = lines(
  'version: 1',
  'default: deny',
  'approvers: [alice, "@acme/security"]',
  'targets:',
  '  - name: web',
  '    hosts: ["127.0.0.1"]',
  '    allow: [{ id: web, port: 8080, service: http }]',
);

const redis = () => finding('127.0.0.1', 6379, 'redis', { 'redis.auth_required': false });
const web = () => finding('127.0.0.1', 8080, 'http');

function judge(
  findings: Finding[],
  head: Policy,
  base: BaseRules,
  approval?: Approval,
  options: { baseline?: Baseline; failOn?: GateFailOn } = {},
) {
  const prepared = judgeChange({
    findings,
    head,
    context: { ...ctx(), ...(options.baseline ? { baseline: options.baseline } : {}) },
    base,
    failOn: options.failOn,
  });
  return settleChange(prepared, approval);
}

describe('pending approval: what the head lets through and the base does not', () => {
  const selfApproved = lines(
    BASE_POLICY.trimEnd(),
    'exceptions:',
    '  - match: { port: 6379 }',
    '    reason: we need it',
    '    approved_by: "@acme/security"',
    '    expires: 2027-01-31',
  );

  it('an exception the pull request adds for itself fails until an approver approves', async () => {
    const head = await policy({ '.github/portcullis.yml': selfApproved });
    const base = await policy({ '.github/portcullis.yml': BASE_POLICY });
    // Alone, the head's own policy passes it: that is the hole.
    expect(evaluate([redis(), web()], head, ctx()).result).toBe('pass');

    const { evaluation, review } = judge([redis(), web()], head, { label: 'main @ 1234567', policy: base });
    expect(evaluation.result).toBe('fail');
    const v = evaluation.verdicts.find((x) => x.port === 6379)!;
    expect(v.outcome).toBe('fail');
    expect(v.new).toBe(true);
    expect(v.exception).toBeUndefined();
    // The annotation goes on the head's line that let it through: the exception.
    expect(v.rule).toMatchObject({ id: 'exceptions[0]', file: '.github/portcullis.yml', line: 9 });
    expect(v.pending).toMatchObject({
      headOutcome: 'pass',
      base: { outcome: 'fail', rule: { id: 'default' } },
    });
    expect(v.message).toMatch(/^Pending approval: this pull request's rules let it through \(/);
    expect(v.message).toContain('but the rules of main @ 1234567 do not');
    expect(v.fix).toContain('alice, @acme/security');
    expect(review).toMatchObject({
      judgedBy: 'base',
      pending: 1,
      approved: 0,
      approvers: ['alice', 'acme/security'],
    });
    expect(evaluation.summary).toMatchObject({ violations: 1, newViolations: 1 });
    expect(evaluation.notices[0]).toMatch(/^1 verdict is pending approval/);
    // The unchanged port is judged alike by both, so it is not pending.
    expect(evaluation.verdicts.find((x) => x.port === 8080)).toMatchObject({ outcome: 'pass' });
    expect(evaluation.verdicts.find((x) => x.port === 8080)?.pending).toBeUndefined();
  });

  it('the same pull request passes once an approver of the base approved it', async () => {
    const head = await policy({ '.github/portcullis.yml': selfApproved });
    const base = await policy({ '.github/portcullis.yml': BASE_POLICY });
    const { evaluation, review } = judge(
      [redis(), web()],
      head,
      { label: 'main @ 1234567', policy: base },
      { by: ['alice'], notes: [] },
    );
    expect(evaluation.result).toBe('pass');
    const v = evaluation.verdicts.find((x) => x.port === 6379)!;
    expect(v.outcome).toBe('pass');
    expect(v.pending?.approvedBy).toEqual(['alice']);
    expect(v.message).toContain('approved by alice');
    expect(review).toMatchObject({ pending: 0, approved: 1, approvedBy: ['alice'] });
  });

  it('a port the pull request adds to the committed baseline under fail-on: new is pending', async () => {
    const text = lines('version: 1', 'default: deny', 'fail-on: new', 'approvers: [alice]');
    const head = await policy({ '.github/portcullis.yml': text });
    const base = await policy({ '.github/portcullis.yml': text });
    const baseBaseline = baselineFromVerdicts(evaluate([web()], base, ctx()).verdicts);
    const headBaseline = baselineFromVerdicts(evaluate([web(), redis()], base, ctx()).verdicts);
    // Alone, the head passes: "already in the baseline".
    expect(evaluate([web(), redis()], head, { ...ctx(), baseline: headBaseline }).result).toBe('pass');

    const { evaluation } = judge(
      [web(), redis()],
      head,
      { label: 'main @ 1234567', policy: base, baseline: baseBaseline },
      undefined,
      { baseline: headBaseline },
    );
    expect(evaluation.result).toBe('fail');
    const v = evaluation.verdicts.find((x) => x.port === 6379)!;
    expect(v.pending).toMatchObject({ headOutcome: 'warn', base: { outcome: 'fail' } });
    // The unchanged web port was in both baselines: warn under both, not pending.
    expect(evaluation.verdicts.find((x) => x.port === 8080)).toMatchObject({ outcome: 'warn' });
  });

  it("a pull request that loosens an extends'd file is judged by the base's version of it", async () => {
    const leaf = lines('version: 1', 'extends: ./org.yml', 'approvers: [alice]');
    const orgBase = lines('version: 1', 'default: deny', 'allow: [{ port: 8080, service: http }]');
    const orgHead = lines(
      'version: 1',
      'default: deny',
      'allow: [{ port: 8080, service: http }, { id: sneaky, port: 6379 }]',
    );
    const head = await policy({ '.github/portcullis.yml': leaf, '.github/org.yml': orgHead });
    const base = await policy({ '.github/portcullis.yml': leaf, '.github/org.yml': orgBase });
    const { evaluation } = judge([web(), redis()], head, { label: 'main @ 1234567', policy: base });
    expect(evaluation.result).toBe('fail');
    const v = evaluation.verdicts.find((x) => x.port === 6379)!;
    expect(v.pending).toBeDefined();
    // The annotation points at the line of the base file the pull request changed.
    expect(v.rule).toMatchObject({ id: 'sneaky', file: '.github/org.yml', line: 3 });
  });

  it('a change that only tightens the rules is not pending: the head fails it on its own', async () => {
    const head = await policy({
      '.github/portcullis.yml': lines('version: 1', 'default: deny', 'approvers: [alice]'),
    });
    const base = await policy({ '.github/portcullis.yml': BASE_POLICY });
    const { evaluation, review } = judge([web()], head, { label: 'main @ 1234567', policy: base });
    expect(evaluation.result).toBe('fail');
    expect(evaluation.verdicts[0].pending).toBeUndefined();
    expect(review.pending).toBe(0);
  });

  it('approvers come from the base: the pull request cannot name its own', async () => {
    const head = await policy({
      '.github/portcullis.yml': lines(selfApproved.trimEnd()).replace(
        'approvers: [alice, "@acme/security"]',
        'approvers: [mallory]',
      ),
    });
    const base = await policy({ '.github/portcullis.yml': BASE_POLICY });
    const { review } = judge([redis()], head, { label: 'main @ 1234567', policy: base });
    expect(review.approvers).toEqual(['alice', 'acme/security']);
  });

  it('with no approvers in the base, nobody can approve, and the note says so', async () => {
    const head = await policy({ '.github/portcullis.yml': lines('version: 1', 'allow: [{ port: 6379 }]') });
    const base = await policy({ '.github/portcullis.yml': lines('version: 1', 'default: deny') });
    const { evaluation, review } = judge([redis()], head, { label: 'main @ 1234567', policy: base });
    expect(evaluation.result).toBe('fail');
    expect(review.notes[0]).toMatch(/lists no approvers.*add approvers: to it on the base branch/);
    expect(evaluation.verdicts[0].fix).toMatch(/add approvers: to the base branch's policy/);
  });

  it('with no base policy (the pull request adds Portcullis) the head judges alone, and says so', async () => {
    const head = await policy({ '.github/portcullis.yml': lines('version: 1', 'allow: [{ port: 6379 }]') });
    const { evaluation, review } = judge([redis()], head, { label: 'main @ 1234567' });
    expect(evaluation.result).toBe('pass');
    expect(review).toMatchObject({ judgedBy: 'head', pending: 0 });
    expect(review.reason).toContain('has no .github/portcullis.yml: this pull request introduces Portcullis');
    expect(evaluation.notices[0]).toMatch(/^Judged by this pull request's own policy: /);
  });

  it('trust_pull_request_policy is read from the base only', async () => {
    const loose = lines('version: 1', 'trust_pull_request_policy: true', 'allow: [{ port: 6379 }]');
    const strict = lines('version: 1', 'default: deny');
    // The head says "trust me": ignored.
    let r = judge([redis()], await policy({ '.github/portcullis.yml': loose }), {
      label: 'main @ 1234567',
      policy: await policy({ '.github/portcullis.yml': strict }),
    });
    expect(r.evaluation.result).toBe('fail');
    expect(r.review.judgedBy).toBe('base');
    // The base trusts pull requests: the head judges alone, with a notice.
    r = judge([redis()], await policy({ '.github/portcullis.yml': loose }), {
      label: 'main @ 1234567',
      policy: await policy({
        '.github/portcullis.yml': lines('version: 1', 'trust_pull_request_policy: true'),
      }),
    });
    expect(r.evaluation.result).toBe('pass');
    expect(r.review.judgedBy).toBe('head');
    expect(r.evaluation.notices[0]).toMatch(/trust_pull_request_policy in \.github\/portcullis\.yml:2/);
  });
});

describe('the gate as the step decides it', () => {
  it('failsGate follows the fail-on override as failureReason does', () => {
    const v = {
      host: 'h',
      port: 1,
      protocol: 'tcp' as const,
      outcome: 'fail' as const,
      message: '',
      rule: { id: 'x', file: 'f', line: 1 },
      requirements: {},
    };
    expect(failsGate(v)).toBe(true);
    expect(failsGate(v, 'never')).toBe(false);
    expect(failsGate({ ...v, new: false }, 'new')).toBe(false);
    expect(failsGate({ ...v, new: true }, 'new')).toBe(true);
    expect(failsGate({ ...v, severity: 'low' }, 'high')).toBe(false);
    expect(failsGate({ ...v, outcome: 'warn' })).toBe(false);
  });

  it('under the fail-on: new input, a port only the head baseline holds is pending', async () => {
    const text = lines('version: 1', 'default: deny', 'approvers: [alice]');
    const p = await policy({ '.github/portcullis.yml': text });
    const headBaseline = baselineFromVerdicts(evaluate([redis()], p, ctx()).verdicts);
    const head = evaluate([redis()], p, { ...ctx(), baseline: headBaseline });
    const base = evaluate([redis()], p, ctx());
    // Both fail by the policy's own fail-on (any): nothing pending…
    expect(pendingVerdicts(head.verdicts, base.verdicts)).toHaveLength(0);
    // …but the step fails only new violations, and only the head's baseline calls it old.
    expect(pendingVerdicts(head.verdicts, base.verdicts, 'new')).toHaveLength(1);
  });
});

describe('exception expiry, governed by the base', () => {
  const withException = (expires: string, extra: string[] = []) =>
    lines(
      'version: 1',
      'default: deny',
      ...extra,
      'exceptions:',
      `  - { match: { port: 6379 }, reason: r, approved_by: alice, expires: ${expires} }`,
    );

  it('expires: never is refused unless the policy allows it', async () => {
    const never = await policy({ '.github/portcullis.yml': withException('never') });
    // validate says so before any scan.
    expect(never.warnings).toContainEqual(
      expect.objectContaining({
        line: 4,
        path: 'exceptions[0].expires',
        message: expect.stringMatching(/^expires: never is invalid unless/),
      }),
    );
    const ev = evaluate([redis()], never, ctx());
    expect(ev.result).toBe('fail');
    expect(ev.verdicts[0].message).toMatch(
      /^Exception "exceptions\[0\]" \(\.github\/portcullis\.yml:4\) for redis on 127\.0\.0\.1:6379\/tcp is invalid: it expires never, which is not allowed \(permanent exceptions are off by default; \.github\/portcullis\.yml may set allow_permanent_exceptions\)/,
    );
    const allowed = await policy({
      '.github/portcullis.yml': withException('never', ['allow_permanent_exceptions: true']),
    });
    expect(evaluate([redis()], allowed, ctx()).result).toBe('pass');
  });

  it('an expiry past the cap (365 days by default) makes the exception invalid', async () => {
    // ctx() scans on 2026-11-26: the cap is 2027-11-26.
    expect(
      evaluate([redis()], await policy({ '.github/portcullis.yml': withException('2027-11-26') }), ctx())
        .result,
    ).toBe('pass');
    const far = evaluate(
      [redis()],
      await policy({ '.github/portcullis.yml': withException('2027-11-27') }),
      ctx(),
    );
    expect(far.result).toBe('fail');
    expect(far.verdicts[0].message).toContain(
      'is invalid: it expires on 2027-11-27, later than 365 days after the scan date (2027-11-26; the default cap is 365 days; .github/portcullis.yml may set max_exception_days)',
    );
    const wider = await policy({
      '.github/portcullis.yml': withException('2027-11-27', ['max_exception_days: 400']),
    });
    expect(evaluate([redis()], wider, ctx()).result).toBe('pass');
  });

  it("on a pull request the base's limits apply, whatever the head says", async () => {
    const head = await policy({
      '.github/portcullis.yml': withException('never', [
        'allow_permanent_exceptions: true',
        'approvers: [alice]',
      ]),
    });
    const strictBase = await policy({
      '.github/portcullis.yml': lines('version: 1', 'default: deny', 'approvers: [alice]'),
    });
    const r = judge(
      [redis()],
      head,
      { label: 'main @ 1234567', policy: strictBase },
      { by: ['alice'], notes: [] },
    );
    // Even approved, an invalid exception waives nothing: the base refuses "never".
    expect(r.evaluation.result).toBe('fail');
    expect(r.evaluation.verdicts[0].message).toContain('expires never, which is not allowed');

    const lenientBase = await policy({
      '.github/portcullis.yml': lines(
        'version: 1',
        'default: deny',
        'approvers: [alice]',
        'allow_permanent_exceptions: true',
      ),
    });
    const ok = judge(
      [redis()],
      head,
      { label: 'main @ 1234567', policy: lenientBase },
      { by: ['alice'], notes: [] },
    );
    expect(ok.evaluation.result).toBe('pass');
  });
});
