import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../helpers/cli.js';

/**
 * The CLI loads only what a command uses (issue 17): `--help` and `validate` never load
 * ssh2, cli-progress, @actions/*, nor ajv's schema compiler (the policy schema's validator
 * is compiled at build time, src/policy/generated/). Checked on the CommonJS packages the
 * process loaded (require.cache), after the command ran in a child process.
 */

const SCRIPT = `
import { createRequire } from 'node:module';
const { main } = await import(${JSON.stringify(join(ROOT, 'lib/cli/main.js'))});
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
await main(['node', 'portcullis', ...JSON.parse(process.argv[1])]);
process.stdout.write = write;
const loaded = Object.keys(createRequire(import.meta.url).cache)
  .filter((p) => p.includes('node_modules'))
  .map((p) => p.split('node_modules/').pop());
console.log(JSON.stringify({ code: process.exitCode ?? 0, loaded }));
`;

function loadedBy(args: string[]): { code: number; loaded: string[] } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, JSON.stringify(args)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as { code: number; loaded: string[] };
}

const HEAVY = [/^ssh2\//, /^cli-progress\//, /^@actions\//, /^ajv\/dist\/(core|compile|ajv)\b/];

describe('what the CLI loads', () => {
  beforeAll(() => ensureBuilt());

  it.each([
    ['--help', ['--help']],
    ['validate', ['validate', join(ROOT, 'policies/recommended.yml')]],
  ])('%s loads neither ssh2, cli-progress, @actions nor the schema compiler', (_, args) => {
    const { code, loaded } = loadedBy(args);
    expect(code).toBe(0);
    // The check sees packages at all: commander is CommonJS and always loads.
    expect(loaded.some((p) => p.startsWith('commander/'))).toBe(true);
    expect(loaded.filter((p) => HEAVY.some((re) => re.test(p)))).toEqual([]);
  });
});
