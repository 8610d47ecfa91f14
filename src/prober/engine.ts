import { RuntimeFailure } from '../errors.js';
import type { Logger, PortState, ProbeTask, StateReason } from '../model.js';
import type { ProbeFn, ProbeHandle, ProbeOutcome } from './outcome.js';
import { RttEstimator, TokenBucket } from './timing.js';

/**
 * Where the engine pulls work from. `next()` returns a task, `undefined` when there
 * is no more work ever, or `null` when there is none yet (a worker waiting for its
 * next batch); `whenReady` is then called once more arrives.
 */
export interface TaskSource {
  next(): ProbeTask | null | undefined;
  whenReady?(callback: () => void): void;
}

export interface EngineOptions {
  /** Most probes in flight at once. */
  concurrency: number;
  /** Probes per second (tries and retries alike); undefined = as fast as the concurrency allows. */
  rate?: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** Extra tries for a probe that met silence. */
  retries: number;
  signal?: AbortSignal;
  /** How to probe each protocol. */
  probes: { tcp: ProbeFn; udp: ProbeFn };
  /**
   * Receives every final result, in completion order. Called with the parts, not an
   * object, so that the closed ports of a full sweep (nearly all of it) cost no allocation
   * unless the caller keeps them.
   */
  onResult(
    task: ProbeTask,
    state: PortState,
    reason: StateReason,
    tries: number,
    rttMs: number | undefined,
  ): void;
  logger: Logger;
}

export interface EngineStats {
  done: number;
  /** Attempts sent, tries and retries alike (local retries not counted). */
  attempts: number;
  /** Retries after silence. */
  retries: number;
  /** Attempts given back because this machine ran short (EMFILE, EADDRNOTAVAIL, ENOBUFS, …). */
  localRetries: number;
  /** Self-connects seen and retried. */
  selfConnects: number;
  /** The lowest concurrency the engine backed off to. */
  minConcurrency: number;
}

interface Attempt {
  task: ProbeTask;
  tries: number;
  local: number;
  self: number;
  started: number;
  deadline: number;
  handle?: ProbeHandle;
  live: boolean;
  /** Position in the deadline heap, -1 when not in it. */
  slot: number;
}

/**
 * A binary min-heap of attempts by deadline. Each attempt knows its slot, so an answered
 * attempt leaves the heap at once: a fast sweep answers thousands of probes a second long
 * before their deadlines, and keeping them until then would hold their sockets' wrappers.
 */
class DeadlineHeap {
  private items: Attempt[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Attempt | undefined {
    return this.items[0];
  }
  all(): readonly Attempt[] {
    return this.items;
  }
  push(a: Attempt): void {
    a.slot = this.items.length;
    this.items.push(a);
    this.up(a.slot);
  }
  pop(): Attempt | undefined {
    const top = this.items[0];
    if (top) this.remove(top);
    return top;
  }
  remove(a: Attempt): void {
    const i = a.slot;
    if (i < 0 || this.items[i] !== a) return;
    const last = this.items.pop()!;
    a.slot = -1;
    if (last === a) return;
    this.items[i] = last;
    last.slot = i;
    this.down(i);
    this.up(last.slot);
  }
  private up(start: number): void {
    const items = this.items;
    let i = start;
    const a = items[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent].deadline <= a.deadline) break;
      items[i] = items[parent];
      items[i].slot = i;
      i = parent;
    }
    items[i] = a;
    a.slot = i;
  }
  private down(start: number): void {
    const items = this.items;
    const n = items.length;
    let i = start;
    const a = items[i];
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && items[r].deadline < items[l].deadline ? r : l;
      if (items[c].deadline >= a.deadline) break;
      items[i] = items[c];
      items[i].slot = i;
      i = c;
    }
    items[i] = a;
    a.slot = i;
  }
}

/** Attempts that ran into local trouble this many times in a row mean the machine cannot do the scan. */
const MAX_LOCAL_RETRIES = 500;
const MAX_SELF_CONNECTS = 8;

/**
 * The scheduler: keeps up to `concurrency` probes in flight, paced by an optional
 * token bucket, times each out after the host's adaptive timeout, retries silence,
 * gives back attempts that hit local limits (and lowers its concurrency while they
 * last), and stops at once on abort.
 */
export class ProbeEngine {
  readonly stats: EngineStats;
  private readonly rtt: RttEstimator;
  private readonly bucket?: TokenBucket;
  private readonly heap = new DeadlineHeap();
  private readonly retryQueue: Attempt[] = [];
  /** Attempts past their deadline, to be called silent after this turn's poll phase. */
  private expiring: Attempt[] = [];
  private limit: number;
  /** The concurrency the engine may creep back up to; widen() raises it. */
  private ceiling: number;
  private inFlight = 0;
  private exhausted = false;
  private waiting = false;
  private pumping = false;
  private finished = false;
  private aborted = false;
  private pausedUntil = 0;
  private backoffMs = 0;
  private calmAnswers = 0;
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private pumpTimer?: NodeJS.Timeout;
  private resolveRun?: (aborted: boolean) => void;
  private rejectRun?: (err: Error) => void;

  constructor(
    private readonly source: TaskSource,
    private readonly options: EngineOptions,
  ) {
    this.limit = Math.max(1, Math.floor(options.concurrency));
    this.ceiling = this.limit;
    this.rtt = new RttEstimator({ minTimeoutMs: options.minTimeoutMs, maxTimeoutMs: options.maxTimeoutMs });
    if (options.rate !== undefined) this.bucket = new TokenBucket(options.rate);
    this.stats = {
      done: 0,
      attempts: 0,
      retries: 0,
      localRetries: 0,
      selfConnects: 0,
      minConcurrency: this.limit,
    };
  }

  /** Resolves with true when aborted, false when every task has a result. */
  run(): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.resolveRun = resolve;
      this.rejectRun = reject;
      const signal = this.options.signal;
      if (signal?.aborted) {
        this.abort();
        return;
      }
      signal?.addEventListener('abort', this.onAbort, { once: true });
      this.pump();
    });
  }

  private readonly onAbort = () => this.abort();

  /** Takes on `extra` more probes in flight (the share of a worker thread that could not start). */
  widen(extra: number): void {
    const n = Math.floor(extra);
    if (n <= 0 || this.finished) return;
    this.ceiling += n;
    this.limit += n;
    this.pump();
  }

  private abort(): void {
    if (this.finished) return;
    this.aborted = true;
    // Every live attempt is in the heap, or past its deadline and waiting for its verdict.
    for (const a of [...this.heap.all(), ...this.expiring]) {
      if (!a.live) continue;
      a.live = false;
      a.handle?.cancel();
    }
    this.inFlight = 0;
    this.finish();
  }

  private finish(error?: Error): void {
    if (this.finished) return;
    this.finished = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    if (error) this.rejectRun?.(error);
    else this.resolveRun?.(this.aborted);
  }

  private nextAttempt(): Attempt | undefined {
    const retry = this.retryQueue.shift();
    if (retry) return retry;
    if (this.exhausted || this.waiting) return undefined;
    const task = this.source.next();
    if (task === undefined) {
      this.exhausted = true;
      return undefined;
    }
    if (task === null) {
      this.waiting = true;
      this.source.whenReady?.(() => {
        this.waiting = false;
        this.pump();
      });
      return undefined;
    }
    return { task, tries: 0, local: 0, self: 0, started: 0, deadline: 0, live: false, slot: -1 };
  }

  private schedulePump(delayMs: number): void {
    if (this.pumpTimer || this.finished) return;
    this.pumpTimer = setTimeout(
      () => {
        this.pumpTimer = undefined;
        this.pump();
      },
      Math.max(1, delayMs),
    );
  }

  private pump(): void {
    if (this.pumping || this.finished) return;
    this.pumping = true;
    try {
      while (this.inFlight < this.limit) {
        const now = performance.now();
        if (now < this.pausedUntil) {
          this.schedulePump(this.pausedUntil - now);
          break;
        }
        const attempt = this.nextAttempt();
        if (!attempt) break;
        if (this.bucket && !this.bucket.take()) {
          this.retryQueue.unshift(attempt);
          this.schedulePump(this.bucket.waitMs());
          break;
        }
        this.start(attempt, now);
      }
    } finally {
      this.pumping = false;
    }
    if (this.inFlight === 0 && this.exhausted && this.retryQueue.length === 0) this.finish();
  }

  private start(a: Attempt, now: number): void {
    const { task } = a;
    // A local retry or a self-connect retry repeats the same try; silence starts a new one.
    if (a.local === 0 && a.self === 0) a.tries++;
    a.live = true;
    a.started = now;
    const base = this.rtt.timeoutFor(task.host);
    const timeout = Math.min(this.options.maxTimeoutMs, base * 2 ** Math.max(0, a.tries - 1));
    a.deadline = now + timeout;
    this.inFlight++;
    this.stats.attempts++;
    this.heap.push(a);
    this.armTimer(a.deadline);
    const probe = task.protocol === 'udp' ? this.options.probes.udp : this.options.probes.tcp;
    a.handle = probe(task.host, task.port, (outcome) => this.settle(a, outcome));
  }

  private settle(a: Attempt, outcome: ProbeOutcome): void {
    if (!a.live || this.finished) return;
    a.live = false;
    a.handle = undefined;
    this.heap.remove(a);
    this.inFlight--;
    const now = performance.now();
    switch (outcome.kind) {
      case 'answer': {
        const rttMs = now - a.started;
        this.rtt.sample(a.task.host, rttMs);
        this.calm();
        a.local = 0;
        a.self = 0;
        this.complete(a, outcome.state, outcome.reason, rttMs);
        break;
      }
      case 'self': {
        this.stats.selfConnects++;
        a.self++;
        // Nothing listens there (else the kernel would not have handed out that source port).
        if (a.self >= MAX_SELF_CONNECTS) this.complete(a, 'closed', 'refused');
        else this.retryQueue.push(a);
        break;
      }
      case 'local': {
        this.stats.localRetries++;
        a.local++;
        if (a.local >= MAX_LOCAL_RETRIES) {
          this.finish(
            new RuntimeFailure(
              `the prober cannot open sockets (${outcome.code} ${a.local} times in a row for ${a.task.host}:${a.task.port}); ` +
                `raise the open-file limit or lower --concurrency`,
            ),
          );
          return;
        }
        this.backOff(outcome.code);
        this.retryQueue.unshift(a);
        break;
      }
    }
    this.pump();
  }

  /** Local trouble: hold the concurrency just under what was in flight and pause briefly. */
  private backOff(code: string): void {
    const before = this.limit;
    this.limit = Math.max(1, Math.min(this.limit, this.inFlight + 1) - Math.max(1, this.inFlight >> 4));
    this.stats.minConcurrency = Math.min(this.stats.minConcurrency, this.limit);
    this.backoffMs = Math.min(500, this.backoffMs === 0 ? 5 : this.backoffMs * 2);
    this.pausedUntil = performance.now() + this.backoffMs;
    this.calmAnswers = 0;
    if (before !== this.limit) {
      this.options.logger.debug(
        `prober: ${code}; concurrency ${before} -> ${this.limit}, pausing ${this.backoffMs} ms`,
      );
    }
  }

  /** Answers without local trouble: creep the concurrency back up. */
  private calm(): void {
    this.backoffMs = 0;
    if (this.limit >= this.ceiling) return;
    if (++this.calmAnswers >= 64) {
      this.calmAnswers = 0;
      this.limit = Math.min(this.ceiling, this.limit + Math.max(1, this.limit >> 3));
    }
  }

  private complete(a: Attempt, state: PortState, reason: StateReason, rttMs?: number): void {
    this.stats.done++;
    this.options.onResult(a.task, state, reason, a.tries, rttMs);
  }

  private armTimer(deadline: number): void {
    if (deadline >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = deadline;
    this.timer = setTimeout(() => this.expire(), Math.max(1, deadline - performance.now()));
  }

  private expire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = performance.now();
    const expired: Attempt[] = [];
    for (;;) {
      const top = this.heap.peek();
      if (!top || top.deadline > now) break;
      expired.push(this.heap.pop()!);
    }
    const next = this.heap.peek();
    if (next) this.armTimer(next.deadline);
    if (expired.length === 0) return;
    // Timers run before the poll phase: under load, answers that the kernel already has
    // may be waiting in this very turn of the event loop. Let the poll phase deliver them
    // and call silence only what is still silent after it.
    const first = this.expiring.length === 0;
    for (const a of expired) this.expiring.push(a);
    if (!first) return;
    setImmediate(() => {
      const batch = this.expiring;
      this.expiring = [];
      if (this.finished) return;
      for (const a of batch) if (a.live) this.silence(a);
      this.pump();
    });
  }

  private silence(a: Attempt): void {
    a.live = false;
    a.handle?.cancel();
    a.handle = undefined;
    this.inFlight--;
    a.local = 0;
    a.self = 0;
    if (a.tries <= this.options.retries) {
      this.stats.retries++;
      this.retryQueue.push(a);
      return;
    }
    if (a.task.protocol === 'udp') this.complete(a, 'open|filtered', 'no-reply');
    else this.complete(a, 'filtered', 'timeout');
  }
}
