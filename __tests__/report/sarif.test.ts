import { describe, expect, test } from '@jest/globals';
import { sarif } from '../../src/report/sarif.js';
import { sampleReport } from './helpers/sample.js';
import { sarifValidator } from './helpers/sarif-schema.js';

/** SARIF 2.1.0 that code scanning accepts: valid against the OASIS schema, one category per upload. */

const validate = sarifValidator();
const render = (over = {}) =>
  JSON.parse(sarif(sampleReport(over), { job: 'port-policy', root: process.cwd() }));

describe('SARIF reporter', () => {
  test('validates against the SARIF 2.1.0 schema', () => {
    const log = render();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('a passing report with no results is valid too', () => {
    const log = render({ verdicts: [], result: 'pass', summary: { violations: 0, warnings: 0, passed: 0 } });
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  test('the schema check can fail (a broken log is rejected)', () => {
    const log = render();
    log.runs[0].results[0].level = 'catastrophic';
    expect(validate(log)).toBe(false);
  });

  test('one result per violation or warning, at the rule line of the policy file', () => {
    const log = render();
    const results = log.runs[0].results;
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'warning']);
    const loc = results[1].locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: '.github/portcullis.yml', uriBaseId: '%SRCROOT%' });
    expect(loc.region.startLine).toBe(14);
    const rules = log.runs[0].tool.driver.rules;
    expect(
      results.every((r: { ruleIndex: number; ruleId: string }) => rules[r.ruleIndex].id === r.ruleId),
    ).toBe(true);
    expect(
      rules.find((r: { id: string }) => r.id === 'portcullis/default').properties['security-severity'],
    ).toBe('9.5');
  });

  test('a distinct category per job and policy (code scanning keeps uploads apart by it)', () => {
    const a = JSON.parse(
      sarif(sampleReport(), { job: 'staging', category: 'portcullis/staging/.github-portcullis.yml' }),
    );
    const b = JSON.parse(
      sarif(sampleReport(), { job: 'prod', category: 'portcullis/prod/.github-portcullis.yml' }),
    );
    expect(a.runs[0].automationDetails.id).toBe('portcullis/staging/.github-portcullis.yml/');
    expect(b.runs[0].automationDetails.id).not.toBe(a.runs[0].automationDetails.id);
    expect(render().runs[0].automationDetails.id).toBe('portcullis/port-policy/');
  });

  test('fingerprints are stable across runs and differ per endpoint', () => {
    const fp = (log: { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }) =>
      log.runs[0].results.map((r) => r.partialFingerprints['portcullisEndpoint/v1']);
    const first = fp(render());
    expect(fp(render({ durationMs: 99, startedAt: '2026-12-01T00:00:00.000Z' }))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  test('a rule from outside the repository (a built-in policy) is located on the policy file, line 1, and named', () => {
    const report = sampleReport();
    report.verdicts[0].rule = {
      id: 'no-databases',
      file: '/opt/portcullis/policies/recommended.yml',
      line: 40,
    };
    const log = JSON.parse(sarif(report, { root: process.cwd() }));
    const r = log.runs[0].results[0];
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('.github/portcullis.yml');
    expect(r.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(r.message.text).toContain('recommended.yml:40');
    expect(validate(log)).toBe(true);
  });
});
