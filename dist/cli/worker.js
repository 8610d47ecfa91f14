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
;// CONCATENATED MODULE: ./src/catalogue/records/web.ts
/**
 * Facts of products behind HTTP (src/fingerprint/products/table.ts names them by namespace);
 * every fact KEY has KEY_proof, the exchange that proved it. A test keeps this list and the
 * product table in step.
 */
const PRODUCT_FACT_NAMESPACES = [
    'docker',
    'kubernetes',
    'kubelet',
    'etcd',
    'consul',
    'elasticsearch',
    'opensearch',
    'couchdb',
    'influxdb',
    'clickhouse',
    'prometheus',
    'jaeger',
    'kibana',
    'jenkins',
    'jupyter',
    'node_inspector',
];
function productFacts() {
    const out = {};
    const fact = (key, meaning) => {
        out[key] = { type: 'boolean', meaning };
        out[`${key}_proof`] = { type: 'string', meaning: `the exchange that proved ${key}` };
    };
    for (const ns of PRODUCT_FACT_NAMESPACES)
        fact(`${ns}.unauthenticated`, 'an unauthenticated read answered (true), or was refused (false)');
    fact('prometheus.metrics_exposed', 'GET /metrics answered in the Prometheus text format');
    fact('haproxy.stats_exposed', 'the statistics page answered without credentials (false: it asked for them)');
    return out;
}
const PRODUCT_FACT_DOCS = productFacts();
const tls = {
    name: 'tls',
    service: 'tls',
    description: 'TLS (any service inside it; ServiceInfo.tls = true, and the service is named inside)',
    group: 'TLS (any service inside TLS; ServiceInfo.tls = true)',
    tcp: { weight: 95, ports: [] },
    evidence: {
        'tls.version': { type: 'string', meaning: 'negotiated version: "1.3", "1.2", "1.1", "1.0"' },
        'tls.alpn': {
            type: 'string|null',
            meaning: 'negotiated ALPN protocol ("h2", "http/1.1"), null when none',
        },
        'tls.cipher': { type: 'string', meaning: 'negotiated cipher suite name' },
        'tls.subject': {
            type: 'string',
            meaning: 'certificate subject CN, else the whole subject',
            text: true,
        },
        'tls.issuer': { type: 'string', meaning: 'certificate issuer CN, else the whole issuer', text: true },
        'tls.sans': {
            type: 'string[]',
            meaning: 'subjectAltName entries, "DNS:x" / "IP Address:y" as Node prints them',
            text: true,
        },
        'tls.not_before': { type: 'string', meaning: 'ISO 8601' },
        'tls.not_after': { type: 'string', meaning: 'ISO 8601' },
        'tls.expired': { type: 'boolean', meaning: 'not_after is in the past at scan time' },
        'tls.self_signed': {
            type: 'boolean',
            meaning: 'issuer equals subject and the certificate verifies with its own key',
        },
        'tls.alert': {
            type: 'number',
            meaning: 'only when no handshake completed: the TLS alert our ClientHello got',
        },
        'tls.silent': {
            type: 'boolean',
            meaning: 'true: the port accepted a TCP connection and our ClientHello got no reply at all (not a byte in its whole wait, or a hang-up without one); a TLS requirement on the port is then violated, not unverified',
        },
    },
};
const http = {
    name: 'http',
    service: 'http',
    description: 'HTTP/1.1: GET / with the target as Host',
    group: 'HTTP / HTTPS',
    tcp: { weight: 100, ports: [80, 8000, 8008, 8080, 8888] },
    tls: { name: 'https', ports: [443, 8443] },
    evidence: {
        'http.status': { type: 'number', meaning: 'status code of GET /' },
        'http.server': { type: 'string', meaning: 'Server header', text: true },
        'http.location': { type: 'string', meaning: 'Location header', text: true },
        'http.location_host': { type: 'string', meaning: 'host of the Location URL, lower-case', text: true },
        'http.redirects_to_https': { type: 'boolean', meaning: '3xx whose Location is https://' },
        'http.idp_redirect': {
            type: 'boolean',
            meaning: '3xx to a known identity-provider host or path (Okta, Entra ID, Google, Auth0, Keycloak, OIDC /authorize, SAML)',
        },
        'http.www_authenticate': {
            type: 'string[]',
            meaning: 'auth schemes offered by WWW-Authenticate ("Basic", "Negotiate", …)',
        },
        'http.auth_required': { type: 'boolean', meaning: 'status 401 or 407' },
        'http.silent': {
            type: 'boolean',
            meaning: 'true: an HTTP request (in cleartext, or inside TLS on a TLS port) got no reply at all on a connection the port accepted; a redirect requirement is then violated. Never set for UDP, nor on ports not open.',
        },
        'http.product_proof': {
            type: 'string',
            meaning: 'the exchange that named ServiceInfo.product ("GET /version → 200 with …")',
        },
        'http.open_proxy': {
            type: 'boolean',
            meaning: "true: a request for another HTTP endpoint of this scan (absolute URI or CONNECT) came back with that endpoint's own answer; false: a proxy product forwarded nothing",
        },
        'http.open_proxy_proof': { type: 'string', meaning: 'the exchanges behind http.open_proxy' },
        ...PRODUCT_FACT_DOCS,
    },
};
const winrm = {
    name: 'winrm',
    service: 'winrm',
    description: 'Windows Remote Management: an empty POST /wsman',
    group: 'File sharing and management',
    tcp: { weight: 20, ports: [5985] },
    tls: { name: 'winrm', ports: [5986] },
    evidence: {
        'winrm.auth_schemes': { type: 'string[]', meaning: 'WWW-Authenticate schemes of POST /wsman' },
        'winrm.basic_auth': { type: 'boolean', meaning: 'Basic is among them' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/payloads.ts
/**
 * The bytes the catalogue's records send, built once from each protocol's RFC or
 * specification. Each carries a marker of ours (a query id, an SPI, a session id, a
 * timestamp) that a real answer names back, so a parser can tell an answer to us from
 * noise, and a reflection (the same bytes coming back) from an answer.
 */
/** Our marker in ids and cookies: "PC" and "portcull". */
const DNS_QUERY_ID = 0x5043;
const IKE_SPI = Buffer.from('portcull', 'latin1');
const OPENVPN_SESSION = Buffer.from('portcull', 'latin1');
const NTP_TRANSMIT = Buffer.from('portcull', 'latin1');
const SNMP_REQUEST_ID = 0x50430001;
/** DNS (RFC 1035): version.bind TXT in class CHAOS, recursion desired; every server answers, if only REFUSED. */
function versionQuery() {
    const header = Buffer.from([DNS_QUERY_ID >> 8, DNS_QUERY_ID & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    const qname = Buffer.from([7, ...Buffer.from('version'), 4, ...Buffer.from('bind'), 0]);
    return Buffer.concat([header, qname, Buffer.from([0, 16, 0, 3])]);
}
/** DNS over TCP: a 16-bit length before the message (RFC 1035 §4.2.2). */
function tcpFramed(message) {
    const len = Buffer.alloc(2);
    len.writeUInt16BE(message.length);
    return Buffer.concat([len, message]);
}
/** NTP (RFC 5905): a 48-byte client request (version 4, mode 3) with our transmit timestamp. */
function ntpRequest() {
    const b = Buffer.alloc(48);
    b[0] = 0x23;
    NTP_TRANSMIT.copy(b, 40);
    return b;
}
/** 1.3.6.1.2.1.1.1.0, sysDescr.0 */
const SYS_DESCR_OID = Buffer.from([0x2b, 6, 1, 2, 1, 1, 1, 0]);
function tlv(tag, value) {
    const len = value.length;
    const head = len < 128 ? Buffer.from([tag, len]) : Buffer.from([tag, 0x82, len >> 8, len & 0xff]);
    return Buffer.concat([head, value]);
}
/** SNMP v2c (RFC 3416): GetRequest for sysDescr.0 with community `community`. */
function getRequest(community = 'public') {
    const rid = Buffer.alloc(4);
    rid.writeUInt32BE(SNMP_REQUEST_ID);
    const varbind = tlv(0x30, Buffer.concat([tlv(0x06, SYS_DESCR_OID), Buffer.from([0x05, 0x00])]));
    const pdu = tlv(0xa0, Buffer.concat([
        tlv(0x02, rid),
        tlv(0x02, Buffer.from([0])),
        tlv(0x02, Buffer.from([0])),
        tlv(0x30, varbind),
    ]));
    return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([1])), tlv(0x04, Buffer.from(community, 'latin1')), pdu]));
}
function ikePayload(next, body) {
    const h = Buffer.from([next, 0, 0, 0]);
    h.writeUInt16BE(4 + body.length, 2);
    return Buffer.concat([h, body]);
}
function ikeTransform(last, type, id, attrs = Buffer.alloc(0)) {
    const b = Buffer.from([last ? 0 : 3, 0, 0, 0, type, 0, id >> 8, id & 0xff]);
    b.writeUInt16BE(8 + attrs.length, 2);
    return Buffer.concat([b, attrs]);
}
/**
 * IKEv2 (RFC 7296): an IKE_SA_INIT offering AES-CBC-128, SHA-256, MODP-2048, with a KE and a
 * nonce. A responder answers with its own IKE_SA_INIT or a notification, an answer either way.
 */
function ikeSaInit() {
    const transforms = Buffer.concat([
        ikeTransform(false, 1, 12, Buffer.from([0x80, 0x0e, 0x00, 0x80])),
        ikeTransform(false, 2, 5),
        ikeTransform(false, 3, 12),
        ikeTransform(true, 4, 14),
    ]);
    const proposal = Buffer.concat([Buffer.from([0, 0, 0, 0, 1, 1, 0, 4]), transforms]);
    proposal.writeUInt16BE(proposal.length, 2);
    const sa = ikePayload(34, proposal);
    const keyData = Buffer.alloc(256, 0x5a);
    const ke = ikePayload(40, Buffer.concat([Buffer.from([0, 14, 0, 0]), keyData]));
    const nonce = ikePayload(0, Buffer.alloc(32, 0x4e));
    const body = Buffer.concat([sa, ke, nonce]);
    const header = Buffer.alloc(28);
    IKE_SPI.copy(header, 0);
    header[16] = 33; // next payload: SA
    header[17] = 0x20; // version 2.0
    header[18] = 34; // IKE_SA_INIT
    header[19] = 0x08; // initiator
    header.writeUInt32BE(28 + body.length, 24);
    return Buffer.concat([header, body]);
}
/** The four zero bytes that mark IKE (not ESP) on the NAT-T port (RFC 3948). */
function ikeNatTraversal() {
    return Buffer.concat([Buffer.alloc(4), ikeSaInit()]);
}
/** OpenVPN P_CONTROL_HARD_RESET_CLIENT_V2 without tls-auth: opcode 7, session id, no acks, packet id 0. */
function hardReset() {
    return Buffer.concat([Buffer.from([7 << 3]), OPENVPN_SESSION, Buffer.from([0, 0, 0, 0, 0])]);
}
/** memcached over UDP: the 8-byte frame header (request id, sequence 0, one datagram), then `version`. */
function memcachedVersion() {
    return Buffer.concat([Buffer.from([0x50, 0x43, 0, 0, 0, 1, 0, 0]), Buffer.from('version\r\n', 'latin1')]);
}
/** SSDP (UPnP 1.1): a unicast M-SEARCH for every device and service. */
function ssdpSearch() {
    return Buffer.from('M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: ssdp:all\r\n\r\n', 'latin1');
}

;// CONCATENATED MODULE: ./src/catalogue/records/remote.ts

const ssh = {
    name: 'ssh',
    service: 'ssh',
    description: 'Secure Shell: the banner, then the authentication methods offered to "none"',
    group: 'SSH',
    tcp: { weight: 90, ports: [22], greeting: true },
    evidence: {
        'ssh.protocol': { type: 'string', meaning: '"2.0" (or "1.99", "1.5")' },
        'ssh.software': {
            type: 'string',
            meaning: 'software part of the banner, e.g. "OpenSSH_9.2p1"',
            text: true,
        },
        'ssh.auth_methods': {
            type: 'string[]',
            meaning: 'methods offered after the "none" request: "publickey", "password", "keyboard-interactive", "gssapi-with-mic", …',
        },
        'ssh.none_auth': {
            type: 'boolean',
            meaning: 'the server accepted "none": a login without any credential',
        },
        'ssh.password_auth': { type: 'boolean', meaning: '"password" is offered as a first factor' },
        'ssh.kbd_interactive_auth': {
            type: 'boolean',
            meaning: '"keyboard-interactive" is offered as a first factor',
        },
        'ssh.publickey_auth': { type: 'boolean', meaning: '"publickey" is offered as a first factor' },
        'ssh.credentials_accepted': {
            type: 'boolean',
            meaning: 'with credentials from options.credentials.ssh only (never stored or logged): the test credential completed the login on its own',
        },
        'ssh.partial_success': {
            type: 'boolean',
            meaning: 'with credentials: the first factor was accepted and another one is demanded',
        },
        'ssh.second_factor_methods': {
            type: 'string[]',
            meaning: 'with credentials: methods the server demands after partial success',
        },
    },
};
const rdp = {
    name: 'rdp',
    service: 'rdp',
    description: 'Remote Desktop Protocol: an X.224 connection request with RDP negotiation',
    group: 'RDP',
    tcp: { weight: 30, ports: [3389] },
    evidence: {
        'rdp.selected_protocol': {
            type: 'string',
            meaning: 'what the server chose from RDP|TLS|CredSSP: "rdp", "ssl", "hybrid", "hybrid_ex"',
        },
        'rdp.standard_security_allowed': {
            type: 'boolean',
            meaning: 'a client asking for standard RDP security only is accepted',
        },
        'rdp.nla_supported': { type: 'boolean', meaning: 'CredSSP (NLA) is offered' },
        'rdp.nla_required': { type: 'boolean', meaning: 'a client asking for TLS without CredSSP is refused' },
    },
};
const vnc = {
    name: 'vnc',
    service: 'vnc',
    description: 'VNC (RFB): the version greeting, then the security types offered',
    group: 'VNC',
    tcp: { weight: 65, ports: [5900, 5901, 5902, 5903], greeting: true },
    evidence: {
        'vnc.protocol_version': { type: 'string', meaning: '"3.8", "3.7", "3.3"' },
        'vnc.security_types': {
            type: 'string[]',
            meaning: '"None", "VNC Authentication", "Tight", "VeNCrypt", "TLS", "RA2", …',
        },
        'vnc.no_auth': { type: 'boolean', meaning: 'security type None is offered' },
    },
};
const telnet = {
    name: 'telnet',
    service: 'telnet',
    description: 'Telnet: option negotiation or a login prompt',
    group: 'Telnet',
    tcp: { weight: 55, ports: [23], greeting: true },
    evidence: {
        'telnet.open': {
            type: 'boolean',
            meaning: 'a telnet server answered (option negotiation or a login prompt)',
        },
    },
};
const openvpn = {
    name: 'openvpn',
    service: 'openvpn',
    description: 'OpenVPN: a client hard reset (TCP framed with a 16-bit length)',
    group: 'VPN gateways and name service',
    tcp: { weight: 15, ports: [1194] },
    udp: {
        weight: 70,
        ports: [1194],
        payloads: [{ bytes: hardReset() }],
    },
    evidence: {
        'openvpn.detected': {
            type: 'boolean',
            meaning: 'a client hard reset got a server hard reset (no tls-auth/tls-crypt key needed)',
        },
    },
};
const ike = {
    name: 'ike',
    service: 'ike',
    description: 'IPsec IKE: an IKEv2 IKE_SA_INIT, bare and with the NAT-T marker',
    group: 'VPN gateways and name service',
    udp: {
        weight: 60,
        ports: [500, 4500],
        payloads: [
            { bytes: ikeSaInit(), ports: [500] },
            { bytes: ikeNatTraversal(), ports: [4500] },
        ],
    },
    evidence: {
        'ike.detected': {
            type: 'boolean',
            meaning: 'an IKE_SA_INIT got an IKE answer naming our SPI (a reflection of our own bytes never counts)',
        },
        'ike.version': {
            type: 'string',
            meaning: '"2", or "1" when an IKEv1-only responder answered with a notify',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/mail.ts
const ftp = {
    name: 'ftp',
    service: 'ftp',
    description: 'FTP: the 220 greeting (SYST when it does not say what it is), anonymous login, AUTH TLS',
    group: 'FTP',
    tcp: { weight: 85, ports: [21], greeting: true },
    tls: { name: 'ftps', ports: [990] },
    evidence: {
        'ftp.anonymous': { type: 'boolean', meaning: 'USER anonymous was accepted with a dummy password' },
        'ftp.auth_tls': { type: 'boolean', meaning: 'AUTH TLS is accepted (explicit FTPS)' },
    },
};
const smtp = {
    name: 'smtp',
    service: 'smtp',
    description: 'SMTP: the 220 greeting and EHLO',
    group: 'SMTP / POP3 / IMAP',
    tcp: { weight: 80, ports: [25, 587], greeting: true },
    tls: { name: 'smtps', ports: [465] },
    evidence: {
        'smtp.starttls': { type: 'boolean', meaning: 'EHLO lists STARTTLS' },
        'smtp.auth_methods': { type: 'string[]', meaning: "EHLO's AUTH mechanisms" },
    },
};
const pop3 = {
    name: 'pop3',
    service: 'pop3',
    description: 'POP3: the +OK greeting and CAPA',
    group: 'SMTP / POP3 / IMAP',
    tcp: { weight: 75, ports: [110], greeting: true },
    tls: { name: 'pop3s', ports: [995] },
    evidence: { 'pop3.stls': { type: 'boolean', meaning: 'CAPA lists STLS' } },
};
const imap = {
    name: 'imap',
    service: 'imap',
    description: 'IMAP: the * OK greeting and CAPABILITY',
    group: 'SMTP / POP3 / IMAP',
    tcp: { weight: 70, ports: [143], greeting: true },
    tls: { name: 'imaps', ports: [993] },
    evidence: {
        'imap.starttls': { type: 'boolean', meaning: 'CAPABILITY lists STARTTLS' },
        'imap.login_disabled': { type: 'boolean', meaning: 'CAPABILITY lists LOGINDISABLED' },
        'imap.preauth': {
            type: 'boolean',
            meaning: 'the greeting is "* PREAUTH": logged in without credentials',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/data.ts

const mysql = {
    name: 'mysql',
    service: 'mysql',
    description: 'MySQL / MariaDB: the initial handshake packet',
    group: 'Databases and caches',
    tcp: { weight: 60, ports: [3306], greeting: true },
    evidence: {
        'mysql.version': { type: 'string', meaning: 'server version from the greeting', text: true },
        'mysql.ssl': { type: 'boolean', meaning: 'the greeting advertises CLIENT_SSL' },
        'mysql.auth_plugin': { type: 'string', meaning: 'default authentication plugin', text: true },
        'mysql.host_blocked': {
            type: 'boolean',
            meaning: 'the server refused our address (error 1130) before the handshake',
        },
    },
};
const redis = {
    name: 'redis',
    service: 'redis',
    description: 'Redis: PING and INFO server, as RESP arrays',
    group: 'Databases and caches',
    tcp: { weight: 50, ports: [6379] },
    evidence: {
        'redis.auth_required': {
            type: 'boolean',
            meaning: 'PING answered NOAUTH (false: PONG without a password)',
        },
        'redis.protected_mode': {
            type: 'boolean',
            meaning: 'the server refused us with its protected-mode message',
        },
        'redis.version': { type: 'string', meaning: 'redis_version from INFO (only without auth)', text: true },
    },
};
const redisSentinel = {
    name: 'redis_sentinel',
    service: 'redis-sentinel',
    description: 'Redis Sentinel: PING and INFO sentinel, as RESP arrays',
    group: 'Databases and caches',
    tcp: { weight: 12, ports: [26379] },
    evidence: {
        'redis_sentinel.auth_required': {
            type: 'boolean',
            meaning: 'false: PING got PONG and INFO said sentinel without a password, so SENTINEL commands (masters, failover, reconfiguration) answer anyone; a Sentinel with requirepass is indistinguishable from Redis and named redis',
        },
        'redis_sentinel.masters': {
            type: 'number',
            meaning: 'sentinel_masters from INFO sentinel: how many masters it monitors',
        },
    },
};
const postgresql = {
    name: 'postgresql',
    service: 'postgresql',
    description: 'PostgreSQL: SSLRequest, then a startup message for user "portcullis"; an 8-byte version 2.0 startup, whose refusal names PgBouncer (product pgbouncer)',
    group: 'Databases and caches',
    tcp: { weight: 45, ports: [5432] },
    evidence: {
        'postgresql.ssl': { type: 'boolean', meaning: "SSLRequest answered 'S'" },
        'postgresql.auth_method': {
            type: 'string',
            meaning: 'what a startup for user "portcullis" gets: "trust" (no password), "password", "md5", "scram-sha-256", "gss", "sspi", "rejected"',
        },
        'postgresql.auth_required': { type: 'boolean', meaning: 'false only for "trust"' },
    },
};
const memcached = {
    name: 'memcached',
    service: 'memcached',
    description: 'memcached: `version`, over TCP and in a UDP frame; over UDP, then one `stats` frame',
    group: 'Databases and caches',
    tcp: { weight: 40, ports: [11211] },
    udp: { weight: 50, ports: [11211], payloads: [{ bytes: memcachedVersion() }] },
    evidence: {
        'memcached.auth_required': {
            type: 'boolean',
            meaning: 'false when "version" is answered without authentication',
        },
        'memcached.version': { type: 'string', meaning: 'the version it answered', text: true },
        'memcached.udp': { type: 'boolean', meaning: 'the UDP protocol answered (amplification risk)' },
        'memcached.udp_amplification': {
            type: 'number',
            meaning: 'UDP only, after `version` answered: bytes of every datagram answering a 15-byte `stats` frame, per byte sent',
        },
    },
};
const mongodb = {
    name: 'mongodb',
    service: 'mongodb',
    description: 'MongoDB: isMaster, buildinfo and listDatabases over OP_QUERY',
    group: 'Databases and caches',
    tcp: { weight: 35, ports: [27017] },
    evidence: {
        'mongodb.version': { type: 'string', meaning: 'version from buildinfo', text: true },
        'mongodb.auth_required': { type: 'boolean', meaning: 'listDatabases refused as unauthorized' },
    },
};
const smb = {
    name: 'smb',
    service: 'smb',
    description: 'SMB: a multi-protocol negotiate, then SMB2 and SMB1-only negotiates',
    group: 'File sharing and management',
    tcp: { weight: 25, ports: [445, 139] },
    evidence: {
        'smb.smb1': { type: 'boolean', meaning: 'a negotiate offering only SMB1 (NT LM 0.12) is accepted' },
        'smb.dialect': {
            type: 'string',
            meaning: 'dialect chosen from our offer of 2.0.2 to 3.0.2 (a 3.1.1 server answers 3.0.2: 3.1.1 needs negotiate contexts we do not send), or "NT LM 0.12" when only SMB1 answered',
        },
        'smb.signing_required': { type: 'boolean', meaning: 'SMB2 security mode requires signing' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/network.ts

/**
 * The name production scans ask a DNS server to resolve, to learn whether it recurses for
 * strangers: IANA's reserved example.com, which every resolver on the internet can answer and no
 * scanned server holds a zone for (so an answer is recursion, whatever its AA bit says: forwarders
 * pass an upstream's AA on). FingerprintOptions.dnsRecursionName replaces it; tests point it at a
 * loopback zone of their own, since there is no internet there.
 */
const DNS_RECURSION_NAME = 'example.com';
const dns = {
    name: 'dns',
    service: 'dns',
    description: 'DNS: version.bind CH TXT, then a recursive A query for a name outside its zones (UDP, and TCP with a length prefix)',
    group: 'VPN gateways and name service',
    tcp: { weight: 92, ports: [53], probe: tcpFramed(versionQuery()) },
    udp: { weight: 100, ports: [53, 5353], payloads: [{ bytes: versionQuery() }] },
    evidence: {
        'dns.open_resolver': {
            type: 'boolean',
            meaning: `true: a recursive A query for a name outside the server's zones (${DNS_RECURSION_NAME} in production scans) got a NOERROR answer with a record for that name; false: it got REFUSED, SERVFAIL, NOTIMP or FORMERR, or NOERROR with no records. Absent when the query went unanswered or got NXDOMAIN. The RA flag proves nothing and is not read (dnsmasq sets it on its REFUSED).`,
        },
        'dns.recursion_query': {
            type: 'string',
            meaning: 'the exchange behind dns.open_resolver: the name asked, the answer code and the record count it got',
        },
        'dns.version': { type: 'string', meaning: 'version.bind CH TXT', text: true },
    },
};
const snmp = {
    name: 'snmp',
    service: 'snmp',
    description: 'SNMP v2c: GetRequest for sysDescr.0 with community "public"',
    group: 'File sharing and management',
    udp: { weight: 90, ports: [161], payloads: [{ bytes: getRequest('public') }] },
    evidence: {
        'snmp.public': { type: 'boolean', meaning: 'a v2c GetRequest with community "public" is answered' },
        'snmp.sys_descr': { type: 'string', meaning: 'sysDescr.0', text: true },
        'snmp.version': { type: 'string', meaning: '"2c" (the version that answered)' },
    },
};
const ntp = {
    name: 'ntp',
    service: 'ntp',
    description: 'NTP: a version 4 client request (mode 3); after an answer, one mode 6 READVAR and one mode 7 MON_GETLIST_1 (monlist)',
    group: 'VPN gateways and name service',
    udp: { weight: 80, ports: [123], payloads: [{ bytes: ntpRequest() }] },
    evidence: {
        'ntp.stratum': { type: 'number', meaning: 'the stratum of the server reply' },
        'ntp.mode6_answered': {
            type: 'boolean',
            meaning: 'a 12-byte mode 6 READVAR got a control response (true), or silence / no response (false); a reflector when true',
        },
        'ntp.monlist_answered': {
            type: 'boolean',
            meaning: 'an 8-byte mode 7 MON_GETLIST_1 (monlist) got a list of at least one client (true: the CVE-2013-5211 amplifier), or nothing (false)',
        },
        'ntp.amplification': {
            type: 'number',
            meaning: 'only when mode 6 or monlist answered: bytes of the first reply datagram per byte sent, the larger of the two (a lower bound: monlist sends many datagrams)',
        },
    },
};
const ssdp = {
    name: 'ssdp',
    service: 'ssdp',
    description: 'SSDP / UPnP: a unicast M-SEARCH for ssdp:all',
    group: 'File sharing and management',
    udp: { weight: 40, ports: [1900], payloads: [{ bytes: ssdpSearch() }] },
    matches: [
        {
            pattern: /^HTTP\/1\.[01] 200 OK\r\n(?:[^\r\n]*\r\n)*?SERVER: *([^\r\n]*)\r\n/i,
            evidence: { 'ssdp.answered': true, 'ssdp.server': '$1' },
        },
        {
            pattern: /^HTTP\/1\.[01] 200 OK\r\n(?:[^\r\n]*\r\n)*?USN: *[^\r\n]+\r\n/i,
            evidence: { 'ssdp.answered': true },
        },
    ],
    evidence: {
        'ssdp.answered': {
            type: 'boolean',
            meaning: 'an M-SEARCH got a search response (its answer is larger than the request: an amplifier)',
        },
        'ssdp.server': { type: 'string', meaning: 'SERVER header of the search response', text: true },
    },
};
/** What an echo service is sent on its own port; any other probe reveals it too (it comes back). */
const ECHO_PROBE = Buffer.from('portcullis echo?\r\n', 'latin1');
const echo = {
    name: 'echo',
    service: 'echo',
    description: 'Echo (RFC 862): a reply that repeats the probe is an echo in every probe path, TCP and UDP, never the protocol probed',
    group: 'Reflections',
    tcp: { weight: 5, ports: [7], probe: ECHO_PROBE },
    udp: { weight: 10, ports: [7], payloads: [{ bytes: ECHO_PROBE }] },
    evidence: {
        'echo.reflects': {
            type: 'boolean',
            meaning: 'the reply began with the bytes of our probe (or held them verbatim, for a probe of 16 bytes or more that no parser recognised in the reply)',
        },
        'echo.reflected_probe': { type: 'string', meaning: 'the probe whose bytes came back (a --probes name)' },
        'echo.amplification': {
            type: 'number',
            meaning: 'bytes received per byte sent, for the reflected probe (over UDP a spoofed source makes any value of 1 or more a reflector)',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/brokers.ts
/**
 * Message brokers: MQTT, AMQP, NATS and Kafka. What a policy needs from each is whether a
 * stranger may use it without credentials.
 */
/**
 * MQTT 3.1.1 CONNECT (OASIS MQTT 3.1.1 §3.1): protocol level 4, clean session, keep-alive 30 s,
 * client id "portcullis", no user name or password; then DISCONNECT (§3.14), so an accepted
 * session ends at once.
 */
function mqttConnect() {
    const variable = Buffer.from([0, 4, ...Buffer.from('MQTT'), 4, 0x02, 0, 30]);
    const clientId = Buffer.from('portcullis');
    const payload = Buffer.concat([Buffer.from([0, clientId.length]), clientId]);
    const body = Buffer.concat([variable, payload]);
    return Buffer.concat([Buffer.from([0x10, body.length]), body, Buffer.from([0xe0, 0x00])]);
}
/** CONNACK (§3.2): 0x20, remaining length 2, session-present flag (0 or 1), return code. */
const CONNACK = '^\\x20\\x02[\\x00\\x01]';
const mqtt = {
    name: 'mqtt',
    service: 'mqtt',
    description: 'MQTT: a 3.1.1 CONNECT without user name or password; the CONNACK return code',
    group: 'Message brokers',
    tcp: { weight: 30, ports: [1883], probe: mqttConnect() },
    matches: [
        { pattern: new RegExp(`${CONNACK}\\x00`), evidence: { 'mqtt.anonymous': true, 'mqtt.connack': 0 } },
        {
            pattern: new RegExp(`${CONNACK}\\x05`),
            evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 5 },
        },
        {
            pattern: new RegExp(`${CONNACK}\\x04`),
            evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 4 },
        },
        // 1: protocol level refused (an MQTT 5-only broker), 2: client id refused, 3: unavailable.
        { pattern: new RegExp(`${CONNACK}[\\x01-\\x03]`), evidence: {} },
    ],
    evidence: {
        'mqtt.anonymous': {
            type: 'boolean',
            meaning: 'true: a CONNECT without user name or password got CONNACK 0 (accepted); false: CONNACK 4 (bad user name or password) or 5 (not authorized). Absent for any other return code',
        },
        'mqtt.connack': { type: 'number', meaning: 'the CONNACK return code (0 accepted, 4 or 5 refused)' },
    },
};
const amqp = {
    name: 'amqp',
    service: 'amqp',
    description: 'AMQP 0-9-1: the protocol header; Connection.Start names the product and its mechanisms',
    group: 'Message brokers',
    tcp: { weight: 28, ports: [5672] },
    evidence: {
        'amqp.protocol': {
            type: 'string',
            meaning: 'the protocol version of Connection.Start ("0-9"), or the protocol header the server answered with instead ("0-0-9-1", "3-1-0-0" for AMQP 1.0 over SASL)',
        },
        'amqp.product': { type: 'string', meaning: '"product" of the server-properties', text: true },
        'amqp.version': { type: 'string', meaning: '"version" of the server-properties', text: true },
        'amqp.mechanisms': { type: 'string', meaning: 'the SASL mechanisms Connection.Start offers', text: true },
        'amqp.anonymous_mechanism': {
            type: 'boolean',
            meaning: 'the mechanisms offered include ANONYMOUS (a login without credentials)',
        },
    },
};
/**
 * A NATS INFO banner (the server speaks first): JSON on one line. `auth_required` is present
 * only when the server demands credentials. The groups: version.
 */
const NATS_INFO = '^INFO \\{(?=[^\\r\\n]*"server_id"\\s*:)';
const NATS_VERSION = '(?:(?=[^\\r\\n]*"version"\\s*:\\s*"([^"\\r\\n]{1,40})")|)';
const nats = {
    name: 'nats',
    service: 'nats',
    description: 'NATS: the INFO banner, whose JSON says whether the server requires authentication',
    group: 'Message brokers',
    tcp: { weight: 26, ports: [4222], greeting: true },
    matches: [
        {
            pattern: new RegExp(`${NATS_INFO}(?=[^\\r\\n]*"auth_required"\\s*:\\s*true)${NATS_VERSION}`),
            product: 'NATS',
            version: '$1',
            evidence: { 'nats.auth_required': true },
        },
        {
            pattern: new RegExp(`${NATS_INFO}${NATS_VERSION}`),
            product: 'NATS',
            version: '$1',
            evidence: { 'nats.auth_required': false },
        },
    ],
    evidence: {
        'nats.auth_required': {
            type: 'boolean',
            meaning: 'the INFO banner says "auth_required": true (false: the key is absent or false)',
        },
    },
};
/**
 * Kafka ApiVersions v0 (KIP-35): size, api_key 18, api_version 0, correlation id "PC\0\1",
 * client id "portcullis". Every broker since 0.10 answers it before authentication.
 */
function kafkaApiVersions() {
    const clientId = Buffer.from('portcullis');
    const body = Buffer.alloc(10);
    body.writeInt16BE(18, 0);
    body.writeInt16BE(0, 2);
    body.writeUInt32BE(0x50430001, 4);
    body.writeInt16BE(clientId.length, 8);
    const msg = Buffer.concat([body, clientId]);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(msg.length);
    return Buffer.concat([size, msg]);
}
const kafka = {
    name: 'kafka',
    service: 'kafka',
    description: 'Kafka: an ApiVersions request; the answer names our correlation id',
    group: 'Message brokers',
    tcp: { weight: 24, ports: [9092], probe: kafkaApiVersions() },
    matches: [
        {
            // size (a small 32-bit length), our correlation id, error_code 0 or 35 (UNSUPPORTED_VERSION).
            pattern: /^\x00[\x00-\x0f][\s\S]{2}PC\x00\x01\x00[\x00\x23]/,
            evidence: { 'kafka.api_versions': true },
        },
    ],
    evidence: {
        'kafka.api_versions': {
            type: 'boolean',
            meaning: 'an ApiVersions request was answered with our correlation id, before any authentication',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/directories.ts
/** Directories and file services: what a stranger may read without credentials. */
const ldap = {
    name: 'ldap',
    service: 'ldap',
    description: 'LDAP: an anonymous simple bind, then a base search of the root DSE',
    group: 'Directories and file services',
    tcp: { weight: 22, ports: [389] },
    tls: { name: 'ldaps', ports: [636] },
    evidence: {
        'ldap.anonymous_bind': {
            type: 'boolean',
            meaning: 'a simple bind with an empty name and password (RFC 4513 §5.1.1) got resultCode 0; false for any other result',
        },
        'ldap.bind_result': { type: 'number', meaning: 'the BindResponse resultCode (0 success, 49, 53, …)' },
        'ldap.root_dse': {
            type: 'boolean',
            meaning: 'the root DSE search returned an entry to an anonymous client',
        },
        'ldap.naming_contexts': {
            type: 'string[]',
            meaning: 'namingContexts of the root DSE (the directory trees it holds)',
            text: true,
        },
    },
};
const rsync = {
    name: 'rsync',
    service: 'rsync',
    description: 'rsync daemon: the `@RSYNCD:` greeting, then `#list` for the modules it lists to anyone',
    group: 'Directories and file services',
    tcp: { weight: 20, ports: [873], greeting: true },
    evidence: {
        'rsync.protocol': { type: 'string', meaning: 'the protocol version of the greeting', text: true },
        'rsync.modules_listed': {
            type: 'boolean',
            meaning: '`#list` (what `rsync host::` sends) named at least one module; false: the listing was empty',
        },
        'rsync.modules': { type: 'string[]', meaning: 'the module names listed (up to 32)', text: true },
    },
};
/** The file a TFTP read request asks for: one no server should have. */
const TFTP_PROBE_FILE = 'portcullis-probe-no-such-file';
/** TFTP (RFC 1350) RRQ: opcode 1, the file name, the mode "octet". 42 bytes. */
function tftpReadRequest() {
    return Buffer.from(`\x00\x01${TFTP_PROBE_FILE}\x00octet\x00`, 'latin1');
}
const tftp = {
    name: 'tftp',
    service: 'tftp',
    description: 'TFTP: a read request for a file that does not exist; the ERROR (or DATA) comes back from a new port (the TID)',
    group: 'Directories and file services',
    udp: { weight: 20, ports: [69], payloads: [{ bytes: tftpReadRequest() }], replyFromAnyPort: true },
    matches: [
        {
            // ERROR (opcode 5): a 16-bit code 0-8, then a NUL-terminated message.
            pattern: /^\x00\x05\x00[\x00-\x08]([\x20-\x7e]{0,200})\x00/,
            evidence: { 'tftp.answered': true, 'tftp.error': '$1' },
        },
        // DATA (opcode 3), block 1: the server has a file of that name and sends it to anyone.
        { pattern: /^\x00\x03\x00\x01/, evidence: { 'tftp.answered': true } },
    ],
    evidence: {
        'tftp.answered': {
            type: 'boolean',
            meaning: "a read request got a TFTP ERROR or DATA packet (from the server's new transfer port)",
        },
        'tftp.error': {
            type: 'string',
            meaning: 'the message of the ERROR packet ("File not found")',
            text: true,
        },
    },
};
/** ONC RPC NULL call to the portmapper (program 100000 v2, AUTH_NULL): 40 bytes, an empty answer. */
function rpcNullCall() {
    const b = Buffer.alloc(40);
    b.writeUInt32BE(0x50435242, 0); // xid (src/fingerprint/protocols/rpcbind.ts RPC_XID)
    b.writeUInt32BE(2, 8);
    b.writeUInt32BE(100000, 12);
    b.writeUInt32BE(2, 16);
    return b;
}
function recordMark(message) {
    const mark = Buffer.alloc(4);
    mark.writeUInt32BE(0x80000000 + message.length);
    return Buffer.concat([mark, message]);
}
const rpcbind = {
    name: 'rpcbind',
    service: 'rpcbind',
    description: 'ONC RPC portmapper / rpcbind: a NULL call to program 100000 v2; after an answer, DUMP (the registered programs)',
    group: 'Directories and file services',
    tcp: { weight: 8, ports: [111], probe: recordMark(rpcNullCall()) },
    udp: { weight: 30, ports: [111], payloads: [{ bytes: rpcNullCall() }] },
    evidence: {
        'rpcbind.answered': {
            type: 'boolean',
            meaning: 'a NULL call to the portmapper got an accepted RPC reply',
        },
        'rpcbind.programs': {
            type: 'string[]',
            meaning: 'the programs DUMP lists, by rpcinfo name where known (portmapper, nfs, mountd, nlockmgr, status, …), else their number',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/debug.ts
/**
 * Debug and runtime ports: a JVM's debugger, Java RMI, Erlang's port mapper and X11. Each is,
 * open to a stranger, a way to run code or read a screen; what a policy needs is that it answers.
 */
const jdwp = {
    name: 'jdwp',
    service: 'jdwp',
    description: 'JDWP (a JVM debugger): the JDWP-Handshake, then VirtualMachine.Version',
    group: 'Debug and runtime ports',
    tcp: { weight: 18, ports: [5005] },
    evidence: {
        'jdwp.open': {
            type: 'boolean',
            meaning: 'the JDWP-Handshake was answered: anyone who reaches the port can run code in the JVM',
        },
        'jdwp.vm': { type: 'string', meaning: 'the description of VirtualMachine.Version', text: true },
    },
};
/** JRMP header (Java RMI spec §10.2.1): "JRMI", version 2, StreamProtocol. */
const JRMI_PROBE = Buffer.from('JRMI\x00\x02\x4b', 'latin1');
const rmi = {
    name: 'rmi',
    service: 'java-rmi',
    description: 'Java RMI: the JRMP stream header; a ProtocolAck names the endpoint it saw us at',
    group: 'Debug and runtime ports',
    tcp: { weight: 16, ports: [1099], probe: JRMI_PROBE },
    matches: [
        {
            // ProtocolAck (0x4e), then our address as a Java modified-UTF string, then our port.
            pattern: /^\x4e\x00[\x01-\x7f]([0-9A-Za-z.:%_-]{1,127})\x00\x00[\s\S]{2}/,
            evidence: { 'rmi.jrmp': true, 'rmi.client_host': '$1' },
        },
    ],
    evidence: {
        'rmi.jrmp': {
            type: 'boolean',
            meaning: 'the JRMP header got a ProtocolAck: an RMI registry or endpoint (deserialisation risk)',
        },
        'rmi.client_host': { type: 'string', meaning: 'the address the server says it saw us at', text: true },
    },
};
/** EPMD NAMES_REQ (erts epmd protocol): length 1, request 110 ('n'). */
const EPMD_NAMES = Buffer.from([0x00, 0x01, 0x6e]);
const epmd = {
    name: 'epmd',
    service: 'epmd',
    description: "Erlang's port mapper: NAMES_REQ lists the nodes and their distribution ports",
    group: 'Debug and runtime ports',
    tcp: { weight: 14, ports: [4369], probe: EPMD_NAMES },
    matches: [
        {
            // EPMD's own port (32-bit), then one "name N at port P" line per node.
            pattern: /^\x00\x00[\s\S]{2}name ([!-~]{1,64}) at port (\d{1,5})\n/,
            evidence: { 'epmd.answered': true, 'epmd.node': '$1' },
        },
        { pattern: /^\x00\x00[\x00-\xff]{2}$/, evidence: { 'epmd.answered': true }, soft: true },
    ],
    evidence: {
        'epmd.answered': {
            type: 'boolean',
            meaning: 'NAMES_REQ was answered: the node names and distribution ports are public (the cookie guards the rest)',
        },
        'epmd.node': { type: 'string', meaning: 'the first node name listed', text: true },
    },
};
/** X11 connection setup (X Window System Protocol, ch. 8): little-endian, protocol 11.0, no authorisation. */
const X11_SETUP = Buffer.from([0x6c, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const x11 = {
    name: 'x11',
    service: 'x11',
    description: 'X11: a connection setup without authorisation; Success means the display is open to anyone',
    group: 'Debug and runtime ports',
    tcp: { weight: 12, ports: [6000, 6001, 6002, 6003], probe: X11_SETUP },
    matches: [
        {
            pattern: /^\x01\x00\x0b\x00\x00\x00[\s\S]{34}([\x20-\x7e]{1,64})/,
            product: '$1',
            evidence: { 'x11.open': true },
        },
        { pattern: /^\x01\x00\x0b\x00\x00\x00/, evidence: { 'x11.open': true } },
        {
            pattern: /^\x00[\s\S]\x0b\x00\x00\x00[\s\S]{2}([\x20-\x7e]{1,120})/,
            evidence: { 'x11.open': false, 'x11.refusal': '$1' },
        },
        { pattern: /^\x02\x00{5}/, evidence: { 'x11.open': false } },
    ],
    evidence: {
        'x11.open': {
            type: 'boolean',
            meaning: 'true: a connection setup without authorisation got Success (anyone can read the screen and send keystrokes); false: Failed or Authenticate',
        },
        'x11.refusal': { type: 'string', meaning: 'the reason a Failed setup gave', text: true },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/amplifiers.ts
/**
 * The old inetd services that answer any datagram with more than they got: over UDP, with a
 * spoofed source, each is a reflector for denial-of-service. (Echo is in network.ts; memcached
 * and SSDP carry their own `*.udp` / `*.answered` facts.)
 */
/** One short line: any datagram makes a chargen or daytime server answer. */
const AMPLIFIER_PROBE = Buffer.from('portcullis\r\n', 'latin1');
const chargen = {
    name: 'chargen',
    service: 'chargen',
    description: 'Character generator (RFC 864): the rotating ASCII pattern, on connect (TCP) or to any datagram (UDP)',
    group: 'Reflections',
    tcp: { weight: 4, ports: [19], greeting: true },
    udp: { weight: 6, ports: [19], payloads: [{ bytes: AMPLIFIER_PROBE }] },
    evidence: {
        'chargen.answered': {
            type: 'boolean',
            meaning: 'the RFC 864 pattern arrived (at least 40 characters of it)',
        },
        'chargen.amplification': {
            type: 'number',
            meaning: 'UDP only: bytes received per byte sent (a chargen datagram answer is up to 512 bytes)',
        },
    },
};
/** A date line: a day name, a clock time, a year or zone; what inetd and most daytime servers send. */
const DATE_LINE = /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? [^\r\n]{0,40}\b\d{1,2}:\d{2}:\d{2}\b[^\r\n]{0,30})\r?\n?$/;
const daytime = {
    name: 'daytime',
    service: 'daytime',
    description: 'Daytime (RFC 867): one date line, on connect (TCP) or to any datagram (UDP)',
    group: 'Reflections',
    tcp: { weight: 3, ports: [13], greeting: true },
    udp: { weight: 5, ports: [13], payloads: [{ bytes: AMPLIFIER_PROBE }] },
    // Soft: a date line alone is weak evidence on a port that is not 13; on 13/tcp, once no other
    // probe found anything surer, it names daytime (as nmap -sV's NULL probe does).
    matches: [
        {
            pattern: DATE_LINE,
            evidence: { 'daytime.answered': true, 'daytime.time': '$1' },
            soft: true,
            firmOnUsualPort: true,
        },
    ],
    evidence: {
        'daytime.answered': { type: 'boolean', meaning: 'a date line arrived and nothing else' },
        'daytime.time': { type: 'string', meaning: 'the date line', text: true },
    },
};
const qotd = {
    name: 'qotd',
    service: 'qotd',
    description: 'Quote of the Day (RFC 865): a quote of up to 512 characters, on connect (TCP) or to any datagram (UDP); a soft match',
    group: 'Reflections',
    tcp: { weight: 2, ports: [17], greeting: true },
    udp: { weight: 4, ports: [17], payloads: [{ bytes: AMPLIFIER_PROBE }] },
    evidence: {
        'qotd.answered': {
            type: 'boolean',
            meaning: 'printable text of at most 512 characters and three words or more arrived, and nothing else claimed it',
        },
        'qotd.amplification': { type: 'number', meaning: 'UDP only: bytes received per byte sent' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/stores.ts
/** Data stores and coordinators: ZooKeeper, Cassandra, Microsoft SQL Server, Oracle's listener. */
const zookeeper = {
    name: 'zookeeper',
    service: 'zookeeper',
    description: 'ZooKeeper: the `srvr` four-letter word (it may be left out of 4lw.commands.whitelist)',
    group: 'Databases and caches',
    // "srvr\n", as `echo srvr | nc` sends it: ZooKeeper reads the first four bytes. The newline also
    // keeps its refusal ("srvr is not executed …") from reading as an echo of the probe.
    tcp: { weight: 21, ports: [2181], probe: Buffer.from('srvr\n') },
    matches: [
        {
            pattern: /^Zookeeper version: (\d{1,3}(?:\.\d{1,4}){1,3})[^\n]*\n(?:[^\n]*\n){0,12}?Mode: ([a-z]{1,20})/,
            product: 'ZooKeeper',
            version: '$1',
            evidence: { 'zookeeper.four_letter_words': true, 'zookeeper.mode': '$2' },
        },
        {
            pattern: /^Zookeeper version: (\d{1,3}(?:\.\d{1,4}){1,3})/,
            product: 'ZooKeeper',
            version: '$1',
            evidence: { 'zookeeper.four_letter_words': true },
        },
        {
            pattern: /^srvr is not executed because it is not in the whitelist\./,
            product: 'ZooKeeper',
            evidence: { 'zookeeper.four_letter_words': false },
        },
    ],
    evidence: {
        'zookeeper.four_letter_words': {
            type: 'boolean',
            meaning: '`srvr` was answered (false: refused by 4lw.commands.whitelist); anyone may read the server state',
        },
        'zookeeper.mode': {
            type: 'string',
            meaning: '"standalone", "leader" or "follower", from `srvr`',
            text: true,
        },
    },
};
/** CQL native protocol v4 OPTIONS (§4.1.3), stream id "PC": every node answers SUPPORTED before authentication. */
const CQL_OPTIONS = Buffer.from([0x04, 0x00, 0x50, 0x43, 0x05, 0, 0, 0, 0]);
const cassandra = {
    name: 'cassandra',
    service: 'cassandra',
    description: 'Cassandra: a CQL OPTIONS request; SUPPORTED names the CQL version',
    group: 'Databases and caches',
    tcp: { weight: 19, ports: [9042], probe: CQL_OPTIONS },
    matches: [
        {
            // A response frame (version | 0x80) on our stream, opcode SUPPORTED, its string multimap.
            pattern: /^[\x83-\x85]\x00PC\x06[\s\S]{4}[\s\S]*?CQL_VERSION\x00\x01\x00[\x01-\x20]([0-9.]{1,20})/,
            evidence: { 'cassandra.cql_version': '$1' },
        },
        // ERROR on our stream (a node that speaks another protocol version says so).
        { pattern: /^[\x81-\x85]\x00PC\x00[\s\S]{4}/, evidence: {} },
    ],
    evidence: {
        'cassandra.cql_version': { type: 'string', meaning: 'CQL_VERSION from SUPPORTED', text: true },
    },
};
const mssql = {
    name: 'mssql',
    service: 'mssql',
    description: 'Microsoft SQL Server: a TDS PRELOGIN; the answer gives the version and the encryption stance',
    group: 'Databases and caches',
    tcp: { weight: 33, ports: [1433] },
    evidence: {
        'mssql.version': { type: 'string', meaning: 'major.minor.build from the PRELOGIN VERSION option' },
        'mssql.encryption': {
            type: 'string',
            meaning: 'the ENCRYPTION option of the answer to our "off": "off" (login only encrypted), "on", "not-supported" (nothing encrypted), "required"',
        },
    },
};
/**
 * A TNS CONNECT (as tnscmd sends it) whose connect data asks the listener for its version:
 * `(CONNECT_DATA=(COMMAND=version))`. Every listener answers, if only to refuse.
 */
function tnsConnect() {
    const data = Buffer.from('(CONNECT_DATA=(COMMAND=version))', 'latin1');
    const fixed = Buffer.alloc(58);
    fixed[4] = 0x01; // CONNECT
    fixed.writeUInt16BE(0x0136, 8); // version 310
    fixed.writeUInt16BE(0x012c, 10); // lowest compatible 300
    fixed.writeUInt16BE(0x0800, 14); // SDU
    fixed.writeUInt16BE(0x7fff, 16); // TDU
    fixed.writeUInt16BE(0x7f08, 18); // NT protocol characteristics
    fixed.writeUInt16BE(0x0100, 22); // value of 1 in hardware
    fixed.writeUInt16BE(data.length, 24);
    fixed.writeUInt16BE(58, 26); // offset of the connect data
    fixed.writeUInt16BE(58 + data.length, 0);
    return Buffer.concat([fixed, data]);
}
const oracle = {
    name: 'oracle',
    service: 'oracle',
    description: "Oracle TNS listener: a CONNECT asking for the listener's version; ACCEPT, REFUSE or RESEND",
    group: 'Databases and caches',
    tcp: { weight: 17, ports: [1521], probe: tnsConnect() },
    matches: [
        {
            // ACCEPT (2), REFUSE (4), REDIRECT (5) or DATA (6), with a VSNNUM in its text.
            pattern: /^[\s\S]{4}[\x02\x04\x05\x06]\x00[\s\S]{2}[\s\S]{0,256}?VSNNUM=(\d{1,12})/,
            evidence: { 'oracle.vsnnum': '$1' },
        },
        { pattern: /^[\s\S]{4}[\x02\x04\x05\x06]\x00[\s\S]{2}[\s\S]{0,256}?\(DESCRIPTION=/, evidence: {} },
        // RESEND (11): an 8-byte header and nothing else.
        { pattern: /^\x00\x08\x00\x00\x0b\x00\x00\x00$/, evidence: {}, soft: true },
    ],
    evidence: {
        'oracle.vsnnum': {
            type: 'string',
            meaning: 'VSNNUM of the listener (its version as one decimal number), from its answer',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/realtime.ts
/** Real-time media signalling: STUN/TURN and SIP. */
/** STUN Binding request (RFC 8489 §5): magic cookie, transaction id "portcullis12", no attributes. */
const STUN_BINDING = Buffer.concat([
    Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]),
    Buffer.from('portcullis12', 'latin1'),
]);
/** A Binding success (0x0101) or error (0x0111) to our transaction, and its SOFTWARE attribute if any. */
const STUN_SOFTWARE = '(?:(?=[\\s\\S]*?\\x80\\x22\\x00[\\x01-\\x7f]([\\x20-\\x7e]{1,64}))|)';
const stun = {
    name: 'stun',
    service: 'stun',
    description: 'STUN / TURN: a Binding request, over UDP and TCP; the answer names our transaction',
    group: 'Real-time media',
    tcp: { weight: 9, ports: [3478], probe: STUN_BINDING },
    udp: { weight: 30, ports: [3478], payloads: [{ bytes: STUN_BINDING }] },
    matches: [
        {
            pattern: new RegExp(`^\\x01\\x01[\\s\\S]{2}\\x21\\x12\\xa4\\x42portcullis12${STUN_SOFTWARE}`),
            product: '$1',
            evidence: { 'stun.binding': true },
        },
        {
            pattern: new RegExp(`^\\x01\\x11[\\s\\S]{2}\\x21\\x12\\xa4\\x42portcullis12${STUN_SOFTWARE}`),
            product: '$1',
            evidence: { 'stun.binding': false },
        },
    ],
    evidence: {
        'stun.binding': {
            type: 'boolean',
            meaning: 'a Binding request got a success response to our transaction id (false: an error response); over UDP its answer is larger than the request',
        },
    },
};
/** SIP OPTIONS (RFC 3261 §11) to a user at an invalid domain, Max-Forwards 0 so that nothing is forwarded. */
const SIP_OPTIONS = Buffer.from([
    'OPTIONS sip:portcullis@portcullis.invalid SIP/2.0',
    'Via: SIP/2.0/UDP portcullis.invalid;branch=z9hG4bKportcullis;rport',
    'Max-Forwards: 0',
    'To: <sip:portcullis@portcullis.invalid>',
    'From: <sip:portcullis@portcullis.invalid>;tag=portcullis',
    'Call-ID: portcullis@portcullis.invalid',
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
].join('\r\n'), 'latin1');
const sip = {
    name: 'sip',
    service: 'sip',
    description: 'SIP: an OPTIONS request (Max-Forwards 0), over UDP and TCP; any SIP status line answers',
    group: 'Real-time media',
    tcp: { weight: 8, ports: [5060], probe: SIP_OPTIONS },
    udp: { weight: 25, ports: [5060], payloads: [{ bytes: SIP_OPTIONS }] },
    matches: [
        {
            pattern: /^SIP\/2\.0 (\d{3})[^\r\n]*\r\n(?:(?=(?:[^\r\n]*\r\n)*?(?:Server|User-Agent): *([^\r\n]{1,80})\r\n)|)/i,
            product: '$2',
            evidence: { 'sip.status': '$1' },
        },
    ],
    evidence: {
        'sip.status': { type: 'string', meaning: 'the status code of the answer to OPTIONS (200, 404, 483, …)' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/index.ts












/** Every protocol, in the order `--probes` lists them. */
const catalogue_CATALOGUE = [
    tls,
    http,
    ssh,
    ftp,
    smtp,
    pop3,
    imap,
    telnet,
    vnc,
    rdp,
    mysql,
    postgresql,
    redis,
    redisSentinel,
    memcached,
    mongodb,
    smb,
    winrm,
    openvpn,
    dns,
    snmp,
    ike,
    ntp,
    ssdp,
    echo,
    mqtt,
    amqp,
    nats,
    kafka,
    ldap,
    rsync,
    tftp,
    rpcbind,
    jdwp,
    rmi,
    epmd,
    x11,
    chargen,
    daytime,
    qotd,
    zookeeper,
    cassandra,
    mssql,
    oracle,
    stun,
    sip,
];
/** Valid values for `--probes` (FingerprintOptions.probes): the records' names. */
const PROBE_NAMES = catalogue_CATALOGUE.map((r) => r.name);
const byName = new Map(catalogue_CATALOGUE.map((r) => [r.name, r]));
function protocolRecord(name) {
    return byName.get(name);
}
const byWeight = (t) => (a, b) => b[t].weight - a[t].weight;
/** Records that speak TCP, most likely first on a port that is nobody's usual one. */
const TCP_RECORDS = catalogue_CATALOGUE.filter((r) => r.tcp).sort(byWeight('tcp'));
/** Records that speak UDP, most likely first. */
const UDP_RECORDS = catalogue_CATALOGUE.filter((r) => r.udp).sort(byWeight('udp'));
/** What a plain service is called inside TLS (http → https, imap → imaps). */
function tlsName(service) {
    return catalogue_CATALOGUE.find((r) => r.service === service && r.tls)?.tls?.name;
}
/** The record usually found inside TLS on a port (993 → imap), to try it first there. */
function tlsInnerRecord(port) {
    return catalogue_CATALOGUE.find((r) => r.tls?.ports.includes(port));
}
/** Names of the services that TLS usually carries, with the ports they are usual on. */
function tlsServices() {
    return catalogue_CATALOGUE.flatMap((r) => (r.tls ? [r.tls] : []));
}
/** Records whose usual ports include `port` on `transport` (for TCP, TLS on its TLS ports). */
function usualRecords(port, transport) {
    const own = catalogue_CATALOGUE.filter((r) => r[transport]?.ports.includes(port));
    if (transport === 'tcp' && tlsInnerRecord(port) && !own.includes(tls))
        own.unshift(tls);
    return own;
}
/** A record's payloads with the one usual on `port` first. */
function payloadsFor(record, port) {
    const all = [...(record.udp?.payloads ?? [])];
    const usual = all.find((p) => p.ports?.includes(port));
    return usual ? [usual, ...all.filter((p) => p !== usual)] : all;
}
/** The payload the prober sends to a UDP port: the usual one there, else none. */
function usualUdpAttempt(port) {
    const record = usualRecords(port, 'udp')[0];
    const payload = record && payloadsFor(record, port)[0];
    return payload ? { record, payload } : undefined;
}
/** Every UDP payload in the catalogue for `port`, most likely first: the port's usual ones, then by weight. */
function udpAttempts(port) {
    const usual = usualRecords(port, 'udp');
    const order = [...usual, ...UDP_RECORDS.filter((r) => !usual.includes(r))];
    return order.flatMap((record) => payloadsFor(record, port).map((payload) => ({ record, payload })));
}

;// CONCATENATED MODULE: ./src/prober/udp-payloads.ts
/**
 * Bytes that make a UDP service answer, from the protocol catalogue (src/catalogue): the
 * prober sends the payload usual on a port; the fingerprint stage sends every payload to a
 * port that stayed open|filtered. UDP has no handshake: an empty datagram is ignored by nearly
 * every service, so silence would say nothing. None of the payloads asks for a large answer
 * (no DNS ANY, no memcached `stats`, no SNMP walk), so a probe never turns a service into an
 * amplifier.
 */

/** The payload for a UDP port, or undefined when none is known (the prober then sends an empty datagram). */
function udpProbeFor(port) {
    const attempt = usualUdpAttempt(port);
    return attempt ? { service: attempt.record.service, payload: attempt.payload.bytes } : undefined;
}
/** Every port that has a usual payload, and its service. */
function udpProbePorts() {
    return CATALOGUE.flatMap((r) => (r.udp?.ports ?? []).map((port) => ({ port, service: r.service })));
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

;// CONCATENATED MODULE: ./src/prober/worker-protocol.ts
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
 * sends it, and reports results in small batches. Started by workers.ts.
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

