/**
 * The editor and automation contracts (issue 13): the policy schemas at stable paths that the
 * `# yaml-language-server: $schema=` lines reach, and the JSON report's schema published as
 * schemas/report.schema.json, kept equal to the one the code reads reports with
 * (src/report/schema.ts), satisfied by a real scan's report, and documented field by field in
 * docs/report.md.
 *
 * To rewrite schemas/report.schema.json after changing REPORT_SCHEMA (then review `git diff`):
 *
 *   UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/contracts/schemas.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { REPORT_SCHEMA } from '../../src/report/schema.js';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const SCHEMAS = join(ROOT, 'schemas');
const RAW = 'https://raw.githubusercontent.com/portcullis/portcullis/v1/';
const UPDATE_COMMAND =
  "UPDATE_GOLDEN=1 NODE_OPTIONS='--experimental-vm-modules --no-warnings' npx jest __tests__/contracts/schemas.test.ts";

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Every property name anywhere in a schema (the keys of every `properties`). */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) propertyNames(n, out);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object')
      for (const name of Object.keys(value)) out.add(name);
    propertyNames(value, out);
  }
  return out;
}

/** Files under dir (recursively) whose name passes `keep`, skipping dependencies and build output. */
function filesUnder(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'lib', '.git', 'coverage'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, keep, out);
    else if (keep(entry.name)) out.push(path);
  }
  return out;
}

describe('the published schemas', () => {
  it('schemas/report.schema.json is REPORT_SCHEMA, as the code reads reports with it', () => {
    expectGolden(
      join(SCHEMAS, 'report.schema.json'),
      JSON.stringify(REPORT_SCHEMA, null, 2) + '\n',
      UPDATE_COMMAND,
    );
  });

  it('each schema is a strict draft-07 schema whose $id is its raw URL on the v1 tag', () => {
    const names = readdirSync(SCHEMAS).filter((n) => n.endsWith('.schema.json'));
    expect(names.sort()).toEqual(['policy-test.schema.json', 'policy.schema.json', 'report.schema.json']);
    for (const name of names) {
      const schema = readJson(join(SCHEMAS, name));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`${RAW}schemas/${name}`);
      const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
      ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it('every `# yaml-language-server: $schema=` line in the repository reaches a schema that exists', () => {
    const files = filesUnder(ROOT, (n) => /\.(ya?ml|md)$/.test(n));
    const refs: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/yaml-language-server: \$schema=([^\s`]+)/g)) {
        const target = m[1];
        refs.push(`${relative(ROOT, file)} -> ${target}`);
        if (target.startsWith('https://')) {
          expect(target.startsWith(RAW)).toBe(true);
          expect(existsSync(join(ROOT, target.slice(RAW.length)))).toBe(true);
        } else if (target.startsWith('./node_modules/portcullis/')) {
          // Inside an installed package the repository's layout is kept.
          expect(existsSync(join(ROOT, target.slice('./node_modules/portcullis/'.length)))).toBe(true);
        } else {
          expect(`${relative(ROOT, file)} -> ${existsSync(resolve(dirname(file), target))}`).toBe(
            `${relative(ROOT, file)} -> true`,
          );
        }
      }
    }
    // The built-in policies, the demo, and the two forms docs/policy.md shows.
    expect(refs.length).toBeGreaterThanOrEqual(5);
    const docs = readFileSync(join(ROOT, 'docs', 'policy.md'), 'utf8');
    expect(docs).toContain(
      '# yaml-language-server: $schema=./node_modules/portcullis/schemas/policy.schema.json',
    );
    expect(docs).toContain(`# yaml-language-server: $schema=${RAW}schemas/policy.schema.json`);
    expect(docs).not.toMatch(/githubusercontent\.com\/OWNER/);
  });

  it('docs/report.md names every field of the report schema', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'report.md'), 'utf8');
    const missing = [...propertyNames(REPORT_SCHEMA)].filter((name) => !docs.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('every golden JSON report satisfies the published schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(readJson(join(SCHEMAS, 'report.schema.json')));
    const dir = join(ROOT, '__tests__', 'report', 'golden');
    const goldens = readdirSync(dir).filter((n) => n.endsWith('.json.json'));
    expect(goldens.length).toBeGreaterThan(0);
    for (const name of goldens) {
      const ok = validate(readJson(join(dir, name)));
      expect({ name, errors: ok ? null : validate.errors }).toEqual({ name, errors: null });
    }
  });
});

describe('a real scan report', () => {
  let dir: string;
  let web: Server;
  let port: number;

  beforeAll(async () => {
    ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'portcullis-schemas-'));
    web = createServer((_req, res) => {
      res.writeHead(200, { Server: 'schema-test/1.0', 'Content-Type': 'text/plain' });
      res.end('hello\n');
    });
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', r));
    const addr = web.address();
    port = typeof addr === 'object' && addr ? addr.port : 0;
  });
  afterAll(async () => {
    web.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('validates against schemas/report.schema.json (ajv), with the service on its verdicts', async () => {
    const policy = join(dir, 'policy.yml');
    await writeFile(policy, 'version: 1\ndefault: deny\n');
    const json = join(dir, 'report.json');
    const r = await runCli([
      'scan',
      '--targets',
      '127.0.0.1',
      '--ports',
      String(port),
      '--policy',
      policy,
      '--list-all',
      '--json',
      json,
    ]);
    expect(r.stderr).not.toMatch(/failed unexpectedly/);
    expect(r.code).toBe(1);
    const report = JSON.parse(await readFile(json, 'utf8')) as {
      ports: { service?: { name: string } }[];
      verdicts: { port: number; service?: string }[];
    };
    const validate = new Ajv({ allErrors: true }).compile(readJson(join(SCHEMAS, 'report.schema.json')));
    expect(validate(report) ? null : validate.errors).toBeNull();
    expect(report.ports[0].service?.name).toBe('http');
    expect(report.verdicts).toEqual([expect.objectContaining({ port, service: 'http' })]);
  });
});
