import type { PortState, StateReason } from '../model.js';
import { LOCAL_ERRORS } from './limits.js';

/** How one probe attempt ended, short of silence (the engine's timer decides silence). */
export type ProbeOutcome =
  /** The network answered: a handshake, a reset, an ICMP error, a UDP reply. */
  | { kind: 'answer'; state: PortState; reason: StateReason }
  /** The prober ran short (descriptors, ephemeral ports, buffers): try again, count nothing. */
  | { kind: 'local'; code: string }
  /** On loopback the kernel picked the target port as the source port and the socket met itself. */
  | { kind: 'self' };

/** A probe in flight; cancel() releases its socket and silences its callback. */
export interface ProbeHandle {
  cancel(): void;
}

export type ProbeFn = (host: string, port: number, done: (outcome: ProbeOutcome) => void) => ProbeHandle;

/**
 * What a connect() or send() error says about the port. ICMP errors map to errno
 * as Linux does (icmp_err_convert): port unreachable becomes ECONNREFUSED, host and
 * administratively-prohibited unreachables become EHOSTUNREACH, net ones ENETUNREACH.
 */
export function outcomeForError(code: string | undefined): ProbeOutcome {
  if (code && LOCAL_ERRORS.has(code)) return { kind: 'local', code };
  switch (code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
      return { kind: 'answer', state: 'closed', reason: 'refused' };
    case 'ETIMEDOUT':
      return { kind: 'answer', state: 'filtered', reason: 'timeout' };
    case 'EHOSTUNREACH':
    case 'EHOSTDOWN':
    case 'ENONET':
      return { kind: 'answer', state: 'filtered', reason: 'host-unreachable' };
    case 'EACCES':
    case 'EPERM':
      // A firewall on this machine refused to let the packet out.
      return { kind: 'answer', state: 'filtered', reason: 'admin-prohibited' };
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EAFNOSUPPORT':
    case 'EPROTO':
    case 'EINVAL':
    default:
      return { kind: 'answer', state: 'filtered', reason: 'network-unreachable' };
  }
}
