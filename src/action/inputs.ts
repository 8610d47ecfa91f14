import { isAbsolute, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { ShardRef, Vantage } from '../model.js';
import { parseShard } from '../targets/index.js';
import { ConfigurationError } from '../errors.js';
import { parseWaitFor, type WaitEntry } from '../lifecycle/index.js';
import { GATE_FAIL_ON, type GateFailOn } from '../policy/index.js';
import { Input, type InputName } from './constants.js';
import { parseDurationMs } from '../session/budget.js';

/**
 * The action's inputs as one typed settings object (actions/checkout's
 * input-helper). Every error names the input and quotes the value. The
 * defaults here are the ones action.yml declares (a test keeps them equal).
 */

export type CommentMode = 'always' | 'on-failure' | 'never';
/** The fail-on input: any fail-on a policy takes, or never. */
export type FailOn = GateFailOn;
export type ActionMode = 'scan' | 'report-only' | 'review' | 'validate' | 'test' | 'merge';

export interface SshCredentials {
  username: string;
  password?: string;
  privateKey?: string;
}

export interface ActionSettings {
  /**
   * scan: bring up, probe, judge, report. report-only: publish a JSON report made elsewhere
   * (workflow_run). validate: check the policy files, as `portcullis validate`. test: run the
   * policy's test files, as `portcullis test`.
   */
  mode: ActionMode;
  policyFile: string;
  /** validate: every policy file the policy input lists (one per line or comma-separated). */
  policyFiles: string[];
  /** test: a folder of *.test.yml files, or one such file. */
  tests: string;
  /** Write this scan's verdicts as a baseline to this file; without fail-on it gates nothing. */
  writeBaseline?: string;
  /** Target expressions, one per line or comma-separated; empty with compose-file (discovered). */
  targets: string[];
  /** Port expression; undefined means "compose-discovered ports, else top-1000". */
  ports?: string;
  start?: string;
  waitFor: WaitEntry[];
  waitTimeoutMs: number;
  stop?: string;
  composeFile?: string;
  /** Where start, stop and compose run; paths in other inputs resolve against the workspace. */
  workingDirectory: string;
  token: string;
  comment: CommentMode;
  checkRun: boolean;
  /** Identifies this job in the hidden comment marker, so two jobs (or two policies) keep two comments. */
  jobName: string;
  jsonFile: string;
  sarifFile?: string;
  junitFile?: string;
  /** report-only: the JSON report to publish. */
  reportFile?: string;
  /**
   * Overrides the policy's fail-on in the evaluation itself, so every surface gates the same
   * way; `never` reports everything and fails nothing.
   */
  failOn?: FailOn;
  vantage: Vantage;
  /** Probe only this part of the scan (`K/N`); a merge job joins the parts. */
  shard?: ShardRef;
  /**
   * merge: the shard and vantage reports to join (paths and globs, relative to the workspace).
   * Empty: gather them from this run's report artifacts (see uploadReport).
   */
  reports: string[];
  /**
   * scan: upload the JSON report as an artifact of this run, for a merge job to gather. The
   * input's `auto` (the default) means on when `shard` is given; vantage jobs say `true`.
   */
  uploadReport: boolean;
  /**
   * Tells two matrices of one policy in one workflow apart in their report artifacts' names
   * (the shard jobs and their merge job set the same); empty for the usual one.
   */
  reportGroup: string;
  /** merge: publish a partial report (never a pass) when a shard is missing, instead of failing the step. */
  allowPartial: boolean;
  concurrency?: number;
  rate?: number;
  /** open|filtered UDP ports that get every UDP payload (run's default when undefined). */
  udpSweepPorts?: number;
  timeoutMs?: number;
  /** Every probed address, DNS answers included, must fall inside these CIDRs. */
  scope?: string[];
  /** Refuse target lists that expand past this many addresses. */
  maxAddresses?: number;
  fingerprint: boolean;
  probes?: string[];
  ssh?: SshCredentials;
  /** A JSON report (format 1) to compare with: new-violations and drift. */
  baselineFile?: string;
  /**
   * `baseline: auto` (the default): a pull request or merge queue run fetches the base branch's
   * baseline artifact, and a push or schedule run on the default branch stores one. A file wins;
   * `none` does neither.
   */
  baselineAuto: boolean;
  driftIssue: boolean;
  /** The scan's time budget (probing, fingerprinting, gateway probes). */
  maxDurationMs: number;
  /** Compare the runner's listener tables before start and after wait-for. */
  listenerTable: boolean;
  /** Reads organisation team membership, so that approvals by members of approver teams count. */
  approversToken?: string;
  /** Reads `extends: github:OWNER/REPO/PATH@SHA` of private repositories; default the github-token. */
  policyToken?: string;
}

export type InputReader = (name: InputName) => string;

/** The defaults action.yml declares; inputs.ts falls back to them when an input arrives empty. */
export const INPUT_DEFAULTS: Partial<Record<InputName, string>> = {
  [Input.Mode]: 'scan',
  [Input.Policy]: '.github/portcullis.yml',
  [Input.WaitTimeout]: '60s',
  [Input.WorkingDirectory]: '.',
  [Input.Comment]: 'always',
  [Input.CheckRun]: 'true',
  [Input.Vantage]: 'untrusted',
  [Input.Fingerprint]: 'true',
  [Input.DriftIssue]: 'false',
  [Input.MaxDuration]: '30m',
  [Input.Listeners]: 'true',
  [Input.Tests]: '.github/portcullis-tests',
  [Input.Baseline]: 'auto',
  [Input.AllowPartial]: 'false',
  [Input.UploadReport]: 'auto',
};

const VANTAGES: Vantage[] = ['untrusted', 'vpn', 'internal'];
const COMMENT_MODES: CommentMode[] = ['always', 'on-failure', 'never'];
const FAIL_ON: readonly FailOn[] = GATE_FAIL_ON;
const MODES: ActionMode[] = ['scan', 'report-only', 'review', 'validate', 'test', 'merge'];

function bad(name: InputName, value: string, expected: string): ConfigurationError {
  return new ConfigurationError({ source: `input ${name}`, message: `"${value}" is not valid: ${expected}` });
}

function oneOf<T extends string>(name: InputName, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw bad(name, value, `expected one of ${choices.join(', ')}`);
  return value as T;
}

function bool(name: InputName, value: string): boolean {
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw bad(name, value, 'expected true or false');
}

/** Syntax only: what the engine can do with the number (its range) is run()'s to say. */
function wholeNumber(name: InputName, value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw bad(name, value, 'expected a whole number');
  return Number(value);
}

/** `90s`, `2m`, `1h`, `500ms`, or a bare number of seconds (the unit people write in workflows). */
export function parseDuration(name: InputName, value: string): number {
  const ms = parseDurationMs(value);
  if (ms === undefined) throw bad(name, value, 'expected a duration such as 90s, 2m or 500ms');
  if (ms < 1 || ms > 6 * 3600_000) throw bad(name, value, 'expected a duration from 1ms to 6h');
  return ms;
}

/** Lines and commas both separate entries; blank entries and `#` comments are ignored. */
export function splitList(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .flatMap((line) => line.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readSettings(read: InputReader, env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const get = (name: InputName): string => {
    const v = read(name).trim();
    return v === '' ? (INPUT_DEFAULTS[name] ?? '') : v;
  };
  const optional = (name: InputName): string | undefined => get(name) || undefined;

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, get(Input.WorkingDirectory));
  // Files are the workspace's, as in every other action; only the lifecycle commands run in working-directory.
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));

  const mode = oneOf(Input.Mode, get(Input.Mode), MODES);
  const composeFile = optional(Input.ComposeFile);
  const targets = splitList(get(Input.Targets));
  if (mode === 'scan' && targets.length === 0 && !composeFile) {
    throw new ConfigurationError({
      source: `input ${Input.Targets}`,
      message:
        'is empty: give hosts or addresses to probe (e.g. 127.0.0.1), or a compose-file to discover them from',
    });
  }
  const reportFile = optional(Input.Report);
  if (mode === 'report-only' && !reportFile) {
    throw new ConfigurationError({
      source: `input ${Input.Report}`,
      message:
        'is empty: report-only mode publishes a JSON report, so give its path (e.g. the downloaded artifact)',
    });
  }

  // Empty in merge mode: the reports are gathered from this run's artifacts.
  const reports = splitList(get(Input.Reports));
  const shardText = optional(Input.Shard);
  const uploadText = get(Input.UploadReport);
  if (!['auto', 'true', 'false'].includes(uploadText))
    throw bad(Input.UploadReport, uploadText, 'expected auto, true or false');
  const upload = uploadText === 'auto' ? 'auto' : uploadText === 'true';

  const waitForText = get(Input.WaitFor);
  const waitFor = parseWaitFor(splitList(waitForText).join('\n'), `input ${Input.WaitFor}`);

  const failOnText = optional(Input.FailOn);
  const probesText = optional(Input.Probes);
  const username = optional(Input.SshUsername);
  const password = optional(Input.SshPassword);
  const privateKey = optional(Input.SshPrivateKey);
  if ((password || privateKey) && !username) {
    throw new ConfigurationError({
      source: `input ${Input.SshUsername}`,
      message: 'is empty, but ssh-password or ssh-private-key is set: name the test user they belong to',
    });
  }

  const baseline = get(Input.Baseline);
  const baselineFile = baseline === 'auto' || baseline === 'none' ? undefined : baseline;
  const driftIssue = bool(Input.DriftIssue, get(Input.DriftIssue));
  if (driftIssue && !baselineFile) {
    throw new ConfigurationError({
      source: `input ${Input.DriftIssue}`,
      message:
        'is true, but there is no baseline file to compare with: set the baseline input to the stored baseline file',
    });
  }
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  const concurrency = optional(Input.Concurrency);
  const rate = optional(Input.Rate);
  const udpSweepPorts = optional(Input.UdpSweepPorts);
  const timeout = optional(Input.Timeout);
  const scope = optional(Input.Scope);
  const maxAddresses = optional(Input.MaxAddresses);
  const jobName = optional(Input.JobName) ?? env.GITHUB_JOB ?? 'portcullis';
  if (/[\r\n]/.test(get(Input.ReportGroup)))
    throw bad(Input.ReportGroup, get(Input.ReportGroup), 'expected one line');
  if (/[\r\n]/.test(jobName)) throw bad(Input.JobName, jobName, 'expected one line');
  const sarif = optional(Input.SarifFile);
  const junit = optional(Input.JunitFile);
  const writeBaseline = optional(Input.WriteBaseline);
  if (writeBaseline && mode !== 'scan') {
    throw new ConfigurationError({
      source: `input ${Input.WriteBaseline}`,
      message: `is set, but mode is ${mode}: a baseline is written from a scan (mode: scan)`,
    });
  }

  return {
    mode,
    policyFile: get(Input.Policy),
    policyFiles: splitList(get(Input.Policy)),
    tests: get(Input.Tests),
    writeBaseline: writeBaseline ? inWorkspace(writeBaseline) : undefined,
    targets,
    ports: optional(Input.Ports),
    start: optional(Input.Start),
    waitFor,
    waitTimeoutMs: parseDuration(Input.WaitTimeout, get(Input.WaitTimeout)),
    stop: optional(Input.Stop),
    composeFile,
    workingDirectory,
    token: get(Input.GitHubToken),
    comment: oneOf(Input.Comment, get(Input.Comment), COMMENT_MODES),
    checkRun: bool(Input.CheckRun, get(Input.CheckRun)),
    jobName,
    jsonFile: inWorkspace(optional(Input.JsonFile) ?? join(runnerTemp, 'portcullis', 'report.json')),
    sarifFile: sarif ? inWorkspace(sarif) : undefined,
    junitFile: junit ? inWorkspace(junit) : undefined,
    reportFile: reportFile ? inWorkspace(reportFile) : undefined,
    failOn: failOnText ? oneOf(Input.FailOn, failOnText, FAIL_ON) : undefined,
    vantage: oneOf(Input.Vantage, get(Input.Vantage), VANTAGES),
    shard: shardText ? parseShard(shardText, `input ${Input.Shard}`) : undefined,
    reports: reports.map(inWorkspace),
    allowPartial: bool(Input.AllowPartial, get(Input.AllowPartial)),
    // auto: a job that probes one shard is one leg of a matrix that a merge job joins. (A vantage
    // cannot tell: the runner passes action.yml's default for an input not given.)
    uploadReport: mode === 'scan' && (upload === 'auto' ? !!shardText : upload),
    reportGroup: get(Input.ReportGroup),
    concurrency: concurrency ? wholeNumber(Input.Concurrency, concurrency) : undefined,
    rate: rate ? wholeNumber(Input.Rate, rate) : undefined,
    udpSweepPorts: udpSweepPorts ? wholeNumber(Input.UdpSweepPorts, udpSweepPorts) : undefined,
    timeoutMs: timeout ? parseDuration(Input.Timeout, timeout) : undefined,
    scope: scope ? splitList(scope) : undefined,
    maxAddresses: maxAddresses ? wholeNumber(Input.MaxAddresses, maxAddresses) : undefined,
    fingerprint: bool(Input.Fingerprint, get(Input.Fingerprint)),
    probes: probesText ? splitList(probesText).map((p) => p.toLowerCase()) : undefined,
    ssh: username ? { username, password, privateKey } : undefined,
    baselineFile: baselineFile ? inWorkspace(baselineFile) : undefined,
    baselineAuto: baseline === 'auto',
    driftIssue,
    maxDurationMs: parseDuration(Input.MaxDuration, get(Input.MaxDuration)),
    listenerTable: bool(Input.Listeners, get(Input.Listeners)),
    approversToken: optional(Input.ApproversToken),
    policyToken: optional(Input.PolicyToken),
  };
}

/** The secrets among the inputs, to mask before anything is logged. */
export function secretsOf(settings: ActionSettings): string[] {
  const out: string[] = [];
  if (settings.token) out.push(settings.token);
  if (settings.approversToken) out.push(settings.approversToken);
  if (settings.policyToken) out.push(settings.policyToken);
  if (settings.ssh?.password) out.push(settings.ssh.password);
  if (settings.ssh?.privateKey) {
    out.push(settings.ssh.privateKey);
    // The runner masks line by line: register every line of a key, not just the whole.
    for (const line of settings.ssh.privateKey.split(/\r?\n/)) {
      const t = line.trim();
      if (t.length >= 8 && !/^-----(BEGIN|END) /.test(t)) out.push(t);
    }
  }
  return out;
}
