/** Helpers for reading untrusted protocol text without trusting it. */

/** Longest string any parser keeps from what a service said. */
export const MAX_FIELD_CHARS = 256;

/** Bytes as Latin-1 (one char per byte, never throws), cut to `max` chars. */
export function latin1(data: Buffer, max = MAX_FIELD_CHARS): string {
  return data.subarray(0, max).toString('latin1');
}

/** A field from the wire: printable ASCII only, other bytes dropped, bounded. */
export function clean(text: string, max = MAX_FIELD_CHARS): string {
  return text
    .slice(0, max * 4)
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
    .slice(0, max);
}

/** The first line of `data` (up to CR or LF), cleaned; undefined when there is no complete line. */
export function firstLine(data: Buffer, requireEol = true): string | undefined {
  const end = data.subarray(0, 4096).findIndex((b) => b === 0x0a || b === 0x0d);
  if (end < 0) return requireEol ? undefined : clean(latin1(data));
  return clean(data.subarray(0, end).toString('latin1'));
}

/** Complete CRLF/LF-terminated lines of `data` (at most `maxLines`), cleaned. */
export function lines(data: Buffer, maxLines = 64): string[] {
  const text = data.subarray(0, 16 * 1024).toString('latin1');
  const parts = text.split(/\r?\n/);
  parts.pop(); // the part after the last newline is incomplete
  return parts.slice(0, maxLines).map((l) => clean(l, 1024));
}

/** A C string (NUL-terminated) at `offset`, bounded; undefined when unterminated. */
export function cString(
  data: Buffer,
  offset: number,
  max = MAX_FIELD_CHARS,
): { value: string; next: number } | undefined {
  if (offset < 0 || offset >= data.length) return undefined;
  const end = data.indexOf(0, offset);
  if (end < 0 || end - offset > max * 4) return undefined;
  return { value: clean(data.subarray(offset, end).toString('latin1'), max), next: end + 1 };
}
