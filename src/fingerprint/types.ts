import type { Evidence, Logger } from '../model.js';
import type { Conversation, Endpoint } from './io.js';

/** What a parser proved: the service, and the facts it could read. */
export interface Identification {
  /** A name (or alias) in src/services.ts. */
  service: string;
  product?: string;
  version?: string;
  /** First line the service said, bounded (untrusted). */
  banner?: string;
  evidence: Evidence;
  /**
   * true when the bytes can only come from this protocol. A weak match (a
   * generic error line, a 400 to a TLS port) is kept as a fallback while the
   * remaining probes run.
   */
  confident: boolean;
}

/** What a probe may know when it builds its bytes. */
export interface ProbeContext {
  address: string;
  hostname?: string;
  port: number;
}

/** Everything an interrogation may use: fresh connections to the same endpoint, within the port's budget. */
export interface Session {
  endpoint: Endpoint;
  /** true when connections of this session run inside TLS. */
  tls: boolean;
  signal?: AbortSignal;
  logger: Logger;
  credentials?: { ssh?: { username: string; password?: string; privateKey?: string; passphrase?: string } };
  /** Milliseconds left in this port's budget. */
  remaining(): number;
  /** A new connection (TLS-wrapped when `tls`). */
  connect(): Promise<Conversation>;
  /**
   * The connection the match came from, when nothing but this module's own
   * probe (or nothing at all) was written on it and it is still open; else a
   * new one. `greeted` says whether the service's greeting was already read.
   */
  reuse(): Promise<{ conversation: Conversation; greeted: boolean }>;
  /** Whether a module may send anything (FingerprintOptions.probes). */
  allowed(name: string): boolean;
}

/** One TCP protocol: a probe (bytes to send) and a pure parser (bytes in, facts out). */
export interface TcpModule {
  /** Probe name, one of PROBE_NAMES. */
  name: string;
  /** Registry names this module reports, used to try it first on their usual ports. */
  services: string[];
  /** The service speaks first; its banner alone identifies it. */
  bannerFirst?: boolean;
  /** Pure: identify from any bytes a service sent (its banner, or a reply to any probe). Never throws. */
  parse(data: Buffer): Identification | undefined;
  /**
   * Pure: like parse, for a reply to this module's own probe, where a short
   * answer proves more (PostgreSQL's one-byte answer to SSLRequest).
   */
  parseReply?(data: Buffer): Identification | undefined;
  /** Bytes that make this protocol answer, for services that wait for the client. */
  probe?(ctx: ProbeContext): Buffer;
  /** Whether a reply that already parses is whole (else the engine reads on until the peer pauses). */
  complete?(data: Buffer): boolean;
  /** After a match: a short conversation for security facts, which it adds to `id.evidence`. */
  interrogate?(id: Identification, session: Session): Promise<void>;
}

/** One UDP protocol: a datagram to send and a pure parser of the reply. */
export interface UdpModule {
  name: string;
  services: string[];
  probe(ctx: ProbeContext): Buffer;
  /** Pure: identify from a reply to `sent`. Never throws. */
  parse(reply: Buffer, sent: Buffer): Identification | undefined;
}
