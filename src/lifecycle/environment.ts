import { spawn } from 'node:child_process';
import type { LookupFunction } from 'node:net';
import { closeSync, openSync, readSync, fstatSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../model.js';
import { ConfigurationError, RuntimeFailure } from '../errors.js';
import { untrustedLine } from '../untrusted.js';
import { lineLogger, startEnvironment, stopEnvironment } from './process.js';
import { commandEnvironment } from './command-env.js';
import { waitFor, type WaitEntry } from './wait.js';
import { composeCommands, discoverPublishedPorts, type ComposeDiscovery } from './compose.js';

/**
 * The whole lifecycle as two calls: bringUp (compose up, start, wait) and
 * tearDown (stop, compose down, end the start command's process group). The
 * action calls bringUp in main and tearDown in post; the CLI can call both.
 */

export interface BringUpOptions {
  start?: string;
  waitFor: WaitEntry[];
  waitTimeoutMs: number;
  composeFile?: string;
  cwd: string;
  logger: Logger;
  signal?: AbortSignal;
  /**
   * Send the start command's output to this file (and follow it into the log
   * while waiting) so the environment can outlive this process.
   */
  startLog?: string;
  /** Called as soon as something exists that teardown must remove, before waiting for it. */
  onStarted?: (what: { pid?: number; composeFile?: string }) => void;
  /** The docker executable (tests put a recording shim first on PATH instead). */
  docker?: string;
  /** Environment of the commands run (default: this process's), scrubbed (command-env.ts). */
  env?: NodeJS.ProcessEnv;
  /** Values no variable handed to the commands may hold (the token, the SSH test password). */
  secrets?: readonly string[];
  /** Name resolution for wait-for (the session's, so what was checked against the scope is what is reached). */
  lookup?: LookupFunction;
}

export interface Environment {
  pid?: number;
  compose?: ComposeDiscovery;
}

const MAX_CAPTURE = 8 * 1024 * 1024;

/** Run a program (no shell) to completion; stream stderr to the log, capture stdout (bounded). */
export function execProgram(
  file: string,
  args: string[],
  options: {
    cwd?: string;
    logger: Logger;
    timeoutMs?: number;
    logStdout?: boolean;
    env?: NodeJS.ProcessEnv;
    secrets?: readonly string[];
  },
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: commandEnvironment(options.env, options.secrets),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    const out = lineLogger(options.logger);
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.logStdout) out.write(chunk);
      if (size < MAX_CAPTURE) chunks.push(chunk);
      size += chunk.length;
    });
    child.stderr.on('data', out.write);
    const timeoutMs = options.timeoutMs ?? 600_000;
    const timer = setTimeout(() => {
      options.logger.warn(
        `${file} ${args.join(' ')} still running after ${Math.round(timeoutMs / 1000)} s; stopping it`,
      );
      child.kill('SIGKILL');
    }, timeoutMs);
    const done = (code: number | null) => {
      clearTimeout(timer);
      out.flush();
      resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') });
    };
    child.on('close', (code) => done(code));
    child.on('error', (err) => {
      options.logger.warn(`could not run ${file}: ${err.message}`);
      done(null);
    });
  });
}

/** Follow a growing log file into the logger, line by line, until stopped. */
export function followLog(path: string, logger: Logger, intervalMs = 200): { stop(): void } {
  let fd: number | undefined;
  let offset = 0;
  const out = lineLogger(logger);
  const buf = Buffer.alloc(64 * 1024);
  const pump = () => {
    try {
      fd ??= openSync(path, 'r');
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, offset);
        if (n <= 0) break;
        offset += n;
        out.write(buf.subarray(0, n));
        // Bound the work per tick: a command that floods its output cannot starve the wait.
        if (n < buf.length) break;
      }
    } catch {
      // not there yet
    }
  };
  const timer = setInterval(pump, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      pump();
      out.flush();
      if (fd !== undefined) closeSync(fd);
    },
  };
}

/** The last `maxBytes` of a log file, as lines (for post: what the environment said before teardown). */
export function tailOf(path: string, maxBytes = 16 * 1024): string[] {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const start = Math.max(0, size - maxBytes);
      const buf = Buffer.alloc(size - start);
      readSync(fd, buf, 0, buf.length, start);
      const lines = buf.toString('utf8').split('\n');
      if (start > 0) lines.shift();
      return lines.filter((l) => l.trim()).map((l) => untrustedLine(l, 2000));
    } finally {
      closeSync(fd);
    }
  } catch {
    return [];
  }
}

export async function bringUp(options: BringUpOptions): Promise<Environment> {
  const { logger } = options;
  const docker = options.docker ?? 'docker';
  const env: Environment = {};

  if (options.composeFile) {
    const file = options.composeFile;
    const cmds = composeCommands(file);
    options.onStarted?.({ composeFile: file });
    await logger.group(`docker compose up: ${file}`, async () => {
      const up = await execProgram(docker, cmds.up, {
        cwd: options.cwd,
        logger,
        logStdout: true,
        timeoutMs: options.waitTimeoutMs + 600_000,
        env: options.env,
        secrets: options.secrets,
      });
      if (up.code !== 0) {
        throw new RuntimeFailure(
          `docker compose up -d --wait exited with ${up.code ?? 'an error'} (compose file ${file})`,
        );
      }
      const ps = await execProgram(docker, cmds.ps, {
        cwd: options.cwd,
        logger,
        timeoutMs: 120_000,
        env: options.env,
        secrets: options.secrets,
      });
      if (ps.code !== 0) throw new RuntimeFailure(`docker compose ps exited with ${ps.code ?? 'an error'}`);
      env.compose = discoverPublishedPorts(ps.stdout);
      for (const p of env.compose.published) {
        logger.info(
          `${p.service}: ${p.url || '*'}:${p.publishedPort}/${p.protocol} → container port ${p.targetPort}`,
        );
      }
      if (env.compose.unpublished.length)
        logger.info(`not published on the host: ${env.compose.unpublished.join(', ')}`);
    });
  }

  if (options.start) {
    const command = options.start;
    await logger.group(`start: ${command}`, async () => {
      let logFd: number | undefined;
      if (options.startLog) {
        mkdirSync(dirname(options.startLog), { recursive: true });
        logFd = openSync(options.startLog, 'a');
      }
      let started: ReturnType<typeof startEnvironment>;
      try {
        started = startEnvironment(command, {
          cwd: options.cwd,
          logger,
          logFd,
          env: options.env,
          secrets: options.secrets,
        });
      } finally {
        if (logFd !== undefined) closeSync(logFd);
      }
      env.pid = started.pid;
      options.onStarted?.({ pid: started.pid });
      if (options.startLog) started.release();
      const follow = options.startLog ? followLog(options.startLog, logger) : undefined;
      try {
        if (options.waitFor.length) {
          // Ready when every entry answers; a start command that fails first is reported at once.
          const failed = started.exited.then((code) => {
            if (code !== 0)
              throw new RuntimeFailure(
                `the start command exited with ${code ?? 'an error'} before the environment was ready`,
              );
            return new Promise<never>(() => undefined);
          });
          // The start command may exit later (stopped by post): that is no longer this wait's business.
          failed.catch(() => undefined);
          await Promise.race([
            waitFor(options.waitFor, {
              timeoutMs: options.waitTimeoutMs,
              logger,
              signal: options.signal,
              lookup: options.lookup,
            }),
            failed,
          ]);
        } else {
          // No wait-for: the start command itself says when it is done (a script that brings things up and returns).
          const code = await Promise.race([
            started.exited,
            new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), options.waitTimeoutMs).unref()),
          ]);
          if (code === 'timeout') {
            logger.warn(
              `the start command is still running after ${Math.round(options.waitTimeoutMs / 1000)} s; scanning anyway (list what must answer in wait-for to wait for readiness instead)`,
            );
          } else {
            // Its last lines belong inside this group (a daemon it forked may hold the pipe: bounded).
            await Promise.race([started.drained, new Promise((r) => setTimeout(r, 500).unref())]);
            if (code !== 0)
              throw new RuntimeFailure(`the start command exited with ${code ?? 'an error'}: ${command}`);
          }
        }
      } finally {
        follow?.stop();
      }
    });
  } else if (options.waitFor.length) {
    await logger.group('wait-for', () =>
      waitFor(options.waitFor, {
        timeoutMs: options.waitTimeoutMs,
        logger,
        signal: options.signal,
        lookup: options.lookup,
      }),
    );
  }
  return env;
}

export interface TearDownOptions {
  stop?: string;
  pid?: number;
  composeFile?: string;
  cwd: string;
  logger: Logger;
  docker?: string;
  graceMs?: number;
  env?: NodeJS.ProcessEnv;
  secrets?: readonly string[];
}

/** Stop everything bringUp started, in reverse order. Never throws: teardown trouble is a warning. */
export async function tearDown(options: TearDownOptions): Promise<void> {
  const { logger } = options;
  try {
    await stopEnvironment({
      stop: options.stop,
      pid: options.pid,
      cwd: options.cwd,
      logger,
      graceMs: options.graceMs,
      env: options.env,
      secrets: options.secrets,
    });
  } catch (err) {
    logger.warn(`stop failed: ${(err as Error).message}`);
  }
  if (options.composeFile) {
    const { code } = await execProgram(
      options.docker ?? 'docker',
      composeCommands(options.composeFile).down,
      {
        cwd: options.cwd,
        logger,
        logStdout: true,
        timeoutMs: 300_000,
        env: options.env,
        secrets: options.secrets,
      },
    );
    if (code !== 0) logger.warn(`docker compose down exited with ${code ?? 'an error'}`);
  }
}

/** When compose discovery is the only source of targets, it must find something. */
export function composeTargets(env: Environment, composeFile: string): { targets: string[]; ports: string } {
  if (!env.compose || env.compose.published.length === 0) {
    throw new ConfigurationError({
      source: `compose file ${composeFile}`,
      message: 'publishes no ports on the host, so there is nothing to probe: give targets and ports instead',
    });
  }
  return { targets: env.compose.targets, ports: env.compose.ports };
}
