import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { junit } from '../../src/report/junit.js';
import { sampleReport } from './helpers/sample.js';

/** JUnit XML as CI systems read it: one suite per policy, a test case per endpoint, failures for violations. */

const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasXmllint) console.log('skipping the JUnit XPath checks: xmllint (libxml2-utils) is not installed');

(hasXmllint ? describe : describe.skip)('JUnit reporter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'junit-'));
  const file = join(dir, 'report.xml');
  const xpath = (expr: string) => execFileSync('xmllint', ['--xpath', expr, file]).toString().trim();

  test('counts, failures and warnings where CI tools look for them', () => {
    try {
      writeFileSync(file, junit(sampleReport()));
      expect(xpath('string(/testsuites/@tests)')).toBe('4');
      expect(xpath('string(/testsuites/@failures)')).toBe('2');
      expect(xpath('string(/testsuites/testsuite/@name)')).toBe('.github/portcullis.yml');
      expect(xpath('count(//testcase/failure)')).toBe('2');
      expect(xpath('string(//testcase[1]/failure/@type)')).toBe('default');
      expect(xpath('string(//testcase[1]/failure)')).toContain('fix: bind Redis to the private network');
      expect(xpath('string(//testcase[3]/system-out)')).toMatch(/^warning: http does not redirect to https/);
      expect(xpath('string(//property[@name="vantage"]/@value)')).toBe('untrusted');
      expect(xpath('string(/testsuites/@errors)')).toBe('0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a partial scan is an error of the run', () => {
    const d = mkdtempSync(join(tmpdir(), 'junit-'));
    const f = join(d, 'r.xml');
    try {
      writeFileSync(f, junit({ ...sampleReport(), partial: true }));
      expect(execFileSync('xmllint', ['--xpath', 'string(/testsuites/@errors)', f]).toString().trim()).toBe(
        '1',
      );
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
