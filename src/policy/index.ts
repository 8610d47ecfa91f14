/**
 * The policy stage (DESIGN.md, "The pipeline", step 6): load YAML policies
 * (docs/policy.md), evaluate findings into verdicts, compare with a baseline.
 */
export { loadPolicy, loadPolicyFromString, parseExpiry, type LoadOptions } from './loader.js';
export type { Policy, VpnGateway } from './policy.js';
export { evaluate, type Evaluation, type EvaluationInput } from './evaluate.js';
export {
  baselineFromVerdicts,
  endpointKey,
  parseBaseline,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
} from './baseline.js';
export type { FailOn, GateFailOn, DefaultAction, UnverifiedAction } from './types.js';
export { GATE_FAIL_ON } from './types.js';
export { countVerdicts, isLetThrough, type VerdictCounts } from './fail-on.js';
