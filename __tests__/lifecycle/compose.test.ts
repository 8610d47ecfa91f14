import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeCommands, discoverPublishedPorts, parseComposePs } from '../../src/lifecycle/compose.js';
import { bringUp, composeTargets, tearDown } from '../../src/lifecycle/environment.js';
import { ConfigurationError, RuntimeFailure } from '../../src/errors.js';
import { silentLogger, type Logger } from '../../src/model.js';

/**
 * Docker cannot run here: compose discovery is tested on recorded real output
 * of both shapes, and the commands the lifecycle issues through a `docker`
 * shim on PATH that records its arguments.
 */

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ARRAY = readFileSync(fixture('compose-ps-v2.20-array.json'), 'utf8');
const LINES = readFileSync(fixture('compose-ps-v2.32-lines.jsonl'), 'utf8');

describe('docker compose ps --format json', () => {
  test('both shapes parse: one array (≤ 2.20) and one object per line (≥ 2.21)', () => {
    expect(parseComposePs(ARRAY).map((c) => c.Service)).toEqual(['worker', 'web', 'db', 'redis']);
    expect(parseComposePs(LINES).map((c) => c.Service)).toEqual(['db', 'web', 'dns', 'worker']);
    expect(parseComposePs('')).toEqual([]);
    expect(parseComposePs('[]\n')).toEqual([]);
  });

  test('≤ 2.20: published ports once per family, exposed-only ports left out, null Publishers tolerated', () => {
    const d = discoverPublishedPorts(ARRAY);
    expect(
      d.published.map((p) => `${p.service} ${p.url}:${p.publishedPort}/${p.protocol}→${p.targetPort}`),
    ).toEqual(['web 0.0.0.0:8080/tcp→80', 'redis 127.0.0.1:6379/tcp→6379']);
    expect(d.targets).toEqual(['127.0.0.1']);
    expect(d.ports).toBe('6379,8080');
    expect(d.unpublished.sort()).toEqual(['db', 'worker']);
  });

  test('≥ 2.21: the same rules, and UDP ports keep their protocol', () => {
    const d = discoverPublishedPorts(LINES);
    expect(d.published.map((p) => `${p.service}:${p.publishedPort}/${p.protocol}`)).toEqual([
      'db:5432/tcp',
      'web:8080/tcp',
      'dns:5353/udp',
    ]);
    expect(d.ports).toBe('5432,8080,udp:5353');
    expect(d.unpublished).toEqual(['worker']);
  });

  test('garbage is a configuration error that says where', () => {
    expect(() => parseComposePs('{"Service":"web"}\nnot json\n')).toThrow(ConfigurationError);
    expect(() => parseComposePs('{"Service":"web"}\nnot json\n')).toThrow(/line 2/);
    expect(() => parseComposePs('[{"Service":')).toThrow(/unreadable output/);
  });

  test('a project that publishes nothing cannot supply targets', () => {
    expect(() =>
      composeTargets(
        { compose: discoverPublishedPorts('{"Service":"worker","Publishers":[]}') },
        'compose.yml',
      ),
    ).toThrow(/publishes no ports/);
  });
});

describe('compose lifecycle through a docker shim on PATH', () => {
  let dir: string;
  let log: string;
  // The environment the lifecycle's commands run with: the shim first on PATH.
  const shimEnv: NodeJS.ProcessEnv = {};
  const env = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete shimEnv[k];
      else shimEnv[k] = v;
    }
  };
  const calls = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  const lines: string[] = [];
  const logger: Logger = {
    ...silentLogger,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warn: ${m}`),
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'compose-shim-'));
    copyFileSync(fixture('docker-shim.sh'), join(dir, 'docker'));
    chmodSync(join(dir, 'docker'), 0o755);
    log = join(dir, 'calls.log');
    Object.assign(shimEnv, process.env);
    env({
      PATH: `${dir}:${process.env.PATH}`,
      DOCKER_SHIM_LOG: log,
      DOCKER_SHIM_PS: fixture('compose-ps-v2.32-lines.jsonl'),
    });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('up -d --wait, then ps --format json; the discovered ports come back; down on teardown', async () => {
    writeFileSync(log, '');
    const started: string[] = [];
    const environment = await bringUp({
      composeFile: 'deploy/compose.yml',
      waitFor: [],
      waitTimeoutMs: 10_000,
      cwd: dir,
      logger,
      env: shimEnv,
      onStarted: (w) => started.push(w.composeFile ?? ''),
    });
    expect(calls()).toEqual([
      'compose -f deploy/compose.yml up -d --wait',
      'compose -f deploy/compose.yml ps --format json',
    ]);
    // Teardown is registered before `up` runs, so a half-started project is still taken down.
    expect(started).toEqual(['deploy/compose.yml']);
    expect(composeTargets(environment, 'deploy/compose.yml')).toEqual({
      targets: ['127.0.0.1'],
      ports: '5432,8080,udp:5353',
    });
    expect(lines).toContain(' Container shop-web-1  Started');
    expect(lines.some((l) => /web: 0\.0\.0\.0:8080\/tcp → container port 80/.test(l))).toBe(true);

    await tearDown({ composeFile: 'deploy/compose.yml', cwd: dir, logger, env: shimEnv });
    expect(calls().at(-1)).toBe('compose -f deploy/compose.yml down --remove-orphans');
  });

  test('a file name with spaces and shell characters reaches docker as one argument', async () => {
    writeFileSync(log, '');
    const name = 'my compose; touch pwned.yml';
    await bringUp({ composeFile: name, waitFor: [], waitTimeoutMs: 10_000, cwd: dir, logger, env: shimEnv });
    expect(calls()[0]).toBe(`compose -f ${name} up -d --wait`);
    expect(composeCommands(name).up[2]).toBe(name);
    expect(() => readFileSync(join(dir, 'pwned.yml'))).toThrow();
  });

  test('a failing up is a runtime failure naming the compose file', async () => {
    writeFileSync(log, '');
    env({ DOCKER_SHIM_UP_EXIT: '17' });
    try {
      await expect(
        bringUp({
          composeFile: 'compose.yml',
          waitFor: [],
          waitTimeoutMs: 10_000,
          cwd: dir,
          logger,
          env: shimEnv,
        }),
      ).rejects.toThrow(RuntimeFailure);
      await expect(
        bringUp({
          composeFile: 'compose.yml',
          waitFor: [],
          waitTimeoutMs: 10_000,
          cwd: dir,
          logger,
          env: shimEnv,
        }),
      ).rejects.toThrow(/exited with 17 \(compose file compose\.yml\)/);
    } finally {
      env({ DOCKER_SHIM_UP_EXIT: undefined });
    }
    // No ps after a failed up.
    expect(calls().every((c) => c.includes(' up '))).toBe(true);
  });
});
