import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 974;
export const ids = [974];
export const modules = {

/***/ 3974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hH: () => (/* reexport */ MAX_SHARDS),
  s_: () => (/* reexport */ targets_address/* addressSortKey */.s_),
  sO: () => (/* reexport */ addressesOf),
  xF: () => (/* reexport */ inputDigest),
  Kq: () => (/* reexport */ ports/* parsePorts */.K),
  Sk: () => (/* reexport */ parseScope),
  uK: () => (/* reexport */ parseShard),
  Tu: () => (/* reexport */ planListeners),
  N_: () => (/* binding */ probeTasks),
  h5: () => (/* reexport */ resolveTargets),
  di: () => (/* reexport */ shard_shardTaskCount),
  SI: () => (/* reexport */ systemResolve)
});

// UNUSED EXPORTS: DEFAULT_MAX_ADDRESSES, TOP_TCP_PORTS, TOP_UDP_PORTS, canonicalAddress, compareAddresses, parsePortTerm, taskCount

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/shard.ts


/**
 * Shards: one part of a scan's (address, port, protocol) space, run by one job of a matrix
 * (`--shard K/N`). The probe tasks are numbered in the order probeTasks() yields them (host by
 * host, each host's TCP then UDP ports); shard K of N takes the tasks whose number is K-1
 * modulo N. So the split is deterministic (the same inputs give the same parts), the parts
 * differ by at most one probe, and one host's ports are dealt out over all the shards, so
 * that no shard hammers one host. The split needs the same address list in every shard: a
 * name that resolved differently moves the split of the addresses after it, and the merge
 * says so (each address is then judged on the observations it has).
 */
/** The most shards one scan may be split into (GitHub allows 256 jobs in a matrix; several matrices may share a scan). */
const MAX_SHARDS = 4096;
/** Parse `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS); errors name the flag or input. */
function parseShard(text, source) {
    const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1({
            source,
            message: `"${text}" ${why}: write K/N, this job's part K of N parts (1 ≤ K ≤ N ≤ ${MAX_SHARDS}), e.g. 2/8`,
        });
    };
    if (!m)
        return fail('is not a shard');
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS)
        return fail(`has ${count} parts`);
    if (index < 1 || index > count)
        return fail(`names part ${index} of ${count}`);
    return { index, count };
}
/** How many of `total` tasks shard `shard` takes. */
function shard_shardTaskCount(total, shard) {
    if (!shard)
        return total;
    const base = Math.floor(total / shard.count);
    return base + (shard.index - 1 < total % shard.count ? 1 : 0);
}
/** The first index at or after `from` that belongs to the shard. */
function firstInShard(from, shard) {
    const want = shard.index - 1;
    const offset = (((want - (from % shard.count)) % shard.count) + shard.count) % shard.count;
    return from + offset;
}
/**
 * A digest of what a scan was asked to do, excluding the shard and the vantage: the merge
 * checks that the shards of one vantage come from one scan. Key order does not matter.
 */
function inputDigest(inputs) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(stableJson(inputs)).digest('hex')}`;
}
function stableJson(value, path = []) {
    if (value === undefined || typeof value === 'function')
        return 'null';
    // Compiled policies point back at their parts: a reference to an enclosing object is named, not followed.
    if (typeof value === 'object' && value !== null && path.includes(value))
        return '"[cycle]"';
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (value instanceof RegExp)
        return JSON.stringify(String(value));
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    const inner = [...path, value];
    if (value instanceof Map)
        return stableJson([...value.entries()], inner);
    if (value instanceof Set)
        return stableJson([...value], inner);
    if (Array.isArray(value))
        return `[${value.map((v) => stableJson(v, inner)).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v, inner)}`).join(',')}}`;
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: ./src/targets/address.ts
var targets_address = __webpack_require__(9522);
// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/targets/hosts.ts




const DEFAULT_MAX_ADDRESSES = 65536;
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;
/** Every A and AAAA record, in the order the resolver gives them. */
async function systemResolve(hostname) {
    const answers = await (0,promises_.lookup)(hostname, { all: true, verbatim: true });
    return answers.map((a) => a.address);
}
/** Parses one target token (no commas, no `!`). Returns undefined when it is no target at all. */
function parseToken(token) {
    const written = (0,targets_address/* parseAddressText */.z0)(token);
    if (written.kind === 'cidr') {
        const { start, end } = (0,targets_address/* cidrBounds */.gW)(written.base, written.prefix);
        return { kind: 'interval', interval: { family: written.base.family, start, end } };
    }
    if (written.kind === 'address') {
        const a = written.address;
        return { kind: 'interval', interval: { family: a.family, start: a.value, end: a.value } };
    }
    // Ranges: 10.0.0.1-20 (last octet), 10.0.0.1-10.0.1.5, 2001:db8::1-2001:db8::ff.
    let text = token;
    if (text.startsWith('[') && text.endsWith(']'))
        text = text.slice(1, -1);
    const dash = text.indexOf('-');
    if (dash > 0 && !text.includes('/')) {
        const from = (0,targets_address/* parseAddress */.or)(text.slice(0, dash));
        if (from) {
            const rest = text.slice(dash + 1);
            let to;
            if (from.family === 4 && /^\d{1,3}$/.test(rest)) {
                const last = Number(rest);
                if (last > 255)
                    return 'bad-range';
                to = { family: 4, value: (from.value & ~0xffn) | BigInt(last) };
            }
            else {
                to = (0,targets_address/* parseAddress */.or)(rest);
            }
            if (!to || to.family !== from.family || to.value < from.value)
                return 'bad-range';
            return { kind: 'interval', interval: { family: from.family, start: from.value, end: to.value } };
        }
    }
    if (written.kind === 'invalid')
        return /^[\d.]+-[\d.]+$/.test(text) ? 'bad-range' : written;
    // A name whose last label is all digits is a mistyped address, not a hostname (parseAddressText says why).
    if (HOSTNAME.test(text))
        return { kind: 'hostname', hostname: text.toLowerCase().replace(/\.$/, '') };
    return undefined;
}
function size(i) {
    return i.end - i.start + 1n;
}
function compareIntervals(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
/** Sorts and merges overlapping or adjacent intervals (names are dropped: these are plain sets). */
function mergeIntervals(list) {
    const sorted = [...list].sort(compareIntervals);
    const out = [];
    for (const i of sorted) {
        const last = out[out.length - 1];
        if (last && last.family === i.family && i.start <= last.end + 1n) {
            if (i.end > last.end)
                last.end = i.end;
        }
        else {
            out.push({ family: i.family, start: i.start, end: i.end });
        }
    }
    return out;
}
/** `list` minus the merged, sorted intervals in `remove`; names carry over to what is left. */
function subtract(list, remove) {
    const out = [];
    for (const i of list) {
        let pieces = [i];
        for (const r of remove) {
            if (r.family !== i.family || r.end < i.start || r.start > i.end)
                continue;
            const next = [];
            for (const p of pieces) {
                if (r.end < p.start || r.start > p.end) {
                    next.push(p);
                    continue;
                }
                if (r.start > p.start)
                    next.push({ ...p, end: r.start - 1n });
                if (r.end < p.end)
                    next.push({ ...p, start: r.end + 1n });
            }
            pieces = next;
            if (pieces.length === 0)
                break;
        }
        out.push(...pieces);
    }
    return out;
}
function covers(set, family, start, end) {
    // `set` is merged, so a covered interval lies inside one member.
    return set.some((s) => s.family === family && s.start <= start && end <= s.end);
}
/**
 * Answers that are never a host to scan, refused from DNS unless a scope names them; an IPv6
 * address that encodes an IPv4 one (NAT64, 6to4, Teredo, mapped) is refused for what it encodes.
 */
function refusedReason(a) {
    const own = specialRange(a);
    if (own)
        return own;
    for (const v4 of (0,targets_address/* embeddedIPv4 */.sB)(a)) {
        const inner = specialRange({ family: 4, value: v4 });
        if (inner)
            return `an IPv6 encoding of ${(0,targets_address/* formatAddress */.M0)(4, v4)}, ${inner}`;
    }
    return undefined;
}
function specialRange(a) {
    if (a.family === 4) {
        const first = Number(a.value >> 24n);
        if (first === 0)
            return 'an unspecified address (0.0.0.0/8)';
        if (first >= 224 && first <= 239)
            return 'a multicast address';
        if (a.value === 0xffffffffn)
            return 'the broadcast address';
        if (a.value >> 16n === 0xa9fen)
            return 'a link-local address (169.254.0.0/16, cloud metadata lives here)';
        return undefined;
    }
    if (a.value === 0n)
        return 'the unspecified address (::)';
    if (a.value >> 120n === 0xffn)
        return 'a multicast address';
    if (a.value >> 118n === 0x3fan)
        return 'a link-local address (fe80::/10)';
    return undefined;
}
function findInterval(list, address) {
    const a = (0,targets_address/* parseAddress */.or)(address.replace(/^\[(.*)\]$/, '$1'));
    if (!a)
        return undefined;
    return list.find((i) => i.family === a.family && i.start <= a.value && a.value <= i.end);
}
function scopeIntervals(scope, source) {
    const parts = [];
    for (const raw of scope
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean)) {
        const p = parseToken(raw);
        if (p && typeof p === 'object' && p.kind === 'invalid')
            throw new errors/* ConfigurationError */.j1({ source, message: `${JSON.stringify(raw)} ${p.problem}` });
        if (!p || typeof p === 'string' || p.kind !== 'interval') {
            throw new errors/* ConfigurationError */.j1({
                source,
                message: `"${raw}" is not a CIDR block, an address or a range`,
            });
        }
        parts.push(p.interval);
    }
    return mergeIntervals(parts);
}
/** A scope (`--scope`, input scope) as a set; ConfigurationError naming `source` for a bad entry. */
function parseScope(scope, source = '--scope') {
    const intervals = scopeIntervals(scope, source);
    return {
        expressions: scope
            .flatMap((s) => s.split(','))
            .map((s) => s.trim())
            .filter(Boolean),
        contains: (address) => findInterval(intervals, address) !== undefined,
    };
}
/**
 * The addresses a host written by the user stands for: itself when it is an address
 * (`[v6]` too), else its A and AAAA records (IPv4-mapped answers read as IPv4), each once.
 */
async function addressesOf(host, resolve = systemResolve) {
    const literal = (0,targets_address/* parseAddress */.or)(host.replace(/^\[(.*)\]$/, '$1'));
    if (literal)
        return [(0,targets_address/* formatAddress */.M0)(literal.family, literal.value)];
    const out = [];
    for (const answer of await resolve(host)) {
        const a = (0,targets_address/* parseAddress */.or)(answer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'));
        if (!a)
            continue;
        const text = (0,targets_address/* formatAddress */.M0)(a.family, a.value);
        if (!out.includes(text))
            out.push(text);
    }
    return out;
}
/**
 * Expands target expressions (each element may be comma-separated) into a lazy set of
 * addresses: IPv4/IPv6 literals (`[::1]` too), CIDR blocks, ranges (`10.0.0.1-20`,
 * `10.0.0.1-10.0.1.5`), hostnames (every A and AAAA record), and exclusions written
 * with a leading `!` (`10.0.0.0/24,!10.0.0.1`). Throws ConfigurationError naming the
 * token at fault, and for any address outside the scope, the name it came from.
 */
async function resolveTargets(expressions, options = {}) {
    const source = options.source ?? '--targets';
    const scopeSource = options.scopeSource ?? '--scope';
    const capSource = options.capSource ?? '--max-addresses';
    const maxAddresses = BigInt(options.maxAddresses ?? DEFAULT_MAX_ADDRESSES);
    const resolve = options.resolve ?? systemResolve;
    const fail = (message, where = source) => {
        throw new errors/* ConfigurationError */.j1({ source: where, message });
    };
    const tokens = expressions.flatMap((e) => e.split(',')).map((t) => t.trim());
    const given = tokens.filter((t) => t.length > 0);
    const excludeTokens = (options.exclude ?? [])
        .flatMap((e) => e.split(','))
        .map((t) => t.trim())
        .filter(Boolean);
    if (given.filter((t) => !t.startsWith('!')).length === 0)
        fail(`"${expressions.join(',')}" names no targets`);
    const scope = options.scope?.length ? scopeIntervals(options.scope, scopeSource) : undefined;
    const includes = [];
    const names = [];
    const excludes = [];
    const excludeNames = [];
    const all = [...given.map((t) => ({ t, neg: false })), ...excludeTokens.map((t) => ({ t, neg: true }))];
    for (const { t, neg } of all) {
        let token = t;
        let negate = neg;
        if (token.startsWith('!')) {
            negate = true;
            token = token.slice(1).trim();
        }
        const parsed = parseToken(token);
        if (typeof parsed === 'object' && parsed.kind === 'invalid')
            fail(`${JSON.stringify(t)} ${parsed.problem}`);
        if (parsed === 'bad-range')
            fail(`"${t}" is not an address range (such as 10.0.0.1-20 or 10.0.0.1-10.0.0.20)`);
        if (parsed === undefined)
            fail(`"${t}" is not an IP address, a CIDR block, a range or a hostname`);
        const p = parsed;
        if (p.kind === 'interval') {
            if (!negate && size(p.interval) > maxAddresses) {
                fail(`"${t}" covers ${(0,words/* count */.U9)(size(p.interval))} addresses, more than the limit of ${(0,words/* count */.U9)(maxAddresses)} ` +
                    `(raise it with ${capSource}, or split the block)`);
            }
            if (negate)
                excludes.push(p.interval);
            else
                includes.push({ token: t, interval: p.interval });
        }
        else if (negate)
            excludeNames.push({ token: t, hostname: p.hostname });
        else
            names.push({ token: t, hostname: p.hostname });
    }
    // Literal addresses: the user named them, so only an explicit scope can refuse them.
    if (scope) {
        for (const { token, interval } of includes) {
            if (!covers(scope, interval.family, interval.start, interval.end)) {
                fail(`"${token}" is outside the scope ${options.scope.join(',')}`, source);
            }
        }
    }
    const resolved = {};
    const resolveName = async (token, hostname) => {
        let answers;
        try {
            answers = await resolve(hostname);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
                return fail(`"${token}": the name ${hostname} does not resolve (${code})`);
            }
            throw new errors/* RuntimeFailure */.$c(`cannot resolve ${hostname} (${code ?? String(err)})`, { cause: err });
        }
        const out = [];
        for (const answer of answers) {
            const a = (0,targets_address/* parseAddress */.or)(answer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'));
            if (!a)
                continue;
            if (out.some((o) => o.family === a.family && o.value === a.value))
                continue;
            out.push(a);
        }
        if (out.length === 0)
            fail(`"${token}": the name ${hostname} has no A or AAAA record`);
        return out;
    };
    const named = new Map();
    for (const { token, hostname } of names) {
        const answers = await resolveName(token, hostname);
        for (const a of answers) {
            const address = (0,targets_address/* formatAddress */.M0)(a.family, a.value);
            if (scope && !covers(scope, a.family, a.value, a.value)) {
                fail(`the name ${hostname} resolves to ${address}, which is outside the scope ${options.scope.join(',')}; ` +
                    `add it to ${scopeSource} if it is meant to be scanned`, source);
            }
            const special = refusedReason(a);
            if (special && !scope) {
                fail(`the name ${hostname} resolves to ${address}, ${special}; refusing to scan it ` +
                    `(name it in ${scopeSource} if it is meant to be scanned)`, source);
            }
        }
        resolved[hostname] = answers.map((a) => (0,targets_address/* formatAddress */.M0)(a.family, a.value));
        for (const a of answers) {
            const key = `${a.family}:${a.value}`;
            if (!named.has(key))
                named.set(key, { family: a.family, value: a.value, hostname });
        }
    }
    for (const { token, hostname } of excludeNames) {
        for (const a of await resolveName(token, hostname))
            excludes.push({ family: a.family, start: a.value, end: a.value });
    }
    // Literal addresses as merged intervals, with named addresses cut out and added back as points
    // that carry their name; then exclusions removed from both.
    const points = [...named.values()].map((n) => ({
        family: n.family,
        start: n.value,
        end: n.value,
        hostname: n.hostname,
    }));
    const literal = subtract(mergeIntervals(includes.map((i) => i.interval)), mergeIntervals(points));
    const removed = mergeIntervals(excludes);
    const intervals = subtract([...literal, ...points], removed).sort(compareIntervals);
    const count = intervals.reduce((n, i) => n + size(i), 0n);
    if (count > maxAddresses) {
        fail(`the targets cover ${(0,words/* count */.U9)(count)} addresses, more than the limit of ${(0,words/* count */.U9)(maxAddresses)} ` +
            `(raise it with ${capSource}, or split the scan)`);
    }
    if (count === 0n)
        fail(`"${given.join(',')}" leaves no addresses once the exclusions are removed`);
    return {
        expressions: given,
        count: Number(count),
        resolved,
        contains: (address) => findInterval(intervals, address) !== undefined,
        hostnameOf: (address) => findInterval(intervals, address)?.hostname,
        firstIn(cidr) {
            const block = parseToken(cidr);
            if (!block || typeof block === 'string' || block.kind !== 'interval')
                return undefined;
            const b = block.interval;
            for (const i of intervals) {
                if (i.family !== b.family || i.end < b.start || i.start > b.end)
                    continue;
                return (0,targets_address/* formatAddress */.M0)(i.family, i.start > b.start ? i.start : b.start);
            }
            return undefined;
        },
        *hosts() {
            for (const i of intervals) {
                for (let v = i.start; v <= i.end; v++) {
                    const address = (0,targets_address/* formatAddress */.M0)(i.family, v);
                    yield i.hostname ? { address, hostname: i.hostname } : { address };
                }
            }
        },
    };
}

// EXTERNAL MODULE: ./src/targets/ports.ts
var ports = __webpack_require__(5822);
;// CONCATENATED MODULE: ./src/targets/listeners.ts

const isLoopback = (address) => {
    const a = (0,targets_address/* parseAddress */.or)(address);
    if (!a)
        return false;
    return a.family === 4 ? a.value >> 24n === 127n : a.value === 1n;
};
const familyOf = (address) => (address.includes(':') ? 6 : 4);
function planListeners(listeners, options) {
    const { targets, ports, scope } = options;
    // The runner's addresses that are targets, lowest first, per family (loopback ones included).
    const localTargets = (family) => {
        const out = options.localAddresses.filter((a) => familyOf(a) === family && !a.toLowerCase().startsWith('fe80:') && targets.contains(a));
        const loop = targets.firstIn(family === 4 ? '127.0.0.0/8' : '::1/128');
        if (loop && !out.includes(loop))
            out.unshift(loop);
        return out;
    };
    const local = { 4: localTargets(4), 6: localTargets(6) };
    const targetsLoopback = local[4].some(isLoopback) || local[6].some(isLoopback);
    const plan = { probe: [], covered: [], tableOnly: [] };
    const planned = new Set();
    for (const l of listeners) {
        let at;
        if (l.wildcard) {
            const families = l.address === '::' ? [6, 4] : [4];
            at = families.flatMap((f) => local[f].slice(0, 1));
        }
        else if (targets.contains(l.address) || (targetsLoopback && isLoopback(l.address))) {
            at = [l.address];
        }
        else
            at = [];
        if (at.length === 0) {
            plan.tableOnly.push({ ...l, why: 'outside the targets' });
            continue;
        }
        const inScope = scope ? at.filter((a) => scope.contains(a)) : at;
        if (inScope.length === 0) {
            plan.tableOnly.push({ ...l, why: 'outside the scope' });
            continue;
        }
        for (const host of inScope) {
            const key = `${l.protocol}|${host}|${l.port}`;
            if (planned.has(key))
                continue;
            planned.add(key);
            const hostname = targets.hostnameOf(host);
            const task = hostname
                ? { host, hostname, port: l.port, protocol: l.protocol }
                : { host, port: l.port, protocol: l.protocol };
            const scanned = targets.contains(host) && ports[l.protocol].includes(l.port);
            (scanned ? plan.covered : plan.probe).push(task);
        }
    }
    return plan;
}

// EXTERNAL MODULE: ./src/targets/top-ports.ts
var top_ports = __webpack_require__(1772);
;// CONCATENATED MODULE: ./src/targets/index.ts







/** How many probes probeTasks(targets, ports, shard) yields. */
function taskCount(targets, ports, shard) {
    return shardTaskCount(targets.count * ports.count, shard);
}
/**
 * Every (address, port, protocol) to probe, host by host: TCP ports, then UDP ports, each in
 * ascending order. A generator, so a /20 times all ports costs no memory until it is pulled.
 * With a shard, only its part (src/targets/shard.ts): a host's tasks are stepped through N at
 * a time, never generated and dropped.
 */
function* probeTasks(targets, ports, shard) {
    const perHost = ports.tcp.length + ports.udp.length;
    const step = shard?.count ?? 1;
    let hostStart = 0;
    for (const host of targets.hosts()) {
        let j = shard ? firstInShard(hostStart, shard) - hostStart : 0;
        hostStart += perHost;
        for (; j < perHost; j += step) {
            const tcp = j < ports.tcp.length;
            const port = tcp ? ports.tcp[j] : ports.udp[j - ports.tcp.length];
            const protocol = tcp ? 'tcp' : 'udp';
            yield host.hostname
                ? { host: host.address, hostname: host.hostname, port, protocol }
                : { host: host.address, port, protocol };
        }
    }
}


/***/ })

};
