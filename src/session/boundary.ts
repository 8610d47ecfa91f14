import type { LookupFunction } from 'node:net';
import type { LookupOptions } from 'node:dns';
import { isProbedGatewayKind, type GatewayCheck } from '../model.js';
import { ConfigurationError, RuntimeFailure, type Diagnostic } from '../errors.js';
import type { WaitEntry } from '../lifecycle/index.js';
import { addressesOf, type AddressSet, type TargetSet } from '../targets/index.js';
import type { VpnGateway } from '../policy/index.js';

/**
 * Nothing is probed outside the targets and the scope: not the `wait-for` entries (with a
 * scope), not the declared VPN gateways. With a scope, anything outside it is a configuration
 * error found before anything is brought up; without one, a gateway outside the targets is
 * left unprobed and the report says so.
 */

export type Resolve = (hostname: string) => Promise<string[]>;

/**
 * A `lookup` for node:net and node:http that answers from the session's resolver: wait-for
 * connects to the addresses that were checked against the scope, not to a second answer.
 */
export function lookupFrom(resolve: Resolve): LookupFunction {
  return ((hostname: string, options: LookupOptions | number, callback: LookupCallback) => {
    const opts = typeof options === 'object' ? options : { family: options };
    resolve(hostname).then(
      (answers) => {
        const family = opts.family === 'IPv4' ? 4 : opts.family === 'IPv6' ? 6 : opts.family;
        const list = answers
          .map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
          .filter((a) => !family || a.family === family);
        if (list.length === 0) {
          const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
          callback(err, '', 0);
        } else if (opts.all) (callback as unknown as (e: null, all: typeof list) => void)(null, list);
        else callback(null, list[0].address, list[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  }) as LookupFunction;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string, family: number) => void;

/** One lookup per name for the whole session: the check and the probe see the same answers. */
export function memoResolve(resolve: Resolve): Resolve {
  const cache = new Map<string, Promise<string[]>>();
  return (name) => {
    const key = name.toLowerCase();
    let answer = cache.get(key);
    if (!answer) cache.set(key, (answer = resolve(name)));
    return answer;
  };
}

/** The addresses a host stands for, or the reason it cannot be looked up (a name that does not resolve). */
async function addresses(host: string, resolve: Resolve): Promise<string[] | { error: string }> {
  try {
    return await addressesOf(host, resolve);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME' || code === 'EAI_AGAIN')
      return { error: code };
    throw new RuntimeFailure(`cannot resolve ${host} (${code ?? String(err)})`, { cause: err });
  }
}

const scopeText = (scope: AddressSet) => scope.expressions.join(',');

/** With a scope, every `wait-for` entry (every address its name resolves to) must be inside it. */
export async function checkWaitForScope(
  entries: readonly WaitEntry[],
  scope: AddressSet,
  sources: { waitFor: string; scope: string },
  resolve: Resolve,
): Promise<void> {
  const problems: Diagnostic[] = [];
  for (const e of entries) {
    const host = e.kind === 'tcp' ? e.host : e.url.hostname;
    const list = await addresses(host, resolve);
    if (!Array.isArray(list)) {
      // What cannot be looked up now cannot be checked: refused rather than waited for unchecked.
      problems.push({
        source: sources.waitFor,
        message: `"${e.raw}": the name ${host} does not resolve (${list.error}), so it cannot be checked against the scope ${scopeText(scope)}; give an address inside the scope`,
      });
      continue;
    }
    for (const address of list) {
      if (scope.contains(address)) continue;
      problems.push({
        source: sources.waitFor,
        message:
          `"${e.raw}" ${address === host.replace(/^\[(.*)\]$/, '$1') ? 'is' : `resolves to ${address}, which is`} outside the scope ${scopeText(scope)}; ` +
          `nothing is probed or waited for outside ${sources.scope} (add the address to it, or wait for an address inside it)`,
      });
      break;
    }
  }
  if (problems.length) throw new ConfigurationError(problems);
}

const where = (g: VpnGateway) => `${g.host.includes(':') ? `[${g.host}]` : g.host}:${g.port}/${g.protocol}`;

/**
 * With a scope, every declared gateway that would be probed must be inside it: an error at
 * the gateway's line in the policy otherwise. Gateways of kinds no probe is sent to are free.
 */
export async function checkGatewaysInScope(
  gateways: readonly VpnGateway[],
  scope: AddressSet,
  scopeSource: string,
  resolve: Resolve,
): Promise<void> {
  const problems: Diagnostic[] = [];
  for (const g of gateways) {
    if (!isProbedGatewayKind(g.kind)) continue;
    const list = await addresses(g.host, resolve);
    // A name that does not resolve is not probed (the report says so): nothing to refuse.
    if (!Array.isArray(list)) continue;
    const outside = list.filter((a) => !scope.contains(a));
    if (outside.length === 0) continue;
    problems.push({
      source: g.rule.file,
      line: g.rule.line,
      column: g.rule.column,
      message:
        `the ${g.kind} VPN gateway ${where(g)}${outside[0] === g.host ? '' : ` (${outside.join(', ')})`} is outside the scope ${scopeText(scope)}, ` +
        `so it cannot be probed: add it to ${scopeSource}, or remove it from remote_access.vpn_gateways`,
    });
  }
  if (problems.length) throw new ConfigurationError(problems);
}

export interface GatewayPlan {
  /** Gateways to probe, each at the addresses it may be probed at. */
  probe: VpnGateway[];
  /** Resolution for checkVpnGateways: a gateway's name answers only with the addresses allowed. */
  resolve: Resolve;
  /** Gateways left unprobed, as results the policy reads (the VPN requirement stays unverified). */
  skipped: GatewayCheck[];
  notices: string[];
}

/**
 * Which gateways are probed, and where. With a scope (already checked), all of them. Without
 * one, a gateway is probed only at addresses the targets contain; one with none is skipped
 * with a notice.
 */
export async function planGateways(
  gateways: readonly VpnGateway[],
  options: { targets: TargetSet; scope?: AddressSet; scopeSource: string; resolve: Resolve },
): Promise<GatewayPlan> {
  const plan: GatewayPlan = { probe: [], skipped: [], notices: [], resolve: options.resolve };
  const allowed = new Map<string, string[]>();
  for (const g of gateways) {
    if (!isProbedGatewayKind(g.kind)) {
      plan.probe.push(g);
      continue;
    }
    let list: string[];
    try {
      list = await addressesOf(g.host, options.resolve);
    } catch {
      // checkVpnGateways reports a name that does not resolve.
      plan.probe.push(g);
      continue;
    }
    const inside = list.filter((a) =>
      options.scope ? options.scope.contains(a) : options.targets.contains(a),
    );
    if (inside.length > 0) {
      allowed.set(g.host.toLowerCase(), inside);
      plan.probe.push(g);
      continue;
    }
    const detail = `not probed: ${list.join(', ') || g.host} is outside the targets, and nothing outside the targets and the scope is probed`;
    plan.skipped.push({
      host: g.host,
      port: g.port,
      protocol: g.protocol,
      kind: g.kind,
      answered: false,
      detail,
    });
    plan.notices.push(
      `The ${g.kind} VPN gateway ${where(g)} (${g.rule.file}:${g.rule.line}) was not probed: it is outside the targets, ` +
        `and nothing outside the targets and the scope is probed. To probe it, give ${options.scopeSource} covering the targets and the gateway; until then its VPN requirement stays unverified.`,
    );
  }
  plan.resolve = async (name) => allowed.get(name.toLowerCase()) ?? options.resolve(name);
  return plan;
}
