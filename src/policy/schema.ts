import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../errors.js';
import * as policySchema from './generated/schema.validator.js';
import * as testSchema from './generated/test-schema.validator.js';
import { formatPath, locate, type PathSegment, type SourceDoc } from './source.js';
import { closest } from './suggest.js';

// ajv's compiler is CommonJS; required at first use (a bundler resolves this form too).
const require = createRequire(import.meta.url);

/**
 * The policy JSON Schema (policies/schema.json) compiled with ajv (`allErrors`,
 * as spectral does), and ajv's errors turned into plain sentences at
 * file:line:column. The schemas are compiled at build time
 * (scripts/gen-validators.mjs → ./generated/); a schema whose text differs from
 * what was generated (another policies folder, an edit not yet built) is
 * compiled here at first use, with the same options.
 */

interface Generated {
  sha256: string;
  validate: unknown;
}

/** The validators generated at build time, by schema file name. */
const GENERATED: Record<string, Generated> = {
  'schema.json': policySchema as Generated,
  'test-schema.json': testSchema as Generated,
};

/**
 * The folder holding schema.json and the built-in policies. Found by walking
 * up from this module, so it works from src/ (tests), lib/ (the CLI) and a
 * bundle in dist/ alike.
 */
export function defaultPoliciesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'policies');
    if (existsSync(join(candidate, 'schema.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`policies/schema.json not found above ${dirname(fileURLToPath(import.meta.url))}`);
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

/** Compile a schema now, with the options scripts/gen-validators.mjs compiles with. */
export function compileAtRunTime(schema: object): ValidateFunction {
  // Loaded only here: a start that uses the generated validators never loads ajv's compiler.
  const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  // Our own annotation: the expected form, in words, for pattern errors.
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  return ajv.compile(schema);
}

function compiled(dir: string, name: string): { validate: ValidateFunction; schema: SchemaNode } {
  let entry = cache.get(join(dir, name));
  if (!entry) {
    const text = readFileSync(join(dir, name), 'utf8');
    const schema = JSON.parse(text) as SchemaNode;
    const generated = GENERATED[name];
    const fresh = generated && createHash('sha256').update(text).digest('hex') === generated.sha256;
    entry = { validate: fresh ? (generated.validate as ValidateFunction) : compileAtRunTime(schema), schema };
    cache.set(join(dir, name), entry);
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
      return `is longer than ${String(params.limit)} characters`;
    case 'minItems':
      return `needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `has more than ${String(params.limit)} items`;
    case 'minProperties':
      return `needs at least one of ${Object.keys(here?.properties ?? {}).join(', ')}`;
    case 'uniqueItems':
      return `lists the same value twice (items ${String(params.j)} and ${String(params.i)})`;
    default:
      return err.message ?? `is invalid (${err.keyword})`;
  }
}

/** Validate parsed data against the schema; every problem, each at its own file:line:column. */
export function schemaDiagnostics(
  source: SourceDoc,
  policiesDir: string,
  schemaFile = 'schema.json',
): Diagnostic[] {
  return schemaProblems(source, policiesDir, schemaFile).diagnostics;
}

/**
 * The schema's diagnostics, and the paths it rejected: the value at fault, or the key that
 * is missing or unknown (`targets[0].hosts`), so the semantic checks can leave out just those.
 */
export function schemaProblems(
  source: SourceDoc,
  policiesDir: string,
  schemaFile = 'schema.json',
): { diagnostics: Diagnostic[]; rejected: PathSegment[][] } {
  const { validate, schema } = compiled(policiesDir, schemaFile);
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
    if (err.keyword === 'if' || suppressed(err)) continue;
    let path = pointerToPath(err.instancePath);
    let message: string;
    let which: 'value' | 'key' = 'value';
    if (err.keyword === 'oneOf') {
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
