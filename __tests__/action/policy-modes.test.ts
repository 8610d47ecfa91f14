import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionIO, AnnotationPlace } from '../../src/action/io.js';
import { readSettings } from '../../src/action/inputs.js';
import { validateMode } from '../../src/action/policy-modes.js';

/** mode: validate's logic alone, with an in-memory ActionIO: where each problem is reported. */

const dir = mkdtempSync(join(tmpdir(), 'portcullis-policy-modes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bad = join(dir, 'bad.yml');
writeFileSync(bad, 'version: 1\ndefault: deny\nallow:\n  - { port: 443, service: htps }\n');

function memoryIO(withAnnotate: boolean) {
  const out = {
    annotations: [] as Array<{ level: string; message: string; where: AnnotationPlace }>,
    errors: [] as string[],
    failed: [] as string[],
    outputs: {} as Record<string, string | number>,
  };
  const io: ActionIO = {
    getInput: () => '',
    setOutput: (name, value) => (out.outputs[name] = value),
    setSecret: () => undefined,
    saveState: () => undefined,
    getState: () => '',
    setFailed: (m) => out.failed.push(m),
    appendSummary: async () => undefined,
    logger: {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (m) => out.errors.push(m),
      group: (_name, fn) => fn(),
    },
    ...(withAnnotate
      ? { annotate: (level, message, where) => out.annotations.push({ level, message, where }) }
      : {}),
  };
  return { io, out };
}

const settings = () =>
  readSettings((name) => ({ mode: 'validate', policy: 'bad.yml' })[name as string] ?? '', {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
  });

describe('mode: validate', () => {
  test('annotates each problem at its repository path, line and column, and fails', async () => {
    const { io, out } = memoryIO(true);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await validateMode(settings(), io, dir);
    } finally {
      process.chdir(cwd);
    }
    expect(out.annotations).toEqual([
      {
        level: 'error',
        message: expect.stringContaining('allow[0].service: "htps" is not a service Portcullis knows'),
        where: { file: 'bad.yml', line: 4, column: expect.any(Number), title: 'Portcullis policy error' },
      },
    ]);
    expect(out.outputs.result).toBe('fail');
    expect(out.failed).toEqual(['Portcullis: 1 problem in the policy (each annotated at its file:line)']);
  });

  test('without annotations (outside a runner), each problem is a log line at file:line:column', async () => {
    const { io, out } = memoryIO(false);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await validateMode(settings(), io, dir);
    } finally {
      process.chdir(cwd);
    }
    expect(out.errors).toEqual([expect.stringMatching(/^bad\.yml:4:\d+: allow\[0\]\.service: "htps"/)]);
    expect(out.failed).toHaveLength(1);
  });
});
