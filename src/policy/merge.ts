import { DEFAULT_MAX_EXCEPTION_DAYS } from './types.js';
import type { Diagnostic } from '../errors.js';
import type { Layer } from './compile.js';
import type { Policy, VpnGateway } from './policy.js';
import type {
  DefaultDecision,
  FailOn,
  Governance,
  PolicyException,
  RemoteAccessPolicy,
  UnverifiedAction,
} from './types.js';

/** Merge layers (bases first) into one policy. The rules are in docs/policy.md, "Composition". */
export function merge(layers: Layer[], file: string, warnings: Diagnostic[]): Policy {
  const n = layers.length;
  // The policy file is layer 0; earlier-merged files are further away.
  layers.forEach((l, i) => {
    const rank = n - 1 - i;
    for (const s of l.scopes) {
      s.layer = rank;
    }
  });
  let def: DefaultDecision | undefined;
  let mode: 'enforce' | 'warn' = 'enforce';
  let failOn: FailOn = 'any';
  let unverified: UnverifiedAction = 'warn';
  let remote: RemoteAccessPolicy | undefined;
  const gateways: VpnGateway[] = [];
  const exceptions: PolicyException[] = [];
  const governance: Governance = {
    approvers: [],
    trustPullRequestPolicy: false,
    maxExceptionDays: DEFAULT_MAX_EXCEPTION_DAYS,
    allowPermanentExceptions: false,
    refs: {},
    source: file,
  };
  for (const l of layers) {
    // Approvers add up along the chain (an organisation's and a repository's); the rest: the last file wins.
    const g = l.governance;
    for (const a of g.approvers ?? [])
      if (!governance.approvers.some((x) => x.toLowerCase() === a.toLowerCase()))
        governance.approvers.push(a);
    if (g.trustPullRequestPolicy !== undefined) governance.trustPullRequestPolicy = g.trustPullRequestPolicy;
    if (g.maxExceptionDays !== undefined) governance.maxExceptionDays = g.maxExceptionDays;
    if (g.allowPermanentExceptions !== undefined)
      governance.allowPermanentExceptions = g.allowPermanentExceptions;
    Object.assign(governance.refs, g.refs);
    if (l.default) def = l.default;
    if (l.mode) mode = l.mode.value;
    if (l.failOn) failOn = l.failOn;
    if (l.unverified) unverified = l.unverified;
    if (l.remote) {
      const r = l.remote.raw;
      remote = {
        vpn: r.require?.vpn ?? remote?.vpn ?? false,
        mfa: r.require?.mfa ?? remote?.mfa ?? false,
        unverified: r.unverified ?? remote?.unverified ?? unverified,
        severity: r.severity ?? remote?.severity ?? 'high',
        vantages: r.vantages ?? remote?.vantages ?? null,
        ref: l.remote.ref,
      };
    }
    gateways.push(...l.gateways);
    exceptions.push(...l.exceptions);
  }
  // A remote_access without its own `unverified` follows the policy's final setting.
  if (remote && !layers.some((l) => l.remote?.raw.unverified)) remote.unverified = unverified;
  const scopes = layers
    .slice()
    .reverse()
    .flatMap((l) => l.scopes);

  const leaf = layers[layers.length - 1];
  return {
    file,
    mode,
    failOn,
    unverified,
    vpnGateways: gateways,
    default: def ?? {
      action: 'deny',
      severity: 'high',
      ref: { id: 'default', file: leaf?.file ?? file, line: 1, column: 1 },
    },
    scopes,
    remoteAccess: remote,
    exceptions,
    files: layers.map((l) => l.file).reverse(),
    governance,
    warnings,
  };
}
