import { describe, expect, test } from '@jest/globals';
import { parseReport } from '../../src/report/schema.js';
import { json } from '../../src/report/json.js';
import { ConfigurationError } from '../../src/errors.js';
import { sampleReport } from './helpers/sample.js';

/** Reading a report this process did not write (a fork's artifact, a shard, a baseline). */

describe('parseReport', () => {
  test('a report written by the JSON reporter reads back as the same report', () => {
    const report = sampleReport();
    expect(parseReport(json(report), 'report.json')).toEqual(report);
  });

  test.each([
    ['not JSON', 'report.json: is not JSON'],
    [JSON.stringify({ version: 2 }), 'report.json: (top level): must have required property'],
    [
      JSON.stringify({ ...sampleReport(), result: 'maybe' }),
      'report.json: result: must be equal to one of the allowed values',
    ],
    [
      JSON.stringify({
        ...sampleReport(),
        verdicts: [{ ...sampleReport().verdicts[0], message: { html: '<b>' } }],
      }),
      'report.json: verdicts.0.message: must be string',
    ],
    [
      JSON.stringify({ ...sampleReport(), ports: [{ ...sampleReport().ports[0], port: 70000 }] }),
      'report.json: ports.0.port: must be <= 65535',
    ],
  ])('%s is refused, naming the file and the path', (text, message) => {
    expect(() => parseReport(text, 'report.json')).toThrow(ConfigurationError);
    expect(() => parseReport(text, 'report.json')).toThrow(message);
  });

  test('an oversized file is refused before it is parsed', () => {
    expect(() => parseReport(' '.repeat(64 * 1024 * 1024 + 1), 'big.json')).toThrow(/larger than/);
  });
});
