/**
 * Timing: per-host round-trip estimates that set the probe timeout, and a
 * token bucket that keeps probes under a rate.
 */

export interface TimingLimits {
  /** Floor of the adaptive timeout. */
  minTimeoutMs: number;
  /** Ceiling of the adaptive timeout, and the timeout before a host has answered anything. */
  maxTimeoutMs: number;
}

/**
 * Smoothed RTT and RTT variance per host, as TCP does (RFC 6298) and nmap does for
 * its probe timeouts: timeout = srtt + 4 × rttvar, kept between the limits. A host
 * that never answered keeps the ceiling, so a firewall that drops everything costs
 * the ceiling per try and no more.
 */
export class RttEstimator {
  private readonly hosts = new Map<string, { srtt: number; rttvar: number }>();
  constructor(private readonly limits: TimingLimits) {}

  sample(host: string, rttMs: number): void {
    const h = this.hosts.get(host);
    if (!h) {
      // Hosts come one after another; keeping the most recent few thousand keeps memory flat.
      if (this.hosts.size >= 8192) this.hosts.delete(this.hosts.keys().next().value as string);
      this.hosts.set(host, { srtt: rttMs, rttvar: rttMs / 2 });
      return;
    }
    const delta = rttMs - h.srtt;
    h.srtt += delta / 8;
    h.rttvar += (Math.abs(delta) - h.rttvar) / 4;
  }

  timeoutFor(host: string): number {
    const h = this.hosts.get(host);
    if (!h) return this.limits.maxTimeoutMs;
    const t = h.srtt + 4 * h.rttvar;
    return Math.min(this.limits.maxTimeoutMs, Math.max(this.limits.minTimeoutMs, Math.ceil(t)));
  }

  get size(): number {
    return this.hosts.size;
  }
}

/**
 * A token bucket: `rate` tokens a second, holding at most `burst`. The burst is
 * small (a fiftieth of a second's worth) so that any window of a second or more
 * sees no more than the rate.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  readonly burst: number;

  constructor(
    readonly rate: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.burst = Math.max(1, Math.floor(rate / 50));
    this.tokens = 1;
    this.last = this.now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.rate) / 1000);
    this.last = t;
  }

  /** Takes a token if there is one. */
  take(): boolean {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  /** Milliseconds until the next token. */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.rate);
  }
}
