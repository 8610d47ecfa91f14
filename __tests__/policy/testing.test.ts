import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { runPolicyTests } from '../../src/policy/testing.js';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';

const FIXTURE = join(ROOT, '__tests__', 'policy', 'fixtures', 'repo');

describe('runPolicyTests', () => {
  it("runs the fixture repository's policy tests, all passing", async () => {
    const run = await runPolicyTests(join(FIXTURE, '.github', 'portcullis-tests'));
    expect(run.cases.map((c) => [c.name, c.passed, c.failures])).toEqual([
      ['the web tier passes with TLS 1.3 and a redirect', true, []],
      ["redis opened on staging fails on the baseline's cache rule", true, []],
      [
        "an anonymous MQTT broker, a JVM debugger and a chargen reflector fail on the baseline's rules",
        true,
        [],
      ],
      ["the bastion's exception waives its proven VPN bypass, as a warning", true, []],
    ]);
    expect(run.unexercised).toEqual([]);
    expect(run.passed).toBe(true);
  });

  describe('with failing cases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-ptest-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    beforeAll(() => {
      writeFileSync(
        join(dir, 'policy.yml'),
        [
          'version: 1',
          'allow: [{ id: web, port: 443 }]',
          'exceptions:',
          '  - { match: { port: 8443 }, reason: nobody tests me, approved_by: x, expires: never }',
          '',
        ].join('\n'),
      );
      mkdirSync(join(dir, 't'));
      writeFileSync(
        join(dir, 't', 'a.test.yml'),
        [
          'policy: ../policy.yml',
          'tests:',
          '  - name: wrong expectation',
          '    findings: [{ host: 10.0.0.1, port: 443, service: https }]',
          '    expect: { result: fail, verdicts: [{ port: 443, outcome: fail }] }',
          '',
        ].join('\n'),
      );
    });

    it('reports each failed expectation, and exceptions no fixture exercises', async () => {
      const run = await runPolicyTests(join(dir, 't'));
      expect(run.passed).toBe(false);
      expect(run.cases[0].failures).toEqual([
        'expected the result fail, got pass',
        'no verdict matches {"port":443,"outcome":"fail"}; got 10.0.0.1:443/tcp pass by web (line 2)',
      ]);
      expect(run.unexercised).toEqual([
        expect.objectContaining({
          line: 4,
          message:
            'this exception matches none of the test findings: add a test case that needs it, or remove it if it is stale',
        }),
      ]);
    });
  });

  it('rejects a malformed test file with positions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-ptest-'));
    try {
      writeFileSync(
        join(dir, 'bad.test.yml'),
        [
          'policy: portcullis:recommended',
          'tests:',
          '  - name: x',
          '    findings: [{ host: h, port: 0, service: nope }]',
          '',
        ].join('\n'),
      );
      const err = await runPolicyTests(dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).message.split('\n')).toEqual([
        expect.stringMatching(/bad\.test\.yml:3:5: tests\[0\]: expect is required/),
        expect.stringMatching(
          /bad\.test\.yml:4:33: tests\[0\]\.findings\[0\]\.port: 0 is not a port \(1–65535\)/,
        ),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('portcullis validate / test (CLI)', () => {
  beforeAll(() => ensureBuilt());

  it('validate: exit 0 and a summary for good policies, built-ins included', async () => {
    const r = await runCli(['validate', join(FIXTURE, '.github', 'portcullis.yml'), 'portcullis:strict']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^ok .*portcullis\.yml: 23 rules, 1 target, 1 exception, default deny, mode enforce, fail-on any, extends portcullis:recommended\n/,
    );
    expect(r.stdout).toMatch(/ok portcullis:strict: /);
  });

  it('validate: exit 2 with every error of every file at file:line:column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-val-'));
    try {
      writeFileSync(join(dir, 'a.yml'), 'version: 1\nallow: [{ port: 70000 }, { service: nope }]\n');
      writeFileSync(join(dir, 'b.yml'), 'version: 1\ndefault: [\n');
      const r = await runCli(['validate', join(dir, 'a.yml'), join(dir, 'b.yml')]);
      expect(r.code).toBe(2);
      const errs = r.stderr.trim().split('\n');
      expect(errs).toEqual([
        `error: ${join(dir, 'a.yml')}:2:17: allow[0].port: 70000 is not a port (1–65535)`,
        // The schema error does not hide the semantic one beside it.
        expect.stringMatching(
          /^error: .*a\.yml:2:37: allow\[1\]\.service: "nope" is not a service Portcullis knows/,
        ),
        expect.stringMatching(/^error: .*b\.yml:\d+:\d+: YAML syntax error: /),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("validate --findings: an exception matching none of the report's open ports is an error", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-val-'));
    try {
      const report = {
        version: 1,
        startedAt: '2026-11-26T10:00:00.000Z',
        scan: { vantage: 'untrusted' },
        ports: [
          {
            host: '192.0.2.10',
            hostname: 'staging.example.com',
            port: 443,
            protocol: 'tcp',
            state: 'open',
            reason: 'connected',
            tries: 1,
            service: { name: 'https', confidence: 'high' },
            risk: ['web'],
            evidence: { 'tls.version': '1.3' },
          },
        ],
      };
      writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
      const policy = join(FIXTURE, '.github', 'portcullis.yml');
      const r = await runCli(['validate', policy, '--findings', join(dir, 'report.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `error: ${policy}:13:5: exceptions[0]: this exception matches none of the open ports in ${join(dir, 'report.json')} (1 open port); remove it if it is stale`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('test: exit 1 with the failed expectation, exit 2 for no test files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-ptest-'));
    try {
      writeFileSync(
        join(dir, 'x.test.yml'),
        [
          'policy: portcullis:recommended',
          'tests:',
          '  - name: telnet passes (it does not)',
          '    findings: [{ host: 10.0.0.1, port: 23, service: telnet }]',
          '    expect: { result: pass }',
          '',
        ].join('\n'),
      );
      const r = await runCli(['test', dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        `FAIL ${join(dir, 'x.test.yml')}:3 telnet passes (it does not)\n     expected the result pass, got fail\n`,
      );
      expect(r.stdout).toContain('0 passed, 1 failed (1 file)');
      const empty = mkdtempSync(join(tmpdir(), 'portcullis-ptest-'));
      const none = await runCli(['test', empty]);
      rmSync(empty, { recursive: true, force: true });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('no policy test files (*.test.yml) under');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('test: exit 0 and one line per case for the fixture repository', async () => {
    const r = await runCli(['test', '.github/portcullis-tests'], { cwd: FIXTURE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'pass .github/portcullis-tests/web.test.yml:5 the web tier passes with TLS 1.3 and a redirect',
    );
    expect(r.stdout).toContain('4 passed, 0 failed (1 file)');
  });
});
