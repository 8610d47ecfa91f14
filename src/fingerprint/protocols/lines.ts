import type { Conversation } from '../io.js';
import { lines } from '../text.js';

/** A numbered reply (FTP, SMTP) is complete when a line "NNN " follows any "NNN-" lines. */
export function numberedReplyComplete(data: Buffer): boolean {
  return lines(data).some((l) => /^\d{3}(?: |$)/.test(l));
}

/** The complete numbered replies in `data`: code and text of each, multi-line ones joined. */
export function numberedReplies(data: Buffer): { code: number; lines: string[] }[] {
  const out: { code: number; lines: string[] }[] = [];
  let current: string[] = [];
  for (const l of lines(data, 128)) {
    const m = /^(\d{3})([ -]?)(.*)$/.exec(l);
    if (!m) {
      if (current.length) current.push(l);
      continue;
    }
    current.push(m[3]);
    if (m[2] !== '-') {
      out.push({ code: Number(m[1]), lines: current });
      current = [];
    }
  }
  return out;
}

/** Send a command line and read one numbered reply. */
export async function command(
  conv: Conversation,
  line: string,
  ms: number,
): Promise<{ code: number; lines: string[] } | undefined> {
  conv.write(`${line}\r\n`);
  const data = await conv.read(numberedReplyComplete, ms);
  return numberedReplies(data)[0];
}

/** Read a greeting (one numbered reply) on a fresh connection. */
export async function greeting(
  conv: Conversation,
  ms: number,
): Promise<{ code: number; lines: string[] } | undefined> {
  const data = await conv.read(numberedReplyComplete, ms);
  return numberedReplies(data)[0];
}
