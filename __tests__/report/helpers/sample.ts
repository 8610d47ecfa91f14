import type { Finding, Report, Verdict } from '../../../src/model.js';

/** What a hostile service might say: Markdown, HTML, mentions, code fences, ANSI and control characters. */
export const HOSTILE =
  'Evil 1.0 <script>alert(1)</script> <img src=x onerror=alert(2)> @octocat @acme/security **bold** ' +
  '```\n# heading\n``` [click](https://evil.example/x) | cell | #123 \u001b[31mred\u001b[0m \u001b]0;title\u0007 ' +
  '\u0000nul \u202eRTL \r\n::warning::forged %0A done';

function finding(port: number, over: Partial<Finding> = {}): Finding {
  return {
    host: '127.0.0.1',
    port,
    protocol: 'tcp',
    state: 'open',
    reason: 'connected',
    tries: 1,
    risk: ['web'],
    evidence: {},
    ...over,
  };
}

function verdict(port: number, over: Partial<Verdict> = {}): Verdict {
  return {
    host: '127.0.0.1',
    port,
    protocol: 'tcp',
    outcome: 'fail',
    message: 'open, and no rule allows it',
    rule: { id: 'default', file: '.github/portcullis.yml', line: 2 },
    requirements: {},
    ...over,
  };
}

/** A failing report: two violations (one from a hostile service), one warning, one pass. */
export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    version: 1,
    result: 'fail',
    partial: false,
    startedAt: '2026-11-26T08:00:00.000Z',
    durationMs: 1834,
    policy: { file: '.github/portcullis.yml', failOn: 'any' },
    scan: {
      targets: ['127.0.0.1'],
      ports: '22,80,443,6379',
      vantage: 'untrusted',
      counts: { probed: 4, open: 4, closed: 0, filtered: 0 },
    },
    ports: [
      finding(6379, {
        service: { name: 'redis', product: 'Redis', version: '7.0.15', confidence: 'high' },
        risk: ['database'],
        evidence: { 'redis.auth_required': false },
      }),
      finding(22, {
        service: { name: 'ssh', product: HOSTILE, version: HOSTILE, confidence: 'high', banner: HOSTILE },
        risk: ['remote-access'],
        evidence: { 'ssh.banner': HOSTILE, 'ssh.auth_methods': ['password', HOSTILE] },
      }),
      finding(80, { service: { name: 'http', confidence: 'high' } }),
      finding(443, { service: { name: 'https', tls: true, confidence: 'high' } }),
    ],
    verdicts: [
      verdict(6379, {
        severity: 'critical',
        message: 'redis is open without authentication and no rule allows it',
        fix: 'bind Redis to the private network or remove its published port',
        baseline: 'new',
        new: true,
      }),
      verdict(22, {
        severity: 'high',
        message: `remote access reachable without a VPN: ${HOSTILE}`,
        rule: { id: 'remote_access', file: '.github/portcullis.yml', line: 14 },
        requirements: {
          vpn: { state: 'violated', detail: `reachable from the untrusted vantage: ${HOSTILE}` },
        },
        fix: `put SSH behind the VPN gateway ${HOSTILE}`,
      }),
      verdict(80, {
        outcome: 'warn',
        message: 'http does not redirect to https',
        rule: { id: 'web-only', file: '.github/portcullis.yml', line: 9 },
      }),
      verdict(443, {
        outcome: 'pass',
        message: 'allowed by rule web-only',
        rule: { id: 'web-only', file: '.github/portcullis.yml', line: 9 },
      }),
    ],
    summary: { violations: 2, warnings: 1, passed: 1, newViolations: 1 },
    notices: [`an exception matched nothing: ${HOSTILE}`],
    ...over,
  };
}
