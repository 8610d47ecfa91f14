import { ConfigurationError } from '../errors.js';
import { OUTCOME_RANK, type Outcome, type Protocol, type RuleRef, type Verdict } from '../model.js';
import type { GateFailOn } from './types.js';
import { endpoint, ruleName } from './words.js';

/**
 * A baseline records the verdicts of one scan, so a later scan can mark each
 * verdict new, unchanged or gone, and `fail-on: new` can fail only on what a
 * change opened. Endpoints are keyed by the name the user scanned (hostname
 * when there is one, else the address), because addresses of ephemeral
 * environments change between runs. A baseline records what the policy
 * judged (a verdict's `judged`), never what the gate made of it: a failure
 * that `fail-on: new`, a severity threshold, `mode: warn` or UDP silence let
 * through as a warning is still a failure in the baseline, so it stays
 * "unchanged" when it fails again.
 */

export interface BaselineEntry {
  key: string;
  host: string;
  hostname?: string;
  port: number;
  protocol: Protocol;
  /** The service and product seen then (absent in baselines written before verdicts carried them). */
  service?: string;
  product?: string;
  /** What the policy judged then (the verdict's `judged`, before fail-on and mode). */
  outcome: Outcome;
  /** The rule that decided it then (for the "gone" verdict's message). */
  rule: RuleRef;
  message: string;
}

export interface Baseline {
  version: 1;
  createdAt: string;
  policy?: string;
  entries: BaselineEntry[];
}

const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

export function endpointKey(v: {
  host: string;
  hostname?: string;
  port: number;
  protocol: Protocol;
}): string {
  return endpoint(v).toLowerCase();
}

/**
 * The baseline of an evaluation: every verdict of a finding except those that are already "gone",
 * each with the policy's judgement (a report written before `judged` existed gives its outcome).
 */
export function baselineFromVerdicts(
  verdicts: Verdict[],
  options: { now?: Date; policy?: string } = {},
): Baseline {
  const entries: BaselineEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    if (v.baseline === 'gone') continue;
    const key = endpointKey(v);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({
      key,
      host: v.host,
      hostname: v.hostname,
      port: v.port,
      protocol: v.protocol,
      ...(v.service ? { service: v.service } : {}),
      ...(v.product ? { product: v.product } : {}),
      outcome: v.judged ?? v.outcome,
      rule: v.rule,
      message: v.message,
    });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    version: 1,
    createdAt: (options.now ?? new Date()).toISOString(),
    policy: options.policy,
    entries,
  };
}

/** A baseline as its file holds it. */
export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** A service or product name in a baseline: absent, or a bounded string (the file may come from anywhere). */
const optionalName = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.length <= 1000);

function isEntry(e: unknown): e is BaselineEntry {
  if (e === null || typeof e !== 'object') return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.key === 'string' &&
    typeof o.host === 'string' &&
    typeof o.port === 'number' &&
    (o.protocol === 'tcp' || o.protocol === 'udp') &&
    (o.outcome === 'pass' || o.outcome === 'warn' || o.outcome === 'fail') &&
    typeof o.rule === 'object' &&
    o.rule !== null &&
    typeof o.message === 'string' &&
    optionalName(o.service) &&
    optionalName(o.product)
  );
}

/** Parse a baseline; a bad file is the user's to fix (exit 2). */
export function parseBaseline(text: string, file: string): Baseline {
  if (text.length > MAX_BASELINE_BYTES)
    throw new ConfigurationError({
      source: file,
      message: `the baseline is larger than ${MAX_BASELINE_BYTES >> 20} MiB`,
    });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError({
      source: file,
      message: `the baseline is not JSON (${err instanceof Error ? err.message : String(err)}); write one with --write-baseline`,
    });
  }
  const o = data as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o.version !== 1 || !Array.isArray(o.entries))
    throw new ConfigurationError({
      source: file,
      message:
        'the baseline is not a Portcullis baseline (version 1 with entries); write one with --write-baseline',
    });
  const bad = o.entries.findIndex((e) => !isEntry(e));
  if (bad !== -1)
    throw new ConfigurationError({
      source: file,
      path: `entries[${bad}]`,
      message: 'is not a baseline entry (key, host, port, protocol, outcome, rule, message)',
    });
  return {
    version: 1,
    createdAt: String(o.createdAt ?? ''),
    policy: typeof o.policy === 'string' ? o.policy : undefined,
    entries: o.entries as BaselineEntry[],
  };
}

/**
 * Mark each verdict new or unchanged against the baseline (worse than it was
 * counts as new), and add a "gone" verdict for each endpoint of the baseline
 * this scan did not see. Returns the notices.
 */
export function compareWithBaseline(
  verdicts: Verdict[],
  baseline: Baseline | undefined,
  options: { partial?: boolean; failOn: GateFailOn },
): string[] {
  if (!baseline) {
    // With nothing to compare with, everything this scan objects to is new (DESIGN.md's JSON `new`).
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i];
      v.new = (v.judged ?? v.outcome) !== 'pass';
    }
    return options.failOn === 'new'
      ? ['fail-on: new was given without a baseline, so every violation counts as new.']
      : [];
  }
  const notices: string[] = [];
  const before = new Map(baseline.entries.map((e) => [e.key, e]));
  const seen = new Set<string>();
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    const key = endpointKey(v);
    seen.add(key);
    const prev = before.get(key);
    // Judgement against judgement: the gate of either run has no say in what changed.
    const judged = v.judged ?? v.outcome;
    v.baseline = prev && OUTCOME_RANK[judged] <= OUTCOME_RANK[prev.outcome] ? 'unchanged' : 'new';
    v.new = v.baseline === 'new' && judged !== 'pass';
  }
  if (options.partial)
    notices.push(
      'The scan was interrupted, so ports of the baseline that it did not see are not reported as gone.',
    );
  for (const e of options.partial ? [] : baseline.entries) {
    if (seen.has(e.key)) continue;
    verdicts.push({
      host: e.host,
      ...(e.hostname ? { hostname: e.hostname } : {}),
      port: e.port,
      protocol: e.protocol,
      ...(e.service ? { service: e.service } : {}),
      ...(e.product ? { product: e.product } : {}),
      outcome: 'pass',
      judged: 'pass',
      message: `${endpoint(e)} was open in the baseline (${e.outcome}, ${ruleName(e.rule)}) and is not open now`,
      rule: e.rule,
      requirements: {},
      baseline: 'gone',
      new: false,
    });
  }
  return notices;
}
