import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 420;
export const ids = [420];
export const modules = {

/***/ 1383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ isEmptyObject)
/* harmony export */ });
/** Whether an object has no enumerable key, without building the list of its keys (a hot-path test). */
function isEmptyObject(o) {
    for (const _ in o)
        return false;
    return true;
}


/***/ }),

/***/ 4887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   kx: () => (/* binding */ baselineFromVerdicts),
/* harmony export */   ky: () => (/* binding */ serializeBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline)
/* harmony export */ });
/* unused harmony export endpointKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8095);



const MAX_BASELINE_BYTES = 32 * 1024 * 1024;
function endpointKey(v) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .endpoint */ .sR)(v).toLowerCase();
}
/**
 * The baseline of an evaluation: every verdict of a finding except those that are already "gone",
 * each with the policy's judgement (a report written before `judged` existed gives its outcome).
 */
function baselineFromVerdicts(verdicts, options = {}) {
    const entries = [];
    const seen = new Set();
    for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i];
        if (v.baseline === 'gone')
            continue;
        const key = endpointKey(v);
        if (seen.has(key))
            continue;
        seen.add(key);
        entries.push({
            key,
            host: v.host,
            hostname: v.hostname,
            port: v.port,
            protocol: v.protocol,
            ...(v.service ? { service: v.service } : {}),
            ...(v.product ? { product: v.product } : {}),
            outcome: v.judged ?? v.outcome,
            rule: v.rule,
            message: v.message,
        });
    }
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
        version: 1,
        createdAt: (options.now ?? new Date()).toISOString(),
        policy: options.policy,
        entries,
    };
}
/** A baseline as its file holds it. */
function serializeBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
/** A service or product name in a baseline: absent, or a bounded string (the file may come from anywhere). */
const optionalName = (v) => v === undefined || (typeof v === 'string' && v.length <= 1000);
function isEntry(e) {
    if (e === null || typeof e !== 'object')
        return false;
    const o = e;
    return (typeof o.key === 'string' &&
        typeof o.host === 'string' &&
        typeof o.port === 'number' &&
        (o.protocol === 'tcp' || o.protocol === 'udp') &&
        (o.outcome === 'pass' || o.outcome === 'warn' || o.outcome === 'fail') &&
        typeof o.rule === 'object' &&
        o.rule !== null &&
        typeof o.message === 'string' &&
        optionalName(o.service) &&
        optionalName(o.product));
}
/** Parse a baseline; a bad file is the user's to fix (exit 2). */
function parseBaseline(text, file) {
    if (text.length > MAX_BASELINE_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1({
            source: file,
            message: `the baseline is larger than ${MAX_BASELINE_BYTES >> 20} MiB`,
        });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1({
            source: file,
            message: `the baseline is not JSON (${err instanceof Error ? err.message : String(err)}); write one with --write-baseline`,
        });
    }
    const o = data;
    if (!o || typeof o !== 'object' || o.version !== 1 || !Array.isArray(o.entries))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1({
            source: file,
            message: 'the baseline is not a Portcullis baseline (version 1 with entries); write one with --write-baseline',
        });
    const bad = o.entries.findIndex((e) => !isEntry(e));
    if (bad !== -1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1({
            source: file,
            path: `entries[${bad}]`,
            message: 'is not a baseline entry (key, host, port, protocol, outcome, rule, message)',
        });
    return {
        version: 1,
        createdAt: String(o.createdAt ?? ''),
        policy: typeof o.policy === 'string' ? o.policy : undefined,
        entries: o.entries,
    };
}
/**
 * Mark each verdict new or unchanged against the baseline (worse than it was
 * counts as new), and add a "gone" verdict for each endpoint of the baseline
 * this scan did not see. Returns the notices.
 */
function compareWithBaseline(verdicts, baseline, options) {
    if (!baseline) {
        // With nothing to compare with, everything this scan objects to is new (DESIGN.md's JSON `new`).
        for (let i = 0; i < verdicts.length; i++) {
            const v = verdicts[i];
            v.new = (v.judged ?? v.outcome) !== 'pass';
        }
        return options.failOn === 'new'
            ? ['fail-on: new was given without a baseline, so every violation counts as new.']
            : [];
    }
    const notices = [];
    const before = new Map(baseline.entries.map((e) => [e.key, e]));
    const seen = new Set();
    for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i];
        const key = endpointKey(v);
        seen.add(key);
        const prev = before.get(key);
        // Judgement against judgement: the gate of either run has no say in what changed.
        const judged = v.judged ?? v.outcome;
        v.baseline = prev && _model_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTCOME_RANK */ .IQ[judged] <= _model_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTCOME_RANK */ .IQ[prev.outcome] ? 'unchanged' : 'new';
        v.new = v.baseline === 'new' && judged !== 'pass';
    }
    if (options.partial)
        notices.push('The scan was interrupted, so ports of the baseline that it did not see are not reported as gone.');
    for (const e of options.partial ? [] : baseline.entries) {
        if (seen.has(e.key))
            continue;
        verdicts.push({
            host: e.host,
            ...(e.hostname ? { hostname: e.hostname } : {}),
            port: e.port,
            protocol: e.protocol,
            ...(e.service ? { service: e.service } : {}),
            ...(e.product ? { product: e.product } : {}),
            outcome: 'pass',
            judged: 'pass',
            message: `${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .endpoint */ .sR)(e)} was open in the baseline (${e.outcome}, ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleName */ .oF)(e.rule)}) and is not open now`,
            rule: e.rule,
            requirements: {},
            baseline: 'gone',
            new: false,
        });
    }
    return notices;
}


/***/ }),

/***/ 8420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/policy/baseline.ts
var baseline = __webpack_require__(4887);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/fingerprint/products/table.ts
var table = __webpack_require__(605);
// EXTERNAL MODULE: ./src/services.ts
var services = __webpack_require__(439);
// EXTERNAL MODULE: ./src/objects.ts
var objects = __webpack_require__(1383);
;// CONCATENATED MODULE: ./src/policy/evidence.ts



function bool(e, key) {
    const v = e[key];
    return typeof v === 'boolean' ? v : undefined;
}
function list(e, key) {
    const v = e[key];
    return Array.isArray(v) ? v : undefined;
}
function str(e, key) {
    const v = e[key];
    return typeof v === 'string' ? v : undefined;
}
function serviceName(f) {
    return f.service?.name;
}
function isRemoteAccessFinding(f) {
    return (0,services/* isRemoteAccess */.VQ)(f.service?.name) || f.risk.includes('remote-access');
}
/** The product-table record of the product a finding names, when it names one Portcullis knows. */
function productRecord(f) {
    const p = f.service?.product;
    return p ? (0,table/* lookupProduct */.US)(p) : undefined;
}
/** Does a rule's `product:` list name the finding's product (case-insensitive; nmap's names too)? */
function productMatches(products, f) {
    const p = f.service?.product;
    if (!p)
        return false;
    const name = productRecord(f)?.name ?? p.trim().toLowerCase();
    return products.includes(name);
}
/** `when: { evidence }`: every key holds exactly that value (absent evidence holds nothing). */
function evidenceHolds(want, f) {
    for (const [k, v] of Object.entries(want))
        if (f.evidence[k] !== v)
            return false;
    return true;
}
/** The exchanges that proved what a conditional deny rests on (`<key>_proof` evidence), for its message. */
function proofsFor(keys, f) {
    const out = [];
    for (const k of keys) {
        const p = str(f.evidence, `${k}_proof`);
        if (p && !out.includes(p))
            out.push(p);
    }
    return out;
}
/** Facts that say whether a service lets anyone in: [key, the value that means it does, yes, no]. */
const AUTH_CHECKS = [
    ['ftp.anonymous', true, 'anonymous FTP login is accepted', 'anonymous FTP login is refused'],
    ['snmp.public', true, 'SNMP answers the community "public"', 'SNMP does not answer the community "public"'],
    ['vnc.no_auth', true, 'VNC offers security type None (no password)', 'VNC demands authentication'],
    ['ssh.none_auth', true, 'SSH accepts a login without any credential', 'SSH demands a credential'],
    [
        'mqtt.anonymous',
        true,
        'MQTT accepts a CONNECT without user name or password',
        'MQTT refuses a CONNECT without credentials',
    ],
    ['ldap.anonymous_bind', true, 'LDAP accepts an anonymous bind', 'LDAP refuses an anonymous bind'],
    ['rsync.modules_listed', true, 'rsync lists its modules to anyone', 'rsync lists no module to strangers'],
    ['jdwp.open', true, 'the JVM debugger answers anyone (no authentication exists)', 'JDWP refused us'],
    ['x11.open', true, 'X11 accepts a connection without authorisation', 'X11 demands authorisation'],
];
/** Does the service let anyone in? From the per-protocol facts the fingerprints record. */
function authState(f) {
    const e = f.evidence;
    const name = serviceName(f) ?? '';
    // No fact at all (a connect-only scan, a silent port): nothing below can hold.
    if ((0,objects/* isEmptyObject */.R)(e))
        return unknownAuth(name);
    // A product's own read (docker.unauthenticated) says more than the status of GET / (http.auth_required).
    const product = productRecord(f);
    const read = product ? bool(e, `${product.ns}.unauthenticated`) : undefined;
    if (product && read !== undefined) {
        const proof = str(e, `${product.ns}.unauthenticated_proof`);
        const by = proof ? `: ${proof}` : '';
        return read
            ? { state: 'none', detail: `${product.description} answers without authentication${by}` }
            : { state: 'required', detail: `${product.description} demands authentication${by}` };
    }
    const own = bool(e, `${name}.auth_required`);
    if (own !== undefined)
        return own
            ? { state: 'required', detail: `${name} demands authentication` }
            : { state: 'none', detail: `${name} answers without authentication` };
    for (const [key, bad, yes, no] of AUTH_CHECKS) {
        const v = bool(e, key);
        if (v !== undefined)
            return v === bad ? { state: 'none', detail: yes } : { state: 'required', detail: no };
    }
    if (list(e, 'ssh.auth_methods'))
        return { state: 'required', detail: 'SSH demands a credential' };
    for (const [key, value] of Object.entries(e)) {
        if (key.endsWith('.auth_required') && typeof value === 'boolean') {
            const svc = key.slice(0, -'.auth_required'.length);
            return value
                ? { state: 'required', detail: `${svc} demands authentication` }
                : { state: 'none', detail: `${svc} answers without authentication` };
        }
    }
    return unknownAuth(name);
}
/** One shared, frozen answer per service name: a large scan asks once per finding. */
const unknownByName = new Map();
function unknownAuth(name) {
    let a = unknownByName.get(name);
    if (!a) {
        a = Object.freeze({
            state: 'unknown',
            detail: `no probe showed whether ${name || 'this service'} demands authentication`,
        });
        // Names come from reports too (merge): keep the cache small whatever they hold.
        if (unknownByName.size < 1024)
            unknownByName.set(name, a);
    }
    return a;
}
function tlsNumber(v) {
    const m = /^(\d+)\.(\d+)$/.exec(v.trim());
    return m ? Number(m[1]) + Number(m[2]) / 10 : NaN;
}
/**
 * A TCP port that accepted our connection and said nothing to a probe of
 * this protocol: silence there is a proof, not a gap (`tls.silent`,
 * `http.silent`). UDP silence, and ports closed or filtered from this
 * vantage, never carry these keys, and keep their own meaning.
 */
function silentTcp(f, key) {
    return f.protocol === 'tcp' && f.state === 'open' && bool(f.evidence, key) === true;
}
function judgeTls(f, min, text) {
    const v = str(f.evidence, 'tls.version');
    const minText = min.toFixed(1);
    if (v === undefined && silentTcp(f, 'tls.silent')) {
        return {
            state: 'violated',
            detail: `the port accepted a connection, but the TLS probe got no reply, so it does not serve TLS ${minText} or newer (${text})`,
            fix: `Serve TLS ${minText} or newer on this port, or close it.`,
        };
    }
    if (v === undefined) {
        return {
            state: 'unverified',
            detail: `no TLS handshake was seen, so TLS ${minText} or newer (${text}) is not shown`,
            fix: `Serve TLS ${minText} or newer on this port, or check that the scan can reach it.`,
        };
    }
    const n = tlsNumber(v);
    if (!(n >= min))
        return {
            state: 'violated',
            detail: `TLS ${v} was negotiated, older than the required ${minText}`,
            fix: `Disable TLS versions older than ${minText} in the server's TLS settings.`,
        };
    return { state: 'verified', detail: `TLS ${v} was negotiated (at least ${minText})` };
}
function judgeRedirect(f) {
    const r = bool(f.evidence, 'http.redirects_to_https');
    const status = f.evidence['http.status'];
    if (r === true) {
        const host = str(f.evidence, 'http.location_host');
        return { state: 'verified', detail: `answers with a redirect to https://${host ? host + '/…' : ''}` };
    }
    if (r === false)
        return {
            state: 'violated',
            detail: `answers${typeof status === 'number' ? ` with status ${status}` : ''} instead of redirecting to HTTPS`,
            fix: 'Make this port answer every request with a redirect (301/308) to https://.',
        };
    if (status === undefined && silentTcp(f, 'http.silent'))
        return {
            state: 'violated',
            detail: 'the port accepted a connection, but the HTTP request got no reply, so it does not redirect to HTTPS',
            fix: 'Make this port answer every request with a redirect (301/308) to https://, or close it.',
        };
    return {
        state: 'unverified',
        detail: 'no HTTP answer was seen, so a redirect to HTTPS is not shown',
        fix: 'Make this port answer every request with a redirect (301/308) to https://.',
    };
}
function judgeAuth(f) {
    const a = authState(f);
    if (a.state === 'required')
        return { state: 'verified', detail: a.detail };
    if (a.state === 'none')
        return {
            state: 'violated',
            detail: a.detail,
            fix: `Turn on authentication for ${serviceName(f) ?? 'this service'} (a password, a key or client certificates) and keep it off the public network.`,
        };
    return {
        state: 'unverified',
        detail: a.detail,
        fix: `Check that ${serviceName(f) ?? 'the service'} demands authentication.`,
    };
}
/**
 * `outside`: how the port looked from the untrusted vantage, when a merged report holds a scan
 * from there too (src/session/merge.ts); undefined when none does.
 */
function judgeVpn(f, vantage, outside) {
    const what = serviceName(f) ?? 'this port';
    if (vantage === 'untrusted')
        return {
            state: 'violated',
            detail: `${what} is reachable from the untrusted vantage, so not only through a VPN`,
            fix: `Close this port to the internet and reach ${what} through the VPN gateway.`,
        };
    if (outside === 'open')
        return {
            state: 'violated',
            detail: `${what} is open from the ${vantage} vantage and from the untrusted vantage too, so not only through a VPN`,
            fix: `Close this port to the internet and reach ${what} through the VPN gateway.`,
        };
    if (outside === 'closed' || outside === 'filtered' || outside === 'not open')
        return {
            state: 'verified',
            detail: `${what} is open from the ${vantage} vantage and ${outside === 'not open' ? 'closed or filtered' : outside} from the untrusted vantage: reachable only from inside`,
        };
    if (outside === 'not observed' || outside === 'open|filtered')
        return {
            state: 'unverified',
            detail: outside === 'not observed'
                ? `${what} is open from the ${vantage} vantage; the untrusted vantage's scan did not probe it (not observed there), so nothing shows whether it is reachable without the VPN`
                : `${what} is open from the ${vantage} vantage; from the untrusted vantage it stayed silent (open|filtered), which proves neither`,
            fix: `Scan this port from the untrusted vantage too (a runner outside the private network), and merge the reports.`,
        };
    return {
        state: 'unverified',
        detail: `${what} is open from the ${vantage} vantage; only a scan from the untrusted vantage shows whether it is also reachable without the VPN`,
        fix: 'Scan from the untrusted vantage too (a runner outside the private network).',
    };
}
function judgeMfa(f) {
    const e = f.evidence;
    const name = serviceName(f);
    if (name === 'ssh' || e['ssh.auth_methods'] !== undefined) {
        const sshFix = 'Turn off password login and demand a second factor (sshd: AuthenticationMethods publickey,keyboard-interactive).';
        if (bool(e, 'ssh.partial_success') === true) {
            const second = list(e, 'ssh.second_factor_methods');
            return {
                state: 'verified',
                detail: `after the first factor the server demanded another${second?.length ? ` (${second.join(', ')})` : ''}`,
            };
        }
        if (bool(e, 'ssh.none_auth') === true)
            return { state: 'violated', detail: 'SSH accepts a login without any credential', fix: sshFix };
        if (bool(e, 'ssh.credentials_accepted') === true)
            return { state: 'violated', detail: 'the test credential alone completed the SSH login', fix: sshFix };
        const methods = list(e, 'ssh.auth_methods');
        if (bool(e, 'ssh.password_auth') === true || methods?.includes('password'))
            return { state: 'violated', detail: 'password login is offered as a first factor', fix: sshFix };
        return {
            state: 'unverified',
            detail: methods
                ? `SSH offers ${methods.join(', ')} first; whether a second factor follows shows only with test credentials`
                : 'no probe showed how SSH authenticates',
            fix: 'Give the scan test credentials (ssh) so it can see the second factor, or attest MFA with an exception.',
        };
    }
    if (name === 'vnc' || e['vnc.security_types'] !== undefined) {
        if (bool(e, 'vnc.no_auth') === true || list(e, 'vnc.security_types')?.includes('None'))
            return {
                state: 'violated',
                detail: 'VNC offers security type None (no password at all)',
                fix: 'Require VNC authentication and reach VNC only through the VPN.',
            };
        return {
            state: 'unverified',
            detail: 'VNC demands a password; no second factor can be seen',
            fix: 'Attest MFA with an exception if the VPN in front demands it.',
        };
    }
    if (name === 'rdp' || e['rdp.nla_required'] !== undefined) {
        if (bool(e, 'rdp.standard_security_allowed') === true || bool(e, 'rdp.nla_required') === false)
            return {
                state: 'violated',
                detail: 'RDP allows standard RDP security without NLA',
                fix: 'Require Network Level Authentication (NLA) and put an identity provider with MFA in front.',
            };
        return {
            state: 'unverified',
            detail: bool(e, 'rdp.nla_required')
                ? 'RDP requires NLA, but NLA alone is not a second factor'
                : 'no probe showed how RDP authenticates',
            fix: 'Attest MFA with an exception naming the identity provider in front of RDP.',
        };
    }
    if (name === 'telnet' || bool(e, 'telnet.open') === true)
        return {
            state: 'violated',
            detail: 'Telnet sends the login in cleartext and has no second factor',
            fix: 'Replace Telnet with SSH behind the VPN.',
        };
    if (name === 'winrm' && bool(e, 'winrm.basic_auth') === true)
        return {
            state: 'violated',
            detail: 'WinRM offers Basic authentication (a password alone)',
            fix: 'Turn off Basic authentication for WinRM.',
        };
    return {
        state: 'unverified',
        detail: `no probe can see a second factor on ${name ?? 'this service'}`,
        fix: 'Attest MFA with an exception, with a reason, an approver and an expiry date.',
    };
}

;// CONCATENATED MODULE: ./src/policy/identity.ts


const NONE = Object.freeze({ positive: undefined, denial: Object.freeze([]) });
/** Frozen answers shared by every finding they fit: a guess alone, or a name alone (bounded: names come from reports too). */
const guessed = new Map();
const identified = new Map();
function shared(cache, name, positive) {
    let names = cache.get(name);
    if (!names) {
        names = Object.freeze({ positive, denial: Object.freeze([name]) });
        if (cache.size < 1024)
            cache.set(name, names);
    }
    return names;
}
/** The registry's name for the service a finding names (aliases resolved). */
function canonicalService(f) {
    const n = f.service?.name;
    if (!n)
        return undefined;
    return (0,services/* lookupService */.os)(n)?.name ?? n.toLowerCase();
}
function serviceNames(f) {
    const named = canonicalService(f);
    const guess = (0,services/* serviceForPort */.K0)(f.port, f.protocol)?.name;
    if (!named || !f.service)
        return guess ? shared(guessed, guess, undefined) : NONE;
    if ((0,services/* identifiedBy */.R0)(f.service) === 'port')
        return { positive: undefined, denial: guess && guess !== named ? [named, guess] : [named] };
    const known = f.service.product ? (0,table/* lookupProduct */.US)(f.service.product) : undefined;
    // The common case, once per name: a service named by what it answered, nothing else to add.
    if (!known && (!guess || guess === named || !(0,services/* isTransportOnly */.k7)(named)))
        return shared(identified, named, named);
    const denial = (0,services/* isTransportOnly */.k7)(named) && guess && guess !== named ? [named, guess] : [named];
    // A product that is also a registered service (docker, elasticsearch) behind HTTP on any port is
    // still matched by deny rules that name that service: a fingerprint adds risk, never removes it.
    // Only a product of the table (named by what it answered), never any Server header's word.
    const product = known ? (0,services/* lookupService */.os)(known.name) : undefined;
    if (product && (0,services/* isTransportOnly */.k7)(named) && !denial.includes(product.name))
        denial.push(product.name);
    return { positive: named, denial };
}

// EXTERNAL MODULE: ./src/policy/match.ts
var match = __webpack_require__(6563);
// EXTERNAL MODULE: ./src/policy/words.ts
var policy_words = __webpack_require__(8095);
;// CONCATENATED MODULE: ./src/policy/requirements.ts




/** Shared by every verdict without requirements (read-only: a verdict's requirements are replaced, never edited). */
const NO_REQUIREMENTS = Object.freeze({});
function judgement(results) {
    const violated = [];
    const unverified = [];
    for (const k in results) {
        const state = results[k].state;
        if (state === 'violated')
            violated.push(k);
        else if (state === 'unverified')
            unverified.push(k);
    }
    return { results, violated, unverified };
}
function unverifiedOutcome(action) {
    return action === 'fail' ? 'fail' : action === 'warn' ? 'warn' : 'pass';
}
/** A violated requirement fails; an unverified one does what the policy's `unverified` says. */
function outcomeOf(judged, unverified) {
    if (judged.violated.length > 0)
        return 'fail';
    return judged.unverified.length > 0 ? unverifiedOutcome(unverified) : 'pass';
}
/** Judge one rule's requirements against a finding. */
function judgeRequirements(rule, f, vantage, outside) {
    const results = {};
    const req = rule.require;
    if (req.tls)
        results.tls = judgeTls(f, req.tls.min, req.tls.text);
    if (req.redirect)
        results.redirect = judgeRedirect(f);
    if (req.auth)
        results.auth = judgeAuth(f);
    if (req.vpn)
        results.vpn = judgeVpn(f, vantage, outside);
    if (req.mfa)
        results.mfa = judgeMfa(f);
    return judgement(results);
}
/** Worst last: where two sources judge one requirement, the worse state is the one that counts. */
const STATE_RANK = {
    verified: 0,
    attested: 1,
    unverified: 2,
    violated: 3,
};
/** Requirements of two sources together; on a shared key the worse state wins (the first on a tie). */
function mergeRequirements(a, b) {
    const keys = Object.keys(b);
    if (keys.length === 0)
        return a;
    const out = { ...a };
    for (const k of keys) {
        const prev = out[k];
        if (!prev || STATE_RANK[b[k].state] > STATE_RANK[prev.state])
            out[k] = b[k];
    }
    return out;
}
function badness(j) {
    return j.violated.length > 0 ? 2 : j.unverified.length > 0 ? 1 : 0;
}
/** Judge the requirement rules that match a finding (most specific first); undefined when none does. */
function judgeRequirementRules(rules, f, vantage, outside) {
    if (rules.length === 0)
        return undefined;
    let results = {};
    let worst;
    for (const rule of rules) {
        const judged = judgeRequirements(rule, f, vantage, outside);
        results = mergeRequirements(results, judged.results);
        if (!worst || badness(judged) > badness(worst.judged))
            worst = { rule, judged };
    }
    return { all: judgement(results), worst: worst, ruleIds: rules.map((r) => r.id) };
}
/** `remote_access.require` against a finding; undefined when it does not apply to it. */
function judgeRemoteAccess(ra, f, vantage, outside) {
    if (!ra || !(ra.vpn || ra.mfa) || !(0,match/* inVantage */.YD)(ra.vantages, vantage) || !isRemoteAccessFinding(f))
        return undefined;
    // Without facts, the judgement reads only the service's name, the vantage and the view from
    // outside: findings alike in those share one (a sweep of many hosts' SSH ports).
    let key;
    let shared;
    if ((0,objects/* isEmptyObject */.R)(f.evidence)) {
        key = `${f.service?.name ?? ''}\u0000${vantage}\u0000${outside ?? ''}`;
        shared = sharedRemote.get(ra);
        const hit = shared?.get(key);
        if (hit)
            return hit;
    }
    const results = {};
    if (ra.vpn)
        results.vpn = judgeVpn(f, vantage, outside);
    if (ra.mfa)
        results.mfa = judgeMfa(f);
    const judged = judgement(results);
    if (key !== undefined) {
        if (!shared)
            sharedRemote.set(ra, (shared = new Map()));
        // Shared by many verdicts: frozen, as the verdicts' requirements never change in place.
        if (shared.size < 1024) {
            shared.set(key, judged);
            const record = plain(results);
            for (const k in record)
                Object.freeze(record[k]);
            sharedPlain.set(judged, Object.freeze(record));
        }
    }
    return judged;
}
/** Remote-access judgements shared by findings without facts, per policy (see judgeRemoteAccess). */
const sharedRemote = new WeakMap();
/** The verdict form of each shared judgement's results, made once. */
const sharedPlain = new WeakMap();
/** plain(judged.results), shared when the judgement is. */
function plainOf(judged) {
    return sharedPlain.get(judged) ?? plain(judged.results);
}
/** The results as a verdict carries them (without the fixes, which go to the verdict's own `fix`). */
function plain(results) {
    const out = {};
    // Verdicts keep the details: flat strings, not ropes (words.ts flat).
    for (const k in results)
        out[k] = { state: results[k].state, detail: (0,policy_words/* flat */.Ct)(results[k].detail) };
    return out;
}
/** The fixes of these requirements, each once, in order, joined by spaces. */
function joinFixes(results, keys) {
    let out;
    for (let i = 0; i < keys.length; i++) {
        const fix = results[keys[i]].fix;
        if (!fix)
            continue;
        let seen = false;
        for (let j = 0; j < i && !seen; j++)
            seen = results[keys[j]].fix === fix;
        if (!seen)
            out = out === undefined ? fix : `${out} ${fix}`;
    }
    return out;
}
/** The violated requirements, then the unverified ones (the ones a verdict's words and fix name). */
function failing(judged) {
    if (judged.unverified.length === 0)
        return judged.violated;
    return judged.violated.length === 0 ? judged.unverified : judged.violated.concat(judged.unverified);
}
function requirementWords(rule, key) {
    switch (key) {
        case 'tls':
            return `it negotiates TLS ${rule.require.tls?.text ?? ''}`.trim();
        case 'redirect':
            return 'it only redirects to HTTPS';
        case 'auth':
            return 'it demands authentication';
        case 'vpn':
            return 'it is reachable only through a VPN';
        case 'mfa':
            return 'login needs a second factor';
        default:
            return key;
    }
}

;// CONCATENATED MODULE: ./src/policy/rule-index.ts

/**
 * The policy arranged for lookup, so that judging a large scan does not
 * test every rule against every finding: rules by port within each scope,
 * and, per host, the scopes and exceptions that can apply to it.
 */
/** Ranges wider than this go to the per-scope "wide" list instead of the per-port index. */
const INDEX_SPAN = 1024;
const indexCache = new WeakMap();
/** The key of a port in ScopeIndex.byPort. */
function portKey(port, protocol) {
    return protocol === 'tcp' ? port : 65536 + port;
}
/** Most specific first: targets before top-level rules, the policy file before its bases, then as written. */
function scopeOrder(a, b) {
    if (a.kind !== b.kind)
        return a.kind === 'target' ? -1 : 1;
    return a.layer - b.layer;
}
function buildIndex(policy) {
    const cached = indexCache.get(policy);
    if (cached)
        return cached;
    const scopes = policy.scopes
        .map((s, i) => ({ s, i }))
        .sort((a, b) => scopeOrder(a.s, b.s) || a.i - b.i)
        .map(({ s }) => s);
    let r = 0;
    const out = [];
    for (const scope of scopes) {
        const idx = { scope, byPort: new Map(), wide: [] };
        for (const rule of [...scope.deny, ...scope.allow, ...scope.requirements]) {
            rule.rank = r++;
            const span = rule.ports ? rule.ports.reduce((n, [a, b]) => n + b - a + 1, 0) : Infinity;
            if (span > INDEX_SPAN || !rule.ports) {
                idx.wide.push(rule);
                continue;
            }
            const protocols = rule.protocol === 'any' ? ['tcp', 'udp'] : [rule.protocol];
            for (const [a, b] of rule.ports) {
                for (let p = a; p <= b; p++) {
                    for (const proto of protocols) {
                        const key = portKey(p, proto);
                        const list = idx.byPort.get(key);
                        if (list)
                            list.push(rule);
                        else
                            idx.byPort.set(key, [rule]);
                    }
                }
            }
        }
        out.push(idx);
    }
    const index = { scopes: out, v4Cuts: v4Cuts(policy) };
    indexCache.set(policy, index);
    return index;
}
/**
 * The same policy without the index: every rule of a scope in its `wide` list and every host
 * tested on its own. For tests, which compare the indexed evaluation with it.
 */
function naiveIndex(policy) {
    const indexed = buildIndex(policy); // numbers the rules (`rank`) in the same order
    return {
        scopes: indexed.scopes.map(({ scope }) => ({
            scope,
            byPort: new Map(),
            wide: [...scope.deny, ...scope.allow, ...scope.requirements],
        })),
        v4Cuts: null,
    };
}
function v4Cuts(policy) {
    const matchers = [];
    for (const s of policy.scopes)
        if (s.hosts)
            matchers.push(...s.hosts);
    for (const e of policy.exceptions)
        if (e.match.host)
            matchers.push(e.match.host);
    const cuts = new Set([0]);
    for (const m of matchers) {
        if (m.v4 === undefined)
            return null;
        if (typeof m.v4 === 'string')
            continue;
        cuts.add(m.v4[0]);
        if (m.v4[1] < 0xffffffff)
            cuts.add(m.v4[1] + 1);
    }
    return Float64Array.from(cuts).sort();
}
/** The piece of the IPv4 space (an index into `cuts`) that holds `v4`. */
function v4Piece(cuts, v4) {
    let lo = 0;
    let hi = cuts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cuts[mid] <= v4)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * The scopes and exceptions that apply to one host. Hosts that share the same
 * set share one context object, so a /16 sweep costs one small entry per host.
 */
function hostContext(ref, index, policy, vantage, interned) {
    let signature = '';
    const scopes = [];
    for (let i = 0; i < index.scopes.length; i++) {
        const si = index.scopes[i];
        if (!(0,match/* inVantage */.YD)(si.scope.vantages, vantage))
            continue;
        const hosts = si.scope.hosts;
        let hit = hosts === null;
        if (!hit && hosts) {
            for (let j = 0; j < hosts.length && !hit; j++)
                hit = hosts[j].test(ref);
        }
        if (hit) {
            scopes.push(si);
            signature += `${i},`;
        }
    }
    const targetNames = scopes.filter((s) => s.scope.kind === 'target').map((s) => s.scope.name);
    const exceptions = [];
    signature += '|';
    for (let i = 0; i < policy.exceptions.length; i++) {
        const e = policy.exceptions[i];
        if ((!e.match.host || e.match.host.test(ref)) &&
            (e.match.target === undefined || targetNames.includes(e.match.target))) {
            exceptions.push(e);
            signature += `${i},`;
        }
    }
    let fc = interned.get(signature);
    if (!fc) {
        fc = { scopes, targetNames, exceptions };
        interned.set(signature, fc);
    }
    return fc;
}

// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/policy/vpn-gateways.ts





/**
 * The declared VPN gateways (remote_access.vpn_gateways), judged from the
 * probes src/fingerprint/gateways.ts ran (context.gateways): a gateway that
 * answers as its kind, with no remote-access port open beside it, is what
 * verifies the VPN requirement. Evaluation only reads those results.
 */
const hostName = (h) => h.toLowerCase().replace(/\.$/, '');
/** Is this endpoint (a finding, a verdict, a probe's result) the gateway itself (allowed, since it is the way in)? */
function gatewayMatches(g, e) {
    if (g.port !== e.port || g.protocol !== e.protocol)
        return false;
    const h = hostName(g.host);
    return h === hostName(e.host) || (e.hostname !== undefined && h === hostName(e.hostname));
}
/**
 * Judge each declared gateway from its probe: the gateway's finding verdict
 * gets the VPN result, or a verdict of its own is added when the scan did not
 * see it. Returns the notices for gateways that could not be judged.
 */
function judgeGateways(findings, verdicts, policy, checks, vantage) {
    const gateways = policy.vpnGateways;
    if (gateways.length === 0)
        return [];
    if (!checks) {
        return [
            `The ${(0,words/* plural */.LS)(gateways.length, 'declared VPN gateway was', 'declared VPN gateways were')} not probed in this run, so the VPN requirement stays unverified.`,
        ];
    }
    const notices = [];
    const remoteOpen = findings.some((f) => isRemoteAccessFinding(f));
    for (const g of gateways) {
        const check = checks.find((c) => gatewayMatches(g, c));
        const where = (0,policy_words/* endpoint */.sR)({ host: g.host, port: g.port, protocol: g.protocol });
        if (!(0,model/* isProbedGatewayKind */.B6)(g.kind)) {
            notices.push(`The ${g.kind} gateway ${where} cannot be proven by a probe; its VPN requirement stays unverified.`);
            continue;
        }
        if (!check) {
            notices.push(`The ${g.kind} gateway ${where} was not probed, so the VPN requirement stays unverified.`);
            continue;
        }
        const vpnState = vpnRequirement(g, check, remoteOpen, vantage);
        const findingVerdict = verdicts.find((x) => gatewayMatches(g, x));
        if (findingVerdict)
            findingVerdict.requirements = { ...findingVerdict.requirements, vpn: vpnState };
        else
            verdicts.push(gatewayVerdict(g, check, vpnState, policy, where));
    }
    return notices;
}
/** Only the untrusted vantage can show that remote access is closed to whoever bypasses the gateway. */
function vpnRequirement(g, check, remoteOpen, vantage) {
    if (!check.answered)
        return { state: 'unverified', detail: `the gateway did not answer as ${g.kind}: ${check.detail}` };
    if (remoteOpen && vantage === 'untrusted')
        return {
            state: 'violated',
            detail: `the gateway answers as ${g.kind}, but remote access is also open without it`,
        };
    if (vantage === 'untrusted')
        return {
            state: 'verified',
            detail: `the gateway answers as ${g.kind} and no remote-access port is open from the untrusted vantage`,
        };
    return {
        state: 'unverified',
        detail: `the gateway answers as ${g.kind}; only a scan from the untrusted vantage shows remote access is closed without it`,
    };
}
function gatewayVerdict(g, check, vpnState, policy, where) {
    const ra = policy.remoteAccess;
    const outcome = check.answered ? 'pass' : unverifiedOutcome(ra?.unverified ?? policy.unverified);
    const v = {
        host: g.host,
        port: g.port,
        protocol: g.protocol,
        outcome,
        message: check.answered
            ? `The declared ${g.kind} VPN gateway ${where} answers as ${g.kind}`
            : `The declared ${g.kind} VPN gateway ${where} did not answer as ${g.kind}, so remote access through it is unverified: ${check.detail}`,
        rule: g.rule,
        requirements: { vpn: vpnState },
    };
    if (outcome !== 'pass') {
        v.severity = ra?.severity ?? 'high';
        v.fix = `Check that the gateway runs and listens on ${g.port}/${g.protocol}, or correct its entry in ${g.rule.file}.`;
    }
    return v;
}

;// CONCATENATED MODULE: ./src/policy/decide.ts










/** Does one of the rule's services name the finding, as identity.ts lets a rule of its kind? */
function servicesMatch(services, kind, names) {
    if (kind === 'allow')
        return names.positive !== undefined && services.includes(names.positive);
    for (const n of names.denial)
        if (services.includes(n))
            return true;
    return false;
}
function ruleMatches(rule, f, names, vantage) {
    if (rule.protocol !== 'any' && rule.protocol !== f.protocol)
        return false;
    if (rule.ports && !(0,match/* portInRanges */.fK)(f.port, rule.ports))
        return false;
    if (rule.services && !servicesMatch(rule.services, rule.kind, names))
        return false;
    if (!(0,match/* inVantage */.YD)(rule.vantages, vantage))
        return false;
    if (rule.whenNoAuth && authState(f).state !== 'none')
        return false;
    if (rule.products && !productMatches(rule.products, f))
        return false;
    if (rule.whenEvidence && !evidenceHolds(rule.whenEvidence, f))
        return false;
    return true;
}
/** What proved the facts a conditional deny rests on: " (shown by GET /version → 200 …)". */
function shownBy(deny, f) {
    if (!deny.whenEvidence && !deny.whenNoAuth)
        return '';
    const keys = Object.keys(deny.whenEvidence ?? {});
    const product = productRecord(f);
    if (deny.whenNoAuth && product)
        keys.push(`${product.ns}.unauthenticated`);
    const proofs = proofsFor(keys, f);
    return proofs.length ? ` (shown by ${proofs.join('; ')})` : '';
}
/**
 * `outside`: in a report merged from several vantages, how this port looked from the untrusted
 * vantage (what verifies or violates `vpn` for a port seen open from `vpn` or `internal`).
 */
function decide(f, policy, fc, vantage, outside) {
    const names = serviceNames(f);
    const service = names.positive ?? names.denial[0];
    const where = (0,policy_words/* endpoint */.sR)(f);
    const what = (0,policy_words/* label */.Pf)(f);
    const { deny, allows, requirements } = matchingRules(f, fc, names, vantage);
    // Remote access requirements apply whatever rule allows the port.
    const ra = policy.remoteAccess;
    const remote = judgeRemoteAccess(ra, f, vantage, outside);
    // Requirement rules, too: they add to any verdict and never allow a port.
    const required = judgeRequirementRules(requirements, f, vantage, outside);
    if (deny) {
        // The denial decides; what the requirements proved stays on the verdict, so an exception
        // that waives the denial cannot silently waive a proven violation with it.
        let results = remote ? plainOf(remote) : NO_REQUIREMENTS;
        if (required)
            results = mergeRequirements(results, plain(required.all.results));
        return {
            outcome: 'fail',
            severity: deny.severity,
            message: `${what} on ${where} is denied by ${(0,policy_words/* ruleName */.oF)(deny.ref)}: ${deny.reason ?? 'no reason given'}${shownBy(deny, f)}`,
            fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host} or stop the service; if it must stay open, add an exception with a reason, an approver and an expiry date.`,
            rule: deny.ref,
            requirements: results,
            ruleIds: required ? [deny.id, ...required.ruleIds] : [deny.id],
        };
    }
    let gateway;
    for (let i = 0; i < policy.vpnGateways.length && !gateway; i++)
        if (gatewayMatches(policy.vpnGateways[i], f))
            gateway = policy.vpnGateways[i];
    if (gateway) {
        return {
            outcome: 'pass',
            message: `${what} on ${where} is the declared ${gateway.kind} VPN gateway (${gateway.rule.file}:${gateway.rule.line})`,
            rule: gateway.rule,
            requirements: NO_REQUIREMENTS,
            ruleIds: [gateway.rule.id, 'remote_access'],
        };
    }
    // No rule matched: the most specific default decides (remote access may still be worse).
    // When remote access fails the port, its words replace the base's: those are not written.
    const words = !(remote && ra && outcomeOf(remote, ra.unverified) === 'fail');
    const base = allowedBy(allows, f, policy, vantage, what, where, words, outside) ??
        byDefault(f, policy, fc, what, where, service, words);
    const guarded = remote && ra ? withRemoteAccess(base, remote, ra, what, where) : base;
    return required ? withRequirementRules(guarded, required, policy, what, where) : guarded;
}
const NO_RULES = [];
/** The most specific deny that matches, the allows that match, most specific first, and the requirement rules that match. */
function matchingRules(f, fc, names, vantage) {
    let deny;
    // Most findings match no allow or requirement rule: the shared empty list until one does.
    let allows = NO_RULES;
    let requirements = NO_RULES;
    const key = portKey(f.port, f.protocol);
    for (const si of fc.scopes) {
        const candidates = si.byPort.get(key);
        for (let pass = candidates ? 0 : 1; pass < 2; pass++) {
            const list = pass === 0 ? candidates : si.wide;
            for (let i = 0; i < list.length; i++) {
                const rule = list[i];
                if (!ruleMatches(rule, f, names, vantage))
                    continue;
                if (rule.kind === 'deny') {
                    if (!deny || rule.rank < deny.rank)
                        deny = rule;
                }
                else if (rule.kind === 'allow') {
                    if (allows === NO_RULES)
                        allows = [];
                    allows.push(rule);
                }
                else {
                    if (requirements === NO_RULES)
                        requirements = [];
                    requirements.push(rule);
                }
            }
        }
    }
    if (allows.length > 1)
        allows.sort((a, b) => a.rank - b.rank);
    if (requirements.length > 1)
        requirements.sort((a, b) => a.rank - b.rank);
    return { deny, allows, requirements };
}
/** The first allow whose requirements hold passes; else the one that fails least, the most specific on a tie. */
function allowedBy(allows, f, policy, vantage, what, where, 
/** False: the caller replaces the message and fix (remote access failed the port). */
words, outside) {
    let best;
    for (const rule of allows) {
        const judged = judgeRequirements(rule, f, vantage, outside);
        const outcome = outcomeOf(judged, policy.unverified);
        const d = {
            outcome,
            severity: outcome === 'pass' ? undefined : rule.severity,
            message: words ? allowMessage(rule, judged, what, where) : '',
            fix: outcome === 'pass' || !words ? undefined : joinFixes(judged.results, failing(judged)),
            rule: rule.ref,
            requirements: plain(judged.results),
            ruleIds: [rule.id],
        };
        if (!best || model/* OUTCOME_RANK */.IQ[d.outcome] < model/* OUTCOME_RANK */.IQ[best.outcome])
            best = d;
        if (d.outcome === 'pass')
            break;
    }
    return best;
}
function allowMessage(rule, judged, what, where) {
    const details = (keys) => keys.map((k) => judged.results[k].detail).join('; ');
    const needs = (keys) => keys.map((k) => requirementWords(rule, k)).join(' and ');
    if (judged.violated.length > 0)
        return `${what} on ${where} is allowed by ${(0,policy_words/* ruleName */.oF)(rule.ref)} only if ${needs(judged.violated)}, but ${details(judged.violated)}`;
    if (judged.unverified.length > 0)
        return `${what} on ${where} is allowed by ${(0,policy_words/* ruleName */.oF)(rule.ref)} if ${needs(judged.unverified)}, which is unverified: ${details(judged.unverified)}`;
    const held = Object.keys(judged.results);
    return `${what} on ${where} is allowed by ${(0,policy_words/* ruleName */.oF)(rule.ref)}${held.length ? ` (${details(held)})` : ''}`;
}
/** Remote access decides when it is at least as bad as what the rules (or the default) said. */
function withRemoteAccess(base, remote, ra, what, where) {
    const raOutcome = outcomeOf(remote, ra.unverified);
    const own = plainOf(remote);
    const requirements = (0,objects/* isEmptyObject */.R)(base.requirements) ? own : { ...base.requirements, ...own };
    if (raOutcome === 'pass' || model/* OUTCOME_RANK */.IQ[raOutcome] < model/* OUTCOME_RANK */.IQ[base.outcome])
        return { ...base, requirements };
    const bad = failing(remote);
    let parts = '';
    for (let i = 0; i < bad.length; i++)
        parts += (i ? '; ' : '') + remote.results[bad[i]].detail;
    const needs = ra.vpn && ra.mfa
        ? 'through a VPN and with a second factor'
        : ra.vpn
            ? 'through a VPN'
            : ra.mfa
                ? 'with a second factor'
                : '';
    return {
        outcome: raOutcome,
        severity: ra.severity,
        message: raOutcome === 'fail'
            ? `${what} on ${where} is remote access, which ${(0,policy_words/* ruleName */.oF)(ra.ref)} allows only ${needs}, but ${parts}`
            : `${what} on ${where} is remote access, which ${(0,policy_words/* ruleName */.oF)(ra.ref)} allows only ${needs}; unverified: ${parts}`,
        fix: joinFixes(remote.results, bad),
        rule: ra.ref,
        requirements,
        ruleIds: ['remote_access', ...base.ruleIds],
    };
}
/**
 * Requirement rules add their results to the verdict, and decide it when they
 * are worse than what the rules and the default said. They never make it
 * better: a port that no rule allows fails whatever its requirements show.
 */
function withRequirementRules(base, required, policy, what, where) {
    const requirements = mergeRequirements(base.requirements, plain(required.all.results));
    const ruleIds = [...base.ruleIds, ...required.ruleIds];
    const worst = required.worst;
    const outcome = outcomeOf(worst.judged, policy.unverified);
    if (model/* OUTCOME_RANK */.IQ[outcome] <= model/* OUTCOME_RANK */.IQ[base.outcome])
        return { ...base, requirements, ruleIds };
    const { judged, rule } = worst;
    const details = (keys) => keys.map((k) => judged.results[k].detail).join('; ');
    const needs = (keys) => keys.map((k) => requirementWords(rule, k)).join(' and ');
    const bad = judged.violated.length > 0 ? judged.violated : judged.unverified;
    return {
        outcome,
        severity: rule.severity,
        message: judged.violated.length > 0
            ? `${what} on ${where} must meet ${(0,policy_words/* ruleName */.oF)(rule.ref)}: ${needs(bad)}, but ${details(bad)}`
            : `${what} on ${where} must meet ${(0,policy_words/* ruleName */.oF)(rule.ref)}: ${needs(bad)}, which is unverified: ${details(bad)}`,
        fix: joinFixes(judged.results, bad),
        rule: rule.ref,
        requirements,
        ruleIds: [rule.id, ...ruleIds.filter((id) => id !== rule.id)],
    };
}
function byDefault(f, policy, fc, what, where, service, 
/** False: the caller replaces the message and fix (remote access failed the port). */
words) {
    let def = policy.default;
    for (const si of fc.scopes) {
        if (si.scope.default) {
            def = si.scope.default;
            break;
        }
    }
    if (!words) {
        const outcome = def.action === 'allow' ? 'pass' : def.action === 'deny' ? 'fail' : 'warn';
        const severity = outcome === 'pass' ? undefined : def.severity;
        return {
            outcome,
            severity,
            message: '',
            rule: def.ref,
            requirements: NO_REQUIREMENTS,
            ruleIds: [def.ref.id],
        };
    }
    const auth = authState(f);
    const how = auth.state === 'none' ? 'is open without authentication' : 'is open';
    if (def.action === 'allow') {
        return {
            outcome: 'pass',
            message: `${what} on ${where} ${how}; no rule matches it and the default (${def.ref.file}:${def.ref.line}) allows it`,
            rule: def.ref,
            requirements: NO_REQUIREMENTS,
            ruleIds: [def.ref.id],
        };
    }
    return {
        outcome: def.action === 'deny' ? 'fail' : 'warn',
        severity: def.severity,
        message: `${what} on ${where} ${how} and no rule allows it`,
        fix: `Close ${f.port}/${f.protocol} on ${f.hostname ?? f.host}${service ? ` or bind ${service} to a private address` : ''}, or allow it with a rule in ${policy.file}.`,
        rule: def.ref,
        requirements: NO_REQUIREMENTS,
        ruleIds: [def.ref.id],
    };
}

// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/policy/exceptions.ts





/**
 * Exceptions, after the rules have decided: a valid one that matches turns a
 * failure into a pass (and an unverified requirement into an attested one);
 * an expired one fails the verdict, naming who must renew it. An exception
 * that matched nothing is a notice, so stale approvals get removed.
 *
 * Proofs beat claims: an exception is a claim, and it does not waive a
 * requirement a probe proved violated. The verdict stays failed and names
 * the proof, unless the exception says `waive: violated`; then it is a
 * warning that says a proven violation was waived, never a pass.
 */
const NO_EXCEPTIONS = Object.freeze([]);
function exceptionMatches(e, f, decision) {
    const m = e.match;
    if (m.ports && !(0,match/* portInRanges */.fK)(f.port, m.ports))
        return false;
    if (m.protocol && m.protocol !== 'any' && m.protocol !== f.protocol)
        return false;
    if (m.services) {
        // An exception loosens the gate, as an allow rule does: a port-number guess is not enough.
        const s = serviceNames(f).positive;
        if (!s || !m.services.includes(s))
            return false;
    }
    // A product, too, is only as good as an identification (it comes from an exchange only).
    if (m.products && !productMatches(m.products, f))
        return false;
    if (m.rule !== undefined && !decision.ruleIds.includes(m.rule) && decision.rule.id !== m.rule)
        return false;
    return true;
}
function isExpired(e, now) {
    return e.expiresAt !== null && now.getTime() > e.expiresAt;
}
const DAY_MS = 24 * 3600 * 1000;
/**
 * Why the governing policy refuses this exception's expiry (DESIGN.md, "Who may change
 * the rules"): `never` unless allow_permanent_exceptions, a date past max_exception_days
 * from the scan date. Undefined when it is within bounds (expired or not).
 */
function expiryRefusal(e, now, g) {
    const where = (ref, key, fallback) => ref ? `${key} in ${g.source}:${ref.line}` : `${fallback}; ${g.source} may set ${key}`;
    if (e.expiresAt === null) {
        if (g.allowPermanentExceptions)
            return undefined;
        return `expires never, which is not allowed (${where(g.refs.allowPermanentExceptions, 'allow_permanent_exceptions', 'permanent exceptions are off by default')})`;
    }
    if (e.malformedExpiry)
        return undefined;
    // By whole UTC days, as expiry dates are written: the scan's day plus the cap, through its last second.
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const last = today + (g.maxExceptionDays + 1) * DAY_MS - 1;
    if (e.expiresAt <= last)
        return undefined;
    const cap = new Date(last).toISOString().slice(0, 10);
    return `expires on ${e.expiresText}, later than ${g.maxExceptionDays} days after the scan date (${cap}; ${where(g.refs.maxExceptionDays, 'max_exception_days', `the default cap is ${types/* DEFAULT_MAX_EXCEPTION_DAYS */.b} days`)})`;
}
function expiredWords(e) {
    return e.malformedExpiry
        ? `has an expiry date that cannot be read (${JSON.stringify(e.expiresText)}), which counts as expired`
        : `expired on ${e.expiresText}`;
}
function exceptionName(e) {
    return `exception "${e.id}" (${e.ref.file}:${e.ref.line})`;
}
/** Apply the exceptions that match a finding (in policy order: the first valid one waives it). */
function applyExceptions(f, d, matching, now, governance) {
    if (d.outcome === 'pass' || matching.length === 0)
        return d;
    const valid = matching.find((e) => !isExpired(e, now) && !expiryRefusal(e, now, governance));
    if (!valid) {
        const e = matching[0];
        const refused = expiryRefusal(e, now, governance);
        if (refused)
            return {
                ...d,
                outcome: 'fail',
                severity: d.severity ?? 'high',
                message: `${(0,policy_words/* capitalize */.ZH)(exceptionName(e))} for ${(0,policy_words/* label */.Pf)(f)} on ${(0,policy_words/* endpoint */.sR)(f)} is invalid: it ${refused}; so ${(0,policy_words/* ruleName */.oF)(d.rule)} applies: ${d.message}`,
                fix: `Give the exception an expiry date within ${governance.maxExceptionDays} days of today, with a fresh approval from ${e.approvedBy}; or close the port.`,
                rule: e.ref,
            };
        return {
            ...d,
            outcome: 'fail',
            severity: d.severity ?? 'high',
            message: `${(0,policy_words/* capitalize */.ZH)(exceptionName(e))} for ${(0,policy_words/* label */.Pf)(f)} on ${(0,policy_words/* endpoint */.sR)(f)} ${expiredWords(e)}, so ${(0,policy_words/* ruleName */.oF)(d.rule)} applies again: ${d.message}`,
            fix: `Close the port, or renew the exception with a new expiry date and a fresh approval from ${e.approvedBy}.`,
            rule: e.ref,
        };
    }
    const proofs = Object.keys(d.requirements).filter((k) => d.requirements[k].state === 'violated');
    const proven = proofs.map((k) => `${k}: ${d.requirements[k].detail}`).join('; ');
    if (proofs.length > 0 && !valid.waiveViolated) {
        return {
            ...d,
            outcome: 'fail',
            severity: d.severity ?? 'high',
            message: `${(0,policy_words/* capitalize */.ZH)(exceptionName(valid))} matches ${(0,policy_words/* label */.Pf)(f)} on ${(0,policy_words/* endpoint */.sR)(f)}, but an exception does not waive what a probe proved violated (${proven}), so ${(0,policy_words/* ruleName */.oF)(d.rule)} still fails it: ${d.message}`,
            fix: `${d.fix ? `${d.fix} ` : ''}If the violation is accepted, add \`waive: violated\` to ${exceptionName(valid)}: the port is then reported as a warning, not a pass.`,
            requirements: attested(d.requirements, valid, false),
        };
    }
    const exception = {
        reason: valid.reason,
        approvedBy: valid.approvedBy,
        expires: valid.expiresText,
        rule: valid.ref,
    };
    if (valid.ticket !== undefined)
        exception.ticket = valid.ticket;
    if (proofs.length > 0) {
        return {
            ...d,
            outcome: 'warn',
            fix: undefined,
            message: `${(0,policy_words/* label */.Pf)(f)} on ${(0,policy_words/* endpoint */.sR)(f)} would break ${(0,policy_words/* ruleName */.oF)(d.rule)}; ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, waives a proven violation of ${proofs.join(' and ')} (waive: violated), so it is a warning: ${valid.reason}`,
            rule: valid.ref,
            requirements: attested(d.requirements, valid, true),
            exception,
        };
    }
    return {
        ...d,
        outcome: 'pass',
        severity: undefined,
        fix: undefined,
        message: `${(0,policy_words/* label */.Pf)(f)} on ${(0,policy_words/* endpoint */.sR)(f)} would break ${(0,policy_words/* ruleName */.oF)(d.rule)}, but ${exceptionName(valid)}, approved by ${valid.approvedBy} until ${valid.expiresText}, allows it: ${valid.reason}`,
        rule: valid.ref,
        requirements: attested(d.requirements, valid, false),
        exception,
    };
}
/** What the exception vouches for: unverified becomes attested; a violation stays one (marked waived under `waive: violated`). */
function attested(requirements, e, waived) {
    const out = {};
    for (const [k, r] of Object.entries(requirements)) {
        out[k] =
            r.state === 'unverified'
                ? {
                    state: 'attested',
                    detail: `${exceptionName(e)} attests it, approved by ${e.approvedBy}: ${e.reason}`,
                }
                : r.state === 'violated' && waived
                    ? { state: 'violated', detail: `${r.detail} (waived by ${exceptionName(e)} with waive: violated)` }
                    : r;
    }
    return out;
}
/** One notice per exception that matched no finding: it may be stale. */
function unusedExceptionNotices(policy, used, now) {
    const notices = [];
    for (const e of policy.exceptions) {
        if (used.has(e))
            continue;
        const refused = expiryRefusal(e, now, policy.governance);
        notices.push(refused
            ? `${(0,policy_words/* capitalize */.ZH)(exceptionName(e))} is invalid (it ${refused}) and matches no open port in this scan.`
            : isExpired(e, now)
                ? `${(0,policy_words/* capitalize */.ZH)(exceptionName(e))} ${expiredWords(e)} and matches no open port in this scan; remove it.`
                : `${(0,policy_words/* capitalize */.ZH)(exceptionName(e))} matches no open port in this scan; remove it if it is stale.`);
    }
    return notices;
}

// EXTERNAL MODULE: ./src/policy/fail-on.ts
var fail_on = __webpack_require__(668);
// EXTERNAL MODULE: ./src/policy/verdict-order.ts
var verdict_order = __webpack_require__(2350);
;// CONCATENATED MODULE: ./src/policy/evaluate.ts









/** Evaluate findings against a policy. Pure: same inputs, same verdicts, in a stable order. */
function evaluate(findings, policy, context, 
/** For tests: `naive` tests every rule and host pattern against every finding, without the index. */
lookup = 'indexed') {
    const vantage = context.vantage ?? 'untrusted';
    const used = new Set();
    const gate = context.failOn !== undefined
        ? { failOn: context.failOn, from: context.failOnFrom ?? 'an override' }
        : { failOn: policy.failOn };
    const index = lookup === 'naive' ? naiveIndex(policy) : buildIndex(policy);
    const verdicts = judgeFindings(findings, policy, index, vantage, context.now, used, context.observed);
    // In this order: the gateways may add verdicts, the baseline marks every verdict and adds the
    // gone ones, and fail-on reads those marks; the verdicts of the findings stay first until sorted.
    const notices = judgeGateways(findings, verdicts, policy, context.gateways, vantage);
    notices.push(...unusedExceptionNotices(policy, used, context.now));
    notices.push(...(0,baseline/* compareWithBaseline */.$_)(verdicts, context.baseline, { partial: context.partial, failOn: gate.failOn }));
    (0,fail_on/* applyFailOn */.m3)(verdicts, findings, policy, gate, Boolean(context.baseline));
    (0,verdict_order/* sortVerdicts */.Z)(verdicts);
    const { summary, notices: summaryNotices } = (0,fail_on/* summarize */.eh)(verdicts, policy, gate);
    notices.push(...summaryNotices);
    return {
        verdicts,
        notices,
        result: summary.violations > 0 ? 'fail' : 'pass',
        summary,
        matchedExceptions: policy.exceptions.filter((e) => used.has(e)).map((e) => e.ref),
        gate,
    };
}
/** One verdict per finding, in the order of the findings; `used` collects the exceptions that matched. */
function judgeFindings(findings, policy, index, vantage, now, used, observed) {
    const scopeCache = new Map();
    // IPv4 addresses without a host name: one context per piece of the address space (rule-index.ts).
    const pieceCache = new Map();
    const cuts = index.v4Cuts;
    const interned = new Map();
    const verdicts = [];
    for (const f of findings) {
        // A merged report judges each finding from the vantage that saw it: the contexts are per vantage.
        const seenFrom = f.vantage ?? vantage;
        let fc;
        const v4 = cuts && f.hostname === undefined ? (0,match/* parseV4 */.I0)(f.host) : null;
        if (v4 !== null) {
            const piece = v4Piece(cuts, v4);
            const key = seenFrom === vantage ? piece : `${seenFrom}\u0000${piece}`;
            fc = pieceCache.get(key);
            if (!fc) {
                fc = hostContext((0,match/* hostRef */.kj)(f.host), index, policy, seenFrom, interned);
                pieceCache.set(key, fc);
            }
        }
        else {
            const hostKey = `${seenFrom}\u0000${f.host}\u0000${f.hostname ?? ''}`;
            fc = scopeCache.get(hostKey);
            if (!fc) {
                fc = hostContext((0,match/* hostRef */.kj)(f.host, f.hostname), index, policy, seenFrom, interned);
                scopeCache.set(hostKey, fc);
            }
        }
        const outside = observed && seenFrom !== 'untrusted' ? observed(f, 'untrusted') : undefined;
        const d = decide(f, policy, fc, seenFrom, outside);
        let matching = NO_EXCEPTIONS;
        for (let i = 0; i < fc.exceptions.length; i++) {
            const e = fc.exceptions[i];
            if (!exceptionMatches(e, f, d))
                continue;
            if (matching === NO_EXCEPTIONS)
                matching = [];
            matching.push(e);
            used.add(e);
        }
        verdicts.push(toVerdict(f, applyExceptions(f, d, matching, now, policy.governance)));
    }
    return verdicts;
}
/**
 * A verdict as evaluation makes it. A class, not a literal: V8 gives the objects a constructor
 * makes room for the keys added after it (service, severity, fix, new, baseline…), where a
 * literal's object would get a separate property store, allocated and copied again, for each
 * of 100,000 verdicts. Only own enumerable keys, in the report's order: JSON and copies see a
 * plain verdict.
 */
class VerdictRecord {
    host;
    port;
    protocol;
    constructor(host, port, protocol) {
        this.host = host;
        this.port = port;
        this.protocol = protocol;
    }
}
function toVerdict(f, r) {
    const verdict = new VerdictRecord(f.host, f.port, f.protocol);
    // What answered there, so readers of a verdict need not join it with the report's ports.
    if (f.service?.name)
        verdict.service = f.service.name;
    if (f.service?.product)
        verdict.product = f.service.product;
    verdict.outcome = r.outcome;
    // The gate (fail-on.ts) may rewrite `outcome`; this keeps the policy's word beside it.
    verdict.judged = r.outcome;
    // A merged report says which vantage's observation each verdict judges.
    verdict.message = (0,policy_words/* flat */.Ct)(f.vantage ? `${r.message} (seen from the ${f.vantage} vantage)` : r.message);
    verdict.rule = r.rule;
    verdict.requirements = r.requirements;
    if (f.hostname !== undefined)
        verdict.hostname = f.hostname;
    if (f.vantage !== undefined)
        verdict.vantage = f.vantage;
    if (r.severity !== undefined)
        verdict.severity = r.severity;
    if (r.fix !== undefined)
        verdict.fix = (0,policy_words/* flat */.Ct)(r.fix);
    if (r.exception)
        verdict.exception = r.exception;
    return verdict;
}


/***/ }),

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sortVerdicts)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6563);


/** A stable order whatever the order of the findings: by host name or address, port, protocol, outcome, message. */
function sortVerdicts(verdicts) {
    // Names first (as strings), then IPv4 addresses in numeric order, then the rest. IPv4 rows (the bulk
    // of a large scan) sort by two numbers each, read from typed arrays.
    const named = [];
    const other = [];
    const v4rows = [];
    // Filled up to v4rows.length (at most one entry per verdict).
    const highs = new Uint32Array(verdicts.length);
    const lows = new Uint32Array(verdicts.length);
    for (const v of verdicts) {
        const v4 = v.hostname === undefined ? (0,_match_js__WEBPACK_IMPORTED_MODULE_1__/* .parseV4 */ .I0)(v.host) : null;
        if (v4 === null) {
            (v.hostname !== undefined ? named : other).push(v);
            continue;
        }
        // The key: the address, then port × 8 + protocol + outcome (19 bits).
        highs[v4rows.length] = v4;
        lows[v4rows.length] = v.port * 8 + (v.protocol === 'tcp' ? 0 : 4) + (2 - _model_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOME_RANK */ .IQ[v.outcome]);
        v4rows.push(v);
    }
    const byMessage = (a, b) => {
        if (a.message !== b.message)
            return a.message < b.message ? -1 : 1;
        // Same endpoint, same sentence (duplicate findings): any remaining difference still orders them.
        const ja = JSON.stringify(a);
        const jb = JSON.stringify(b);
        return ja < jb ? -1 : ja > jb ? 1 : 0;
    };
    const byText = (a, b) => {
        const na = a.hostname ?? a.host;
        const nb = b.hostname ?? b.host;
        if (na !== nb)
            return na < nb ? -1 : 1;
        if (a.host !== b.host)
            return a.host < b.host ? -1 : 1;
        const ka = a.port * 8 + (a.protocol === 'tcp' ? 0 : 4) + (2 - _model_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOME_RANK */ .IQ[a.outcome]);
        const kb = b.port * 8 + (b.protocol === 'tcp' ? 0 : 4) + (2 - _model_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOME_RANK */ .IQ[b.outcome]);
        return ka !== kb ? ka - kb : byMessage(a, b);
    };
    named.sort(byText);
    other.sort(byText);
    // The IPv4 rows by key (radix-sorted positions, stable), then rows with equal keys (same
    // endpoint and outcome) by message, as byText orders them.
    const order = keyOrder(highs.subarray(0, v4rows.length), lows.subarray(0, v4rows.length));
    for (let start = 0; start < order.length;) {
        let end = start + 1;
        const h = highs[order[start]];
        const l = lows[order[start]];
        while (end < order.length && highs[order[end]] === h && lows[order[end]] === l)
            end++;
        if (end - start > 1) {
            const run = Array.from(order.subarray(start, end)).sort((a, b) => byMessage(v4rows[a], v4rows[b]));
            order.set(run, start);
        }
        start = end;
    }
    let i = 0;
    for (const v of named)
        verdicts[i++] = v;
    for (let j = 0; j < order.length; j++)
        verdicts[i++] = v4rows[order[j]];
    for (const v of other)
        verdicts[i++] = v;
}
/**
 * The positions 0..n-1 ordered by (high, low), stable: a least-significant-digit radix sort in
 * four passes (two of the 19-bit low key, two of the 32-bit high key), linear in n, where a
 * comparison sort of 100,000 rows calls its comparator two million times.
 */
function keyOrder(high, low) {
    const n = high.length;
    let order = new Uint32Array(n);
    for (let j = 0; j < n; j++)
        order[j] = j;
    if (n < 2)
        return order;
    let next = new Uint32Array(n);
    const passes = [
        [low, 0, 0x3ff],
        [low, 10, 0x3ff],
        [high, 0, 0xffff],
        [high, 16, 0xffff],
    ];
    for (const [key, shift, mask] of passes) {
        const counts = new Uint32Array(mask + 2);
        for (let j = 0; j < n; j++)
            counts[((key[j] >>> shift) & mask) + 1]++;
        for (let b = 1; b < counts.length; b++)
            counts[b] += counts[b - 1];
        for (let j = 0; j < n; j++) {
            const at = order[j];
            next[counts[(key[at] >>> shift) & mask]++] = at;
        }
        [order, next] = [next, order];
    }
    return order;
}


/***/ }),

/***/ 8095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ flat),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   oF: () => (/* binding */ ruleName),
/* harmony export */   sR: () => (/* binding */ endpoint)
/* harmony export */ });
/* harmony import */ var _fingerprint_products_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(605);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(439);


/** How verdict sentences name an endpoint, a service and a rule, alike in every phase of evaluation. */
function endpoint(f) {
    const h = f.hostname ?? f.host;
    return `${h.includes(':') ? `[${h}]` : h}:${f.port}/${f.protocol}`;
}
function label(f) {
    const s = f.service;
    if (!s)
        return 'an unidentified service';
    if ((0,_services_js__WEBPACK_IMPORTED_MODULE_1__/* .identifiedBy */ .R0)(s) === 'port')
        return `${s.name} (guessed from the port number)`;
    // The product behind the protocol, when it is more than a web server: "http (docker)".
    const product = s.product ? (0,_fingerprint_products_table_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupProduct */ .US)(s.product) : undefined;
    return product && product.kind !== 'web-server' ? `${s.name} (${product.name})` : s.name;
}
function ruleName(ref) {
    // Written once per rule: a large scan names the same few rules in every verdict.
    let name = ruleNames.get(ref);
    if (name === undefined) {
        name = flat(`rule "${ref.id}" (${ref.file}:${ref.line})`);
        ruleNames.set(ref, name);
    }
    return name;
}
const ruleNames = new WeakMap();
/**
 * Template literals build ropes (V8 cons strings: one heap object per piece).
 * Kept in 100,000 verdicts, the ropes are what garbage collection copies;
 * reading a character makes V8 flatten the string into one object.
 */
function flat(s) {
    void s.charCodeAt(0);
    return s;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}


/***/ })

};
