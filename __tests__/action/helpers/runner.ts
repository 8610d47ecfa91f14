import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Runs the committed dist/ bundles the way the runner does: INPUT_*, GITHUB_*, file commands, STATE_* for post. */

export const ROOT = resolve(import.meta.dirname ?? __dirname, '../../..');
export const DIST_MAIN = join(ROOT, 'dist/main/index.js');
export const DIST_POST = join(ROOT, 'dist/post/index.js');

export function distMissing(): string | undefined {
  if (!existsSync(DIST_MAIN) || !existsSync(DIST_POST))
    return 'dist/ is not built (npm run build && npm run bundle)';
  return undefined;
}

/** Defaults from action.yml, as the runner passes them (expressions such as ${{ github.token }} left out). */
export function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs)) {
    const d = spec.default ?? '';
    if (!d.includes('${{')) out[name] = String(d);
  }
  return out;
}

export interface Workspace {
  dir: string;
  temp: string;
  summary: string;
  output: string;
  state: string;
  event: string;
}

export function makeWorkspace(event: object, prefix = 'portcullis-e2e-'): Workspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const ws: Workspace = {
    dir,
    temp: join(dir, '_temp'),
    summary: join(dir, 'summary.md'),
    output: join(dir, 'output.txt'),
    state: join(dir, 'state.txt'),
    event: join(dir, 'event.json'),
  };
  for (const f of [ws.summary, ws.output, ws.state]) writeFileSync(f, '');
  writeFileSync(ws.event, JSON.stringify(event));
  return ws;
}

/** Parse a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks, or `name=value` lines). */
export function parseFileCommands(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  pid: number;
}

export interface StepOptions {
  ws: Workspace;
  apiUrl: string;
  inputs: Record<string, string>;
  eventName?: string;
  extraEnv?: Record<string, string>;
  /** Called with the child's pid once it runs (to send it a signal). */
  onSpawn?: (pid: number) => void;
  timeoutMs?: number;
}

function baseEnv(o: StepOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Nothing of this machine's own GITHUB_*/INPUT_*/RUNNER_* environment leaks into the step.
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|STATE_|ACTIONS_)/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: o.ws.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_JOB: 'port-policy',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_WORKSPACE: o.ws.dir,
    GITHUB_STEP_SUMMARY: o.ws.summary,
    GITHUB_OUTPUT: o.ws.output,
    GITHUB_STATE: o.ws.state,
    RUNNER_TEMP: o.ws.temp,
    NO_PROXY: '127.0.0.1,localhost',
  });
  const inputs = { ...actionDefaults(), ...o.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { ...env, ...o.extraEnv };
}

function runNode(script: string, env: NodeJS.ProcessEnv, o: StepOptions): Promise<StepResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: o.ws.dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    if (child.pid) o.onSpawn?.(child.pid);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish in time\n${stdout}\n${stderr}`));
    }, o.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, pid: child.pid ?? 0 });
    });
  });
}

export function runMain(o: StepOptions): Promise<StepResult> {
  return runNode(DIST_MAIN, baseEnv(o), o);
}

/** The post step, with main's saved state as STATE_* (as the runner passes it). */
export function runPost(o: StepOptions): Promise<StepResult> {
  const env = baseEnv(o);
  for (const [k, v] of Object.entries(parseFileCommands(o.ws.state))) env[`STATE_${k}`] = v;
  return runNode(DIST_POST, env, o);
}

/** A free TCP port on 127.0.0.1 below the ephemeral range (the kernel's choice of source ports stays clear of it). */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const ok = await new Promise<boolean>((r) => {
      const s = createServer();
      s.once('error', () => r(false));
      s.listen(port, '127.0.0.1', () => s.close(() => r(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port');
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function pidsIn(file: string): number[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
}

export async function waitUntil(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}
