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
  /**
   * How many open|filtered UDP ports get every UDP payload of the catalogue, in report order
   * (default 64, DEFAULT_UDP_SWEEP_PORTS; 0 turns the sweep off). A reply makes the port open.
   */
  udpSweepPorts?: number;
  /** Datagrams a second for the UDP sweep (the scan's --rate); undefined = unpaced. */
  rate?: number;
  /**
   * The name a DNS server is asked to resolve recursively to prove it an open resolver; default
   * the catalogue's DNS_RECURSION_NAME (example.com). Tests point it at a loopback zone of their own.
   */
  dnsRecursionName?: string;
}

/** Valid values for `FingerprintOptions.probes` (the CLI validates --probes against it): the catalogue's record names. */
export { PROBE_NAMES } from '../catalogue/index.js';
