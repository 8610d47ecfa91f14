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
  /** A weak match that is confident on the protocol's own usual port (MatchRule.firmOnUsualPort). */
  firmOnUsualPort?: boolean;
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
  /** The name a DNS server is asked to resolve recursively (catalogue DNS_RECURSION_NAME unless a test sets its own). */
  dnsRecursionName: string;
}

/** What a UDP interrogation may use: more datagrams to the same endpoint, within the port's budget. */
export interface UdpSession {
  endpoint: Endpoint;
  signal?: AbortSignal;
  logger: Logger;
  remaining(): number;
  /** One datagram and the first reply to it (bounded), or undefined on silence. */
  exchange(payload: Buffer, ms: number): Promise<Buffer | undefined>;
  /**
   * One datagram and every reply to it (a multi-datagram answer), bounded in count and bytes
   * (io.ts udpGather): until `done` says it is whole, `idleMs` of quiet after a reply, or `ms`.
   */
  gather(
    payload: Buffer,
    ms: number,
    idleMs: number,
    done?: (replies: Buffer[]) => boolean,
  ): Promise<Buffer[]>;
  allowed(name: string): boolean;
  dnsRecursionName: string;
}

/**
 * One TCP protocol as the engine runs it: built in modules.ts from its catalogue record (name,
 * greeting, probe bytes, match rules) and its hooks (hooks.ts) where a deep check needs code.
 */
export interface TcpModule {
  /** Probe name: the catalogue record's name. */
  name: string;
  /** Registry names this module reports (the record's service and its name over TLS). */
  services: string[];
  /** The service speaks first; its banner alone identifies it (the record's `tcp.greeting`). */
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

/** One UDP protocol as the engine runs it: its record's payloads, and a pure parser of the reply. */
export interface UdpModule {
  name: string;
  services: string[];
  /** The payload usual on ctx.port (the catalogue's; the engine sends every payload of the record). */
  probe(ctx: ProbeContext): Buffer;
  /** Pure: identify from a reply to `sent`. Never throws. */
  parse(reply: Buffer, sent: Buffer): Identification | undefined;
  /** After a match: more datagrams for security facts, which it adds to `id.evidence`. */
  interrogate?(id: Identification, session: UdpSession): Promise<void>;
}

/** The code a catalogue record may carry for TCP: everything but what the record says itself. */
export type TcpHooks = Omit<TcpModule, 'name' | 'services' | 'bannerFirst'> &
  Partial<Pick<TcpModule, 'name' | 'services' | 'bannerFirst'>>;
/** The code a catalogue record may carry for UDP: a parser, and an interrogation. */
export type UdpHooks = Pick<UdpModule, 'parse' | 'interrogate'> &
  Partial<Pick<UdpModule, 'name' | 'services' | 'probe'>>;
