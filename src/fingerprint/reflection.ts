import type { Identification } from './types.js';

/** Probes shorter than this are matched only at the start of a reply: a short command is often quoted back in an error. */
const CONTAINED_MIN_BYTES = 16;

/**
 * Pure: whether `reply` repeats `sent` — it begins with the bytes we sent (a prefix of them
 * when the reply is cut short, at least 4 bytes), or, for a probe of 16 bytes or more, holds
 * them verbatim (a service that greets, then echoes). `contained` is weaker: the caller takes
 * it only when no parser recognises the reply.
 */
export function reflection(reply: Buffer, sent: Buffer): 'prefix' | 'contained' | undefined {
  if (sent.length === 0 || reply.length === 0) return undefined;
  const n = Math.min(reply.length, sent.length);
  if (n >= Math.min(4, sent.length) && reply.subarray(0, n).equals(sent.subarray(0, n))) return 'prefix';
  if (sent.length >= CONTAINED_MIN_BYTES && reply.includes(sent)) return 'contained';
  return undefined;
}

/**
 * A reply that repeats the probe proves an echo (a reflector, and over UDP an amplification
 * risk), never the protocol probed: an echo service sends an IKE_SA_INIT back with our own SPI.
 */
export function echoIdentification(probe: string, reply: Buffer, sent: Buffer): Identification {
  return {
    service: 'echo',
    evidence: {
      'echo.reflects': true,
      'echo.reflected_probe': probe,
      'echo.amplification': Math.round((reply.length / sent.length) * 100) / 100,
    },
    confident: true,
  };
}
