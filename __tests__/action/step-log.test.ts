import { describe, expect, test } from '@jest/globals';
import type { ActionIO, AnnotationPlace } from '../../src/action/io.js';
import { logViolations, MAX_LOGGED_VIOLATIONS } from '../../src/action/publish-step.js';
import { HOSTILE, sampleReport } from '../report/helpers/sample.js';

/** The step log of a failing run: what core.error receives, line by line. */
function stepLog(report: ReturnType<typeof sampleReport>) {
  const errors: Array<{ message: string; at?: { title?: string; file?: string; startLine?: number } }> = [];
  // The annotation's place as core.error's properties (runnerIO maps `line` to `startLine`).
  const io = {
    annotate: (_level: string, message: string, where: AnnotationPlace) =>
      errors.push({
        message,
        at: {
          ...(where.title ? { title: where.title } : {}),
          ...(where.file ? { file: where.file } : {}),
          ...(where.file && where.line ? { startLine: where.line } : {}),
        },
      }),
  };
  logViolations(report, io as unknown as ActionIO, process.cwd());
  return errors;
}

describe('the step log names every violation', () => {
  test('one error per violation: host, port, protocol, service, and the rule file and line it is annotated at', () => {
    const errors = stepLog(sampleReport());
    expect(errors).toHaveLength(2); // two violations; the warning and the pass get none
    const redis = errors[0];
    expect(redis.message).toBe(
      '127.0.0.1:6379/tcp redis (Redis 7.0.15): redis is open without authentication and no rule allows it — default, .github/portcullis.yml:2',
    );
    expect(redis.at).toEqual({
      title: 'Portcullis: 127.0.0.1:6379/tcp is not allowed',
      file: '.github/portcullis.yml',
      startLine: 2,
    });
    expect(errors[1].message).toMatch(/^127\.0\.0\.1:22\/tcp ssh \(Evil 1\.0 /);
    expect(errors[1].message).toMatch(/rule "remote_access", \.github\/portcullis\.yml:14$/);
    expect(errors[1].at).toMatchObject({ file: '.github/portcullis.yml', startLine: 14 });
  });

  test('what the service said stays one line without control characters', () => {
    const [, ssh] = stepLog(sampleReport());
    expect(HOSTILE).toMatch(/[\r\n\u001b\u0007\u0000]/);
    expect(ssh.message).not.toMatch(/[\r\n\u001b\u0007\u0000\u202e]/);
    expect(ssh.message.length).toBeLessThanOrEqual(600);
  });

  test(`capped at ${MAX_LOGGED_VIOLATIONS}, with a count of the rest`, () => {
    const base = sampleReport();
    const redis = base.verdicts[0];
    const verdicts = Array.from({ length: 27 }, (_, i) => ({ ...redis, port: 7000 + i }));
    const errors = stepLog(sampleReport({ verdicts }));
    expect(errors).toHaveLength(MAX_LOGGED_VIOLATIONS + 1);
    expect(errors[MAX_LOGGED_VIOLATIONS - 1].message).toMatch(/^127\.0\.0\.1:7019\/tcp /);
    expect(errors[MAX_LOGGED_VIOLATIONS].message).toBe(
      '… and 7 more violations: the job summary lists every one',
    );
  });

  test('a rule outside the repository (a built-in policy) is named but not annotated', () => {
    const base = sampleReport();
    const verdicts = [
      { ...base.verdicts[0], rule: { id: 'no-redis', file: 'portcullis:recommended', line: 12 } },
    ];
    const [only] = stepLog(sampleReport({ verdicts }));
    expect(only.message).toMatch(/— rule "no-redis", portcullis:recommended:12$/);
    expect(only.at).toEqual({ title: 'Portcullis: 127.0.0.1:6379/tcp is not allowed' });
  });
});
