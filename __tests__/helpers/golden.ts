import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ROOT } from './cli.js';

/**
 * Golden files: a test's output compared byte for byte with a file in the
 * repository. `UPDATE_GOLDEN=1` rewrites the files instead of comparing;
 * without it a missing file is a failure, never a silent write.
 */

export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** A line as it would be typed in a JS string: escapes, invisible and control characters made visible. */
function show(line: string): string {
  return JSON.stringify(line).replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The lines that differ (after the common start and before the common end), with context: what changed. */
export function diffHint(expected: string, actual: string, context = 2, maxLines = 12): string {
  if (expected === actual) return 'the text is the same but the bytes differ (encoding or invalid UTF-8)';
  const want = expected.split('\n');
  const got = actual.split('\n');
  let start = 0;
  while (start < want.length && start < got.length && want[start] === got[start]) start++;
  let end = 0;
  while (
    end < want.length - start &&
    end < got.length - start &&
    want[want.length - 1 - end] === got[got.length - 1 - end]
  )
    end++;
  const out = [`first difference at line ${start + 1}:`];
  const block = (lines: string[], from: number, to: number, mark: string) => {
    for (let j = from; j < Math.min(to, from + maxLines); j++) out.push(`  ${mark} ${show(lines[j])}`);
    if (to - from > maxLines) out.push(`  ${mark} … ${to - from - maxLines} more lines`);
  };
  block(want, Math.max(0, start - context), start, ' ');
  block(want, start, want.length - end, '-');
  block(got, start, got.length - end, '+');
  block(got, got.length - end, Math.min(got.length, got.length - end + context), ' ');
  out.push(`(- golden file, + actual output; ${want.length} lines expected, ${got.length} produced)`);
  return out.join('\n');
}

/**
 * Compare `actual` with the golden file `path` (absolute), or write it when
 * UPDATE_GOLDEN=1. Throws with a readable hint on a mismatch or a missing file.
 */
export function expectGolden(path: string, actual: string, updateCommand: string): void {
  const name = relative(ROOT, path);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    let before: string | undefined;
    try {
      before = readFileSync(path, 'utf8');
    } catch {
      before = undefined;
    }
    if (before !== actual) writeFileSync(path, actual, 'utf8');
    return;
  }
  let expected: Buffer;
  try {
    expected = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      `golden file ${name} cannot be read (${code ?? String(err)}).\n` +
        `If this output is new, create it with:\n  ${updateCommand}\nand review the file before committing it.`,
    );
  }
  // Bytes, not decoded text: an encoding or line-ending change is a change too.
  if (expected.equals(Buffer.from(actual, 'utf8'))) return;
  throw new Error(
    `output differs from golden file ${name}\n${diffHint(expected.toString('utf8'), actual)}\n\n` +
      `If the change is intended, rewrite the goldens with:\n  ${updateCommand}\n` +
      `and review the diff (git diff -- ${name}) before committing it.`,
  );
}
