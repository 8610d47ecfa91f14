import type { Report, Verdict } from '../model.js';
import type { Reporter } from './types.js';
import { escapeXml, untrustedLine } from '../untrusted.js';
import { endpoint, findingFor, gateLabel, ruleLabel, serviceLabel } from './format.js';
import { isLetThrough } from '../policy/fail-on.js';

/**
 * JUnit XML, for CI systems that read test reports: one test suite per
 * policy, one test case per judged endpoint; a violation is a failure, a
 * warning passes with its text in system-out.
 */

const attr = (text: string) => escapeXml(text);

function testcase(report: Report, v: Verdict): string {
  const f = findingFor(report, v);
  const name = `${untrustedLine(endpoint(v), 300)} ${untrustedLine(serviceLabel(f), 200)}`;
  const classname = `portcullis.${untrustedLine(v.hostname ?? v.host, 200)}`;
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" time="0">`;
  const detail = [
    untrustedLine(v.message, 400),
    untrustedLine(ruleLabel(v), 400),
    ...Object.entries(v.requirements).map(([k, r]) => `${k}: ${r.state} — ${untrustedLine(r.detail, 300)}`),
    ...(v.fix ? [`fix: ${untrustedLine(v.fix, 400)}`] : []),
  ].join('\n');
  if (v.outcome === 'fail') {
    return `${open}\n      <failure type="${attr(v.rule.id)}" message="${attr(untrustedLine(v.message, 400))}">${escapeXml(detail)}</failure>\n    </testcase>`;
  }
  if (v.outcome === 'warn') {
    const kind = isLetThrough(v) ? `violation that does not fail the check${gateLabel(report)}` : 'warning';
    return `${open}\n      <system-out>${escapeXml(`${kind}: ${detail}`)}</system-out>\n    </testcase>`;
  }
  return `${open}</testcase>`;
}

export const junit: Reporter = (report) => {
  const verdicts = report.verdicts;
  const failures = verdicts.filter((v) => v.outcome === 'fail').length;
  const time = (report.durationMs / 1000).toFixed(3);
  const suite = untrustedLine(report.policy.file, 300);
  const props = [
    ['result', report.result],
    ['fail-on', report.policy.failOn ?? 'any'],
    ['vantage', report.scan.vantage],
    ['targets', report.scan.targets.join(', ')],
    ['ports', report.scan.ports],
    ['partial', String(report.partial)],
  ]
    .map(([k, v]) => `      <property name="${attr(k)}" value="${attr(untrustedLine(v, 2000))}"/>`)
    .join('\n');
  // A partial scan is an error of the run, not a verdict: record it where CI tools look for one.
  const errors = report.partial ? 1 : 0;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Portcullis" tests="${verdicts.length}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="${attr(suite)}" tests="${verdicts.length}" failures="${failures}" errors="${errors}" skipped="0" time="${time}" timestamp="${attr(report.startedAt)}">`,
    '    <properties>',
    props,
    '    </properties>',
    ...verdicts.map((v) => testcase(report, v)),
    ...(report.notices.length
      ? [
          `    <system-out>${escapeXml(report.notices.map((n) => untrustedLine(n, 600)).join('\n'))}</system-out>`,
        ]
      : []),
    '  </testsuite>',
    '</testsuites>',
  ];
  return lines.join('\n') + '\n';
};
