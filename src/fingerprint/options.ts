import type { Logger } from '../model.js';

export interface FingerprintOptions {
  /** Names of probe modules allowed to send anything ('tls', 'http', 'ssh', 'redis', …); undefined = all. */
  probes?: string[];
  /** Per-port budget in milliseconds, default 5000. */
  timeoutMs?: number;
  /** Ports fingerprinted at once, default 1,024 (fewer when the open-file limit is low). */
  concurrency?: number;
  signal?: AbortSignal;
  /** Test credentials for a second-factor check. Never logged, never stored in a finding. */
  credentials?: { ssh?: { username: string; password?: string; privateKey?: string; passphrase?: string } };
  logger?: Logger;
  /** Banner wait for banner-first services, default 400 ms. */
  bannerWaitMs?: number;
  /**
   * The least time to wait for the reply to one probe, default 500 ms (TCP) and 600 ms (UDP);
   * a host's measured round-trip time raises it. Raise it for slow links or loaded hosts.
   */
  replyWaitMs?: number;
}

/** Valid values for `FingerprintOptions.probes` (the CLI validates --probes against it). */
export const PROBE_NAMES: readonly string[] = [
  'tls',
  'http',
  'ssh',
  'ftp',
  'smtp',
  'pop3',
  'imap',
  'telnet',
  'vnc',
  'rdp',
  'mysql',
  'postgresql',
  'redis',
  'memcached',
  'mongodb',
  'smb',
  'winrm',
  'openvpn',
  'dns',
  'snmp',
  'ike',
  'ntp',
] as const;
