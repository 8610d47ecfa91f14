import type { PortResult, PortState, ProbeTask, StateReason } from '../model.js';
import type { ProbeFn } from './outcome.js';
import { probeTcp } from './tcp.js';
import { fastTcpProbe } from './tcp-fast.js';
import { probeUdp } from './udp.js';

/** The probe functions for each protocol, as the engine takes them. */
export function probeFunctions(tcpImplementation: 'auto' | 'net' = 'auto'): { tcp: ProbeFn; udp: ProbeFn } {
  const tcp = (tcpImplementation === 'net' ? undefined : fastTcpProbe()) ?? probeTcp;
  return { tcp, udp: probeUdp };
}

export function toResult(
  task: ProbeTask,
  state: PortState,
  reason: StateReason,
  tries: number,
  rttMs?: number,
): PortResult {
  const r: PortResult = { host: task.host, port: task.port, protocol: task.protocol, state, reason, tries };
  if (task.hostname !== undefined) r.hostname = task.hostname;
  if (rttMs !== undefined) r.rttMs = Math.round(rttMs * 100) / 100;
  return r;
}
