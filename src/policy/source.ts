import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../errors.js';
import type { RuleRef } from '../model.js';

/**
 * A policy file as parsed YAML that still knows where everything was written,
 * so every diagnostic and every verdict can point at file:line:column.
 *
 * Hostile input is bounded before the YAML library sees it: the library
 * recurses per nesting level (thousands of `[` exhaust memory, not just the
 * stack), so nesting is measured on the raw text first.
 */

/** Largest policy file accepted. Real policies are a few KiB. */
export const MAX_POLICY_BYTES = 1024 * 1024;
/** Deepest nesting accepted (flow brackets plus block indentation levels). Real policies stay under 10. */
export const MAX_NESTING = 64;
/** Aliases a document may expand (YAML alias bombs). */
export const MAX_ALIASES = 100;

export interface SourceDoc {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The document as plain data (aliases expanded, bounded). */
  data: unknown;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const p = lines.linePos(Math.max(0, offset));
  return { line: p.line, column: p.col };
}

/**
 * Nesting depth estimated from the raw text, without trusting the YAML parser:
 * open flow brackets outside quotes and comments, plus the block indentation
 * stack (each deeper indent or `- ` opens a level). It over-counts rather
 * than under-counts, and only rejects what no real policy comes near.
 */
export function estimateNesting(text: string): { depth: number; offset: number } {
  let flow = 0;
  let maxDepth = 0;
  let at = 0;
  const indents: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: measure block indentation when not inside a flow collection.
    let col = 0;
    while (i < n && (text[i] === ' ' || text[i] === '\t')) {
      i++;
      col++;
    }
    let blockDepth = indents.length;
    if (flow === 0 && i < n && text[i] !== '\n' && text[i] !== '#') {
      while (indents.length > 0 && indents[indents.length - 1] >= col) indents.pop();
      indents.push(col);
      // Compact sequences ("- - - x") open one level per dash on the same line.
      let j = i;
      while (j + 1 < n && text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        indents.push(col + (j - i) + 1);
        j += 2;
        while (j < n && text[j] === ' ') j++;
      }
      blockDepth = indents.length;
    }
    let quote: string | null = null;
    for (; i < n && text[i] !== '\n'; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      }
      if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = c;
      else if (c === '[' || c === '{') {
        flow++;
        if (flow + blockDepth > maxDepth) {
          maxDepth = flow + blockDepth;
          at = i;
        }
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    if (blockDepth > maxDepth) {
      maxDepth = blockDepth;
      at = i;
    }
    i++;
  }
  return { depth: maxDepth, offset: at };
}

/**
 * Parse one policy file. Returns the parsed source, or the diagnostics that
 * make it unusable (every YAML error at once, not only the first).
 */
export function parseSource(text: string, file: string): { source?: SourceDoc; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) {
    return {
      diagnostics: [
        {
          source: file,
          line: 1,
          column: 1,
          message: `the policy is larger than ${MAX_POLICY_BYTES / 1024} KiB; a port policy should be a few KiB`,
        },
      ],
    };
  }
  const nesting = estimateNesting(text);
  if (nesting.depth > MAX_NESTING) {
    // A throwaway counter over the text gives the line of the offending bracket.
    lines.addNewLine(0);
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) lines.addNewLine(k + 1);
    return {
      diagnostics: [
        {
          source: file,
          ...position(lines, nesting.offset),
          message: `the policy is nested more than ${MAX_NESTING} levels deep; a port policy needs far fewer`,
        },
      ],
    };
  }
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    diagnostics.push({ source: file, ...position(lines, err.pos[0]), message: yamlMessage(err.message) });
  }
  if (diagnostics.length > 0) return { diagnostics };
  // Nothing but whitespace and comments: say so, not that null is not a mapping.
  if (doc.contents === null)
    return {
      diagnostics: [
        {
          source: file,
          line: 1,
          column: 1,
          message:
            'the policy file is empty (nothing but whitespace or comments); a policy starts with `version: 1` (see docs/policy.md)',
        },
      ],
    };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message =
      err instanceof ReferenceError && /alias/i.test(err.message)
        ? `the policy expands too many YAML aliases (more than ${MAX_ALIASES}); write the values out`
        : `the policy cannot be read as data: ${err instanceof Error ? err.message : String(err)}`;
    return { diagnostics: [{ source: file, line: 1, column: 1, message }] };
  }
  return { source: { file, text, doc, lines, data }, diagnostics: [] };
}

function yamlMessage(message: string): string {
  // The library appends " at line L, column C" and a code frame; the diagnostic carries the position.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '');
  return `YAML syntax error: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/** The node at a path, and (for a map entry) the node of its key. */
export function nodeAt(source: SourceDoc, path: readonly PathSegment[]): { node?: Node; key?: Node } {
  let node: unknown = source.doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) return { node: node as Node };
      key = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      key = undefined;
      node = node.items[seg];
    } else {
      return { node: node as Node | undefined };
    }
  }
  return { node: node as Node | undefined, key };
}

/** file:line:column of the value at a path (or of its key, when asked), falling back to the nearest parent. */
export function locate(
  source: SourceDoc,
  path: readonly PathSegment[],
  which: 'value' | 'key' = 'value',
): { line: number; column: number } {
  const { node, key } = nodeAt(source, path);
  const target = which === 'key' && key ? key : (node ?? key);
  const offset = target?.range?.[0] ?? 0;
  return position(source.lines, offset);
}

/** One file's errors and warnings, each placed where its YAML path is written. */
export class Collector {
  readonly diagnostics: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  constructor(readonly source: SourceDoc) {}
  at(
    path: PathSegment[],
    message: string,
    which: 'value' | 'key' = 'value',
    severity: 'error' | 'warning' = 'error',
  ) {
    const d: Diagnostic = {
      source: this.source.file,
      ...locate(this.source, path, which),
      path: formatPath(path),
      message,
    };
    (severity === 'error' ? this.diagnostics : this.warnings).push(d);
  }
  ref(id: string, path: PathSegment[], which: 'value' | 'key' = 'value'): RuleRef {
    return { id, file: this.source.file, ...locate(this.source, path, which) };
  }
}
