import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/model.js';
import { json, jsonChunks } from '../../src/report/json.js';
import { writeFileAtomic } from '../../src/report/write.js';
import { sampleReport } from './helpers/sample.js';

/**
 * The JSON report is written piece by piece (a merge of a million findings is longer than one
 * string can be), and the pieces must make exactly what one JSON.stringify made: the golden
 * files pin the result for the usual reports; this pins the writer on the edges.
 */

const UNSAFE = /[<>&\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const oneString = (r: unknown) =>
  JSON.stringify(r, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) +
  '\n';

describe('the JSON report, written in pieces', () => {
  test('byte for byte what one JSON.stringify writes: hostile text, empty and long arrays, undefined fields', () => {
    const base = sampleReport();
    const hostile = '<script>&\u202e\u2028"\\\n\ttext\u0085\ufeff';
    const cases: unknown[] = [
      base,
      { ...base, ports: [], verdicts: [] },
      { ...base, notices: [hostile], observations: [] },
      {
        ...base,
        partialReason: undefined,
        ports: base.ports.map((p) => ({
          ...p,
          evidence: { 'http.title': hostile, nested: { a: [1, { b: hostile }] } },
        })),
        verdicts: [...base.verdicts, undefined as never],
        observations: [{ host: '127.0.0.1', port: 1, protocol: 'tcp', vantage: 'untrusted', state: 'open' }],
        otherPorts: [{ host: '::1', port: 2, protocol: 'udp', state: 'closed', reason: hostile }],
      },
      {},
    ];
    for (const r of cases) {
      expect(json(r as Report)).toBe(oneString(r));
      expect([...jsonChunks(r as Report)].join('')).toBe(oneString(r));
    }
  });

  test('no piece grows with the number of ports', () => {
    const base = sampleReport();
    const withPorts = (n: number) => ({
      ...base,
      ports: Array.from({ length: n }, (_, i) => ({ ...base.ports[0], port: (i % 65535) + 1 })),
    });
    const largest = (n: number) => Math.max(...[...jsonChunks(withPorts(n))].map((p) => p.length));
    expect(largest(50_000)).toBeLessThan(largest(1_000) * 1.05);
    expect(largest(50_000)).toBeLessThan(256 * 1024);
    // Rows across piece boundaries (256 a piece) still make the one string.
    for (const n of [255, 256, 257, 513]) expect(json(withPorts(n))).toBe(oneString(withPorts(n)));
  });

  test('writeFileAtomic takes the pieces and writes the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-json-stream-'));
    try {
      const base = sampleReport();
      const many = {
        ...base,
        ports: Array.from({ length: 20000 }, (_, i) => ({ ...base.ports[0], port: i + 1 })),
      };
      const file = join(dir, 'r.json');
      await writeFileAtomic(file, jsonChunks(many));
      expect(readFileSync(file, 'utf8')).toBe(oneString(many));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
