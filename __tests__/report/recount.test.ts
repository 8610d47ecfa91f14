import { describe, expect, test } from '@jest/globals';
import type { Report } from '../../src/model.js';
import { recountReport } from '../../src/report/index.js';
import { headline } from '../../src/report/format.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escapeMarkdown } from '../../src/untrusted.js';
import { sampleReport } from './helpers/sample.js';

/**
 * The headline is counted from the same verdicts as the details under it, and a report read
 * from someone else's file is recounted from its verdicts, saying so when it claimed otherwise.
 */

describe('headline and details count the same verdicts', () => {
  test('a passing report whose ports and verdicts differ: both say the number of verdicts', () => {
    const honest = sampleReport();
    const pass = honest.verdicts[3];
    const report = sampleReport({
      result: 'pass',
      // 4 ports listed, 5 verdicts: one of them on a port the file does not list.
      verdicts: [
        pass,
        { ...pass, port: 8443 },
        { ...pass, port: 8080 },
        { ...pass, port: 8081 },
        { ...pass, port: 9000 },
      ],
      summary: { violations: 0, warnings: 0, passed: 4 },
    });
    expect(headline(report)).toBe('5 open ports, all allowed');
    expect(renderMarkdown(report)).toContain('<summary>5 open ports pass</summary>');
  });

  test("a file's own change record does not add pending approvals to the headline: only pending verdicts do", () => {
    const honest = sampleReport();
    const report = sampleReport({
      change: { base: 'main', judgedBy: 'base', pending: 3, approved: 0, approvers: ['mallory'], notes: [] },
    });
    expect(headline(report)).toBe(headline(honest));
    expect(headline(report)).not.toContain('pending approval');
  });

  test('a port gone since the baseline is not counted as an open port that passes', () => {
    const honest = sampleReport();
    const gone = { ...honest.verdicts[3], port: 3306, baseline: 'gone' as const };
    const report = sampleReport({ verdicts: [...honest.verdicts, gone] });
    const md = renderMarkdown(report);
    expect(md).toContain('<summary>1 open port passes</summary>');
    expect(md).toContain('<summary>1 port gone since the baseline</summary>');
    expect(md).toContain(' · 1 gone · 1 passed — compared with the baseline');
  });

  test('violations the gate let through are never "all allowed"', () => {
    const honest = sampleReport();
    const report = sampleReport({
      result: 'pass',
      policy: { file: '.github/portcullis.yml', failOn: 'never', failOnFrom: 'input fail-on' },
      verdicts: honest.verdicts.map((v) =>
        v.outcome === 'fail' ? { ...v, outcome: 'warn', judged: 'fail' } : { ...v, judged: v.outcome },
      ),
    });
    expect(headline(report)).toBe(
      '4 open ports: 2 violations do not fail the check (fail-on: never), 1 warning',
    );
    const md = renderMarkdown(report);
    expect(md).toContain('2 violations do not fail the check \\(fail\\-on: never\\)');
    // None fails the check: every problem is shown, each marked as a warning, none as a failure.
    expect(md.match(/^\| ⚠️ /gm)).toHaveLength(3);
    expect(md).not.toMatch(/^\| ❌ /m);
  });
});

describe('recountReport', () => {
  test('an honest report reads back as it was', () => {
    const report = sampleReport();
    expect(recountReport(report)).toEqual(report);
  });

  test('a file that claims a pass over failing verdicts fails, and says what it claimed', () => {
    const edited: Report = {
      ...sampleReport(),
      result: 'pass',
      summary: { violations: 0, warnings: 0, passed: 8 },
    };
    const r = recountReport(edited);
    expect(r.result).toBe('fail');
    expect(r.summary).toEqual({ violations: 2, warnings: 1, passed: 1, newViolations: 1 });
    expect(r.notices[0]).toBe(
      'The report file says pass, 0 violations, 0 warnings, 8 passed; its verdicts count fail, 2 violations, 1 warning, 1 passed. What is shown here is counted from the verdicts.',
    );
  });

  test('an open port the file lists without a verdict is named', () => {
    const honest = sampleReport();
    const r = recountReport({
      ...honest,
      verdicts: honest.verdicts.filter((v) => v.port !== 6379),
      summary: { violations: 1, warnings: 1, passed: 1, newViolations: 0 },
    });
    expect(r.notices[0]).toBe(
      'The report file lists 1 open port without a verdict (127.0.0.1:6379/tcp); nothing here judges it.',
    );
  });
});

test('an apostrophe in Markdown stays an apostrophe (a numeric entity would show as text once # is escaped)', () => {
  expect(escapeMarkdown("the policy's fail-on")).toBe('the policy&apos;s fail\\-on');
});
