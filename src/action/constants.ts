/**
 * Every name the action shares with the runner, in one place (setup-node keeps
 * its state and output keys the same way): inputs as action.yml spells them,
 * outputs, and the state main hands to post.
 */

export const Input = {
  Mode: 'mode',
  Policy: 'policy',
  Targets: 'targets',
  Ports: 'ports',
  Start: 'start',
  WaitFor: 'wait-for',
  WaitTimeout: 'wait-timeout',
  Stop: 'stop',
  ComposeFile: 'compose-file',
  WorkingDirectory: 'working-directory',
  GitHubToken: 'github-token',
  Comment: 'comment',
  CheckRun: 'check-run',
  JobName: 'job-name',
  JsonFile: 'json-file',
  SarifFile: 'sarif-file',
  JunitFile: 'junit-file',
  Report: 'report',
  FailOn: 'fail-on',
  Vantage: 'vantage',
  Shard: 'shard',
  Reports: 'reports',
  AllowPartial: 'allow-partial',
  UploadReport: 'upload-report',
  ReportGroup: 'report-group',
  Concurrency: 'concurrency',
  Rate: 'rate',
  Timeout: 'timeout',
  Scope: 'scope',
  MaxAddresses: 'max-addresses',
  Fingerprint: 'fingerprint',
  Probes: 'probes',
  UdpSweepPorts: 'udp-sweep-ports',
  SshUsername: 'ssh-username',
  SshPassword: 'ssh-password',
  SshPrivateKey: 'ssh-private-key',
  Baseline: 'baseline',
  WriteBaseline: 'write-baseline',
  Tests: 'tests',
  DriftIssue: 'drift-issue',
  MaxDuration: 'max-duration',
  Listeners: 'listeners',
  ApproversToken: 'approvers-token',
  PolicyToken: 'policy-token',
} as const;
export type InputName = (typeof Input)[keyof typeof Input];

/** The inputs that hold secrets: masked before any input is read, and kept from start and stop. */
export const SECRET_INPUTS: readonly InputName[] = [
  Input.GitHubToken,
  Input.ApproversToken,
  Input.PolicyToken,
  Input.SshPassword,
  Input.SshPrivateKey,
];

export const Output = {
  Result: 'result',
  Violations: 'violations',
  NewViolations: 'new-violations',
  ReportJson: 'report-json',
  SarifFile: 'sarif-file',
  CommentId: 'comment-id',
  Drift: 'drift',
  PendingApproval: 'pending-approval',
} as const;
export type OutputName = (typeof Output)[keyof typeof Output];

/** What main saves for post (core.saveState), so post tears down exactly what main brought up. */
export const State = {
  /** "true" once main reached the lifecycle stage: from then on post runs `stop`. */
  Lifecycle: 'lifecycle',
  /** Process group id of the `start` command. */
  StartPid: 'start-pid',
  /** Compose file that main brought up (post runs `docker compose down` on it). */
  ComposeFile: 'compose-file',
  /** Where the start command's output goes, so post can show its tail. */
  StartLog: 'start-log',
  /** Working directory the lifecycle commands ran in. */
  Cwd: 'cwd',
} as const;

/** Names of things on GitHub. */
export const CHECK_RUN_NAME = 'Portcullis';
/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** A check run's output.summary and output.text are each limited to 65,535 characters. */
export const CHECK_TEXT_LIMIT = 65535;
/** GitHub cuts a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096;
