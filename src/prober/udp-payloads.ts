/**
 * Bytes that make a UDP service answer, from the protocol catalogue (src/catalogue): the
 * prober sends the payload usual on a port; the fingerprint stage sends every payload to a
 * port that stayed open|filtered. UDP has no handshake: an empty datagram is ignored by nearly
 * every service, so silence would say nothing. None of the payloads asks for a large answer
 * (no DNS ANY, no memcached `stats`, no SNMP walk), so a probe never turns a service into an
 * amplifier.
 */
import { CATALOGUE, usualUdpAttempt } from '../catalogue/index.js';

export interface UdpProbe {
  /** The service the payload speaks to, as named in src/services.ts. */
  service: string;
  payload: Buffer;
}

/** The payload for a UDP port, or undefined when none is known (the prober then sends an empty datagram). */
export function udpProbeFor(port: number): UdpProbe | undefined {
  const attempt = usualUdpAttempt(port);
  return attempt ? { service: attempt.record.service, payload: attempt.payload.bytes } : undefined;
}

/** Every port that has a usual payload, and its service. */
export function udpProbePorts(): { port: number; service: string }[] {
  return CATALOGUE.flatMap((r) => (r.udp?.ports ?? []).map((port) => ({ port, service: r.service })));
}
