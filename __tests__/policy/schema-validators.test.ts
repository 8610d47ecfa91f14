import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as generatedPolicy from '../../src/policy/generated/schema.validator.js';
import * as generatedTest from '../../src/policy/generated/test-schema.validator.js';
import { compileAtRunTime, POLICY_SCHEMA, POLICY_TEST_SCHEMA, schemasDir } from '../../src/policy/schema.js';

/**
 * The schema validators compiled at build time (scripts/gen-validators.mjs →
 * src/policy/generated/) are current with the schemas, and judge as the validator
 * compiled at run time does: same answer, same errors, on the policies of the
 * repository and on broken variants of them.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const dir = schemasDir();

function yamlFiles(folder: string, out: string[] = []): string[] {
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, e.name);
    if (e.isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(path);
  }
  return out;
}

/** The repository's policies and policy tests, and a few ways of breaking each. */
function documents(kind: 'policy' | 'test'): unknown[] {
  const files = ['policies', 'examples', '__tests__/policy/fixtures']
    .flatMap((f) => yamlFiles(join(ROOT, f)))
    .filter((f) => (kind === 'test') === f.endsWith('.test.yml') && !f.includes('workflows'));
  expect(files.length).toBeGreaterThan(kind === 'test' ? 0 : 3);
  const docs: unknown[] = [];
  for (const f of files) {
    const doc = parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
    docs.push(
      doc,
      { ...doc, colour: 'blue' },
      { ...doc, version: 2 },
      { ...doc, default: 'maybe' },
      { ...doc, default: { action: 'deny', severity: 'extreme' } },
      { ...doc, allow: [{ port: 70000 }, { port: 'http-ish' }, { ports: ['80-'] }, {}] },
      { ...doc, deny: [{ port: 23 }] },
      { ...doc, targets: [{ name: '', hosts: 'x', allow: 5 }] },
      { ...doc, exceptions: [{ match: {}, reason: 1 }] },
      { ...doc, tests: [{ findings: [{ host: 1, port: 'a' }], expect: 'x' }] },
      null,
      [],
      'text',
    );
  }
  return docs;
}

describe('schema validators generated at build time', () => {
  it('are current with the schemas (npm run build regenerates them)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-validators.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    [POLICY_SCHEMA, 'policy', generatedPolicy],
    [POLICY_TEST_SCHEMA, 'test', generatedTest],
  ] as const)('%s: judge as the validator compiled at run time', (file, kind, generated) => {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as object;
    const runtime = compileAtRunTime(schema);
    const built = generated.validate as unknown as typeof runtime;
    let invalid = 0;
    for (const doc of documents(kind)) {
      const a = runtime(doc);
      const b = built(doc);
      expect(b).toBe(a);
      expect(JSON.parse(JSON.stringify(built.errors ?? null))).toEqual(
        JSON.parse(JSON.stringify(runtime.errors ?? null)),
      );
      if (!a) invalid++;
    }
    expect(invalid).toBeGreaterThan(10);
  });
});
