import type { Report } from '../model.js';
import type { Reporter } from './types.js';

/**
 * Characters that JSON allows raw but that are not inert where a report ends
 * up (a terminal running `cat`, an HTML page embedding it): bidi overrides,
 * zero-width characters, C1 controls, line separators, and <, >, &. Written
 * as \u escapes, they parse back to exactly the same data.
 */
const UNSAFE_IN_JSON = /[<>&\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const inert = (text: string) =>
  text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The top-level arrays that grow with the scan: written element by element. */
const LONG_ARRAYS: ReadonlySet<string> = new Set(['ports', 'otherPorts', 'verdicts', 'observations']);

/** Rows serialised at once: pieces stay small, and there are few of them. */
const ROWS_PER_PIECE = 256;
const OPEN = '{\n  "x": [\n';
const CLOSE = '\n  ]\n}';

/** Indent every line after the first (JSON.stringify's own lines: strings never hold a raw newline). */
const indent = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

/**
 * The JSON report in pieces, each small, whose concatenation is exactly
 * `JSON.stringify(report, null, 2)` with the unsafe characters escaped, and a newline.
 * A merge of many shards holds more than one string can (V8's ~512 MB): the pieces go
 * to a file one after another instead (writeFileAtomic takes them).
 */
export function* jsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const comma = i < entries.length - 1 ? ',' : '';
    const head = `  ${inert(JSON.stringify(key))}: `;
    if (!Array.isArray(value) || !LONG_ARRAYS.has(key) || value.length === 0) {
      yield `${head}${inert(indent(JSON.stringify(value, null, 2), '  '))}${comma}\n`;
      continue;
    }
    yield `${head}[\n`;
    const list = value as unknown[];
    for (let j = 0; j < list.length; j += ROWS_PER_PIECE) {
      // JSON.stringify itself indents the rows at this depth: the piece is what lies between
      // the brackets of {"x": [rows]} (an undefined row becomes null there, as in the whole).
      const text = JSON.stringify({ x: list.slice(j, j + ROWS_PER_PIECE) }, null, 2);
      const rows = text.slice(OPEN.length, text.length - CLOSE.length);
      yield `${inert(rows)}${j + ROWS_PER_PIECE < list.length ? ',' : ''}\n`;
    }
    yield `  ]${comma}\n`;
  }
  yield '}\n';
}

/** The JSON report, format version 1 (DESIGN.md). Automation reads it; it changes only with `version`. */
export const json: Reporter = (report) => [...jsonChunks(report)].join('');
