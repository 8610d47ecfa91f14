/** Shared bits of the real-daemon fingerprint tests. */
import type { FingerprintOptions } from '../../src/fingerprint/index.js';
import type { Finding, PortResult, Protocol } from '../../src/model.js';

/**
 * Fingerprint timing for tests against real daemons. These tests check what is identified,
 * not how fast: a loaded 2-core runner (Dovecot forks a login process and sets up TLS per
 * connection) can miss the defaults' 400 ms banner and 500 ms reply windows, so every
 * window is widened. A daemon that answers still settles each wait at once.
 */
export const DAEMON_TIMING: Pick<FingerprintOptions, 'timeoutMs' | 'bannerWaitMs' | 'replyWaitMs'> = {
  timeoutMs: 20_000,
  bannerWaitMs: 2_000,
  replyWaitMs: 2_500,
};

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
