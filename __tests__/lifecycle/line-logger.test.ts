import { describe, expect, test } from '@jest/globals';
import { lineLogger } from '../../src/lifecycle/index.js';
import { silentLogger, type Logger } from '../../src/model.js';

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: { ...silentLogger, info: (m) => lines.push(m) }, lines };
}

describe('lineLogger: a command output, line by line', () => {
  test('a line split across chunks is logged once, whole; the last partial line on flush', () => {
    const { logger, lines } = capture();
    const out = lineLogger(logger);
    out.write(Buffer.from('listening on 127.0'));
    out.write(Buffer.from('.0.1:8080\nready\n\npartial'));
    expect(lines).toEqual(['listening on 127.0.0.1:8080', 'ready']);
    out.flush();
    expect(lines).toEqual(['listening on 127.0.0.1:8080', 'ready', 'partial']);
  });

  test('a multi-byte character split between chunks stays whole', () => {
    const { logger, lines } = capture();
    const out = lineLogger(logger);
    const bytes = Buffer.from('café ✓\n');
    out.write(bytes.subarray(0, 4));
    out.write(bytes.subarray(4, 7));
    out.write(bytes.subarray(7));
    expect(lines).toEqual(['café ✓']);
  });

  test('escape sequences are made inert and an endless line never grows past the bound', () => {
    const { logger, lines } = capture();
    const out = lineLogger(logger);
    out.write('\u001b]0;owned\u0007red\n');
    out.write('x'.repeat(10_000));
    out.flush();
    expect(lines[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(lines[0]).toContain('red');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(2000);
  });
});
