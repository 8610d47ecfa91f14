import type { MatchRule, ProtocolRecord } from '../catalogue/index.js';
import type { Evidence } from '../model.js';
import { clean } from './text.js';
import type { Identification } from './types.js';

/** How much of a reply the match rules see. */
const RULE_WINDOW = 4096;

function fill(template: string, m: RegExpExecArray): string {
  return clean(
    template.replace(/\$([1-9])/g, (_, n: string) => m[Number(n)] ?? ''),
    128,
  );
}

/** Pure: the first of a record's match rules that the reply meets, as an identification. Never throws. */
export function matchRules(record: ProtocolRecord, data: Buffer): Identification | undefined {
  const rules: readonly MatchRule[] = record.matches ?? [];
  if (rules.length === 0 || data.length === 0) return undefined;
  const text = data.subarray(0, RULE_WINDOW).toString('latin1');
  for (const rule of rules) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const evidence: Evidence = {};
    for (const [key, value] of Object.entries(rule.evidence ?? {}))
      evidence[key] = typeof value === 'string' ? fill(value, m) : value;
    const id: Identification = { service: record.service, evidence, confident: !rule.soft };
    if (rule.soft && rule.firmOnUsualPort) id.firmOnUsualPort = true;
    if (rule.product) id.product = fill(rule.product, m);
    if (rule.version) {
      const v = fill(rule.version, m);
      if (v) id.version = v;
    }
    return id;
  }
  return undefined;
}
