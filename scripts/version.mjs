// Write src/version.ts from package.json: the one version number, as a constant that tsc (lib/),
// ncc (dist/) and an installed tarball all carry without reading package.json at run time.
//
// `npm version` runs this (the "version" script) and stages the file; `--check` exits 1 when
// src/version.ts is stale (__tests__/version.test.ts checks the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const file = `${root}src/version.ts`;
// Single-quoted, as prettier writes TypeScript here; a name or version never holds a quote.
const quote = (s) => {
  if (!/^[\w.@/+-]+$/.test(s)) throw new Error(`unexpected characters in ${JSON.stringify(s)}`);
  return `'${s}'`;
};
const text =
  '// Generated from package.json by scripts/version.mjs (`npm version` runs it); do not edit.\n' +
  '// __tests__/version.test.ts fails when it is stale.\n\n' +
  "/** The tool's name, as reports and SARIF give it. */\n" +
  `export const TOOL_NAME = ${quote(pkg.name.replace(/^@[^/]+\//, ''))};\n\n` +
  "/** The one version number: package.json, `portcullis --version`, SARIF `semanticVersion` and the report's `tool.version`. */\n" +
  `export const VERSION = ${quote(pkg.version)};\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error(`src/version.ts is stale (package.json says ${pkg.version}): run node scripts/version.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
