import type { PortResult, PortState, Protocol, ScanCounts, StateReason } from '../model.js';
import type { EngineStats } from './engine.js';

/**
 * Messages between the scan's main thread and its prober workers. Tasks travel as
 * groups (one host, one protocol, many ports) because probe tasks come host by host.
 */
export interface TaskGroup {
  host: string;
  hostname?: string;
  protocol: Protocol;
  ports: number[];
}

export interface WorkerInit {
  concurrency: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  retries: number;
  keepClosed: boolean;
  tcpImplementation: 'auto' | 'net';
}

export type ToWorker = { type: 'tasks'; groups: TaskGroup[] } | { type: 'end' } | { type: 'abort' };

export type FromWorker =
  /** Results since the last report, and a request for more work when `wants` > 0. */
  | { type: 'progress'; done: number; counts: ScanCounts; kept: PortResult[]; wants: number }
  | { type: 'finished'; aborted: boolean; stats: EngineStats }
  | { type: 'failed'; message: string };

export function emptyCounts(): ScanCounts {
  return { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 };
}

export function countResult(counts: ScanCounts, state: PortState): boolean {
  counts.probed++;
  switch (state) {
    case 'open':
      counts.open++;
      return true;
    case 'open|filtered':
      counts.openFiltered = (counts.openFiltered ?? 0) + 1;
      return true;
    case 'closed':
      counts.closed++;
      return false;
    case 'filtered':
      counts.filtered++;
      return false;
  }
}

export function addCounts(into: ScanCounts, from: ScanCounts): void {
  into.probed += from.probed;
  into.open += from.open;
  into.closed += from.closed;
  into.filtered += from.filtered;
  into.openFiltered = (into.openFiltered ?? 0) + (from.openFiltered ?? 0);
}

export type { StateReason };
