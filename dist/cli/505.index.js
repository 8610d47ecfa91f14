import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 505;
export const ids = [505,446];
export const modules = {

/***/ 8505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kx: () => (/* reexport */ baseline/* baselineFromVerdicts */.kx),
  _3: () => (/* reexport */ evaluate.evaluate),
  sx: () => (/* reexport */ judgeChange),
  tb: () => (/* reexport */ loader/* loadPolicy */.t),
  gC: () => (/* reexport */ loader/* loadPolicyFromString */.g),
  nk: () => (/* reexport */ baseline/* parseBaseline */.nk),
  h6: () => (/* reexport */ runPolicyTests),
  ky: () => (/* reexport */ baseline/* serializeBaseline */.ky),
  kO: () => (/* reexport */ settleChange),
  B8: () => (/* reexport */ testRunLines)
});

// UNUSED EXPORTS: DEFAULT_MAX_EXCEPTION_DAYS, GATE_FAIL_ON, cachedRemote, countVerdicts, defaultCacheDir, defaultRemote, describePolicy, endpointKey, failsGate, httpFetchers, isLetThrough, parseGitHubRef, pendingVerdicts, pinnedLabel, sha256Hex, validatePolicies

// EXTERNAL MODULE: ./src/policy/loader.ts + 7 modules
var loader = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 7 modules
var evaluate = __webpack_require__(8420);
// EXTERNAL MODULE: ./src/policy/validate.ts
var validate = __webpack_require__(7766);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/services.ts
var services = __webpack_require__(439);
// EXTERNAL MODULE: ./src/policy/schema.ts + 1 modules
var schema = __webpack_require__(736);
// EXTERNAL MODULE: ./src/policy/source.ts
var policy_source = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/policy/testing.ts









const MAX_TEST_FILES = 1000;
const MAX_DEPTH = 8;
/** Test files under DIR (or DIR itself when it is a file), sorted, skipping node_modules and dot-folders. */
async function findTestFiles(path) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch {
        throw new src_errors/* ConfigurationError */.j1({ source: path, message: 'no such file or directory' });
    }
    if (info.isFile())
        return [path];
    const out = [];
    const walk = async (dir, depth) => {
        if (depth > MAX_DEPTH || out.length >= MAX_TEST_FILES)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (e.name.startsWith('.') && e.name !== '.github')
                continue;
            if (e.name === 'node_modules')
                continue;
            const p = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory())
                await walk(p, depth + 1);
            else if (e.isFile() && /\.test\.ya?ml$/.test(e.name) && out.length < MAX_TEST_FILES)
                out.push(p);
        }
    };
    await walk(path, 0);
    return out;
}
function toFinding(raw) {
    const def = raw.service ? (0,services/* lookupService */.os)(raw.service) : undefined;
    const risk = def ? [...def.risk] : ['unknown'];
    const f = {
        host: raw.host,
        port: raw.port,
        protocol: raw.protocol ?? 'tcp',
        state: raw.state ?? 'open',
        reason: raw.state === 'open|filtered' ? 'no-reply' : raw.protocol === 'udp' ? 'reply' : 'connected',
        tries: 1,
        risk,
        evidence: raw.evidence ?? {},
    };
    if (raw.hostname)
        f.hostname = raw.hostname;
    if (raw.service) {
        const confidence = raw.confidence ?? 'high';
        f.service = {
            name: def?.name ?? raw.service.toLowerCase(),
            confidence,
            identifiedBy: raw.identifiedBy ?? (confidence === 'low' ? 'port' : 'exchange'),
        };
        if (raw.product)
            f.service.product = raw.product;
    }
    return f;
}
function parseNow(text, fallback) {
    if (!text)
        return fallback;
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00Z` : text);
    return Number.isNaN(d.getTime()) ? fallback : d;
}
function describeVerdict(v) {
    return `${v.hostname ?? v.host}:${v.port}/${v.protocol} ${v.outcome} by ${v.rule.id} (line ${v.rule.line})`;
}
function verdictMatches(v, e) {
    if (e.host !== undefined && e.host !== v.host && e.host !== v.hostname)
        return false;
    if (e.port !== undefined && e.port !== v.port)
        return false;
    if (e.protocol !== undefined && e.protocol !== v.protocol)
        return false;
    if (e.outcome !== undefined && e.outcome !== v.outcome)
        return false;
    if (e.severity !== undefined && e.severity !== v.severity)
        return false;
    if (e.rule !== undefined && e.rule !== v.rule.id)
        return false;
    if (e.line !== undefined && e.line !== v.rule.line)
        return false;
    if (e.message !== undefined && !v.message.includes(e.message))
        return false;
    if (e.exception !== undefined && e.exception !== (v.exception !== undefined))
        return false;
    if (e.requirements) {
        for (const [k, state] of Object.entries(e.requirements))
            if (v.requirements[k]?.state !== state)
                return false;
    }
    return true;
}
function check(ev, expect) {
    const failures = [];
    if (expect.result !== undefined && ev.result !== expect.result)
        failures.push(`expected the result ${expect.result}, got ${ev.result}`);
    if (expect.violations !== undefined && ev.summary.violations !== expect.violations)
        failures.push(`expected ${expect.violations} violation(s), got ${ev.summary.violations}`);
    const used = new Set();
    for (const e of expect.verdicts ?? []) {
        const hit = ev.verdicts.find((v) => !used.has(v) && verdictMatches(v, e));
        if (hit)
            used.add(hit);
        else {
            const near = ev.verdicts.filter((v) => (e.port === undefined || v.port === e.port) &&
                (e.host === undefined || v.host === e.host || v.hostname === e.host));
            failures.push(`no verdict matches ${JSON.stringify(e)}; ${near.length ? `got ${near.map(describeVerdict).join('; ')}` : 'no verdict for that port'}`);
        }
    }
    if (expect.only) {
        const extra = ev.verdicts.filter((v) => !used.has(v));
        if (extra.length)
            failures.push(`unexpected verdicts: ${extra.map(describeVerdict).join('; ')}`);
    }
    for (const n of expect.notices ?? []) {
        if (!ev.notices.some((x) => x.includes(n)))
            failures.push(`no notice contains ${JSON.stringify(n)}`);
    }
    return failures;
}
/** Parse and validate one test file; throws ConfigurationError with every problem at file:line:column. */
async function readTestFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new src_errors/* ConfigurationError */.j1({
            source: file,
            message: `cannot read the test file (${err.code})`,
        });
    }
    const parsed = (0,policy_source/* parseSource */.PJ)(text, file);
    if (!parsed.source)
        throw new src_errors/* ConfigurationError */.j1(parsed.diagnostics);
    await (0,schema/* loadTestSchema */.iL)();
    const errors = (0,schema/* schemaDiagnostics */.mT)(parsed.source, schema/* POLICY_TEST_SCHEMA */.q5);
    const raw = parsed.source.data;
    if (errors.length === 0) {
        raw.tests.forEach((c, ci) => c.findings.forEach((f, fi) => {
            if (f.service !== undefined && !(0,services/* lookupService */.os)(f.service)) {
                const at = ['tests', ci, 'findings', fi, 'service'];
                errors.push({
                    source: file,
                    ...(0,policy_source/* locate */.x5)(parsed.source, at),
                    path: `tests[${ci}].findings[${fi}].service`,
                    message: `${JSON.stringify(f.service)} is not a service Portcullis knows`,
                });
            }
        }));
    }
    if (errors.length > 0)
        throw new src_errors/* ConfigurationError */.j1(errors);
    return { source: parsed.source, raw };
}
/** Run every test file under `path`. Bad test files and bad policies throw ConfigurationError (all at once). */
async function runPolicyTests(path, options = {}) {
    const builtinDir = options.builtinDir ?? (0,schema/* defaultPoliciesDir */.Nh)();
    const files = await findTestFiles(path);
    const diagnostics = [];
    const loaded = [];
    const policies = new Map();
    for (const file of files) {
        try {
            const { source, raw } = await readTestFile(file);
            const policyPath = raw.policy.startsWith('portcullis:')
                ? raw.policy
                : (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), raw.policy)) || raw.policy;
            let p = policies.get(policyPath);
            if (!p) {
                p = (0,loader/* loadPolicy */.t)(policyPath, { builtinDir });
                policies.set(policyPath, p);
            }
            loaded.push({ file, source, raw, policy: await p });
        }
        catch (err) {
            if (err instanceof src_errors/* ConfigurationError */.j1) {
                for (const d of err.diagnostics) {
                    if (!diagnostics.some((x) => x.source === d.source && x.line === d.line && x.message === d.message))
                        diagnostics.push(d);
                }
            }
            else
                throw err;
        }
    }
    if (diagnostics.length > 0)
        throw new src_errors/* ConfigurationError */.j1(diagnostics);
    const cases = [];
    const matched = new Map();
    for (const { file, source, raw, policy } of loaded) {
        raw.tests.forEach((c, i) => {
            const findings = c.findings.map(toFinding);
            const gateways = c.gateways?.map((g) => {
                const declared = policy.vpnGateways.find((d) => d.host === g.host && d.port === g.port);
                return {
                    host: g.host,
                    port: g.port,
                    protocol: g.protocol ?? declared?.protocol ?? 'udp',
                    kind: declared?.kind ?? 'openvpn',
                    answered: g.answered,
                    detail: g.answered ? 'answered (fixture)' : 'no answer (fixture)',
                };
            });
            const ev = (0,evaluate.evaluate)(findings, policy, {
                vantage: c.vantage ?? raw.vantage ?? 'untrusted',
                now: parseNow(c.now ?? raw.now, options.now ?? new Date()),
                ...(gateways ? { gateways } : {}),
            });
            const seen = matched.get(policy) ?? new Set();
            for (const ref of ev.matchedExceptions ?? [])
                seen.add(`${ref.file}:${ref.line}`);
            matched.set(policy, seen);
            const failures = check(ev, c.expect);
            cases.push({
                file,
                name: c.name,
                line: (0,policy_source/* locate */.x5)(source, ['tests', i]).line,
                passed: failures.length === 0,
                failures,
            });
        });
    }
    const unexercised = [];
    for (const [policy, seen] of matched) {
        // Only the tested file's own exceptions: an organisation baseline's may serve other repositories.
        for (const e of policy.exceptions.filter((x) => x.ref.file === policy.file)) {
            if (seen.has(`${e.ref.file}:${e.ref.line}`))
                continue;
            unexercised.push({
                source: e.ref.file,
                line: e.ref.line,
                column: e.ref.column,
                path: e.at.path,
                message: 'this exception matches none of the test findings: add a test case that needs it, or remove it if it is stale',
            });
        }
    }
    return { files, cases, unexercised, passed: cases.every((c) => c.passed) && unexercised.length === 0 };
}
/**
 * A test run as the lines `portcullis test` prints and the action's `mode: test` logs:
 * `pass FILE:LINE NAME` or `FAIL …` with its reasons, the unexercised exceptions, and a count.
 */
function testRunLines(run) {
    const lines = [];
    for (const c of run.cases) {
        lines.push(`${c.passed ? 'pass' : 'FAIL'} ${c.file}:${c.line} ${c.name}`);
        for (const f of c.failures)
            lines.push(`     ${f}`);
    }
    for (const d of run.unexercised)
        lines.push(`FAIL ${(0,src_errors/* formatDiagnostic */.xy)(d)}`);
    const failed = run.cases.filter((c) => !c.passed).length;
    lines.push(`${(0,words/* count */.U9)(run.cases.length - failed)} passed, ${(0,words/* count */.U9)(failed)} failed${run.unexercised.length ? `, ${(0,words/* plural */.LS)(run.unexercised.length, 'exception')} not exercised` : ''} (${(0,words/* plural */.LS)(run.files.length, 'file')})`);
    return lines;
}

// EXTERNAL MODULE: ./src/policy/baseline.ts
var baseline = __webpack_require__(4887);
// EXTERNAL MODULE: ./src/policy/fail-on.ts
var fail_on = __webpack_require__(668);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/policy/verdict-order.ts
var verdict_order = __webpack_require__(2350);
// EXTERNAL MODULE: ./src/policy/words.ts
var policy_words = __webpack_require__(8095);
;// CONCATENATED MODULE: ./src/policy/change.ts






/**
 * Whether a verdict fails the gate under `failOn`, as fail-on.ts gates (outcomes that
 * evaluate already gated under the same override are left as they are).
 */
function failsGate(v, failOn) {
    if (v.outcome !== 'fail' || v.baseline === 'gone')
        return false;
    switch (failOn) {
        case undefined:
        case 'any':
            return true;
        case 'never':
            return false;
        case 'new':
            return v.new === true;
        default:
            // As fail-on.ts gates: a verdict without a severity counts as high.
            return model/* SEVERITY_RANK */.f3[v.severity ?? 'high'] >= model/* SEVERITY_RANK */.f3[failOn];
    }
}
function endpointKey(v) {
    return `${v.host}\u0000${v.hostname ?? ''}\u0000${v.port}\u0000${v.protocol}`;
}
/**
 * The verdicts of the same findings under both rule sets that pass the gate
 * under the head's and fail it under the base's, paired. Verdicts the head
 * alone has (a gateway it declares) and "gone" verdicts are not compared.
 */
function pendingVerdicts(head, base, failOn) {
    const byKey = new Map();
    for (const b of base) {
        if (b.baseline === 'gone')
            continue;
        const k = endpointKey(b);
        const list = byKey.get(k);
        if (list)
            list.push(b);
        else
            byKey.set(k, [b]);
    }
    const out = [];
    for (const h of head) {
        if (h.baseline === 'gone')
            continue;
        const b = byKey.get(endpointKey(h))?.shift();
        if (b && !failsGate(h, failOn) && failsGate(b, failOn))
            out.push({ head: h, base: b });
    }
    return out;
}
/** A policy judged under another's governance (approvers, trust, limits on exceptions). */
function governedBy(policy, governing) {
    return governing === policy ? policy : { ...policy, governance: governing.governance };
}
/**
 * Judge the findings under the head's rules and, unless the base has no
 * policy or trusts pull requests, under the base's too. The base's
 * governance (approvers, trust, limits on exceptions) applies to both.
 */
function judgeChange(input) {
    const { base } = input;
    const head = base.policy ? governedBy(input.head, base.policy) : input.head;
    const evaluation = (0,evaluate.evaluate)(input.findings, head, input.context);
    const approvers = base.policy?.governance.approvers ?? [];
    const review = {
        base: base.label,
        judgedBy: 'head',
        pending: 0,
        approved: 0,
        approvers,
        notes: [],
    };
    if (!base.policy) {
        review.reason = `the base (${base.label}) has no ${input.head.file}: this pull request introduces Portcullis, so it is judged by its own policy alone, and nothing in it is compared with the base branch`;
        evaluation.notices.unshift(`Judged by this pull request's own policy: ${review.reason}.`);
        return { evaluation, pending: [], review, policy: head };
    }
    const g = base.policy.governance;
    if (g.trustPullRequestPolicy) {
        const at = g.refs.trustPullRequestPolicy;
        review.reason = `the base's policy trusts pull requests (trust_pull_request_policy in ${g.source}${at ? `:${at.line}` : ''})`;
        evaluation.notices.unshift(`Judged by this pull request's own policy, extends and baseline: ${review.reason}; its changes to the rules are not compared with ${base.label}.`);
        return { evaluation, pending: [], review, policy: head };
    }
    review.judgedBy = 'base';
    const baseContext = { ...input.context, baseline: base.baseline };
    if (!base.baseline)
        delete baseContext.baseline;
    const baseEvaluation = (0,evaluate.evaluate)(input.findings, base.policy, baseContext);
    const pending = pendingVerdicts(evaluation.verdicts, baseEvaluation.verdicts, input.failOn);
    return { evaluation, pending, review, policy: head };
}
function list(names) {
    return names.length ? names.map((n) => (n.includes('/') ? `@${n}` : n)).join(', ') : 'nobody';
}
/**
 * Hold each pending verdict for approval (it fails, counted as new, with the
 * base's severity), or let it through when an approver approved the pull
 * request; then count again.
 */
function settleChange(prepared, approval) {
    const { evaluation, pending, review } = prepared;
    review.notes.push(...(approval?.notes ?? []));
    const by = approval?.by ?? [];
    if (pending.length > 0 && review.approvers.length === 0)
        review.notes.unshift(`${prepared.policy.governance.source} lists no approvers, so no review can approve a change to the rules: add approvers: to it on the base branch`);
    for (const { head: v, base: b } of pending) {
        const record = {
            headOutcome: v.outcome,
            base: { outcome: b.outcome, message: b.message, rule: b.rule },
        };
        if (b.severity !== undefined)
            record.base.severity = b.severity;
        if (by.length > 0) {
            record.approvedBy = by;
            v.message = (0,policy_words/* flat */.Ct)(`${v.message} (a change to the rules of ${review.base}, approved by ${list(by)})`);
            review.approved++;
        }
        else {
            v.message = (0,policy_words/* flat */.Ct)(`Pending approval: this pull request's rules let it through (${v.message}), but the rules of ${review.base} do not: ${b.message}`);
            v.outcome = 'fail';
            v.severity = b.severity ?? v.severity ?? 'high';
            v.fix = (0,policy_words/* flat */.Ct)(review.approvers.length
                ? `An approver of ${review.base}'s policy (${list(review.approvers)}) must approve this pull request, or undo the change to the rules.`
                : `Undo the change to the rules, or add approvers: to the base branch's policy and have one of them approve.`);
            v.new = true;
            delete v.exception;
            review.pending++;
        }
        v.pending = record;
    }
    if (by.length > 0)
        review.approvedBy = by;
    if (pending.length > 0) {
        (0,verdict_order/* sortVerdicts */.Z)(evaluation.verdicts);
        const { summary } = (0,fail_on/* summarize */.eh)(evaluation.verdicts, prepared.policy, evaluation.gate);
        evaluation.summary = summary;
        evaluation.result = summary.violations > 0 ? 'fail' : 'pass';
        evaluation.notices.unshift(review.pending > 0
            ? `${(0,words/* plural */.LS)(review.pending, 'verdict is', 'verdicts are')} pending approval: this pull request's own changes to the rules (its policy, extends or baseline) let ${review.pending === 1 ? 'it' : 'them'} through, and the rules of ${review.base} do not. An approver (${list(review.approvers)}) must approve the pull request.`
            : `${(0,words/* plural */.LS)(review.approved, 'change')} to the rules of ${review.base} approved by ${list(by)}.`);
    }
    return { evaluation, review };
}

// EXTERNAL MODULE: ./src/policy/remote.ts
var remote = __webpack_require__(8446);
;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * The policy stage (DESIGN.md, "The pipeline", step 6): load YAML policies
 * (docs/policy.md), evaluate findings into verdicts, compare with a baseline.
 */












/***/ }),

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cachedRemote: () => (/* binding */ cachedRemote),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir),
/* harmony export */   defaultRemote: () => (/* binding */ defaultRemote),
/* harmony export */   httpFetchers: () => (/* binding */ httpFetchers),
/* harmony export */   parseGitHubRef: () => (/* reexport safe */ _pinned_js__WEBPACK_IMPORTED_MODULE_7__.G),
/* harmony export */   pinnedLabel: () => (/* reexport safe */ _pinned_js__WEBPACK_IMPORTED_MODULE_7__.p),
/* harmony export */   sha256Hex: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6877);
/* harmony import */ var _pinned_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6514);








/**
 * Policies a pull request cannot change, named in `extends` by content:
 * `github:OWNER/REPO/PATH@SHA` (a file of a repository at one commit, read
 * through the GitHub contents API) or `{ url, sha256 }` (an https:// file and
 * the checksum of its bytes). Both are immutable, so they are cached on disk
 * under their key and checked again whenever they are read from the cache;
 * with no network, a cached copy is used and a missing one is an error that
 * says how to get it.
 */

function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** $XDG_CACHE_HOME/portcullis/extends, else ~/.cache/portcullis/extends. */
function defaultCacheDir(env = process.env) {
    const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : undefined;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(base ?? (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_4__.homedir)(), '.cache'), 'portcullis', 'extends');
}
function cacheKey(p) {
    // A URL's file is known by its checksum alone: the same bytes from another address are the same policy.
    return p.kind === 'github' ? (0,_pinned_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedLabel */ .p)(p) : `sha256:${p.sha256.toLowerCase()}`;
}
function decode(bytes, p) {
    if (bytes.length > _source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk)
        throw new Error(`${(0,_pinned_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedLabel */ .p)(p)} is larger than ${_source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk / 1024} KiB; a port policy is a few KiB`);
    return bytes.toString('utf8');
}
/**
 * Pinned policies through a cache on disk. Every read from the cache is
 * checked (the record's key, and the checksum of its text); a URL's bytes are
 * checked against the sha256 the policy gives, whether fetched or cached.
 */
function cachedRemote(fetchers, options = {}) {
    const dir = options.cacheDir ?? defaultCacheDir();
    const fileOf = (key) => (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, `${sha256Hex(key)}.json`);
    async function fromCache(p) {
        const key = cacheKey(p);
        let record;
        try {
            record = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(fileOf(key), 'utf8'));
        }
        catch {
            return undefined;
        }
        if (record?.key !== key || typeof record.text !== 'string' || sha256Hex(record.text) !== record.sha256)
            return undefined; // damaged or foreign: fetch again
        if (p.kind === 'url' && record.sha256 !== p.sha256.toLowerCase())
            return undefined;
        return record.text;
    }
    async function toCache(p, text) {
        const key = cacheKey(p);
        const record = { key, sha256: sha256Hex(text), text };
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
            const tmp = `${fileOf(key)}.${process.pid}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(record));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, fileOf(key));
        }
        catch {
            // A cache that cannot be written costs a fetch next time, nothing more.
        }
    }
    return {
        async read(p) {
            const cached = await fromCache(p);
            if (cached !== undefined)
                return cached;
            let bytes;
            try {
                bytes = p.kind === 'github' ? await fetchers.github(p) : await fetchers.url(p.url);
            }
            catch (err) {
                const why = err instanceof Error ? err.message : String(err);
                throw new Error(`cannot fetch ${(0,_pinned_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedLabel */ .p)(p)} (${why}), and it is not in the cache (${dir}): run once with network access${p.kind === 'github' ? ' and, for a private repository, a token that may read it' : ''}`);
            }
            if (p.kind === 'url') {
                const got = sha256Hex(bytes);
                if (got !== p.sha256.toLowerCase())
                    throw new Error(`${p.url} does not match its sha256: the policy expects ${p.sha256.toLowerCase()}, the file has ${got}. If the file changed on purpose, review it and update sha256`);
            }
            const text = decode(bytes, p);
            await toCache(p, text);
            return text;
        },
    };
}
/** One GET with a deadline and a size cap; `ca` lets tests trust their own loopback server. */
function get(url, headers, options) {
    return new Promise((resolve, reject) => {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            reject(new Error(`${url} is not a URL`));
            return;
        }
        const request = parsed.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_2__.request : node_https__WEBPACK_IMPORTED_MODULE_3__.request;
        const req = request(parsed, {
            method: 'GET',
            headers: { 'user-agent': 'portcullis', ...headers },
            // No pooled connection or resumed TLS session: each fetch verifies the server afresh.
            agent: false,
            ...(options.ca && parsed.protocol === 'https:' ? { ca: options.ca } : {}),
            timeout: options.timeoutMs ?? 30_000,
        }, (res) => {
            const status = res.statusCode ?? 0;
            if (status >= 300 && status < 400 && res.headers.location) {
                res.resume();
                const next = new URL(res.headers.location, parsed);
                if ((options.redirects ?? 0) >= 5)
                    return reject(new Error('too many redirects'));
                if (parsed.protocol === 'https:' && next.protocol !== 'https:')
                    return reject(new Error(`redirected from https to ${next.protocol}`));
                get(next.toString(), headers, { ...options, redirects: (options.redirects ?? 0) + 1 }).then(resolve, reject);
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size > _source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk + 1) {
                    req.destroy(new Error(`larger than ${_source_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk / 1024} KiB`));
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => {
                const body = Buffer.concat(chunks);
                if (status === 200)
                    return resolve(body);
                let message = '';
                try {
                    const m = JSON.parse(body.toString('utf8')).message;
                    if (typeof m === 'string')
                        message = `: ${m.slice(0, 200)}`;
                }
                catch {
                    // not JSON
                }
                reject(new Error(`HTTP ${status}${message}`));
            });
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('no answer in time')));
        req.on('error', (err) => reject(new Error(err.code ?? err.message)));
        req.end();
    });
}
/**
 * Fetchers over node:http(s): the contents API of `apiUrl` (GITHUB_API_URL,
 * GitHub Enterprise Server) with an optional token, and plain https:// for URLs.
 */
function httpFetchers(options = {}) {
    const api = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    return {
        github: (ref) => get(`${api}/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/contents/${ref.path
            .split('/')
            .map(encodeURIComponent)
            .join('/')}?ref=${ref.sha}`, {
            accept: 'application/vnd.github.raw',
            'x-github-api-version': '2022-11-28',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        }, options),
        url: (url) => {
            if (!url.startsWith('https://'))
                return Promise.reject(new Error('only https:// URLs are read'));
            return get(url, {}, options);
        },
    };
}
/**
 * The reader the CLI uses: GITHUB_API_URL (default api.github.com), a token
 * from PORTCULLIS_POLICY_TOKEN for private repositories, the default cache.
 */
function defaultRemote(env = process.env) {
    return cachedRemote(httpFetchers({ apiUrl: env.GITHUB_API_URL, token: env.PORTCULLIS_POLICY_TOKEN || undefined }), { cacheDir: defaultCacheDir(env) });
}


/***/ })

};
