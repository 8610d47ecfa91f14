import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** The README's action reference documents every input and output of action.yml, with its default. */

const root = new URL('../../', import.meta.url);
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const readme = readFileSync(new URL('README.md', root), 'utf8');
const region = readme.slice(
  readme.indexOf('<!-- action-reference:start -->'),
  readme.indexOf('<!-- action-reference:end -->'),
);

/** Rows of the table under a `### heading`: first cell (a `name`) → the other cells. */
function table(heading: string): Map<string, string[]> {
  const at = region.indexOf(`### ${heading}\n`);
  expect(at).toBeGreaterThan(-1);
  const rows = new Map<string, string[]>();
  for (const line of region.slice(at).split('\n').slice(1)) {
    if (line.startsWith('### ')) break;
    const m = /^\| `([^`]+)` \|(.*)\|$/.exec(line);
    if (m)
      rows.set(
        m[1],
        m[2].split(' | ').map((c) => c.trim()),
      );
  }
  return rows;
}

describe('README action reference', () => {
  test('the region exists', () => {
    expect(region.length).toBeGreaterThan(100);
  });

  test('every input of action.yml is in the Inputs table, and nothing else, with its default', () => {
    const rows = table('Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const declared = spec.default ?? '';
      expect([name, rows.get(name)?.[0]]).toEqual([name, declared === '' ? '' : `\`${declared}\``]);
      expect(rows.get(name)?.[1]?.length ?? 0).toBeGreaterThan(10);
    }
  });

  test('every output is in the Outputs table, and nothing else', () => {
    expect([...table('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  test('every example workflow is listed with its permissions, and declares them', () => {
    const dir = new URL('examples/workflows/', root);
    for (const file of readdirSync(dir)) {
      expect(region).toContain(`examples/workflows/${file}`);
      const wf = parse(readFileSync(new URL(file, dir), 'utf8')) as { permissions?: Record<string, string> };
      expect([file, typeof wf.permissions]).toEqual([file, 'object']);
      for (const [perm, level] of Object.entries(wf.permissions ?? {})) {
        if (level === 'write')
          expect([file, region]).toEqual([file, expect.stringContaining(`\`${perm}: write\``)]);
      }
    }
  });

  test('the examples give the action only inputs it has', () => {
    const dir = new URL('examples/workflows/', root);
    let uses = 0;
    for (const file of readdirSync(dir)) {
      const wf = parse(readFileSync(new URL(file, dir), 'utf8')) as {
        jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
      };
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) {
          if (!step.uses?.startsWith('portcullis/portcullis@')) continue;
          uses++;
          for (const key of Object.keys(step.with ?? {}))
            expect([file, key, key in action.inputs]).toEqual([file, key, true]);
        }
      }
    }
    expect(uses).toBeGreaterThanOrEqual(5);
  });

  test('explains why pull_request_target must not run untrusted code', () => {
    expect(region).toMatch(/pull_request_target/);
    expect(region).toMatch(/docs\/security\.md/);
  });
});
