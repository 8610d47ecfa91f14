import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from './runner.js';

export const FIXTURE = fileURLToPath(new URL('../fixtures/listeners.mjs', import.meta.url));

/** The base commit of the pull requests these scenarios open. */
export const BASE_SHA = '0ba5e'.repeat(8);

export function prEvent(number = 7, headSha = 'b'.repeat(40), headRepo = 'acme/shop') {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      user: { login: 'author' },
      head: { sha: headSha, ref: 'feature', repo: { full_name: headRepo } },
      base: { ref: 'main', sha: BASE_SHA, repo: { full_name: 'acme/shop' } },
    },
    repository: { name: 'shop', owner: { login: 'acme' }, full_name: 'acme/shop' },
  };
}

/** A policy that allows HTTP on one port and denies everything else. */
export function writePolicy(ws: Workspace, allowPort: number): string {
  mkdirSync(join(ws.dir, '.github'), { recursive: true });
  const file = join(ws.dir, '.github', 'portcullis.yml');
  writeFileSync(
    file,
    [
      'version: 1',
      'default: deny',
      'targets:',
      '  - name: e2e',
      '    hosts: ["127.0.0.1"]',
      '    allow:',
      `      - { port: ${allowPort}, protocol: tcp, service: http }`,
      '',
    ].join('\n'),
  );
  return file;
}

/** `start` for the listeners fixture. */
export function startCommand(pidFile: string, specs: string[]): string {
  return `node ${FIXTURE} ${pidFile} 127.0.0.1 ${specs.join(' ')}`;
}

/**
 * For scans in this machine's own network namespace that are not about the listener table:
 * other test files run beside them (jest workers) and open listeners on loopback while `start`
 * brings the environment up, and the table would rightly show those too. The table has its
 * own tests in a namespace of their own (__tests__/cli/listeners-netns.test.ts).
 */
export const NO_LISTENER_TABLE = { listeners: 'false' } as const;
