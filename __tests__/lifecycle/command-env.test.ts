import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandEnvironment } from '../../src/lifecycle/command-env.js';
import { runCommand } from '../../src/lifecycle/process.js';
import { silentLogger } from '../../src/model.js';

/** What the user's commands are handed: the CLI's and the action's secrets never among it. */

const dir = mkdtempSync(join(tmpdir(), 'command-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hostile: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: '/home/ci',
  'INPUT_GITHUB-TOKEN': 'ghs_fromInput',
  'INPUT_SSH-PASSWORD': 'pw-from-input',
  INPUT_TARGETS: '127.0.0.1',
  input_lowercase: 'also an input',
  STATE_start_pid: '4242',
  GITHUB_ENV: '/runner/env',
  GITHUB_OUTPUT: '/runner/output',
  GITHUB_STATE: '/runner/state',
  GITHUB_PATH: '/runner/path',
  GITHUB_STEP_SUMMARY: '/runner/summary',
  GITHUB_WORKSPACE: '/work',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
  ACTIONS_CACHE_URL: 'https://cache',
  ACTIONS_RESULTS_URL: 'https://results',
  PORTCULLIS_SSH_PASSWORD: 'cli-ssh-password',
  DEPLOY_TOKEN: 'Bearer ghs_fromInput',
};

describe('commandEnvironment', () => {
  test('removes the inputs, saved state, command files, runner tokens, the CLI password, and any secret value', () => {
    expect(Object.keys(commandEnvironment(hostile, ['ghs_fromInput'])).sort()).toEqual([
      'GITHUB_WORKSPACE',
      'HOME',
      'PATH',
    ]);
  });

  test('a real stop command is handed the scrubbed environment, hyphenated names too', async () => {
    const out = join(dir, 'environ.txt');
    const code = await runCommand(`tr '\\000' '\\n' < /proc/$$/environ > ${out}`, {
      logger: silentLogger,
      env: hostile,
      secrets: ['ghs_fromInput'],
    });
    expect(code).toBe(0);
    const names = readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, l.indexOf('=')));
    // dash adds PWD (and may add OLDPWD); nothing of the scrubbed set remains.
    expect(names.filter((n) => !['PWD', 'OLDPWD', 'SHLVL', '_'].includes(n)).sort()).toEqual([
      'GITHUB_WORKSPACE',
      'HOME',
      'PATH',
    ]);
  });
});
