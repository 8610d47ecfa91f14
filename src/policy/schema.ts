import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../errors.js';
import * as policySchema from './generated/schema.validator.js';
import { formatPath, locate, type PathSegment, type SourceDoc } from './source.js';
import { closest } from './suggest.js';
import { plural } from '../words.js';

// ajv's compiler is CommonJS; required at first use (a bundler resolves this form too).
const require = createRequire(import.meta.url);

/**
/**
 * The policy JSON Schema (schemas/policy.schema.json) compiled with ajv (`allErrors`,
 * as spectral does), and ajv's errors turned into plain sentences at
 * file:line:column. The schemas are compiled at build time
 * (scripts/gen-validators.mjs → ./generated/); a schema whose text differs from
 * what was generated (an edit not yet built) is compiled here at first use, with
 * the same options.
 */

/** The policy schema and the test-file schema: stable paths users' editors point at (docs/policy.md). */
export const POLICY_SCHEMA = 'policy.schema.json';
export const POLICY_TEST_SCHEMA = 'policy-test.schema.json';

interface Generated {
  /** The schema's text it was compiled from. */
  schemaText: string;
  /** The options ajv compiled it with. */
  ajvOptions: object;
  validate: unknown;
}

/**
 * The validators generated at build time, by schema file name. The test-file schema's is
 * loaded by loadTestSchema(), when policy tests run: validate and scan never load it.
 */
const GENERATED: Record<string, Generated> = {
  [POLICY_SCHEMA]: policySchema as Generated,
};

/** Load the test-file schema's generated validator (without it, that schema is compiled at first use). */
export async function loadTestSchema(): Promise<void> {
  GENERATED[POLICY_TEST_SCHEMA] ??= (await import('./generated/test-schema.validator.js')) as Generated;
}

/**
 * The package's folder `name` that holds `marker`, found by walking up from this
 * module, so it works from src/ (tests), lib/ (the CLI) and a bundle in dist/ alike.
 */
function packageDir(name: string, marker: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, name);
    if (existsSync(join(candidate, marker))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`${name}/${marker} not found above ${dirname(fileURLToPath(import.meta.url))}`);
}

/** The folder of the built-in policies (portcullis:recommended, portcullis:strict). */
export function defaultPoliciesDir(): string {
  return packageDir('policies', 'recommended.yml');
}

/** The folder of the published JSON Schemas (policy, policy tests, report). */
export function schemasDir(): string {
  return packageDir('schemas', POLICY_SCHEMA);
}

const cache = new Map<string, { validate: ValidateFunction; schema: SchemaNode }>();

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  enum?: unknown[];
  oneOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
  'x-expected'?: string;
  description?: string;
}

/** Compile a schema now, with the options the generated validators were compiled with. */
export function compileAtRunTime(schema: object): ValidateFunction {
  // Loaded only here: a start that uses the generated validators never loads ajv's compiler.
  const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
  const ajv = new Ajv({ ...GENERATED[POLICY_SCHEMA].ajvOptions });
  // Our own annotation: the expected form, in words, for pattern errors.
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  return ajv.compile(schema);
}

function compiled(name: string): { validate: ValidateFunction; schema: SchemaNode } {
  const file = join(schemasDir(), name);
  let entry = cache.get(file);
  if (!entry) {
    const text = readFileSync(file, 'utf8');
    const schema = JSON.parse(text) as SchemaNode;
    const generated = GENERATED[name];
    const fresh = generated !== undefined && text === generated.schemaText;
    entry = { validate: fresh ? (generated.validate as ValidateFunction) : compileAtRunTime(schema), schema };
    cache.set(file, entry);
  }
  return entry;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  null: 'empty',
};

function typeWords(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');
}

function isPortKey(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return last === 'port' || (typeof last === 'number' && parent === 'ports');
}

function resolveSchema(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++) {
    const name = n.$ref.replace('#/definitions/', '');
    n = root.definitions?.[name];
  }
  return n;
}

function schemaAt(root: SchemaNode, schemaPath: string): SchemaNode | undefined {
  // ajv's schemaPath ("#/definitions/allowRule/properties/port/pattern") names the failing keyword's parent.
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let n: unknown = root;
  for (const p of parts) {
    if (n === null || typeof n !== 'object') return undefined;
    n = (n as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return n as SchemaNode | undefined;
}

function sentence(err: ErrorObject, path: PathSegment[], data: unknown, root: SchemaNode): string {
  const value = valueAt(data, path);
  const params = err.params as Record<string, unknown>;
  const here = (err.parentSchema as SchemaNode | undefined) ?? schemaAt(root, err.schemaPath);
  switch (err.keyword) {
    case 'minimum':
    case 'maximum':
      if (isPortKey(path)) return `${show(value)} is not a port (1–65535)`;
      return `${show(value)} must be ${err.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`;
    case 'type':
      if (isPortKey(path) && typeof value !== 'number')
        return `${show(value)} is not a port (1–65535), a range such as "8000-8100" nor a service name`;
      if (isPortKey(path)) return `${show(value)} is not a port (1–65535)`;
      return `${show(value)} is not ${typeWords(params.type)}`;
    case 'pattern':
      return `${show(value)} is not ${here?.['x-expected'] ?? `in the expected form (${String(params.pattern)})`}`;
    case 'enum':
      return `${show(value)} is not one of ${(params.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
    case 'const':
      if (path.length === 1 && path[0] === 'version')
        return `${show(value)} is not a supported policy format version (write version: 1)`;
      return `must be ${String(params.allowedValue)}`;
    case 'required': {
      const missing = String(params.missingProperty);
      const prop = resolveSchema(root, here?.properties?.[missing]);
      const hint = prop?.description ? ` (${prop.description.replace(/\.$/, '').split('. ')[0]})` : '';
      return `${missing} is required${hint}`;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys(here?.properties ?? {});
      const near = closest(extra, known, (k) => Math.max(1, Math.floor(k.length / 3)));
      return `unknown key ${JSON.stringify(extra)}${near ? `; did you mean ${JSON.stringify(near)}?` : ''} (allowed: ${known.join(', ')})`;
    }
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `is longer than ${plural(Number(params.limit), 'character')}`;
    case 'minItems':
      return `needs at least ${plural(Number(params.limit), 'item')}`;
    case 'maxItems':
      return `has more than ${plural(Number(params.limit), 'item')}`;
    case 'minProperties':
      return `needs at least one of ${Object.keys(here?.properties ?? {}).join(', ')}`;
    case 'uniqueItems':
      return `lists the same value twice (items ${String(params.j)} and ${String(params.i)})`;
    default:
      return err.message ?? `is invalid (${err.keyword})`;
  }
}

/** Validate parsed data against the schema; every problem, each at its own file:line:column. */
export function schemaDiagnostics(source: SourceDoc, schemaFile = POLICY_SCHEMA): Diagnostic[] {
  return schemaProblems(source, schemaFile).diagnostics;
}

/**
 * The schema's diagnostics, and the paths it rejected: the value at fault, or the key that
 * is missing or unknown (`targets[0].hosts`), so the semantic checks can leave out just those.
 */
export function schemaProblems(
  source: SourceDoc,
  schemaFile = POLICY_SCHEMA,
): { diagnostics: Diagnostic[]; rejected: PathSegment[][] } {
  const { validate, schema } = compiled(schemaFile);
  if (validate(source.data)) return { diagnostics: [], rejected: [] };
  const errors = validate.errors ?? [];
  const out: Diagnostic[] = [];
  const rejected: PathSegment[][] = [];
  for (const err of errors) {
    if (err.keyword === 'if') continue;
    const params = err.params as Record<string, unknown>;
    const at = pointerToPath(err.instancePath);
    if (err.keyword === 'additionalProperties') rejected.push([...at, String(params.additionalProperty)]);
    else if (err.keyword === 'required') rejected.push([...at, String(params.missingProperty)]);
    else rejected.push(at);
  }
  const seen = new Set<string>();
  // `default` is a oneOf (a word or a mapping). A word that is wrong gets one sentence naming both forms;
  // a mapping gets the errors inside it, without the word branch's complaint.
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const suppressed = (err: ErrorObject): boolean => {
    for (const p of oneOfs) {
      const value = valueAt(source.data, pointerToPath(p));
      const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
      if (err.keyword === 'oneOf') return err.instancePath === p && isMapping;
      if (isMapping) {
        if (err.instancePath === p && (err.keyword === 'enum' || err.keyword === 'type')) return true;
      } else if (err.instancePath === p || err.instancePath.startsWith(p + '/')) return true;
    }
    return false;
  };
  for (const err of errors) {
    // A bad key under `propertyNames` (when.evidence): its own error below says which key and why.
    if (err.keyword === 'if' || err.keyword === 'propertyNames' || suppressed(err)) continue;
    let path = pointerToPath(err.instancePath);
    let message: string;
    let which: 'value' | 'key' = 'value';
    if (err.propertyName !== undefined) {
      const here = (err.parentSchema as SchemaNode | undefined) ?? schemaAt(schema, err.schemaPath);
      message = `the key ${JSON.stringify(err.propertyName)} is not ${here?.['x-expected'] ?? 'a valid key'}`;
      path = [...path, err.propertyName];
      which = 'key';
    } else if (err.keyword === 'oneOf') {
      const value = valueAt(source.data, path);
      const last = path[path.length - 1];
      message =
        last === 'default'
          ? `${show(value)} is not one of deny, warn, allow (or a mapping with action and severity)`
          : `${show(value)} is not in any of the accepted forms`;
    } else {
      message = sentence(err, path, source.data, schema);
      if (err.keyword === 'additionalProperties') {
        path = [...path, String((err.params as Record<string, unknown>).additionalProperty)];
        which = 'key';
      }
    }
    const pos = locate(source, path, which);
    const key = `${pos.line}:${pos.column}:${formatPath(path)}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: source.file, ...pos, path: formatPath(path) || undefined, message });
  }
  return { diagnostics: out, rejected };
}
