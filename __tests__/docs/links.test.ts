import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../helpers/cli.js';

/**
 * Every relative link and #anchor in the Markdown a user reads resolves: to a file or
 * folder of this repository, and to a heading of the Markdown file it names, with
 * GitHub's anchors. Links to this repository's own pages on github.com
 * (`https://github.com/portcullis/portcullis/blob/main/…`), in the docs and in the code
 * (SARIF's helpUri), are checked the same way.
 */

const REPOSITORY = 'portcullis/portcullis';
/** This repository on github.com: its README (with an anchor), or a file of main. */
const OWN_URL = new RegExp(
  `https://github\\.com/${REPOSITORY}(?:/(?:blob|tree)/main/([^\\s)#\`'"<>]*))?(#[^\\s)\`'"<>]*)?`,
  'g',
);

function markdownFiles(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].filter((f) =>
    existsSync(join(ROOT, f)),
  );
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return [...top, ...docs];
}

/** The lines of a Markdown file outside fenced code blocks. */
function prose(text: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const m = /^\s*(```|~~~)/.exec(line);
    if (m) {
      if (!fence) fence = m[1];
      else if (m[1] === fence) fence = undefined;
      out.push('');
      continue;
    }
    out.push(fence ? '' : line);
  }
  return out;
}

/** GitHub's anchor of a heading's text: rendered text, lower-cased, punctuation but - and _ dropped, spaces to -. */
export function slug(heading: string): string {
  const text = heading
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*)/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map<string, Set<string>>();
/** Every anchor of a Markdown file: its headings, duplicates numbered -1, -2, … as GitHub does. */
export function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  const seen = new Map<string, number>();
  for (const line of prose(readFileSync(file, 'utf8'))) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

/** Where a link leads, or what is wrong with it. */
function check(fromFile: string, target: string): string | undefined {
  const [path, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? fromFile : join(dirname(fromFile), decodeURIComponent(path));
  if (!existsSync(file)) return `${relative(ROOT, file)} does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return undefined;
  if (!anchorsOf(file).has(decodeURIComponent(anchor).toLowerCase()))
    return `${relative(ROOT, file)} has no heading #${anchor}`;
  return undefined;
}

function linksOf(text: string): string[] {
  const links: string[] = [];
  for (const line of prose(text)) {
    const code = line.replace(/`[^`]*`/g, '');
    for (const m of code.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(m[1]);
    const def = /^\s*\[[^\]]+\]:\s*(\S+)/.exec(code);
    if (def) links.push(def[1]);
  }
  return links;
}

function ownUrls(text: string): Array<{ path: string; anchor?: string }> {
  return [...text.matchAll(OWN_URL)]
    .filter((m) => m[1] !== undefined || m[2] !== undefined)
    .map((m) => ({ path: m[1] ?? 'README.md', anchor: m[2]?.slice(1) }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('links in the docs', () => {
  it('GitHub anchors: lower case, punctuation dropped, spaces to hyphens', () => {
    expect(slug('Composition: `extends`')).toBe('composition-extends');
    expect(slug('1. A pull request judges itself — unless the base branch judges its rules')).toBe(
      '1-a-pull-request-judges-itself--unless-the-base-branch-judges-its-rules',
    );
    expect(slug('Evidence: verified, attested, unverified, violated')).toBe(
      'evidence-verified-attested-unverified-violated',
    );
    expect(slug('The [CLI](x.md) and `npx`')).toBe('the-cli-and-npx');
  });

  for (const file of markdownFiles()) {
    it(`every relative link and anchor in ${file} resolves`, () => {
      const path = join(ROOT, file);
      const text = readFileSync(path, 'utf8');
      const broken: string[] = [];
      for (const target of linksOf(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const problem = check(path, target);
        if (problem) broken.push(`${target}: ${problem}`);
      }
      for (const { path: own, anchor } of ownUrls(text)) {
        const problem = check(join(ROOT, 'x'), anchor ? `${own}#${anchor}` : own);
        if (problem) broken.push(`https://github.com/${REPOSITORY}/…/${own}: ${problem}`);
      }
      expect(broken).toEqual([]);
    });
  }

  it("links to this repository's pages from the code (SARIF helpUri, …) resolve", () => {
    const broken: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8').replace(
        /\$\{INFORMATION_URI\}/g,
        `https://github.com/${REPOSITORY}`,
      );
      for (const { path, anchor } of ownUrls(text)) {
        seen++;
        const problem = check(join(ROOT, 'x'), anchor ? `${path}#${anchor}` : path);
        if (problem) broken.push(`${relative(ROOT, file)}: ${path}#${anchor ?? ''}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    expect(seen).toBeGreaterThan(0);
  });

  it('one repository name: no OWNER, your-org or example placeholders in place of it', () => {
    const offenders: string[] = [];
    const files = [...markdownFiles(), 'action.yml', 'package.json']
      .map((f) => join(ROOT, f))
      .concat(
        readdirSync(join(ROOT, 'examples', 'workflows')).map((f) => join(ROOT, 'examples', 'workflows', f)),
      )
      .concat(sourceFiles(join(ROOT, 'src')));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/github(?:usercontent)?\.com\/([\w.-]+)\/([\w.-]+)/g)) {
        const repo = `${m[1]}/${m[2].replace(/\.git$/, '')}`;
        if (/portcullis/i.test(repo) && repo !== REPOSITORY && m[1] !== 'raw')
          offenders.push(`${relative(ROOT, file)}: ${m[0]}`);
      }
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/portcullis)@/g))
        if (m[1] !== REPOSITORY) offenders.push(`${relative(ROOT, file)}: ${m[0]}`);
      if (/raw\.githubusercontent\.com\/OWNER\//.test(text)) offenders.push(`${relative(ROOT, file)}: OWNER`);
    }
    expect(offenders).toEqual([]);
  });
});
