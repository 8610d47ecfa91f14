import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

/** What a user expects of the repository and the Marketplace listing. */

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the repository a user expects', () => {
  it("action.yml's description fits the Marketplace (under 125 characters), branding kept", () => {
    const action = parse(read('action.yml')) as { description: string; branding?: object };
    expect(action.description.length).toBeLessThan(125);
    expect(action.branding).toEqual({ icon: 'shield', color: 'red' });
  });

  it('LICENSE is the MIT licence package.json names', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 The Portcullis authors\n/);
  });

  it('SECURITY.md says how to report privately; CONTRIBUTING.md and CHANGELOG.md exist', () => {
    expect(read('SECURITY.md')).toMatch(/private vulnerability reporting/);
    expect(existsSync(join(ROOT, 'CONTRIBUTING.md'))).toBe(true);
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'));
  });

  it('README and docs say the one npm name, and the package is not private', () => {
    const pkg = JSON.parse(read('package.json')) as { name: string; private?: boolean };
    expect(pkg.private).toBeUndefined();
    expect(read('README.md')).toContain(`npm install -D ${pkg.name}`);
    expect(read('docs/releasing.md')).toContain(`npm install -D ${pkg.name}`);
  });
});
