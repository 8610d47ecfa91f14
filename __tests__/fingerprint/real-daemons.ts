/** Shared bits of the real-daemon fingerprint tests. */
import type { Finding, PortResult, Protocol } from '../../src/model.js';

export function openPort(host: string, port: number, protocol: Protocol = 'tcp'): PortResult {
  return {
    host,
    port,
    protocol,
    state: 'open',
    reason: protocol === 'tcp' ? 'connected' : 'reply',
    tries: 1,
  };
}

/** The finding for host:port/protocol, or a thrown error naming what is missing. */
export function findingAt(
  findings: Finding[],
  host: string,
  port: number,
  protocol: Protocol = 'tcp',
): Finding {
  const f = findings.find((x) => x.host === host && x.port === port && x.protocol === protocol);
  if (!f) throw new Error(`no finding for ${host}:${port}/${protocol}`);
  return f;
}
