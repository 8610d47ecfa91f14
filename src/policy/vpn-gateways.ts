import {
  isProbedGatewayKind,
  type Finding,
  type GatewayCheck,
  type Outcome,
  type RequirementResult,
  type Vantage,
  type Verdict,
} from '../model.js';
import { isRemoteAccessFinding } from './evidence.js';
import type { Policy, VpnGateway } from './policy.js';
import { unverifiedOutcome } from './requirements.js';
import { endpoint } from './words.js';
import { plural } from '../words.js';

/**
 * The declared VPN gateways (remote_access.vpn_gateways), judged from the
 * probes src/fingerprint/gateways.ts ran (context.gateways): a gateway that
 * answers as its kind, with no remote-access port open beside it, is what
 * verifies the VPN requirement. Evaluation only reads those results.
 */

const hostName = (h: string) => h.toLowerCase().replace(/\.$/, '');

/** Is this endpoint (a finding, a verdict, a probe's result) the gateway itself (allowed, since it is the way in)? */
export function gatewayMatches(
  g: { host: string; port: number; protocol: string },
  e: { host: string; hostname?: string; port: number; protocol: string },
): boolean {
  if (g.port !== e.port || g.protocol !== e.protocol) return false;
  const h = hostName(g.host);
  return h === hostName(e.host) || (e.hostname !== undefined && h === hostName(e.hostname));
}

/**
 * Judge each declared gateway from its probe: the gateway's finding verdict
 * gets the VPN result, or a verdict of its own is added when the scan did not
 * see it. Returns the notices for gateways that could not be judged.
 */
export function judgeGateways(
  findings: Finding[],
  verdicts: Verdict[],
  policy: Policy,
  checks: GatewayCheck[] | undefined,
  vantage: Vantage,
): string[] {
  const gateways = policy.vpnGateways;
  if (gateways.length === 0) return [];
  if (!checks) {
    return [
      `The ${plural(gateways.length, 'declared VPN gateway was', 'declared VPN gateways were')} not probed in this run, so the VPN requirement stays unverified.`,
    ];
  }
  const notices: string[] = [];
  const remoteOpen = findings.some((f) => isRemoteAccessFinding(f));
  for (const g of gateways) {
    const check = checks.find((c) => gatewayMatches(g, c));
    const where = endpoint({ host: g.host, port: g.port, protocol: g.protocol });
    if (!isProbedGatewayKind(g.kind)) {
      notices.push(
        `The ${g.kind} gateway ${where} cannot be proven by a probe; its VPN requirement stays unverified.`,
      );
      continue;
    }
    if (!check) {
      notices.push(`The ${g.kind} gateway ${where} was not probed, so the VPN requirement stays unverified.`);
      continue;
    }
    const vpnState = vpnRequirement(g, check, remoteOpen, vantage);
    const findingVerdict = verdicts.find((x) => gatewayMatches(g, x));
    if (findingVerdict) findingVerdict.requirements = { ...findingVerdict.requirements, vpn: vpnState };
    else verdicts.push(gatewayVerdict(g, check, vpnState, policy, where));
  }
  return notices;
}

/** Only the untrusted vantage can show that remote access is closed to whoever bypasses the gateway. */
function vpnRequirement(
  g: VpnGateway,
  check: GatewayCheck,
  remoteOpen: boolean,
  vantage: Vantage,
): RequirementResult {
  if (!check.answered)
    return { state: 'unverified', detail: `the gateway did not answer as ${g.kind}: ${check.detail}` };
  if (remoteOpen && vantage === 'untrusted')
    return {
      state: 'violated',
      detail: `the gateway answers as ${g.kind}, but remote access is also open without it`,
    };
  if (vantage === 'untrusted')
    return {
      state: 'verified',
      detail: `the gateway answers as ${g.kind} and no remote-access port is open from the untrusted vantage`,
    };
  return {
    state: 'unverified',
    detail: `the gateway answers as ${g.kind}; only a scan from the untrusted vantage shows remote access is closed without it`,
  };
}

function gatewayVerdict(
  g: VpnGateway,
  check: GatewayCheck,
  vpnState: RequirementResult,
  policy: Policy,
  where: string,
): Verdict {
  const ra = policy.remoteAccess;
  const outcome: Outcome = check.answered ? 'pass' : unverifiedOutcome(ra?.unverified ?? policy.unverified);
  const v: Verdict = {
    host: g.host,
    port: g.port,
    protocol: g.protocol,
    outcome,
    message: check.answered
      ? `The declared ${g.kind} VPN gateway ${where} answers as ${g.kind}`
      : `The declared ${g.kind} VPN gateway ${where} did not answer as ${g.kind}, so remote access through it is unverified: ${check.detail}`,
    rule: g.rule,
    requirements: { vpn: vpnState },
  };
  if (outcome !== 'pass') {
    v.severity = ra?.severity ?? 'high';
    v.fix = `Check that the gateway runs and listens on ${g.port}/${g.protocol}, or correct its entry in ${g.rule.file}.`;
  }
  return v;
}
