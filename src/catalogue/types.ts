/**
 * The shape of one protocol record (docs/protocols.md says how to add one). A record is
 * data: what the prober and the fingerprint stage both need to know about a protocol.
 * Code lives elsewhere and only where data cannot say it: a deep check is a hook in
 * src/fingerprint/hooks.ts, keyed by the record's `name`.
 */

/** The JSON type of an evidence value, as the report carries it. */
export type EvidenceType = 'boolean' | 'number' | 'string' | 'string[]' | 'string|null';

/** One evidence key a protocol may set: its type and what it means. */
export interface EvidenceKeyDoc {
  type: EvidenceType;
  /** What the key says, and which exchange proves it. */
  meaning: string;
  /** The value is service text (untrusted): escape it before display. */
  text?: boolean;
}

/**
 * A match rule: a pattern tried on a reply (as Latin-1 text, its first 4 KiB) that names the
 * protocol. `$1`…`$9` in `product`, `version` and string evidence values take the pattern's
 * groups (cleaned, bounded). A `soft` match is kept as a fallback while other probes run.
 */
export interface MatchRule {
  pattern: RegExp;
  product?: string;
  version?: string;
  evidence?: Record<string, string | number | boolean>;
  soft?: boolean;
  /**
   * A `soft` match that names the protocol on the record's own usual TCP port, once every other
   * probe there found nothing surer: the port says what the bytes alone cannot (a bare date line
   * is daytime on 13, and only a guess elsewhere).
   */
  firmOnUsualPort?: boolean;
}

export interface TcpSpec {
  /** Orders probes on a port that is no record's usual port: higher first. */
  weight: number;
  /** Ports where this protocol is usual: its probe goes first there. */
  ports: readonly number[];
  /** The service speaks first (a greeting): wait for it before sending anything. */
  greeting?: boolean;
  /** Bytes that make the service answer (a hook's `probe` may build them per target instead). */
  probe?: Buffer;
}

/** One datagram that makes a UDP service answer. */
export interface UdpPayload {
  bytes: Buffer;
  /** Ports where this payload (this framing) is the usual one; the first payload serves all others. */
  ports?: readonly number[];
}

export interface UdpSpec {
  /** Orders payloads on a port that is no record's usual port: higher first. */
  weight: number;
  ports: readonly number[];
  /**
   * Small, harmless first messages the protocol's servers answer (if only to refuse). None may
   * ask for a large answer: a probe never turns a service into an amplifier.
   */
  payloads: readonly UdpPayload[];
  /**
   * The server answers from another port than the one asked (TFTP's transfer identifier, RFC
   * 1350 §4): accept this record's replies from the target's address on any port. Only this
   * record's datagrams are matched that way; every other probe keeps its connected socket.
   */
  replyFromAnyPort?: boolean;
}

export interface ProtocolRecord {
  /** The probe name (`--probes`), unique. */
  name: string;
  /** The service it identifies, a name in src/services.ts (nmap's name where nmap has one). */
  service: string;
  description: string;
  tcp?: TcpSpec;
  udp?: UdpSpec;
  /** The same protocol inside TLS: what it is called there and its usual TLS ports (smtp → smtps 465). */
  tls?: { name: string; ports: readonly number[] };
  /** Match rules for protocols simple enough to need no parser hook. */
  matches?: readonly MatchRule[];
  /** Every evidence key the protocol may set, with its type and meaning (docs/evidence.md is built from them). */
  evidence: Readonly<Record<string, EvidenceKeyDoc>>;
  /** The heading docs/evidence.md files this record under. */
  group: string;
}
