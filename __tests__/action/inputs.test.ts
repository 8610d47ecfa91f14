import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ConfigurationError } from '../../src/errors.js';
import { Input, Output } from '../../src/action/constants.js';
import { INPUT_DEFAULTS, readSettings, secretsOf, splitList } from '../../src/action/inputs.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
};

const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/runner/tmp', GITHUB_JOB: 'scan' };
const settings = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '', env);
const errorOf = (inputs: Record<string, string>): string => {
  try {
    settings(inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigurationError');
};

describe('action.yml', () => {
  test('runs on node24 from dist/, with the post step always', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()',
    });
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  test('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort());
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
  });

  test('inputs.ts falls back to the same defaults as action.yml (so an empty input means the documented default)', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      const declared = spec.default ?? '';
      if (declared.includes('${{')) continue;
      expect([name, INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS] ?? '']).toEqual([name, declared]);
    }
  });
});

describe('readSettings', () => {
  test('defaults', () => {
    const s = settings({ targets: '127.0.0.1' });
    expect(s).toMatchObject({
      mode: 'scan',
      policyFile: '.github/portcullis.yml',
      targets: ['127.0.0.1'],
      ports: undefined,
      waitFor: [],
      waitTimeoutMs: 60_000,
      workingDirectory: '/ws',
      comment: 'always',
      checkRun: true,
      jobName: 'scan',
      jsonFile: '/runner/tmp/portcullis/report.json',
      vantage: 'untrusted',
      fingerprint: true,
      driftIssue: false,
      maxDurationMs: 30 * 60_000,
      listenerTable: true,
    });
  });

  test('max-duration is a duration (bare number: seconds; h too); listeners a boolean', () => {
    expect(settings({ targets: 'x', 'max-duration': '90' }).maxDurationMs).toBe(90_000);
    expect(settings({ targets: 'x', 'max-duration': '2h' }).maxDurationMs).toBe(7_200_000);
    expect(settings({ targets: 'x', listeners: 'false' }).listenerTable).toBe(false);
    expect(errorOf({ targets: 'x', 'max-duration': 'forever' })).toBe(
      'input max-duration: "forever" is not valid: expected a duration such as 90s, 2m or 500ms',
    );
    expect(errorOf({ targets: 'x', listeners: 'maybe' })).toBe(
      'input listeners: "maybe" is not valid: expected true or false',
    );
  });

  test('lists: lines and commas, comments and blanks ignored', () => {
    expect(splitList('a.example, b.example\n\n# staging\n10.0.0.0/24 # office\n')).toEqual([
      'a.example',
      'b.example',
      '10.0.0.0/24',
    ]);
    const s = settings({ targets: 'x', 'wait-for': '127.0.0.1:80\nhttps://x.example/health, [::1]:443' });
    expect(s.waitFor.map((w) => w.raw)).toEqual(['127.0.0.1:80', 'https://x.example/health', '[::1]:443']);
  });

  test('relative paths are the workspace’s; working-directory only moves the lifecycle commands', () => {
    const s = settings({
      targets: 'x',
      'working-directory': 'app',
      'sarif-file': 'out/p.sarif',
      baseline: 'b.json',
    });
    expect(s.workingDirectory).toBe('/ws/app');
    expect(s.sarifFile).toBe('/ws/out/p.sarif');
    expect(s.baselineFile).toBe('/ws/b.json');
  });

  test('baseline: auto by default; a file wins; none turns it off', () => {
    expect(settings({ targets: 'x' })).toMatchObject({ baselineAuto: true, baselineFile: undefined });
    expect(settings({ targets: 'x', baseline: 'none' })).toMatchObject({
      baselineAuto: false,
      baselineFile: undefined,
    });
    expect(settings({ targets: 'x', baseline: 'b.json' })).toMatchObject({
      baselineAuto: false,
      baselineFile: '/ws/b.json',
    });
  });

  test.each([
    [
      { targets: 'x', comment: 'sometimes' },
      'input comment: "sometimes" is not valid: expected one of always, on-failure, never',
    ],
    [
      { targets: 'x', 'wait-timeout': 'soon' },
      'input wait-timeout: "soon" is not valid: expected a duration such as 90s, 2m or 500ms',
    ],
    [{ targets: 'x', 'fail-on': 'sometimes' }, 'input fail-on: "sometimes" is not valid'],
    [
      { targets: 'x', vantage: 'inside' },
      'input vantage: "inside" is not valid: expected one of untrusted, vpn, internal',
    ],
    [
      { targets: 'x', concurrency: 'many' },
      'input concurrency: "many" is not valid: expected a whole number',
    ],
    [{ targets: 'x', fingerprint: 'yes' }, 'input fingerprint: "yes" is not valid: expected true or false'],
    [{ targets: 'x', 'wait-for': 'localhost' }, 'input wait-for: "localhost" is neither host:port'],
    [{}, 'input targets: is empty'],
    [{ mode: 'report-only' }, 'input report: is empty'],
    [{ mode: 'publish' }, 'input mode: "publish" is not valid'],
    [{ targets: 'x', 'ssh-password': 'pw' }, 'input ssh-username: is empty'],
    [{ targets: 'x', 'drift-issue': 'true' }, 'input drift-issue: is true, but there is no baseline'],
    [
      { mode: 'validate', 'write-baseline': 'b.json' },
      'input write-baseline: is set, but mode is validate: a baseline is written from a scan',
    ],
    [
      { targets: 'x', 'drift-issue': 'true', baseline: 'auto' },
      'input drift-issue: is true, but there is no baseline file',
    ],
  ])('%j fails naming the input and quoting the value', (inputs, message) => {
    expect(errorOf(inputs)).toContain(message);
  });

  test('validate and test need no targets; validate takes a list of policies, test a folder', () => {
    expect(settings({ mode: 'validate', policy: 'a.yml\nb.yml, c.yml' }).policyFiles).toEqual([
      'a.yml',
      'b.yml',
      'c.yml',
    ]);
    expect(settings({ mode: 'test' }).tests).toBe('.github/portcullis-tests');
    expect(settings({ mode: 'test', tests: 'policy-tests' }).tests).toBe('policy-tests');
  });

  test('write-baseline is a path in the workspace', () => {
    const s = settings({ targets: 'x', 'write-baseline': 'out/baseline.json' });
    expect(s.writeBaseline).toBe('/ws/out/baseline.json');
  });

  test('shard is K/N, checked and named; merge mode needs reports, resolved against the workspace', () => {
    expect(settings({ targets: '10.0.0.0/24', shard: '3/8' }).shard).toEqual({ index: 3, count: 8 });
    expect(errorOf({ targets: '10.0.0.0/24', shard: '9/8' })).toMatch(
      /input shard: "9\/8" names part 9 of 8/,
    );
    // Without reports, merge mode gathers this run's report artifacts.
    expect(settings({ mode: 'merge' }).reports).toEqual([]);
    const merge = settings({
      mode: 'merge',
      reports: 'reports/**/*.json\n/abs/x.json',
      'allow-partial': 'true',
    });
    expect(merge.reports).toEqual(['/ws/reports/**/*.json', '/abs/x.json']);
    expect(merge.allowPartial).toBe(true);
    expect(settings({ targets: 'a' }).allowPartial).toBe(false);
  });

  test('upload-report: auto uploads from shard jobs only; true, false and report-group as given', () => {
    expect(settings({ targets: 'a', shard: '1/2' }).uploadReport).toBe(true);
    expect(settings({ targets: 'a' }).uploadReport).toBe(false);
    expect(settings({ targets: 'a', vantage: 'vpn' }).uploadReport).toBe(false);
    expect(settings({ targets: 'a', vantage: 'vpn', 'upload-report': 'true' }).uploadReport).toBe(true);
    expect(settings({ targets: 'a', shard: '1/2', 'upload-report': 'false' }).uploadReport).toBe(false);
    // A merge job never uploads what it merged.
    expect(settings({ mode: 'merge', 'upload-report': 'true' }).uploadReport).toBe(false);
    expect(errorOf({ targets: 'a', 'upload-report': 'yes' })).toMatch(
      /input upload-report: "yes" is not valid: expected auto, true or false/,
    );
    expect(settings({ targets: 'a', 'report-group': 'edge' }).reportGroup).toBe('edge');
    expect(settings({ targets: 'a' }).reportGroup).toBe('');
  });

  test('compose-file alone is enough: targets come from what it publishes', () => {
    expect(settings({ 'compose-file': 'compose.yml' }).targets).toEqual([]);
  });

  test('secrets to mask: the token, the SSH password, the key and each of its lines', () => {
    const key =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\nAAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
    const s = settings({
      targets: 'x',
      'github-token': 'ghs_abc',
      'ssh-username': 'ci',
      'ssh-password': 'pw-1',
      'ssh-private-key': key,
    });
    expect(secretsOf(s)).toEqual([
      'ghs_abc',
      'pw-1',
      key.trim(),
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU',
      'AAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    ]);
  });
});
