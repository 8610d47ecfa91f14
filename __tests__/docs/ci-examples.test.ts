import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';

/**
 * The examples for other CI systems call the CLI only with flags it has. (The shell
 * example runs end to end against the installed package in __tests__/package/pack.test.ts.)
 */

async function scanFlags(): Promise<Set<string>> {
  ensureBuilt();
  const help = await runCli(['scan', '--help']);
  expect(help.code).toBe(0);
  return new Set([...help.stdout.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]));
}

function flagsOfScans(text: string): string[] {
  return [...text.matchAll(/portcullis scan([^\n]*(?:\n[^\n]*)*?)(?:\n\s*\n|\n\s*[a-z_]+:|$)/g)].flatMap(
    (m) => [...m[1].matchAll(/(^|\s)(--[a-z][a-z-]*)/g)].map((f) => f[2]),
  );
}

describe('examples/ci', () => {
  it('gitlab-ci.yml: a job that validates, scans with the installed CLI and reports JUnit', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'ci', 'gitlab-ci.yml'), 'utf8');
    const ci = parse(text) as {
      portcullis: { script: string[]; artifacts: { when: string; reports: { junit: string } } };
    };
    const script = ci.portcullis.script.join('\n');
    expect(script).toMatch(/npx portcullis validate/);
    const junit = /--junit (\S+)/.exec(script)?.[1];
    expect(junit).toBe(ci.portcullis.artifacts.reports.junit);
    expect(ci.portcullis.artifacts.when).toBe('always');
    const known = await scanFlags();
    const used = flagsOfScans(script);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((f) => !known.has(f))).toEqual([]);
  });

  it('shell.sh: the scan flags exist', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'ci', 'shell.sh'), 'utf8').replace(/\\\n/g, ' ');
    const known = await scanFlags();
    const used = flagsOfScans(text);
    expect(used).toEqual(expect.arrayContaining(['--junit', '--json', '--policy']));
    expect(used.filter((f) => !known.has(f))).toEqual([]);
  });
});
