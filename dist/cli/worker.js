import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/model.ts
/**
 * The shared vocabulary of the pipeline (DESIGN.md, "The pipeline").
 * Every stage speaks in these types; nothing here knows about GitHub.
 */
/** Outcomes from best to worst: the worse of two judgements wins, and a baseline's outcome is "unchanged" unless this scan's is worse. */
const OUTCOME_RANK = { pass: 0, warn: 1, fail: 2 };
/** Severities in order, for `fail-on: <severity>` thresholds (the policy's and the action input's alike). */
const SEVERITY_RANK = { low: 1, medium: 2, high: 3, critical: 4 };
/** Gateway kinds an unauthenticated probe can prove (the others answer nothing to strangers, e.g. WireGuard). */
const PROBED_GATEWAY_KINDS = new Set(['openvpn', 'ike']);
/** Does a probe of this kind of gateway prove anything (and is it sent at all)? */
const isProbedGatewayKind = (kind) => PROBED_GATEWAY_KINDS.has(kind);
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    group: (_name, fn) => fn(),
};

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Two kinds of failure, kept apart as codeql-action does: the user's to fix
 * (exit 2) and the tool's or the network's (exit 3). Policy violations are a
 * result, not an error (exit 1).
 */
const ExitCode = {
    Pass: 0,
    Violations: 1,
    Usage: 2,
    Runtime: 3,
    /** The scan's time budget (max-duration) ran out; a partial report was written. */
    TimeBudget: 4,
};
function formatDiagnostic(d) {
    const where = d.line !== undefined ? `${d.source}:${d.line}:${d.column ?? 1}` : d.source;
    const path = d.path ? `${d.path}: ` : '';
    return `${where}: ${path}${d.message}`;
}
/** Bad usage, a bad flag, a bad policy: the user's to fix. Exit code 2. */
class ConfigurationError extends Error {
    diagnostics;
    constructor(diagnostics) {
        const list = typeof diagnostics === 'string'
            ? [{ source: 'portcullis', message: diagnostics }]
            : Array.isArray(diagnostics)
                ? diagnostics
                : [diagnostics];
        super(list.map(formatDiagnostic).join('\n'));
        this.name = 'ConfigurationError';
        this.diagnostics = list;
    }
}
/** Something outside the user's input failed: a command, the runner, the GitHub API. Exit code 3. */
class RuntimeFailure extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RuntimeFailure';
    }
}
function exitCodeFor(err) {
    return err instanceof ConfigurationError ? ExitCode.Usage : ExitCode.Runtime;
}

;// CONCATENATED MODULE: ./src/prober/timing.ts
/**
 * Timing: per-host round-trip estimates that set the probe timeout, and a
 * token bucket that keeps probes under a rate.
 */
/**
 * Smoothed RTT and RTT variance per host, as TCP does (RFC 6298) and nmap does for
 * its probe timeouts: timeout = srtt + 4 × rttvar, kept between the limits. A host
 * that never answered keeps the ceiling, so a firewall that drops everything costs
 * the ceiling per try and no more.
 */
class RttEstimator {
    limits;
    hosts = new Map();
    constructor(limits) {
        this.limits = limits;
    }
    sample(host, rttMs) {
        const h = this.hosts.get(host);
        if (!h) {
            // Hosts come one after another; keeping the most recent few thousand keeps memory flat.
            if (this.hosts.size >= 8192)
                this.hosts.delete(this.hosts.keys().next().value);
            this.hosts.set(host, { srtt: rttMs, rttvar: rttMs / 2 });
            return;
        }
        const delta = rttMs - h.srtt;
        h.srtt += delta / 8;
        h.rttvar += (Math.abs(delta) - h.rttvar) / 4;
    }
    timeoutFor(host) {
        const h = this.hosts.get(host);
        if (!h)
            return this.limits.maxTimeoutMs;
        const t = h.srtt + 4 * h.rttvar;
        return Math.min(this.limits.maxTimeoutMs, Math.max(this.limits.minTimeoutMs, Math.ceil(t)));
    }
    get size() {
        return this.hosts.size;
    }
}
/**
 * A token bucket: `rate` tokens a second, holding at most `burst`. The burst is
 * small (a fiftieth of a second's worth) so that any window of a second or more
 * sees no more than the rate.
 */
class TokenBucket {
    rate;
    now;
    tokens;
    last;
    burst;
    constructor(rate, now = () => performance.now()) {
        this.rate = rate;
        this.now = now;
        this.burst = Math.max(1, Math.floor(rate / 50));
        this.tokens = 1;
        this.last = this.now();
    }
    refill() {
        const t = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.rate) / 1000);
        this.last = t;
    }
    /** Takes a token if there is one. */
    take() {
        this.refill();
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return true;
        }
        return false;
    }
    /** Milliseconds until the next token. */
    waitMs() {
        this.refill();
        return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.rate);
    }
}

;// CONCATENATED MODULE: ./src/prober/engine.ts


/**
 * A binary min-heap of attempts by deadline. Each attempt knows its slot, so an answered
 * attempt leaves the heap at once: a fast sweep answers thousands of probes a second long
 * before their deadlines, and keeping them until then would hold their sockets' wrappers.
 */
class DeadlineHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    peek() {
        return this.items[0];
    }
    all() {
        return this.items;
    }
    push(a) {
        a.slot = this.items.length;
        this.items.push(a);
        this.up(a.slot);
    }
    pop() {
        const top = this.items[0];
        if (top)
            this.remove(top);
        return top;
    }
    remove(a) {
        const i = a.slot;
        if (i < 0 || this.items[i] !== a)
            return;
        const last = this.items.pop();
        a.slot = -1;
        if (last === a)
            return;
        this.items[i] = last;
        last.slot = i;
        this.down(i);
        this.up(last.slot);
    }
    up(start) {
        const items = this.items;
        let i = start;
        const a = items[i];
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (items[parent].deadline <= a.deadline)
                break;
            items[i] = items[parent];
            items[i].slot = i;
            i = parent;
        }
        items[i] = a;
        a.slot = i;
    }
    down(start) {
        const items = this.items;
        const n = items.length;
        let i = start;
        const a = items[i];
        for (;;) {
            const l = 2 * i + 1;
            if (l >= n)
                break;
            const r = l + 1;
            const c = r < n && items[r].deadline < items[l].deadline ? r : l;
            if (items[c].deadline >= a.deadline)
                break;
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
class ProbeEngine {
    source;
    options;
    stats;
    rtt;
    bucket;
    heap = new DeadlineHeap();
    retryQueue = [];
    /** Attempts past their deadline, to be called silent after this turn's poll phase. */
    expiring = [];
    limit;
    /** The concurrency the engine may creep back up to; widen() raises it. */
    ceiling;
    inFlight = 0;
    exhausted = false;
    waiting = false;
    pumping = false;
    finished = false;
    aborted = false;
    pausedUntil = 0;
    backoffMs = 0;
    calmAnswers = 0;
    timer;
    timerAt = Infinity;
    pumpTimer;
    resolveRun;
    rejectRun;
    constructor(source, options) {
        this.source = source;
        this.options = options;
        this.limit = Math.max(1, Math.floor(options.concurrency));
        this.ceiling = this.limit;
        this.rtt = new RttEstimator({ minTimeoutMs: options.minTimeoutMs, maxTimeoutMs: options.maxTimeoutMs });
        if (options.rate !== undefined)
            this.bucket = new TokenBucket(options.rate);
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
    run() {
        return new Promise((resolve, reject) => {
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
    onAbort = () => this.abort();
    /** Takes on `extra` more probes in flight (the share of a worker thread that could not start). */
    widen(extra) {
        const n = Math.floor(extra);
        if (n <= 0 || this.finished)
            return;
        this.ceiling += n;
        this.limit += n;
        this.pump();
    }
    abort() {
        if (this.finished)
            return;
        this.aborted = true;
        // Every live attempt is in the heap, or past its deadline and waiting for its verdict.
        for (const a of [...this.heap.all(), ...this.expiring]) {
            if (!a.live)
                continue;
            a.live = false;
            a.handle?.cancel();
        }
        this.inFlight = 0;
        this.finish();
    }
    finish(error) {
        if (this.finished)
            return;
        this.finished = true;
        if (this.timer)
            clearTimeout(this.timer);
        if (this.pumpTimer)
            clearTimeout(this.pumpTimer);
        this.options.signal?.removeEventListener('abort', this.onAbort);
        if (error)
            this.rejectRun?.(error);
        else
            this.resolveRun?.(this.aborted);
    }
    nextAttempt() {
        const retry = this.retryQueue.shift();
        if (retry)
            return retry;
        if (this.exhausted || this.waiting)
            return undefined;
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
    schedulePump(delayMs) {
        if (this.pumpTimer || this.finished)
            return;
        this.pumpTimer = setTimeout(() => {
            this.pumpTimer = undefined;
            this.pump();
        }, Math.max(1, delayMs));
    }
    pump() {
        if (this.pumping || this.finished)
            return;
        this.pumping = true;
        try {
            while (this.inFlight < this.limit) {
                const now = performance.now();
                if (now < this.pausedUntil) {
                    this.schedulePump(this.pausedUntil - now);
                    break;
                }
                const attempt = this.nextAttempt();
                if (!attempt)
                    break;
                if (this.bucket && !this.bucket.take()) {
                    this.retryQueue.unshift(attempt);
                    this.schedulePump(this.bucket.waitMs());
                    break;
                }
                this.start(attempt, now);
            }
        }
        finally {
            this.pumping = false;
        }
        if (this.inFlight === 0 && this.exhausted && this.retryQueue.length === 0)
            this.finish();
    }
    start(a, now) {
        const { task } = a;
        // A local retry or a self-connect retry repeats the same try; silence starts a new one.
        if (a.local === 0 && a.self === 0)
            a.tries++;
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
    settle(a, outcome) {
        if (!a.live || this.finished)
            return;
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
                if (a.self >= MAX_SELF_CONNECTS)
                    this.complete(a, 'closed', 'refused');
                else
                    this.retryQueue.push(a);
                break;
            }
            case 'local': {
                this.stats.localRetries++;
                a.local++;
                if (a.local >= MAX_LOCAL_RETRIES) {
                    this.finish(new RuntimeFailure(`the prober cannot open sockets (${outcome.code} ${a.local} times in a row for ${a.task.host}:${a.task.port}); ` +
                        `raise the open-file limit or lower --concurrency`));
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
    backOff(code) {
        const before = this.limit;
        this.limit = Math.max(1, Math.min(this.limit, this.inFlight + 1) - Math.max(1, this.inFlight >> 4));
        this.stats.minConcurrency = Math.min(this.stats.minConcurrency, this.limit);
        this.backoffMs = Math.min(500, this.backoffMs === 0 ? 5 : this.backoffMs * 2);
        this.pausedUntil = performance.now() + this.backoffMs;
        this.calmAnswers = 0;
        if (before !== this.limit) {
            this.options.logger.debug(`prober: ${code}; concurrency ${before} -> ${this.limit}, pausing ${this.backoffMs} ms`);
        }
    }
    /** Answers without local trouble: creep the concurrency back up. */
    calm() {
        this.backoffMs = 0;
        if (this.limit >= this.ceiling)
            return;
        if (++this.calmAnswers >= 64) {
            this.calmAnswers = 0;
            this.limit = Math.min(this.ceiling, this.limit + Math.max(1, this.limit >> 3));
        }
    }
    complete(a, state, reason, rttMs) {
        this.stats.done++;
        this.options.onResult(a.task, state, reason, a.tries, rttMs);
    }
    armTimer(deadline) {
        if (deadline >= this.timerAt)
            return;
        if (this.timer)
            clearTimeout(this.timer);
        this.timerAt = deadline;
        this.timer = setTimeout(() => this.expire(), Math.max(1, deadline - performance.now()));
    }
    expire() {
        this.timer = undefined;
        this.timerAt = Infinity;
        const now = performance.now();
        const expired = [];
        for (;;) {
            const top = this.heap.peek();
            if (!top || top.deadline > now)
                break;
            expired.push(this.heap.pop());
        }
        const next = this.heap.peek();
        if (next)
            this.armTimer(next.deadline);
        if (expired.length === 0)
            return;
        // Timers run before the poll phase: under load, answers that the kernel already has
        // may be waiting in this very turn of the event loop. Let the poll phase deliver them
        // and call silence only what is still silent after it.
        const first = this.expiring.length === 0;
        for (const a of expired)
            this.expiring.push(a);
        if (!first)
            return;
        setImmediate(() => {
            const batch = this.expiring;
            this.expiring = [];
            if (this.finished)
                return;
            for (const a of batch)
                if (a.live)
                    this.silence(a);
            this.pump();
        });
    }
    silence(a) {
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
        if (a.task.protocol === 'udp')
            this.complete(a, 'open|filtered', 'no-reply');
        else
            this.complete(a, 'filtered', 'timeout');
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/prober/limits.ts

/** The soft limit on open files for this process, when the platform tells (Linux does). */
function fileDescriptorLimit() {
    try {
        const text = readFileSync('/proc/self/limits', 'utf8');
        const m = /^Max open files\s+(\d+|unlimited)/m.exec(text);
        if (!m)
            return undefined;
        return m[1] === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(m[1]);
    }
    catch {
        return undefined;
    }
}
/** How many descriptors are open now (Linux), or undefined. */
function openDescriptors() {
    try {
        return readdirSync('/proc/self/fd').length;
    }
    catch {
        return undefined;
    }
}
/**
 * How many sockets the prober may hold open at once without running the process out of
 * descriptors: three quarters of what is left under the soft limit, less a reserve for
 * the rest of the program (log files, DNS, the fingerprinter that runs next). Where the
 * limit cannot be read, 1024 (the usual default) is assumed.
 */
function socketBudget() {
    const limit = fileDescriptorLimit() ?? 1024;
    const used = openDescriptors() ?? 64;
    const reserve = 32;
    return Math.max(4, Math.floor((limit - used - reserve) * 0.75));
}
/** errno codes that mean the prober itself ran short (descriptors, ports, buffers), not the target. */
const LOCAL_ERRORS = new Set([
    'EMFILE',
    'ENFILE',
    'EADDRNOTAVAIL',
    'EADDRINUSE',
    'ENOBUFS',
    'ENOMEM',
    'EAGAIN',
    'EWOULDBLOCK',
    'EINTR',
]);

;// CONCATENATED MODULE: ./src/prober/outcome.ts

/**
 * What a connect() or send() error says about the port. ICMP errors map to errno
 * as Linux does (icmp_err_convert): port unreachable becomes ECONNREFUSED, host and
 * administratively-prohibited unreachables become EHOSTUNREACH, net ones ENETUNREACH.
 */
function outcomeForError(code) {
    if (code && LOCAL_ERRORS.has(code))
        return { kind: 'local', code };
    switch (code) {
        case 'ECONNREFUSED':
        case 'ECONNRESET':
            return { kind: 'answer', state: 'closed', reason: 'refused' };
        case 'ETIMEDOUT':
            return { kind: 'answer', state: 'filtered', reason: 'timeout' };
        case 'EHOSTUNREACH':
        case 'EHOSTDOWN':
        case 'ENONET':
            return { kind: 'answer', state: 'filtered', reason: 'host-unreachable' };
        case 'EACCES':
        case 'EPERM':
            // A firewall on this machine refused to let the packet out.
            return { kind: 'answer', state: 'filtered', reason: 'admin-prohibited' };
        case 'ENETUNREACH':
        case 'ENETDOWN':
        case 'EAFNOSUPPORT':
        case 'EPROTO':
        case 'EINVAL':
        default:
            return { kind: 'answer', state: 'filtered', reason: 'network-unreachable' };
    }
}

;// CONCATENATED MODULE: ./src/prober/tcp.ts


const OPEN = { kind: 'answer', state: 'open', reason: 'connected' };
const SELF = { kind: 'self' };
const ignore = () => undefined;
/**
 * One TCP connect probe. A completed handshake is `open` unless the socket met itself
 * (same local and remote address and port: loopback simultaneous open, which nmap also
 * checks for); the connection is then reset rather than closed, so neither side keeps a
 * TIME_WAIT entry and a scan of many open ports does not use up ephemeral ports.
 */
function probeTcp(host, port, done) {
    const socket = new external_node_net_namespaceObject.Socket();
    let finished = false;
    socket.on('error', (err) => {
        if (finished)
            return;
        finished = true;
        socket.destroy();
        done(outcomeForError(err.code));
    });
    socket.once('connect', () => {
        if (finished)
            return;
        finished = true;
        const self = socket.localPort === socket.remotePort && socket.localAddress === socket.remoteAddress;
        socket.resetAndDestroy();
        done(self ? SELF : OPEN);
    });
    socket.connect({ host, port });
    return {
        cancel() {
            if (finished)
                return;
            finished = true;
            socket.removeAllListeners();
            socket.on('error', ignore);
            socket.destroy();
        },
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/prober/tcp-fast.ts



const tcp_fast_OPEN = { kind: 'answer', state: 'open', reason: 'connected' };
const REFUSED = { kind: 'answer', state: 'closed', reason: 'refused' };
/** libuv reports errors as negative errno; ECONNREFUSED is nearly every port of a sweep. */
const UV_ECONNREFUSED = -external_node_os_namespaceObject.constants.errno.ECONNREFUSED;
const tcp_fast_SELF = { kind: 'self' };
function loadBinding() {
    if (process.env.PORTCULLIS_PROBER === 'net')
        return undefined;
    try {
        const binding = process.binding('tcp_wrap');
        if (typeof binding?.TCP !== 'function' ||
            typeof binding.TCPConnectWrap !== 'function' ||
            typeof binding.constants?.SOCKET !== 'number') {
            return undefined;
        }
        const probe = new binding.TCP(binding.constants.SOCKET);
        const ok = ['connect', 'connect6', 'getsockname', 'getpeername', 'close'].every((m) => typeof probe[m] === 'function');
        probe.close();
        return ok ? binding : undefined;
    }
    catch {
        return undefined;
    }
}
function errorCode(status) {
    try {
        return (0,external_node_util_namespaceObject.getSystemErrorName)(status);
    }
    catch {
        return undefined;
    }
}
let cached;
/** The fast TCP probe, or undefined where this Node does not offer the handle it needs. */
function fastTcpProbe() {
    if (cached !== undefined)
        return cached ?? undefined;
    const binding = loadBinding();
    if (!binding) {
        cached = null;
        return undefined;
    }
    const { TCP, TCPConnectWrap } = binding;
    const SOCKET = binding.constants.SOCKET;
    const probe = (host, port, done) => {
        const handle = new TCP(SOCKET);
        const req = new TCPConnectWrap();
        let finished = false;
        req.address = host;
        req.port = port;
        req.oncomplete = (status) => {
            if (finished)
                return;
            finished = true;
            if (status === 0) {
                const local = {};
                const remote = {};
                handle.getsockname(local);
                handle.getpeername(remote);
                // Reset rather than close: no TIME_WAIT on either side, so many open ports never
                // use up ephemeral ports, and the service sees one short-lived connection.
                if (typeof handle.reset !== 'function' || handle.reset() !== 0)
                    handle.close();
                done(local.port === remote.port && local.address === remote.address ? tcp_fast_SELF : tcp_fast_OPEN);
                return;
            }
            handle.close();
            done(status === UV_ECONNREFUSED ? REFUSED : outcomeForError(errorCode(status)));
        };
        // Targets are canonical IP literals, so a colon means IPv6.
        const err = host.includes(':') ? handle.connect6(req, host, port) : handle.connect(req, host, port);
        if (err) {
            finished = true;
            handle.close();
            const outcome = outcomeForError(errorCode(err));
            // connect(2) failing at once (EMFILE, EADDRNOTAVAIL, ENETUNREACH) is reported on the next
            // turn, as a socket error would be, so the engine's bookkeeping sees a started probe.
            process.nextTick(done, outcome);
        }
        return {
            cancel() {
                if (finished)
                    return;
                finished = true;
                handle.close();
            },
        };
    };
    cached = probe;
    return probe;
}

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");
;// CONCATENATED MODULE: ./src/prober/udp-payloads.ts
/**
 * Bytes that make a UDP service answer. UDP has no handshake: an empty datagram is
 * ignored by nearly every service, so silence would say nothing. Each payload here
 * is a small, harmless, well-formed first message of its protocol that a server
 * answers (even if only to refuse), built from the protocol's RFC or specification.
 * None asks for a large answer (no DNS ANY, no memcached `stats`, no SNMP walk), so
 * a probe never turns a service into an amplifier.
 *
 * The fingerprint stage imports this file read-only.
 */
/** DNS (RFC 1035): a recursive query for the root's NS records; every server answers, if only REFUSED. */
function dnsQuery(id = 0x5043) {
    const header = Buffer.alloc(12);
    header.writeUInt16BE(id, 0);
    header.writeUInt16BE(0x0100, 2); // standard query, recursion desired
    header.writeUInt16BE(1, 4); // one question
    const question = Buffer.from([0x00, 0x00, 0x02, 0x00, 0x01]); // root name, type NS, class IN
    return Buffer.concat([header, question]);
}
/** NTP (RFC 5905): a 48-byte client request (LI unsynchronised, version 4, mode 3). */
function ntpRequest() {
    const packet = Buffer.alloc(48);
    packet[0] = 0xe3;
    return packet;
}
function berLength(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    if (n < 0x100)
        return Buffer.from([0x81, n]);
    return Buffer.from([0x82, n >> 8, n & 0xff]);
}
function tlv(tag, content) {
    return Buffer.concat([Buffer.from([tag]), berLength(content.length), content]);
}
function berInteger(n) {
    const bytes = [];
    let v = n;
    do {
        bytes.unshift(v & 0xff);
        v >>>= 8;
    } while (v > 0);
    if (bytes[0] & 0x80)
        bytes.unshift(0);
    return tlv(0x02, Buffer.from(bytes));
}
function berOid(oid) {
    const arcs = oid.split('.').map(Number);
    const out = [arcs[0] * 40 + arcs[1]];
    for (const arc of arcs.slice(2)) {
        const chunk = [arc & 0x7f];
        let v = arc >>> 7;
        while (v > 0) {
            chunk.unshift((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.push(...chunk);
    }
    return tlv(0x06, Buffer.from(out));
}
/** SNMP v2c (RFC 3416): GetRequest for sysDescr.0 with the given community (default `public`). */
function snmpGetRequest(community = 'public', requestId = 0x5043) {
    const varbind = tlv(0x30, Buffer.concat([berOid('1.3.6.1.2.1.1.1.0'), Buffer.from([0x05, 0x00])]));
    const pdu = tlv(0xa0, Buffer.concat([berInteger(requestId), berInteger(0), berInteger(0), tlv(0x30, varbind)]));
    return tlv(0x30, Buffer.concat([berInteger(1), tlv(0x04, Buffer.from(community, 'utf8')), pdu]));
}
/**
 * IKEv2 (RFC 7296): an IKE_SA_INIT request offering AES-CBC, SHA-2/SHA-1 and MODP-2048,
 * with a key-exchange value and a nonce. A responder answers with its own IKE_SA_INIT,
 * or with a notification (NO_PROPOSAL_CHOSEN, INVALID_KE_PAYLOAD, COOKIE) — an answer
 * either way. On port 4500 (NAT traversal) the message follows a four-byte zero marker.
 */
function ikeSaInit(natTraversal = false) {
    const transform = (last, type, id, keyBits) => {
        const attr = keyBits ? Buffer.from([0x80, 0x0e, keyBits >> 8, keyBits & 0xff]) : Buffer.alloc(0);
        const t = Buffer.alloc(8);
        t[0] = last ? 0 : 3;
        t.writeUInt16BE(8 + attr.length, 2);
        t[4] = type;
        t.writeUInt16BE(id, 6);
        return Buffer.concat([t, attr]);
    };
    const transforms = [
        transform(false, 1, 12, 256), // ENCR_AES_CBC 256
        transform(false, 1, 12, 128), // ENCR_AES_CBC 128
        transform(false, 2, 5), // PRF_HMAC_SHA2_256
        transform(false, 2, 2), // PRF_HMAC_SHA1
        transform(false, 3, 12), // AUTH_HMAC_SHA2_256_128
        transform(false, 3, 2), // AUTH_HMAC_SHA1_96
        transform(true, 4, 14), // DH group 14, MODP-2048
    ];
    const proposalBody = Buffer.concat(transforms);
    const proposal = Buffer.alloc(8);
    proposal[0] = 0; // last proposal
    proposal.writeUInt16BE(8 + proposalBody.length, 2);
    proposal[4] = 1; // proposal number
    proposal[5] = 1; // protocol IKE
    proposal[6] = 0; // no SPI in IKE_SA_INIT
    proposal[7] = transforms.length;
    const saBody = Buffer.concat([proposal, proposalBody]);
    const sa = Buffer.concat([payloadHeader(34, 4 + saBody.length), saBody]);
    // A MODP-2048 public value below the prime (whose top bytes are all ones).
    const keyData = Buffer.alloc(256, 0x5a);
    keyData[0] = 0x7f;
    const keBody = Buffer.concat([Buffer.from([0x00, 14, 0x00, 0x00]), keyData]);
    const ke = Buffer.concat([payloadHeader(40, 4 + keBody.length), keBody]);
    const nonceBody = Buffer.alloc(32, 0xa5);
    const nonce = Buffer.concat([payloadHeader(0, 4 + nonceBody.length), nonceBody]);
    const body = Buffer.concat([sa, ke, nonce]);
    const header = Buffer.alloc(28);
    Buffer.from('504f5254435553', 'hex').copy(header, 0); // initiator SPI (non-zero), responder SPI zero
    header[7] = 0x01;
    header[16] = 33; // next payload: SA
    header[17] = 0x20; // version 2.0
    header[18] = 34; // IKE_SA_INIT
    header[19] = 0x08; // initiator
    header.writeUInt32BE(28 + body.length, 24);
    const message = Buffer.concat([header, body]);
    return natTraversal ? Buffer.concat([Buffer.alloc(4), message]) : message;
}
function payloadHeader(nextPayload, length) {
    const h = Buffer.alloc(4);
    h[0] = nextPayload;
    h.writeUInt16BE(length, 2);
    return h;
}
/**
 * OpenVPN: P_CONTROL_HARD_RESET_CLIENT_V2 (opcode 7, key id 0) with a session id, no
 * acknowledgements and packet id 0. A server without tls-auth/tls-crypt answers with
 * P_CONTROL_HARD_RESET_SERVER_V2; one with them stays silent to anyone without the key.
 */
function openVpnHardReset() {
    const packet = Buffer.alloc(14);
    packet[0] = (7 << 3) | 0;
    Buffer.from('504f525443554c4c', 'hex').copy(packet, 1); // session id
    packet[9] = 0; // ack array length
    packet.writeUInt32BE(0, 10); // message packet id
    return packet;
}
/** memcached over UDP: the 8-byte frame header, then `version` (a one-line answer). */
function memcachedVersion() {
    const frame = Buffer.from([0x50, 0x43, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00]);
    return Buffer.concat([frame, Buffer.from('version\r\n', 'latin1')]);
}
/** SSDP (UPnP 1.1): a unicast M-SEARCH for every device and service. */
function ssdpSearch() {
    return Buffer.from('M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: ssdp:all\r\n\r\n', 'latin1');
}
const PROBES = new Map([
    [53, { service: 'dns', payload: dnsQuery() }],
    [5353, { service: 'dns', payload: dnsQuery() }],
    [123, { service: 'ntp', payload: ntpRequest() }],
    [161, { service: 'snmp', payload: snmpGetRequest() }],
    [500, { service: 'ike', payload: ikeSaInit(false) }],
    [4500, { service: 'ike', payload: ikeSaInit(true) }],
    [1194, { service: 'openvpn', payload: openVpnHardReset() }],
    [11211, { service: 'memcached', payload: memcachedVersion() }],
    [1900, { service: 'ssdp', payload: ssdpSearch() }],
]);
/** The payload for a UDP port, or undefined when none is known (the prober then sends an empty datagram). */
function udpProbeFor(port) {
    return PROBES.get(port);
}
/** Every port that has a payload, and its service. */
function udpProbePorts() {
    return [...PROBES].map(([port, p]) => ({ port, service: p.service }));
}

;// CONCATENATED MODULE: ./src/prober/udp.ts




const REPLY = { kind: 'answer', state: 'open', reason: 'reply' };
const EMPTY = Buffer.alloc(0);
const udp_ignore = () => undefined;
/**
 * One UDP probe on a connected socket: connecting lets the kernel hand back an ICMP
 * port unreachable as ECONNREFUSED on the socket (closed), and filters out datagrams
 * from anyone but the target. A reply is open; silence is left to the engine's timer
 * (open|filtered after the retries).
 */
function probeUdp(host, port, done) {
    const socket = (0,external_node_dgram_namespaceObject.createSocket)({ type: (0,external_node_net_namespaceObject.isIPv6)(host) ? 'udp6' : 'udp4' });
    let finished = false;
    const end = (outcome) => {
        if (finished)
            return;
        finished = true;
        close();
        done(outcome);
    };
    const close = () => {
        socket.removeAllListeners();
        socket.on('error', udp_ignore);
        try {
            socket.close();
        }
        catch {
            // already closed
        }
    };
    socket.on('error', (err) => end(outcomeForError(err.code)));
    socket.on('message', () => end(REPLY));
    socket.connect(port, host, () => {
        if (finished)
            return;
        const payload = udpProbeFor(port)?.payload ?? EMPTY;
        socket.send(payload, (err) => {
            if (err)
                end(outcomeForError(err.code));
        });
    });
    return {
        cancel() {
            if (finished)
                return;
            finished = true;
            close();
        },
    };
}

;// CONCATENATED MODULE: ./src/prober/probes.ts



/** The probe functions for each protocol, as the engine takes them. */
function probeFunctions(tcpImplementation = 'auto') {
    const tcp = (tcpImplementation === 'net' ? undefined : fastTcpProbe()) ?? probeTcp;
    return { tcp, udp: probeUdp };
}
function toResult(task, state, reason, tries, rttMs) {
    const r = { host: task.host, port: task.port, protocol: task.protocol, state, reason, tries };
    if (task.hostname !== undefined)
        r.hostname = task.hostname;
    if (rttMs !== undefined)
        r.rttMs = Math.round(rttMs * 100) / 100;
    return r;
}

;// CONCATENATED MODULE: ./src/prober/shard-protocol.ts
function emptyCounts() {
    return { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 };
}
function countResult(counts, state) {
    counts.probed++;
    switch (state) {
        case 'open':
            counts.open++;
            return true;
        case 'open|filtered':
            counts.openFiltered = (counts.openFiltered ?? 0) + 1;
            return true;
        case 'closed':
            counts.closed++;
            return false;
        case 'filtered':
            counts.filtered++;
            return false;
    }
}
function addCounts(into, from) {
    into.probed += from.probed;
    into.open += from.open;
    into.closed += from.closed;
    into.filtered += from.filtered;
    into.openFiltered = (into.openFiltered ?? 0) + (from.openFiltered ?? 0);
}

;// CONCATENATED MODULE: ./src/prober/worker.ts
/**
 * A prober worker thread: runs one ProbeEngine over the task groups the main thread
 * sends it, and reports results in small batches. Started by shards.ts.
 */





const port = external_node_worker_threads_namespaceObject.parentPort;
if (!port)
    throw new Error('prober worker started outside a worker thread');
const init = external_node_worker_threads_namespaceObject.workerData;
/** Ask for more work while fewer than this many tasks are queued. */
const LOW_WATER = Math.max(256, init.concurrency * 2);
const REPORT_EVERY_MS = 100;
const groups = [];
let portIndex = 0;
let queued = 0;
let requested = 0;
let ended = false;
let onReady;
const source = {
    next() {
        while (groups.length > 0) {
            const g = groups[0];
            if (portIndex < g.ports.length) {
                const task = { host: g.host, port: g.ports[portIndex++], protocol: g.protocol };
                if (g.hostname !== undefined)
                    task.hostname = g.hostname;
                queued--;
                if (queued < LOW_WATER)
                    askForMore();
                return task;
            }
            groups.shift();
            portIndex = 0;
        }
        if (ended)
            return undefined;
        askForMore();
        return null;
    },
    whenReady(callback) {
        onReady = callback;
    },
};
let counts = emptyCounts();
let kept = [];
let done = 0;
let reportTimer;
function report(wants = 0) {
    if (reportTimer) {
        clearTimeout(reportTimer);
        reportTimer = undefined;
    }
    const message = { type: 'progress', done, counts, kept, wants };
    port.postMessage(message);
    counts = emptyCounts();
    kept = [];
    done = 0;
}
function askForMore() {
    if (ended || requested > 0)
        return;
    requested = 1;
    report(1);
}
const abortController = new AbortController();
port.on('message', (message) => {
    switch (message.type) {
        case 'tasks':
            requested = 0;
            for (const g of message.groups) {
                groups.push(g);
                queued += g.ports.length;
            }
            break;
        case 'end':
            ended = true;
            break;
        case 'abort':
            abortController.abort();
            return;
    }
    const ready = onReady;
    onReady = undefined;
    ready?.();
});
const engine = new ProbeEngine(source, {
    concurrency: init.concurrency,
    minTimeoutMs: init.minTimeoutMs,
    maxTimeoutMs: init.maxTimeoutMs,
    retries: init.retries,
    probes: probeFunctions(init.tcpImplementation),
    logger: silentLogger,
    signal: abortController.signal,
    onResult(task, state, reason, tries, rttMs) {
        done++;
        const keep = countResult(counts, state);
        if (keep || init.keepClosed)
            kept.push(toResult(task, state, reason, tries, rttMs));
        if (!reportTimer)
            reportTimer = setTimeout(() => report(), REPORT_EVERY_MS);
    },
});
engine.run().then((aborted) => {
    report();
    const message = { type: 'finished', aborted, stats: engine.stats };
    port.postMessage(message);
}, (err) => {
    const message = { type: 'failed', message: err instanceof Error ? err.message : String(err) };
    port.postMessage(message);
});

