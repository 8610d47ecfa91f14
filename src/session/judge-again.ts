import type { Finding, Logger, PartialReason, Report, Vantage } from '../model.js';
import { judge } from '../run.js';
import type { GateFailOn } from '../policy/index.js';
import { buildReport } from '../report/index.js';
import { loadRules, type RulesOptions } from './rules.js';
import { CLI_SESSION_SOURCES, type SessionSources } from './sources.js';

/** What a report that was made earlier needs to be judged again: its findings and what was scanned. */
export interface JudgedAgain {
  findings: Finding[];
  scan: Report['scan'];
  startedAt: string;
  durationMs: number;
  partial: boolean;
  /** Why a partial scan stopped (reports before this field: an interruption). */
  partialReason?: PartialReason;
}

/** What of a report is kept to judge it again. */
export function judgedAgainOf(report: Report): JudgedAgain {
  return {
    findings: report.ports,
    scan: report.scan,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    partial: report.partial,
    ...(report.partialReason ? { partialReason: report.partialReason } : {}),
  };
}

const STOPPED: Record<PartialReason, string> = {
  interrupted: 'The scan was interrupted; this report covers only the ports probed before it stopped.',
  'max-duration':
    "The scan's time budget ran out; this report covers only what was probed and identified before it stopped, so it cannot pass.",
  'missing-shards':
    'Shards of the scan are missing from this merged report; it covers only what the others probed, so it cannot pass.',
};

/**
 * Judge earlier findings again, without bringing anything up or probing (the action's
 * review mode: a review arrived, so the approvals may have changed). The policies and
 * the baseline are read again, the head's and the base's; only the findings are reused.
 */
export async function judgeAgain(
  earlier: JudgedAgain,
  options: Omit<RulesOptions, 'policy'> & {
    failOn?: GateFailOn;
    logger?: Logger;
    sources?: Partial<SessionSources>;
    now?: Date;
    vantage?: Vantage;
  },
): Promise<Report> {
  const sources = { ...CLI_SESSION_SOURCES, ...options.sources };
  const { policy, baseline, base } = await loadRules(options, sources.baseline);
  const now = options.now ?? new Date();
  const context = {
    vantage: options.vantage ?? earlier.scan.vantage,
    now,
    gateways: [],
    ...(baseline ? { baseline } : {}),
    partial: earlier.partial,
    ...(options.failOn !== undefined ? { failOn: options.failOn, failOnFrom: sources.failOn } : {}),
  };
  const { evaluation, change } = await judge(earlier.findings, policy, context, {
    base,
    approve: options.base?.approve,
    logger: options.logger,
  });
  const started = new Date(earlier.startedAt);
  return buildReport({
    startedAt: started,
    finishedAt: new Date(started.getTime() + earlier.durationMs),
    partial: earlier.partial,
    ...(earlier.partial
      ? {
          stop: {
            partial: earlier.partialReason ?? 'interrupted',
            notice: STOPPED[earlier.partialReason ?? 'interrupted'],
          },
        }
      : {}),
    policy: {
      file: policy.file,
      mode: policy.mode,
      failOn: evaluation.gate.failOn,
      ...(evaluation.gate.from !== undefined ? { failOnFrom: evaluation.gate.from } : {}),
    },
    scan: earlier.scan,
    findings: earlier.findings,
    evaluation,
    context,
    change,
  });
}
