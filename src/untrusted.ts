/**
 * Everything a scanned service says is untrusted. These functions make it inert
 * before it reaches a terminal, Markdown (job summary, PR comment), HTML or a log.
 */

/** Longest piece of untrusted text any surface shows. */
export const MAX_UNTRUSTED_CHARS = 200;

/** Cut to `max` code points, marking the cut. */
export function truncate(text: string, max = MAX_UNTRUSTED_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Control characters (C0, DEL, C1), bidi overrides and zero-width characters
 * become visible escapes, so no ANSI sequence or hidden text survives.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => {
      const code = c.codePointAt(0) ?? 0;
      return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    },
  );
}

/** One line of untrusted text: newlines and tabs become visible, control characters escaped, length bounded. */
export function untrustedLine(text: string, max = MAX_UNTRUSTED_CHARS): string {
  return truncate(
    sanitizeForTerminal(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, ' ')),
    max,
  );
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // &apos; rather than &#39;: Markdown would escape the #, and XML knows the name too.
  "'": '&apos;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Untrusted text for GitHub-flavoured Markdown, inline (tables, list items):
 * HTML escaped, every Markdown punctuation backslash-escaped, `@` broken so no
 * one is mentioned, `#123` cannot link, and no autolink forms; nothing invisible
 * inside an address, so one copied from the page still works.
 */
export function escapeMarkdown(text: string, max = MAX_UNTRUSTED_CHARS): string {
  const line = untrustedLine(text, max);
  return (
    escapeHtml(line)
      // Markdown punctuation that could open emphasis, links, code, tables, headings, lists.
      .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => (c === '>' ? c : `\\${c}`))
      // A zero-width space after @ stops mentions and team pings, and after # before a digit
      // issue links: GitHub finds both in the rendered text, where a backslash is gone.
      .replace(/@/g, '@\u200b')
      .replace(/\\#(?=\d)/g, '\\#\u200b')
      // `:/\/` renders as `://` (so a copied address works) but is no autolink: the
      // autolinker looks for `://` in the source, and `www.` is already broken by `\.`.
      .replace(/:\/\//g, ':/\\/')
  );
}

/** Untrusted text inside an inline code span: backticks cannot close it, and it stays one line. */
export function markdownCode(text: string, max = MAX_UNTRUSTED_CHARS): string {
  const line = untrustedLine(text, max).replace(/`/g, "'");
  // Inside a code span HTML is not interpreted, but `|` still splits a table cell.
  return '`' + line.replace(/\|/g, '\\|') + '`';
}

/** For GitHub workflow commands (annotations): %, CR, LF would end or forge a command. */
export function escapeWorkflowCommand(text: string): string {
  return untrustedLine(text, 1000).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** For a workflow command's property value (`file=`, `title=`): also `:` and `,`, which end a property. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowCommand(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Untrusted text for a SARIF `message.text`: one bounded line, and none of
 * the plain-text message syntax (`[text](n)` links to locations) or mentions.
 */
export function sarifText(text: string, max = MAX_UNTRUSTED_CHARS): string {
  return untrustedLine(text, max)
    .replace(/[[\]\\]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}

/** Text for XML character data and attribute values (JUnit): escaped, and only characters XML 1.0 allows. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
