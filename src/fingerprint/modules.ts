import { TCP_RECORDS, UDP_RECORDS, type ProtocolRecord } from '../catalogue/index.js';
import { HOOKS } from './hooks.js';
import { matchRules } from './rules.js';
import type { TcpModule, UdpModule } from './types.js';

/** The registry names a record's module reports: its service, and its name over TLS. */
function servicesOf(record: ProtocolRecord): string[] {
  return [record.service, ...(record.tls && record.tls.name !== record.service ? [record.tls.name] : [])];
}

function tcpModule(record: ProtocolRecord): TcpModule {
  const hook = HOOKS[record.name]?.tcp;
  const bytes = record.tcp?.probe;
  return {
    ...hook,
    name: record.name,
    services: servicesOf(record),
    bannerFirst: record.tcp?.greeting === true,
    parse: hook?.parse ?? ((data) => matchRules(record, data)),
    probe: hook?.probe ?? (bytes ? () => bytes : undefined),
  };
}

function udpModule(record: ProtocolRecord): UdpModule {
  const hook = HOOKS[record.name]?.udp;
  const payloads = record.udp?.payloads ?? [];
  return {
    ...hook,
    name: record.name,
    services: servicesOf(record),
    probe: (ctx) => (payloads.find((p) => p.ports?.includes(ctx.port)) ?? payloads[0]).bytes,
    parse: hook?.parse ?? ((reply) => matchRules(record, reply)),
  };
}

/**
 * TCP modules in the catalogue's order of likelihood on an unknown port (its `tcp.weight`): the
 * web and TLS first (most services on odd ports are one of them), then the rest. A port's usual
 * protocol is always tried first.
 */
export const TCP_MODULES: readonly TcpModule[] = TCP_RECORDS.map(tcpModule);

/** UDP modules, most likely first (`udp.weight`). */
export const UDP_MODULES: readonly UdpModule[] = UDP_RECORDS.map(udpModule);

const tcpByName = new Map(TCP_MODULES.map((m) => [m.name, m]));
const udpByName = new Map(UDP_MODULES.map((m) => [m.name, m]));

export function tcpModuleNamed(name: string): TcpModule | undefined {
  return tcpByName.get(name);
}

export function udpModuleNamed(name: string): UdpModule | undefined {
  return udpByName.get(name);
}
