import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 129;
export const ids = [129];
export const modules = {

/***/ 2129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitBase: () => (/* reexport */ gitBase),
  mergeReports: () => (/* reexport */ mergeReports),
  runSession: () => (/* binding */ runSession),
  writeReportFiles: () => (/* reexport */ writeReportFiles)
});

// UNUSED EXPORTS: CLI_SESSION_SOURCES, DEFAULT_PORTS, judgeAgain, judgedAgainOf, loadBaseline, resolveCommit

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/targets/index.ts + 3 modules
var src_targets = __webpack_require__(3974);
// EXTERNAL MODULE: ./src/targets/address.ts
var address = __webpack_require__(9522);
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
                    this.finish(new errors/* RuntimeFailure */.$c(`the prober cannot open sockets (${outcome.code} ${a.local} times in a row for ${a.task.host}:${a.task.port}); ` +
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/prober/limits.ts

/** The soft limit on open files for this process, when the platform tells (Linux does). */
function fileDescriptorLimit() {
    try {
        const text = (0,external_node_fs_.readFileSync)('/proc/self/limits', 'utf8');
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
        return (0,external_node_fs_.readdirSync)('/proc/self/fd').length;
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
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
    const socket = new external_node_net_.Socket();
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/prober/tcp-fast.ts



const tcp_fast_OPEN = { kind: 'answer', state: 'open', reason: 'connected' };
const REFUSED = { kind: 'answer', state: 'closed', reason: 'refused' };
/** libuv reports errors as negative errno; ECONNREFUSED is nearly every port of a sweep. */
const UV_ECONNREFUSED = -external_node_os_.constants.errno.ECONNREFUSED;
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
        return (0,external_node_util_.getSystemErrorName)(status);
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

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
var external_node_dgram_default = /*#__PURE__*/__webpack_require__.n(external_node_dgram_);
// EXTERNAL MODULE: ./src/catalogue/index.ts + 11 modules
var catalogue = __webpack_require__(1765);
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
    const attempt = (0,catalogue.usualUdpAttempt)(port);
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
    const socket = (0,external_node_dgram_.createSocket)({ type: (0,external_node_net_.isIPv6)(host) ? 'udp6' : 'udp4' });
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(755);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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

;// CONCATENATED MODULE: ./src/prober/workers.ts






/**
 * Runs a scan on the main thread and on worker threads, one ProbeEngine each. A full
 * sweep of a fast target is bound by the CPU time Node spends per socket; the machine's
 * other cores can share that. The main thread probes too (from the moment the scan
 * starts, while the threads are still starting) and hands out work: tasks are pulled
 * lazily from the iterable, one at a time by its own engine and in batches by whichever
 * worker asks next (so a slow host does not hold up the others), and it gathers what the
 * workers report. The order of results is fixed afterwards by sorting, so splitting over threads never
 * changes the output.
 */
const BATCH = 1024;
/** The compiled worker script (lib/prober/worker.js, or dist/main/worker.js in the action); absent when running from TypeScript sources (tests). */
function workerScript() {
    // Built at run time so that ncc does not rewrite it into a copied TypeScript asset:
    // the action's bundler puts a bundled worker.js beside the bundle instead (scripts/bundle.mjs).
    const url = new URL(['.', 'worker.js'].join('/'), import.meta.url);
    try {
        return (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)) ? url : undefined;
    }
    catch {
        return undefined;
    }
}
/** How many threads a scan of `total` probes should probe on, the main thread included; 0 = the main thread alone. */
function plannedWorkers(total, requested, rateLimited) {
    if (requested !== undefined)
        return requested <= 1 ? 0 : Math.floor(requested);
    // Threads cost ~30 ms each to start; below a few thousand probes they cannot pay for themselves,
    // and a rate-limited scan is paced by its rate, not by the CPU.
    if (rateLimited || total < 4096)
        return 0;
    // Measured on a 2-core machine busy with other work (load average 4): two threads cost
    // about 10% more CPU than one and still finished a 65,535-port sweep sooner on average,
    // so threads are used whenever there is more than one core. The main thread is one of
    // them: on 2 cores, the main thread and one worker took 8% less CPU (one thread fewer
    // to start) and 12 MB less memory than two workers beside an idle main thread.
    const cores = (0,external_node_os_.availableParallelism)();
    return cores > 1 ? Math.min(cores, 4) : 0;
}
/**
 * The scan's tasks, shared by the main thread's engine (one at a time) and the workers
 * (in batches). Everything runs on the main thread's event loop, so no two pulls overlap.
 */
class TaskPool {
    tasks;
    signal;
    exhausted = false;
    constructor(tasks, signal) {
        this.tasks = tasks;
        this.signal = signal;
    }
    next() {
        if (this.exhausted || this.signal?.aborted)
            return undefined;
        const r = this.tasks.next();
        if (r.done) {
            this.exhausted = true;
            return undefined;
        }
        return r.value;
    }
    batch() {
        const groups = [];
        let last;
        for (let n = 0; n < BATCH; n++) {
            const t = this.next();
            if (!t)
                break;
            if (last && last.host === t.host && last.protocol === t.protocol && last.hostname === t.hostname) {
                last.ports.push(t.port);
            }
            else {
                last = { host: t.host, protocol: t.protocol, ports: [t.port] };
                if (t.hostname !== undefined)
                    last.hostname = t.hostname;
                groups.push(last);
            }
        }
        return groups.length > 0 ? groups : undefined;
    }
}
/**
 * Probes the pool on `workers` worker threads and on the main thread at once, each with
 * `init.concurrency` probes in flight. The main thread starts at once, while the threads
 * are still starting, and takes the share of any thread that fails to start.
 */
async function runOnThreads(pool, workers, init, script, sink, local, signal) {
    const stats = {
        done: 0,
        attempts: 0,
        retries: 0,
        localRetries: 0,
        selfConnects: 0,
        minConcurrency: Infinity,
    };
    const addStats = (s) => {
        stats.done += s.done;
        stats.attempts += s.attempts;
        stats.retries += s.retries;
        stats.localRetries += s.localRetries;
        stats.selfConnects += s.selfConnects;
        stats.minConcurrency = Math.min(stats.minConcurrency, s.minConcurrency);
    };
    let aborted = false;
    const threads = [];
    let started = 0;
    let startFailure;
    const runOne = (worker) => new Promise((resolve, reject) => {
        let settled = false;
        /** A worker that never spoke was never given work: losing it loses nothing. */
        let spoke = false;
        const send = (m) => worker.postMessage(m);
        const feed = () => {
            const groups = pool.batch();
            if (groups)
                send({ type: 'tasks', groups });
            else
                send({ type: 'end' });
        };
        worker.on('message', (m) => {
            if (!spoke) {
                spoke = true;
                started++;
            }
            switch (m.type) {
                case 'progress':
                    if (m.done > 0 || m.kept.length > 0)
                        sink.onResults(m.counts, m.kept);
                    if (m.wants > 0)
                        feed();
                    break;
                case 'finished':
                    settled = true;
                    aborted ||= m.aborted;
                    addStats(m.stats);
                    resolve();
                    break;
                case 'failed':
                    settled = true;
                    reject(new errors/* RuntimeFailure */.$c(`prober worker failed: ${m.message}`));
                    break;
            }
        });
        worker.once('error', (err) => {
            settled = true;
            if (!spoke) {
                startFailure = err;
                local.widen(init.concurrency);
                resolve();
                return;
            }
            reject(new errors/* RuntimeFailure */.$c(`prober worker crashed: ${err.message}`, { cause: err }));
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new errors/* RuntimeFailure */.$c(`prober worker exited with code ${code} before finishing`));
        });
    });
    const onAbort = () => {
        aborted = true;
        for (const t of threads)
            t.postMessage({ type: 'abort' });
    };
    // The workers need none of the parent's flags (an --input-type or --eval would even stop them).
    const execArgv = process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
    for (let i = 0; i < workers; i++)
        threads.push(new external_node_worker_threads_.Worker(script, { workerData: init, execArgv }));
    signal?.addEventListener('abort', onAbort, { once: true });
    const here = local.run().then((r) => {
        aborted ||= r.aborted;
        addStats(r.stats);
    });
    try {
        await Promise.all([here, ...threads.map(runOne)]);
    }
    finally {
        local.stop();
        signal?.removeEventListener('abort', onAbort);
        await Promise.all(threads.map((t) => t.terminate()));
    }
    if (stats.minConcurrency === Infinity)
        stats.minConcurrency = init.concurrency;
    const run = { aborted: aborted || signal?.aborted === true, stats };
    if (started === 0 && startFailure)
        run.unavailable = startFailure;
    return run;
}


// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/prober/index.ts
/**
 * The prober stage (DESIGN.md, "The pipeline"): TCP connect and UDP probes on
 * node:net and node:dgram — no raw sockets, no root, no nmap.
 */








const DEFAULT_CONCURRENCY = 1000;
const DEFAULT_TIMEOUT_MS = 1000;
const DEFAULT_MIN_TIMEOUT_MS = 100;
const DEFAULT_RETRIES = 1;
const PROGRESS_INTERVAL_MS = 250;
/** The concurrency the scan will really use: the request, capped below the descriptor budget. */
function effectiveConcurrency(requested = DEFAULT_CONCURRENCY) {
    return Math.max(1, Math.min(Math.floor(requested), socketBudget()));
}
function comparePortResults(a, b) {
    if (a.host !== b.host) {
        const ka = (0,address/* addressSortKey */.s_)(a.host);
        const kb = (0,address/* addressSortKey */.s_)(b.host);
        if (ka !== kb)
            return ka < kb ? -1 : 1;
    }
    if (a.protocol !== b.protocol)
        return a.protocol < b.protocol ? -1 : 1;
    return a.port - b.port;
}
function sortResults(list) {
    const keys = new Map();
    const key = (h) => {
        let k = keys.get(h);
        if (k === undefined)
            keys.set(h, (k = (0,address/* addressSortKey */.s_)(h)));
        return k;
    };
    return list.sort((a, b) => {
        if (a.host !== b.host) {
            const ka = key(a.host);
            const kb = key(b.host);
            if (ka !== kb)
                return ka < kb ? -1 : 1;
        }
        if (a.protocol !== b.protocol)
            return a.protocol < b.protocol ? -1 : 1;
        return a.port - b.port;
    });
}
function validate(options) {
    const positive = (name, v, integer) => {
        if (v === undefined)
            return;
        if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
            throw new RangeError(`${name} must be a positive ${integer ? 'integer' : 'number'}, not ${v}`);
        }
    };
    positive('concurrency', options.concurrency, true);
    positive('rate', options.rate, false);
    positive('timeoutMs', options.timeoutMs, false);
    positive('minTimeoutMs', options.minTimeoutMs, false);
    if (options.retries !== undefined && (!Number.isInteger(options.retries) || options.retries < 0)) {
        throw new RangeError(`retries must be a whole number, not ${options.retries}`);
    }
}
/**
 * Probes every task and classifies each port: TCP open / closed / filtered, UDP open /
 * closed / open|filtered, each with its reason. Pulls tasks lazily from the iterable,
 * keeps only open results (and others when asked), and returns them in a deterministic
 * order whatever order they completed in.
 */
async function scan(tasks, total, options = {}) {
    validate(options);
    const started = performance.now();
    const logger = options.logger ?? model/* silentLogger */.qq;
    const open = [];
    const others = [];
    const counts = { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 };
    const onResult = (task, state, reason, tries, rttMs) => {
        counts.probed++;
        let keep = false;
        switch (state) {
            case 'open':
                counts.open++;
                keep = true;
                break;
            case 'open|filtered':
                counts.openFiltered = (counts.openFiltered ?? 0) + 1;
                keep = true;
                break;
            case 'closed':
                counts.closed++;
                break;
            case 'filtered':
                counts.filtered++;
                break;
        }
        if (!keep && !options.keepClosed)
            return;
        const r = toResult(task, state, reason, tries, rttMs);
        (keep ? open : others).push(r);
    };
    const iterator = tasks[Symbol.iterator]();
    const concurrency = effectiveConcurrency(options.concurrency);
    if (options.concurrency !== undefined && concurrency < options.concurrency) {
        logger.info(`prober: concurrency lowered from ${options.concurrency} to ${concurrency} to stay under the open-file limit`);
    }
    const maxTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const minTimeoutMs = Math.min(options.minTimeoutMs ?? DEFAULT_MIN_TIMEOUT_MS, maxTimeoutMs);
    const retries = options.retries ?? DEFAULT_RETRIES;
    const workers = Math.min(plannedWorkers(total, options.workers, options.rate !== undefined), concurrency);
    const script = workers > 1 ? workerScript() : undefined;
    const engineFor = (source, share, signal) => new ProbeEngine(source, {
        concurrency: share,
        rate: options.rate,
        maxTimeoutMs,
        minTimeoutMs,
        retries,
        signal,
        probes: probeFunctions(options.tcpImplementation),
        onResult,
        logger,
    });
    const runHere = async () => {
        const source = {
            next() {
                const n = iterator.next();
                return n.done ? undefined : n.value;
            },
        };
        const engine = engineFor(source, concurrency, options.signal);
        return { aborted: await engine.run(), stats: engine.stats };
    };
    const runOnWorkers = async (url) => {
        // The descriptor budget is the process's, so the threads (the main one included) share it.
        const share = Math.max(1, Math.floor(concurrency / workers));
        logger.debug(`prober: main thread and ${(0,words/* plural */.LS)(workers - 1, 'worker thread')}, ${(0,words/* plural */.LS)(share, 'probe')} in flight each`);
        const pool = new TaskPool(iterator, options.signal);
        // The main thread's engine stops on the caller's abort, and when a worker fails.
        const stop = new AbortController();
        const onAbort = () => stop.abort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        if (options.signal?.aborted)
            stop.abort();
        const engine = engineFor({ next: () => pool.next() }, share, stop.signal);
        try {
            const onWorkers = await runOnThreads(pool, workers - 1, {
                concurrency: share,
                minTimeoutMs,
                maxTimeoutMs,
                retries,
                keepClosed: options.keepClosed === true,
                tcpImplementation: options.tcpImplementation ?? 'auto',
            }, url, {
                onResults(batch, kept) {
                    addCounts(counts, batch);
                    for (const r of kept)
                        (r.state === 'open' || r.state === 'open|filtered' ? open : others).push(r);
                },
            }, {
                run: async () => ({ aborted: await engine.run(), stats: engine.stats }),
                widen: (n) => engine.widen(n),
                stop: () => stop.abort(),
            }, options.signal);
            if (onWorkers.unavailable) {
                logger.debug(`prober: worker threads unavailable (${onWorkers.unavailable.message}); probed on the main thread`);
            }
            return onWorkers;
        }
        finally {
            options.signal?.removeEventListener('abort', onAbort);
        }
    };
    const run = script ? () => runOnWorkers(script) : runHere;
    const progress = () => {
        if (!options.onProgress)
            return;
        const elapsed = performance.now() - started;
        const done = counts.probed;
        const ratePerSec = elapsed > 0 ? (done * 1000) / elapsed : 0;
        const etaMs = ratePerSec > 0 ? Math.round(((total - done) * 1000) / ratePerSec) : 0;
        options.onProgress({
            done,
            total,
            open: counts.open + (counts.openFiltered ?? 0),
            ratePerSec: Math.round(ratePerSec),
            etaMs: Math.max(0, etaMs),
        });
    };
    const ticker = options.onProgress ? setInterval(progress, PROGRESS_INTERVAL_MS) : undefined;
    let outcome;
    try {
        outcome = await run();
    }
    finally {
        if (ticker)
            clearInterval(ticker);
    }
    progress();
    return {
        open: sortResults(open),
        others: sortResults(others),
        counts,
        aborted: outcome.aborted,
        durationMs: Math.round(performance.now() - started),
        stats: outcome.stats,
    };
}

// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
// EXTERNAL MODULE: ./src/services.ts
var services = __webpack_require__(439);
;// CONCATENATED MODULE: ./src/fingerprint/finding.ts

/** Risk classes for a service name, from the registry; `unknown` when the registry does not know it. */
function riskFor(name) {
    const def = name === undefined ? undefined : (0,services/* lookupService */.os)(name);
    return def ? [...def.risk] : ['unknown'];
}
/** Connect-only mode: the service guessed from the port number (identifiedBy 'port', confidence 'low'), no evidence. */
function findingFromPort(result) {
    const def = (0,services/* serviceForPort */.K0)(result.port, result.protocol);
    const service = def
        ? { name: def.name, confidence: 'low', identifiedBy: 'port' }
        : undefined;
    return {
        ...result,
        ...(service ? { service } : {}),
        risk: def ? [...def.risk] : ['unknown'],
        evidence: {},
    };
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/fingerprint/io.ts



/** The most a service can make us hold from one read: what it says is untrusted. */
const MAX_READ_BYTES = 16 * 1024;
/**
 * One TCP (or TLS) connection with bounded, time-limited reads. Received bytes
 * accumulate up to MAX_READ_BYTES; past that the socket is paused until the
 * caller takes them, so a service that floods us costs at most that much memory.
 */
class Conversation {
    socket;
    maxBytes;
    buf = Buffer.alloc(0);
    ended = false;
    wakers = new Set();
    /** Whether anything was written on this connection yet (a banner read on a fresh connection is clean). */
    wrote = false;
    /** Bytes received over the connection's life (taken or not). */
    received = 0;
    constructor(socket, maxBytes = MAX_READ_BYTES) {
        this.socket = socket;
        this.maxBytes = maxBytes;
        socket.on('data', (chunk) => {
            this.received += chunk.length;
            const room = this.maxBytes - this.buf.length;
            if (room > 0)
                this.buf = Buffer.concat([this.buf, chunk.subarray(0, room)]);
            if (this.buf.length >= this.maxBytes)
                socket.pause();
            this.wake();
        });
        const finish = () => {
            this.ended = true;
            this.wake();
        };
        socket.on('end', finish);
        socket.on('close', finish);
        socket.on('error', finish);
    }
    wake() {
        for (const w of this.wakers)
            w();
    }
    /** true once the peer closed, reset, or the socket failed. */
    get closed() {
        return this.ended || this.socket.destroyed;
    }
    /** Bytes received and not yet taken. */
    get buffered() {
        return this.buf;
    }
    /** Hand over what was received and make room for more. */
    take() {
        const b = this.buf;
        this.buf = Buffer.alloc(0);
        if (!this.closed)
            this.socket.resume();
        return b;
    }
    write(data) {
        this.wrote = true;
        if (!this.closed)
            this.socket.write(data);
    }
    /**
     * Wait until `done(buffered)` is true, the peer closes, the byte limit is
     * reached, `ms` pass, or (with `idleMs`) that long passes with no new byte
     * after the first. Resolves with the buffered bytes (still buffered).
     */
    waitFor(done, ms, idleMs) {
        return new Promise((resolve) => {
            let idle;
            const finish = () => {
                clearTimeout(timer);
                if (idle)
                    clearTimeout(idle);
                this.wakers.delete(check);
                resolve(this.buf);
            };
            const check = () => {
                let enough = false;
                try {
                    enough = this.buf.length > 0 && done(this.buf);
                }
                catch {
                    enough = true;
                }
                if (enough || this.closed || this.buf.length >= this.maxBytes)
                    return finish();
                if (idleMs !== undefined && this.buf.length > 0) {
                    if (idle)
                        clearTimeout(idle);
                    idle = setTimeout(finish, idleMs);
                }
            };
            const timer = setTimeout(finish, Math.max(0, ms));
            this.wakers.add(check);
            check();
        });
    }
    /** Read one reply: wait for `done`, then take the bytes. */
    async read(done, ms, idleMs) {
        await this.waitFor(done, ms, idleMs);
        return this.take();
    }
    close() {
        this.socket.destroy();
    }
}
function abortError() {
    return new Error('aborted');
}
/**
 * The scan has one signal and the fingerprint stage opens many connections on it at once
 * (32 and more, plus gateway probes and SSH sessions). Each of them registering its own
 * 'abort' listener is what made Node warn (MaxListenersExceededWarning), and a finished
 * conversation that kept its listener was a leak. So each signal gets one listener, for
 * as long as something in flight waits on it, and each connection a place in its set.
 */
const waitingOn = new WeakMap();
/** Call `fn` when `signal` aborts; the returned function forgets it (call it when done). */
function whenAborted(signal, fn) {
    if (!signal)
        return () => undefined;
    if (signal.aborted) {
        // An aborted signal fires no more 'abort' events: answer at once, as the listener would.
        queueMicrotask(fn);
        return () => undefined;
    }
    let entry = waitingOn.get(signal);
    if (!entry) {
        const callbacks = new Set();
        const fire = () => {
            waitingOn.delete(signal);
            for (const f of [...callbacks])
                f();
            callbacks.clear();
        };
        entry = { callbacks, fire };
        waitingOn.set(signal, entry);
        signal.addEventListener('abort', fire, { once: true });
    }
    const { callbacks, fire } = entry;
    callbacks.add(fn);
    return () => {
        // The last one out removes the listener, so an idle signal holds nothing of ours.
        if (!callbacks.delete(fn) || callbacks.size > 0 || waitingOn.get(signal)?.callbacks !== callbacks)
            return;
        waitingOn.delete(signal);
        signal.removeEventListener('abort', fire);
    };
}
/**
 * Settle once `socket` emits `ready` within `ms`: rejects (and destroys the
 * socket) on an error, the timeout or an abort, and leaves no listener behind.
 */
function whenReady(socket, ready, ms, timeoutMessage, signal) {
    return new Promise((resolve, reject) => {
        const fail = (err) => {
            cleanup();
            socket.destroy();
            reject(err);
        };
        const timer = setTimeout(() => fail(new Error(timeoutMessage)), Math.max(1, ms));
        const forget = whenAborted(signal, () => fail(abortError()));
        const cleanup = () => {
            clearTimeout(timer);
            forget();
            socket.off('error', fail);
        };
        socket.once('error', fail);
        socket.once(ready, () => {
            cleanup();
            resolve(socket);
        });
    });
}
/** A conversation on a connected socket, closed when the scan is aborted. */
function converse(socket, signal) {
    const conversation = new Conversation(socket);
    // Taken back when the socket closes, whoever closes it.
    const forget = whenAborted(signal, () => conversation.close());
    socket.once('close', forget);
    return conversation;
}
/** Open a TCP connection within `ms`; rejects on refusal, timeout or abort. */
async function openTcp(ep, ms, signal) {
    if (signal?.aborted)
        throw abortError();
    const socket = await whenReady(external_node_net_default().connect({ host: ep.address, port: ep.port }), 'connect', ms, 'connect timeout', signal);
    // On loopback an ephemeral-range connect can land on itself; that is nobody's service.
    if (socket.localPort === socket.remotePort && socket.localAddress === socket.remoteAddress) {
        socket.destroy();
        throw new Error('self-connect');
    }
    socket.setNoDelay(true);
    return converse(socket, signal);
}
/** Open a TLS connection (certificate not verified: we report on it, we do not trust it). */
async function openTls(ep, ms, alpn, signal) {
    if (signal?.aborted)
        throw abortError();
    const servername = ep.hostname && external_node_net_default().isIP(ep.hostname) === 0 ? ep.hostname : undefined;
    const socket = await whenReady(external_node_tls_default().connect({
        host: ep.address,
        port: ep.port,
        servername,
        rejectUnauthorized: false,
        ALPNProtocols: alpn,
        // Old servers still deserve a name: allow every version Node can speak.
        minVersion: 'TLSv1',
    }), 'secureConnect', ms, 'TLS handshake timeout', signal);
    return { conversation: converse(socket, signal), socket };
}
/**
 * Send one datagram through a connected UDP socket and collect the first
 * reply (bounded), or undefined on silence or ICMP unreachable. `anyPort`: for a
 * service that answers from a new port (TFTP: RFC 1350 §4, the server picks a transfer
 * identifier), take the first datagram from the target's address whatever its source port.
 */
async function udpExchange(ep, payload, ms, signal, opts = {}) {
    const replies = await udpRequest(ep, payload, {
        ms,
        signal,
        anyPort: opts.anyPort,
        maxDatagrams: 1,
        maxBytes: MAX_READ_BYTES,
    });
    return replies[0];
}
/** The most datagrams and bytes udpGather keeps from one request. */
const MAX_GATHER_DATAGRAMS = 16;
const MAX_GATHER_BYTES = 64 * 1024;
/**
 * Send one datagram through a connected UDP socket and collect every reply to it (a multi-datagram
 * answer: memcached's `stats`, ntpd's monlist) until `done(replies)` says it is whole, `idleMs`
 * pass with no new datagram after the first, `ms` pass, or MAX_GATHER_DATAGRAMS /
 * MAX_GATHER_BYTES are reached. Resolves with the replies (none on silence).
 */
function udpGather(ep, payload, o) {
    return udpRequest(ep, payload, { ...o, maxDatagrams: MAX_GATHER_DATAGRAMS, maxBytes: MAX_GATHER_BYTES });
}
/** One request datagram and its replies, bounded in count, bytes and time; ends early on an error. */
function udpRequest(ep, payload, o) {
    return new Promise((resolve) => {
        const replies = [];
        if (o.signal?.aborted)
            return resolve(replies);
        const v6 = external_node_net_default().isIPv6(ep.address);
        const socket = external_node_dgram_default().createSocket(v6 ? 'udp6' : 'udp4');
        const want = v6 ? ep.address.toLowerCase() : ep.address;
        let bytes = 0;
        let done = false;
        let idle;
        const finish = () => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            if (idle)
                clearTimeout(idle);
            forget();
            try {
                socket.close();
            }
            catch {
                // already closed
            }
            resolve(replies);
        };
        const timer = setTimeout(finish, Math.max(1, o.ms));
        const forget = whenAborted(o.signal, finish);
        socket.on('error', finish);
        socket.on('message', (msg, rinfo) => {
            if (done)
                return;
            // A connected socket hears only its peer; an unconnected one filters by address itself.
            if (o.anyPort && rinfo.address.toLowerCase() !== want)
                return;
            const kept = msg.subarray(0, Math.min(msg.length, o.maxBytes - bytes));
            replies.push(kept);
            bytes += kept.length;
            let whole = replies.length >= o.maxDatagrams || bytes >= o.maxBytes;
            if (!whole && o.done) {
                try {
                    whole = o.done(replies);
                }
                catch {
                    whole = true;
                }
            }
            if (whole)
                return finish();
            if (o.idleMs !== undefined) {
                if (idle)
                    clearTimeout(idle);
                idle = setTimeout(finish, Math.max(1, o.idleMs));
            }
        });
        const sent = (err) => {
            if (err)
                finish();
        };
        if (o.anyPort)
            socket.send(payload, ep.port, ep.address, sent);
        else
            socket.connect(ep.port, ep.address, () => socket.send(payload, sent));
    });
}

// EXTERNAL MODULE: ./src/catalogue/payloads.ts
var payloads = __webpack_require__(7842);
;// CONCATENATED MODULE: ./src/fingerprint/text.ts
/** Helpers for reading untrusted protocol text without trusting it. */
/** Longest string any parser keeps from what a service said. */
const MAX_FIELD_CHARS = 256;
/** Bytes as Latin-1 (one char per byte, never throws), cut to `max` chars. */
function latin1(data, max = MAX_FIELD_CHARS) {
    return data.subarray(0, max).toString('latin1');
}
/** A field from the wire: printable ASCII only, other bytes dropped, bounded. */
function clean(text, max = MAX_FIELD_CHARS) {
    return text
        .slice(0, max * 4)
        .replace(/[^\x20-\x7e]/g, '')
        .trim()
        .slice(0, max);
}
/** The first line of `data` (up to CR or LF), cleaned; undefined when there is no complete line. */
function firstLine(data, requireEol = true) {
    const end = data.subarray(0, 4096).findIndex((b) => b === 0x0a || b === 0x0d);
    if (end < 0)
        return requireEol ? undefined : clean(latin1(data));
    return clean(data.subarray(0, end).toString('latin1'));
}
/** Complete CRLF/LF-terminated lines of `data` (at most `maxLines`), cleaned. */
function lines(data, maxLines = 64) {
    const text = data.subarray(0, 16 * 1024).toString('latin1');
    const parts = text.split(/\r?\n/);
    parts.pop(); // the part after the last newline is incomplete
    return parts.slice(0, maxLines).map((l) => clean(l, 1024));
}
/** A C string (NUL-terminated) at `offset`, bounded; undefined when unterminated. */
function cString(data, offset, max = MAX_FIELD_CHARS) {
    if (offset < 0 || offset >= data.length)
        return undefined;
    const end = data.indexOf(0, offset);
    if (end < 0 || end - offset > max * 4)
        return undefined;
    return { value: clean(data.subarray(offset, end).toString('latin1'), max), next: end + 1 };
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/dns.ts




/** Skip a (possibly compressed) name; the offset after it, or -1. */
function skipName(msg, off) {
    for (let n = 0; n < 128 && off < msg.length; n++) {
        const len = msg[off];
        if (len === 0)
            return off + 1;
        if ((len & 0xc0) === 0xc0)
            return off + 2 <= msg.length ? off + 2 : -1;
        if ((len & 0xc0) !== 0)
            return -1;
        off += 1 + len;
    }
    return -1;
}
/** Pure: a DNS response to our query (id, QR set). */
function parseDnsMessage(msg) {
    if (msg.length < 12 || msg.readUInt16BE(0) !== payloads/* DNS_QUERY_ID */.N)
        return undefined;
    const flags = msg.readUInt16BE(2);
    if ((flags & 0x8000) === 0 || ((flags >> 11) & 0xf) !== 0)
        return undefined;
    const qd = msg.readUInt16BE(4);
    const an = msg.readUInt16BE(6);
    if (qd > 1)
        return undefined;
    // The RA flag is not read: a server sets it whatever it does with a recursive query.
    const id = { service: 'dns', evidence: {}, confident: true };
    let off = 12;
    for (let i = 0; i < qd; i++) {
        off = skipName(msg, off);
        if (off < 0 || off + 4 > msg.length)
            return id;
        off += 4;
    }
    for (let i = 0; i < Math.min(an, 8); i++) {
        off = skipName(msg, off);
        if (off < 0 || off + 10 > msg.length)
            return id;
        const type = msg.readUInt16BE(off);
        const rdlen = msg.readUInt16BE(off + 8);
        const rdata = msg.subarray(off + 10, off + 10 + rdlen);
        if (type === 16 && rdata.length >= 1 && rdata.length === rdlen) {
            const text = clean(rdata.subarray(1, 1 + rdata[0]).toString('latin1'), 128);
            if (text) {
                id.evidence['dns.version'] = text;
                const p = /^(dnsmasq|unbound|bind|knot|powerdns|pdns|coredns)[- ]?v?([\d.]+)?/i.exec(text);
                if (p) {
                    id.product = p[1];
                    if (p[2])
                        id.version = p[2];
                }
                else if (/^\d+\.\d+/.test(text))
                    id.version = text;
            }
        }
        off += 10 + rdlen;
    }
    return id;
}
/** The id of the recursion query, apart from the identification query's. */
const RECURSION_ID = 0x5052;
const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];
/** `name` in DNS wire form: at most 63 bytes a label, 253 in all, empty labels dropped. */
function encodeName(name) {
    const labels = name
        .slice(0, 253)
        .split('.')
        .filter(Boolean)
        .map((l) => Buffer.from(l.slice(0, 63), 'latin1'));
    return Buffer.concat([...labels.flatMap((l) => [Buffer.from([l.length]), l]), Buffer.from([0])]);
}
/** A recursive query (RD set) for the A records of `name`. */
function recursiveQuery(name) {
    const header = Buffer.from([RECURSION_ID >> 8, RECURSION_ID & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    return Buffer.concat([header, encodeName(name), Buffer.from([0, 1, 0, 1])]);
}
/** Read a (possibly compressed) name at `off`, lower-case, bounded; undefined when malformed. */
function readName(msg, off) {
    const labels = [];
    let next = -1;
    let p = off;
    for (let hops = 0; hops < 64 && p < msg.length; hops++) {
        const len = msg[p];
        if (len === 0)
            return { name: labels.join('.').toLowerCase(), next: next < 0 ? p + 1 : next };
        if ((len & 0xc0) === 0xc0) {
            if (p + 2 > msg.length)
                return undefined;
            if (next < 0)
                next = p + 2;
            p = ((len & 0x3f) << 8) | msg[p + 1];
            continue;
        }
        if ((len & 0xc0) !== 0 || p + 1 + len > msg.length)
            return undefined;
        labels.push(msg.subarray(p + 1, p + 1 + len).toString('latin1'));
        p += 1 + len;
    }
    return undefined;
}
/**
 * Pure: what a recursive query for `name` proved. An open resolver answers a name outside its
 * own zones: NOERROR with a record for that name. REFUSED, SERVFAIL, NOTIMP,
 * FORMERR or an empty answer say it did not resolve it for us; the RA flag says nothing either way.
 * Undefined when the reply is not an answer to that query.
 */
function recursionEvidence(msg, name) {
    if (msg.length < 12 || msg.readUInt16BE(0) !== RECURSION_ID)
        return undefined;
    const flags = msg.readUInt16BE(2);
    if ((flags & 0x8000) === 0)
        return undefined;
    const rcode = flags & 0xf;
    const authoritative = (flags & 0x0400) !== 0;
    const qd = msg.readUInt16BE(4);
    const an = msg.readUInt16BE(6);
    const asked = encodeName(name);
    const wanted = readName(asked, 0)?.name ?? '';
    let off = 12;
    for (let i = 0; i < Math.min(qd, 4); i++) {
        const q = readName(msg, off);
        if (!q || q.next + 4 > msg.length)
            return undefined;
        off = q.next + 4;
    }
    let named = 0;
    for (let i = 0; i < Math.min(an, 32); i++) {
        const rr = readName(msg, off);
        if (!rr || rr.next + 10 > msg.length)
            break;
        if (rr.name === wanted)
            named++;
        off = rr.next + 10 + msg.readUInt16BE(rr.next + 8);
    }
    const code = RCODES[rcode] ?? `RCODE${rcode}`;
    const ev = {
        'dns.recursion_query': `recursive A query for ${wanted} answered ${code} with ${(0,words/* plural */.LS)(an, 'record')}${authoritative ? ' (authoritative)' : ''}`,
    };
    // The AA bit is no help: dnsmasq forwards an upstream's AA answer with AA set. The name is
    // what makes it a test of recursion: one no scanned server holds a zone for.
    if (rcode === 0 && named > 0)
        ev['dns.open_resolver'] = true;
    else if ([1, 2, 4, 5].includes(rcode) || (rcode === 0 && an === 0))
        ev['dns.open_resolver'] = false;
    return ev;
}
/** The recursion check over UDP: one query, one answer. */
async function recursionOverUdp(id, session) {
    const name = session.dnsRecursionName;
    const reply = await session.exchange(recursiveQuery(name), Math.min(2500, session.remaining()));
    const ev = reply && recursionEvidence(reply, name);
    if (ev)
        Object.assign(id.evidence, ev);
}
const dnsUdpModule = {
    name: 'dns',
    services: ['dns'],
    probe: () => (0,payloads/* versionQuery */.LR)(),
    parse: (reply) => parseDnsMessage(reply),
    interrogate: recursionOverUdp,
};
/** The recursion check over TCP: the same query, length-prefixed, on a fresh connection. */
async function recursionOverTcp(id, session) {
    const name = session.dnsRecursionName;
    const conv = await session.connect();
    try {
        conv.write((0,payloads/* tcpFramed */.XW)(recursiveQuery(name)));
        const whole = (b) => b.length >= 2 && b.length >= 2 + b.readUInt16BE(0);
        const data = await conv.read(whole, Math.min(2500, session.remaining()));
        if (!whole(data))
            return;
        const ev = recursionEvidence(data.subarray(2, 2 + data.readUInt16BE(0)), name);
        if (ev)
            Object.assign(id.evidence, ev);
    }
    finally {
        conv.close();
    }
}
/** Pure: DNS over TCP, a 16-bit length before the message. */
function parseDnsTcp(data) {
    if (data.length < 14)
        return undefined;
    const len = data.readUInt16BE(0);
    if (len < 12 || data.length < 2 + len)
        return undefined;
    return parseDnsMessage(data.subarray(2, 2 + len));
}
const dnsTcpModule = {
    name: 'dns',
    services: ['dns'],
    parse: parseDnsTcp,
    probe: () => (0,payloads/* tcpFramed */.XW)((0,payloads/* versionQuery */.LR)()),
    complete: (b) => b.length >= 2 && b.length >= 2 + b.readUInt16BE(0),
    interrogate: recursionOverTcp,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/lines.ts

/** A numbered reply (FTP, SMTP) is complete when a line "NNN " follows any "NNN-" lines. */
function numberedReplyComplete(data) {
    return lines(data).some((l) => /^\d{3}(?: |$)/.test(l));
}
/** The complete numbered replies in `data`: code and text of each, multi-line ones joined. */
function numberedReplies(data) {
    const out = [];
    let current = [];
    for (const l of lines(data, 128)) {
        const m = /^(\d{3})([ -]?)(.*)$/.exec(l);
        if (!m) {
            if (current.length)
                current.push(l);
            continue;
        }
        current.push(m[3]);
        if (m[2] !== '-') {
            out.push({ code: Number(m[1]), lines: current });
            current = [];
        }
    }
    return out;
}
/** Send a command line and read one numbered reply. */
async function command(conv, line, ms) {
    conv.write(`${line}\r\n`);
    const data = await conv.read(numberedReplyComplete, ms);
    return numberedReplies(data)[0];
}
/** Read a greeting (one numbered reply) on a fresh connection. */
async function greeting(conv, ms) {
    const data = await conv.read(numberedReplyComplete, ms);
    return numberedReplies(data)[0];
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/ftp.ts


const FTP_WORDS = /\bftp|vsftpd|proftpd|pure-ftpd|filezilla|serv-u|wu-ftpd|microsoft ftp|\bftp server/i;
const MAIL_WORDS = /smtp|esmtp|postfix|exim|sendmail|mail/i;
/** Pure: an FTP greeting (220), or a transcript with the reply to SYST (215). */
function parseFtp(data) {
    const replies = numberedReplies(data);
    const first = replies[0];
    if (!first)
        return undefined;
    const text = first.lines.join(' ');
    const refusal = first.code === 500 && /^OOPS: vsftpd/.test(text);
    if (first.code !== 220 && first.code !== 421 && first.code !== 120 && !refusal)
        return undefined;
    const syst = replies.slice(1).some((r) => r.code === 215);
    if (!syst && MAIL_WORDS.test(text) && !FTP_WORDS.test(text))
        return undefined;
    const id = {
        service: 'ftp',
        banner: firstLine(data, false),
        evidence: {},
        confident: FTP_WORDS.test(text) || syst,
    };
    const product = /(vsFTPd|ProFTPD|Pure-FTPd|FileZilla Server|Serv-U|wu-ftpd|Microsoft FTP Service)[ /]?([0-9][\w.-]*)?/i.exec(text);
    if (product) {
        id.product = clean(product[1], 64);
        if (product[2])
            id.version = clean(product[2], 64);
    }
    return id;
}
const ftpModule = {
    name: 'ftp',
    services: ['ftp'],
    bannerFirst: true,
    parse: parseFtp,
    // Asked only of a service whose greeting did not say what it is (a bare "220 ready").
    probe: () => Buffer.from('SYST\r\n'),
    async interrogate(id, session) {
        const { conversation: conv, greeted } = await session.reuse();
        try {
            const ms = () => Math.min(2000, session.remaining());
            if (!greeted) {
                const hello = await greeting(conv, ms());
                if (!hello || hello.code !== 220)
                    return;
            }
            const user = await command(conv, 'USER anonymous', ms());
            if (user?.code === 230)
                id.evidence['ftp.anonymous'] = true;
            else if (user?.code === 331) {
                // A refused login comes after PAM's failure delay (about 3 s on Debian).
                const pass = await command(conv, 'PASS anonymous@example.invalid', Math.min(4000, session.remaining()));
                if (pass)
                    id.evidence['ftp.anonymous'] = pass.code === 230;
            }
            else if (user && user.code >= 500)
                id.evidence['ftp.anonymous'] = false;
            if (session.tls)
                return;
            // AUTH TLS on a fresh connection: after a login attempt some servers refuse it regardless.
            const c2 = await session.connect();
            try {
                const hello = await greeting(c2, ms());
                if (hello?.code === 220) {
                    const auth = await command(c2, 'AUTH TLS', ms());
                    if (auth)
                        id.evidence['ftp.auth_tls'] = auth.code === 234;
                }
            }
            finally {
                c2.close();
            }
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/http-parse.ts

/** Hosts of identity providers that put MFA in front of a web login. */
const IDP_HOSTS = /(^|\.)(okta\.com|oktapreview\.com|okta-emea\.com|login\.microsoftonline\.com|login\.microsoft\.com|login\.windows\.net|accounts\.google\.com|auth0\.com|onelogin\.com|pingidentity\.com|pingone\.com|duosecurity\.com|jumpcloud\.com|cloudflareaccess\.com|amazoncognito\.com|authentik\.\S+|keycloak\.\S+|sso\.\S+|login\.gov)$/i;
/** Paths of OIDC / SAML / SSO login flows, whatever the host. */
const IDP_PATHS = /\/(oauth2?\/(v\d\.\d\/)?(authorize|start|auth)|protocol\/openid-connect\/auth|saml2?\/|adfs\/ls|sso\/|cas\/login|application\/o\/authorize|oauth2\/sign_in|idp\/)/i;
/** Pure: an HTTP/1.x response's status line and headers (at most 64, each bounded). */
function parseHttpResponse(data) {
    const text = data.subarray(0, 16 * 1024).toString('latin1');
    const m = /^HTTP\/(\d\.\d) (\d{3})(?: [^\r\n]*)?\r?\n/.exec(text);
    if (!m)
        return undefined;
    const headEnd = text.search(/\r?\n\r?\n/);
    const head = headEnd < 0 ? text : text.slice(0, headEnd);
    const headers = {};
    for (const line of head.split(/\r?\n/).slice(1, 65)) {
        const h = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/.exec(line);
        if (!h)
            continue;
        const name = h[1].toLowerCase();
        (headers[name] ??= []).push(clean(h[2], 512));
    }
    const body = headEnd < 0
        ? ''
        : text
            .slice(headEnd)
            .replace(/^\r?\n\r?\n/, '')
            .slice(0, 2048);
    return { version: m[1], status: Number(m[2]), headers, complete: headEnd >= 0, body };
}
/** Auth schemes of WWW-Authenticate headers ("Basic realm=x, Bearer" -> Basic, Bearer). */
function authSchemes(values) {
    const out = [];
    for (const v of values ?? []) {
        for (const part of v.split(',')) {
            const s = /^\s*([A-Za-z][\w-]*)(\s|$)/.exec(part);
            // "realm=x" parameters after a comma are not schemes.
            if (s && !/=/.test(part.split(/\s+/).filter(Boolean)[0] ?? '='))
                out.push(s[1]);
        }
    }
    return [...new Set(out)].slice(0, 16);
}
/** Facts from one HTTP response. */
function httpEvidence(res) {
    const ev = { 'http.status': res.status };
    const server = res.headers.server?.[0];
    if (server)
        ev['http.server'] = server;
    const location = res.headers.location?.[0];
    if (location && res.status >= 300 && res.status < 400) {
        ev['http.location'] = location;
        let url;
        try {
            url = new URL(location, 'http://portcullis.invalid/');
        }
        catch {
            url = undefined;
        }
        ev['http.redirects_to_https'] = url?.protocol === 'https:';
        if (url && url.hostname !== 'portcullis.invalid')
            ev['http.location_host'] = url.hostname.toLowerCase();
        ev['http.idp_redirect'] =
            url !== undefined &&
                ((url.hostname !== 'portcullis.invalid' && IDP_HOSTS.test(url.hostname)) ||
                    IDP_PATHS.test(url.pathname));
    }
    else {
        ev['http.redirects_to_https'] = false;
    }
    if (res.headers['www-authenticate'])
        ev['http.www_authenticate'] = authSchemes(res.headers['www-authenticate']);
    ev['http.auth_required'] = res.status === 401 || res.status === 407;
    return ev;
}
/** A plain-HTTP request that reached a TLS port: the server says so in a 400. */
const PLAIN_TO_TLS = /plain HTTP request was sent to HTTPS port|speaking plain HTTP to an SSL-enabled server|client sent an HTTP request to an HTTPS server/i;
/** Pure: an HTTP response. */
function parseHttp(data) {
    const res = parseHttpResponse(data);
    if (!res)
        return undefined;
    const id = {
        service: 'http',
        banner: clean(data.subarray(0, data.indexOf(0x0a) < 0 ? 256 : data.indexOf(0x0a)).toString('latin1')),
        evidence: httpEvidence(res),
        // A 400 that says the port wants TLS is a TLS port: let the TLS probe decide.
        confident: res.complete && !(res.status === 400 && PLAIN_TO_TLS.test(res.body)),
    };
    const server = res.headers.server?.[0];
    if (server) {
        const p = /^([^/\s]+)(?:\/([^\s]+))?/.exec(server);
        if (p) {
            id.product = p[1];
            if (p[2])
                id.version = p[2];
        }
    }
    return id;
}
function httpRequest(ctx, method = 'GET', path = '/', extra = '') {
    const host = ctx.hostname ?? (ctx.address.includes(':') ? `[${ctx.address}]` : ctx.address);
    return Buffer.from(`${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: portcullis\r\nAccept: */*\r\n${extra}Connection: close\r\n\r\n`);
}
/** The body is not needed; the header block is the reply. */
function headersDone(data) {
    return data.includes('\r\n\r\n') || data.includes('\n\n');
}

;// CONCATENATED MODULE: ./src/fingerprint/products/exchange.ts

/** The most of a body product matchers look at. */
const MAX_BODY_CHARS = 8 * 1024;
/** The head's end, or -1. */
function headEnd(data) {
    const crlf = data.indexOf('\r\n\r\n');
    if (crlf >= 0)
        return crlf + 4;
    const lf = data.indexOf('\n\n');
    return lf >= 0 ? lf + 2 : -1;
}
/** De-chunk `raw` (a chunked body, possibly cut short); whatever parses is kept. */
function dechunk(raw) {
    const parts = [];
    let at = 0;
    for (let n = 0; n < 4096; n++) {
        const eol = raw.indexOf('\r\n', at);
        if (eol < 0)
            return { body: Buffer.concat(parts), done: false };
        const size = parseInt(raw.subarray(at, eol).toString('latin1').split(';')[0].trim(), 16);
        if (!Number.isFinite(size) || size < 0)
            return { body: Buffer.concat(parts), done: true };
        if (size === 0)
            return { body: Buffer.concat(parts), done: true };
        parts.push(raw.subarray(eol + 2, Math.min(raw.length, eol + 2 + size)));
        if (eol + 2 + size > raw.length)
            return { body: Buffer.concat(parts), done: false };
        at = eol + 2 + size + 2;
    }
    return { body: Buffer.concat(parts), done: true };
}
/** Whether `data` holds a whole response (head, and the body its framing announces). */
function responseDone(data, method = 'GET') {
    const end = headEnd(data);
    if (end < 0)
        return false;
    const head = data.subarray(0, end).toString('latin1');
    const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(head)?.[1] ?? 0);
    if (method === 'CONNECT' && status >= 200 && status < 300)
        return true;
    if ((status >= 100 && status < 200) || status === 204 || status === 304)
        return true;
    const length = /\r?\ncontent-length:[ \t]*(\d+)/i.exec(head);
    if (length)
        return data.length - end >= Number(length[1]);
    if (/\r?\ntransfer-encoding:[ \t]*[^\r\n]*chunked/i.test(head))
        return dechunk(data.subarray(end)).done;
    return false;
}
/** Pure: a whole (or cut) response as an Answer. */
function readAnswer(data) {
    const res = parseHttpResponse(data);
    if (!res)
        return undefined;
    const end = headEnd(data);
    let raw = end < 0 ? Buffer.alloc(0) : data.subarray(end);
    if ((res.headers['transfer-encoding'] ?? []).some((v) => /chunked/i.test(v)))
        raw = dechunk(raw).body;
    return { ...res, body: raw.subarray(0, MAX_BODY_CHARS).toString('latin1') };
}
/** The request's bytes. */
function requestBytes(ctx, req) {
    const method = req.method ?? (req.json === undefined ? 'GET' : 'POST');
    if (req.json === undefined)
        return httpRequest(ctx, method, req.target);
    const body = Buffer.from(req.json);
    return Buffer.concat([
        httpRequest(ctx, method, req.target, `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n`),
        body,
    ]);
}
/** Send `req` on `conv` and read the answer within `ms`; undefined when nothing HTTP came back. */
async function exchange(conv, ctx, req, ms) {
    conv.write(requestBytes(ctx, req));
    const data = await conv.read((b) => responseDone(b, req.method), ms, 300);
    return readAnswer(data);
}
/** One header's first value (lower-case name). */
function header(res, name) {
    return res.headers[name]?.[0];
}
/** The body as JSON, or undefined (never throws). */
function json(res) {
    const t = res.body.trim();
    if (!t.startsWith('{') && !t.startsWith('[') && !t.startsWith('"'))
        return undefined;
    try {
        return JSON.parse(t);
    }
    catch {
        return undefined;
    }
}
/** A field of a JSON object body (one level, or a dotted path), as bounded text. */
function field(res, path) {
    let v = json(res);
    for (const k of path.split('.')) {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return undefined;
        v = v[k];
    }
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v).slice(0, 128);
    return undefined;
}

// EXTERNAL MODULE: ./src/fingerprint/products/table.ts
var table = __webpack_require__(605);
;// CONCATENATED MODULE: ./src/fingerprint/products/identify.ts


/** Blind requests asked to discover a product GET / did not name. */
const MAX_DISCOVERY = 4;
/** Requests for the version and facts of the product once named. */
const MAX_FACT_REQUESTS = 3;
/** Requests one port may get for its product: GET /, discovery, facts. */
const MAX_REQUESTS = 1 + MAX_DISCOVERY + MAX_FACT_REQUESTS;
/** No request is started with less than this left of the port's budget. */
const MIN_LEFT_MS = 150;
/** Products that front others: a Server header of theirs does not end the search. */
const FRONTS = new Set(['web-server', 'proxy', 'load-balancer']);
/** "GET /version → 200 with ApiVersion". */
function describe(req, res, shows) {
    const method = req.method ?? (req.json === undefined ? 'GET' : 'POST');
    return `${method} ${req.target} → ${res.status} ${shows}`;
}
function readVersion(rule, res, parsed) {
    if (!rule)
        return undefined;
    let v;
    if (rule.header) {
        const h = res.headers[rule.header[0]]?.[0];
        v = h === undefined ? undefined : rule.header[1].exec(h)?.[1];
    }
    if (!v && rule.body)
        v = rule.body.exec(res.body)?.[1];
    if (!v && rule.json) {
        let x = parsed();
        for (const k of rule.json.split('.')) {
            x =
                x !== null && typeof x === 'object' && !Array.isArray(x)
                    ? x[k]
                    : undefined;
        }
        if (typeof x === 'string' || typeof x === 'number')
            v = String(x);
    }
    // Versions are shown in reports: printable, short.
    const clean = v?.replace(/[^\x21-\x7e]/g, '').slice(0, 64);
    return clean ? clean : undefined;
}
/** Pure: what one answer to `req` shows about `record`. */
function applyClues(record, clues, req, res, found, identifying) {
    let parsedValue;
    let parsedDone = false;
    const parsed = () => {
        if (!parsedDone) {
            parsedValue = json(res);
            parsedDone = true;
        }
        return parsedValue;
    };
    for (const clue of clues) {
        const names = clue.identifies !== false;
        if (!found && (!names || !identifying))
            continue;
        if (!(0,table/* matches */.cK)(clue.match, res, parsed))
            continue;
        const proof = describe(req, res, clue.shows);
        const out = found ?? { record, proof, facts: {} };
        out.version ??= readVersion(clue.version, res, parsed);
        for (const [k, v] of Object.entries(clue.facts ?? {})) {
            const key = `${record.ns}.${k}`;
            // A proven exposure stands: a later refusal (another path) does not take it back.
            if (out.facts[key] === true && v === false)
                continue;
            // The first exchange that proved a fact stays its proof.
            if (out.facts[key] === v)
                continue;
            out.facts[key] = v;
            out.facts[`${key}_proof`] = proof;
        }
        return out;
    }
    return found;
}
const sameRequest = (a, b) => (a.method ?? '') === (b.method ?? '') && a.target === b.target && a.json === b.json;
function hinted(record, res) {
    if (!res)
        return false;
    const parsed = () => json(res);
    const hints = [
        ...(record.hints ?? []),
        ...(record.root ?? []).filter((c) => c.identifies === false).map((c) => c.match),
    ];
    return hints.some((m) => (0,table/* matches */.cK)(m, res, parsed));
}
/** Discovery order: records the first answer hints at, then by weight; never a record of weight 0 unhinted. */
function discoveryOrder(root, named) {
    const asked = table/* PRODUCTS */.zv.filter((r) => r !== named && r.probes?.some((p) => !p.factsOnly));
    const scored = asked
        .map((r, i) => ({ r, i, hint: hinted(r, root) }))
        .filter((x) => x.hint || x.r.weight > 0)
        .sort((a, b) => Number(b.hint) - Number(a.hint) || b.r.weight - a.r.weight || a.i - b.i);
    return scored.map((x) => x.r);
}
/** Pure: the product GET /'s answer names, most specific record first. */
function nameFromRoot(res) {
    const req = { target: '/' };
    for (const record of table/* PRODUCTS */.zv) {
        const f = applyClues(record, record.root ?? [], req, res, undefined, true);
        if (f)
            return f;
    }
    return undefined;
}
/**
 * Name the product behind `id` (an HTTP identification on `session`) and add
 * its facts. Changes `id.product`, `id.version` and `id.evidence` only when a
 * record of the table matched; never throws on what the service says.
 */
async function identifyProduct(id, session) {
    const ctx = {
        address: session.endpoint.address,
        hostname: session.endpoint.hostname,
        port: session.endpoint.port,
    };
    let requests = 0;
    const answers = [];
    const ask = async (req) => {
        const earlier = answers.find((a) => sameRequest(a.req, req));
        if (earlier)
            return earlier.res;
        if (requests >= MAX_REQUESTS || session.remaining() < MIN_LEFT_MS || session.signal?.aborted)
            return undefined;
        requests++;
        let res;
        const conv = await session.connect().catch(() => undefined);
        if (conv) {
            try {
                res = await exchange(conv, ctx, req, Math.min(2000, session.remaining() - 50));
            }
            finally {
                conv.close();
            }
        }
        answers.push({ req, res });
        return res;
    };
    const root = await ask({ target: '/' });
    let found = root ? nameFromRoot(root) : undefined;
    // Only a web server's or a proxy's name (or none): ask what the products serve.
    if (!found || FRONTS.has(found.record.kind)) {
        let discovery = 0;
        for (const record of discoveryOrder(root, found?.record)) {
            if (discovery >= MAX_DISCOVERY)
                break;
            const probe = record.probes?.find((p) => !p.factsOnly);
            if (!probe)
                continue;
            const fresh = !answers.some((a) => sameRequest(a.req, probe.request));
            const res = await ask(probe.request);
            if (fresh)
                discovery++;
            if (!res)
                continue;
            // One answer serves every record that asks the same request (/version: Docker, etcd, Kubernetes).
            let named;
            for (const r of table/* PRODUCTS */.zv) {
                for (const p of r.probes ?? []) {
                    if (p.factsOnly || !sameRequest(p.request, probe.request))
                        continue;
                    named = applyClues(r, p.clues, p.request, res, undefined, true);
                    if (named)
                        break;
                }
                if (named)
                    break;
            }
            if (named) {
                found = named;
                break;
            }
        }
    }
    if (!found)
        return;
    // Its own requests: version and facts (answers already read are reused, not asked again).
    const factsFrom = requests;
    for (const probe of found.record.probes ?? []) {
        const fresh = !answers.some((a) => sameRequest(a.req, probe.request));
        if (fresh && requests - factsFrom >= MAX_FACT_REQUESTS)
            break;
        const res = await ask(probe.request);
        if (res)
            found = applyClues(found.record, probe.clues, probe.request, res, found, false) ?? found;
    }
    id.product = found.record.name;
    if (found.version)
        id.version = found.version;
    else if (id.version && !FRONTS.has(found.record.kind))
        delete id.version; // the front's version, not the product's
    id.evidence['http.product_proof'] = found.proof;
    Object.assign(id.evidence, found.facts);
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/winrm.ts

/** Pure: the reply of a WS-Management listener to an empty POST /wsman. */
function parseWinrm(data) {
    const res = parseHttpResponse(data);
    if (!res || !res.complete)
        return undefined;
    const server = res.headers.server?.[0] ?? '';
    const schemes = authSchemes(res.headers['www-authenticate']);
    const wsman = /Microsoft-HTTPAPI/i.test(server) &&
        (res.status === 401 || res.status === 405 || res.status === 415 || res.status === 500);
    if (!wsman && !(res.status === 401 && schemes.some((s) => /^(Negotiate|Kerberos|CredSSP)$/i.test(s))))
        return undefined;
    const base = parseHttp(data);
    return {
        service: 'winrm',
        product: base?.product,
        version: base?.version,
        banner: base?.banner,
        evidence: {
            ...(base?.evidence ?? {}),
            'winrm.auth_schemes': schemes,
            'winrm.basic_auth': schemes.some((s) => s.toLowerCase() === 'basic'),
        },
        confident: wsman,
    };
}
/** An empty WS-Management POST: a listener answers it with its auth schemes. */
function wsmanRequest(ctx) {
    return httpRequest(ctx, 'POST', '/wsman', 'Content-Type: application/soap+xml;charset=UTF-8\r\nContent-Length: 0\r\n');
}
const winrmModule = {
    name: 'winrm',
    services: ['winrm'],
    parse: parseWinrm,
    probe: wsmanRequest,
    complete: headersDone,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/http.ts



const httpModule = {
    name: 'http',
    services: ['http'],
    parse: parseHttp,
    probe: (ctx) => httpRequest(ctx),
    complete: headersDone,
    async interrogate(id, session) {
        // Windows' HTTP.sys on an odd port may be a WinRM listener: ask /wsman before calling it a web server.
        if (/^Microsoft-HTTPAPI/i.test(String(id.evidence['http.server'] ?? '')) && session.allowed('winrm'))
            await askWinrm(id, session);
        // What answers behind HTTP (nginx, Docker, etcd, Prometheus, …): products/identify.ts.
        if (id.service === 'http')
            await identifyProduct(id, session);
    },
};
async function askWinrm(id, session) {
    const conv = await session.connect();
    try {
        const ep = session.endpoint;
        conv.write(wsmanRequest({ address: ep.address, hostname: ep.hostname, port: ep.port }));
        const winrm = parseWinrm(await conv.read(headersDone, Math.min(2000, session.remaining())));
        if (winrm?.confident) {
            id.service = 'winrm';
            Object.assign(id.evidence, winrm.evidence);
        }
    }
    finally {
        conv.close();
    }
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/ike.ts


/** Pure: any IKE message that names our initiator SPI back (IKEv2 response, or an IKEv1 notify). */
function parseIke(reply) {
    if (reply.length < 28)
        return undefined;
    // Over 4500 a four-byte non-ESP marker (zero) precedes IKE.
    const msg = reply.readUInt32BE(0) === 0 && reply.length >= 32 ? reply.subarray(4) : reply;
    if (!msg.subarray(0, 8).equals(payloads/* IKE_SPI */.br))
        return undefined;
    const major = msg[17] >> 4;
    if (major !== 1 && major !== 2)
        return undefined;
    // An IKEv2 answer has the Response flag set (RFC 7296 §3.1); our own request, reflected, has not.
    if (major === 2 && (msg[19] & 0x20) === 0)
        return undefined;
    const len = msg.readUInt32BE(24);
    if (len < 28 || len > msg.length + 4096)
        return undefined;
    return {
        service: 'ike',
        evidence: { 'ike.detected': true, 'ike.version': String(major) },
        confident: true,
    };
}
/** IKE as the port suggests: with the non-ESP marker on 4500, bare elsewhere (the engine sends both framings). */
const ikeModule = {
    name: 'ike',
    services: ['ike'],
    probe: (ctx) => (ctx.port === 4500 ? (0,payloads/* ikeNatTraversal */.Bd)() : (0,payloads/* ikeSaInit */._d)()),
    parse: (reply) => parseIke(reply),
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/imap.ts

function capabilityFacts(caps) {
    const upper = caps.map((c) => c.toUpperCase());
    return {
        'imap.starttls': upper.includes('STARTTLS'),
        'imap.login_disabled': upper.includes('LOGINDISABLED'),
    };
}
/** Pure: an IMAP greeting (* OK / * PREAUTH / * BYE), with capabilities when it lists them. */
function parseImap(data) {
    const all = lines(data);
    const first = all[0];
    const m = first && /^\* (OK|PREAUTH|BYE)\b(.*)$/i.exec(first);
    if (!m)
        return undefined;
    const id = {
        service: 'imap',
        banner: firstLine(data, false),
        evidence: {},
        confident: true,
    };
    if (m[1].toUpperCase() === 'PREAUTH')
        id.evidence['imap.preauth'] = true;
    const caps = /\[CAPABILITY ([^\]]*)\]/i.exec(m[2])?.[1] ??
        all.find((l) => /^\* CAPABILITY /i.test(l))?.slice(13) ??
        undefined;
    if (caps !== undefined)
        Object.assign(id.evidence, capabilityFacts(caps.split(/\s+/).slice(0, 64)));
    if (/dovecot/i.test(first))
        id.product = 'Dovecot';
    else if (/cyrus/i.test(first))
        id.product = 'Cyrus IMAP';
    else if (/courier/i.test(first))
        id.product = 'Courier IMAP';
    return id;
}
const imapModule = {
    name: 'imap',
    services: ['imap', 'imaps'],
    bannerFirst: true,
    parse: parseImap,
    async interrogate(id, session) {
        if ('imap.starttls' in id.evidence)
            return;
        const { conversation: conv, greeted } = await session.reuse();
        try {
            const ms = () => Math.min(2000, session.remaining());
            if (!greeted)
                await conv.read((b) => lines(b).length >= 1, ms());
            conv.write('p1 CAPABILITY\r\n');
            const reply = await conv.read((b) => lines(b).some((l) => /^p1 /.test(l)), ms());
            const caps = lines(reply).find((l) => /^\* CAPABILITY /i.test(l));
            if (caps)
                Object.assign(id.evidence, capabilityFacts(caps.slice(13).split(/\s+/).slice(0, 64)));
            conv.write('p2 LOGOUT\r\n');
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/memcached.ts


/** Pure: the reply to "version" ("VERSION 1.6.18"); a bare ERROR is memcached's answer to anything else. */
function parseMemcached(data) {
    const all = lines(data);
    const v = all.find((l) => l.startsWith('VERSION '));
    if (v) {
        const version = clean(v.slice(8), 64);
        return {
            service: 'memcached',
            product: 'memcached',
            version,
            evidence: { 'memcached.version': version, 'memcached.auth_required': false },
            confident: true,
        };
    }
    if (all.length > 0 && all.every((l) => l === 'ERROR')) {
        return { service: 'memcached', product: 'memcached', evidence: {}, confident: false };
    }
    return undefined;
}
const memcachedModule = {
    name: 'memcached',
    services: ['memcached'],
    parse: parseMemcached,
    probe: () => Buffer.from('version\r\n'),
};
/** The request id of our `stats` frame; its reply datagrams carry it back. */
const STATS_REQUEST_ID = 0x5053;
/**
 * memcached's UDP frame (protocol.txt, "UDP protocol"): request id, sequence 0, one datagram,
 * reserved; then `stats`. 15 bytes; the answer is the server's statistics, a kilobyte and more,
 * in as many datagrams as it takes: the amplification that made memcached a reflector.
 */
function memcachedStats() {
    const head = Buffer.from([0, 0, 0, 0, 0, 1, 0, 0]);
    head.writeUInt16BE(STATS_REQUEST_ID, 0);
    return Buffer.concat([head, Buffer.from('stats\r\n', 'latin1')]);
}
/** Pure: the datagrams that answer our `stats` frame (our request id, a STAT line or END in the first). */
function statsReplies(replies) {
    const ours = replies.filter((r) => r.length >= 8 && r.readUInt16BE(0) === STATS_REQUEST_ID);
    const first = ours.find((r) => r.readUInt16BE(2) === 0);
    if (!first || !/^(?:STAT |END\r\n)/.test(first.subarray(8, 13).toString('latin1')))
        return [];
    return ours;
}
/** Whether every datagram the frame header announces has arrived. */
function allArrived(replies) {
    const ours = statsReplies(replies);
    return ours.length > 0 && ours.length >= ours[0].readUInt16BE(4);
}
/** After a UDP answer to `version`: one `stats` frame, and what came back for it per byte sent. */
async function udpStats(id, session) {
    const left = session.remaining();
    if (left < 100)
        return;
    const request = memcachedStats();
    const replies = statsReplies(await session.gather(request, Math.min(2000, left), 300, allArrived));
    if (replies.length === 0)
        return;
    const back = replies.reduce((n, r) => n + r.length, 0);
    id.evidence['memcached.udp_amplification'] = Math.round((back / request.length) * 100) / 100;
}
const memcachedUdpModule = {
    name: 'memcached',
    services: ['memcached'],
    probe: () => (0,payloads/* memcachedVersion */.sx)(),
    parse(reply) {
        if (reply.length < 8 || reply[0] !== 0x50 || reply[1] !== 0x43)
            return undefined;
        const id = parseMemcached(reply.subarray(8));
        if (id)
            id.evidence['memcached.udp'] = true;
        return id;
    },
    interrogate: udpStats,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/bson.ts
/** The little BSON Portcullis needs: write {name: 1}, read a document's top-level scalars. */
function bsonCommand(name, extra = {}) {
    const parts = [];
    const key = (k) => Buffer.from(`${k}\0`, 'utf8');
    const i32 = Buffer.alloc(4);
    i32.writeInt32LE(1);
    parts.push(Buffer.from([0x10]), key(name), i32);
    for (const [k, v] of Object.entries(extra)) {
        const s = Buffer.from(`${v}\0`, 'utf8');
        const len = Buffer.alloc(4);
        len.writeInt32LE(s.length);
        parts.push(Buffer.from([0x02]), key(k), len, s);
    }
    const body = Buffer.concat(parts);
    const head = Buffer.alloc(4);
    head.writeInt32LE(4 + body.length + 1);
    return Buffer.concat([head, body, Buffer.from([0])]);
}
/** Pure: the top-level fields of one BSON document at `offset`; nested documents and arrays are skipped. */
function readBson(data, offset = 0) {
    if (offset < 0 || data.length < offset + 5)
        return undefined;
    const size = data.readInt32LE(offset);
    const end = offset + size;
    if (size < 5 || end > data.length || data[end - 1] !== 0)
        return undefined;
    const fields = {};
    let p = offset + 4;
    for (let n = 0; n < 256 && p < end - 1; n++) {
        const type = data[p];
        const nameEnd = data.indexOf(0, p + 1);
        if (nameEnd < 0 || nameEnd >= end)
            return undefined;
        const name = data
            .subarray(p + 1, nameEnd)
            .toString('utf8')
            .slice(0, 64);
        p = nameEnd + 1;
        const need = (n2) => p + n2 <= end - 1;
        switch (type) {
            case 0x01:
                if (!need(8))
                    return undefined;
                fields[name] = data.readDoubleLE(p);
                p += 8;
                break;
            case 0x02:
            case 0x0d:
            case 0x0e: {
                if (!need(4))
                    return undefined;
                const len = data.readInt32LE(p);
                if (len < 1 || !need(4 + len))
                    return undefined;
                fields[name] = data
                    .subarray(p + 4, p + 4 + len - 1)
                    .toString('utf8')
                    .slice(0, 256);
                p += 4 + len;
                break;
            }
            case 0x03:
            case 0x04: {
                if (!need(4))
                    return undefined;
                const len = data.readInt32LE(p);
                if (len < 5 || !need(len))
                    return undefined;
                p += len;
                break;
            }
            case 0x05: {
                if (!need(5))
                    return undefined;
                const len = data.readInt32LE(p);
                if (len < 0 || !need(5 + len))
                    return undefined;
                p += 5 + len;
                break;
            }
            case 0x07:
                if (!need(12))
                    return undefined;
                p += 12;
                break;
            case 0x08:
                if (!need(1))
                    return undefined;
                fields[name] = data[p] !== 0;
                p += 1;
                break;
            case 0x09:
            case 0x11:
            case 0x12:
                if (!need(8))
                    return undefined;
                fields[name] = Number(data.readBigInt64LE(p));
                p += 8;
                break;
            case 0x0a:
            case 0x06:
            case 0x7f:
            case 0xff:
                fields[name] = null;
                break;
            case 0x10:
                if (!need(4))
                    return undefined;
                fields[name] = data.readInt32LE(p);
                p += 4;
                break;
            case 0x13:
                if (!need(16))
                    return undefined;
                p += 16;
                break;
            default:
                return undefined;
        }
    }
    return { fields, next: end };
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/mongodb.ts

const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;
/** OP_QUERY of a command on admin.$cmd: still accepted for the handshake by every MongoDB version. */
function mongoQuery(requestId, command) {
    const coll = Buffer.from('admin.$cmd\0', 'latin1');
    const doc = bsonCommand(command);
    const body = Buffer.alloc(4 + coll.length + 8);
    body.writeInt32LE(0, 0); // flags
    coll.copy(body, 4);
    body.writeInt32LE(0, 4 + coll.length); // numberToSkip
    body.writeInt32LE(-1, 8 + coll.length); // numberToReturn
    const head = Buffer.alloc(16);
    head.writeInt32LE(16 + body.length + doc.length, 0);
    head.writeInt32LE(requestId, 4);
    head.writeInt32LE(0, 8);
    head.writeInt32LE(OP_QUERY, 12);
    return Buffer.concat([head, body, doc]);
}
/** Pure: the first document of an OP_REPLY (or OP_MSG) answering `requestId`. */
function parseMongoReply(data, requestId) {
    if (data.length < 16)
        return undefined;
    const len = data.readInt32LE(0);
    if (len < 16 || len > 16 * 1024 * 1024 || data.length < len)
        return undefined;
    const responseTo = data.readInt32LE(8);
    const op = data.readInt32LE(12);
    if (requestId !== undefined && responseTo !== requestId)
        return undefined;
    const msg = data.subarray(0, len);
    if (op === OP_REPLY)
        return readBson(msg, 36)?.fields;
    if (op === OP_MSG && msg.length > 21 && msg[20] === 0)
        return readBson(msg, 21)?.fields;
    return undefined;
}
const HELLO_ID = 0x50430001;
const BUILDINFO_ID = 0x50430002;
const LISTDB_ID = 0x50430003;
/** Pure: the reply to isMaster. */
function parseMongodb(data) {
    const doc = parseMongoReply(data, HELLO_ID);
    if (!doc)
        return undefined;
    const confident = 'maxWireVersion' in doc || 'ismaster' in doc || 'isWritablePrimary' in doc || 'ok' in doc;
    if (!confident)
        return undefined;
    return { service: 'mongodb', product: 'MongoDB', evidence: {}, confident: true };
}
const mongodbModule = {
    name: 'mongodb',
    services: ['mongodb'],
    parse: parseMongodb,
    probe: () => mongoQuery(HELLO_ID, 'isMaster'),
    complete: (data) => data.length >= 4 && data.length >= data.readInt32LE(0),
    async interrogate(id, session) {
        const conv = await session.connect();
        try {
            const ms = () => Math.min(2000, session.remaining());
            const whole = (b) => b.length >= 4 && b.length >= b.readInt32LE(0);
            conv.write(mongoQuery(BUILDINFO_ID, 'buildinfo'));
            const build = parseMongoReply(await conv.read(whole, ms()), BUILDINFO_ID);
            if (typeof build?.version === 'string') {
                id.version = build.version.slice(0, 64);
                id.evidence['mongodb.version'] = id.version;
            }
            conv.write(mongoQuery(LISTDB_ID, 'listDatabases'));
            const list = parseMongoReply(await conv.read(whole, ms()), LISTDB_ID);
            if (list) {
                const unauthorized = list.ok === 0 &&
                    (list.code === 13 ||
                        /auth|unauthori[sz]ed|requires authentication/i.test(String(list.errmsg ?? '')));
                if (list.ok === 1)
                    id.evidence['mongodb.auth_required'] = false;
                else if (unauthorized)
                    id.evidence['mongodb.auth_required'] = true;
            }
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/mysql.ts

const CLIENT_SSL = 0x0800;
/** Pure: the MySQL/MariaDB initial handshake packet (protocol 10), or the error packet sent instead. */
function parseMysql(data) {
    if (data.length < 5)
        return undefined;
    const len = data.readUIntLE(0, 3);
    const seq = data[3];
    if (seq !== 0 || len < 3 || len > 1024)
        return undefined;
    const complete = data.length >= 4 + len;
    const p = data.subarray(4, 4 + len);
    if (p[0] === 0xff) {
        // Error before the handshake: 0xff, code (u16), message.
        if (p.length < 3)
            return undefined;
        const code = p.readUInt16LE(1);
        if (code < 1000 || code > 5000)
            return undefined;
        const message = clean(p.subarray(3).toString('latin1'));
        const id = {
            service: 'mysql',
            banner: message,
            evidence: {},
            confident: complete && /mysql|mariadb|host '.*' is|too many connections/i.test(message),
        };
        if (code === 1130)
            id.evidence['mysql.host_blocked'] = true;
        if (/mariadb/i.test(message))
            id.product = 'MariaDB';
        return id;
    }
    if (p[0] !== 0x0a)
        return undefined;
    const ver = cString(p, 1, 64);
    if (!ver || !/^\d+\.\d+/.test(ver.value))
        return undefined;
    const id = {
        service: 'mysql',
        product: 'MySQL',
        version: ver.value,
        banner: ver.value,
        evidence: { 'mysql.version': ver.value },
        confident: complete,
    };
    // MariaDB prefixes "5.5.5-" so old clients accept it.
    const maria = /^(?:5\.5\.5-)?(\d+\.\d+\.\d+)-MariaDB/i.exec(ver.value);
    if (maria) {
        id.product = 'MariaDB';
        id.version = maria[1];
    }
    else {
        const plain = /^(\d+\.\d+\.\d+)/.exec(ver.value);
        if (plain)
            id.version = plain[1];
    }
    // thread id (4), auth data part 1 (8), filler (1), capability flags low (2)
    let off = ver.next + 4 + 8 + 1;
    if (p.length >= off + 2) {
        const capLow = p.readUInt16LE(off);
        id.evidence['mysql.ssl'] = (capLow & CLIENT_SSL) !== 0;
        off += 2;
        // charset (1), status (2), capability high (2), auth data length (1), reserved (10)
        if (p.length >= off + 16) {
            const authLen = p[off + 5];
            off += 16;
            off += Math.max(13, authLen - 8);
            const plugin = cString(p, off, 64);
            if (plugin && plugin.value)
                id.evidence['mysql.auth_plugin'] = plugin.value;
        }
    }
    return id;
}
const mysqlModule = {
    name: 'mysql',
    services: ['mysql'],
    bannerFirst: true,
    parse: parseMysql,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/ntp.ts


/** Pure: a server reply (mode 4) to our request. */
function parseNtp(reply) {
    if (reply.length < 48)
        return undefined;
    const mode = reply[0] & 0x7;
    const version = (reply[0] >> 3) & 0x7;
    if (mode !== 4 || version < 1 || version > 4)
        return undefined;
    if (!reply.subarray(24, 32).equals(payloads/* NTP_TRANSMIT */.wi))
        return undefined;
    return {
        service: 'ntp',
        version: String(version),
        evidence: { 'ntp.stratum': reply[1] },
        confident: true,
    };
}
/** Our sequence number in the mode 6 request; a reply must carry it back. */
const MODE6_SEQUENCE = 0x5043;
/**
 * NTP control message (mode 6, RFC 9327 / RFC 1305 appendix B): READVAR (opcode 2) of the
 * system variables, 12 bytes. Its answer is the server's variable list (a few hundred bytes).
 */
function mode6ReadVar() {
    const b = Buffer.alloc(12);
    b[0] = (2 << 3) | 6; // LI 0, version 2, mode 6
    b[1] = 2; // R 0, E 0, M 0, opcode READVAR
    b.writeUInt16BE(MODE6_SEQUENCE, 2);
    return b;
}
/**
 * ntpd's private mode 7 request MON_GETLIST_1 (request code 42, implementation XNTPD 3): the
 * 8-byte header, no data. Small on purpose: the request is 8 bytes, the answer (the list of
 * recent clients, up to 100 datagrams) is the amplification the fact is about.
 */
function mode7Monlist() {
    return Buffer.from([(2 << 3) | 7, 0, 3, 42, 0, 0, 0, 0]);
}
/** Pure: whether `reply` is a mode 6 response (R bit set) to our READVAR, no error bit. */
function isMode6Reply(reply) {
    if (reply.length < 12)
        return false;
    if ((reply[0] & 0x7) !== 6)
        return false;
    // R (response) set, E (error) clear, opcode READVAR; our sequence back.
    return (reply[1] & 0xdf) === 0x82 && reply.readUInt16BE(2) === MODE6_SEQUENCE;
}
/** Pure: whether `reply` is a mode 7 response (R bit set) to MON_GETLIST_1 with no error and at least one item. */
function isMonlistReply(reply) {
    if (reply.length < 8)
        return false;
    if ((reply[0] & 0x80) === 0 || (reply[0] & 0x7) !== 7)
        return false;
    if (reply[3] !== 42)
        return false;
    const err = reply[4] >> 4;
    const items = ((reply[4] & 0x0f) << 8) | reply[5];
    return err === 0 && items > 0;
}
/** Bytes back per byte sent, two decimals. */
function ratio(back, sent) {
    return Math.round((back.length / Math.max(1, sent.length)) * 100) / 100;
}
/**
 * After a mode 4 answer: one READVAR (mode 6) and one MON_GETLIST_1 (mode 7). A reply that is
 * not a response to the request (an echo, an error) proves nothing; silence is the answer of
 * chrony and of an ntpd with `restrict … noquery`.
 */
async function queries(id, session) {
    let best = 0;
    for (const [key, request, answers] of [
        ['ntp.mode6_answered', mode6ReadVar(), isMode6Reply],
        ['ntp.monlist_answered', mode7Monlist(), isMonlistReply],
    ]) {
        const left = session.remaining();
        if (left < 100)
            break;
        const reply = await session.exchange(request, Math.min(1500, left));
        const yes = reply !== undefined && answers(reply);
        id.evidence[key] = yes;
        if (yes)
            best = Math.max(best, ratio(reply, request));
    }
    if (best > 0)
        id.evidence['ntp.amplification'] = best;
}
const ntpModule = {
    name: 'ntp',
    services: ['ntp'],
    probe: () => (0,payloads/* ntpRequest */.ck)(),
    parse: (reply) => parseNtp(reply),
    interrogate: queries,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/openvpn.ts


const P_CONTROL_HARD_RESET_SERVER_V2 = 8;
/** Pure: a P_CONTROL_HARD_RESET_SERVER_V2 that acknowledges our packet and names our session. */
function parseOpenvpnPacket(p) {
    if (p.length < 14)
        return undefined;
    const opcode = p[0] >> 3;
    if (opcode !== P_CONTROL_HARD_RESET_SERVER_V2 && opcode !== 9 && opcode !== 10)
        return undefined;
    const acks = p[9];
    if (acks < 1 || acks > 8 || p.length < 10 + acks * 4 + 8)
        return undefined;
    const remote = p.subarray(10 + acks * 4, 10 + acks * 4 + 8);
    if (!remote.equals(payloads/* OPENVPN_SESSION */.MR))
        return undefined;
    return { service: 'openvpn', product: 'OpenVPN', evidence: { 'openvpn.detected': true }, confident: true };
}
/** Pure: the TCP framing (a 16-bit length before each packet). */
function parseOpenvpnTcp(data) {
    if (data.length < 2)
        return undefined;
    const len = data.readUInt16BE(0);
    if (len < 14 || data.length < 2 + len)
        return undefined;
    return parseOpenvpnPacket(data.subarray(2, 2 + len));
}
const openvpnModule = {
    name: 'openvpn',
    services: ['openvpn'],
    parse: parseOpenvpnTcp,
    probe: () => (0,payloads/* tcpFramed */.XW)((0,payloads/* hardReset */.zC)()),
};
const openvpnUdpModule = {
    name: 'openvpn',
    services: ['openvpn'],
    probe: () => (0,payloads/* hardReset */.zC)(),
    parse: (reply) => parseOpenvpnPacket(reply),
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/pop3.ts

/** Pure: a POP3 greeting (+OK), or a transcript with a CAPA list. */
function parsePop3(data) {
    const all = lines(data);
    const first = all[0];
    if (!first || !/^\+OK\b/.test(first))
        return undefined;
    const capaEnd = all.indexOf('.', 1);
    const id = {
        service: 'pop3',
        banner: firstLine(data, false),
        evidence: {},
        confident: /POP|dovecot|ready|courier|cyrus|qpopper/i.test(first) || capaEnd > 0,
    };
    if (capaEnd > 0) {
        const caps = all.slice(1, capaEnd).map((c) => c.toUpperCase());
        id.evidence['pop3.stls'] = caps.some((c) => c === 'STLS');
    }
    if (/dovecot/i.test(first))
        id.product = 'Dovecot';
    return id;
}
const pop3Module = {
    name: 'pop3',
    services: ['pop3', 'pop3s'],
    bannerFirst: true,
    parse: parsePop3,
    probe: () => Buffer.from('CAPA\r\n'),
    async interrogate(id, session) {
        if ('pop3.stls' in id.evidence || session.tls)
            return;
        const { conversation: conv, greeted } = await session.reuse();
        try {
            const ms = () => Math.min(2000, session.remaining());
            if (!greeted)
                await conv.read((b) => lines(b).length >= 1, ms());
            conv.write('CAPA\r\n');
            const reply = await conv.read((b) => lines(b).includes('.') || /^-ERR/.test(lines(b)[0] ?? ''), ms());
            const all = lines(reply);
            if (all[0]?.startsWith('+OK'))
                id.evidence['pop3.stls'] = all.some((c) => c.toUpperCase() === 'STLS');
            conv.write('QUIT\r\n');
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/postgresql.ts

/** SSLRequest: length 8, code 80877103. */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
/** StartupMessage, protocol 3.0, for a user that should not exist. */
function startupMessage(user = 'portcullis', database = 'portcullis') {
    const params = Buffer.from(`user\0${user}\0database\0${database}\0application_name\0portcullis\0\0`, 'latin1');
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + params.length, 0);
    head.writeUInt32BE(0x00030000, 4);
    return Buffer.concat([head, params]);
}
/** Pure: the fields of an ErrorResponse ('E'), keyed by their one-letter codes. */
function parseErrorFields(data) {
    if (data.length < 5 || data[0] !== 0x45)
        return undefined;
    const len = data.readUInt32BE(1);
    if (len < 4 || len > 8192)
        return undefined;
    const body = data.subarray(5, 1 + len);
    const fields = {};
    let off = 0;
    for (let n = 0; n < 32 && off < body.length && body[off] !== 0; n++) {
        const code = String.fromCharCode(body[off]);
        const value = cString(body, off + 1, 512);
        if (!value)
            break;
        fields[code] = value.value;
        off = value.next;
    }
    return fields.S || fields.V ? fields : undefined;
}
const AUTH_NAMES = {
    0: 'trust',
    2: 'kerberos',
    3: 'password',
    5: 'md5',
    7: 'gss',
    9: 'sspi',
    10: 'scram-sha-256',
};
/** Pure: what a StartupMessage got: an authentication request or an error. */
function parseStartupReply(data) {
    if (data.length >= 9 && data[0] === 0x52) {
        const len = data.readUInt32BE(1);
        if (len < 8 || len > 8192)
            return undefined;
        const code = data.readUInt32BE(5);
        return { method: AUTH_NAMES[code] ?? `auth-${code}` };
    }
    const err = parseErrorFields(data);
    if (!err)
        return undefined;
    const message = clean(err.M ?? '');
    if (/pg_hba\.conf/.test(message))
        return { method: 'rejected', message };
    // The role check comes after authentication: reaching it without a password means "trust".
    if (/role ".*" does not exist/.test(message) || /database ".*" does not exist/.test(message))
        return { method: 'trust', message };
    if (/ident|peer/i.test(message))
        return { method: 'ident', message };
    return { method: 'rejected', message };
}
/** Pure: an ErrorResponse to anything a PostgreSQL server cannot read, or an authentication request. */
function parsePostgresql(data) {
    const err = parseErrorFields(data);
    if (err &&
        err.C &&
        /^[0-9A-Z]{5}$/.test(err.C) &&
        (err.S === 'FATAL' || err.S === 'ERROR' || err.V === 'FATAL')) {
        return {
            service: 'postgresql',
            product: 'PostgreSQL',
            banner: clean(err.M ?? ''),
            evidence: {},
            confident: true,
        };
    }
    const auth = data.length >= 9 && data[0] === 0x52 ? parseStartupReply(data) : undefined;
    if (auth)
        return { service: 'postgresql', product: 'PostgreSQL', evidence: {}, confident: true };
    return undefined;
}
/**
 * Pure: the reply to our SSLRequest: exactly one byte, S (TLS offered) or N.
 * Alone, one byte proves little (it could be the start of a banner); as the
 * answer to SSLRequest it is PostgreSQL's.
 */
function parseSslRequestReply(data) {
    if (data.length === 1 && (data[0] === 0x53 || data[0] === 0x4e)) {
        return {
            service: 'postgresql',
            product: 'PostgreSQL',
            evidence: { 'postgresql.ssl': data[0] === 0x53 },
            confident: true,
        };
    }
    return parsePostgresql(data);
}
/** A version 2.0 StartupMessage with no parameters: 8 bytes, answered with an error by every current server. */
const V2_STARTUP = Buffer.from([0, 0, 0, 8, 0, 2, 0, 0]);
/**
 * Pure: whether an ErrorResponse is PgBouncer's, not PostgreSQL's. PgBouncer refuses a version
 * 2.0 startup with "old V2 protocol not supported" and a trust login of an unknown user with
 * '"trust" authentication failed' (both SQLSTATE 08P01); PostgreSQL answers the first
 * "unsupported frontend protocol 2.0: …" (0A000) and never says the second.
 */
function isPgbouncerError(data) {
    const err = parseErrorFields(data);
    if (!err || err.C !== '08P01')
        return false;
    return (/^old V2 protocol not supported$/.test(err.M ?? '') || /^"trust" authentication failed$/.test(err.M ?? ''));
}
/** After PostgreSQL's own checks: the 8-byte version 2.0 startup, whose refusal names a PgBouncer. */
async function poolerCheck(id, session) {
    if (id.product === 'pgbouncer' || session.remaining() < 200)
        return;
    const conv = await session.connect();
    try {
        conv.write(V2_STARTUP);
        const reply = await conv.read((b) => parseErrorFields(b) !== undefined, Math.min(2000, session.remaining()));
        if (isPgbouncerError(reply))
            id.product = 'pgbouncer';
    }
    finally {
        conv.close();
    }
}
const postgresqlModule = {
    name: 'postgresql',
    services: ['postgresql'],
    parse: parsePostgresql,
    parseReply: parseSslRequestReply,
    probe: () => SSL_REQUEST,
    async interrogate(id, session) {
        if (session.tls)
            return;
        await pgChecks(id, session);
        await poolerCheck(id, session);
    },
};
/** SSLRequest, then a startup for user "portcullis": TLS offered, and which authentication. */
async function pgChecks(id, session) {
    const conv = await session.connect();
    try {
        const ms = () => Math.min(2000, session.remaining());
        if (!('postgresql.ssl' in id.evidence)) {
            conv.write(SSL_REQUEST);
            const b = await conv.read((x) => x.length >= 1, ms());
            if (b.length === 1)
                id.evidence['postgresql.ssl'] = b[0] === 0x53;
            if (b[0] === 0x53) {
                // The server now expects a TLS handshake; ask for the startup on a new connection.
                conv.close();
                return await startup(id, session, ms());
            }
        }
        else if (id.evidence['postgresql.ssl'] === true) {
            conv.close();
            return await startup(id, session, ms());
        }
        await startupOn(conv, id, ms());
    }
    finally {
        conv.close();
    }
}
async function startup(id, session, ms) {
    const conv = await session.connect();
    try {
        await startupOn(conv, id, ms);
    }
    finally {
        conv.close();
    }
}
async function startupOn(conv, id, ms) {
    conv.write(startupMessage());
    const data = await conv.read((b) => parseStartupReply(b) !== undefined, ms);
    const reply = parseStartupReply(data);
    if (!reply)
        return;
    if (isPgbouncerError(data))
        id.product = 'pgbouncer';
    id.confident = true;
    id.evidence['postgresql.auth_method'] = reply.method;
    id.evidence['postgresql.auth_required'] = reply.method !== 'trust';
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/rdp.ts
const RDP_PROTOCOLS = { rdp: 0, ssl: 1, hybrid: 2, hybrid_ex: 8 };
const NAMES = {
    0: 'rdp',
    1: 'ssl',
    2: 'hybrid',
    4: 'rdstls',
    8: 'hybrid_ex',
    16: 'rdstls',
    32: 'aad',
};
/** An X.224 Connection Request carrying RDP_NEG_REQ for `requested` (a bit set of RDP_PROTOCOLS). */
function connectionRequest(requested) {
    const b = Buffer.from([
        0x03, 0x00, 0x00, 0x13, 0x0e, 0xe0, 0, 0, 0, 0, 0, 0x01, 0x00, 0x08, 0x00, 0, 0, 0, 0,
    ]);
    b.writeUInt32LE(requested >>> 0, 15);
    return b;
}
/** Pure: the X.224 Connection Confirm and its RDP_NEG_RSP / RDP_NEG_FAILURE. */
function parseRdpConfirm(data) {
    if (data.length < 11 || data[0] !== 0x03 || data[1] !== 0x00)
        return undefined;
    const len = data.readUInt16BE(2);
    if (len < 11 || len > 512)
        return undefined;
    const li = data[4];
    if ((data[5] & 0xf0) !== 0xd0 || li < 6 || li + 5 > len)
        return undefined;
    if (len < 19 || data.length < 19)
        return { kind: 'legacy' };
    const type = data[11];
    if (data.readUInt16LE(13) !== 8)
        return { kind: 'legacy' };
    const value = data.readUInt32LE(15);
    if (type === 0x02)
        return { kind: 'selected', protocol: NAMES[value] ?? `protocol-${value}`, code: value };
    if (type === 0x03)
        return { kind: 'failure', code: value };
    return undefined;
}
function parseRdp(data) {
    const neg = parseRdpConfirm(data);
    if (!neg)
        return undefined;
    const id = { service: 'rdp', evidence: {}, confident: true };
    if (neg.kind === 'selected') {
        id.evidence['rdp.selected_protocol'] = neg.protocol;
        id.evidence['rdp.nla_supported'] = neg.code === 2 || neg.code === 8;
    }
    else if (neg.kind === 'legacy') {
        id.evidence['rdp.selected_protocol'] = 'rdp';
        id.evidence['rdp.nla_supported'] = false;
    }
    return id;
}
const rdpModule = {
    name: 'rdp',
    services: ['rdp'],
    parse: parseRdp,
    probe: () => connectionRequest(RDP_PROTOCOLS.ssl | RDP_PROTOCOLS.hybrid | RDP_PROTOCOLS.hybrid_ex),
    complete: (data) => data.length >= 4 && data.length >= data.readUInt16BE(2),
    async interrogate(id, session) {
        const ask = async (requested) => {
            const conv = await session.connect();
            try {
                conv.write(connectionRequest(requested));
                return parseRdpConfirm(await conv.read((b) => b.length >= 4 && b.length >= b.readUInt16BE(2), Math.min(2000, session.remaining())));
            }
            finally {
                conv.close();
            }
        };
        const standard = await ask(RDP_PROTOCOLS.rdp);
        if (standard) {
            id.evidence['rdp.standard_security_allowed'] =
                standard.kind === 'legacy' || (standard.kind === 'selected' && standard.code === 0);
        }
        const tlsOnly = await ask(RDP_PROTOCOLS.ssl);
        if (tlsOnly) {
            // HYBRID_REQUIRED_BY_SERVER (5): TLS alone is not enough, CredSSP is demanded.
            id.evidence['rdp.nla_required'] =
                tlsOnly.kind === 'failure' &&
                    tlsOnly.code === 5 &&
                    id.evidence['rdp.standard_security_allowed'] !== true;
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/redis.ts

/** PING, then INFO server: RESP arrays, as a real client sends them. */
const REDIS_PROBE = Buffer.from('*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n');
/** PING, then INFO sentinel: a Sentinel answers its section; a plain Redis an empty one. */
const SENTINEL_PROBE = Buffer.from('*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nINFO\r\n$8\r\nsentinel\r\n');
/** Whether INFO says this is a Sentinel (INFO server's redis_mode, or INFO sentinel's section). */
function sentinelInfo(all) {
    return all.some((l) => l === 'redis_mode:sentinel' || l === '# Sentinel' || l.startsWith('sentinel_masters:'));
}
/** Pure: replies to PING / INFO. A Sentinel's are not Redis's (parseSentinel claims them). */
function parseRedis(data) {
    const all = lines(data, 256);
    const first = all[0];
    if (first === undefined)
        return undefined;
    if (sentinelInfo(all))
        return undefined;
    const ev = {};
    let confident = false;
    if (first === '+PONG') {
        ev['redis.auth_required'] = false;
        // PONG alone could still be a Sentinel's: sure only once INFO's answer is whole.
        confident = complete(data);
    }
    else if (/^-NOAUTH\b/.test(first) || /^-ERR operation not permitted/i.test(first)) {
        ev['redis.auth_required'] = true;
        confident = true;
    }
    else if (/^-DENIED Redis is running in protected mode/i.test(first)) {
        ev['redis.protected_mode'] = true;
        confident = true;
    }
    else if (/^-ERR unknown command/i.test(first) || /^-(ERR|WRONGTYPE|WRONGPASS) /.test(first)) {
        // A RESP error line: some Redis-compatible server, but the line alone proves little.
        confident = /^-ERR unknown command [`'].*[`'], with args beginning with/.test(first);
    }
    else
        return undefined;
    const id = { service: 'redis', product: 'Redis', evidence: ev, confident };
    const version = all.find((l) => l.startsWith('redis_version:'));
    if (version) {
        id.version = clean(version.slice(14), 64);
        ev['redis.version'] = id.version;
    }
    if (all.some((l) => l.startsWith('valkey_version:')))
        id.product = 'Valkey';
    return id;
}
/**
 * Pure: a Redis Sentinel (`redis-server --sentinel`): PONG without a password, and INFO that
 * says sentinel. Without a password a Sentinel answers SENTINEL commands to anyone: it tells
 * who the masters are and accepts failover and reconfiguration. With `requirepass` it answers
 * NOAUTH to everything, exactly as a Redis does, and is named redis (auth required).
 */
function parseSentinel(data) {
    const all = lines(data, 256);
    if (all[0] !== '+PONG' || !sentinelInfo(all))
        return undefined;
    const ev = { 'redis_sentinel.auth_required': false };
    const masters = all.find((l) => l.startsWith('sentinel_masters:'));
    if (masters && /^\d{1,6}$/.test(masters.slice(17)))
        ev['redis_sentinel.masters'] = Number(masters.slice(17));
    const id = {
        service: 'redis-sentinel',
        product: 'Redis Sentinel',
        evidence: ev,
        confident: true,
    };
    const version = all.find((l) => l.startsWith('redis_version:'));
    if (version)
        id.version = clean(version.slice(14), 64);
    return id;
}
/** Wait for the INFO bulk string too, when PING was answered. */
function complete(data) {
    const all = lines(data, 256);
    if (all[0] !== '+PONG')
        return all.length >= 1;
    const bulk = all.findIndex((l) => l.startsWith('$'));
    if (bulk < 0)
        return all.length >= 2 && all[1].startsWith('-');
    const size = Number(all[bulk].slice(1));
    const start = data.indexOf('\r\n$') + 3;
    return size < 0 || data.length >= start + String(size).length + 2 + size + 2;
}
const redisModule = {
    name: 'redis',
    services: ['redis'],
    parse: parseRedis,
    probe: () => REDIS_PROBE,
    complete,
};
/** When the match came from INFO server (another probe's reply), ask INFO sentinel for the masters. */
async function sentinelMasters(id, session) {
    if (id.evidence['redis_sentinel.masters'] !== undefined || session.remaining() < 200)
        return;
    const conv = await session.connect();
    try {
        conv.write(SENTINEL_PROBE);
        const data = await conv.read(complete, Math.min(2000, session.remaining()));
        const masters = parseSentinel(data)?.evidence['redis_sentinel.masters'];
        if (masters !== undefined)
            id.evidence['redis_sentinel.masters'] = masters;
    }
    finally {
        conv.close();
    }
}
const sentinelModule = {
    name: 'redis_sentinel',
    services: ['redis-sentinel'],
    parse: parseSentinel,
    probe: () => SENTINEL_PROBE,
    complete,
    interrogate: sentinelMasters,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/smb.ts
/** An SMB1 NEGOTIATE in a NetBIOS session message, offering `dialects`. */
function smb1Negotiate(dialects) {
    const names = Buffer.concat(dialects.map((d) => Buffer.from(`\x02${d}\0`, 'latin1')));
    const header = Buffer.alloc(32);
    header.write('\xffSMB', 0, 'latin1');
    header[4] = 0x72; // SMB_COM_NEGOTIATE
    header[9] = 0x18; // flags: case-insensitive paths, canonicalised
    header.writeUInt16LE(0xc853, 10); // flags2: unicode, NT status, long names, extended security
    header.writeUInt16LE(0xfeff, 28); // PID
    const params = Buffer.from([0]); // word count
    const byteCount = Buffer.alloc(2);
    byteCount.writeUInt16LE(names.length);
    const smb = Buffer.concat([header, params, byteCount, names]);
    const nb = Buffer.alloc(4);
    nb.writeUInt32BE(smb.length);
    return Buffer.concat([nb, smb]);
}
const MULTI_PROTOCOL_NEGOTIATE = smb1Negotiate(['NT LM 0.12', 'SMB 2.002', 'SMB 2.???']);
const SMB1_ONLY_NEGOTIATE = smb1Negotiate(['NT LM 0.12']);
/** An SMB2 NEGOTIATE offering 2.0.2 through 3.0.2 (3.1.1 needs negotiate contexts). */
function smb2Negotiate() {
    const header = Buffer.alloc(64);
    header.write('\xfeSMB', 0, 'latin1');
    header.writeUInt16LE(64, 4); // structure size
    header.writeUInt16LE(0, 12); // NEGOTIATE
    const dialects = [0x0202, 0x0210, 0x0300, 0x0302];
    const body = Buffer.alloc(36 + dialects.length * 2);
    body.writeUInt16LE(36, 0);
    body.writeUInt16LE(dialects.length, 2);
    body.writeUInt16LE(1, 4); // security mode: signing enabled
    body.writeUInt32LE(0, 8); // capabilities
    Buffer.alloc(16, 0x50).copy(body, 12); // client GUID
    dialects.forEach((d, i) => body.writeUInt16LE(d, 36 + i * 2));
    const smb = Buffer.concat([header, body]);
    const nb = Buffer.alloc(4);
    nb.writeUInt32BE(smb.length);
    return Buffer.concat([nb, smb]);
}
const DIALECTS = {
    0x0202: '2.0.2',
    0x0210: '2.1',
    0x0300: '3.0',
    0x0302: '3.0.2',
    0x0311: '3.1.1',
    0x02ff: '2.???',
};
/** Pure: a NEGOTIATE response, SMB1 or SMB2, in its NetBIOS session message. */
function parseSmbNegotiate(data) {
    if (data.length < 8 || data[0] !== 0x00)
        return undefined;
    const len = data.readUIntBE(1, 3);
    if (len < 4 || len > 0x1ffff)
        return undefined;
    const msg = data.subarray(4, 4 + len);
    if (msg.length >= 37 && msg.toString('latin1', 0, 4) === '\xffSMB' && msg[4] === 0x72) {
        const status = msg.readUInt32LE(5);
        const wordCount = msg[32];
        const dialectIndex = wordCount >= 1 && msg.length >= 35 ? msg.readUInt16LE(33) : 0xffff;
        return { smb: 1, dialectIndex, status };
    }
    if (msg.length >= 64 + 8 && msg.toString('latin1', 0, 4) === '\xfeSMB' && msg.readUInt16LE(12) === 0) {
        const status = msg.readUInt32LE(8);
        const body = msg.subarray(64);
        const securityMode = body.readUInt16LE(2);
        const dialect = body.readUInt16LE(4);
        return {
            smb: 2,
            dialect: DIALECTS[dialect] ?? `0x${dialect.toString(16)}`,
            signingRequired: (securityMode & 2) !== 0,
            status,
        };
    }
    return undefined;
}
function parseSmb(data) {
    const neg = parseSmbNegotiate(data);
    if (!neg)
        return undefined;
    const id = { service: 'smb', evidence: {}, confident: true };
    if (neg.smb === 2 && neg.dialect !== '2.???') {
        id.evidence['smb.dialect'] = neg.dialect;
        id.evidence['smb.signing_required'] = neg.signingRequired;
    }
    if (neg.smb === 1 && neg.status === 0 && neg.dialectIndex === 0)
        id.evidence['smb.dialect'] = 'NT LM 0.12';
    return id;
}
const whole = (b) => b.length >= 4 && b.length >= 4 + b.readUIntBE(1, 3);
const smbModule = {
    name: 'smb',
    services: ['smb', 'netbios'],
    parse: parseSmb,
    probe: () => MULTI_PROTOCOL_NEGOTIATE,
    complete: whole,
    async interrogate(id, session) {
        const ms = () => Math.min(2000, session.remaining());
        if (!('smb.dialect' in id.evidence)) {
            const conv = await session.connect();
            try {
                conv.write(smb2Negotiate());
                const neg = parseSmbNegotiate(await conv.read(whole, ms()));
                if (neg?.smb === 2 && neg.status === 0) {
                    id.evidence['smb.dialect'] = neg.dialect;
                    id.evidence['smb.signing_required'] = neg.signingRequired;
                }
            }
            finally {
                conv.close();
            }
        }
        const conv = await session.connect();
        try {
            conv.write(SMB1_ONLY_NEGOTIATE);
            const neg = parseSmbNegotiate(await conv.read(whole, ms()));
            // A server without SMB1 closes the connection or answers without choosing the dialect.
            id.evidence['smb.smb1'] = neg?.smb === 1 && neg.status === 0 && neg.dialectIndex === 0;
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/smtp.ts


const smtp_MAIL_WORDS = /\bE?SMTP\b|postfix|exim|sendmail|\bmail\b|mailer|haraka|opensmtpd/i;
const smtp_FTP_WORDS = /\bftp|vsftpd|proftpd|filezilla/i;
/** The facts in an EHLO reply's keyword lines. */
function ehloFacts(lines) {
    const keywords = lines.slice(1).map((l) => l.toUpperCase());
    const authLine = keywords.find((k) => k.startsWith('AUTH ') || k.startsWith('AUTH='));
    const auth = authLine ? authLine.slice(5).split(/\s+/).filter(Boolean).slice(0, 16) : [];
    return { starttls: keywords.some((k) => k === 'STARTTLS' || k.startsWith('STARTTLS ')), auth };
}
/** Pure: an SMTP greeting, or a transcript with an EHLO reply (250). */
function parseSmtp(data) {
    const replies = numberedReplies(data);
    const first = replies[0];
    if (!first || (first.code !== 220 && first.code !== 554 && first.code !== 421))
        return undefined;
    const text = first.lines.join(' ');
    const ehlo = replies.slice(1).find((r) => r.code === 250);
    if (!ehlo && smtp_FTP_WORDS.test(text))
        return undefined;
    const id = {
        service: 'smtp',
        banner: firstLine(data, false),
        evidence: {},
        confident: smtp_MAIL_WORDS.test(text) || ehlo !== undefined,
    };
    if (ehlo) {
        const facts = ehloFacts(ehlo.lines);
        id.evidence['smtp.starttls'] = facts.starttls;
        id.evidence['smtp.auth_methods'] = facts.auth;
    }
    const product = /(Postfix|Exim|Sendmail|Microsoft ESMTP MAIL Service|OpenSMTPD|Haraka)[ /]?([0-9][\w.-]*)?/i.exec(text);
    if (product) {
        id.product = clean(product[1], 64);
        if (product[2])
            id.version = clean(product[2], 64);
    }
    return id;
}
const smtpModule = {
    name: 'smtp',
    services: ['smtp', 'smtps'],
    bannerFirst: true,
    parse: parseSmtp,
    probe: () => Buffer.from('EHLO portcullis.invalid\r\n'),
    async interrogate(id, session) {
        if ('smtp.starttls' in id.evidence)
            return;
        const { conversation: conv, greeted } = await session.reuse();
        try {
            const ms = () => Math.min(2000, session.remaining());
            if (!greeted && (await greeting(conv, ms()))?.code !== 220)
                return;
            const reply = await command(conv, 'EHLO portcullis.invalid', ms());
            if (reply?.code === 250) {
                const facts = ehloFacts(reply.lines);
                id.evidence['smtp.starttls'] = facts.starttls;
                id.evidence['smtp.auth_methods'] = facts.auth;
            }
            conv.write('QUIT\r\n');
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/snmp.ts



/** Pure: one BER TLV at `off` (definite lengths up to 4 bytes), or undefined when it runs past the data. */
function readTlv(data, off) {
    if (off + 2 > data.length)
        return undefined;
    const tag = data[off];
    let len = data[off + 1];
    let p = off + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || p + n > data.length)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + data[p + i];
        p += n;
    }
    if (p + len > data.length)
        return undefined;
    return { tag, value: data.subarray(p, p + len), next: p + len };
}
function children(value, max = 16) {
    const out = [];
    let off = 0;
    while (off < value.length && out.length < max) {
        const t = readTlv(value, off);
        if (!t)
            break;
        out.push(t);
        off = t.next;
    }
    return out;
}
/** Pure: a GetResponse to our request. */
function parseSnmp(reply) {
    const msg = readTlv(reply, 0);
    if (!msg || msg.tag !== 0x30)
        return undefined;
    const [version, community, pdu] = children(msg.value, 3);
    if (!version || version.tag !== 0x02 || !community || community.tag !== 0x04 || !pdu || pdu.tag !== 0xa2)
        return undefined;
    const [rid, errStatus, , varbinds] = children(pdu.value, 4);
    if (!rid || rid.tag !== 0x02 || rid.value.length > 4 || rid.value.length === 0)
        return undefined;
    if (rid.value.readUIntBE(0, rid.value.length) !== payloads/* SNMP_REQUEST_ID */.xe)
        return undefined;
    const v = version.value.length === 1 ? version.value[0] : -1;
    const id = {
        service: 'snmp',
        evidence: {
            'snmp.public': community.value.toString('latin1') === 'public' && (errStatus?.value[0] ?? 0) === 0,
            'snmp.version': v === 0 ? '1' : v === 1 ? '2c' : v === 3 ? '3' : 'unknown',
        },
        confident: true,
    };
    const vb = varbinds?.tag === 0x30 ? children(varbinds.value, 1)[0] : undefined;
    if (vb?.tag === 0x30) {
        const [oid, val] = children(vb.value, 2);
        if (oid?.tag === 0x06 && oid.value.equals(payloads/* SYS_DESCR_OID */.PM) && val?.tag === 0x04) {
            const descr = clean(val.value.toString('latin1'));
            id.evidence['snmp.sys_descr'] = descr;
            id.banner = descr;
        }
    }
    return id;
}
const snmpModule = {
    name: 'snmp',
    services: ['snmp'],
    probe: () => (0,payloads/* getRequest */.iq)('public'),
    parse: (reply) => parseSnmp(reply),
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/ssh.ts


/** Pure: the SSH identification string (RFC 4253 §4.2), which may follow other lines. */
function parseSshBanner(data) {
    const text = data.subarray(0, 8192).toString('latin1');
    const start = text.startsWith('SSH-') ? 0 : text.indexOf('\nSSH-') + 1;
    if (start < 0 || (start === 0 && !text.startsWith('SSH-')))
        return undefined;
    const end = text.indexOf('\n', start);
    const line = clean(end < 0 ? text.slice(start) : text.slice(start, end));
    const m = /^SSH-(\d+\.\d+)-(\S+)(?: (.*))?$/.exec(line);
    if (!m)
        return undefined;
    const [, protocol, software, comments] = m;
    const id = {
        service: 'ssh',
        banner: line,
        evidence: { 'ssh.protocol': protocol, 'ssh.software': software },
        // Without its line end the banner may be cut: still SSH, but wait for the rest.
        confident: end >= 0,
    };
    const product = /^(OpenSSH|dropbear|libssh|Cisco|ROSSSH|RomSShell|AsyncSSH|paramiko|Go|SSHD|mod_sftp|WeOnlyDo|Sun_SSH)[_-]?(.*)$/i.exec(software);
    if (product) {
        id.product = product[1] === 'dropbear' ? 'Dropbear' : product[1];
        if (product[2])
            id.version = product[2];
    }
    else {
        // Most software strings are NAME_VERSION or NAME-VERSION.
        const generic = /^([A-Za-z][\w.]*?)[_-]v?(\d[\w.+-]*)$/.exec(software);
        id.product = generic ? generic[1] : software;
        if (generic)
            id.version = generic[2];
    }
    if (comments && id.product === 'OpenSSH')
        id.version = `${id.version ?? ''} ${comments}`.trim();
    return id;
}
/**
 * ssh2 (and its crypto) is loaded when an SSH server is first interrogated, not at every start.
 * A bundler puts it in a chunk of its own; scripts/bundle.mjs defines in every chunk the
 * `__dirname` that ssh2's poly1305 reads.
 */
let clientClass;
function loadClient() {
    clientClass ??= __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 5472, 23)).then((m) => m.default.Client);
    return clientClass;
}
/**
 * Learn the authentication methods through the "none" request, and with test
 * credentials whether the first factor gets partial success. Credential values
 * go to the server and nowhere else.
 */
async function authProbe(session, username, attempts, ms) {
    const started = Date.now();
    const SshClient = await loadClient();
    const left = ms - (Date.now() - started);
    return new Promise((resolve) => {
        const outcome = { noneAccepted: false };
        const client = new SshClient();
        let settled = false;
        let lastType;
        const finish = () => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            forget();
            client.removeAllListeners();
            client.on('error', () => undefined);
            client.end();
            resolve(outcome);
        };
        const timer = setTimeout(finish, Math.max(1, left));
        const forget = whenAborted(session.signal, finish);
        const queue = [...attempts];
        client.on('ready', () => {
            if (lastType === 'none')
                outcome.noneAccepted = true;
            else
                outcome.accepted = true;
            finish();
        });
        client.on('error', finish);
        client.on('close', finish);
        client.connect({
            host: session.endpoint.address,
            port: session.endpoint.port,
            username,
            readyTimeout: Math.max(1, left),
            hostVerifier: () => true,
            authHandler: (methodsLeft, partialSuccess, next) => {
                if (methodsLeft && lastType === 'none')
                    outcome.methods = [...methodsLeft].slice(0, 32).map((m) => clean(m, 64));
                else if (methodsLeft && lastType && partialSuccess) {
                    outcome.partial = true;
                    outcome.secondFactor = [...methodsLeft].slice(0, 32).map((m) => clean(m, 64));
                    return next(false);
                }
                const attempt = queue.shift();
                if (!attempt)
                    return next(false);
                lastType = attempt.type;
                if (attempt.type !== 'none' && outcome.partial === undefined)
                    outcome.partial = false;
                next(attempt);
            },
        });
    });
}
const sshModule = {
    name: 'ssh',
    services: ['ssh'],
    bannerFirst: true,
    parse: parseSshBanner,
    async interrogate(id, session) {
        if (session.tls)
            return;
        const creds = session.credentials?.ssh;
        const username = creds?.username ?? 'portcullis';
        const attempts = [{ type: 'none', username }];
        if (creds?.privateKey)
            attempts.push({ type: 'publickey', username, key: creds.privateKey, passphrase: creds.passphrase });
        if (creds?.password !== undefined)
            attempts.push({ type: 'password', username, password: creds.password });
        const outcome = await authProbe(session, username, attempts, session.remaining());
        const ev = id.evidence;
        if (outcome.noneAccepted) {
            ev['ssh.none_auth'] = true;
            ev['ssh.auth_methods'] = ['none'];
            return;
        }
        if (outcome.methods) {
            ev['ssh.none_auth'] = false;
            ev['ssh.auth_methods'] = outcome.methods;
            ev['ssh.password_auth'] = outcome.methods.includes('password');
            ev['ssh.kbd_interactive_auth'] = outcome.methods.includes('keyboard-interactive');
            ev['ssh.publickey_auth'] = outcome.methods.includes('publickey');
        }
        if (creds && outcome.partial !== undefined) {
            ev['ssh.partial_success'] = outcome.partial;
            ev['ssh.credentials_accepted'] = outcome.accepted === true;
            if (outcome.secondFactor)
                ev['ssh.second_factor_methods'] = outcome.secondFactor;
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/telnet.ts

const IAC = 0xff;
/** Pure: telnet option negotiation (IAC WILL/WONT/DO/DONT) at the start, or a bare login prompt. */
function parseTelnet(data) {
    if (data.length >= 3 && data[0] === IAC && data[1] >= 0xfb && data[1] <= 0xfe) {
        // Text the server sent between negotiations, such as a login banner.
        const text = [];
        for (let i = 0; i < data.length && text.length < 256; i++) {
            if (data[i] === IAC) {
                const verb = data[i + 1];
                if (verb === 0xfa) {
                    const se = data.indexOf(Buffer.from([IAC, 0xf0]), i + 2);
                    i = se < 0 ? data.length : se + 1;
                }
                else
                    i += verb !== undefined && verb >= 0xfb && verb <= 0xfe ? 2 : 1;
            }
            else
                text.push(data[i]);
        }
        const banner = clean(Buffer.from(text)
            .toString('latin1')
            .split(/\r?\n/)
            .find((l) => l.trim()) ?? '');
        return {
            service: 'telnet',
            ...(banner ? { banner } : {}),
            evidence: { 'telnet.open': true },
            confident: true,
        };
    }
    const text = data.subarray(0, 1024).toString('latin1');
    if (/^[\s\S]{0,512}\b(login|username):\s*$/i.test(text) && !/^(SSH-|220|\+OK|\* OK|RFB )/.test(text)) {
        return {
            service: 'telnet',
            banner: clean(text.split(/\r?\n/)[0] ?? ''),
            evidence: { 'telnet.open': true },
            confident: false,
        };
    }
    return undefined;
}
const telnetModule = {
    name: 'telnet',
    services: ['telnet'],
    bannerFirst: true,
    parse: parseTelnet,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/tls.ts

const u16 = (n) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const vec16 = (b) => Buffer.concat([u16(b.length), b]);
const ext = (type, body) => Buffer.concat([u16(type), vec16(body)]);
/**
 * A ClientHello that TLS 1.0–1.3 servers all answer: TLS 1.3 and common
 * ECDHE/RSA suites, SNI when we have a name, an X25519 key share.
 */
function clientHello(serverName) {
    const suites = [
        0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014, 0x009c, 0x009d,
        0x002f, 0x0035, 0x000a,
    ];
    const random = Buffer.alloc(32, 0x50);
    const exts = [];
    if (serverName) {
        const name = Buffer.from(serverName, 'latin1').subarray(0, 253);
        exts.push(ext(0x0000, vec16(Buffer.concat([Buffer.from([0]), vec16(name)]))));
    }
    exts.push(ext(0x000a, vec16(Buffer.concat([u16(0x001d), u16(0x0017), u16(0x0018), u16(0x0100)])))); // groups
    exts.push(ext(0x000b, Buffer.from([1, 0]))); // ec_point_formats: uncompressed
    exts.push(ext(0x000d, vec16(Buffer.concat([0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0201].map(u16))))); // signature_algorithms
    exts.push(ext(0x002b, Buffer.concat([Buffer.from([6]), u16(0x0304), u16(0x0303), u16(0x0302)]))); // supported_versions
    exts.push(ext(0xff01, Buffer.from([0]))); // renegotiation_info
    // key_share: one X25519 share. OpenSSL 3 servers refuse a 1.3 hello without one ("no suitable
    // key share") and close without an alert; we never finish the handshake, so any point will do.
    const share = Buffer.concat([u16(0x001d), vec16(Buffer.alloc(32, 0x09))]);
    exts.push(ext(0x0033, vec16(share)));
    const body = Buffer.concat([
        u16(0x0303),
        random,
        Buffer.from([0]), // session id
        vec16(Buffer.concat(suites.map(u16))),
        Buffer.from([1, 0]), // compression: null
        vec16(Buffer.concat(exts)),
    ]);
    const hs = Buffer.concat([Buffer.from([1, (body.length >> 16) & 0xff]), u16(body.length & 0xffff), body]);
    return Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), u16(hs.length), hs]);
}
const VERSIONS = {
    0x0300: '3.0',
    0x0301: '1.0',
    0x0302: '1.1',
    0x0303: '1.2',
    0x0304: '1.3',
};
/** Pure: a ServerHello (or HelloRetryRequest), or a TLS alert, in reply to a ClientHello. */
function parseTls(data) {
    if (data.length < 7)
        return undefined;
    const type = data[0];
    const major = data[1];
    const minor = data[2];
    if (major !== 3 || minor > 4)
        return undefined;
    const len = data.readUInt16BE(3);
    if (len === 0 || len > 18432)
        return undefined;
    if (type === 0x15) {
        // An alert: a TLS stack refused our hello (no common suite or version). Two bytes, level 1 or 2.
        if (len !== 2 || (data[5] !== 1 && data[5] !== 2))
            return undefined;
        return { service: 'tls', evidence: { 'tls.alert': data[6] }, confident: true };
    }
    if (type !== 0x16 || data[5] !== 0x02 || data.length < 9)
        return undefined;
    const hsLen = data.readUIntBE(6, 3);
    if (hsLen < 38 || hsLen > len - 4)
        return undefined;
    const ev = {};
    const body = data.subarray(9, Math.min(data.length, 9 + hsLen));
    if (body.length >= 2) {
        let version = body.readUInt16BE(0);
        // supported_versions in the extensions carries the real version for TLS 1.3.
        const sidLen = body[34];
        let off = 35 + (sidLen ?? 0) + 3;
        if (body.length >= off + 2) {
            const extEnd = Math.min(body.length, off + 2 + body.readUInt16BE(off));
            off += 2;
            while (off + 4 <= extEnd) {
                const t = body.readUInt16BE(off);
                const l = body.readUInt16BE(off + 2);
                if (t === 0x002b && l === 2 && off + 6 <= extEnd)
                    version = body.readUInt16BE(off + 4);
                off += 4 + l;
            }
        }
        if (VERSIONS[version])
            ev['tls.version'] = VERSIONS[version];
    }
    return { service: 'tls', evidence: ev, confident: true };
}
const tlsModule = {
    name: 'tls',
    services: ['https', 'imaps', 'pop3s', 'smtps', 'ftps', 'tls'],
    parse: parseTls,
    probe: (ctx) => clientHello(ctx.hostname),
};
function cn(dn) {
    if (!dn)
        return undefined;
    const m = /(?:^|\n)CN=([^\n]*)/.exec(dn);
    return clean(m ? m[1] : dn.replace(/\n/g, ', '));
}
/** Pure: the facts of a certificate (as Node parsed it), at time `now`. */
function certificateEvidence(cert, now) {
    const ev = {};
    const subject = cn(cert.subject);
    const issuer = cn(cert.issuer);
    if (subject !== undefined)
        ev['tls.subject'] = subject;
    if (issuer !== undefined)
        ev['tls.issuer'] = issuer;
    ev['tls.sans'] = (cert.subjectAltName ?? '')
        .split(/,\s*/)
        .filter(Boolean)
        .slice(0, 64)
        .map((s) => clean(s));
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    if (!Number.isNaN(notBefore.getTime()))
        ev['tls.not_before'] = notBefore.toISOString();
    if (!Number.isNaN(notAfter.getTime())) {
        ev['tls.not_after'] = notAfter.toISOString();
        ev['tls.expired'] = notAfter.getTime() < now.getTime();
    }
    let selfSigned = false;
    try {
        selfSigned = cert.subject === cert.issuer && cert.checkIssued(cert) && cert.verify(cert.publicKey);
    }
    catch {
        selfSigned = false;
    }
    ev['tls.self_signed'] = selfSigned;
    return ev;
}
/** Facts of an established TLS connection. */
function connectionEvidence(socket, now = new Date()) {
    const ev = {};
    const proto = socket.getProtocol();
    const m = proto && /^TLSv(1(?:\.[0-3])?)$/.exec(proto);
    if (m)
        ev['tls.version'] = m[1] === '1' ? '1.0' : m[1];
    ev['tls.alpn'] = typeof socket.alpnProtocol === 'string' ? socket.alpnProtocol : null;
    const cipher = socket.getCipher();
    if (cipher?.name)
        ev['tls.cipher'] = cipher.name;
    const cert = socket.getPeerX509Certificate();
    if (cert)
        Object.assign(ev, certificateEvidence(cert, now));
    return ev;
}

;// CONCATENATED MODULE: ./src/fingerprint/protocols/vnc.ts
/** RFB security type numbers (RFC 6143 §7.1.2 and the IANA registry). */
const VNC_SECURITY_TYPES = {
    0: 'Invalid',
    1: 'None',
    2: 'VNC Authentication',
    5: 'RA2',
    6: 'RA2ne',
    16: 'Tight',
    17: 'Ultra',
    18: 'TLS',
    19: 'VeNCrypt',
    20: 'SASL',
    21: 'MD5',
    22: 'xvp',
    30: 'Apple Remote Desktop',
    113: 'MSLogonII',
};
const RFB = /^RFB (\d{3})\.(\d{3})\n/;
/** Pure: the RFB ProtocolVersion greeting ("RFB 003.008\n"). */
function parseVnc(data) {
    const m = RFB.exec(data.subarray(0, 12).toString('latin1'));
    if (!m)
        return undefined;
    const version = `${Number(m[1])}.${Number(m[2])}`;
    return {
        service: 'vnc',
        version,
        banner: `RFB ${m[1]}.${m[2]}`,
        evidence: { 'vnc.protocol_version': version },
        confident: true,
    };
}
/**
 * Pure: the server's security offer after the version exchange. From 3.7 on a
 * count and a list (count 0: a failure reason follows); in 3.3 one u32 type.
 */
function parseVncSecurity(data, minor) {
    if (minor >= 7) {
        if (data.length < 1)
            return undefined;
        const n = data[0];
        if (n === 0) {
            if (data.length < 5)
                return { types: [] };
            const len = Math.min(data.readUInt32BE(1), 256);
            return {
                types: [],
                failure: data
                    .subarray(5, 5 + len)
                    .toString('latin1')
                    .replace(/[^\x20-\x7e]/g, ''),
            };
        }
        if (data.length < 1 + n)
            return undefined;
        return { types: [...data.subarray(1, 1 + n)].map((t) => VNC_SECURITY_TYPES[t] ?? `type-${t}`) };
    }
    if (data.length < 4)
        return undefined;
    const t = data.readUInt32BE(0);
    if (t === 0)
        return { types: [] };
    return { types: [VNC_SECURITY_TYPES[t] ?? `type-${t}`] };
}
const vncModule = {
    name: 'vnc',
    services: ['vnc'],
    bannerFirst: true,
    parse: parseVnc,
    async interrogate(id, session) {
        const { conversation: conv, greeted } = await session.reuse();
        try {
            const ms = () => Math.min(2000, session.remaining());
            let serverMinor = Number(String(id.evidence['vnc.protocol_version'] ?? '3.8').split('.')[1]);
            if (!greeted) {
                const hello = parseVnc(await conv.read((b) => b.length >= 12, ms()));
                if (!hello)
                    return;
                serverMinor = Number(String(hello.evidence['vnc.protocol_version']).split('.')[1]);
            }
            // Answer with the highest version both sides know; 3.4–3.6 and odd minors behave as 3.3.
            const minor = serverMinor >= 8 ? 8 : serverMinor === 7 ? 7 : 3;
            conv.write(`RFB 003.00${minor}\n`);
            const offer = parseVncSecurity(await conv.read((b) => parseVncSecurity(b, minor) !== undefined && (minor < 7 || b[0] !== 0 || b.length >= 5), ms()), minor);
            if (!offer)
                return;
            id.evidence['vnc.security_types'] = offer.types;
            id.evidence['vnc.no_auth'] = offer.types.includes('None');
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/reflection.ts
/** Probes shorter than this are matched only at the start of a reply: a short command is often quoted back in an error. */
const CONTAINED_MIN_BYTES = 16;
/**
 * Pure: whether `reply` repeats `sent` — it begins with the bytes we sent (a prefix of them
 * when the reply is cut short, at least 4 bytes), or, for a probe of 16 bytes or more, holds
 * them verbatim (a service that greets, then echoes). `contained` is weaker: the caller takes
 * it only when no parser recognises the reply.
 */
function reflection(reply, sent) {
    if (sent.length === 0 || reply.length === 0)
        return undefined;
    const n = Math.min(reply.length, sent.length);
    if (n >= Math.min(4, sent.length) && reply.subarray(0, n).equals(sent.subarray(0, n)))
        return 'prefix';
    if (sent.length >= CONTAINED_MIN_BYTES && reply.includes(sent))
        return 'contained';
    return undefined;
}
/**
 * A reply that repeats the probe proves an echo (a reflector, and over UDP an amplification
 * risk), never the protocol probed: an echo service sends an IKE_SA_INIT back with our own SPI.
 */
function echoIdentification(probe, reply, sent) {
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

;// CONCATENATED MODULE: ./src/fingerprint/protocols/echo.ts

/** Echo over UDP: the reply is the datagram we sent. (Every probe path checks for reflections first.) */
const echoUdpHooks = {
    parse: (reply, sent) => reflection(reply, sent) === 'prefix' ? echoIdentification('echo', reply, sent) : undefined,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/amqp.ts

/** AMQP 0-9-1 protocol header (§4.2.2): the client speaks first with it. */
const AMQP_PROBE = Buffer.from('AMQP\x00\x00\x09\x01', 'latin1');
/** Bytes each fixed-size field-table value takes (AMQP 0-9-1 §4.2.5.5, RabbitMQ's errata). */
const FIXED = {
    t: 1,
    b: 1,
    B: 1,
    s: 2,
    u: 2,
    I: 4,
    i: 4,
    f: 4,
    l: 8,
    d: 8,
    T: 8,
    D: 5,
    V: 0,
};
/** Types whose value is a 32-bit length then that many bytes. */
const SIZED = new Set(['S', 'F', 'A', 'x']);
/** Pure: the long-string entries of a field table (bounded; stops at anything it cannot read). */
function fieldTableStrings(table) {
    const out = new Map();
    let at = 0;
    for (let n = 0; n < 64 && at < table.length; n++) {
        const nameLen = table[at];
        const name = table.subarray(at + 1, at + 1 + nameLen).toString('latin1');
        at += 1 + nameLen;
        if (at >= table.length)
            break;
        const type = String.fromCharCode(table[at]);
        at += 1;
        if (SIZED.has(type)) {
            if (at + 4 > table.length)
                break;
            const len = table.readUInt32BE(at);
            at += 4;
            if (at + len > table.length)
                break;
            if (type === 'S')
                out.set(name, table.subarray(at, at + len).toString('utf8'));
            at += len;
        }
        else if (FIXED[type] !== undefined)
            at += FIXED[type];
        else
            break;
    }
    return out;
}
/**
 * Pure: an AMQP server's answer to our header: Connection.Start (a method frame on channel 0,
 * class 10 method 10) with its server-properties and mechanisms, or the protocol header it
 * speaks instead (an AMQP 1.0 broker, or a version it prefers).
 */
function parseAmqp(data) {
    if (data.length >= 8 && data.subarray(0, 4).toString('latin1') === 'AMQP') {
        const header = [...data.subarray(4, 8)].join('-');
        return { service: 'amqp', evidence: { 'amqp.protocol': header }, confident: true };
    }
    if (data.length < 12 || data[0] !== 1 || data.readUInt16BE(1) !== 0)
        return undefined;
    if (data.readUInt16BE(7) !== 10 || data.readUInt16BE(9) !== 10)
        return undefined;
    const id = {
        service: 'amqp',
        evidence: { 'amqp.protocol': `${data[11]}-${data[12] ?? 0}` },
        confident: true,
    };
    if (data.length < 17)
        return id;
    const tableLen = data.readUInt32BE(13);
    const table = data.subarray(17, 17 + Math.min(tableLen, 8192));
    const props = fieldTableStrings(table);
    const product = props.get('product');
    const version = props.get('version');
    if (product) {
        id.product = clean(product, 64);
        id.evidence['amqp.product'] = id.product;
    }
    if (version) {
        id.version = clean(version, 64);
        id.evidence['amqp.version'] = id.version;
    }
    const mechAt = 17 + tableLen;
    if (mechAt + 4 <= data.length) {
        const len = Math.min(data.readUInt32BE(mechAt), 512);
        const mechs = clean(data.subarray(mechAt + 4, mechAt + 4 + len).toString('latin1'), 256);
        id.evidence['amqp.mechanisms'] = mechs;
        id.evidence['amqp.anonymous_mechanism'] = mechs.split(/\s+/).includes('ANONYMOUS');
    }
    return id;
}
/** The whole Connection.Start frame (its size field, plus header and frame-end), or a protocol header. */
function amqp_complete(data) {
    if (data.subarray(0, 4).toString('latin1') === 'AMQP')
        return data.length >= 8;
    return data.length >= 7 && data.length >= 7 + data.readUInt32BE(3) + 1;
}
const amqpModule = {
    name: 'amqp',
    services: ['amqp'],
    parse: parseAmqp,
    probe: () => AMQP_PROBE,
    complete: amqp_complete,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/ldap.ts

/**
 * An anonymous simple bind (RFC 4511 §4.2: version 3, empty name, empty password) as message 1,
 * then a base search of the root DSE (§5.1 of RFC 4512) as message 2, asking for namingContexts
 * and the vendor attributes. LDAP lets a client send both before reading.
 */
function ldapProbe() {
    const bind = Buffer.from([
        0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, 0x80, 0x00,
    ]);
    const str = (s) => Buffer.from([0x04, s.length, ...Buffer.from(s)]);
    const attrs = ['namingContexts', 'vendorName', 'vendorVersion'].map(str);
    const attrSeq = Buffer.concat([Buffer.from([0x30, attrs.reduce((n, a) => n + a.length, 0)]), ...attrs]);
    const filter = Buffer.concat([Buffer.from([0x87, 11]), Buffer.from('objectClass')]); // present
    const body = Buffer.concat([
        str(''),
        Buffer.from([0x0a, 0x01, 0x00, 0x0a, 0x01, 0x00, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x01, 0x01, 0x00]),
        filter,
        attrSeq,
    ]);
    const search = Buffer.concat([Buffer.from([0x63, body.length]), body]);
    const msg = Buffer.concat([Buffer.from([0x02, 0x01, 0x02]), search]);
    return Buffer.concat([bind, Buffer.from([0x30, msg.length]), msg]);
}
/** One BER element at `at` (definite lengths up to 4 bytes), or undefined when cut short or malformed. */
function tlv(buf, at, limit = buf.length) {
    if (at + 2 > limit)
        return undefined;
    const tag = buf[at];
    let len = buf[at + 1];
    let start = at + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n < 1 || n > 4 || start + n > limit)
            return undefined;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + buf[start + i];
        start += n;
    }
    if (start + len > limit)
        return undefined;
    return { tag, start, end: start + len };
}
function ldap_children(buf, parent, max = 64) {
    const out = [];
    let at = parent.start;
    while (at < parent.end && out.length < max) {
        const t = tlv(buf, at, parent.end);
        if (!t)
            break;
        out.push(t);
        at = t.end;
    }
    return out;
}
/**
 * Pure: the LDAP messages of a reply: the BindResponse's result code (0 = the anonymous bind
 * was accepted) and the root DSE entry's naming contexts and vendor. Never throws.
 */
function parseLdap(data) {
    let at = 0;
    let id;
    for (let n = 0; n < 8 && at < data.length; n++) {
        const msg = tlv(data, at);
        if (!msg || msg.tag !== 0x30)
            break;
        at = msg.end;
        const [msgId, op] = ldap_children(data, msg, 3);
        if (!msgId || msgId.tag !== 0x02 || !op)
            break;
        id ??= { service: 'ldap', evidence: {}, confident: false };
        if (op.tag === 0x61) {
            const [code] = ldap_children(data, op, 1);
            if (!code || code.tag !== 0x0a || code.end - code.start !== 1)
                continue;
            const result = data[code.start];
            id.confident = true;
            id.evidence['ldap.bind_result'] = result;
            id.evidence['ldap.anonymous_bind'] = result === 0;
        }
        else if (op.tag === 0x64) {
            id.confident = true;
            const [, attrs] = ldap_children(data, op, 2);
            for (const attr of attrs ? ldap_children(data, attrs) : []) {
                const [type, vals] = ldap_children(data, attr, 2);
                if (!type || !vals)
                    continue;
                const name = data.subarray(type.start, type.end).toString('latin1').toLowerCase();
                const values = ldap_children(data, vals, 16).map((v) => clean(data.subarray(v.start, v.end).toString('utf8'), 128));
                if (name === 'namingcontexts')
                    id.evidence['ldap.naming_contexts'] = values;
                if (name === 'vendorname' && values[0])
                    id.product = values[0];
                if (name === 'vendorversion' && values[0])
                    id.version = values[0];
            }
            id.evidence['ldap.root_dse'] = true;
        }
        else if (op.tag === 0x78 || op.tag === 0x65) {
            // ExtendedResponse (a notice of disconnection), SearchResultDone: LDAP, nothing more.
            id.confident = true;
        }
    }
    return id?.confident ? id : undefined;
}
/** The search is done (message 2's SearchResultDone), or the server gave up on us. */
function ldap_complete(data) {
    let at = 0;
    for (let n = 0; n < 8 && at < data.length; n++) {
        const msg = tlv(data, at);
        if (!msg)
            return false;
        const [, op] = ldap_children(data, msg, 2);
        if (op && (op.tag === 0x65 || op.tag === 0x78))
            return true;
        at = msg.end;
    }
    return false;
}
const ldapModule = {
    name: 'ldap',
    services: ['ldap'],
    parse: parseLdap,
    probe: () => ldapProbe(),
    complete: ldap_complete,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/rsync.ts

/** Cap on the module names kept from a listing. */
const MAX_MODULES = 32;
/**
 * Pure: an rsync daemon's answer to `#list` (rsync's clientserver.c): one "name<TAB>comment" line
 * per listable module, then "@RSYNCD: EXIT". Undefined when the listing did not end so.
 */
function parseRsyncList(data) {
    const all = data
        .subarray(0, 16 * 1024)
        .toString('latin1')
        .split(/\r?\n/)
        .slice(0, 256);
    const exit = all.findIndex((l) => l.startsWith('@RSYNCD: EXIT'));
    if (exit < 0)
        return undefined;
    return all
        .slice(0, exit)
        .filter((l) => l && !l.startsWith('@RSYNCD:'))
        .slice(0, MAX_MODULES)
        .map((l) => clean(l.split('\t')[0].trim(), 64));
}
/** Pure: the daemon's greeting, `@RSYNCD: <protocol>[.<sub>] [digests]`. */
function parseRsync(data) {
    const line = firstLine(data);
    const m = line ? /^@RSYNCD: (\d{1,3}(?:\.\d{1,3})?)\b/.exec(line) : null;
    if (!m)
        return undefined;
    return {
        service: 'rsync',
        product: 'rsync',
        banner: line,
        evidence: { 'rsync.protocol': m[1] },
        confident: true,
    };
}
/** After the `@RSYNCD:` greeting: our version line, then `#list` (what `rsync host::` sends). */
const rsyncHooks = {
    parse: parseRsync,
    async interrogate(id, session) {
        if (!session.allowed('rsync'))
            return;
        const { conversation: conv, greeted } = await session.reuse();
        try {
            const ms = () => Math.min(3000, session.remaining());
            if (!greeted)
                await conv.read((b) => b.includes(0x0a), ms());
            conv.write('@RSYNCD: 30.0\n#list\n');
            const reply = await conv.read((b) => /@RSYNCD: EXIT/.test(b.toString('latin1')), ms());
            const modules = parseRsyncList(reply);
            if (!modules)
                return;
            id.evidence['rsync.modules_listed'] = modules.length > 0;
            id.evidence['rsync.modules'] = modules;
        }
        finally {
            conv.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/jdwp.ts

const HANDSHAKE = Buffer.from('JDWP-Handshake', 'latin1');
/** Our packet id in the command, which a reply names back: "PC\0\1". */
const PACKET_ID = 0x50430001;
/**
 * The JDWP handshake (JDWP spec, "Transport"), then a VirtualMachine.Version command (command
 * set 1, command 1): a real VM answers the handshake with the same 14 bytes, then a reply packet
 * (flag 0x80) that names the VM. An echo sends our command back with flag 0.
 */
function jdwpProbe() {
    const cmd = Buffer.alloc(11);
    cmd.writeUInt32BE(11, 0);
    cmd.writeUInt32BE(PACKET_ID, 4);
    cmd[8] = 0;
    cmd[9] = 1;
    cmd[10] = 1;
    return Buffer.concat([HANDSHAKE, cmd]);
}
function jdwpString(data, at) {
    if (at + 4 > data.length)
        return undefined;
    const len = data.readUInt32BE(at);
    if (len > 4096 || at + 4 + len > data.length)
        return undefined;
    return { value: clean(data.subarray(at + 4, at + 4 + len).toString('utf8'), 128), next: at + 4 + len };
}
/**
 * Pure: the handshake answered, then (when present) the Version reply: description, JDWP
 * major/minor, vmVersion, vmName. The handshake alone is a weak match (an echo cut short).
 */
function parseJdwp(data) {
    if (data.length < HANDSHAKE.length || !data.subarray(0, HANDSHAKE.length).equals(HANDSHAKE))
        return undefined;
    const id = { service: 'jdwp', evidence: { 'jdwp.open': true }, confident: false };
    const reply = data.subarray(HANDSHAKE.length);
    if (reply.length < 11 || reply.readUInt32BE(4) !== PACKET_ID || reply[8] !== 0x80)
        return id;
    id.confident = true;
    if (reply.readUInt16BE(9) !== 0)
        return id;
    const description = jdwpString(reply, 11);
    if (!description)
        return id;
    const vmVersion = jdwpString(reply, description.next + 8);
    const vmName = vmVersion && jdwpString(reply, vmVersion.next);
    if (vmName?.value)
        id.product = vmName.value;
    if (vmVersion?.value)
        id.version = vmVersion.value;
    id.evidence['jdwp.vm'] = clean(description.value, 128);
    return id;
}
/** The handshake and the whole reply packet (its length field), or anything that is not JDWP. */
function jdwp_complete(data) {
    if (!data
        .subarray(0, Math.min(data.length, HANDSHAKE.length))
        .equals(HANDSHAKE.subarray(0, Math.min(data.length, HANDSHAKE.length))))
        return true;
    const reply = data.subarray(HANDSHAKE.length);
    return reply.length >= 4 && reply.length >= reply.readUInt32BE(0);
}
const jdwpModule = {
    name: 'jdwp',
    services: ['jdwp'],
    parse: parseJdwp,
    probe: () => jdwpProbe(),
    complete: jdwp_complete,
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/chargen.ts
/** Lines shorter than this could be anything printable. */
const MIN_RUN = 40;
/**
 * Pure: whether `data` opens with the character-generator pattern of RFC 864 (and every inetd):
 * consecutive printable ASCII (0x20–0x7e, wrapping), at least 40 characters of it.
 */
function isChargen(data) {
    let run = 0;
    for (let i = 0; i < Math.min(data.length, 128); i++) {
        const c = data[i];
        if (c === 0x0d || c === 0x0a)
            break;
        if (c < 0x20 || c > 0x7e)
            return false;
        if (i > 0 && c !== (data[i - 1] === 0x7e ? 0x20 : data[i - 1] + 1))
            return false;
        run++;
    }
    return run >= MIN_RUN;
}
function identify(data) {
    if (!isChargen(data))
        return undefined;
    return { service: 'chargen', evidence: { 'chargen.answered': true }, confident: true };
}
const chargenTcpHooks = { parse: identify };
const chargenUdpHooks = {
    parse(reply, sent) {
        const id = identify(reply);
        if (id)
            id.evidence['chargen.amplification'] =
                Math.round((reply.length / Math.max(1, sent.length)) * 100) / 100;
        return id;
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/mssql.ts
/**
 * A TDS PRELOGIN (MS-TDS §2.2.6.5): packet type 0x12, options VERSION, ENCRYPTION (we offer
 * "off": 0), INSTOPT (empty instance name), THREADID, MARS, then the terminator.
 */
function prelogin() {
    const data = Buffer.from([
        // VERSION: client version 0.0.0.0, sub-build 0
        0, 0, 0, 0, 0, 0,
        // ENCRYPTION: ENCRYPT_OFF
        0,
        // INSTOPT: an empty instance name (NUL)
        0,
        // THREADID
        0x50, 0x43, 0, 1,
        // MARS off
        0,
    ]);
    const options = [
        [0, 6],
        [1, 1],
        [2, 1],
        [3, 4],
        [4, 1],
    ];
    const table = Buffer.alloc(options.length * 5 + 1);
    let offset = table.length;
    options.forEach(([token, len], i) => {
        table[i * 5] = token;
        table.writeUInt16BE(offset, i * 5 + 1);
        table.writeUInt16BE(len, i * 5 + 3);
        offset += len;
    });
    table[table.length - 1] = 0xff;
    const payload = Buffer.concat([table, data]);
    const header = Buffer.from([0x12, 0x01, 0, 0, 0, 0, 0x01, 0x00]);
    header.writeUInt16BE(8 + payload.length, 2);
    return Buffer.concat([header, payload]);
}
const ENCRYPTION = ['off', 'on', 'not-supported', 'required'];
/**
 * Pure: the server's PRELOGIN answer (a tabular-result packet, type 0x04): its option table,
 * the VERSION (major.minor.build) and what it says about encryption. Never throws.
 */
function parseMssql(data) {
    if (data.length < 8 + 6 || data[0] !== 0x04 || (data[1] & 0x01) === 0)
        return undefined;
    const len = data.readUInt16BE(2);
    if (len < 14 || len > 4096)
        return undefined;
    const body = data.subarray(8, Math.min(len, data.length));
    let version;
    let encryption;
    let sawVersion = false;
    for (let at = 0; at + 5 <= body.length && at < 5 * 16; at += 5) {
        const token = body[at];
        if (token === 0xff)
            break;
        const off = body.readUInt16BE(at + 1);
        const l = body.readUInt16BE(at + 3);
        if (off + l > body.length)
            return undefined;
        if (token === 0 && l >= 6) {
            sawVersion = true;
            version = `${body[off]}.${body[off + 1]}.${body.readUInt16BE(off + 2)}`;
        }
        if (token === 1 && l >= 1)
            encryption = ENCRYPTION[body[off]] ?? `0x${body[off].toString(16)}`;
    }
    if (!sawVersion)
        return undefined;
    const id = {
        service: 'mssql',
        product: 'Microsoft SQL Server',
        evidence: {},
        confident: true,
    };
    if (version) {
        id.version = version;
        id.evidence['mssql.version'] = version;
    }
    if (encryption)
        id.evidence['mssql.encryption'] = encryption;
    return id;
}
const mssqlModule = {
    name: 'mssql',
    services: ['mssql'],
    parse: parseMssql,
    probe: () => prelogin(),
    complete: (d) => d.length >= 4 && d.length >= d.readUInt16BE(2),
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/qotd.ts

/** RFC 865: a quote "should be limited to 512 characters". */
const MAX_QUOTE = 512;
/** Openings that belong to other protocols' banners and replies, never to a quote. */
const NOT_A_QUOTE = /^(?:\d{3}[ -]|[+*-]|SSH-|HTTP\/|RFB |AMQP|<|\{|\[|INFO |ERROR|OK\b|\w+:\/\/)/;
/**
 * Pure: a quote of the day (RFC 865): nothing but printable text and line breaks, at most 512
 * characters, at least three words, ending in a line break; not another protocol's banner, not
 * the chargen pattern. Text alone is weak evidence, so the match is soft: it names a port only
 * when no other protocol claims it (on 17, qotd's own, it is read first).
 */
function parseQotd(data) {
    if (data.length < 8 || data.length > MAX_QUOTE)
        return undefined;
    for (const c of data)
        if ((c < 0x20 || c > 0x7e) && c !== 0x0a && c !== 0x0d && c !== 0x09)
            return undefined;
    const text = data.toString('latin1');
    if (!text.endsWith('\n') || NOT_A_QUOTE.test(text) || isChargen(data))
        return undefined;
    if ((text.match(/[A-Za-z]{2,}/g) ?? []).length < 3)
        return undefined;
    return { service: 'qotd', evidence: { 'qotd.answered': true }, confident: false };
}
const qotdTcpHooks = { parse: parseQotd };
const qotdUdpHooks = {
    parse(reply, sent) {
        const id = parseQotd(reply);
        if (id)
            id.evidence['qotd.amplification'] = Math.round((reply.length / Math.max(1, sent.length)) * 100) / 100;
        return id;
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/protocols/rpcbind.ts
/** Our transaction id; a reply must carry it back. */
const RPC_XID = 0x50435242;
const PMAP_PROG = 100000;
/** Names of the ONC RPC programs a policy cares about (rpcinfo's names). */
const PROGRAM_NAMES = {
    100000: 'portmapper',
    100003: 'nfs',
    100005: 'mountd',
    100011: 'rquotad',
    100021: 'nlockmgr',
    100024: 'status',
    100227: 'nfs_acl',
    100004: 'ypserv',
    100007: 'ypbind',
    100009: 'yppasswdd',
    150001: 'pcnfsd',
};
/**
 * An ONC RPC call (RFC 5531) to the portmapper, program 100000 version 2, with AUTH_NULL: 40
 * bytes. Procedure 0 is NULL (an empty answer), 4 is DUMP (the list of registrations).
 */
function rpcCall(proc) {
    const b = Buffer.alloc(40);
    b.writeUInt32BE(RPC_XID, 0);
    b.writeUInt32BE(0, 4); // CALL
    b.writeUInt32BE(2, 8); // RPC version
    b.writeUInt32BE(PMAP_PROG, 12);
    b.writeUInt32BE(2, 16);
    b.writeUInt32BE(proc, 20);
    return b; // cred and verifier: AUTH_NULL, zero length
}
/** Over TCP: one record, the last-fragment bit and its length before it (RFC 5531 §11). */
function recordMarked(message) {
    const mark = Buffer.alloc(4);
    mark.writeUInt32BE(0x80000000 + message.length);
    return Buffer.concat([mark, message]);
}
/** Pure: the body of an accepted, successful reply to our xid, or undefined. */
function acceptedReply(msg) {
    if (msg.length < 24)
        return undefined;
    if (msg.readUInt32BE(0) !== RPC_XID || msg.readUInt32BE(4) !== 1)
        return undefined;
    if (msg.readUInt32BE(8) !== 0)
        return undefined; // MSG_DENIED
    const verfLen = msg.readUInt32BE(16);
    if (verfLen > 400)
        return undefined;
    const at = 20 + verfLen;
    if (msg.length < at + 4)
        return undefined;
    // accept_stat: SUCCESS, or PROG_UNAVAIL / PROG_MISMATCH / PROC_UNAVAIL — still an RPC server.
    return msg.subarray(at);
}
/** Pure: a DUMP result: (value-follows, prog, vers, prot, port)* then 0. At most 256 entries. */
function parseDump(body) {
    if (body.length < 8 || body.readUInt32BE(0) !== 0)
        return undefined;
    const names = new Set();
    let off = 4;
    let entries = 0;
    for (; entries < 256; entries++) {
        if (off + 4 > body.length)
            return undefined;
        const follows = body.readUInt32BE(off);
        if (follows === 0)
            break;
        if (follows !== 1 || off + 20 > body.length)
            return undefined;
        const prog = body.readUInt32BE(off + 4);
        names.add(PROGRAM_NAMES[prog] ?? String(prog));
        off += 20;
    }
    return { programs: [...names].sort(), entries };
}
function rpcbind_identify(msg) {
    const body = acceptedReply(msg);
    if (!body)
        return undefined;
    return { service: 'rpcbind', evidence: { 'rpcbind.answered': true }, confident: true };
}
/** Pure: a record-marked reply over TCP. */
function parseRpcTcp(data) {
    if (data.length < 8 || (data.readUInt32BE(0) & 0x80000000) === 0)
        return undefined;
    const len = data.readUInt32BE(0) & 0x7fffffff;
    if (len < 24 || len > 1 << 20)
        return undefined;
    return rpcbind_identify(data.subarray(4, 4 + len));
}
function wholeRecord(b) {
    return b.length >= 4 && b.length >= 4 + (b.readUInt32BE(0) & 0x7fffffff);
}
function addPrograms(id, msg) {
    const body = msg && acceptedReply(msg);
    const dump = body && parseDump(body);
    if (dump)
        id.evidence['rpcbind.programs'] = dump.programs;
}
const rpcbindTcpHooks = {
    parse: parseRpcTcp,
    complete: wholeRecord,
    async interrogate(id, session) {
        if (session.remaining() < 200)
            return;
        const conv = await session.connect();
        try {
            conv.write(recordMarked(rpcCall(4)));
            const data = await conv.read(wholeRecord, Math.min(2000, session.remaining()));
            if (wholeRecord(data))
                addPrograms(id, data.subarray(4, 4 + (data.readUInt32BE(0) & 0x7fffffff)));
        }
        finally {
            conv.close();
        }
    },
};
const rpcbindUdpHooks = {
    parse: (reply) => rpcbind_identify(reply),
    async interrogate(id, session) {
        const left = session.remaining();
        if (left < 100)
            return;
        addPrograms(id, await session.exchange(rpcCall(4), Math.min(1500, left)));
    },
};

;// CONCATENATED MODULE: ./src/fingerprint/hooks.ts































/**
 * The code hooks of catalogue records (src/catalogue), keyed by record name: parsers for what
 * match rules cannot say, and interrogations for the deep checks. A record without hooks runs on
 * its data alone (its probe bytes and match rules). __tests__/catalogue checks every key names
 * a record, and every record that sends or greets has a parser (a hook or match rules).
 */
const HOOKS = {
    tls: { tcp: tlsModule },
    http: { tcp: httpModule },
    ssh: { tcp: sshModule },
    ftp: { tcp: ftpModule },
    smtp: { tcp: smtpModule },
    pop3: { tcp: pop3Module },
    imap: { tcp: imapModule },
    telnet: { tcp: telnetModule },
    vnc: { tcp: vncModule },
    rdp: { tcp: rdpModule },
    mysql: { tcp: mysqlModule },
    postgresql: { tcp: postgresqlModule },
    redis: { tcp: redisModule },
    redis_sentinel: { tcp: sentinelModule },
    memcached: { tcp: memcachedModule, udp: memcachedUdpModule },
    mongodb: { tcp: mongodbModule },
    smb: { tcp: smbModule },
    winrm: { tcp: winrmModule },
    openvpn: { tcp: openvpnModule, udp: openvpnUdpModule },
    dns: { tcp: dnsTcpModule, udp: dnsUdpModule },
    snmp: { udp: snmpModule },
    ike: { udp: ikeModule },
    ntp: { udp: ntpModule },
    echo: { udp: echoUdpHooks },
    amqp: { tcp: amqpModule },
    ldap: { tcp: ldapModule },
    rsync: { tcp: rsyncHooks },
    jdwp: { tcp: jdwpModule },
    chargen: { tcp: chargenTcpHooks, udp: chargenUdpHooks },
    mssql: { tcp: mssqlModule },
    qotd: { tcp: qotdTcpHooks, udp: qotdUdpHooks },
    rpcbind: { tcp: rpcbindTcpHooks, udp: rpcbindUdpHooks },
};

;// CONCATENATED MODULE: ./src/fingerprint/rules.ts

/** How much of a reply the match rules see. */
const RULE_WINDOW = 4096;
function fill(template, m) {
    return clean(template.replace(/\$([1-9])/g, (_, n) => m[Number(n)] ?? ''), 128);
}
/** Pure: the first of a record's match rules that the reply meets, as an identification. Never throws. */
function matchRules(record, data) {
    const rules = record.matches ?? [];
    if (rules.length === 0 || data.length === 0)
        return undefined;
    const text = data.subarray(0, RULE_WINDOW).toString('latin1');
    for (const rule of rules) {
        const m = rule.pattern.exec(text);
        if (!m)
            continue;
        const evidence = {};
        for (const [key, value] of Object.entries(rule.evidence ?? {}))
            evidence[key] = typeof value === 'string' ? fill(value, m) : value;
        const id = { service: record.service, evidence, confident: !rule.soft };
        if (rule.soft && rule.firmOnUsualPort)
            id.firmOnUsualPort = true;
        if (rule.product)
            id.product = fill(rule.product, m);
        if (rule.version) {
            const v = fill(rule.version, m);
            if (v)
                id.version = v;
        }
        return id;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/fingerprint/modules.ts



/** The registry names a record's module reports: its service, and its name over TLS. */
function servicesOf(record) {
    return [record.service, ...(record.tls && record.tls.name !== record.service ? [record.tls.name] : [])];
}
function tcpModule(record) {
    const hook = HOOKS[record.name]?.tcp;
    const bytes = record.tcp?.probe;
    return {
        ...hook,
        name: record.name,
        services: servicesOf(record),
        bannerFirst: record.tcp?.greeting === true,
        parse: hook?.parse ?? ((data) => matchRules(record, data)),
        probe: hook?.probe ?? (bytes ? () => bytes : undefined),
    };
}
function udpModule(record) {
    const hook = HOOKS[record.name]?.udp;
    const payloads = record.udp?.payloads ?? [];
    return {
        ...hook,
        name: record.name,
        services: servicesOf(record),
        probe: (ctx) => (payloads.find((p) => p.ports?.includes(ctx.port)) ?? payloads[0]).bytes,
        parse: hook?.parse ?? ((reply) => matchRules(record, reply)),
    };
}
/**
 * TCP modules in the catalogue's order of likelihood on an unknown port (its `tcp.weight`): the
 * web and TLS first (most services on odd ports are one of them), then the rest. A port's usual
 * protocol is always tried first.
 */
const TCP_MODULES = catalogue.TCP_RECORDS.map(tcpModule);
/** UDP modules, most likely first (`udp.weight`). */
const UDP_MODULES = catalogue.UDP_RECORDS.map(udpModule);
const tcpByName = new Map(TCP_MODULES.map((m) => [m.name, m]));
const udpByName = new Map(UDP_MODULES.map((m) => [m.name, m]));
function tcpModuleNamed(name) {
    return tcpByName.get(name);
}
function udpModuleNamed(name) {
    return udpByName.get(name);
}

;// CONCATENATED MODULE: ./src/fingerprint/proxies.ts




/** HTTP ports asked to forward, per scan. */
const MAX_PROXY_CANDIDATES = 64;
/** Endpoints each port is asked to forward to. */
const MAX_DESTINATIONS = 2;
/** Ports tested at once. */
const CONCURRENCY = 8;
/** Endpoints whose direct answer is read to choose among them (a 2xx answer makes the clearest proof). */
const DESTINATION_CHOICE = 8;
/** The most one port's check may take, whatever the per-port budget. */
const MAX_CHECK_MS = 6000;
/** What an answer is, for telling one endpoint's answer from another's. */
function signature(res) {
    if (!res)
        return undefined;
    const body = res.body.slice(0, 2048).trim();
    // An empty answer names nobody: two endpoints that say nothing look alike.
    if (!body)
        return undefined;
    const type = res.headers['content-type']?.[0] ?? '';
    return `${res.status}\n${type}\n${body}`;
}
function hostPort(f) {
    return `${f.host.includes(':') ? `[${f.host}]` : f.host}:${f.port}`;
}
const endpointOf = (f) => ({ address: f.host, port: f.port });
const ctxOf = (f) => ({ address: f.host, port: f.port });
async function ask(f, req, opts, deadline) {
    const left = Math.min(2000, deadline - Date.now());
    if (left < 100 || opts.signal?.aborted)
        return undefined;
    const conv = await openTcp(endpointOf(f), left, opts.signal).catch(() => undefined);
    if (!conv)
        return undefined;
    try {
        return await exchange(conv, ctxOf(f), req, left);
    }
    finally {
        conv.close();
    }
}
/** CONNECT through `proxy` to `dest`, then GET / inside the tunnel. */
async function tunnel(proxy, dest, opts, deadline) {
    const left = Math.min(3000, deadline - Date.now());
    if (left < 100 || opts.signal?.aborted)
        return {};
    const conv = await openTcp(endpointOf(proxy), left, opts.signal).catch(() => undefined);
    if (!conv)
        return {};
    try {
        const connect = await exchange(conv, ctxOf(proxy), { method: 'CONNECT', target: hostPort(dest) }, left);
        if (!connect || connect.status < 200 || connect.status > 299 || conv.closed)
            return { connect };
        conv.take();
        const inner = await exchange(conv, ctxOf(dest), { target: '/' }, Math.min(2000, deadline - Date.now()));
        return { connect, inner };
    }
    finally {
        conv.close();
    }
}
/** The plain-HTTP ports this scan named by an exchange of its own. */
function httpEndpoints(findings) {
    return findings.filter((f) => f.protocol === 'tcp' &&
        f.state === 'open' &&
        f.origin === undefined &&
        f.service?.name === 'http' &&
        f.service.tls !== true &&
        f.service.identifiedBy === 'exchange' &&
        f.service.confidence === 'high');
}
async function checkOne(proxy, destinations, direct, opts) {
    const deadline = Date.now() + Math.min(opts.timeoutMs, MAX_CHECK_MS);
    const own = await direct(proxy);
    const tried = [];
    let asked = 0;
    // Endpoints that answered 2xx directly first: a page of their own, not an error page alike elsewhere.
    const choice = destinations.slice(0, DESTINATION_CHOICE);
    const answered = await Promise.all(choice.map((d) => direct(d)));
    const ok = choice.filter((_, i) => /^2\d\d\n/.test(answered[i] ?? ''));
    const ordered = [...ok, ...destinations.filter((d) => !ok.includes(d))];
    for (const dest of ordered) {
        if (asked >= MAX_DESTINATIONS || Date.now() > deadline - 100)
            break;
        if (dest === proxy || (dest.host === proxy.host && dest.port === proxy.port))
            continue;
        const expected = await direct(dest);
        // Only an endpoint recognised by its own direct answer, and told apart from the port's own answer.
        if (expected === undefined || expected === own)
            continue;
        asked++;
        const where = hostPort(dest);
        const uri = `http://${where}/`;
        const via = await ask(proxy, { target: uri }, opts, deadline);
        if (via && signature(via) === expected) {
            proxy.evidence['http.open_proxy'] = true;
            proxy.evidence['http.open_proxy_proof'] =
                `GET ${uri} → ${via.status}, the answer ${where} gave directly (the request was forwarded)`;
            return;
        }
        tried.push(`GET ${uri} → ${via ? String(via.status) : 'no answer'}`);
        const t = await tunnel(proxy, dest, opts, deadline);
        if (t.inner && signature(t.inner) === expected) {
            proxy.evidence['http.open_proxy'] = true;
            proxy.evidence['http.open_proxy_proof'] =
                `CONNECT ${where} → ${t.connect?.status ?? 200}, then GET / → ${t.inner.status}, the answer ${where} gave directly (the tunnel was opened)`;
            return;
        }
        tried.push(`CONNECT ${where} → ${t.connect ? String(t.connect.status) : 'no answer'}${t.inner ? `, then GET / → ${t.inner.status}, not the answer ${where} gave directly` : ''}`);
    }
    const product = proxy.service?.product ? (0,table/* lookupProduct */.US)(proxy.service.product) : undefined;
    if (product?.kind === 'proxy' && tried.length > 0) {
        proxy.evidence['http.open_proxy'] = false;
        proxy.evidence['http.open_proxy_proof'] = `${tried.join('; ')}: nothing was forwarded`;
    }
}
/**
 * Ask the scan's plain-HTTP ports to forward to each other; adds
 * `http.open_proxy` (and its proof) to the findings it tested. Never throws.
 */
async function checkOpenProxies(findings, opts) {
    const endpoints = httpEndpoints(findings);
    if (endpoints.length < 2)
        return;
    // Each endpoint's direct answer to GET /, asked once and shared.
    const answers = new Map();
    const direct = (f) => {
        let p = answers.get(f);
        if (!p) {
            p = ask(f, { target: '/' }, opts, Date.now() + opts.timeoutMs).then(signature, () => undefined);
            answers.set(f, p);
        }
        return p;
    };
    // Proxy products first, then every other HTTP port, in the scan's order.
    const isProxy = (f) => (0,table/* lookupProduct */.US)(f.service?.product ?? '')?.kind === 'proxy';
    const candidates = [...endpoints.filter(isProxy), ...endpoints.filter((f) => !isProxy(f))].slice(0, MAX_PROXY_CANDIDATES);
    let next = 0;
    const worker = async () => {
        while (next < candidates.length && !opts.signal?.aborted) {
            const proxy = candidates[next++];
            // Endpoints that are not proxies first: a proxy's own error page names no endpoint well.
            const destinations = [
                ...endpoints.filter((d) => d !== proxy && !isProxy(d)),
                ...endpoints.filter((d) => d !== proxy && isProxy(d)),
            ];
            try {
                await checkOne(proxy, destinations, direct, opts);
            }
            catch (err) {
                opts.logger.debug(`open proxy check ${hostPort(proxy)}: ${(0,untrusted/* untrustedLine */.tX)(String(err))}`);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, candidates.length) }, worker));
}

;// CONCATENATED MODULE: ./src/fingerprint/engine.ts














const engine_DEFAULT_TIMEOUT_MS = 5000;
/**
 * Ports identified at once. Each port's conversation is sequential and bounded by its own
 * budget, so with every port in flight the stage takes about one budget however many ports
 * are open; 32 at a time made 1,000 open ports wait in line for about five budgets. The
 * open-file limit caps it (socketBudget), as it does the prober's concurrency.
 */
const engine_DEFAULT_CONCURRENCY = 1024;
const DEFAULT_BANNER_WAIT_MS = 400;
const DEFAULT_REPLY_WAIT_MS = 500;
/** Banner wait on a port whose usual service speaks first. */
const SLOW_GREETING_MS = 1500;
/**
 * A tarpit (a host whose ports accept and never say a byte) would cost its whole budget on
 * every port: 320 such ports took 50 s at 32 at a time. Once a host has shown this many silent
 * TCP ports, its other ports get TARPIT_BUDGET_MS each: time for a greeting and the port's usual
 * probe, which still names any service that answers at once. A port left unnamed keeps the
 * port-number guess, which never lets more through than an identification would.
 */
const TARPIT_SILENT_PORTS = 8;
const TARPIT_BUDGET_MS = 1500;
/**
 * How many `open|filtered` UDP ports get every UDP payload of the catalogue (the sweep), in the
 * order the ports come (address, then port). On a firewalled host every UDP port is
 * open|filtered: the bound keeps such a scan short. FingerprintOptions.udpSweepPorts changes it.
 */
const DEFAULT_UDP_SWEEP_PORTS = 64;
/** The catalogue records usual on a port, by name (their modules go first there). */
function usualOn(port, protocol) {
    return (0,catalogue.usualRecords)(port, protocol).map((r) => r.name);
}
function ordered(modules, usual) {
    const first = usual.flatMap((n) => modules.filter((m) => m.name === n));
    return [...first, ...modules.filter((m) => !first.includes(m))];
}
const echoMatch = (probe, data, sent) => ({
    id: echoIdentification(probe, data, sent),
    module: tcpModuleNamed('echo'),
});
/**
 * Offer bytes to every parser, the one whose probe drew them first; the first confident match
 * wins. A reply that repeats the probe (`sent`) is an echo before it is anything else.
 */
function consider(data, order, sentBy, sent) {
    if (data.length === 0)
        return undefined;
    const echoed = sentBy && sent ? reflection(data, sent) : undefined;
    if (echoed === 'prefix')
        return echoMatch(sentBy.name, data, sent);
    let weak;
    for (const module of sentBy ? [sentBy, ...order.filter((m) => m !== sentBy)] : order) {
        let id;
        try {
            id = module === sentBy && module.parseReply ? module.parseReply(data) : module.parse(data);
        }
        catch {
            id = undefined;
        }
        if (!id)
            continue;
        if (id.confident)
            return { id, module };
        weak ??= { id, module };
    }
    return echoed === 'contained' ? echoMatch(sentBy.name, data, sent) : weak;
}
function settled(m, data) {
    if (!m?.id.confident)
        return false;
    try {
        return m.module.complete ? m.module.complete(data) : true;
    }
    catch {
        return true;
    }
}
const remaining = (ch) => ch.deadline - Date.now();
/** A match the parser of `writer`'s own probe made is an exchange; a greeting another parser read is a banner. */
function howMatched(m, writer) {
    if (writer === undefined)
        return 'banner';
    return m.module !== writer && m.module.bannerFirst ? 'banner' : 'exchange';
}
/**
 * Probes on a port that met silence so far go one at a time for the likeliest (the web and
 * TLS, whose silence is evidence); the rest go at once, each on its own connection, so that a
 * service that waits silently on every probe but its own (Samba, DNS over TCP) costs one reply
 * wait and not one per protocol in the catalogue.
 */
const PROBES_IN_TURN = 2;
/** Connections one port's batch holds open at once (32 ports in flight: 256 sockets at most). */
const BATCH_WIDTH = 8;
/**
 * Every module's probe on its own connection, BATCH_WIDTH at a time; the first confident match
 * (in `modules` order within a wave) wins and ends the waves.
 */
async function probeAtOnce(ch, modules, order, probeCtx, probeWait) {
    let weak;
    for (let i = 0; i < modules.length; i += BATCH_WIDTH) {
        if (remaining(ch) < 50 || ch.signal?.aborted)
            break;
        const got = await probeWave(ch, modules.slice(i, i + BATCH_WIDTH), order, probeCtx, probeWait);
        if (got?.found.id.confident) {
            weak?.conversation.close();
            return got;
        }
        if (got && !weak)
            weak = got;
        else
            got?.conversation.close();
    }
    return weak;
}
/** The match was made by the parser of the probe that drew it (an echo of it counts too). */
const own = (found, module) => found.module.name === module.name || found.module.name === 'echo';
async function probeWave(ch, modules, order, probeCtx, probeWait) {
    const open = new Set();
    let settledOne = false;
    const runs = modules.map(async (module) => {
        let c;
        try {
            c = await ch.connect();
        }
        catch {
            return undefined;
        }
        if (settledOne) {
            c.close();
            return undefined;
        }
        open.add(c);
        const sent = module.probe(probeCtx);
        c.write(sent);
        const data = await c.waitFor((b) => settled(consider(b, order, module, sent), b), Math.min(probeWait, remaining(ch)));
        const found = consider(data, order, module, sent);
        if (found?.id.confident && own(found, module)) {
            // A protocol's answer to its own probe is enough: end the others' waits.
            settledOne = true;
            for (const other of open)
                if (other !== c)
                    other.close();
        }
        return found ? { found, module, conversation: c } : undefined;
    });
    const results = await Promise.all(runs);
    // An answer to a protocol's own probe says most (Redis answers PING with NOAUTH, and another
    // protocol's bytes with "unknown command"): it wins over a confident reading of a foreign probe.
    const pick = results.find((r) => r?.found.id.confident && own(r.found, r.module)) ??
        results.find((r) => r?.found.id.confident) ??
        results.find((r) => r !== undefined);
    for (const c of open)
        if (c !== pick?.conversation)
            c.close();
    return pick;
}
/**
 * The matched module's own probe on a fresh connection, when it has one not yet sent (never for a
 * protocol that greets first, nor an echo): its answer, when its own parser reads it confidently.
 */
async function ownProbe(ch, module, order, probeCtx, probeWait, ctx, tried) {
    if (!module.probe || module.bannerFirst || module.name === 'echo' || tried.has(module))
        return undefined;
    if (!ctx.allowed(module.name) || remaining(ch) < 50 || ch.signal?.aborted)
        return undefined;
    tried.add(module);
    let c;
    try {
        c = await ch.connect();
    }
    catch {
        return undefined;
    }
    const sent = module.probe(probeCtx);
    c.write(sent);
    const data = await c.waitFor((b) => settled(consider(b, order, module, sent), b), Math.min(probeWait, remaining(ch)));
    const found = consider(data, order, module, sent);
    if (found?.id.confident && found.module === module)
        return { found, conversation: c };
    c.close();
    return undefined;
}
async function identifyTcp(ch, usual, ctx, rttMs) {
    const order = ordered(TCP_MODULES, usual);
    const probeCtx = {
        address: ch.endpoint.address,
        hostname: ch.endpoint.hostname,
        port: ch.endpoint.port,
    };
    const floor = ctx.replyWaitMs.tcp;
    const probeWait = Math.max(floor, Math.min(2000, (rttMs ?? 0) * 4 + floor));
    let conv;
    let lastWriter;
    let best;
    /** The module whose probe drew `best` (undefined: a greeting nobody asked for). */
    let bestWriter;
    let how;
    let banner;
    const tried = new Set();
    const silent = new Set();
    /** After `module`'s probe: nothing at all came back on a clean connection, in the full wait or before a hang-up. */
    const noteSilence = (module, c, data, waited) => {
        if (data.length === 0 && c.received === 0 && !ch.signal?.aborted && (waited >= probeWait || c.closed))
            silent.add(module.name);
    };
    try {
        conv = ch.first ?? (await ch.connect());
    }
    catch {
        return { silent };
    }
    try {
        const lead = order[0];
        const leadSpeaksFirst = lead !== undefined && usual.includes(lead.name) && !lead.bannerFirst;
        if (leadSpeaksFirst && lead.probe && ctx.allowed(lead.name)) {
            // The usual service here waits for the client: ask it at once; a banner-first
            // service sends its greeting all the same, and the parsers see it.
            tried.add(lead);
            lastWriter = lead;
            const sent = lead.probe(probeCtx);
            conv.write(sent);
            const waited = Math.min(probeWait, remaining(ch));
            const data = await conv.waitFor((b) => settled(consider(b, order, lead, sent), b), waited);
            noteSilence(lead, conv, data, waited);
            best = consider(data, order, lead, sent);
            bestWriter = lead;
            if (best)
                how = howMatched(best, lead);
            if (data.length && !best?.id.confident && !lead.parse(data))
                banner = firstLine(data, false);
        }
        else {
            // Where the usual service speaks first (SSH on 22, IMAP inside TLS on 993), a slow
            // greeting is still likely: give it longer before sending anything.
            const leadGreets = lead !== undefined && lead.bannerFirst === true && usual.includes(lead.name);
            const wait = leadGreets ? Math.max(ctx.bannerWaitMs, SLOW_GREETING_MS) : ctx.bannerWaitMs;
            const data = await conv.waitFor((b) => settled(consider(b, order), b), Math.min(wait, remaining(ch)));
            best = consider(data, order);
            if (best)
                how = 'banner';
            // A matched parser knows what of the greeting is text; raw bytes are shown only when nothing matched.
            if (data.length)
                banner = best ? best.id.banner : firstLine(data, false);
        }
        const bannerSeen = conv.received > 0;
        /** Probes left for one batch at once, after the likeliest went one at a time. */
        const batch = [];
        let inTurn = 0;
        for (const module of order) {
            if (best?.id.confident)
                break;
            if (remaining(ch) < 50 || ch.signal?.aborted)
                break;
            if (!module.probe || tried.has(module) || !ctx.allowed(module.name))
                continue;
            // FTP's SYST, SMTP's EHLO, POP3's CAPA only settle a greeting that did not say what it is.
            if (module.bannerFirst && !bannerSeen)
                continue;
            if (!module.bannerFirst && inTurn >= PROBES_IN_TURN) {
                batch.push(module);
                continue;
            }
            if (!module.bannerFirst)
                inTurn++;
            tried.add(module);
            if (!conv || conv.closed || conv.wrote || conv.received > 0) {
                conv?.close();
                conv = undefined;
                try {
                    conv = await ch.connect();
                }
                catch {
                    // Refused now: the service went away or rate-limits us; nothing more to learn.
                    break;
                }
            }
            lastWriter = module;
            const sent = module.probe(probeCtx);
            conv.write(sent);
            const waited = Math.min(probeWait, remaining(ch));
            const data = await conv.waitFor((b) => settled(consider(b, order, module, sent), b), waited);
            noteSilence(module, conv, data, waited);
            const found = consider(data, order, module, sent);
            if (found && (!best || (found.id.confident && !best.id.confident))) {
                best = found;
                bestWriter = module;
                how = howMatched(found, module);
            }
        }
        if (!best?.id.confident && batch.length && remaining(ch) >= 50 && !ch.signal?.aborted) {
            const got = await probeAtOnce(ch, batch, order, probeCtx, probeWait);
            if (got && (!best || got.found.id.confident)) {
                conv?.close();
                conv = got.conversation;
                lastWriter = got.module;
                best = got.found;
                bestWriter = got.module;
                how = howMatched(got.found, got.module);
            }
            else
                got?.conversation.close();
        }
        if (best?.id.confident && bestWriter && best.module !== bestWriter) {
            // A confident reading of another protocol's probe (Redis's "unknown command" to memcached's
            // `version`) names the service but holds none of its facts: ask it once in its own words.
            const own = await ownProbe(ch, best.module, order, probeCtx, probeWait, ctx, tried);
            if (own) {
                conv?.close();
                conv = own.conversation;
                lastWriter = best.module;
                best = {
                    ...own.found,
                    id: { ...own.found.id, evidence: { ...best.id.evidence, ...own.found.id.evidence } },
                };
                how = 'exchange';
            }
        }
        if (best && !best.id.confident && best.id.firmOnUsualPort && usual.includes(best.module.name)) {
            // Every probe ran and none was surer: on its own usual port, this weak match names it.
            best = { ...best, id: { ...best.id, confident: true } };
        }
        if (!best)
            return { banner, silent };
        // Interrogation: the matched module's own conversation for its security facts.
        const match = best;
        if (match.module.name === 'tls' || !match.module.interrogate || !ctx.allowed(match.module.name)) {
            return { match, how, banner: match.id.banner ?? banner, silent };
        }
        let leftover = conv && !conv.closed && (!conv.wrote || lastWriter === match.module) ? conv : undefined;
        const session = {
            endpoint: ch.endpoint,
            tls: ch.tls,
            signal: ch.signal,
            logger: ctx.logger,
            credentials: ctx.options.credentials,
            remaining: () => remaining(ch),
            connect: () => ch.connect(),
            async reuse() {
                const c = leftover;
                leftover = undefined;
                if (c && !c.closed) {
                    const greeted = c.received > 0;
                    c.take();
                    return { conversation: c, greeted };
                }
                return { conversation: await ch.connect(), greeted: false };
            },
            allowed: ctx.allowed,
            dnsRecursionName: ctx.dnsRecursionName,
        };
        // The interrogation gets at least a little time even when identification used most of the budget.
        ch.deadline = Math.max(ch.deadline, Date.now() + 1500);
        let timer;
        try {
            await Promise.race([
                match.module.interrogate(match.id, session),
                new Promise((resolve) => (timer = setTimeout(resolve, remaining(ch) + 50))),
            ]);
        }
        catch (err) {
            ctx.logger.debug(`fingerprint ${ch.endpoint.address}:${ch.endpoint.port}: ${match.module.name} interrogation failed: ${(0,untrusted/* untrustedLine */.tX)(String(err))}`);
        }
        finally {
            clearTimeout(timer);
            leftover?.close();
        }
        return { match, how, banner: match.id.banner ?? banner, silent };
    }
    finally {
        conv?.close();
    }
}
function noteSilent(host, ctx) {
    const n = (ctx.silent.get(host) ?? 0) + 1;
    ctx.silent.set(host, n);
    if (n === TARPIT_SILENT_PORTS)
        ctx.logger.info(`fingerprint: ${host} has ${(0,words/* plural */.LS)(n, 'port')} that accept and say nothing (a tarpit?); its other ports get ${TARPIT_BUDGET_MS / 1000} s each`);
}
function tcpChannel(ep, deadline, signal) {
    const ch = {
        endpoint: ep,
        tls: false,
        deadline,
        signal,
        connect: () => openTcp(ep, Math.min(3000, Math.max(1, remaining(ch))), signal),
    };
    return ch;
}
/** The silence a channel's probes met, as evidence keys; `http` only where plain HTTP is what the port speaks. */
function silenceEvidence(silent, keys) {
    const e = {};
    if (keys.tls && silent.has('tls'))
        e['tls.silent'] = true;
    if (keys.http && silent.has('http'))
        e['http.silent'] = true;
    return e;
}
async function identifyTcpPort(result, ctx) {
    const ep = { address: result.host, port: result.port, hostname: result.hostname };
    const budget = ctx.options.timeoutMs ?? engine_DEFAULT_TIMEOUT_MS;
    const tarpit = (ctx.silent.get(result.host) ?? 0) >= TARPIT_SILENT_PORTS;
    const deadline = Date.now() + (tarpit ? Math.min(budget, TARPIT_BUDGET_MS) : budget);
    const plain = tcpChannel(ep, deadline, ctx.options.signal);
    // Every connection made, to tell a port that said nothing at all from one that said something unknown.
    const opened = [];
    const connect = plain.connect;
    plain.connect = () => connect().then((c) => {
        opened.push(c);
        return c;
    });
    const outcome = await identifyTcp(plain, usualOn(result.port, 'tcp'), ctx, result.rttMs);
    // A port cut short by the scan's end said nothing because it had no time to: not a tarpit's.
    if (!outcome.match &&
        !ctx.options.signal?.aborted &&
        opened.length > 0 &&
        opened.every((c) => c.received === 0))
        noteSilent(result.host, ctx);
    const isTls = outcome.match?.module.name === 'tls';
    // Cleartext HTTP that a TLS port ignores says nothing about the HTTP inside it.
    const silence = silenceEvidence(outcome.silent, { tls: true, http: !isTls });
    if (!outcome.match)
        return { banner: outcome.banner, silence };
    if (!isTls)
        return {
            id: outcome.match.id,
            how: outcome.how,
            banner: outcome.banner ?? outcome.match.id.banner,
            silence,
        };
    // TLS: read the certificate and the negotiated parameters, then name the service inside.
    const outer = outcome.match.id;
    plain.deadline = Math.max(plain.deadline, Date.now() + 1500);
    let hs;
    try {
        hs = await openTls(ep, Math.min(3000, remaining(plain)), ['h2', 'http/1.1'], ctx.options.signal);
    }
    catch {
        return { id: { ...outer, service: 'tls', tls: true }, how: 'exchange', silence };
    }
    const evidence = { ...outer.evidence, ...connectionEvidence(hs.socket) };
    delete evidence['tls.alert'];
    const alpn = evidence['tls.alpn'];
    const inner = {
        endpoint: ep,
        tls: true,
        deadline: plain.deadline,
        signal: ctx.options.signal,
        connect: () => openTls(ep, Math.min(3000, Math.max(1, remaining(inner))), ['http/1.1'], ctx.options.signal).then((h) => h.conversation),
    };
    // An h2 connection cannot carry our HTTP/1.1 probe: name the service on a fresh http/1.1 one.
    if (alpn === 'h2')
        hs.conversation.close();
    else
        inner.first = hs.conversation;
    const innerOutcome = await identifyTcp(inner, [(0,catalogue.tlsInnerRecord)(result.port)?.name ?? 'http'], ctx, result.rttMs);
    hs.conversation.close();
    Object.assign(silence, silenceEvidence(innerOutcome.silent, { tls: false, http: true }));
    const id = innerOutcome.match?.id;
    if (!id || innerOutcome.match?.module.name === 'tls') {
        // Offering ALPN h2 or http/1.1 is a claim; only an HTTP answer makes it https (a shell
        // behind TLS 1.3 can offer ALPN too). Without one this is TLS, and tls.alpn says what it offered.
        return {
            id: { service: 'tls', evidence, confident: true, tls: true },
            how: 'exchange',
            banner: innerOutcome.banner,
            silence,
        };
    }
    return {
        id: {
            ...id,
            service: (0,catalogue.tlsName)(id.service) ?? id.service,
            evidence: { ...evidence, ...id.evidence },
            tls: true,
        },
        // The TLS handshake was ours; what spoke inside it decides how the service was named.
        how: innerOutcome.how ?? 'exchange',
        banner: innerOutcome.banner ?? id.banner,
        silence,
    };
}
/**
 * What one reply to one of our datagrams proves: a reflection of it is an echo before it is
 * anything else; else the parser of the payload's own record reads it first, then every other.
 */
function judgeUdp(reply, attempt) {
    const sent = attempt.payload.bytes;
    const echoed = reflection(reply, sent);
    if (echoed === 'prefix')
        return echoIdentification(attempt.record.name, reply, sent);
    const own = udpModuleNamed(attempt.record.name);
    let weak;
    for (const m of own ? [own, ...UDP_MODULES.filter((x) => x !== own)] : UDP_MODULES) {
        let id;
        try {
            id = m.parse(reply, sent);
        }
        catch {
            id = undefined;
        }
        if (id?.confident)
            return id;
        weak ??= id;
    }
    return echoed === 'contained' ? echoIdentification(attempt.record.name, reply, sent) : weak;
}
/** Sequentially, the port's usual payload first (twice: UDP silence may be loss or a daemon still starting). */
async function probeUdpInTurn(ep, attempts, usual, ctx, wait, deadline) {
    const first = attempts[0];
    const plan = first && usual.includes(first.record.name) ? [first, ...attempts] : attempts;
    let weak;
    let answered = false;
    for (const attempt of plan) {
        const left = deadline - Date.now();
        if (left < 50 || ctx.options.signal?.aborted)
            break;
        const isUsual = usual.includes(attempt.record.name);
        const reply = await udpExchange(ep, attempt.payload.bytes, Math.min(isUsual ? 2 * wait : wait, left), ctx.options.signal, { anyPort: attempt.record.udp?.replyFromAnyPort });
        if (!reply)
            continue;
        answered = true;
        const id = judgeUdp(reply, attempt);
        if (id?.confident)
            return { id, answered };
        weak ??= id;
    }
    return { id: weak, answered };
}
/**
 * The sweep of an open|filtered port: every payload at once, most likely first (each on its own
 * socket, so each reply is matched to the datagram that drew it), paced by the rate; the first
 * confident identification ends it, and one reply wait bounds it.
 */
async function sweepUdp(ep, attempts, ctx, wait, deadline) {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    ctx.options.signal?.addEventListener('abort', onAbort, { once: true });
    let best;
    let answered = false;
    const runs = [];
    try {
        for (const attempt of attempts) {
            if (stop.signal.aborted || deadline - Date.now() < 50)
                break;
            await ctx.pace();
            const left = deadline - Date.now();
            runs.push(udpExchange(ep, attempt.payload.bytes, Math.min(wait, left), stop.signal, {
                anyPort: attempt.record.udp?.replyFromAnyPort,
            }).then((reply) => {
                if (!reply)
                    return;
                answered = true;
                const id = judgeUdp(reply, attempt);
                if (id?.confident && !best?.confident) {
                    best = id;
                    stop.abort();
                }
                else
                    best ??= id;
            }));
        }
        await Promise.all(runs);
    }
    finally {
        ctx.options.signal?.removeEventListener('abort', onAbort);
    }
    return { id: best, answered };
}
/** UDP: every identification answers a datagram of ours, so it is an exchange. */
async function identifyUdpPort(result, ctx, sweep) {
    const ep = { address: result.host, port: result.port, hostname: result.hostname };
    const deadline = Date.now() + (ctx.options.timeoutMs ?? engine_DEFAULT_TIMEOUT_MS);
    const usual = usualOn(result.port, 'udp');
    const attempts = (0,catalogue.udpAttempts)(result.port).filter((a) => ctx.allowed(a.record.name));
    const floor = ctx.replyWaitMs.udp;
    const wait = Math.max(floor, Math.min(2000, (result.rttMs ?? 0) * 4 + floor));
    const outcome = sweep
        ? await sweepUdp(ep, attempts, ctx, 2 * wait, deadline)
        : await probeUdpInTurn(ep, attempts, usual, ctx, wait, deadline);
    const id = outcome.id;
    const module = id ? UDP_MODULES.find((m) => m.services.includes(id.service)) : undefined;
    if (!id?.confident || !module?.interrogate || !ctx.allowed(module.name))
        return outcome;
    const session = {
        endpoint: ep,
        signal: ctx.options.signal,
        logger: ctx.logger,
        remaining: () => deadline - Date.now(),
        exchange: (payload, ms) => udpExchange(ep, payload, Math.max(1, Math.min(ms, deadline - Date.now())), ctx.options.signal),
        gather: (payload, ms, idleMs, done) => udpGather(ep, payload, {
            ms: Math.max(1, Math.min(ms, deadline - Date.now())),
            idleMs,
            done,
            signal: ctx.options.signal,
        }),
        allowed: ctx.allowed,
        dnsRecursionName: ctx.dnsRecursionName,
    };
    try {
        await module.interrogate(id, session);
    }
    catch (err) {
        ctx.logger.debug(`fingerprint ${ep.address}:${ep.port}/udp: ${module.name} interrogation failed: ${(0,untrusted/* untrustedLine */.tX)(String(err))}`);
    }
    return outcome;
}
function toFinding(result, id, how, banner, silence = {}) {
    const def = id ? (0,services/* lookupService */.os)(id.service) : undefined;
    if (!id || !def) {
        // Nothing parsed into a service we know: the port number is all the name there is.
        const guess = findingFromPort(result);
        if (guess.service && banner)
            guess.service.banner = banner;
        guess.evidence = { ...(id?.evidence ?? {}), ...silence };
        return guess;
    }
    const service = {
        name: def.name,
        confidence: id.confident ? 'high' : 'low',
        identifiedBy: how,
    };
    if (id.product)
        service.product = id.product;
    if (id.version)
        service.version = id.version;
    if (id.tls)
        service.tls = true;
    const b = banner ?? id.banner;
    if (b)
        service.banner = b;
    return { ...result, service, risk: riskFor(def.name), evidence: { ...id.evidence, ...silence } };
}
async function fingerprintOne(result, ctx) {
    if (ctx.options.signal?.aborted)
        return findingFromPort(result);
    if (result.protocol === 'udp' && result.state === 'open|filtered' && ctx.sweepLeft > 0) {
        ctx.sweepLeft--;
        const out = await identifyUdpPort(result, ctx, true);
        if (!out.answered)
            return findingFromPort(result);
        // A reply to any of our datagrams proves the port open, named or not.
        return toFinding({ ...result, state: 'open', reason: 'reply' }, out.id, 'exchange', undefined);
    }
    if (result.state !== 'open')
        return findingFromPort(result);
    if (result.protocol === 'udp') {
        const out = await identifyUdpPort(result, ctx, false);
        return toFinding(result, out.id, 'exchange', undefined);
    }
    const out = await identifyTcpPort(result, ctx);
    return toFinding(result, out.id, out.how ?? 'exchange', out.banner, out.silence);
}
/**
 * One Finding per input, same order; open TCP and UDP results are probed, and the first
 * `udpSweepPorts` open|filtered UDP results get every UDP payload (a reply makes them open); at
 * most `concurrency` ports in flight.
 */
async function fingerprintAll(results, options = {}) {
    const allowedSet = options.probes ? new Set(options.probes) : undefined;
    const bucket = options.rate ? new TokenBucket(options.rate) : undefined;
    const pace = async () => {
        // Bounded: at the lowest rate (1 a second) a token is a second away.
        for (let i = 0; bucket && !bucket.take() && i < 1000 && !options.signal?.aborted; i++)
            await new Promise((r) => setTimeout(r, Math.max(1, bucket.waitMs())));
    };
    const ctx = {
        options,
        silent: new Map(),
        logger: options.logger ?? model/* silentLogger */.qq,
        allowed: (name) => !allowedSet || allowedSet.has(name),
        bannerWaitMs: options.bannerWaitMs ?? DEFAULT_BANNER_WAIT_MS,
        replyWaitMs: {
            tcp: options.replyWaitMs ?? DEFAULT_REPLY_WAIT_MS,
            udp: options.replyWaitMs ?? DEFAULT_REPLY_WAIT_MS + 100,
        },
        sweepLeft: options.udpSweepPorts ?? DEFAULT_UDP_SWEEP_PORTS,
        pace,
        dnsRecursionName: options.dnsRecursionName ?? catalogue.DNS_RECURSION_NAME,
    };
    const out = new Array(results.length);
    let next = 0;
    const worker = async () => {
        while (next < results.length) {
            const i = next++;
            const result = results[i];
            try {
                out[i] = await fingerprintOne(result, ctx);
            }
            catch (err) {
                ctx.logger.debug(`fingerprint ${result.host}:${result.port}/${result.protocol}: ${(0,untrusted/* untrustedLine */.tX)(String(err))}`);
                out[i] = findingFromPort(result);
            }
            const s = out[i].service;
            if (result.state === 'open')
                ctx.logger.debug(`fingerprint ${result.host}:${result.port}/${result.protocol}: ${s ? `${s.name} (${s.confidence}, by ${s.identifiedBy ?? 'port'})` : 'unknown'}`);
        }
    };
    const n = Math.max(1, Math.min(options.concurrency ?? Math.min(engine_DEFAULT_CONCURRENCY, socketBudget()), results.length));
    await Promise.all(Array.from({ length: n }, worker));
    // Open proxies are proven against the other HTTP endpoints this scan found (proxies.ts).
    if (ctx.allowed('http') && !options.signal?.aborted)
        await checkOpenProxies(out, {
            timeoutMs: options.timeoutMs ?? engine_DEFAULT_TIMEOUT_MS,
            signal: options.signal,
            logger: ctx.logger,
        });
    return out;
}

;// CONCATENATED MODULE: ./src/fingerprint/gateways.ts




async function checkVpnGateways(gateways, options = {}) {
    const timeoutMs = options.timeoutMs ?? 3000;
    const resolve = options.resolve ?? src_targets/* systemResolve */.SI;
    const checks = [];
    for (const g of gateways) {
        const base = { host: g.host, port: g.port, protocol: g.protocol, kind: g.kind };
        if (!(0,model/* isProbedGatewayKind */.B6)(g.kind)) {
            checks.push({
                ...base,
                answered: false,
                detail: `a ${g.kind} gateway cannot be proven by an unauthenticated probe`,
            });
            continue;
        }
        if (options.signal?.aborted) {
            checks.push({
                ...base,
                answered: false,
                detail: 'the scan was interrupted before the gateway was probed',
            });
            continue;
        }
        // The same reading of the host as the scope check's (session/boundary.ts): the addresses probed
        // are the addresses checked.
        let addresses;
        try {
            addresses = (await (0,src_targets/* addressesOf */.sO)(g.host, resolve)).slice(0, 4);
        }
        catch (err) {
            const code = err.code;
            checks.push({
                ...base,
                answered: false,
                detail: `${g.host} does not resolve (${code ?? 'lookup failed'})`,
            });
            continue;
        }
        if (addresses.length === 0) {
            checks.push({ ...base, answered: false, detail: `${g.host} has no address` });
            continue;
        }
        const tasks = addresses.map((host) => ({
            host,
            hostname: g.host,
            port: g.port,
            protocol: g.protocol,
        }));
        const result = await scan(tasks, tasks.length, {
            timeoutMs: Math.min(timeoutMs, 1000),
            retries: 1,
            signal: options.signal,
            logger: options.logger,
        });
        if (result.open.length === 0) {
            checks.push({ ...base, answered: false, detail: `${g.port}/${g.protocol} is closed or filtered` });
            continue;
        }
        const findings = await fingerprintAll(result.open, {
            probes: [g.kind],
            timeoutMs,
            signal: options.signal,
            logger: options.logger,
        });
        const proven = findings.find((f) => f.evidence[`${g.kind}.detected`] === true);
        checks.push(proven
            ? { ...base, answered: true, detail: `${proven.host}:${g.port}/${g.protocol} answered as ${g.kind}` }
            : {
                ...base,
                answered: false,
                // What happened, not a verdict: the policy says "did not answer as <kind>" around it.
                detail: `${g.port}/${g.protocol} is ${result.open[0].state} but sent no ${g.kind} reply${g.kind === 'openvpn' ? '; a server with tls-auth or tls-crypt stays silent to strangers' : ''}`,
            });
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/fingerprint/options.ts
/** Valid values for `FingerprintOptions.probes` (the CLI validates --probes against it): the catalogue's record names. */


;// CONCATENATED MODULE: ./src/fingerprint/index.ts
/**
 * The fingerprint stage (DESIGN.md, "The pipeline", step 4): for every open
 * port, name the service whatever the port number, and collect the facts the
 * policy engine uses as evidence.
 *
 * How a TCP port is identified: connect, wait briefly for a banner (SSH, FTP,
 * SMTP, POP3, IMAP, MySQL, VNC and telnet speak first), then send the probes
 * most likely for that port first and stop at the first confident match.
 * Every reply is offered to every parser, so an HTTP request that reaches an
 * SSH daemon still identifies SSH. After a match, the protocol's module may
 * hold a short conversation for its security facts (FTP anonymous login, SSH
 * authentication methods, …). Every read is bounded to 16 KiB and by the
 * port's time budget. UDP ports get the catalogue's UDP payloads through connected
 * datagram sockets: an open port its usual payload first, and the first `udpSweepPorts`
 * open|filtered ports every payload at once (a reply makes them open). A reply that repeats
 * the probe, TCP or UDP, is an echo, never the protocol probed.
 *
 * Every finding says how it was identified (ServiceInfo.identifiedBy):
 * `exchange` when a probe we sent drew a reply that parsed (a TLS handshake,
 * an HTTP answer, a Redis PONG; every UDP identification), `banner` when the
 * service spoke first and its greeting parsed, `port` when nothing parsed and
 * the name is the port number's registration. A TLS service that offers ALPN
 * h2 or http/1.1 but never answers HTTP is `tls`, not `https`.
 *
 * `probes` narrows which modules may SEND anything: a module left out neither
 * probes nor interrogates; banners that a service volunteers are still read.
 * `--connect-only` (findingFromPort) sends nothing at all.
 *
 * ## Evidence keys (Finding.evidence)
 *
 * Each protocol's record in the catalogue (src/catalogue/records/) declares the keys it may
 * set, with their type and meaning; docs/evidence.md is generated from them
 * (`npm run docs:evidence`), and __tests__/catalogue fails when a parser sets a key its record
 * does not declare, or when the page is stale. A key is present only when a probe measured it;
 * absence means "unknown", never "false".
 */





// EXTERNAL MODULE: ./src/policy/index.ts + 2 modules
var src_policy = __webpack_require__(8505);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var src_report = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/run.ts








const CLI_SOURCES = {
    targets: '--targets',
    ports: '--ports',
    scope: '--scope',
    maxAddresses: '--max-addresses',
    probes: '--probes',
    concurrency: '--concurrency',
    rate: '--rate',
    timeout: '--timeout',
    retries: '--retries',
    failOn: '--fail-on',
    udpSweepPorts: '--udp-sweep-ports',
    shard: '--shard',
};
/** The limits of the engine's settings; the shells only parse numbers, the engine says what it can do. */
const LIMITS = {
    concurrency: { min: 1, max: 100_000 },
    rate: { min: 1, max: 10_000_000 },
    timeoutMs: { min: 1, max: 6 * 3_600_000 },
    retries: { min: 0, max: 10 },
    maxAddresses: { min: 1, max: 16_777_216 },
    udpSweepPorts: { min: 0, max: 65_536 },
};
/**
 * The checks that belong to the engine, each naming the flag or input at fault, all at
 * once: run() makes them, and the session makes them before it brings anything up.
 */
function checkRunOptions(options) {
    const sources = { ...CLI_SOURCES, ...options.sources };
    const problems = [];
    const unknown = (options.probes ?? []).filter((p) => !catalogue.PROBE_NAMES.includes(p));
    if (unknown.length) {
        problems.push({
            source: sources.probes,
            message: `unknown probe ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${catalogue.PROBE_NAMES.join(', ')})`,
        });
    }
    const within = (value, limit, source, what, integer = true) => {
        if (value === undefined)
            return;
        if (!Number.isFinite(value) || value < limit.min || value > limit.max)
            problems.push({
                source,
                message: `${value} is out of range: ${what} from ${(0,words/* count */.U9)(limit.min)} to ${(0,words/* count */.U9)(limit.max)}`,
            });
        else if (integer && !Number.isInteger(value))
            problems.push({ source, message: `${value} is not a whole number` });
    };
    within(options.concurrency, LIMITS.concurrency, sources.concurrency, 'probes in flight');
    within(options.rate, LIMITS.rate, sources.rate, 'probes a second');
    within(options.timeoutMs, LIMITS.timeoutMs, sources.timeout, 'milliseconds', false);
    within(options.retries, LIMITS.retries, sources.retries, 'retries');
    within(options.maxAddresses, LIMITS.maxAddresses, sources.maxAddresses, 'addresses');
    within(options.udpSweepPorts, LIMITS.udpSweepPorts, sources.udpSweepPorts, 'UDP ports swept');
    const shard = options.shard;
    if (shard &&
        !(Number.isInteger(shard.count) &&
            Number.isInteger(shard.index) &&
            shard.count >= 1 &&
            shard.count <= src_targets/* MAX_SHARDS */.hH &&
            shard.index >= 1 &&
            shard.index <= shard.count))
        problems.push({
            source: sources.shard,
            message: `${shard.index}/${shard.count} is not a shard: write K/N with 1 ≤ K ≤ N ≤ ${src_targets/* MAX_SHARDS */.hH}`,
        });
    if (problems.length)
        throw new errors/* ConfigurationError */.j1(problems);
}
/** The one pipeline: targets → prober → fingerprint → findings → policy → report. */
async function run(options) {
    const logger = options.logger ?? model/* silentLogger */.qq;
    const startedAt = options.now ?? new Date();
    const sources = { ...CLI_SOURCES, ...options.sources };
    // Validate every user input before the first packet: a bad policy or port list costs no scan.
    checkRunOptions(options);
    const policy = options.policy ?? (await (0,src_policy/* loadPolicy */.tb)(options.policyFile));
    const ports = (0,src_targets/* parsePorts */.Kq)(options.ports, { source: sources.ports });
    const targets = options.resolvedTargets ??
        (await (0,src_targets/* resolveTargets */.h5)(options.targets, {
            maxAddresses: options.maxAddresses,
            scope: options.scope,
            source: sources.targets,
            scopeSource: sources.scope,
            capSource: sources.maxAddresses,
        }));
    const plan = options.listeners
        ? (0,src_targets/* planListeners */.Tu)(options.listeners.opened, {
            targets,
            ports,
            scope: options.scope?.length ? (0,src_targets/* parseScope */.Sk)(options.scope, sources.scope) : undefined,
            localAddresses: options.listeners.localAddresses,
        })
        : undefined;
    const listed = targets.count * ports.count;
    // The table's extra tasks are numbered after the targets' ones, and dealt out the same way.
    const extra = (plan?.probe ?? []).filter((_, i) => inShard(listed + i, options.shard));
    const total = (0,src_targets/* shardTaskCount */.di)(listed, options.shard) + extra.length;
    logger.info(`probing ${(0,words/* plural */.LS)(total, 'port')} on ${(0,words/* plural */.LS)(targets.count, 'address', 'addresses')}` +
        (extra.length ? ` (${(0,words/* count */.U9)(extra.length)} of them from the runner's listener table)` : '') +
        (options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : ''));
    const tasks = (0,src_targets/* probeTasks */.N_)(targets, ports, options.shard);
    // The probe loop pulls every task through this: no wrapper when the table added nothing.
    const result = await scan(extra.length ? withExtra(tasks, extra) : tasks, total, {
        concurrency: options.concurrency,
        rate: options.rate,
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        signal: options.signal,
        onProgress: options.onProgress,
        keepClosed: options.listAll,
        logger,
    });
    let findings;
    if (options.fingerprint === false || result.aborted) {
        findings = result.open.map(findingFromPort);
    }
    else {
        findings = await fingerprintAll(result.open, {
            probes: options.probes,
            signal: options.signal,
            credentials: options.credentials,
            logger,
            udpSweepPorts: options.udpSweepPorts,
            rate: options.rate,
        });
        // The UDP sweep's replies opened open|filtered ports: count them as open.
        const opened = findings.filter((f, i) => f.state === 'open' && result.open[i].state === 'open|filtered');
        if (opened.length) {
            result.counts.open += opened.length;
            result.counts.openFiltered = (result.counts.openFiltered ?? 0) - opened.length;
            logger.info(`fingerprint: ${(0,words/* plural */.LS)(opened.length, 'open|filtered UDP port')} answered a payload of the sweep: open`);
        }
    }
    if (plan)
        findings = withListeners(findings, plan, extra);
    // An interrupted scan is judged on what it saw, and says so (the report is marked partial).
    const partial = result.aborted || options.signal?.aborted === true;
    const stop = partial ? scanStop(options.signal) : undefined;
    const context = {
        vantage: options.vantage ?? 'untrusted',
        now: startedAt,
        gateways: [],
        ...options.context,
        ...(options.failOn !== undefined ? { failOn: options.failOn, failOnFrom: sources.failOn } : {}),
        partial,
    };
    const { evaluation, change } = await run_judge(findings, policy, context, options);
    const listeners = plan ? listenerSummary(options.listeners.opened, plan) : undefined;
    return (0,src_report/* buildReport */.FK)({
        startedAt,
        finishedAt: new Date(),
        partial,
        stop,
        notices: [...(options.notices ?? []), ...(listeners ? listenerNotices(listeners, plan) : [])],
        policy: {
            file: policy.file,
            mode: policy.mode,
            failOn: evaluation.gate.failOn,
            ...(evaluation.gate.from !== undefined ? { failOnFrom: evaluation.gate.from } : {}),
        },
        scan: {
            targets: targets.expressions,
            ports: ports.expression,
            vantage: context.vantage,
            counts: result.counts,
            resolved: Object.keys(targets.resolved).length ? targets.resolved : undefined,
            ...(listeners ? { listeners } : {}),
            ...(options.shard ? { shard: options.shard } : {}),
            digest: scanDigest(options, targets.expressions, ports.expression, policy),
        },
        findings,
        otherPorts: options.listAll ? result.others : undefined,
        evaluation,
        context,
        change,
    });
}
const inShard = (i, shard) => shard === undefined || i % shard.count === shard.index - 1;
/**
 * What the scan was asked to do, as a digest (excluding the shard and the vantage): the
 * shards of one scan share it, and the merge refuses to join reports that differ.
 */
function scanDigest(options, targets, ports, policy) {
    const { warnings: _warnings, ...rules } = policy;
    return (0,src_targets/* inputDigest */.xF)({
        targets,
        ports,
        scope: options.scope ?? [],
        maxAddresses: options.maxAddresses ?? null,
        fingerprint: options.fingerprint !== false,
        probes: options.probes ?? null,
        listAll: options.listAll === true,
        policy: rules,
    });
}
function* withExtra(tasks, extra) {
    yield* tasks;
    yield* extra;
}
const endpointText = (e) => `${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}/${e.protocol}`;
const taskKey = (e) => `${e.protocol}|${e.host}|${e.port}`;
/** Mark what the table added to the scan, and add what it alone shows, in report order. */
function withListeners(findings, plan, extra) {
    const added = new Set(extra.map(taskKey));
    const out = findings.map((f) => (added.has(taskKey(f)) ? { ...f, origin: 'listener-table' } : f));
    if (plan.tableOnly.length === 0)
        return out; // the prober's results are already in report order
    for (const l of plan.tableOnly) {
        out.push({
            ...findingFromPort({
                host: l.address,
                port: l.port,
                protocol: l.protocol,
                state: 'open',
                reason: 'listening',
                tries: 0,
            }),
            origin: 'listener-table',
        });
    }
    return out.sort(comparePortResults);
}
function listenerSummary(opened, plan) {
    return {
        new: opened.length,
        probed: plan.probe.map(endpointText),
        tableOnly: plan.tableOnly.map((l) => endpointText({ ...l, host: l.address })),
    };
}
const MAX_LISTED = 20;
function listed(items) {
    const shown = items.slice(0, MAX_LISTED).join(', ');
    return items.length > MAX_LISTED ? `${shown} and ${(0,words/* count */.U9)(items.length - MAX_LISTED)} more` : shown;
}
function listenerNotices(summary, plan) {
    const notices = [];
    if (summary.probed.length)
        notices.push(`The runner's listener table showed ${(0,words/* plural */.LS)(summary.probed.length, 'listener')} of the environment that the targets and ports did not name; probed and judged with the rest: ${listed(summary.probed)}.`);
    if (plan.tableOnly.length)
        notices.push(`${(0,words/* plural */.LS)(plan.tableOnly.length, 'listener')} the environment opened on the runner ${plan.tableOnly.length === 1 ? 'is' : 'are'} outside the targets or the scope: judged from the kernel's listener table alone (service guessed from the port number), never probed: ${listed(plan.tableOnly.map((l) => `${endpointText({ ...l, host: l.address })} (${l.why})`))}.`);
    return notices;
}
/** Why the scan stopped early: what the session gave its signal as the reason, else an interruption. */
function scanStop(signal) {
    const reason = signal?.reason;
    if (reason && typeof reason === 'object' && reason.partial && typeof reason.notice === 'string')
        return { partial: reason.partial, notice: reason.notice };
    return undefined;
}
/**
 * The policy phase: the findings judged by the policy and, on a pull request, by the
 * base branch's rules too (policy/change.ts); approvals are asked for only when a
 * change to the rules is pending. Shared by run() and the re-judging of a report.
 */
async function run_judge(findings, policy, context, options) {
    if (!options.base)
        return { evaluation: (0,src_policy/* evaluate */._3)(findings, policy, context) };
    const prepared = (0,src_policy/* judgeChange */.sx)({
        findings,
        head: policy,
        context,
        base: options.base,
        // The gate both judgements are compared under: the context's override, as evaluate applies it.
        failOn: context.failOn,
    });
    let approval;
    if (prepared.pending.length > 0 && prepared.review.approvers.length > 0 && options.approve) {
        try {
            approval = await options.approve(prepared.review.approvers);
        }
        catch (err) {
            // Not knowing who approved leaves the change pending: the gate fails closed.
            approval = {
                by: [],
                notes: [`the approvals could not be read: ${err instanceof Error ? err.message : String(err)}`],
            };
        }
    }
    const { evaluation, review } = (0,src_policy/* settleChange */.kO)(prepared, approval);
    return { evaluation, change: review };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/session/base.ts



/** The repository path of a file, or undefined when it lies outside the repository. */
function repoPath(root, file) {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(file));
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
async function readAtBase(base, path, what) {
    try {
        return await base.read(path);
    }
    catch (err) {
        // Not knowing the base's rules must not let the pull request judge itself: fail closed.
        throw new errors/* RuntimeFailure */.$c(`cannot read ${what} ${path} at the base (${base.label}), so the pull request's changes to the rules cannot be judged: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
}
/**
 * The base's policy chain and baseline. `head` is the pull request's policy;
 * one that is not a file of the repository (a built-in, or a file outside the
 * checkout) cannot differ at the base, so it is its own base.
 */
async function loadBaseRules(base, policyFile, head, options) {
    const rules = { label: base.label };
    const policyPath = policyFile.startsWith('portcullis:') ? undefined : repoPath(base.root, policyFile);
    if (!policyPath) {
        rules.policy = head;
    }
    else {
        const text = await readAtBase(base, policyPath, 'the policy');
        if (text !== undefined)
            rules.policy = await loadBasePolicy(base, text, policyFile, options.remote);
    }
    // A committed baseline is the pull request's to change; a downloaded one (an artifact) is not.
    const baselinePath = options.baselineFile ? repoPath(base.root, options.baselineFile) : undefined;
    if (baselinePath && options.baselineFile && (await base.committed(baselinePath))) {
        const text = await readAtBase(base, baselinePath, 'the baseline');
        if (text !== undefined)
            rules.baseline = options.parseBaseline(text, `${options.baselineFile} at ${base.label}`);
    }
    else if (options.headBaseline) {
        rules.baseline = options.headBaseline;
    }
    return rules;
}
async function loadBasePolicy(base, text, policyFile, remote) {
    const readFile = async (absolute) => {
        const path = repoPath(base.root, absolute);
        const found = path === undefined ? undefined : await readAtBase(base, path, 'the policy file');
        if (found === undefined)
            throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return found;
    };
    let policy;
    try {
        policy = await (0,src_policy/* loadPolicyFromString */.gC)(text, policyFile, { readFile, ...(remote ? { remote } : {}) });
    }
    catch (err) {
        if (!(err instanceof errors/* ConfigurationError */.j1))
            throw err;
        // A base whose policy does not load cannot judge: say where, and fail (exit 2).
        throw new errors/* ConfigurationError */.j1(err.diagnostics.map((d) => ({
            ...d,
            source: `${d.source} at the base (${base.label})`,
            message: d.message +
                ' — the base branch must hold a valid policy before its rules can judge a pull request; fix it there first',
        })));
    }
    policy.governance = { ...policy.governance, source: `${policyFile} at ${base.label}` };
    return policy;
}

;// CONCATENATED MODULE: ./src/session/rules.ts





/** The policy and baseline, and on a pull request the base's: all read before anything is brought up. */
async function rules_loadRules(options, baselineSource) {
    const policy = options.policy ??
        (await (0,src_policy/* loadPolicy */.tb)(options.policyFile, options.remote ? { remote: options.remote } : {}));
    const baseline = options.baselineFile
        ? await loadBaseline(options.baselineFile, baselineSource)
        : undefined;
    const base = options.base
        ? await loadBaseRules(options.base, options.policyFile, policy, {
            baselineFile: options.baselineFile,
            headBaseline: baseline,
            remote: options.remote,
            parseBaseline: (text, file) => baselineFromText(text, file, baselineSource),
        })
        : undefined;
    return { policy, baseline, base };
}
/**
 * One rule for both shells: a baseline file (`--write-baseline`, `write-baseline`), or a
 * JSON report (such as the previous run's `report-json`) whose verdicts become one.
 */
async function loadBaseline(file, source) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
        const why = err.code === 'ENOENT'
            ? 'no such file'
            : err.code === 'EISDIR'
                ? 'it is a directory'
                : (err.code ?? err.message);
        throw new errors/* ConfigurationError */.j1({
            source: file,
            message: `cannot read the baseline given by ${source}: ${why}`,
        });
    });
    return baselineFromText(text, file, source);
}
/** A baseline file's text, or a JSON report's, as a baseline. */
function baselineFromText(text, file, source) {
    let shape;
    try {
        shape = JSON.parse(text);
    }
    catch {
        // parseBaseline names the problem
    }
    if (!shape || typeof shape !== 'object' || Array.isArray(shape.entries))
        return (0,src_policy/* parseBaseline */.nk)(text, file);
    if (!Array.isArray(shape.verdicts)) {
        throw new errors/* ConfigurationError */.j1({
            source: file,
            message: `given by ${source}, is neither a Portcullis baseline (version 1 with entries; write one with --write-baseline) nor a JSON report (--json)`,
        });
    }
    const report = (0,src_report/* parseReport */.MM)(text, file);
    return (0,src_policy/* baselineFromVerdicts */.kx)(report.verdicts, {
        policy: report.policy.file,
        now: new Date(report.startedAt),
    });
}

;// CONCATENATED MODULE: ./src/session/files.ts

/** Every report file asked for, each written atomically; a file that cannot be written is a warning, not a lost report. */
async function writeReportFiles(report, files, options, logger) {
    const unwritten = [];
    for (const format of src_report/* FILE_FORMATS */.GM) {
        const path = files[format];
        if (!path)
            continue;
        try {
            // The JSON report goes to the file piece by piece: a large merge is longer than one string can be.
            await (0,src_report/* writeFileAtomic */.Zf)(path, format === 'json' ? (0,src_report/* jsonChunks */.VQ)(report) : src_report/* reporters */.R0[format](report, options));
        }
        catch (err) {
            logger.warn(`could not write the ${format} report to ${path}: ${err.message}`);
            unwritten.push(path);
        }
    }
    return unwritten;
}

;// CONCATENATED MODULE: ./src/session/sources.ts

const sources_CLI_SESSION_SOURCES = {
    ...CLI_SOURCES,
    baseline: '--baseline',
    writeBaseline: '--write-baseline',
    waitFor: '--wait-for',
    maxDuration: '--max-duration',
    listeners: '--no-listeners',
};

// EXTERNAL MODULE: ./src/lifecycle/index.ts + 6 modules
var lifecycle = __webpack_require__(8463);
;// CONCATENATED MODULE: ./src/session/environment.ts


/**
 * Bring-up, watched: when the environment runs on the runner (`start` or a compose file),
 * the kernel's listener tables before `start` and after `wait-for` say what it opened,
 * whatever addresses the targets name (run() decides what is probed and what is judged
 * from the table alone).
 */
async function bringUpWatched(env, options) {
    const notices = [];
    const onRunner = Boolean(env.start || env.composeFile) && options.listenerTable;
    const before = onRunner ? await (0,lifecycle/* readListeners */.yF)() : undefined;
    if (onRunner && !before)
        notices.push("The runner's listener table (/proc/net) could not be read here, so listeners the environment opened outside the targets are not seen.");
    const environment = await (0,lifecycle/* bringUp */.qh)({
        start: env.start,
        waitFor: env.waitFor,
        waitTimeoutMs: env.waitTimeoutMs,
        composeFile: env.composeFile,
        cwd: env.cwd,
        startLog: env.startLog,
        secrets: env.secrets,
        lookup: options.lookup,
        logger: options.logger,
        signal: options.signal,
        onStarted: (what) => {
            options.onStarted(what);
            env.onStarted?.(what);
        },
    });
    const after = before ? await (0,lifecycle/* readListeners */.yF)() : undefined;
    const listeners = before && after ? { opened: (0,lifecycle/* newListeners */.wW)(before, after), localAddresses: localAddresses() } : undefined;
    return { environment, listeners, notices };
}
/** The runner's own addresses, from its interfaces (a wildcard listener answers on each). */
function localAddresses() {
    return Object.values((0,external_node_os_.networkInterfaces)())
        .flatMap((list) => list ?? [])
        .map((i) => i.address);
}

;// CONCATENATED MODULE: ./src/session/boundary.ts



/**
 * A `lookup` for node:net and node:http that answers from the session's resolver: wait-for
 * connects to the addresses that were checked against the scope, not to a second answer.
 */
function lookupFrom(resolve) {
    return ((hostname, options, callback) => {
        const opts = typeof options === 'object' ? options : { family: options };
        resolve(hostname).then((answers) => {
            const family = opts.family === 'IPv4' ? 4 : opts.family === 'IPv6' ? 6 : opts.family;
            const list = answers
                .map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
                .filter((a) => !family || a.family === family);
            if (list.length === 0) {
                const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
                callback(err, '', 0);
            }
            else if (opts.all)
                callback(null, list);
            else
                callback(null, list[0].address, list[0].family);
        }, (err) => callback(err, '', 0));
    });
}
/** One lookup per name for the whole session: the check and the probe see the same answers. */
function memoResolve(resolve) {
    const cache = new Map();
    return (name) => {
        const key = name.toLowerCase();
        let answer = cache.get(key);
        if (!answer)
            cache.set(key, (answer = resolve(name)));
        return answer;
    };
}
/** The addresses a host stands for, or the reason it cannot be looked up (a name that does not resolve). */
async function addresses(host, resolve) {
    try {
        return await (0,src_targets/* addressesOf */.sO)(host, resolve);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME' || code === 'EAI_AGAIN')
            return { error: code };
        throw new errors/* RuntimeFailure */.$c(`cannot resolve ${host} (${code ?? String(err)})`, { cause: err });
    }
}
const scopeText = (scope) => scope.expressions.join(',');
/** With a scope, every `wait-for` entry (every address its name resolves to) must be inside it. */
async function checkWaitForScope(entries, scope, sources, resolve) {
    const problems = [];
    for (const e of entries) {
        const host = e.kind === 'tcp' ? e.host : e.url.hostname;
        const list = await addresses(host, resolve);
        if (!Array.isArray(list)) {
            // What cannot be looked up now cannot be checked: refused rather than waited for unchecked.
            problems.push({
                source: sources.waitFor,
                message: `"${e.raw}": the name ${host} does not resolve (${list.error}), so it cannot be checked against the scope ${scopeText(scope)}; give an address inside the scope`,
            });
            continue;
        }
        for (const address of list) {
            if (scope.contains(address))
                continue;
            problems.push({
                source: sources.waitFor,
                message: `"${e.raw}" ${address === host.replace(/^\[(.*)\]$/, '$1') ? 'is' : `resolves to ${address}, which is`} outside the scope ${scopeText(scope)}; ` +
                    `nothing is probed or waited for outside ${sources.scope} (add the address to it, or wait for an address inside it)`,
            });
            break;
        }
    }
    if (problems.length)
        throw new errors/* ConfigurationError */.j1(problems);
}
const where = (g) => `${g.host.includes(':') ? `[${g.host}]` : g.host}:${g.port}/${g.protocol}`;
/**
 * With a scope, every declared gateway that would be probed must be inside it: an error at
 * the gateway's line in the policy otherwise. Gateways of kinds no probe is sent to are free.
 */
async function checkGatewaysInScope(gateways, scope, scopeSource, resolve) {
    const problems = [];
    for (const g of gateways) {
        if (!(0,model/* isProbedGatewayKind */.B6)(g.kind))
            continue;
        const list = await addresses(g.host, resolve);
        // A name that does not resolve is not probed (the report says so): nothing to refuse.
        if (!Array.isArray(list))
            continue;
        const outside = list.filter((a) => !scope.contains(a));
        if (outside.length === 0)
            continue;
        problems.push({
            source: g.rule.file,
            line: g.rule.line,
            column: g.rule.column,
            message: `the ${g.kind} VPN gateway ${where(g)}${outside[0] === g.host ? '' : ` (${outside.join(', ')})`} is outside the scope ${scopeText(scope)}, ` +
                `so it cannot be probed: add it to ${scopeSource}, or remove it from remote_access.vpn_gateways`,
        });
    }
    if (problems.length)
        throw new errors/* ConfigurationError */.j1(problems);
}
/**
 * Which gateways are probed, and where. With a scope (already checked), all of them. Without
 * one, a gateway is probed only at addresses the targets contain; one with none is skipped
 * with a notice.
 */
async function planGateways(gateways, options) {
    const plan = { probe: [], skipped: [], notices: [], resolve: options.resolve };
    const allowed = new Map();
    for (const g of gateways) {
        if (!(0,model/* isProbedGatewayKind */.B6)(g.kind)) {
            plan.probe.push(g);
            continue;
        }
        let list;
        try {
            list = await (0,src_targets/* addressesOf */.sO)(g.host, options.resolve);
        }
        catch {
            // checkVpnGateways reports a name that does not resolve.
            plan.probe.push(g);
            continue;
        }
        const inside = list.filter((a) => options.scope ? options.scope.contains(a) : options.targets.contains(a));
        if (inside.length > 0) {
            allowed.set(g.host.toLowerCase(), inside);
            plan.probe.push(g);
            continue;
        }
        const detail = `not probed: ${list.join(', ') || g.host} is outside the targets, and nothing outside the targets and the scope is probed`;
        plan.skipped.push({
            host: g.host,
            port: g.port,
            protocol: g.protocol,
            kind: g.kind,
            answered: false,
            detail,
        });
        plan.notices.push(`The ${g.kind} VPN gateway ${where(g)} (${g.rule.file}:${g.rule.line}) was not probed: it is outside the targets, ` +
            `and nothing outside the targets and the scope is probed. To probe it, give ${options.scopeSource} covering the targets and the gateway; until then its VPN requirement stays unverified.`);
    }
    plan.resolve = async (name) => allowed.get(name.toLowerCase()) ?? options.resolve(name);
    return plan;
}

// EXTERNAL MODULE: ./src/session/budget.ts
var session_budget = __webpack_require__(1103);
;// CONCATENATED MODULE: ./src/session/judge-again.ts




/** What of a report is kept to judge it again. */
function judgedAgainOf(report) {
    return {
        findings: report.ports,
        scan: report.scan,
        startedAt: report.startedAt,
        durationMs: report.durationMs,
        partial: report.partial,
        ...(report.partialReason ? { partialReason: report.partialReason } : {}),
    };
}
const STOPPED = {
    interrupted: 'The scan was interrupted; this report covers only the ports probed before it stopped.',
    'max-duration': "The scan's time budget ran out; this report covers only what was probed and identified before it stopped, so it cannot pass.",
    'missing-shards': 'Shards of the scan are missing from this merged report; it covers only what the others probed, so it cannot pass.',
};
/**
 * Judge earlier findings again, without bringing anything up or probing (the action's
 * review mode: a review arrived, so the approvals may have changed). The policies and
 * the baseline are read again, the head's and the base's; only the findings are reused.
 */
async function judgeAgain(earlier, options) {
    const sources = { ...CLI_SESSION_SOURCES, ...options.sources };
    const { policy, baseline, base } = await loadRules(options, sources.baseline);
    const now = options.now ?? new Date();
    const context = {
        vantage: options.vantage ?? earlier.scan.vantage,
        now,
        gateways: [],
        ...(baseline ? { baseline } : {}),
        partial: earlier.partial,
        ...(options.failOn !== undefined ? { failOn: options.failOn, failOnFrom: sources.failOn } : {}),
    };
    const { evaluation, change } = await judge(earlier.findings, policy, context, {
        base,
        approve: options.base?.approve,
        logger: options.logger,
    });
    const started = new Date(earlier.startedAt);
    return buildReport({
        startedAt: started,
        finishedAt: new Date(started.getTime() + earlier.durationMs),
        partial: earlier.partial,
        ...(earlier.partial
            ? {
                stop: {
                    partial: earlier.partialReason ?? 'interrupted',
                    notice: STOPPED[earlier.partialReason ?? 'interrupted'],
                },
            }
            : {}),
        policy: {
            file: policy.file,
            mode: policy.mode,
            failOn: evaluation.gate.failOn,
            ...(evaluation.gate.from !== undefined ? { failOnFrom: evaluation.gate.from } : {}),
        },
        scan: earlier.scan,
        findings: earlier.findings,
        evaluation,
        context,
        change,
    });
}

// EXTERNAL MODULE: ./src/objects.ts
var objects = __webpack_require__(1383);
;// CONCATENATED MODULE: ./src/session/merge.ts










const VANTAGE_ORDER = ['untrusted', 'vpn', 'internal'];
const NO_RISK = Object.freeze([]);
const NO_EVIDENCE = Object.freeze({});
const endpointKey = (e) => `${e.protocol}|${e.host}|${e.port}`;
/** Merge shard and vantage reports into one report, judged once by the policy. */
async function mergeReports(options) {
    const logger = options.logger ?? model/* silentLogger */.qq;
    const read = options.read ?? ((file) => (0,promises_.readFile)(file, 'utf8'));
    if (options.reports.length === 0)
        throw new errors/* RuntimeFailure */.$c('merge: no reports to merge');
    const policy = options.policy ?? (await (0,src_policy/* loadPolicy */.tb)(options.policyFile));
    const baseline = options.baselineFile
        ? await loadBaseline(options.baselineFile, options.sources?.baseline ?? '--baseline')
        : undefined;
    const groups = new Map();
    let first = Infinity;
    let last = -Infinity;
    for (const file of options.reports) {
        // One report at a time: parsed, folded into its group, and let go.
        const report = (0,src_report/* parseReport */.MM)(await read(file), file);
        const started = Date.parse(report.startedAt);
        if (Number.isFinite(started)) {
            first = Math.min(first, started);
            last = Math.max(last, started + report.durationMs);
        }
        fold(groups, report, file);
    }
    const notices = [];
    const missingNotes = [];
    for (const g of order(groups)) {
        const missing = missingOf(g);
        const problems = [
            ...missing.map((k) => `shard ${k}/${g.count} is missing`),
            ...[...g.duplicated].map(([k, files]) => `shard ${k}/${g.count} appears more than once (${files.join(', ')})`),
        ];
        if (problems.length) {
            const what = `the ${g.vantage} vantage's scan${g.digest ? ` (${g.digest.slice(0, 19)}…)` : ''}`;
            if (!options.allowPartial)
                throw new errors/* RuntimeFailure */.$c(`merge: ${what}: ${problems.join('; ')}. Give every shard's report exactly once, or merge with ${options.sources?.allowPartial ?? '--allow-partial'} for a partial report that cannot pass.`);
            if (missing.length)
                missingNotes.push(`${(0,words/* noun */.jB)(missing.length, 'Shard')} ${missing.map((k) => `${k}/${g.count}`).join(', ')} of ${what} ${(0,words/* noun */.jB)(missing.length, 'is', 'are')} missing: this merged report covers only what the other shards probed (those ports are not observed), so it cannot pass.`);
            for (const [k, files] of g.duplicated)
                notices.push(`Shard ${k}/${g.count} of ${what} was given more than once; only the first (${g.shards.get(k)}) was merged, not ${files.join(', ')}.`);
        }
        if (g.resolvedDiffer.size)
            notices.push(`The shards of the ${g.vantage} vantage resolved ${[...g.resolvedDiffer].map((n) => `"${n}"`).join(', ')} to different addresses (${[...g.resolvedDiffer].map((n) => [...(g.resolved.get(n) ?? [])].join(' ')).join('; ')}); the split follows the address list, so each address is judged on the observations it has.`);
    }
    const list = order(groups);
    const multi = list.length > 1;
    const primary = list[0];
    const findings = [];
    for (const g of list)
        for (const f of g.findings.values())
            findings.push(multi ? { ...f, vantage: g.vantage } : f);
    sortFindings(findings);
    const views = new Map();
    for (const g of list)
        views.set(g.vantage, await viewOf(g));
    const observed = (e, v) => {
        const view = views.get(v);
        return view ? stateFrom(view, e) : undefined;
    };
    const partialReason = missingNotes.length
        ? 'missing-shards'
        : list.find((g) => g.partial)?.partial;
    const partial = partialReason !== undefined;
    const now = options.now ?? new Date();
    const context = {
        vantage: primary.vantage,
        now,
        partial,
        ...(baseline ? { baseline } : {}),
        ...(multi ? { observed } : {}),
        ...(options.failOn !== undefined
            ? { failOn: options.failOn, failOnFrom: options.sources?.failOn ?? '--fail-on' }
            : {}),
    };
    const { evaluation } = await run_judge(findings, policy, context, { logger });
    const observations = [];
    // Findings are sorted, so one endpoint's rows (one per vantage) are next to each other.
    const listViews = list.map((g) => views.get(g.vantage));
    let lastKey = '';
    for (const e of findings) {
        const key = endpointKey(e);
        if (key === lastKey)
            continue;
        lastKey = key;
        for (const view of listViews) {
            const o = {
                host: e.host,
                port: e.port,
                protocol: e.protocol,
                vantage: view.group.vantage,
                // A row of this vantage's own findings says its state itself: no lookup.
                state: !multi || e.vantage === view.group.vantage
                    ? e.state === 'open|filtered'
                        ? 'open|filtered'
                        : 'open'
                    : stateFrom(view, e, key),
            };
            if (e.hostname !== undefined)
                o.hostname = e.hostname;
            observations.push(o);
        }
    }
    const counts = list.reduce((sum, g) => {
        for (const k of Object.keys(sum))
            sum[k] = (sum[k] ?? 0) + (g.counts[k] ?? 0);
        return sum;
    }, { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 });
    const resolved = {};
    for (const g of list)
        for (const [name, addresses] of g.resolved)
            resolved[name] = [...new Set([...(resolved[name] ?? []), ...addresses])];
    const merged = {
        reports: options.reports.length,
        groups: list.map((g) => ({
            vantage: g.vantage,
            ...(g.digest ? { digest: g.digest } : {}),
            shards: g.count,
            present: [...g.shards.keys()].sort((a, b) => a - b),
            missing: missingOf(g),
            duplicated: [...g.duplicated.keys()].sort((a, b) => a - b),
        })),
    };
    const startedAt = Number.isFinite(first) ? new Date(first) : now;
    const report = (0,src_report/* buildReport */.FK)({
        startedAt,
        finishedAt: Number.isFinite(last) ? new Date(last) : startedAt,
        partial,
        ...(partialReason
            ? {
                stop: {
                    partial: partialReason,
                    notice: missingNotes.join(' ') ||
                        `A merged report was partial (${partialReason}); the merge covers only what it saw, so it cannot pass.`,
                },
            }
            : {}),
        notices,
        policy: {
            file: policy.file,
            mode: policy.mode,
            failOn: evaluation.gate.failOn,
            ...(evaluation.gate.from !== undefined ? { failOnFrom: evaluation.gate.from } : {}),
        },
        scan: {
            targets: [...new Set(list.flatMap((g) => g.targets))],
            ports: [...new Set(list.map((g) => g.ports))].join(' + '),
            vantage: primary.vantage,
            counts,
            ...(Object.keys(resolved).length ? { resolved } : {}),
            ...(!multi && primary.digest ? { digest: primary.digest } : {}),
            merged,
        },
        findings,
        evaluation,
        context,
    });
    report.observations = observations;
    logger.info(`merged ${(0,words/* plural */.LS)(options.reports.length, 'report')} from ${list.map((g) => `${g.vantage} (${g.shards.size}/${g.count} shards)`).join(', ')}: ${(0,words/* plural */.LS)(findings.length, 'open port')}`);
    return report;
}
/**
 * By address (in numeric order, as the prober sorts), protocol, port, then vantage. Each
 * address's sort key is made once and each row gets one number, so the sort compares numbers:
 * comparing addresses row against row parsed them again at every comparison (a million rows
 * made some twenty million keys, mostly garbage collection).
 */
function sortFindings(findings) {
    const hostKeys = new Map();
    for (const f of findings)
        if (!hostKeys.has(f.host))
            hostKeys.set(f.host, (0,src_targets/* addressSortKey */.s_)(f.host));
    // One rank per address text (two spellings of one address, never seen from the prober, keep
    // their rows apart), so one endpoint's rows stay next to each other.
    const ranks = new Map();
    [...hostKeys.keys()]
        .sort((a, b) => {
        const ka = hostKeys.get(a);
        const kb = hostKeys.get(b);
        return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    })
        .forEach((h, i) => ranks.set(h, i));
    const keys = new Float64Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
        const f = findings[i];
        const rank = ranks.get(f.host);
        keys[i] =
            ((rank * 2 + (f.protocol === 'tcp' ? 0 : 1)) * 65536 + f.port) * 4 +
                VANTAGE_ORDER.indexOf(f.vantage ?? 'untrusted');
    }
    const order = Array.from({ length: findings.length }, (_, i) => i);
    order.sort((a, b) => keys[a] - keys[b] || a - b);
    const sorted = order.map((i) => findings[i]);
    for (let i = 0; i < sorted.length; i++)
        findings[i] = sorted[i];
}
function order(groups) {
    return VANTAGE_ORDER.map((v) => groups.get(v)).filter((g) => g !== undefined);
}
function missingOf(g) {
    const out = [];
    for (let k = 1; k <= g.count; k++)
        if (!g.shards.has(k))
            out.push(k);
    return out;
}
/** Fold one report into its vantage's group, or refuse it when it belongs to another scan. */
function fold(groups, report, file) {
    const scan = report.scan;
    const shard = scan.shard ?? { index: 1, count: 1 };
    let g = groups.get(scan.vantage);
    if (!g) {
        g = {
            vantage: scan.vantage,
            digest: scan.digest,
            count: shard.count,
            shards: new Map(),
            duplicated: new Map(),
            targets: scan.targets,
            ports: scan.ports,
            resolved: new Map(),
            resolvedDiffer: new Set(),
            findings: new Map(),
            hosts: new Map(),
            others: new Map(),
            counts: { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 },
        };
        groups.set(scan.vantage, g);
    }
    else {
        const firstFile = g.shards.values().next().value ?? 'the first report';
        if (scan.digest !== g.digest)
            throw new errors/* RuntimeFailure */.$c(`merge: ${file} and ${firstFile} are both from the ${scan.vantage} vantage but from different scans (inputs digest ${scan.digest ?? 'none'} vs ${g.digest ?? 'none'}): the shards of one scan share their targets, ports, policy and options. Merge each scan's reports apart, or run the shards again with the same inputs.`);
        if (shard.count !== g.count)
            throw new errors/* RuntimeFailure */.$c(`merge: ${file} is shard ${shard.index}/${shard.count} but ${firstFile} is one of ${g.count} shards of the same scan (${scan.vantage} vantage): every shard job must use the same N.`);
    }
    if (g.shards.has(shard.index)) {
        g.duplicated.set(shard.index, [...(g.duplicated.get(shard.index) ?? []), file]);
        return;
    }
    g.shards.set(shard.index, file);
    if (report.partial)
        g.partial ??= report.partialReason ?? 'interrupted';
    for (const k of Object.keys(g.counts))
        g.counts[k] = (g.counts[k] ?? 0) + (scan.counts[k] ?? 0);
    for (const [name, addresses] of Object.entries(scan.resolved ?? {})) {
        const known = g.resolved.get(name);
        if (!known) {
            g.resolved.set(name, new Set(addresses));
            continue;
        }
        if (known.size !== addresses.length || addresses.some((a) => !known.has(a)))
            g.resolvedDiffer.add(name);
        for (const a of addresses)
            known.add(a);
    }
    for (const f of report.ports) {
        // One string per address, not one per row: a million rows name a few thousand addresses.
        f.host = g.hosts.get(f.host) ?? (g.hosts.set(f.host, f.host), f.host);
        // Most rows have no risk class and no evidence: they share one frozen empty of each.
        if (Array.isArray(f.risk) && f.risk.length === 0)
            f.risk = NO_RISK;
        if (typeof f.evidence === 'object' &&
            f.evidence !== null &&
            !Array.isArray(f.evidence) &&
            (0,objects/* isEmptyObject */.R)(f.evidence))
            f.evidence = NO_EVIDENCE;
        const key = endpointKey(f);
        // A port the listener table added shows up in every shard: keep the one that was probed.
        const had = g.findings.get(key);
        if (!had || (had.reason === 'listening' && f.reason !== 'listening'))
            g.findings.set(key, f);
    }
    for (const o of report.otherPorts ?? [])
        if (o.state === 'closed' || o.state === 'filtered')
            g.others.set(endpointKey(o), o.state);
}
async function viewOf(g) {
    const view = { group: g, tcp: new Map(), udp: new Map() };
    try {
        // The names' addresses as the shards recorded them: nothing is looked up again.
        view.targets = await (0,src_targets/* resolveTargets */.h5)(g.targets, {
            maxAddresses: LIMITS.maxAddresses.max,
            resolve: (name) => Promise.resolve([...(g.resolved.get(name) ?? [])]),
        });
        view.ports = (0,src_targets/* parsePorts */.Kq)(g.ports);
        view.ports.tcp.forEach((p, i) => view.tcp.set(p, i));
        view.ports.udp.forEach((p, i) => view.udp.set(p, i + view.ports.tcp.length));
    }
    catch {
        // A report whose targets cannot be read again: only its own open ports count as observed.
        view.targets = undefined;
    }
    if (view.targets && missingOf(g).length) {
        view.hostIndex = new Map();
        let i = 0;
        for (const h of view.targets.hosts())
            view.hostIndex.set(h.address, i++);
    }
    return view;
}
/** How an endpoint looked from a vantage: open, closed or filtered (or "not open"), or not observed at all. */
function stateFrom(view, e, key = endpointKey(e)) {
    const g = view.group;
    const found = g.findings.get(key);
    if (found)
        return found.state === 'open|filtered' ? 'open|filtered' : 'open';
    if (!view.targets || !view.targets.contains(e.host))
        return 'not observed';
    const j = (e.protocol === 'udp' ? view.udp : view.tcp).get(e.port);
    if (j === undefined)
        return 'not observed';
    if (view.hostIndex) {
        const h = view.hostIndex.get(e.host);
        if (h === undefined)
            return 'not observed';
        const task = h * (view.ports.tcp.length + view.ports.udp.length) + j;
        if (!g.shards.has((task % g.count) + 1))
            return 'not observed';
    }
    return g.others.get(key) ?? 'not open';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/session/git-base.ts


/**
 * A base read through git, from a checkout that has the base commit: the CLI's
 * `--base-ref`, and the action when actions/checkout fetched enough history.
 */
/** Largest file read at the base (a baseline may be a large JSON report). */
const MAX_BYTES = 64 * 1024 * 1024;
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            maxBuffer: MAX_BYTES,
            encoding: 'utf8',
            // `git replace` refs would let a checkout answer for the base with other content.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_REPLACE_OBJECTS: '1' },
        }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : 128) : 0;
            resolve({ code, stdout, stderr });
        });
    });
}
/** The commit `ref` names in the repository at `cwd`, or undefined when git or the commit is missing. */
async function resolveCommit(cwd, ref) {
    if (ref.startsWith('-'))
        return undefined;
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/**
 * Files at commit `commit` of the repository at `cwd`. `label` names the base in
 * messages; `source` names the flag or input that asked for it, for errors.
 */
async function gitBase(cwd, ref, options) {
    const top = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        throw new errors/* ConfigurationError */.j1({
            source: options.source,
            message: `${cwd} is not inside a git repository, so the base's files cannot be read`,
        });
    const root = top.stdout.trim();
    const commit = await resolveCommit(root, ref);
    if (!commit)
        throw new errors/* ConfigurationError */.j1({
            source: options.source,
            message: `${JSON.stringify(ref)} is not a commit of the repository at ${root} (fetch it first, e.g. git fetch origin main)`,
        });
    return {
        label: options.label ?? (commit.startsWith(ref) ? commit.slice(0, 7) : `${ref} @ ${commit.slice(0, 7)}`),
        root,
        async read(path) {
            const spec = `${commit}:${path}`;
            const exists = await git(root, ['cat-file', '-e', spec]);
            if (exists.code !== 0)
                return undefined;
            const blob = await git(root, ['cat-file', 'blob', spec]);
            if (blob.code !== 0)
                throw new Error(`git cat-file blob ${spec}: ${blob.stderr.trim()}`);
            return blob.stdout;
        },
        async committed(path) {
            return (await git(root, ['ls-files', '--error-unmatch', '--', path])).code === 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/session.ts















/**
 * One scan session, the same under both shells (DESIGN.md, "The pipeline"): the checks
 * that cost no packet, the policy and the baseline, signals and cancellation, bring-up
 * with compose-derived defaults, `run()`, teardown, and the report files asked for. The
 * CLI adds its flags and progress bar; the action its inputs, masking, post state and
 * publishing.
 */
/** What is probed when nothing says which ports (and compose publishes none). */
const DEFAULT_PORTS = 'top-1000';






async function runSession(options) {
    const logger = options.logger ?? model/* silentLogger */.qq;
    const sources = { ...sources_CLI_SESSION_SOURCES, ...options.sources };
    const env = options.environment;
    const maxDurationMs = options.maxDurationMs ?? session_budget/* DEFAULT_MAX_DURATION_MS */.LN;
    // Everything that costs no packet is checked before anything is brought up.
    checkRunOptions({ ...options, sources });
    checkMaxDuration(maxDurationMs, sources.maxDuration);
    if (options.ports !== undefined)
        (0,src_targets/* parsePorts */.Kq)(options.ports, { source: sources.ports });
    const scope = options.scope?.length ? (0,src_targets/* parseScope */.Sk)(options.scope, sources.scope) : undefined;
    const { policy, baseline, base } = await rules_loadRules(options, sources.baseline);
    // Nothing is probed, or waited for, outside the scope (names are looked up once for the session).
    const resolve = memoResolve(options.resolve ?? src_targets/* systemResolve */.SI);
    if (scope) {
        if (env?.waitFor.length)
            await checkWaitForScope(env.waitFor, scope, sources, resolve);
        await checkGatewaysInScope(policy.vpnGateways, scope, sources.scope, resolve);
    }
    // One listener per stage on this signal, not one per probe or connection (the fingerprint
    // stage shares one among all its connections: src/fingerprint/io.ts whenAborted), so the
    // default limit of 10 holds and Node has nothing to warn about.
    const controller = new AbortController();
    let interrupted;
    const onSignal = (sig) => {
        if (interrupted)
            process.exit(sig === 'SIGINT' ? 130 : 143);
        interrupted = sig;
        logger.warn(options.interrupt?.message(sig) ?? `${sig}: stopping the scan`);
        controller.abort();
    };
    if (options.interrupt) {
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
    }
    // What teardown must remove, recorded as soon as it exists.
    const started = {};
    let budget;
    let report;
    try {
        let targets = options.targets;
        let ports = options.ports;
        const notices = [];
        let listeners;
        env?.beforeStart?.();
        if (env && (env.start || env.composeFile || env.waitFor.length)) {
            const up = await bringUpWatched(env, {
                listenerTable: options.listenerTable !== false,
                // With a scope, wait-for reaches the addresses that were checked against it.
                lookup: scope ? lookupFrom(resolve) : undefined,
                logger,
                signal: controller.signal,
                onStarted: (what) => Object.assign(started, what),
            });
            notices.push(...up.notices);
            listeners = up.listeners;
            // Without targets, probe what compose publishes; without ports, its published ports.
            if (env.composeFile && (targets.length === 0 || ports === undefined)) {
                const discovered = (0,lifecycle/* composeTargets */.hb)(up.environment, env.composeFile);
                if (targets.length === 0)
                    targets = discovered.targets;
                ports ??= discovered.ports;
                logger.info(`probing what compose publishes: ${targets.join(', ')} ports ${ports}`);
            }
        }
        // The scan's time budget starts once the environment is up (wait-timeout bounded that).
        const stop = {
            partial: 'max-duration',
            notice: (0,session_budget/* budgetNotice */.Ev)(maxDurationMs, sources.maxDuration),
        };
        budget = setTimeout(() => {
            logger.warn(`the scan's time budget (${sources.maxDuration}) ran out; stopping the scan`);
            controller.abort(stop);
        }, maxDurationMs);
        const resolvedTargets = await (0,src_targets/* resolveTargets */.h5)(targets, {
            maxAddresses: options.maxAddresses,
            scope: options.scope,
            source: sources.targets,
            scopeSource: sources.scope,
            capSource: sources.maxAddresses,
            resolve,
        });
        // The declared VPN gateways are probed here, before evaluation, which stays pure; only
        // inside the targets and the scope.
        const gatewayPlan = await planGateways(policy.vpnGateways, {
            targets: resolvedTargets,
            scope,
            scopeSource: sources.scope,
            resolve,
        });
        notices.push(...gatewayPlan.notices);
        const gateways = policy.vpnGateways.length > 0
            ? [
                ...gatewayPlan.skipped,
                ...(gatewayPlan.probe.length
                    ? await checkVpnGateways(gatewayPlan.probe, {
                        signal: controller.signal,
                        timeoutMs: options.timeoutMs,
                        resolve: gatewayPlan.resolve,
                        logger,
                    })
                    : []),
            ]
            : [];
        const runOptions = {
            ...options,
            targets,
            ports: ports ?? DEFAULT_PORTS,
            policy,
            context: { gateways, ...(baseline ? { baseline } : {}) },
            base,
            approve: options.base?.approve,
            signal: controller.signal,
            sources,
            logger,
            resolvedTargets,
            listeners,
            notices,
        };
        report = options.scanGroup
            ? await logger.group(options.scanGroup, () => run(runOptions))
            : await run(runOptions);
    }
    finally {
        clearTimeout(budget);
        if (options.interrupt) {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
        if (env?.teardown && (env.stop || started.pid || started.composeFile)) {
            await logger.group('stop', () => (0,lifecycle/* tearDown */.xQ)({
                stop: env.stop,
                pid: started.pid,
                composeFile: started.composeFile,
                cwd: env.cwd,
                secrets: env.secrets,
                logger,
            }));
        }
    }
    const result = { report, unwritten: [] };
    if (interrupted)
        result.interrupted = interrupted;
    else if (report.partialReason === 'max-duration')
        result.budgetExpired = { limitMs: maxDurationMs };
    result.unwritten = await writeReportFiles(report, options.files ?? {}, options.reporterOptions ?? {}, logger);
    if (options.writeBaseline) {
        // A partial scan would record closed-looking ports as gone: keep the old baseline instead.
        if (report.partial) {
            logger.warn(`the scan ${report.partialReason === 'max-duration' ? 'ran out of time' : 'was interrupted'}; not writing the baseline ${options.writeBaseline}`);
        }
        else {
            const written = (0,src_policy/* baselineFromVerdicts */.kx)(report.verdicts, { policy: report.policy.file });
            await (0,src_report/* writeFileAtomic */.Zf)(options.writeBaseline, (0,src_policy/* serializeBaseline */.ky)(written));
            const n = written.entries.length;
            logger.info(`wrote ${(0,words/* plural */.LS)(n, 'entry', 'entries')} to ${options.writeBaseline}`);
            result.baselineWritten = { file: options.writeBaseline, entries: n };
        }
    }
    return result;
}
function checkMaxDuration(ms, source) {
    if (!Number.isFinite(ms) || ms < session_budget/* MAX_DURATION_LIMITS */.TK.min || ms > session_budget/* MAX_DURATION_LIMITS */.TK.max)
        throw new errors/* ConfigurationError */.j1({
            source,
            message: `${ms} ms is out of range: a duration from 1s to 6h`,
        });
}


/***/ })

};
