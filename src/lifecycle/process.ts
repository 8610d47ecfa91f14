import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import type { Logger } from '../model.js';
import { RuntimeFailure } from '../errors.js';
import { untrustedLine } from '../untrusted.js';
import { commandEnvironment } from './command-env.js';

/** The user's commands as processes: started in their own group, logged line by line, stopped as a group. */

/** Longest line of a command's output that goes to the log as one entry. */
const MAX_LOG_LINE = 2000;

/**
 * Log a command's output line by line: each line escaped and bounded (it is
 * untrusted text), a line split across chunks held until its end, and a
 * partial line flushed when the output ends.
 */
export function lineLogger(logger: Logger): { write: (chunk: Buffer | string) => void; flush: () => void } {
  let pending = '';
  // A multi-byte character split across chunks stays whole.
  const decoder = new StringDecoder('utf8');
  const emit = (line: string) => {
    if (line.trim()) logger.info(untrustedLine(line, MAX_LOG_LINE));
  };
  return {
    write(chunk) {
      const lines = (pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line);
      if (pending.length > MAX_LOG_LINE) {
        emit(pending);
        pending = '';
      }
    },
    flush() {
      emit(pending + decoder.end());
      pending = '';
    },
  };
}

export interface StartedEnvironment {
  /** PID of the start command's process group leader. */
  pid: number;
  /** Resolves with the exit code when the start command ends. */
  exited: Promise<number | null>;
  /** Resolves when the command's output pipes have closed (all its output was logged). */
  drained: Promise<void>;
  /** Let this process exit while the environment runs on (the action's post step stops it). */
  release(): void;
}

/**
 * Run the user's start command in its own process group, in the background
 * (like `docker compose up -d`), its output streamed to the logger. A start
 * command that forks servers and exits is fine; so is one that stays up.
 */
export function startEnvironment(
  command: string,
  options: {
    cwd?: string;
    logger: Logger;
    /** The environment to scrub and pass (default: this process's); see command-env.ts. */
    env?: NodeJS.ProcessEnv;
    /** Values no variable handed to the command may hold (the token, the SSH test password). */
    secrets?: readonly string[];
    /**
     * Send the output to this file instead of a pipe: for an environment that
     * must outlive this process (the action's main step ends before post
     * stops it, and a server writing to a closed pipe would die of SIGPIPE).
     */
    logFd?: number;
  },
): StartedEnvironment {
  const child = spawn('/bin/sh', ['-c', command], {
    cwd: options.cwd,
    env: commandEnvironment(options.env, options.secrets),
    detached: true,
    stdio:
      options.logFd !== undefined ? ['ignore', options.logFd, options.logFd] : ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new RuntimeFailure(`could not start: ${command}`);
  const out = lineLogger(options.logger);
  child.stdout?.on('data', out.write);
  child.stderr?.on('data', out.write);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(null));
  });
  const drained = new Promise<void>((resolve) => {
    child.on('close', () => {
      out.flush();
      resolve();
    });
    child.on('error', () => resolve());
  });
  return { pid: child.pid, exited, drained, release: () => child.unref() };
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Run a shell command to completion, its output streamed to the logger; resolves with its exit code. */
export function runCommand(
  command: string,
  options: {
    cwd?: string;
    logger: Logger;
    timeoutMs?: number;
    env?: NodeJS.ProcessEnv;
    secrets?: readonly string[];
  },
): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      env: commandEnvironment(options.env, options.secrets),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out = lineLogger(options.logger);
    child.stdout?.on('data', out.write);
    child.stderr?.on('data', out.write);
    const timeoutMs = options.timeoutMs ?? 300_000;
    const timer = setTimeout(() => {
      options.logger.warn(`"${command}" still running after ${Math.round(timeoutMs / 1000)} s; stopping it`);
      if (child.pid) killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      out.flush();
      resolve(code);
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Tear down: run the user's stop command (if any), then end whatever is left
 * of the start command's process group, by its PID — SIGTERM, then SIGKILL.
 * Never throws: teardown trouble is a warning, not a failed job.
 */
export async function stopEnvironment(options: {
  stop?: string;
  pid?: number;
  cwd?: string;
  logger: Logger;
  graceMs?: number;
  env?: NodeJS.ProcessEnv;
  secrets?: readonly string[];
}): Promise<void> {
  const { logger } = options;
  if (options.stop) {
    const code = await runCommand(options.stop, {
      cwd: options.cwd,
      logger,
      env: options.env,
      secrets: options.secrets,
    });
    if (code !== 0) logger.warn(`stop command exited with ${code ?? 'an error'}: ${options.stop}`);
  }
  if (options.pid && options.pid > 1 && groupAlive(options.pid)) {
    killGroup(options.pid, 'SIGTERM');
    const until = Date.now() + (options.graceMs ?? 5000);
    while (groupAlive(options.pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    if (groupAlive(options.pid)) {
      logger.warn(`start command (process group ${options.pid}) ignored SIGTERM; sending SIGKILL`);
      killGroup(options.pid, 'SIGKILL');
    }
  }
}
