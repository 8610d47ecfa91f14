/**
 * Golden files for every output surface: each reporter's output for fixed
 * sample reports (helpers/golden-samples.ts), compared byte for byte with
 * __tests__/report/golden/<sample>.<surface>.<ext>. A change to the PR comment,
 * the terminal table or the SARIF log shows up in review as a diff of these files.
 *
 * To rewrite the golden files after an intended change (then review `git diff`):
 *
 *   UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/report/golden.test.ts
 *
 * Without UPDATE_GOLDEN=1 a missing or different file fails the test; nothing is written.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/model.js';
import { reporters, type ReportFormat, type ReporterOptions } from '../../src/report/index.js';
import { ROOT } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { COMMENT_SAMPLES, SAMPLES } from './helpers/golden-samples.js';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import { VERSION } from '../../src/version.js';

const GOLDEN_DIR = join(ROOT, '__tests__', 'report', 'golden');
const UPDATE_COMMAND =
  "UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/report/golden.test.ts";

/**
 * Every surface, with the options the CLI or the action passes. Nothing here
 * depends on the machine: colour is an option (never the TTY), and SARIF's
 * repository root is given (never the current directory).
 */
const SURFACES: Array<{ format: ReportFormat; ext: string; options: ReporterOptions }> = [
  { format: 'terminal', ext: 'txt', options: { color: false } },
  { format: 'terminal', ext: 'ansi.txt', options: { color: true } },
  { format: 'json', ext: 'json', options: {} },
  { format: 'markdown', ext: 'md', options: {} },
  {
    format: 'comment',
    ext: 'md',
    // As the action passes them: the run, the repository and the commit scanned.
    options: {
      job: 'port-policy',
      detailsUrl: 'https://github.com/acme/shop/actions/runs/42',
      repository: { url: 'https://github.com/acme/shop', sha: '9e1c0d2b7a4f5e6d8c9b0a1f2e3d4c5b6a7f8e9d' },
      root: ROOT,
    },
  },
  { format: 'sarif', ext: 'json', options: { job: 'port-policy', root: ROOT } },
  { format: 'junit', ext: 'xml', options: {} },
  { format: 'annotations', ext: 'txt', options: {} },
];

const fileName = (sample: string, s: (typeof SURFACES)[number]) => `${sample}.${s.format}.${s.ext}`;

const COMMENT = SURFACES.find((s) => s.format === 'comment') as (typeof SURFACES)[number];

const CASES = [
  ...Object.keys(SAMPLES).flatMap((sample) =>
    SURFACES.map((s) => ({ sample, file: fileName(sample, s), surface: s })),
  ),
  ...Object.keys(COMMENT_SAMPLES).map((sample) => ({
    sample,
    file: fileName(sample, COMMENT),
    surface: COMMENT,
  })),
];

describe('golden output of every reporter', () => {
  const reports = new Map<string, Report>();
  beforeAll(async () => {
    for (const [name, build] of Object.entries({ ...SAMPLES, ...COMMENT_SAMPLES }))
      reports.set(name, await build());
  });

  test('every reporter has a golden surface, with and without colour for the terminal', () => {
    expect([...new Set(SURFACES.map((s) => s.format))].sort()).toEqual(Object.keys(reporters).sort());
    expect(SURFACES.filter((s) => s.format === 'terminal').map((s) => s.options.color)).toEqual([
      false,
      true,
    ]);
  });

  test('the samples are what they claim to be', () => {
    const pass = reports.get('pass') as Report;
    expect(pass.result).toBe('pass');
    expect(pass.verdicts.every((v) => v.outcome === 'pass')).toBe(true);

    const fail = reports.get('fail') as Report;
    expect(fail.result).toBe('fail');
    const rules = fail.verdicts.map((v) => `${v.outcome} ${v.rule.id}`).sort();
    expect(rules).toEqual([
      'fail default', // redis: default deny
      'fail default', // https guessed from the port number: no allow rule may match a guess
      'fail legacy-postgres', // expired exception
      'fail no-legacy', // telnet: a denied port
      'fail remote_access', // ssh: password login, reachable from the untrusted vantage
      'pass vendor-ftp', // a valid exception
      'warn bastion-ssh', // proven violations waived with waive: violated: a warning, never a pass
      'warn web-https', // TLS unverified
    ]);
    expect(JSON.stringify(fail)).toContain('onerror=alert(1)'); // the hostile SSH banner

    const partial = reports.get('partial') as Report;
    expect(partial.partial).toBe(true);
    expect(partial.result).toBe('fail');

    const baseline = reports.get('baseline') as Report;
    expect(baseline.verdicts.map((v) => v.baseline).sort()).toEqual([
      'gone',
      'new',
      'unchanged',
      'unchanged',
    ]);

    // The failing sample under the fail-on: new input, without a baseline: every violation fails.
    const newInput = reports.get('fail-on-new-input') as Report;
    expect(newInput.policy).toMatchObject({ failOn: 'new', failOnFrom: 'input fail-on' });
    expect(newInput.summary.violations).toBe(fail.summary.violations);
    expect(newInput.notices).toContain(
      'fail-on: new was given without a baseline, so every violation counts as new.',
    );

    // Two vantages merged: SSH's vpn requirement verified by the outside scan, PostgreSQL (allowed
    // only from inside) failing from outside, Redis not observed from outside.
    const vantages = reports.get('vantages') as Report;
    const ssh = vantages.verdicts.find((v) => v.port === 22);
    expect(ssh).toMatchObject({
      vantage: 'vpn',
      outcome: 'pass',
      requirements: { vpn: { state: 'verified' } },
    });
    expect(vantages.verdicts.filter((v) => v.port === 5432).map((v) => `${v.vantage} ${v.outcome}`)).toEqual([
      'untrusted fail',
      'vpn pass',
    ]);
    expect(vantages.observations?.find((o) => o.port === 6379 && o.vantage === 'untrusted')?.state).toBe(
      'not observed',
    );
    // Single scans have no picture: the section belongs to merged reports alone.
    for (const [name, r] of reports)
      if (name !== 'vantages') expect(reporters.markdown(r)).not.toContain('Reachability by vantage');
    expect(reporters.markdown(vantages)).toContain('```mermaid');

    // Under --fail-on never: the same judgements, none failing.
    const never = reports.get('fail-on-never') as Report;
    expect(never.result).toBe('pass');
    expect(never.verdicts.map((v) => v.judged)).toEqual(fail.verdicts.map((v) => v.outcome));
    expect(never.verdicts.some((v) => v.outcome === 'fail')).toBe(false);
  });

  test("the oversized comment is cut under GitHub's limit and points to the job summary", () => {
    const body = reporters.comment(reports.get('oversized') as Report, COMMENT.options);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain(
      "Truncated to fit GitHub's comment limit; the full report is in the [job summary](https://github.com/acme/shop/actions/runs/42).",
    );
    // Cut between rows, with every <details> it opened closed again.
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });

  test.each(CASES)('$file', ({ sample, file, surface }) => {
    const report = reports.get(sample) as Report;
    // The tool's version changes with every release, not with the output: it is a placeholder here
    // (__tests__/contracts/version.test.ts checks the real one).
    const out = reporters[surface.format](report, surface.options).replaceAll(
      JSON.stringify(VERSION),
      '"<VERSION>"',
    );
    expectGolden(join(GOLDEN_DIR, file), out, UPDATE_COMMAND);
  });

  test('no stray files in the golden folder (a renamed sample or surface leaves its old files behind)', () => {
    const expected = new Set(CASES.map((c) => c.file));
    const stray = readdirSync(GOLDEN_DIR).filter((f) => !expected.has(f));
    if (stray.length)
      throw new Error(`golden files no test produces: ${stray.join(', ')} — delete them (git rm)`);
  });
});
