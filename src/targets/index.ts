/**
 * The targets stage (DESIGN.md, "The pipeline"): what to probe. Host and port
 * expressions in, a lazy stream of probe tasks out — never an array of millions.
 */
import type { ProbeTask } from '../model.js';
import type { TargetSet } from './hosts.js';
import type { PortSet } from './ports.js';

export { addressesOf, parseScope, resolveTargets, systemResolve, DEFAULT_MAX_ADDRESSES } from './hosts.js';
export type { AddressSet, TargetHost, TargetOptions, TargetSet } from './hosts.js';
export { parsePorts, parsePortTerm } from './ports.js';
export { planListeners } from './listeners.js';
export type { ListenerPlan, ListenerPlanOptions, TableListener } from './listeners.js';
export type { PortOptions, PortSet, PortTerm } from './ports.js';
export { TOP_TCP_PORTS, TOP_UDP_PORTS } from './top-ports.js';
export { addressSortKey, canonicalAddress, compareAddresses } from './address.js';

/** How many probes probeTasks(targets, ports) yields. */
export function taskCount(targets: TargetSet, ports: PortSet): number {
  return targets.count * ports.count;
}

/**
 * Every (address, port, protocol) to probe, host by host: TCP ports, then UDP ports, each in
 * ascending order. A generator, so a /20 times all ports costs no memory until it is pulled.
 */
export function* probeTasks(targets: TargetSet, ports: PortSet): Generator<ProbeTask> {
  for (const host of targets.hosts()) {
    for (const port of ports.tcp) {
      yield host.hostname
        ? { host: host.address, hostname: host.hostname, port, protocol: 'tcp' }
        : { host: host.address, port, protocol: 'tcp' };
    }
    for (const port of ports.udp) {
      yield host.hostname
        ? { host: host.address, hostname: host.hostname, port, protocol: 'udp' }
        : { host: host.address, port, protocol: 'udp' };
    }
  }
}
