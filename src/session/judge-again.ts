import type { Finding, Logger, Report, Vantage } from '../model.js';
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
}

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
