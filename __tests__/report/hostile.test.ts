import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reporters, type ReportFormat } from '../../src/report/index.js';
import { renderDrift } from '../../src/report/drift.js';
import { buildAnnotations } from '../../src/report/annotations.js';
import { HOSTILE, sampleReport } from './helpers/sample.js';

/**
 * Issue 7 (1): a Finding whose banner, service and evidence hold Markdown,
 * HTML, @mentions, code fences, ANSI escapes and control characters goes
 * through every reporter, and comes out inert on each surface.
 */

const report = sampleReport();
const FORMATS = Object.keys(reporters) as ReportFormat[];
const render = (format: ReportFormat, color = false) =>
  reporters[format](report, { color, job: 'port-policy' });

/** Characters that act on a terminal or hide text: C0 (but \t \n), DEL, C1, bidi overrides, zero-width (but our ZWSP after @). */
const ACTIVE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('hostile service text through every reporter', () => {
  test('the registry lists every surface', () => {
    expect(FORMATS.sort()).toEqual([
      'annotations',
      'comment',
      'json',
      'junit',
      'markdown',
      'sarif',
      'terminal',
    ]);
  });

  test.each(FORMATS)(
    '%s: the hostile text reached the output, and no terminal escape or control character did',
    (format) => {
      const out = render(format);
      // The test is only worth something if the hostile finding is in the output at all.
      expect(out).toMatch(/Evil 1\.0|Evil\\u0020|alert/);
      expect(out).not.toMatch(ACTIVE_CHARS);
    },
  );

  test('terminal with colours: only our own SGR colour codes, never the service’s OSC or its red', () => {
    const out = render('terminal', true);
    expect(out).not.toMatch(/\u001b\]/); // OSC (set title)
    expect(out).not.toContain('\u0007');
    // Every escape is a colour code picocolors writes (ESC [ digits m), not one from the banner.
    for (const m of out.matchAll(/\u001b(.{0,6})/g)) expect(m[1]).toMatch(/^\[\d{1,2}m/);
    expect(out).toContain('\\x1b[31mred'); // the banner's ESC shown as text
  });

  test.each(['markdown', 'comment'] as const)(
    '%s: no HTML, no mention, no link, no code fence, no table break from the service',
    (format) => {
      const out = render(format);
      expect(out).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
      expect(out).toContain('&lt;script&gt;');
      // Mentions and team pings are broken by a zero-width space after @.
      expect(out).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
      expect(out).not.toMatch(/\]\(https?:/);
      // No autolink either (`https:/\/` is no `://` to GitHub), yet nothing invisible inside the
      // address: read from the rendered page (backslash escapes gone), it copies intact.
      expect(out).not.toMatch(/https?:\/\/evil/);
      expect(out.replace(/\\(.)/g, '$1')).toContain('https://evil.example/x');
      // #123 cannot link: a zero-width space between # and the number.
      expect(out).not.toMatch(/#\d/);
      expect(out).not.toContain('```');
      expect(out).not.toMatch(/(^|[^\\&])#123/);
      // Each table row keeps its table's cells: a service's `|` is escaped.
      const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
      let columns = 0;
      let rows = 0;
      for (const line of out.split('\n')) {
        if (!line.startsWith('| ')) continue;
        if (line.startsWith('| |') || line.startsWith('| endpoint')) columns = cells(line);
        else {
          expect(cells(line)).toBe(columns);
          rows++;
        }
      }
      expect(rows).toBeGreaterThanOrEqual(4);
      // The only raw HTML is our own details/summary, the legend's sub and the marker.
      const tags = [...out.matchAll(/<\/?([a-z!-]+)/gi)].map((m) => m[1].toLowerCase());
      for (const t of tags) expect(['details', 'summary', 'sub', '!--']).toContain(t);
    },
  );

  test('annotations: one workflow command per violation; the service cannot end the command or forge another', () => {
    const out = render('annotations').trimEnd().split('\n');
    expect(out).toHaveLength(3); // two failures and a warning
    for (const line of out)
      expect(line).toMatch(/^::(error|warning) file=\.github\/portcullis\.yml,line=\d+,title=[^:]*::/);
    expect(out.join('\n')).not.toMatch(/\n::warning::forged/);
    expect(out.join('\n')).toContain('%250A'); // the service's own "%0A" cannot become a newline
  });

  test('check-run annotations carry plain text only', () => {
    for (const a of buildAnnotations(report)) {
      expect(a.message).not.toMatch(ACTIVE_CHARS);
      expect(a.message).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
      expect(a.title).not.toMatch(/[\n\r]/);
    }
  });

  test('SARIF: message text cannot link, mention or carry escapes', () => {
    const log = JSON.parse(render('sarif'));
    const texts: string[] = log.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(texts.join('\n')).toContain('Evil 1.0');
    for (const t of texts) {
      expect(t).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
      expect(t).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
      expect(t).not.toMatch(ACTIVE_CHARS);
    }
  });

  test('JSON: the data survives exactly, but the file itself is inert', () => {
    const out = render('json');
    expect(out).not.toMatch(/[<>&\u202e\u001b]/);
    expect(JSON.parse(out)).toEqual(report);
  });

  const xmllint = (() => {
    try {
      execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  (xmllint ? test : test.skip)('JUnit: well-formed XML whatever the service said', () => {
    if (!xmllint) console.log('skipping: xmllint (libxml2-utils) is not installed');
    const dir = mkdtempSync(join(tmpdir(), 'junit-'));
    try {
      const file = join(dir, 'report.xml');
      const out = render('junit');
      writeFileSync(file, out);
      execFileSync('xmllint', ['--noout', file]);
      expect(out).not.toMatch(/<script|<img/);
      // Parsed back, the testcase names carry the escaped text.
      const names = execFileSync('xmllint', ['--xpath', 'string(//testcase[2]/@name)', file]).toString();
      expect(names).toContain('127.0.0.1:22/tcp');
      expect(names).toContain('<img src=x');
      expect(names).not.toMatch(ACTIVE_CHARS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the drift issue body: same rules as the comment', () => {
    const drifted = sampleReport();
    drifted.verdicts[1].baseline = 'gone';
    const out = renderDrift(drifted, { marker: '<!-- portcullis-drift: job=x policy=y -->' });
    expect(out).toContain('Evil 1\\.0');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
    expect(out).not.toMatch(ACTIVE_CHARS);
  });

  test('the hostile sample really is hostile (guards the guards)', () => {
    expect(HOSTILE).toMatch(ACTIVE_CHARS);
    expect(HOSTILE).toMatch(/<script>/);
    expect(HOSTILE).toMatch(/@octocat/);
  });
});
