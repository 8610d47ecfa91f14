import type { ProbeTask } from '../model.js';
import type { Listener } from '../lifecycle/listeners.js';
import type { AddressSet, TargetSet } from './hosts.js';
import { parseAddress } from './address.js';
import type { PortSet } from './ports.js';

/**
 * What the scan does with the listeners the environment opened on the runner (read from the
 * kernel's tables, src/lifecycle/listeners.ts): those inside the targets and the scope are
 * probed like the rest; those outside are judged from the table alone, never probed.
 *
 * "Inside the targets" means the runner's own addresses as the targets name them:
 * - a listener on an address the targets contain is probed there;
 * - the loopback addresses (127.0.0.0/8 and ::1) are one host, the runner: when the targets
 *   name a loopback address, a listener on another loopback address ([::1] beside 127.0.0.1)
 *   is inside them, and probed on the address it is bound to;
 * - a wildcard listener (0.0.0.0, ::) answers on every address of the runner (of its family;
 *   `::` on IPv4 too unless the socket is IPv6-only, which the table does not say): it is
 *   inside the targets when one of them is a local address of the runner, and probed there,
 *   once per family;
 * - with a scope, a probe address must also be inside the scope.
 */

export interface TableListener extends Listener {
  /** Why it was judged from the table alone: `outside the targets` or `outside the scope`. */
  why: string;
}

export interface ListenerPlan {
  /** Endpoints added to the scan (the targets and ports did not cover them already). */
  probe: ProbeTask[];
  /** Endpoints the scan covers anyway, that the table showed as new listeners. */
  covered: ProbeTask[];
  /** Listeners judged from the table alone. */
  tableOnly: TableListener[];
}

export interface ListenerPlanOptions {
  targets: TargetSet;
  ports: PortSet;
  scope?: AddressSet;
  /** The runner's own addresses (its interfaces'), beside the loopback block. */
  localAddresses: readonly string[];
}

const isLoopback = (address: string): boolean => {
  const a = parseAddress(address);
  if (!a) return false;
  return a.family === 4 ? a.value >> 24n === 127n : a.value === 1n;
};

const familyOf = (address: string) => (address.includes(':') ? 6 : 4);

export function planListeners(listeners: readonly Listener[], options: ListenerPlanOptions): ListenerPlan {
  const { targets, ports, scope } = options;
  // The runner's addresses that are targets, lowest first, per family (loopback ones included).
  const localTargets = (family: 4 | 6): string[] => {
    const out = options.localAddresses.filter(
      (a) => familyOf(a) === family && !a.toLowerCase().startsWith('fe80:') && targets.contains(a),
    );
    const loop = targets.firstIn(family === 4 ? '127.0.0.0/8' : '::1/128');
    if (loop && !out.includes(loop)) out.unshift(loop);
    return out;
  };
  const local = { 4: localTargets(4), 6: localTargets(6) };
  const targetsLoopback = local[4].some(isLoopback) || local[6].some(isLoopback);

  const plan: ListenerPlan = { probe: [], covered: [], tableOnly: [] };
  const planned = new Set<string>();
  for (const l of listeners) {
    let at: string[];
    if (l.wildcard) {
      const families: (4 | 6)[] = l.address === '::' ? [6, 4] : [4];
      at = families.flatMap((f) => local[f].slice(0, 1));
    } else if (targets.contains(l.address) || (targetsLoopback && isLoopback(l.address))) {
      at = [l.address];
    } else at = [];
    if (at.length === 0) {
      plan.tableOnly.push({ ...l, why: 'outside the targets' });
      continue;
    }
    const inScope = scope ? at.filter((a) => scope.contains(a)) : at;
    if (inScope.length === 0) {
      plan.tableOnly.push({ ...l, why: 'outside the scope' });
      continue;
    }
    for (const host of inScope) {
      const key = `${l.protocol}|${host}|${l.port}`;
      if (planned.has(key)) continue;
      planned.add(key);
      const hostname = targets.hostnameOf(host);
      const task: ProbeTask = hostname
        ? { host, hostname, port: l.port, protocol: l.protocol }
        : { host, port: l.port, protocol: l.protocol };
      const scanned = targets.contains(host) && ports[l.protocol].includes(l.port);
      (scanned ? plan.covered : plan.probe).push(task);
    }
  }
  return plan;
}
