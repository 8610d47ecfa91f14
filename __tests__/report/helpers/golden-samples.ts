import type { Finding, PortResult, Report, ScanCounts } from '../../../src/model.js';
import {
  baselineFromVerdicts,
  evaluate,
  loadPolicyFromString,
  type Baseline,
  type GateFailOn,
} from '../../../src/policy/index.js';
import { buildReport } from '../../../src/report/index.js';
import { mergeReports } from '../../../src/session/merge.js';

/**
 * Fixed sample reports for the golden files (__tests__/report/golden.test.ts).
 *
 * Each one goes through the pure stages of the real pipeline — a policy parsed
 * by loadPolicyFromString, hand-written findings judged by evaluate, the
 * report assembled by buildReport — with a fixed clock, so the goldens show
 * what users see and change only when the code does.
 *
 * These samples are deliberately independent of helpers/sample.ts: a change
 * to another test's fixture must not churn the goldens.
 */

/** The scan's "now": exception expiry is judged against it, and it is the report's startedAt. */
export const STARTED_AT = new Date('2026-11-26T08:00:00.000Z');
/** 2.5 s later: the report's duration. */
export const FINISHED_AT = new Date('2026-11-26T08:00:02.500Z');
/** The policy's label, as the CLI and the action name a repository's policy. */
export const POLICY_FILE = '.github/portcullis.yml';

/**
 * What a hostile service might put after its SSH version: Markdown, HTML, an
 * @mention, a team ping, an issue link, a table break, a code span, ANSI
 * colour and an OSC title sequence, a bidi override, a NUL, CR LF and a forged
 * workflow command. (The SSH parser already drops control characters from what
 * it keeps; the reporters must not rely on that, so this sample keeps them.)
 */
export const HOSTILE_COMMENT =
  '<img src=x onerror=alert(1)> **pwned** @octocat @acme/security #42 ' +
  '[click](https://evil.example/x) | cell | `code` \u001b[31mred\u001b[0m \u001b]0;title\u0007 ' +
  '\u202eRTL \u0000nul\r\n::error::forged %0A';

/**
 * The policy every sample is judged by (line numbers matter: verdicts cite them).
 * `failOn` varies between samples; the exceptions, written last, are left out
 * of samples with nothing for them to match (they would only add notices).
 */
export function policyText(options: { failOn?: 'any' | 'new'; exceptions?: boolean } = {}): string {
  const lines = [
    'version: 1',
    'default: deny',
    `fail-on: ${options.failOn ?? 'any'}`,
    'unverified: warn',
    'targets:',
    '  - name: staging',
    '    hosts: ["10.20.0.0/24"]',
    '    allow:',
    '      - { id: web-https, port: 443, protocol: tcp, service: https, require: { tls: ">=1.2" } }',
    '      - { id: web-redirect, port: 80, protocol: tcp, service: http, require: { redirect: https } }',
    '    deny:',
    '      - { id: no-legacy, ports: [23, 139, 445], reason: "legacy cleartext / SMB exposure", severity: critical }',
    'remote_access:',
    '  require: { vpn: true, mfa: true }',
  ];
  if (options.exceptions)
    lines.push(
      'exceptions:',
      '  - id: vendor-ftp',
      '    match: { host: 10.20.0.7, port: 21 }',
      '    reason: "vendor drop box, **migrating** to SFTP (see #17)"',
      '    approved_by: "@acme/security"',
      '    ticket: https://tracker.example.com/SEC-1042',
      '    expires: 2027-03-31',
      '  - id: legacy-postgres',
      '    match: { host: 10.20.0.8, port: 5432 }',
      '    reason: "reporting job until the warehouse move"',
      '    approved_by: "@acme/dba"',
      '    expires: 2026-06-30',
      '  - id: bastion-ssh',
      '    match: { host: 10.20.0.7, port: 22 }',
      '    reason: "bastion, reachable from outside by design"',
      '    approved_by: "@acme/security"',
      '    expires: 2027-03-31',
      '    waive: violated',
    );
  return lines.join('\n') + '\n';
}

function open(host: string, port: number, over: Partial<Finding> = {}): Finding {
  return {
    host,
    port,
    protocol: 'tcp',
    state: 'open',
    reason: 'connected',
    rttMs: 1.2,
    tries: 1,
    risk: [],
    evidence: {},
    ...over,
  };
}

function closed(host: string, port: number): PortResult {
  return { host, port, protocol: 'tcp', state: 'closed', reason: 'refused', rttMs: 0.4, tries: 1 };
}

/** A well-behaved web server: HTTPS with TLS 1.3, HTTP redirecting to it. */
function web(host: string, hostname?: string): Finding[] {
  const named = hostname ? { hostname } : {};
  return [
    open(host, 80, {
      ...named,
      service: {
        name: 'http',
        product: 'nginx',
        version: '1.27.3',
        confidence: 'high',
        identifiedBy: 'exchange',
      },
      risk: ['web'],
      evidence: {
        'http.status': 301,
        'http.server': 'nginx/1.27.3',
        'http.location': 'https://staging.example.com/',
        'http.redirects_to_https': true,
        'http.location_host': 'staging.example.com',
      },
    }),
    open(host, 443, {
      ...named,
      service: {
        name: 'https',
        product: 'nginx',
        version: '1.27.3',
        tls: true,
        confidence: 'high',
        identifiedBy: 'exchange',
      },
      risk: ['web'],
      evidence: { 'tls.version': '1.3', 'tls.cipher': 'TLS_AES_256_GCM_SHA384', 'tls.alpn': 'h2' },
    }),
  ];
}

/** Every kind of failure the policy can give, plus warnings, an exception that applies, one that waives a proven violation and one that expired. */
function failingFindings(): Finding[] {
  return [
    // Denied port: Telnet on 23 (a deny rule; remote access too).
    open('10.20.0.5', 23, {
      service: { name: 'telnet', confidence: 'high', identifiedBy: 'banner', banner: 'Ubuntu 22.04 LTS' },
      risk: ['remote-access', 'cleartext-legacy'],
      evidence: { 'telnet.open': true },
    }),
    // Remote access with password login, reachable from the untrusted vantage; the banner is hostile.
    open('10.20.0.5', 22, {
      // As the SSH parser reads `SSH-2.0-OpenSSH_9.6 <comments>`: the comments join the version.
      service: {
        name: 'ssh',
        product: 'OpenSSH',
        version: `9.6 ${HOSTILE_COMMENT}`,
        confidence: 'high',
        identifiedBy: 'banner',
        banner: `SSH-2.0-OpenSSH_9.6 ${HOSTILE_COMMENT}`,
      },
      risk: ['remote-access'],
      evidence: {
        'ssh.protocol': '2.0',
        'ssh.software': 'OpenSSH_9.6',
        'ssh.none_auth': false,
        'ssh.auth_methods': ['publickey', 'password'],
        'ssh.password_auth': true,
        'ssh.kbd_interactive_auth': false,
        'ssh.publickey_auth': true,
      },
    }),
    // HTTPS that answered HTTP, but whose TLS version was not recorded: the TLS requirement is unverified (a warning).
    open('10.20.0.5', 443, {
      service: { name: 'https', confidence: 'high', identifiedBy: 'exchange' },
      risk: ['web'],
      evidence: { 'http.status': 200 },
    }),
    // Default deny: Redis without authentication, matched by no rule.
    open('10.20.0.5', 6379, {
      service: {
        name: 'redis',
        product: 'Redis',
        version: '7.2.4',
        confidence: 'high',
        identifiedBy: 'exchange',
      },
      risk: ['cache'],
      evidence: { 'redis.auth_required': false, 'redis.version': '7.2.4' },
    }),
    // Default deny, waived by a valid exception.
    open('10.20.0.7', 21, {
      service: {
        name: 'ftp',
        product: 'vsftpd',
        version: '3.0.5',
        confidence: 'high',
        identifiedBy: 'banner',
      },
      risk: ['cleartext-legacy', 'file-sharing'],
      evidence: { 'ftp.anonymous': false },
    }),
    // Default deny, and the exception that waived it expired.
    open('10.20.0.8', 5432, {
      service: { name: 'postgresql', confidence: 'high', identifiedBy: 'exchange' },
      risk: ['database'],
      evidence: { 'postgresql.ssl': true, 'postgresql.auth_method': 'scram-sha-256' },
    }),
    // A bastion whose proven violations (vpn, mfa) an exception waives with `waive: violated`: a warning, never a pass.
    open('10.20.0.7', 22, {
      service: {
        name: 'ssh',
        product: 'OpenSSH',
        version: '9.6',
        confidence: 'high',
        identifiedBy: 'banner',
        banner: 'SSH-2.0-OpenSSH_9.6',
      },
      risk: ['remote-access'],
      evidence: { 'ssh.auth_methods': ['publickey', 'password'], 'ssh.password_auth': true },
    }),
    // A silent port guessed from its number: a guess never satisfies an allow rule naming https (default deny).
    open('10.20.0.5', 8443, {
      service: { name: 'https', confidence: 'low', identifiedBy: 'port' },
      risk: ['web'],
      evidence: { 'tls.silent': true, 'http.silent': true },
    }),
  ];
}

interface SampleInput {
  policy?: Parameters<typeof policyText>[0];
  targets: string[];
  ports: string;
  findings: Finding[];
  /** What the prober counted (every probe, not only the ports listed). */
  counts: ScanCounts;
  /** Closed ports listed in the report, as with --list-all. */
  otherPorts?: PortResult[];
  resolved?: Record<string, string[]>;
  partial?: boolean;
  baseline?: Baseline;
  /** An override of the policy's fail-on, and the flag or input it came from. */
  failOn?: { value: GateFailOn; from: string };
}

async function sample(input: SampleInput): Promise<Report> {
  const policy = await loadPolicyFromString(policyText(input.policy), POLICY_FILE);
  const context = { vantage: 'untrusted', now: STARTED_AT } as const;
  const evaluation = evaluate(input.findings, policy, {
    ...context,
    ...(input.baseline ? { baseline: input.baseline } : {}),
    ...(input.failOn ? { failOn: input.failOn.value, failOnFrom: input.failOn.from } : {}),
    partial: input.partial ?? false,
  });
  return buildReport({
    startedAt: STARTED_AT,
    finishedAt: FINISHED_AT,
    partial: input.partial ?? false,
    policy: {
      file: policy.file,
      mode: policy.mode,
      failOn: evaluation.gate.failOn,
      ...(evaluation.gate.from ? { failOnFrom: evaluation.gate.from } : {}),
    },
    scan: {
      targets: input.targets,
      ports: input.ports,
      vantage: context.vantage,
      counts: input.counts,
      ...(input.resolved ? { resolved: input.resolved } : {}),
    },
    findings: input.findings,
    otherPorts: input.otherPorts,
    evaluation,
    context,
  });
}

/** Everything allowed: a hostname that resolved, HTTPS and an HTTP redirect, one closed port listed. */
function passSample(): Promise<Report> {
  return sample({
    targets: ['staging.example.com'],
    ports: '80,443,8080',
    resolved: { 'staging.example.com': ['10.20.0.5'] },
    findings: web('10.20.0.5', 'staging.example.com'),
    counts: { probed: 3, open: 2, closed: 1, filtered: 0 },
    otherPorts: [{ ...closed('10.20.0.5', 8080), hostname: 'staging.example.com' }],
  });
}

/**
 * Several violations of different kinds (a denied port, default deny, remote
 * access, an expired exception), a warning, and a valid exception.
 */
function failSample(): Promise<Report> {
  return sample({
    policy: { exceptions: true },
    targets: ['10.20.0.5', '10.20.0.7-8'],
    ports: '21,22,23,443,5432,6379,8443',
    findings: failingFindings(),
    counts: { probed: 21, open: 8, closed: 12, filtered: 1 },
  });
}

/**
 * An interrupted scan (1,037 of 25,600 probes): what it saw before the stop
 * all passes, yet the report fails; the exceptions matched nothing it saw.
 */
function partialSample(): Promise<Report> {
  return sample({
    policy: { exceptions: true },
    targets: ['10.20.0.0/24'],
    ports: 'top-100',
    findings: web('10.20.0.5'),
    counts: { probed: 1037, open: 2, closed: 1031, filtered: 4 },
    partial: true,
  });
}

/**
 * Compared with yesterday's baseline, under `fail-on: new`: SSH failed then
 * and now (unchanged, so only a warning), Redis is new (fails), HTTPS passed
 * then and now, MySQL was open then and is gone.
 */
async function baselineSample(): Promise<Report> {
  const [, ssh, , redis] = failingFindings();
  const https = web('10.20.0.5')[1];
  const mysql = open('10.20.0.5', 3306, {
    service: {
      name: 'mysql',
      product: 'MySQL',
      version: '8.0.36',
      confidence: 'high',
      identifiedBy: 'exchange',
    },
    risk: ['database'],
    evidence: {},
  });
  const yesterday = new Date('2026-11-25T08:00:00.000Z');
  const policy = await loadPolicyFromString(policyText({ failOn: 'new' }), POLICY_FILE);
  const then = evaluate([ssh, https, mysql], policy, { vantage: 'untrusted', now: yesterday });
  const baseline = baselineFromVerdicts(then.verdicts, { now: yesterday, policy: policy.file });
  return sample({
    policy: { failOn: 'new' },
    targets: ['10.20.0.5'],
    ports: '22,443,3306,6379',
    findings: [ssh, https, redis],
    counts: { probed: 4, open: 3, closed: 1, filtered: 0 },
    baseline,
  });
}

/**
 * The failing sample under the action's `fail-on: new` input, with no baseline given: the
 * input replaces the policy's `fail-on: any`, nothing is known to be old, so every violation
 * fails, and every surface says both.
 */
function failOnNewInputSample(): Promise<Report> {
  return sample({
    policy: { exceptions: true },
    targets: ['10.20.0.5', '10.20.0.7-8'],
    ports: '21,22,23,443,5432,6379',
    findings: failingFindings(),
    counts: { probed: 18, open: 6, closed: 11, filtered: 1 },
    failOn: { value: 'new', from: 'input fail-on' },
  });
}

/** The failing sample under `--fail-on never`: every violation reported, as a warning, none failing. */
function failOnNeverSample(): Promise<Report> {
  return sample({
    policy: { exceptions: true },
    targets: ['10.20.0.5', '10.20.0.7-8'],
    ports: '21,22,23,443,5432,6379',
    findings: failingFindings(),
    counts: { probed: 18, open: 6, closed: 11, filtered: 1 },
    failOn: { value: 'never', from: '--fail-on' },
  });
}

/**
 * The same baseline under `fail-on: any`, with more on both sides: SSH and Telnet failed then
 * and now (unchanged, and still failing the check), Redis is new (fails), HTTPS on 443 is newly
 * unverified (a new warning), MySQL is gone. What a reviewer of a pull request sees first is
 * Redis and 443; the unchanged ones are collapsed.
 */
async function baselineAnySample(): Promise<Report> {
  const [telnet, ssh, unverified, redis] = failingFindings();
  const mysql = open('10.20.0.5', 3306, {
    service: {
      name: 'mysql',
      product: 'MySQL',
      version: '8.0.36',
      confidence: 'high',
      identifiedBy: 'exchange',
    },
    risk: ['database'],
    evidence: {},
  });
  const yesterday = new Date('2026-11-25T08:00:00.000Z');
  const policy = await loadPolicyFromString(policyText(), POLICY_FILE);
  const then = evaluate([telnet, ssh, web('10.20.0.5')[1], mysql], policy, {
    vantage: 'untrusted',
    now: yesterday,
  });
  const baseline = baselineFromVerdicts(then.verdicts, { now: yesterday, policy: policy.file });
  return sample({
    targets: ['10.20.0.5'],
    ports: '22,23,443,3306,6379',
    findings: [telnet, ssh, unverified, redis],
    counts: { probed: 5, open: 4, closed: 1, filtered: 0 },
    baseline,
  });
}

/**
 * Far more than a comment can hold: 1,200 hosts with Redis open (default deny), each row
 * with its own fix. The comment is cut to GitHub's limit and says where the rest is.
 */
function oversizedSample(): Promise<Report> {
  const findings: Finding[] = [];
  for (let i = 0; i < 1200; i++) {
    findings.push(
      open(`10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`, 6379, {
        service: {
          name: 'redis',
          product: 'Redis',
          version: '7.2.4',
          confidence: 'high',
          identifiedBy: 'exchange',
        },
        risk: ['cache'],
        evidence: { 'redis.auth_required': false },
      }),
    );
  }
  return sample({
    targets: ['10.20.0.0/22'],
    ports: '6379',
    findings,
    counts: { probed: 1024, open: 1200, closed: 0, filtered: 0 },
  });
}

/** Samples shown on the PR comment only (their other surfaces would add nothing but size). */
export const COMMENT_SAMPLES: Record<string, () => Promise<Report>> = {
  oversized: oversizedSample,
};

/** The samples by name; the name is the first part of each golden file's name. */
/** A shard report as `scan --shard` writes it; only what the merge reads is filled in. */
function shardReport(
  vantage: 'untrusted' | 'vpn',
  ports: string,
  shard: { index: number; count: number },
  findings: Finding[],
  counts: ScanCounts,
): Report {
  return {
    version: 1,
    result: 'pass',
    partial: false,
    startedAt: STARTED_AT.toISOString(),
    durationMs: 2500,
    policy: { file: POLICY_FILE },
    scan: {
      targets: ['10.20.0.5', '10.20.0.9'],
      ports,
      vantage,
      counts,
      shard,
      digest: `sha256:${(vantage === 'vpn' ? 'b' : 'a').repeat(64)}`,
    },
    ports: findings,
    verdicts: [],
    summary: { violations: 0, warnings: 0, passed: 0 },
    notices: [],
  };
}

/**
 * Two vantages merged (portcullis merge): from outside, SSH is closed and PostgreSQL open; from
 * the VPN (two shards), SSH, PostgreSQL and Redis are open. SSH's vpn requirement is verified by
 * the outside scan, PostgreSQL (allowed only from inside) fails from outside, and Redis was
 * never probed from outside (not observed).
 */
async function vantagesSample(): Promise<Report> {
  const policy = await loadPolicyFromString(
    [
      'version: 1',
      'default: deny',
      'unverified: warn',
      'allow:',
      '  - { id: web, port: 443, service: https }',
      '  - { id: bastion, service: ssh }',
      '  - { id: db-inside, port: 5432, vantages: [internal, vpn] }',
      'remote_access:',
      '  require: { vpn: true }',
      '',
    ].join('\n'),
    POLICY_FILE,
  );
  const https = web('10.20.0.5')[1];
  const ssh = open('10.20.0.5', 22, {
    service: { name: 'ssh', product: 'OpenSSH', version: '9.6', confidence: 'high', identifiedBy: 'banner' },
    risk: ['remote-access'],
    evidence: { 'ssh.auth_methods': ['publickey'], 'ssh.password_auth': false },
  });
  const postgres = open('10.20.0.9', 5432, {
    service: { name: 'postgresql', confidence: 'high', identifiedBy: 'exchange' },
    risk: ['database'],
    evidence: { 'postgresql.auth_required': true },
  });
  const redis = open('10.20.0.9', 6379, {
    service: {
      name: 'redis',
      product: 'Redis',
      version: '7.2.4',
      confidence: 'high',
      identifiedBy: 'exchange',
    },
    risk: ['database'],
    evidence: { 'redis.auth_required': false },
  });
  const reports = [
    shardReport('untrusted', '22,443,5432', { index: 1, count: 1 }, [https, postgres], {
      probed: 6,
      open: 2,
      closed: 4,
      filtered: 0,
    }),
    shardReport('vpn', '22,443,5432,6379', { index: 1, count: 2 }, [ssh, postgres], {
      probed: 4,
      open: 2,
      closed: 2,
      filtered: 0,
    }),
    shardReport('vpn', '22,443,5432,6379', { index: 2, count: 2 }, [https, redis], {
      probed: 4,
      open: 2,
      closed: 2,
      filtered: 0,
    }),
  ];
  const files = reports.map((_, i) => `report-${i}.json`);
  return mergeReports({
    reports: files,
    policyFile: POLICY_FILE,
    policy,
    now: STARTED_AT,
    read: async (f) => JSON.stringify(reports[files.indexOf(f)]),
  });
}

export const SAMPLES: Record<string, () => Promise<Report>> = {
  vantages: vantagesSample,
  pass: passSample,
  fail: failSample,
  partial: partialSample,
  baseline: baselineSample,
  'baseline-fail-on-any': baselineAnySample,
  'fail-on-new-input': failOnNewInputSample,
  'fail-on-never': failOnNeverSample,
};
