import { SEVERITY_RANK, type Approval, type ChangeReview, type Finding, type Verdict } from '../model.js';
import type { Baseline } from './baseline.js';
import { evaluate, type Evaluation, type EvaluationInput } from './evaluate.js';
import { summarize } from './fail-on.js';
import type { Policy } from './policy.js';
import type { GateFailOn } from './types.js';
import { sortVerdicts } from './verdict-order.js';
import { flat } from './words.js';
import { plural } from '../words.js';

/**
 * Who may change the rules (DESIGN.md): on a pull request the same findings
 * are judged twice, by the pull request's own policy chain and baseline (the
 * head) and by the base branch's. A verdict the head lets through and the
 * base does not is *pending approval*: a change to the rules that the pull
 * request made for itself. It fails until an approver named by the base's
 * policy approves the pull request. Pure: the shells read the base's files
 * and the reviews; this only compares.
 */

/** The base branch's rules, as the shell read them at the base commit. */
export interface BaseRules {
  /** Where they were read, for messages: `main @ 3f2a91c`. */
  label: string;
  /** The base's policy chain; undefined when the base has no policy file (the pull request adds Portcullis). */
  policy?: Policy;
  /** The base's baseline; undefined when it has none. */
  baseline?: Baseline;
}

/**
 * Whether a verdict fails the gate under `failOn`, as fail-on.ts gates (outcomes that
 * evaluate already gated under the same override are left as they are).
 */
export function failsGate(v: Verdict, failOn?: GateFailOn): boolean {
  if (v.outcome !== 'fail' || v.baseline === 'gone') return false;
  switch (failOn) {
    case undefined:
    case 'any':
      return true;
    case 'never':
      return false;
    case 'new':
      return v.new === true;
    default:
      // As fail-on.ts gates: a verdict without a severity counts as high.
      return SEVERITY_RANK[v.severity ?? 'high'] >= SEVERITY_RANK[failOn];
  }
}

function endpointKey(v: Verdict): string {
  return `${v.host}\u0000${v.hostname ?? ''}\u0000${v.port}\u0000${v.protocol}`;
}

/**
 * The verdicts of the same findings under both rule sets that pass the gate
 * under the head's and fail it under the base's, paired. Verdicts the head
 * alone has (a gateway it declares) and "gone" verdicts are not compared.
 */
export function pendingVerdicts(
  head: readonly Verdict[],
  base: readonly Verdict[],
  failOn?: GateFailOn,
): Array<{ head: Verdict; base: Verdict }> {
  const byKey = new Map<string, Verdict[]>();
  for (const b of base) {
    if (b.baseline === 'gone') continue;
    const k = endpointKey(b);
    const list = byKey.get(k);
    if (list) list.push(b);
    else byKey.set(k, [b]);
  }
  const out: Array<{ head: Verdict; base: Verdict }> = [];
  for (const h of head) {
    if (h.baseline === 'gone') continue;
    const b = byKey.get(endpointKey(h))?.shift();
    if (b && !failsGate(h, failOn) && failsGate(b, failOn)) out.push({ head: h, base: b });
  }
  return out;
}

/** A policy judged under another's governance (approvers, trust, limits on exceptions). */
function governedBy(policy: Policy, governing: Policy): Policy {
  return governing === policy ? policy : { ...policy, governance: governing.governance };
}

export interface ChangeInput {
  findings: Finding[];
  /** The pull request's policy chain. */
  head: Policy;
  /** The evaluation context of the head: its baseline, gateways, the date. */
  context: EvaluationInput['context'];
  base: BaseRules;
  failOn?: GateFailOn;
}

/** The head's evaluation and what is pending in it, before approvals are known. */
export interface PreparedChange {
  evaluation: Evaluation;
  pending: Array<{ head: Verdict; base: Verdict }>;
  review: ChangeReview;
  policy: Policy;
}

/**
 * Judge the findings under the head's rules and, unless the base has no
 * policy or trusts pull requests, under the base's too. The base's
 * governance (approvers, trust, limits on exceptions) applies to both.
 */
export function judgeChange(input: ChangeInput): PreparedChange {
  const { base } = input;
  const head = base.policy ? governedBy(input.head, base.policy) : input.head;
  const evaluation = evaluate(input.findings, head, input.context);
  const approvers = base.policy?.governance.approvers ?? [];
  const review: ChangeReview = {
    base: base.label,
    judgedBy: 'head',
    pending: 0,
    approved: 0,
    approvers,
    notes: [],
  };
  if (!base.policy) {
    review.reason = `the base (${base.label}) has no ${input.head.file}: this pull request introduces Portcullis, so it is judged by its own policy alone, and nothing in it is compared with the base branch`;
    evaluation.notices.unshift(`Judged by this pull request's own policy: ${review.reason}.`);
    return { evaluation, pending: [], review, policy: head };
  }
  const g = base.policy.governance;
  if (g.trustPullRequestPolicy) {
    const at = g.refs.trustPullRequestPolicy;
    review.reason = `the base's policy trusts pull requests (trust_pull_request_policy in ${g.source}${at ? `:${at.line}` : ''})`;
    evaluation.notices.unshift(
      `Judged by this pull request's own policy, extends and baseline: ${review.reason}; its changes to the rules are not compared with ${base.label}.`,
    );
    return { evaluation, pending: [], review, policy: head };
  }
  review.judgedBy = 'base';
  const baseContext: EvaluationInput['context'] = { ...input.context, baseline: base.baseline };
  if (!base.baseline) delete baseContext.baseline;
  const baseEvaluation = evaluate(input.findings, base.policy, baseContext);
  const pending = pendingVerdicts(evaluation.verdicts, baseEvaluation.verdicts, input.failOn);
  return { evaluation, pending, review, policy: head };
}

function list(names: string[]): string {
  return names.length ? names.map((n) => (n.includes('/') ? `@${n}` : n)).join(', ') : 'nobody';
}

/**
 * Hold each pending verdict for approval (it fails, counted as new, with the
 * base's severity), or let it through when an approver approved the pull
 * request; then count again.
 */
export function settleChange(
  prepared: PreparedChange,
  approval: Approval | undefined,
): {
  evaluation: Evaluation;
  review: ChangeReview;
} {
  const { evaluation, pending, review } = prepared;
  review.notes.push(...(approval?.notes ?? []));
  const by = approval?.by ?? [];
  if (pending.length > 0 && review.approvers.length === 0)
    review.notes.unshift(
      `${prepared.policy.governance.source} lists no approvers, so no review can approve a change to the rules: add approvers: to it on the base branch`,
    );
  for (const { head: v, base: b } of pending) {
    const record: NonNullable<Verdict['pending']> = {
      headOutcome: v.outcome,
      base: { outcome: b.outcome, message: b.message, rule: b.rule },
    };
    if (b.severity !== undefined) record.base.severity = b.severity;
    if (by.length > 0) {
      record.approvedBy = by;
      v.message = flat(`${v.message} (a change to the rules of ${review.base}, approved by ${list(by)})`);
      review.approved++;
    } else {
      v.message = flat(
        `Pending approval: this pull request's rules let it through (${v.message}), but the rules of ${review.base} do not: ${b.message}`,
      );
      v.outcome = 'fail';
      v.severity = b.severity ?? v.severity ?? 'high';
      v.fix = flat(
        review.approvers.length
          ? `An approver of ${review.base}'s policy (${list(review.approvers)}) must approve this pull request, or undo the change to the rules.`
          : `Undo the change to the rules, or add approvers: to the base branch's policy and have one of them approve.`,
      );
      v.new = true;
      delete v.exception;
      review.pending++;
    }
    v.pending = record;
  }
  if (by.length > 0) review.approvedBy = by;
  if (pending.length > 0) {
    sortVerdicts(evaluation.verdicts);
    const { summary } = summarize(evaluation.verdicts, prepared.policy, evaluation.gate);
    evaluation.summary = summary;
    evaluation.result = summary.violations > 0 ? 'fail' : 'pass';
    evaluation.notices.unshift(
      review.pending > 0
        ? `${plural(review.pending, 'verdict is', 'verdicts are')} pending approval: this pull request's own changes to the rules (its policy, extends or baseline) let ${review.pending === 1 ? 'it' : 'them'} through, and the rules of ${review.base} do not. An approver (${list(review.approvers)}) must approve the pull request.`
        : `${plural(review.approved, 'change')} to the rules of ${review.base} approved by ${list(by)}.`,
    );
  }
  return { evaluation, review };
}
