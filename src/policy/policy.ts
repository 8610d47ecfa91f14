import type { Diagnostic } from '../errors.js';
import type { GatewayDeclaration, RuleRef } from '../model.js';
import type {
  DefaultDecision,
  FailOn,
  Governance,
  PolicyException,
  RemoteAccessPolicy,
  Scope,
  UnverifiedAction,
} from './types.js';

/** A declared VPN gateway (remote_access.vpn_gateways[]). */
/** A declared gateway, with the rule that declared it. */
export interface VpnGateway extends GatewayDeclaration {
  rule: RuleRef;
}

/** A loaded, validated, merged policy: what `evaluate` judges findings against. */
export interface Policy {
  /** The policy file that was loaded (the leaf of any `extends`). */
  file: string;
  mode: 'enforce' | 'warn';
  /** any | low | medium | high | critical | new (docs/policy.md, "Failing the check"). */
  failOn: FailOn;
  vpnGateways: VpnGateway[];
  /** What an unverified requirement does to a verdict. */
  unverified: UnverifiedAction;
  /** The effective top-level `default` (the last layer that set one). */
  default: DefaultDecision;
  /** Top-level rules (one global scope per file) and targets, most specific layer first. */
  scopes: Scope[];
  remoteAccess?: RemoteAccessPolicy;
  exceptions: PolicyException[];
  /** Every file that contributed, the policy file first, then what it extends. */
  files: string[];
  /** Approvers, the trust opt-in and the limits on exceptions (on a pull request, the base's replace these). */
  governance: Governance;
  /** Load-time notes that are not errors (an unreadable expiry date, an allow rule a deny overrides). */
  warnings: Diagnostic[];
}
