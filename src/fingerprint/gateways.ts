import {
  isProbedGatewayKind,
  type GatewayCheck,
  type GatewayDeclaration,
  type Logger,
  type ProbeTask,
} from '../model.js';
import { scan } from '../prober/index.js';
import { addressesOf, systemResolve } from '../targets/index.js';
import { fingerprintAll } from './engine.js';

/**
 * Prove the declared VPN gateways by probe where the protocol allows: an
 * OpenVPN server answers a client hard reset (unless it uses tls-auth or
 * tls-crypt), an IKE responder answers IKE_SA_INIT. Other kinds (WireGuard
 * answers nothing unauthenticated) are reported as not probed.
 */

export interface GatewayCheckOptions {
  signal?: AbortSignal;
  /** Budget per gateway probe (connect and fingerprint), default 3000 ms. */
  timeoutMs?: number;
  /** Name resolution (tests inject their own). Default: the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
  logger?: Logger;
}

export async function checkVpnGateways(
  gateways: readonly GatewayDeclaration[],
  options: GatewayCheckOptions = {},
): Promise<GatewayCheck[]> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const resolve = options.resolve ?? systemResolve;
  const checks: GatewayCheck[] = [];
  for (const g of gateways) {
    const base = { host: g.host, port: g.port, protocol: g.protocol, kind: g.kind };
    if (!isProbedGatewayKind(g.kind)) {
      checks.push({
        ...base,
        answered: false,
        detail: `a ${g.kind} gateway cannot be proven by an unauthenticated probe`,
      });
      continue;
    }
    if (options.signal?.aborted) {
      checks.push({
        ...base,
        answered: false,
        detail: 'the scan was interrupted before the gateway was probed',
      });
      continue;
    }
    // The same reading of the host as the scope check's (session/boundary.ts): the addresses probed
    // are the addresses checked.
    let addresses: string[];
    try {
      addresses = (await addressesOf(g.host, resolve)).slice(0, 4);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      checks.push({
        ...base,
        answered: false,
        detail: `${g.host} does not resolve (${code ?? 'lookup failed'})`,
      });
      continue;
    }
    if (addresses.length === 0) {
      checks.push({ ...base, answered: false, detail: `${g.host} has no address` });
      continue;
    }
    const tasks: ProbeTask[] = addresses.map((host) => ({
      host,
      hostname: g.host,
      port: g.port,
      protocol: g.protocol,
    }));
    const result = await scan(tasks, tasks.length, {
      timeoutMs: Math.min(timeoutMs, 1000),
      retries: 1,
      signal: options.signal,
      logger: options.logger,
    });
    if (result.open.length === 0) {
      checks.push({ ...base, answered: false, detail: `${g.port}/${g.protocol} is closed or filtered` });
      continue;
    }
    const findings = await fingerprintAll(result.open, {
      probes: [g.kind],
      timeoutMs,
      signal: options.signal,
      logger: options.logger,
    });
    const proven = findings.find((f) => f.evidence[`${g.kind}.detected`] === true);
    checks.push(
      proven
        ? { ...base, answered: true, detail: `${proven.host}:${g.port}/${g.protocol} answered as ${g.kind}` }
        : {
            ...base,
            answered: false,
            // What happened, not a verdict: the policy says "did not answer as <kind>" around it.
            detail: `${g.port}/${g.protocol} is ${result.open[0].state} but sent no ${g.kind} reply${g.kind === 'openvpn' ? '; a server with tls-auth or tls-crypt stays silent to strangers' : ''}`,
          },
    );
  }
  return checks;
}
