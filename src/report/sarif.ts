import { createHash } from 'node:crypto';
import type { Report, Severity, Verdict } from '../model.js';
import type { Reporter } from './types.js';
import { sarifText, untrustedLine } from '../untrusted.js';
import { endpoint, findingFor, serviceLabel } from './format.js';
import { repoPath } from './paths.js';
import { VERSION } from '../version.js';

/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one
 * result per failing or warning verdict, located at the line of the policy
 * rule that decided it. Everything a service said is plain, inert text.
 */

const INFORMATION_URI = 'https://github.com/portcullis/portcullis';

/** Code scanning reads `security-severity` (0.1–10) to rank alerts as low … critical. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  low: '3.0',
  medium: '5.5',
  high: '8.0',
  critical: '9.5',
};

function ruleIdOf(v: Verdict): string {
  return `portcullis/${v.rule.id}`.replace(/\s+/g, '-').slice(0, 255);
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export const sarif: Reporter = (report: Report, options = {}) => {
  const root = options.root ?? process.cwd();
  const verdicts = report.verdicts.filter((v) => v.outcome !== 'pass');
  const policyPath = repoPath(report.policy.file, root) ?? untrustedLine(report.policy.file, 500);
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  for (const v of verdicts) {
    const id = ruleIdOf(v);
    if (ruleIndex.has(id)) continue;
    ruleIndex.set(id, rules.length);
    const severity = v.severity ?? 'high';
    const text =
      v.rule.id === 'default' ? "The policy's default rule" : `Policy rule "${sarifText(v.rule.id, 200)}"`;
    rules.push({
      id,
      name: id
        .replace(/[^A-Za-z0-9]+/g, ' ')
        .trim()
        .replace(/ (.)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: `${text} does not allow an open port` },
      fullDescription: {
        text: `${text} (${sarifText(v.rule.file, 300)} line ${v.rule.line}) judged an open port on a scanned host.`,
      },
      helpUri: `${INFORMATION_URI}/blob/main/docs/policy.md#how-a-port-is-judged`,
      help: {
        text: 'Close the port, bind the service to a private network, or allow it in the policy with a reason (an exception needs an approver and an expiry date).',
      },
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'network', 'port-policy'],
        precision: 'high',
        'security-severity': SECURITY_SEVERITY[severity],
      },
    });
  }

  const results = verdicts.map((v) => {
    const f = findingFor(report, v);
    const inRepo = repoPath(v.rule.file, root);
    const where = inRepo ? '' : ` (rule from ${sarifText(v.rule.file, 300)}:${v.rule.line})`;
    const fix = v.fix ? ` Fix: ${sarifText(v.fix, 400)}` : '';
    return {
      ruleId: ruleIdOf(v),
      ruleIndex: ruleIndex.get(ruleIdOf(v)),
      level: v.outcome === 'fail' ? 'error' : 'warning',
      message: {
        text: `${sarifText(endpoint(v))} — ${sarifText(serviceLabel(f))}: ${sarifText(v.message, 400)}${where}.${fix}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: inRepo ?? policyPath, uriBaseId: '%SRCROOT%' },
            region: { startLine: inRepo ? Math.max(1, v.rule.line) : 1 },
          },
        },
      ],
      // Stable across runs, so code scanning tracks one alert per endpoint and rule.
      partialFingerprints: {
        'portcullisEndpoint/v1': sha(`${v.hostname ?? v.host}|${v.port}|${v.protocol}|${v.rule.id}`),
      },
      properties: {
        endpoint: untrustedLine(endpoint(v), 300),
        service: f?.service?.name ? untrustedLine(f.service.name, 100) : 'unknown',
        ...(v.severity ? { severity: v.severity } : {}),
        ...(v.baseline ? { baseline: v.baseline } : {}),
        // A violation the gate let through is a warning here, and says what the policy judged.
        ...(v.judged && v.judged !== v.outcome ? { judged: v.judged } : {}),
      },
    };
  });

  const category = options.category ?? `portcullis/${options.job ?? 'scan'}`;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Portcullis',
            informationUri: INFORMATION_URI,
            semanticVersion: VERSION,
            rules,
          },
        },
        // The part before the last slash is the code-scanning category: one per job and policy.
        automationDetails: { id: `${category.replace(/\/+$/, '')}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        invocations: [
          {
            executionSuccessful: !report.partial,
            startTimeUtc: report.startedAt,
            endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
          },
        ],
        results,
        properties: {
          result: report.result,
          failOn: report.policy.failOn ?? 'any',
          partial: report.partial,
          vantage: report.scan.vantage,
          counts: report.scan.counts,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
