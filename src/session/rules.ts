import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import {
  baselineFromVerdicts,
  loadPolicy,
  parseBaseline,
  type Baseline,
  type BaseRules,
  type Policy,
  type RemotePolicyReader,
} from '../policy/index.js';
import { parseReport } from '../report/index.js';
import { loadBaseRules, type BaseSource } from './base.js';

/** What the session reads its rules from. */
export interface RulesOptions {
  policy?: Policy;
  policyFile: string;
  baselineFile?: string;
  base?: BaseSource;
  remote?: RemotePolicyReader;
}

/** The policy and baseline, and on a pull request the base's: all read before anything is brought up. */
export async function loadRules(
  options: RulesOptions,
  baselineSource: string,
): Promise<{ policy: Policy; baseline?: Baseline; base?: BaseRules }> {
  const policy =
    options.policy ??
    (await loadPolicy(options.policyFile, options.remote ? { remote: options.remote } : {}));
  const baseline = options.baselineFile
    ? await loadBaseline(options.baselineFile, baselineSource)
    : undefined;
  const base = options.base
    ? await loadBaseRules(options.base, options.policyFile, policy, {
        baselineFile: options.baselineFile,
        headBaseline: baseline,
        remote: options.remote,
        parseBaseline: (text, file) => baselineFromText(text, file, baselineSource),
      })
    : undefined;
  return { policy, baseline, base };
}

/**
 * One rule for both shells: a baseline file (`--write-baseline`, `write-baseline`), or a
 * JSON report (such as the previous run's `report-json`) whose verdicts become one.
 */
export async function loadBaseline(file: string, source: string): Promise<Baseline> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    const why =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'it is a directory'
          : (err.code ?? err.message);
    throw new ConfigurationError({
      source: file,
      message: `cannot read the baseline given by ${source}: ${why}`,
    });
  });
  return baselineFromText(text, file, source);
}

/** A baseline file's text, or a JSON report's, as a baseline. */
function baselineFromText(text: string, file: string, source: string): Baseline {
  let shape: { entries?: unknown; verdicts?: unknown } | undefined;
  try {
    shape = JSON.parse(text) as typeof shape;
  } catch {
    // parseBaseline names the problem
  }
  if (!shape || typeof shape !== 'object' || Array.isArray(shape.entries)) return parseBaseline(text, file);
  if (!Array.isArray(shape.verdicts)) {
    throw new ConfigurationError({
      source: file,
      message: `given by ${source}, is neither a Portcullis baseline (version 1 with entries; write one with --write-baseline) nor a JSON report (--json)`,
    });
  }
  const report = parseReport(text, file);
  return baselineFromVerdicts(report.verdicts, {
    policy: report.policy.file,
    now: new Date(report.startedAt),
  });
}
