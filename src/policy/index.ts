/**
 * The policy stage (DESIGN.md, "The pipeline", step 6): load YAML policies
 * (docs/policy.md), evaluate findings into verdicts, compare with a baseline.
 */
export { loadPolicy, loadPolicyFromString, type LoadOptions } from './loader.js';
export type { Policy, VpnGateway } from './policy.js';
export { evaluate, type Evaluation, type EvaluationInput, type ObservedFrom } from './evaluate.js';
export {
  describePolicy,
  validatePolicies,
  type FindingsToCheck,
  type PolicyValidation,
  type ValidationResult,
} from './validate.js';
export { runPolicyTests, testRunLines, type TestRun } from './testing.js';
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
export {
  failsGate,
  judgeChange,
  pendingVerdicts,
  settleChange,
  type BaseRules,
  type PreparedChange,
} from './change.js';
export {
  cachedRemote,
  defaultCacheDir,
  defaultRemote,
  httpFetchers,
  parseGitHubRef,
  pinnedLabel,
  sha256Hex,
  type PinnedPolicy,
  type RemoteFetchers,
  type RemotePolicyReader,
} from './remote.js';
export { DEFAULT_MAX_EXCEPTION_DAYS, type Governance } from './types.js';
