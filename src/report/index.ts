import type { ReportFormat } from './formats.js';
import type {
  ChangeReview,
  EvaluationContext,
  Finding,
  PortResult,
  Report,
  ScanStop,
  ScanSummary,
  Verdict,
} from '../model.js';
import type { Reporter } from './types.js';
import { terminal } from './terminal.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { comment } from './comment.js';
import { sarif } from './sarif.js';
import { junit } from './junit.js';
import { annotations } from './annotations.js';
import { TOOL_NAME, VERSION } from '../version.js';

export type { Reporter, ReporterOptions, ReportOrigin } from './types.js';
export { writeFileAtomic } from './write.js';
export { jsonChunks } from './json.js';
export { MAX_REPORT_BYTES, parseReport, REPORT_SCHEMA } from './schema.js';
export { recountReport } from './recount.js';

/** Every output surface, by the name users give to `--format`. The one list of formats: the CLI and the action read it. */
export const reporters = {
  terminal,
  json,
  markdown,
  comment,
  sarif,
  junit,
  annotations,
} satisfies Record<ReportFormat, Reporter>;

/** The formats that make sense as files (`--json FILE`, the action's json-file, sarif-file, junit-file). */
export const FILE_FORMATS = ['json', 'markdown', 'sarif', 'junit'] as const satisfies readonly ReportFormat[];

export type { ReportFormat } from './formats.js';
export type FileFormat = (typeof FILE_FORMATS)[number];

export interface ReportInput {
  startedAt: Date;
  finishedAt: Date;
  partial: boolean;
  /** Why it is partial, and the notice that says so (default: interrupted). */
  stop?: ScanStop;
  /** Notices of the session (gateways not probed, the listener table), after the partial one. */
  notices?: string[];
  policy: Report['policy'];
  scan: ScanSummary;
  findings: Finding[];
  otherPorts?: PortResult[];
  evaluation: { verdicts: Verdict[]; notices: string[]; result: 'pass' | 'fail'; summary: Report['summary'] };
  context: EvaluationContext;
  change?: ChangeReview;
}

/** The report model every reporter reads. */
export function buildReport(input: ReportInput): Report {
  const report: Report = {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    // An interrupted scan never passes: what it did not see may be what fails.
    result: input.partial ? 'fail' : input.evaluation.result,
    partial: input.partial,
    ...(input.partial ? { partialReason: input.stop?.partial ?? 'interrupted' } : {}),
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.max(0, input.finishedAt.getTime() - input.startedAt.getTime()),
    policy: input.policy,
    scan: input.scan,
    ports: input.findings,
    verdicts: input.evaluation.verdicts,
    summary: input.evaluation.summary,
    notices: [...(input.notices ?? []), ...input.evaluation.notices],
  };
  if (input.otherPorts) report.otherPorts = input.otherPorts;
  if (input.change) report.change = input.change;
  if (input.partial) {
    report.notices.unshift(
      input.stop?.notice ??
        'The scan was interrupted; this report covers only the ports probed before it stopped.',
    );
  }
  return report;
}
