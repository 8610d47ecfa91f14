import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/** A validator for the OASIS SARIF 2.1.0 schema (fixtures/sarif-schema-2.1.0.json, see its README). */
export function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  );
  // The schema is draft-04: its `id` is draft-07's `$id`; nothing else it uses differs.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // Its language pattern has a stray `]` that only non-unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}
