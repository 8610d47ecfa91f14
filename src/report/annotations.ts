import type { Report, Verdict } from '../model.js';
import type { Reporter } from './types.js';
import { escapeWorkflowCommand, escapeWorkflowProperty, untrustedLine as line } from '../untrusted.js';
import { endpoint, findingFor, gateLabel, isPending, serviceLabel } from './format.js';
import { isLetThrough } from '../policy/fail-on.js';

/**
 * Annotations on the policy file's lines: one per failing or warning verdict,
 * at the line of the rule that decided it. The same list feeds the check run
 * (GitHub API) and the workflow-command reporter below.
 */
export interface Annotation {
  /** Repository-relative path of the policy file. */
  path: string;
  line: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /**
   * Map a rule's file to a path in the repository, or undefined when the rule
   * lives outside it (a built-in policy from `extends`): then the annotation
   * goes on line 1 of the report's own policy file.
   */
  pathFor?: (file: string) => string | undefined;
}

/** Plain text for GitHub's annotation view: one bounded line, and no @mention even if it were rendered. */
function untrustedLine(text: string, max?: number): string {
  return line(text, max).replace(/@/g, '@\u200b');
}

function annotationFor(report: Report, v: Verdict, options: AnnotationOptions): Annotation {
  const f = findingFor(report, v);
  const mapped = options.pathFor ? options.pathFor(v.rule.file) : v.rule.file;
  const own =
    mapped ??
    (options.pathFor ? options.pathFor(report.policy.file) : report.policy.file) ??
    report.policy.file;
  const where = mapped ? '' : ` (rule from ${v.rule.file}:${v.rule.line})`;
  const lines = [
    `${untrustedLine(endpoint(v))} — ${untrustedLine(serviceLabel(f))}: ${untrustedLine(v.message, 400)}${where}`,
  ];
  if (v.fix) lines.push(`Fix: ${untrustedLine(v.fix, 400)}`);
  return {
    path: own,
    line: mapped ? Math.max(1, v.rule.line) : 1,
    level: v.outcome === 'fail' ? 'failure' : v.outcome === 'warn' ? 'warning' : 'notice',
    title: untrustedLine(
      `${isPending(v) ? 'Pending approval' : v.outcome === 'fail' ? 'Not allowed' : isLetThrough(v) ? `Not allowed, but does not fail the check${gateLabel(report)}` : 'Warning'}: ${endpoint(v)} (${v.rule.id})`,
      200,
    ),
    message: lines.join('\n'),
  };
}

export function buildAnnotations(report: Report, options: AnnotationOptions = {}): Annotation[] {
  return report.verdicts.filter((v) => v.outcome !== 'pass').map((v) => annotationFor(report, v, options));
}

const COMMAND: Record<Annotation['level'], string> = {
  failure: 'error',
  warning: 'warning',
  notice: 'notice',
};

/**
 * Workflow commands (`::error file=…,line=…::…`) that a GitHub Actions log turns
 * into annotations: what the CLI prints with `--format annotations` inside any workflow.
 */
export const annotations: Reporter = (report) =>
  buildAnnotations(report)
    .map(
      (a) =>
        `::${COMMAND[a.level]} file=${escapeWorkflowProperty(a.path)},line=${a.line},title=${escapeWorkflowProperty(a.title)}::${a.message
          .split('\n')
          .map(escapeWorkflowCommand)
          .join('%0A')}`,
    )
    .join('\n') + '\n';
