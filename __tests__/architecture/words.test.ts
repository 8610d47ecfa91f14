import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { count, plural } from '../../src/words.js';
import { ROOT } from '../helpers/cli.js';

describe('counts in messages', () => {
  test('the singular for one, the plural otherwise, en-US separators always', () => {
    expect(plural(1, 'port')).toBe('1 port');
    expect(plural(0, 'port')).toBe('0 ports');
    expect(plural(65535, 'port')).toBe('65,535 ports');
    expect(plural(1, 'address', 'addresses')).toBe('1 address');
    expect(plural(1024, 'address', 'addresses')).toBe('1,024 addresses');
    expect(count(1031)).toBe('1,031');
    // A case the property below found once in CI (String(-0) is "0").
    expect(count(-0)).toBe((-0).toLocaleString('en-US'));
  });

  test('count writes what en-US toLocaleString writes, for any whole number, bigint or fraction', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e15, max: 1e15 }), fc.maxSafeInteger(), fc.double({ noNaN: true })),
        (n) => expect(count(n)).toBe(n.toLocaleString('en-US')),
      ),
    );
    fc.assert(fc.property(fc.bigInt(), (n) => expect(count(n)).toBe(n.toLocaleString('en-US'))));
  });

  // Every message counts through words.ts: no hand-made plural (`n === 1 ? '' : 's'`) and no
  // locale call of its own (a count with separators beside one without is what users saw).
  test('no message in src/ makes its own plural or number format', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.endsWith(join('src', 'words.ts'))) files.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file.slice(ROOT.length + 1)}:${i + 1}` }))
        .filter(({ line }) => /=== 1 \? '[^']*' : '[^']*s'|=== 1 \? one : many|toLocaleString\(/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
