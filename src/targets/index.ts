/**
 * The targets stage (DESIGN.md, "The pipeline"): what to probe. Host and port
 * expressions in, a lazy stream of probe tasks out — never an array of millions.
 */
import type { ProbeTask, ShardRef } from '../model.js';
import { firstInShard, shardTaskCount } from './shard.js';
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
export { inputDigest, MAX_SHARDS, parseShard, shardTaskCount } from './shard.js';

/** How many probes probeTasks(targets, ports, shard) yields. */
export function taskCount(targets: TargetSet, ports: PortSet, shard?: ShardRef): number {
  return shardTaskCount(targets.count * ports.count, shard);
}

/**
 * Every (address, port, protocol) to probe, host by host: TCP ports, then UDP ports, each in
 * ascending order. A generator, so a /20 times all ports costs no memory until it is pulled.
 * With a shard, only its part (src/targets/shard.ts): a host's tasks are stepped through N at
 * a time, never generated and dropped.
 */
export function* probeTasks(targets: TargetSet, ports: PortSet, shard?: ShardRef): Generator<ProbeTask> {
  const perHost = ports.tcp.length + ports.udp.length;
  const step = shard?.count ?? 1;
  let hostStart = 0;
  for (const host of targets.hosts()) {
    let j = shard ? firstInShard(hostStart, shard) - hostStart : 0;
    hostStart += perHost;
    for (; j < perHost; j += step) {
      const tcp = j < ports.tcp.length;
      const port = tcp ? ports.tcp[j]! : ports.udp[j - ports.tcp.length]!;
      const protocol = tcp ? ('tcp' as const) : ('udp' as const);
      yield host.hostname
        ? { host: host.address, hostname: host.hostname, port, protocol }
        : { host: host.address, port, protocol };
    }
  }
}
