import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 136;
export const ids = [136,668];
export const modules = {

/***/ 7336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ isProbedGatewayKind),
/* harmony export */   IQ: () => (/* binding */ OUTCOME_RANK),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
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


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ isLetThrough),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   m3: () => (/* binding */ applyFailOn),
/* harmony export */   qX: () => (/* binding */ countVerdicts)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);

/** `verdicts[i]` must be the verdict of `findings[i]` for every finding (the verdicts added after them follow). */
function applyFailOn(verdicts, findings, policy, gate, hasBaseline) {
    // The policy's judgement, kept before the gate rewrites anything.
    for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i];
        v.judged = v.outcome;
    }
    const failOn = gate.failOn;
    for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i];
        if (v.outcome !== 'fail')
            continue;
        if (failOn === 'never') {
            v.outcome = 'warn';
        }
        else if (failOn === 'new') {
            if (hasBaseline && v.baseline === 'unchanged') {
                v.outcome = 'warn';
                v.message += ' (already in the baseline, so it does not fail this change)';
            }
        }
        else if (failOn !== 'any' && _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[v.severity ?? 'high'] < _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn]) {
            v.outcome = 'warn';
            v.message += ` (severity ${v.severity ?? 'high'} is below fail-on: ${failOn})`;
        }
        if (v.outcome === 'fail' && policy.mode === 'warn')
            v.outcome = 'warn';
    }
    // UDP silence is not proof that a port is open: at most a warning.
    for (let i = 0; i < findings.length; i++) {
        if (findings[i].state === 'open|filtered' && verdicts[i].outcome === 'fail') {
            verdicts[i].outcome = 'warn';
            verdicts[i].message += ' (the port may be open: UDP gave no reply, so it is only a warning)';
        }
    }
}
/** A verdict the policy judged a failure and the gate let through (a "gone" verdict is neither). */
function isLetThrough(v) {
    return v.baseline !== 'gone' && v.judged === 'fail' && v.outcome !== 'fail';
}
/**
 * The counts of a report, from its verdicts alone: evaluation's summary, every
 * headline, and the recount of a report read from a file all come from here.
 */
function countVerdicts(verdicts) {
    const c = {
        violations: 0,
        warnings: 0,
        passed: 0,
        newViolations: 0,
        letThrough: 0,
        gone: 0,
    };
    for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i];
        if (v.baseline === 'gone') {
            c.gone++;
            continue;
        }
        if (v.outcome === 'fail') {
            c.violations++;
            if (v.new)
                c.newViolations++;
        }
        else if (v.outcome === 'warn') {
            c.warnings++;
            if (isLetThrough(v))
                c.letThrough++;
        }
        else
            c.passed++;
    }
    return c;
}
/** The counts of the summary (a "gone" verdict counts for nothing), and the notices the gate owes the reader. */
function summarize(verdicts, policy, gate) {
    const { violations, warnings, passed, newViolations, letThrough } = countVerdicts(verdicts);
    const notices = [];
    const replaces = gate.from !== undefined && gate.failOn !== policy.failOn ? `the policy's fail-on: ${policy.failOn}` : '';
    if (gate.failOn === 'never')
        notices.push(`fail-on: never (${[gate.from, replaces && `replacing ${replaces}`].filter(Boolean).join(', ')}): every violation is reported, as a warning, and none fails the check.`);
    else if (replaces)
        notices.push(`fail-on: ${gate.failOn} (${gate.from}) replaces ${replaces}.`);
    if (gate.failOn !== 'never' && policy.mode === 'warn' && letThrough > 0)
        notices.push(`${policy.file} is in warn mode: violations are reported as warnings and do not fail the check.`);
    return { summary: { violations, warnings, passed, newViolations }, notices };
}


/***/ }),

/***/ 3136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GM: () => (/* binding */ FILE_FORMATS),
  FK: () => (/* binding */ buildReport),
  VQ: () => (/* reexport */ jsonChunks),
  MM: () => (/* reexport */ parseReport),
  R0: () => (/* binding */ reporters),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: MAX_REPORT_BYTES, REPORT_SCHEMA, recountReport

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
// EXTERNAL MODULE: ./src/policy/fail-on.ts
var fail_on = __webpack_require__(668);
// EXTERNAL MODULE: ./src/services.ts
var services = __webpack_require__(439);
// EXTERNAL MODULE: ./src/words.ts
var words = __webpack_require__(5846);
;// CONCATENATED MODULE: ./src/report/format.ts



/** Shared wording for every surface, so the terminal, Markdown and annotations say the same thing. */
function format_endpoint(v) {
    const host = v.host.includes(':') ? `[${v.host}]` : v.host;
    const name = v.hostname && v.hostname !== v.host ? `${v.hostname} (${host})` : host;
    return `${name}:${v.port}/${v.protocol}`;
}
function ruleLabel(v) {
    return `${v.rule.id === 'default' ? 'default' : `rule "${v.rule.id}"`}, ${v.rule.file}:${v.rule.line}`;
}
/** The service as a table cell: a port-number guess says so; a weak parse gets a question mark. */
function serviceLabel(f) {
    // Not probed: only the runner's listener table showed it (outside the targets or the scope).
    const source = f?.reason === 'listening' ? ' (listener table, not probed)' : '';
    if (!f?.service)
        return `unknown${source}`;
    const s = f.service;
    const product = s.product ? `${s.product}${s.version ? ' ' + s.version : ''}` : s.name;
    if ((0,services/* identifiedBy */.R0)(s) === 'port')
        return `${product} (guessed from the port number)${source}`;
    return `${s.confidence === 'low' ? `${product}?` : product}${source}`;
}
/** The finding a verdict judges, if any (policy-level verdicts have none). */
function findingFor(report, v) {
    return report.ports.find((p) => p.host === v.host && p.port === v.port && p.protocol === v.protocol);
}

/** What let violations through, as the report records its gate: ` (fail-on: new)`, or nothing for `any`. */
function gateLabel(report) {
    const parts = [];
    if (report.policy.failOn && report.policy.failOn !== 'any')
        parts.push(`fail-on: ${report.policy.failOn}`);
    if (report.policy.mode === 'warn')
        parts.push('mode: warn');
    return parts.length ? ` (${parts.join(', ')})` : '';
}
/**
 * The one-line verdict every surface leads with (terminal, job summary, PR comment, check run
 * title, the step's failure message). Counted from the verdicts, as the details below it are,
 * never from `summary`: a report read from a file cannot make the two disagree.
 */
function headline(report) {
    const c = (0,fail_on/* countVerdicts */.qX)(report.verdicts);
    const partial = report.partial ? ' (partial scan)' : '';
    const letThrough = c.letThrough
        ? `${(0,words/* plural */.LS)(c.letThrough, 'violation does', 'violations do')} not fail the check${gateLabel(report)}`
        : '';
    if (report.result === 'fail') {
        const n = c.violations;
        // Counted from the verdicts, as the rest of the headline is (a report-only file's `change` is its own to write).
        const pending = report.verdicts.filter(isPending).length;
        const held = pending ? ` (${(0,words/* count */.U9)(pending)} pending approval of a change to the rules)` : '';
        return `${(0,words/* plural */.LS)(n, 'open port breaks', 'open ports break')} ${report.policy.file}${held}${letThrough ? `, and ${letThrough}` : ''}${partial}`;
    }
    const open = (0,words/* plural */.LS)(c.violations + c.warnings + c.passed, 'open port', 'open ports');
    const warnings = c.warnings - c.letThrough;
    const warn = warnings ? `, ${(0,words/* plural */.LS)(warnings, 'warning', 'warnings')}` : '';
    if (letThrough)
        return `${open}: ${letThrough}${warn}${partial}`;
    return `${open}, all allowed${warn}${partial}`;
}
function scanLine(report) {
    const c = report.scan.counts;
    const secs = (report.durationMs / 1000).toFixed(1);
    const merged = report.scan.merged;
    const from = merged && merged.groups.length > 1
        ? `from the ${merged.groups.map((g) => g.vantage).join(' and ')} vantages`
        : `from the ${report.scan.vantage} vantage`;
    const joined = merged ? ` · merged from ${(0,words/* plural */.LS)(merged.reports, 'report')}` : '';
    return `${(0,words/* plural */.LS)(c.probed, 'probe')} (${(0,words/* count */.U9)(c.open)} open, ${(0,words/* count */.U9)(c.closed)} closed, ${(0,words/* count */.U9)(c.filtered)} filtered) in ${secs} s ${from}${joined}`;
}
const ORDER = { fail: 0, warn: 1, pass: 2 };
/** A verdict held for approval of a change to the rules (it fails until an approver approves). */
function isPending(v) {
    return v.outcome === 'fail' && v.pending !== undefined && !v.pending.approvedBy;
}
/** Pending approval first, then failures, warnings, passes. */
function sortedVerdicts(report) {
    const rank = (v) => (isPending(v) ? -1 : (ORDER[v.outcome] ?? 3));
    return [...report.verdicts].sort((a, b) => rank(a) - rank(b));
}

;// CONCATENATED MODULE: ./src/report/terminal.ts



/** The human report on a terminal. Everything from the network passes through untrustedLine. */
const terminal = (report, options = {}) => {
    const c = picocolors_default().createColors(options.color ?? false);
    const mark = { fail: c.red('✗ FAIL'), warn: c.yellow('! WARN'), pass: c.green('✓ PASS') };
    const lines = [];
    for (const v of sortedVerdicts(report)) {
        const f = findingFor(report, v);
        lines.push(`${mark[v.outcome]}  ${c.bold((0,untrusted/* untrustedLine */.tX)(format_endpoint(v)))}  ${(0,untrusted/* untrustedLine */.tX)(serviceLabel(f))}` +
            (isPending(v) ? c.magenta('  [pending approval]') : v.baseline === 'new' ? c.cyan('  [new]') : ''));
        lines.push(`        ${(0,untrusted/* untrustedLine */.tX)(v.message, 400)}`);
        lines.push(c.dim(`        ${(0,untrusted/* untrustedLine */.tX)(ruleLabel(v))}`));
        for (const [name, r] of Object.entries(v.requirements)) {
            lines.push(c.dim(`        ${name}: ${r.state} — ${(0,untrusted/* untrustedLine */.tX)(r.detail, 300)}`));
        }
        if (v.outcome !== 'pass' && v.fix)
            lines.push(`        fix: ${(0,untrusted/* untrustedLine */.tX)(v.fix, 400)}`);
    }
    for (const n of report.notices)
        lines.push(c.yellow(`note: ${(0,untrusted/* untrustedLine */.tX)(n, 400)}`));
    if (lines.length)
        lines.push('');
    const verdict = report.result === 'fail' ? c.red(c.bold('FAIL')) : c.green(c.bold('PASS'));
    lines.push(`${verdict}  ${(0,untrusted/* untrustedLine */.tX)(headline(report), 400)}`);
    lines.push(c.dim(scanLine(report)));
    return lines.join('\n') + '\n';
};

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * Characters that JSON allows raw but that are not inert where a report ends
 * up (a terminal running `cat`, an HTML page embedding it): bidi overrides,
 * zero-width characters, C1 controls, line separators, and <, >, &. Written
 * as \u escapes, they parse back to exactly the same data.
 */
const UNSAFE_IN_JSON = /[<>&\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const inert = (text) => text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** The top-level arrays that grow with the scan: written element by element. */
const LONG_ARRAYS = new Set(['ports', 'otherPorts', 'verdicts', 'observations']);
/** Rows serialised at once: pieces stay small, and there are few of them. */
const ROWS_PER_PIECE = 256;
const OPEN = '{\n  "x": [\n';
const CLOSE = '\n  ]\n}';
/** Indent every line after the first (JSON.stringify's own lines: strings never hold a raw newline). */
const indent = (text, pad) => text.replace(/\n/g, `\n${pad}`);
/**
 * The JSON report in pieces, each small, whose concatenation is exactly
 * `JSON.stringify(report, null, 2)` with the unsafe characters escaped, and a newline.
 * A merge of many shards holds more than one string can (V8's ~512 MB): the pieces go
 * to a file one after another instead (writeFileAtomic takes them).
 */
function* jsonChunks(report) {
    const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
        yield '{}\n';
        return;
    }
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
        const [key, value] = entries[i];
        const comma = i < entries.length - 1 ? ',' : '';
        const head = `  ${inert(JSON.stringify(key))}: `;
        if (!Array.isArray(value) || !LONG_ARRAYS.has(key) || value.length === 0) {
            yield `${head}${inert(indent(JSON.stringify(value, null, 2), '  '))}${comma}\n`;
            continue;
        }
        yield `${head}[\n`;
        const list = value;
        for (let j = 0; j < list.length; j += ROWS_PER_PIECE) {
            // JSON.stringify itself indents the rows at this depth: the piece is what lies between
            // the brackets of {"x": [rows]} (an undefined row becomes null there, as in the whole).
            const text = JSON.stringify({ x: list.slice(j, j + ROWS_PER_PIECE) }, null, 2);
            const rows = text.slice(OPEN.length, text.length - CLOSE.length);
            yield `${inert(rows)}${j + ROWS_PER_PIECE < list.length ? ',' : ''}\n`;
        }
        yield `  ]${comma}\n`;
    }
    yield '}\n';
}
/** The JSON report, format version 1 (DESIGN.md). Automation reads it; it changes only with `version`. */
const json = (report) => [...jsonChunks(report)].join('');

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/paths.ts

/**
 * A rule's file as a repository path (forward slashes, relative to `root`), or
 * undefined when it lies outside the repository (a built-in policy from `extends`).
 */
function repoPath(file, root = process.cwd()) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file))
        return undefined; // portcullis:recommended
    const abs = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(root, file);
    const rel = (0,external_node_path_.relative)(root, abs);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/report/reachability.ts


/**
 * The picture of a merged report (several vantages, or shards joined): a reachability matrix
 * (rows: host, port and service; columns: vantages; cells: open, closed, filtered, not
 * observed, marked by the verdict) and, for scans small enough to read, a Mermaid diagram of
 * vantages → services, which GitHub renders. Reports of one scan have no observations and get
 * nothing from here, so their output does not change.
 */
/** Edges the diagram draws at most; past that, the matrix alone. */
const MAX_DIAGRAM_EDGES = 30;
/** Rows the matrix lists at most; the JSON report's observations[] holds every one. */
const MAX_MATRIX_ROWS = 500;
const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const key = (e) => `${e.protocol}|${e.host}|${e.port}`;
function reachabilitySection(report) {
    const observations = report.observations;
    if (!observations?.length)
        return [];
    const vantages = [...new Set(observations.map((o) => o.vantage))];
    const rows = new Map();
    for (const o of observations) {
        let row = rows.get(key(o));
        if (!row)
            rows.set(key(o), (row = { at: o, by: new Map() }));
        row.by.set(o.vantage, o);
    }
    const findings = new Map();
    for (const f of report.ports)
        if (!findings.has(key(f)))
            findings.set(key(f), f);
    const verdicts = new Map();
    for (const v of report.verdicts)
        verdicts.set(`${key(v)}|${v.vantage ?? report.scan.vantage}`, v);
    const outcomeOf = (o) => verdicts.get(`${key(o)}|${o.vantage}`)?.outcome ??
        (vantages.length === 1 ? verdicts.get(`${key(o)}|${report.scan.vantage}`)?.outcome : undefined);
    const cell = (o) => {
        if (!o || o.state === 'not observed')
            return '— not observed';
        if (o.state === 'open' || o.state === 'open|filtered') {
            const outcome = outcomeOf(o);
            return `${outcome ? `${ICON[outcome]} ` : ''}${o.state}${outcome ? ` (${outcome})` : ''}`;
        }
        return o.state === 'not open' ? 'closed or filtered' : o.state;
    };
    const out = [
        '',
        '#### Reachability by vantage',
        '',
        `| endpoint | service | ${vantages.join(' | ')} |`,
        `|---|---|${vantages.map(() => '---').join('|')}|`,
    ];
    let listed = 0;
    for (const row of rows.values()) {
        if (listed++ === MAX_MATRIX_ROWS)
            break;
        out.push(`| ${(0,untrusted/* markdownCode */.D9)(format_endpoint(row.at))} | ${(0,untrusted/* escapeMarkdown */.FV)(serviceLabel(findings.get(key(row.at))), 100)} | ${vantages.map((v) => cell(row.by.get(v))).join(' | ')} |`);
    }
    if (rows.size > MAX_MATRIX_ROWS)
        out.push('', `${rows.size - MAX_MATRIX_ROWS} more endpoints are in the JSON report (\`observations\`).`);
    out.push('', '"not observed": that vantage never probed the port (a shard missing, or another port list), which is not "closed".');
    const edges = observations.filter((o) => o.state === 'open' || o.state === 'open|filtered');
    if (edges.length === 0)
        return out;
    if (edges.length > MAX_DIAGRAM_EDGES) {
        out.push('', `The diagram is left out: ${edges.length} open paths are more than ${MAX_DIAGRAM_EDGES}; the matrix has them all.`);
        return out;
    }
    // Mermaid labels take only characters that cannot end a label or start a directive.
    const safe = (text) => text.replace(/[^A-Za-z0-9.:\-_/ ]/g, '').slice(0, 80);
    const ids = new Map();
    const lines = ['', '```mermaid', 'flowchart LR'];
    for (const v of vantages)
        lines.push(`  v_${v}(["${v}"])`);
    for (const o of edges) {
        if (!ids.has(key(o))) {
            const id = `s${ids.size}`;
            ids.set(key(o), id);
            const f = findings.get(key(o));
            const service = f?.service?.name ? ` ${safe(f.service.name)}` : '';
            lines.push(`  ${id}["${safe(format_endpoint(o))}${service}"]`);
        }
        const outcome = outcomeOf(o);
        lines.push(`  v_${o.vantage} -->|${outcome ?? o.state}| ${ids.get(key(o))}`);
    }
    lines.push('```');
    return [...out, ...lines];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





/** GitHub's limit on an issue or PR comment body. */
const COMMENT_LIMIT = 65536;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The endpoint as verdict sentences name it (src/policy/words.ts): the name, else the address. */
function sentenceEndpoint(v) {
    const h = v.hostname ?? v.host;
    return `${h.includes(':') ? `[${h}]` : h}:${v.port}/${v.protocol}`;
}
/**
 * A verdict's sentence without what its row already shows: the endpoint (its own column), the
 * deciding rule (the rule column: "the rule"), and the policy file of other rules' lines.
 */
function shortWhy(v, text = v.message) {
    const where = escapeRe(sentenceEndpoint(v));
    const file = escapeRe(v.rule.file);
    const s = text
        // "Exception "x" (file:9) for redis on host:6379/tcp expired …" → "The exception expired …"
        .replace(new RegExp(`^Exception "[^"]*" \\(${file}:${v.rule.line}\\) for [^"]{1,80}? on ${where} `), 'The exception ')
        // "redis on host:6379/tcp is open …" → "Open …", and the same after a colon.
        .replace(new RegExp(`^[^"]{1,80}? on ${where} (?:is )?`), '')
        .replace(new RegExp(`^${where} `), '')
        .replace(new RegExp(`: [^":]{1,80}? on ${where} (?:is )?`, 'g'), ': ');
    const short = withoutRuleFile(v, s);
    return short.charAt(0).toUpperCase() + short.slice(1);
}
/** The deciding rule as "the rule" (its column names it), other rules' lines without the file. */
function withoutRuleFile(v, text) {
    const at = `(${v.rule.file}:${v.rule.line})`;
    return text
        .split(`rule "${v.rule.id}" ${at}`)
        .join('the rule')
        .split(`exception "${v.rule.id}" ${at}`)
        .join('the exception')
        .replace(new RegExp(`\\(${escapeRe(v.rule.file)}:(\\d+)\\)`, 'g'), '(line $1)');
}
/** A "gone" verdict's sentence after the endpoint its list item starts with. */
function withoutEndpoint(v) {
    const where = `${sentenceEndpoint(v)} `;
    return v.message.startsWith(where) ? v.message.slice(where.length) : `: ${v.message}`;
}
/** Why, in one cell: the sentence, then what it does not already say (requirements, the exception's reason). */
function why(v) {
    const message = shortWhy(v);
    const parts = [(0,untrusted/* escapeMarkdown */.FV)(message, 400)];
    for (const [name, r] of Object.entries(v.requirements)) {
        if (v.outcome === 'pass' && r.state === 'verified')
            continue;
        const detail = withoutRuleFile(v, r.detail);
        // Most sentences already say what each requirement came to.
        const said = detail.replace(/ \(waived by .*\)$/, '').toLowerCase();
        if (said && message.toLowerCase().includes(said))
            continue;
        parts.push(`${(0,untrusted/* escapeMarkdown */.FV)(name, 40)}: **${r.state}** — ${(0,untrusted/* escapeMarkdown */.FV)(detail, 300)}`);
    }
    if (v.exception && !v.message.includes(v.exception.reason)) {
        const e = v.exception;
        parts.push(`exception: ${(0,untrusted/* escapeMarkdown */.FV)(e.reason, 300)} (approved by ${(0,untrusted/* escapeMarkdown */.FV)(e.approvedBy, 100)}, expires ${(0,untrusted/* escapeMarkdown */.FV)(e.expires, 40)})`);
    }
    return parts.join(' · ');
}
/** The rule's line at the scanned commit, when the run knows the repository and the file lies in it. */
function ruleUrl(file, line, links) {
    if (!links.repository)
        return undefined;
    const path = repoPath(file, links.root);
    if (!path)
        return undefined;
    const { url, sha } = links.repository;
    return `${url}/blob/${encodeURIComponent(sha)}/${path.split('/').map(encodeURIComponent).join('/')}#L${Math.max(1, line)}`;
}
function ruleCell(v, links) {
    const url = ruleUrl(v.rule.file, v.rule.line, links);
    if (url)
        return `[${(0,untrusted/* markdownCode */.D9)(v.rule.id, 100)} line ${v.rule.line}](${url})`;
    return `${(0,untrusted/* markdownCode */.D9)(v.rule.id, 100)} (${(0,untrusted/* escapeMarkdown */.FV)(v.rule.file)} line ${v.rule.line})`;
}
/** Every row starts with one of these; the legend under the headline names the ones used. */
const MARKS = {
    pending: { mark: '⏳', means: 'waits for an approver' },
    fail: { mark: '❌', means: 'fails the check' },
    warn: { mark: '⚠️', means: 'warning: does not fail the check' },
    pass: { mark: '✅', means: 'passes' },
};
const markOf = (v) => (isPending(v) ? 'pending' : v.outcome);
function row(report, v, links, withFix) {
    const f = findingFor(report, v);
    const cells = [
        `${MARKS[markOf(v)].mark} ${(0,untrusted/* markdownCode */.D9)(format_endpoint(v))}`,
        (0,untrusted/* escapeMarkdown */.FV)(serviceLabel(f)),
        why(v),
        ruleCell(v, links),
    ];
    // Beside its row, collapsed: the fix for this port, not a list of fixes for some ports.
    if (withFix)
        cells.push(v.fix ? `<details><summary>fix</summary>${(0,untrusted/* escapeMarkdown */.FV)(v.fix, 600)}</details>` : '');
    return `| ${cells.join(' | ')} |`;
}
function evidenceText(value) {
    return Array.isArray(value) ? value.join(', ') : String(value);
}
/** The job summary's extra part: what was scanned, and every open port with its evidence. */
function scanDetails(report) {
    const out = [
        '',
        '<details><summary>Scan and evidence</summary>',
        '',
        `- targets: ${report.scan.targets.map((t) => (0,untrusted/* markdownCode */.D9)(t, 100)).join(', ')}`,
        `- ports: ${(0,untrusted/* markdownCode */.D9)(report.scan.ports, 300)} · vantage: ${report.scan.vantage} · started ${(0,untrusted/* escapeMarkdown */.FV)(report.startedAt, 40)}`,
    ];
    for (const [name, addresses] of Object.entries(report.scan.resolved ?? {})) {
        out.push(`- ${(0,untrusted/* markdownCode */.D9)(name, 100)} → ${addresses.map((a) => (0,untrusted/* markdownCode */.D9)(a, 60)).join(', ')}`);
    }
    if (report.ports.length) {
        out.push('', '| endpoint | service | risk | evidence |', '|---|---|---|---|');
        for (const f of report.ports) {
            const evidence = Object.entries(f.evidence)
                .map(([k, v]) => `${(0,untrusted/* markdownCode */.D9)(k, 60)} = ${(0,untrusted/* escapeMarkdown */.FV)(evidenceText(v), 200)}`)
                .join(' · ');
            out.push(`| ${(0,untrusted/* markdownCode */.D9)(format_endpoint(f))} | ${(0,untrusted/* escapeMarkdown */.FV)(serviceLabel(f))} | ${(0,untrusted/* escapeMarkdown */.FV)(f.risk.join(', '), 100)} | ${evidence} |`);
        }
    }
    out.push('', '</details>');
    return out;
}
/** A table of verdicts; problems get a fix column, passes do not. */
function table(report, verdicts, links) {
    if (verdicts.length === 0)
        return [];
    const withFix = verdicts.some((v) => v.outcome !== 'pass');
    return [
        withFix ? '| endpoint | service | why | rule | fix |' : '| endpoint | service | why | rule |',
        withFix ? '|---|---|---|---|---|' : '|---|---|---|---|',
        ...verdicts.map((v) => row(report, v, links, withFix)),
    ];
}
/** Names as GitHub writes them, but inert: escapeMarkdown keeps `@` from mentioning anyone. */
function names(list) {
    return list.map((n) => (0,untrusted/* escapeMarkdown */.FV)(n.includes('/') ? `@${n}` : n, 100)).join(', ');
}
/**
 * First in the comment: what the pull request's own changes to the rules let through and
 * the base's rules do not, who may approve it, and what is known about approvals.
 */
function pendingSection(report, pending, links) {
    const change = report.change;
    if (!change || pending.length === 0)
        return [];
    const who = change.approvers.length
        ? `An approver named in the base's policy (${names(change.approvers)}) must approve this pull request (a review of its latest commit).`
        : "The base's policy names no `approvers:`, so no review can approve it: undo the change to the rules, or add approvers on the base branch first.";
    return [
        `**Pending approval — ${(0,words/* plural */.LS)(pending.length, 'change')} to the rules that ${(0,untrusted/* markdownCode */.D9)(change.base, 100)} does not allow**`,
        '',
        `This pull request's own policy, extends or baseline lets ${pending.length === 1 ? 'this' : 'these'} through; the rules of the base branch do not. ${who}`,
        ...change.notes.map((n) => `> ${(0,untrusted/* escapeMarkdown */.FV)(n, 400)}`),
        '',
        ...table(report, pending, links),
        '',
    ];
}
/** The headline, with the policy file as code (DESIGN.md's comment sketch). */
function markdownHeadline(report) {
    const text = headline(report);
    const file = report.policy.file;
    const at = report.result === 'fail' ? text.lastIndexOf(file) : -1;
    if (at < 0)
        return (0,untrusted/* escapeMarkdown */.FV)(text, 400);
    return `${(0,untrusted/* escapeMarkdown */.FV)(text.slice(0, at), 200)}${(0,untrusted/* markdownCode */.D9)(file, 300)}${(0,untrusted/* escapeMarkdown */.FV)(text.slice(at + file.length), 200)}`;
}
/** Failures first, then warnings (stable within each). */
const RANK = { pending: 0, fail: 1, warn: 2, pass: 3 };
const worstFirst = (list) => [...list].sort((a, b) => RANK[markOf(a)] - RANK[markOf(b)]);
/** Inside an HTML block Markdown escapes are not read: HTML-escape, and break mentions. */
const htmlText = (text, max = 200) => (0,untrusted/* escapeHtml */.ZD)((0,untrusted/* untrustedLine */.tX)(text, max)).replace(/@/g, '@\u200b');
function collapsed(summary, inner) {
    return ['', `<details><summary>${summary}</summary>`, '', ...inner, '', '</details>'];
}
/** The scanned commit, when and where: the footer under every Markdown report. */
function footer(report, links, comment) {
    const partial = !report.partial
        ? ''
        : report.partialReason === 'max-duration'
            ? ' · **partial: the time budget ran out**'
            : report.partialReason === 'missing-shards'
                ? ' · **partial: shards are missing**'
                : ' · **partial: the scan was interrupted**';
    const parts = [`${scanLine(report)}${partial}`];
    if (links.repository) {
        const { url, sha } = links.repository;
        parts.push(`commit [\`${sha.slice(0, 7)}\`](${url}/commit/${encodeURIComponent(sha)})`);
    }
    const at = new Date(report.startedAt);
    if (!Number.isNaN(at.getTime()))
        parts.push(`scanned ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    if (links.runUrl) {
        const id = /\/runs\/(\d+)/.exec(links.runUrl)?.[1];
        parts.push(`[${id ? `run ${id}` : 'the run'}](${links.runUrl})${comment ? ' (full report in its job summary)' : ''}`);
    }
    return parts.join(' · ');
}
/** Body shared by the job summary and the PR comment: what this change did first, the rest collapsed. */
function renderMarkdown(report, options = {}) {
    const links = {
        repository: options.repository,
        root: options.root,
        runUrl: options.detailsUrl,
    };
    const icon = report.result === 'fail' ? '❌' : '✅';
    const pending = report.verdicts.filter(isPending);
    const gone = report.verdicts.filter((v) => v.baseline === 'gone');
    const passes = report.verdicts.filter((v) => v.outcome === 'pass' && v.baseline !== 'gone');
    // Everything the policy objects to, whether or not it fails the check.
    const problems = report.verdicts.filter((v) => v.outcome !== 'pass' && !isPending(v));
    const compared = report.verdicts.some((v) => v.baseline !== undefined);
    const fresh = worstFirst(compared ? problems.filter((v) => v.baseline !== 'unchanged') : problems);
    const unchanged = worstFirst(compared ? problems.filter((v) => v.baseline === 'unchanged') : []);
    const head = [];
    if (options.marker)
        head.push(options.marker);
    const origin = options.origin ? ` ${(0,untrusted/* escapeMarkdown */.FV)(options.origin.heading, 200)}` : '';
    head.push(`### ${icon} Portcullis — ${markdownHeadline(report)}${origin}`, '');
    // Where a report came from comes before anything it says.
    if (options.origin)
        head.push(options.origin.markdown, '');
    if (compared) {
        head.push(`**${(0,words/* plural */.LS)(fresh.length + pending.length, 'new problem')}** · ${(0,words/* count */.U9)(unchanged.length)} unchanged · ${(0,words/* count */.U9)(gone.length)} gone · ${(0,words/* count */.U9)(passes.length)} passed — compared with the baseline`);
    }
    else if (problems.length || pending.length) {
        const failing = problems.filter((v) => v.outcome === 'fail').length + pending.length;
        const warnings = problems.length - (failing - pending.length);
        head.push(`${(0,words/* count */.U9)(failing)} failing · ${(0,words/* plural */.LS)(warnings, 'warning')} · ${(0,words/* count */.U9)(passes.length)} passed — no baseline to compare with, so all of them count as new (with \`baseline: auto\`, a push or schedule run on the base branch stores one; or give \`--baseline FILE\`)`);
    }
    const used = new Set([...pending, ...problems, ...passes].map(markOf));
    const legend = Object.keys(MARKS)
        .filter((k) => used.has(k))
        .map((k) => `${MARKS[k].mark} ${MARKS[k].means}`);
    if (legend.length && (compared || problems.length || pending.length))
        head.push(`<sub>${legend.join(' · ')}</sub>`);
    if (head[head.length - 1] !== '')
        head.push('');
    const body = [...pendingSection(report, pending, links)];
    if (compared) {
        if (fresh.length)
            body.push('**New in this change**', '', ...table(report, fresh, links));
        else if (unchanged.length)
            body.push('Nothing new: every problem below was already in the baseline.');
        if (unchanged.length) {
            const failing = unchanged.filter((v) => v.outcome === 'fail').length;
            const still = failing
                ? ` — ${failing} still fail${failing === 1 ? 's' : ''} the check (fail-on: ${(0,untrusted/* escapeHtml */.ZD)((0,untrusted/* untrustedLine */.tX)(report.policy.failOn ?? 'any', 40))})`
                : '';
            body.push(...collapsed(`${(0,words/* plural */.LS)(unchanged.length, 'problem')} already in the baseline (unchanged)${still}`, table(report, unchanged, links)));
        }
        if (gone.length)
            body.push(...collapsed(`${(0,words/* plural */.LS)(gone.length, 'port')} gone since the baseline`, gone.map((v) => `- ${(0,untrusted/* markdownCode */.D9)(format_endpoint(v))} ${(0,untrusted/* escapeMarkdown */.FV)(withoutEndpoint(v), 300)}`)));
    }
    else {
        // Violations the gate let through (fail-on, mode: warn, UDP silence) under what fails; open when nothing fails.
        const letThrough = fresh.filter(fail_on/* isLetThrough */.BL);
        const failing = fresh.filter((v) => v.outcome === 'fail');
        const shown = failing.length ? fresh.filter((v) => !(0,fail_on/* isLetThrough */.BL)(v)) : fresh;
        body.push(...table(report, shown, links));
        if (failing.length && letThrough.length) {
            const gate = htmlText(gateLabel(report), 100); // from the report: a report-only file is untrusted
            const count = `${(0,words/* plural */.LS)(letThrough.length, 'violation does', 'violations do')} not fail the check${gate}`;
            body.push(...collapsed(count, table(report, letThrough, links)));
        }
    }
    if (passes.length) {
        const exceptions = passes.filter((v) => v.exception).length;
        const parts = [
            `${(0,words/* plural */.LS)(passes.length, 'open port passes', 'open ports pass')}`,
            ...(exceptions ? [(0,words/* plural */.LS)(exceptions, 'exception') + ' applied'] : []),
        ];
        body.push(...collapsed(parts.join(' · '), table(report, passes, links)));
    }
    if (report.notices.length)
        body.push('', ...report.notices.map((n) => `> ${(0,untrusted/* escapeMarkdown */.FV)(n, 600)}`));
    if (options.full)
        body.push(...reachabilitySection(report), ...scanDetails(report));
    const foot = ['', footer(report, links, !options.full)];
    const limit = options.limit ?? Infinity;
    // Sections that are absent leave no run of blank lines behind.
    let text = [...head, ...body, ...foot].join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
    if (text.length > limit) {
        // Drop rows from the end until it fits, and say where the rest is.
        const where = options.fullReportAt ??
            (options.detailsUrl
                ? `the full report is in the [job summary](${options.detailsUrl})`
                : 'the full report is in the job summary');
        const notice = `\n\n> Truncated to fit GitHub's ${options.full ? 'job summary' : 'comment'} limit; ${where}.\n`;
        const budget = limit - notice.length - foot.join('\n').length - 16;
        let kept = [...head, ...body].join('\n');
        if (kept.length > budget)
            kept = kept.slice(0, kept.lastIndexOf('\n', budget));
        // Close an open <details> so the rest of the page renders.
        if ((kept.match(/<details>/g) ?? []).length > (kept.match(/<\/details>/g) ?? []).length)
            kept += '\n\n</details>';
        text = kept + notice + foot.join('\n') + '\n';
    }
    return text;
}
/** The job summary: the whole report. */
const markdown = (report, options = {}) => renderMarkdown(report, {
    full: true,
    repository: options.repository,
    root: options.root,
    detailsUrl: options.detailsUrl,
});

;// CONCATENATED MODULE: ./src/report/comment.ts

/** The hidden marker that finds our own comment again: one per job and policy. */
function commentMarker(job, policyFile) {
    const clean = (s) => s.replace(/--+/g, '-').replace(/[<>\n\r]/g, '');
    return `<!-- portcullis: job=${clean(job)} policy=${clean(policyFile)} -->`;
}
/** The PR comment: the Markdown report under the hidden marker, kept under GitHub's limit. */
const comment = (report, options = {}) => renderMarkdown(report, {
    marker: commentMarker(options.job ?? 'portcullis', report.policy.file),
    limit: COMMENT_LIMIT - 1024,
    detailsUrl: options.detailsUrl,
    repository: options.repository,
    root: options.root,
    origin: options.origin,
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/sarif.ts





/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one
 * result per failing or warning verdict, located at the line of the policy
 * rule that decided it. Everything a service said is plain, inert text.
 */
const INFORMATION_URI = 'https://github.com/portcullis/portcullis';
/** Code scanning reads `security-severity` (0.1–10) to rank alerts as low … critical. */
const SECURITY_SEVERITY = {
    low: '3.0',
    medium: '5.5',
    high: '8.0',
    critical: '9.5',
};
function ruleIdOf(v) {
    return `portcullis/${v.rule.id}`.replace(/\s+/g, '-').slice(0, 255);
}
function sha(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 32);
}
const sarif = (report, options = {}) => {
    const root = options.root ?? process.cwd();
    const verdicts = report.verdicts.filter((v) => v.outcome !== 'pass');
    const policyPath = repoPath(report.policy.file, root) ?? (0,untrusted/* untrustedLine */.tX)(report.policy.file, 500);
    const rules = [];
    const ruleIndex = new Map();
    for (const v of verdicts) {
        const id = ruleIdOf(v);
        if (ruleIndex.has(id))
            continue;
        ruleIndex.set(id, rules.length);
        const severity = v.severity ?? 'high';
        const text = v.rule.id === 'default' ? "The policy's default rule" : `Policy rule "${(0,untrusted/* sarifText */.BC)(v.rule.id, 200)}"`;
        rules.push({
            id,
            name: id
                .replace(/[^A-Za-z0-9]+/g, ' ')
                .trim()
                .replace(/ (.)/g, (_, c) => c.toUpperCase()),
            shortDescription: { text: `${text} does not allow an open port` },
            fullDescription: {
                text: `${text} (${(0,untrusted/* sarifText */.BC)(v.rule.file, 300)} line ${v.rule.line}) judged an open port on a scanned host.`,
            },
            helpUri: `${INFORMATION_URI}/blob/main/docs/policy.md#how-a-port-is-judged`,
            help: {
                text: 'Close the port, bind the service to a private network, or allow it in the policy with a reason (an exception needs an approver and an expiry date).',
            },
            defaultConfiguration: { level: 'error' },
            properties: {
                tags: ['security', 'network', 'port-policy'],
                precision: 'high',
                'security-severity': SECURITY_SEVERITY[severity],
            },
        });
    }
    const results = verdicts.map((v) => {
        const f = findingFor(report, v);
        const inRepo = repoPath(v.rule.file, root);
        const where = inRepo ? '' : ` (rule from ${(0,untrusted/* sarifText */.BC)(v.rule.file, 300)}:${v.rule.line})`;
        const fix = v.fix ? ` Fix: ${(0,untrusted/* sarifText */.BC)(v.fix, 400)}` : '';
        return {
            ruleId: ruleIdOf(v),
            ruleIndex: ruleIndex.get(ruleIdOf(v)),
            level: v.outcome === 'fail' ? 'error' : 'warning',
            message: {
                text: `${(0,untrusted/* sarifText */.BC)(format_endpoint(v))} — ${(0,untrusted/* sarifText */.BC)(serviceLabel(f))}: ${(0,untrusted/* sarifText */.BC)(v.message, 400)}${where}.${fix}`,
            },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: inRepo ?? policyPath, uriBaseId: '%SRCROOT%' },
                        region: { startLine: inRepo ? Math.max(1, v.rule.line) : 1 },
                    },
                },
            ],
            // Stable across runs, so code scanning tracks one alert per endpoint and rule.
            partialFingerprints: {
                'portcullisEndpoint/v1': sha(`${v.hostname ?? v.host}|${v.port}|${v.protocol}|${v.rule.id}`),
            },
            properties: {
                endpoint: (0,untrusted/* untrustedLine */.tX)(format_endpoint(v), 300),
                service: f?.service?.name ? (0,untrusted/* untrustedLine */.tX)(f.service.name, 100) : 'unknown',
                ...(v.severity ? { severity: v.severity } : {}),
                ...(v.baseline ? { baseline: v.baseline } : {}),
                // A violation the gate let through is a warning here, and says what the policy judged.
                ...(v.judged && v.judged !== v.outcome ? { judged: v.judged } : {}),
            },
        };
    });
    const category = options.category ?? `portcullis/${options.job ?? 'scan'}`;
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Portcullis',
                        informationUri: INFORMATION_URI,
                        semanticVersion: version/* VERSION */.x,
                        rules,
                    },
                },
                // The part before the last slash is the code-scanning category: one per job and policy.
                automationDetails: { id: `${category.replace(/\/+$/, '')}/` },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                invocations: [
                    {
                        executionSuccessful: !report.partial,
                        startTimeUtc: report.startedAt,
                        endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
                    },
                ],
                results,
                properties: {
                    result: report.result,
                    failOn: report.policy.failOn ?? 'any',
                    partial: report.partial,
                    vantage: report.scan.vantage,
                    counts: report.scan.counts,
                },
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
};

;// CONCATENATED MODULE: ./src/report/junit.ts



/**
 * JUnit XML, for CI systems that read test reports: one test suite per
 * policy, one test case per judged endpoint; a violation is a failure, a
 * warning passes with its text in system-out.
 */
const attr = (text) => (0,untrusted/* escapeXml */.X)(text);
function testcase(report, v) {
    const f = findingFor(report, v);
    const name = `${(0,untrusted/* untrustedLine */.tX)(format_endpoint(v), 300)} ${(0,untrusted/* untrustedLine */.tX)(serviceLabel(f), 200)}`;
    const classname = `portcullis.${(0,untrusted/* untrustedLine */.tX)(v.hostname ?? v.host, 200)}`;
    const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" time="0">`;
    const detail = [
        (0,untrusted/* untrustedLine */.tX)(v.message, 400),
        (0,untrusted/* untrustedLine */.tX)(ruleLabel(v), 400),
        ...Object.entries(v.requirements).map(([k, r]) => `${k}: ${r.state} — ${(0,untrusted/* untrustedLine */.tX)(r.detail, 300)}`),
        ...(v.fix ? [`fix: ${(0,untrusted/* untrustedLine */.tX)(v.fix, 400)}`] : []),
    ].join('\n');
    if (v.outcome === 'fail') {
        return `${open}\n      <failure type="${attr(v.rule.id)}" message="${attr((0,untrusted/* untrustedLine */.tX)(v.message, 400))}">${(0,untrusted/* escapeXml */.X)(detail)}</failure>\n    </testcase>`;
    }
    if (v.outcome === 'warn') {
        const kind = (0,fail_on/* isLetThrough */.BL)(v) ? `violation that does not fail the check${gateLabel(report)}` : 'warning';
        return `${open}\n      <system-out>${(0,untrusted/* escapeXml */.X)(`${kind}: ${detail}`)}</system-out>\n    </testcase>`;
    }
    return `${open}</testcase>`;
}
const junit = (report) => {
    const verdicts = report.verdicts;
    const failures = verdicts.filter((v) => v.outcome === 'fail').length;
    const time = (report.durationMs / 1000).toFixed(3);
    const suite = (0,untrusted/* untrustedLine */.tX)(report.policy.file, 300);
    const props = [
        ['result', report.result],
        ['fail-on', report.policy.failOn ?? 'any'],
        ['vantage', report.scan.vantage],
        ['targets', report.scan.targets.join(', ')],
        ['ports', report.scan.ports],
        ['partial', String(report.partial)],
    ]
        .map(([k, v]) => `      <property name="${attr(k)}" value="${attr((0,untrusted/* untrustedLine */.tX)(v, 2000))}"/>`)
        .join('\n');
    // A partial scan is an error of the run, not a verdict: record it where CI tools look for one.
    const errors = report.partial ? 1 : 0;
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="Portcullis" tests="${verdicts.length}" failures="${failures}" errors="${errors}" time="${time}">`,
        `  <testsuite name="${attr(suite)}" tests="${verdicts.length}" failures="${failures}" errors="${errors}" skipped="0" time="${time}" timestamp="${attr(report.startedAt)}">`,
        '    <properties>',
        props,
        '    </properties>',
        ...verdicts.map((v) => testcase(report, v)),
        ...(report.notices.length
            ? [
                `    <system-out>${(0,untrusted/* escapeXml */.X)(report.notices.map((n) => (0,untrusted/* untrustedLine */.tX)(n, 600)).join('\n'))}</system-out>`,
            ]
            : []),
        '  </testsuite>',
        '</testsuites>',
    ];
    return lines.join('\n') + '\n';
};

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** Plain text for GitHub's annotation view: one bounded line, and no @mention even if it were rendered. */
function untrustedLine(text, max) {
    return (0,untrusted/* untrustedLine */.tX)(text, max).replace(/@/g, '@\u200b');
}
function annotationFor(report, v, options) {
    const f = findingFor(report, v);
    const mapped = options.pathFor ? options.pathFor(v.rule.file) : v.rule.file;
    const own = mapped ??
        (options.pathFor ? options.pathFor(report.policy.file) : report.policy.file) ??
        report.policy.file;
    const where = mapped ? '' : ` (rule from ${v.rule.file}:${v.rule.line})`;
    const lines = [
        `${untrustedLine(format_endpoint(v))} — ${untrustedLine(serviceLabel(f))}: ${untrustedLine(v.message, 400)}${where}`,
    ];
    if (v.fix)
        lines.push(`Fix: ${untrustedLine(v.fix, 400)}`);
    return {
        path: own,
        line: mapped ? Math.max(1, v.rule.line) : 1,
        level: v.outcome === 'fail' ? 'failure' : v.outcome === 'warn' ? 'warning' : 'notice',
        title: untrustedLine(`${isPending(v) ? 'Pending approval' : v.outcome === 'fail' ? 'Not allowed' : (0,fail_on/* isLetThrough */.BL)(v) ? `Not allowed, but does not fail the check${gateLabel(report)}` : 'Warning'}: ${format_endpoint(v)} (${v.rule.id})`, 200),
        message: lines.join('\n'),
    };
}
function buildAnnotations(report, options = {}) {
    return report.verdicts.filter((v) => v.outcome !== 'pass').map((v) => annotationFor(report, v, options));
}
const COMMAND = {
    failure: 'error',
    warning: 'warning',
    notice: 'notice',
};
/**
 * Workflow commands (`::error file=…,line=…::…`) that a GitHub Actions log turns
 * into annotations: what the CLI prints with `--format annotations` inside any workflow.
 */
const annotations = (report) => buildAnnotations(report)
    .map((a) => `::${COMMAND[a.level]} file=${(0,untrusted/* escapeWorkflowProperty */.Yq)(a.path)},line=${a.line},title=${(0,untrusted/* escapeWorkflowProperty */.Yq)(a.title)}::${a.message
    .split('\n')
    .map(untrusted/* escapeWorkflowCommand */.Ci)
    .join('%0A')}`)
    .join('\n') + '\n';

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/report/write.ts



/** Pieces are gathered up to this many characters per write (a report of a million findings never becomes one string). */
const WRITE_BATCH = 1 << 20;
/**
 * Write a report file so that a reader never sees half of it: write a
 * temporary file beside the target, flush it, then rename over the target.
 * The content is one string, or pieces written one batch at a time.
 */
async function writeFileAtomic(path, content) {
    const dir = (0,external_node_path_.dirname)(path);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(tmp, 'w', 0o644);
    try {
        if (typeof content === 'string')
            await handle.writeFile(content, 'utf8');
        else {
            let batch = [];
            let size = 0;
            for (const piece of content) {
                batch.push(piece);
                size += piece.length;
                if (size >= WRITE_BATCH) {
                    await handle.write(batch.join(''), null, 'utf8');
                    batch = [];
                    size = 0;
                }
            }
            if (batch.length)
                await handle.write(batch.join(''), null, 'utf8');
        }
        await handle.sync();
    }
    catch (err) {
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    await handle.close();
    try {
        await (0,promises_.rename)(tmp, path);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/report/schema.ts



// ajv's compiler is CommonJS; required at first use (a bundler resolves this form too).
const schema_require = (0,external_node_module_.createRequire)(import.meta.url);
/**
 * The JSON report (format version 1) as a JSON Schema, for reading a report
 * this process did not write: a shard to merge, a baseline, or the artifact a
 * fork's pull_request run uploaded (untrusted: it must be the shape the
 * reporters expect, and bounded, before any of it reaches a PR).
 *
 * Published as schemas/report.schema.json (docs/report.md describes every field);
 * __tests__/contracts/schemas.test.ts keeps that file equal to this object.
 */
const str = { type: 'string', maxLength: 100_000 };
const schema_int = { type: 'integer', minimum: 0 };
const port = { type: 'integer', minimum: 0, maximum: 65535 };
const protocol = { enum: ['tcp', 'udp'] };
const evidenceValue = {
    anyOf: [
        { type: 'string', maxLength: 100_000 },
        { type: 'number' },
        { type: 'boolean' },
        { type: 'null' },
        { type: 'array', items: { type: 'string', maxLength: 100_000 }, maxItems: 1000 },
    ],
};
const vantage = { enum: ['untrusted', 'vpn', 'internal'] };
const ruleRef = {
    type: 'object',
    required: ['id', 'file', 'line'],
    properties: { id: str, file: str, line: schema_int, column: schema_int },
};
const REPORT_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/report.schema.json',
    title: 'Portcullis JSON report, format version 1',
    description: 'What `portcullis scan --json` and the action write. Fields are only added within version 1; removing one or changing its meaning bumps `version`. Documented in docs/report.md.',
    type: 'object',
    required: [
        'version',
        'result',
        'partial',
        'startedAt',
        'durationMs',
        'policy',
        'scan',
        'ports',
        'verdicts',
        'summary',
    ],
    properties: {
        version: { const: 1 },
        tool: {
            type: 'object',
            required: ['name', 'version'],
            properties: { name: str, version: str },
        },
        result: { enum: ['pass', 'fail'] },
        partial: { type: 'boolean' },
        partialReason: { enum: ['interrupted', 'max-duration', 'missing-shards'] },
        startedAt: str,
        durationMs: { type: 'number', minimum: 0 },
        policy: {
            type: 'object',
            required: ['file'],
            // failOn: the fail-on that gated the report; failOnFrom: the flag or input that overrode the policy's.
            properties: { file: str, mode: { enum: ['enforce', 'warn'] }, failOn: str, failOnFrom: str },
        },
        scan: {
            type: 'object',
            required: ['targets', 'ports', 'vantage', 'counts'],
            properties: {
                targets: { type: 'array', items: str, maxItems: 100_000 },
                ports: str,
                vantage: { enum: ['untrusted', 'vpn', 'internal'] },
                counts: {
                    type: 'object',
                    required: ['probed', 'open', 'closed', 'filtered'],
                    properties: { probed: schema_int, open: schema_int, closed: schema_int, filtered: schema_int, openFiltered: schema_int },
                },
                resolved: { type: 'object', additionalProperties: { type: 'array', items: str } },
                // A shard of a split scan (--shard K/N), and the digest of the scan's inputs its shards share.
                shard: {
                    type: 'object',
                    required: ['index', 'count'],
                    properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
                },
                digest: str,
                // A merged report (portcullis merge): the reports it joined, per vantage.
                merged: {
                    type: 'object',
                    required: ['reports', 'groups'],
                    properties: {
                        reports: schema_int,
                        groups: {
                            type: 'array',
                            maxItems: 100,
                            items: {
                                type: 'object',
                                required: ['vantage', 'shards', 'present', 'missing', 'duplicated'],
                                properties: {
                                    vantage,
                                    digest: str,
                                    shards: schema_int,
                                    present: { type: 'array', items: schema_int, maxItems: 5000 },
                                    missing: { type: 'array', items: schema_int, maxItems: 5000 },
                                    duplicated: { type: 'array', items: schema_int, maxItems: 5000 },
                                },
                            },
                        },
                    },
                },
                listeners: {
                    type: 'object',
                    required: ['new', 'probed', 'tableOnly'],
                    properties: {
                        new: schema_int,
                        probed: { type: 'array', items: str, maxItems: 100_000 },
                        tableOnly: { type: 'array', items: str, maxItems: 100_000 },
                    },
                },
            },
        },
        ports: {
            type: 'array',
            maxItems: 100_000,
            items: {
                type: 'object',
                required: ['host', 'port', 'protocol', 'state', 'reason', 'risk', 'evidence'],
                properties: {
                    host: str,
                    hostname: str,
                    port,
                    protocol,
                    state: { enum: ['open', 'closed', 'filtered', 'open|filtered'] },
                    reason: str,
                    rttMs: { type: 'number' },
                    tries: schema_int,
                    service: {
                        type: 'object',
                        required: ['name', 'confidence'],
                        properties: {
                            name: str,
                            product: str,
                            version: str,
                            tls: { type: 'boolean' },
                            confidence: { enum: ['high', 'low'] },
                            identifiedBy: { enum: ['exchange', 'banner', 'port'] },
                            banner: str,
                        },
                    },
                    risk: { type: 'array', items: str, maxItems: 100 },
                    evidence: { type: 'object', additionalProperties: evidenceValue },
                    origin: { enum: ['listener-table'] },
                    vantage,
                },
            },
        },
        otherPorts: { type: 'array', maxItems: 10_000_000 },
        verdicts: {
            type: 'array',
            maxItems: 100_000,
            items: {
                type: 'object',
                required: ['host', 'port', 'protocol', 'outcome', 'message', 'rule', 'requirements'],
                properties: {
                    host: str,
                    hostname: str,
                    port,
                    protocol,
                    service: str,
                    product: str,
                    vantage,
                    // outcome: what the gate made of it (fail fails the check); judged: what the policy
                    // judged before fail-on, mode: warn or UDP silence let a failure through
                    // (optional: older reports lack it, and a baseline then reads outcome).
                    outcome: { enum: ['pass', 'warn', 'fail'] },
                    judged: { enum: ['pass', 'warn', 'fail'] },
                    severity: { enum: ['low', 'medium', 'high', 'critical'] },
                    message: str,
                    rule: ruleRef,
                    requirements: {
                        type: 'object',
                        additionalProperties: {
                            type: 'object',
                            required: ['state', 'detail'],
                            properties: {
                                state: { enum: ['verified', 'attested', 'unverified', 'violated'] },
                                detail: str,
                            },
                        },
                    },
                    fix: str,
                    exception: {
                        type: 'object',
                        required: ['reason', 'approvedBy', 'expires', 'rule'],
                        properties: { reason: str, approvedBy: str, expires: str, ticket: str, rule: ruleRef },
                    },
                    baseline: { enum: ['new', 'unchanged', 'gone'] },
                    new: { type: 'boolean' },
                    pending: {
                        type: 'object',
                        required: ['headOutcome', 'base'],
                        properties: {
                            headOutcome: { enum: ['pass', 'warn', 'fail'] },
                            base: {
                                type: 'object',
                                required: ['outcome', 'message', 'rule'],
                                properties: {
                                    outcome: { enum: ['pass', 'warn', 'fail'] },
                                    severity: { enum: ['low', 'medium', 'high', 'critical'] },
                                    message: str,
                                    rule: ruleRef,
                                },
                            },
                            approvedBy: { type: 'array', items: str, maxItems: 100 },
                        },
                    },
                },
            },
        },
        summary: {
            type: 'object',
            required: ['violations', 'warnings', 'passed'],
            properties: { violations: schema_int, warnings: schema_int, passed: schema_int, newViolations: schema_int },
        },
        notices: { type: 'array', items: str, maxItems: 10_000 },
        // A merged report: what each vantage saw of every port open from at least one of them.
        observations: {
            type: 'array',
            maxItems: 1_000_000,
            items: {
                type: 'object',
                required: ['host', 'port', 'protocol', 'vantage', 'state'],
                properties: {
                    host: str,
                    hostname: str,
                    port,
                    protocol,
                    vantage,
                    state: { enum: ['open', 'open|filtered', 'closed', 'filtered', 'not open', 'not observed'] },
                },
            },
        },
        change: {
            type: 'object',
            required: ['base', 'judgedBy', 'pending', 'approved', 'approvers', 'notes'],
            properties: {
                base: str,
                judgedBy: { enum: ['base', 'head'] },
                reason: str,
                pending: schema_int,
                approved: schema_int,
                approvers: { type: 'array', items: str, maxItems: 100 },
                approvedBy: { type: 'array', items: str, maxItems: 100 },
                notes: { type: 'array', items: str, maxItems: 1000 },
            },
        },
    },
};
let validator;
/** The largest report file we read (a report of 100,000 open ports is about this size). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Parse and check a JSON report; every problem is a ConfigurationError naming the file and the JSON path. */
function parseReport(text, source) {
    if (text.length > MAX_REPORT_BYTES) {
        throw new src_errors/* ConfigurationError */.j1({
            source,
            message: `is larger than ${(0,words/* plural */.LS)(MAX_REPORT_BYTES, 'byte')}; not a Portcullis report`,
        });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new src_errors/* ConfigurationError */.j1({ source, message: `is not JSON: ${err.message}` });
    }
    if (!validator) {
        // ajv's compiler loads when a report is first read, not at every start.
        const { Ajv } = schema_require('ajv');
        validator = new Ajv({ allErrors: true, strict: false }).compile(REPORT_SCHEMA);
    }
    if (!validator(data)) {
        const errors = (validator.errors ?? []).slice(0, 10);
        throw new src_errors/* ConfigurationError */.j1(errors.map((e) => ({
            source,
            path: e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)',
            message: `${e.message ?? 'is invalid'} (not a Portcullis JSON report, format version 1)`,
        })));
    }
    const report = data;
    report.notices ??= [];
    return report;
}

;// CONCATENATED MODULE: ./src/report/recount.ts



/**
 * A report read from a file this process did not write (report-only: the pull request run's
 * artifact) is shown by its verdicts, not by what it says about them: its `summary` and
 * `result` are counted again from the verdicts (and `partial`), as every headline is, and a
 * notice says so when they disagreed, or when an open port it lists has no verdict.
 */
function recountReport(report) {
    const c = countVerdicts(report.verdicts);
    const summary = {
        violations: c.violations,
        warnings: c.warnings,
        passed: c.passed,
        newViolations: c.newViolations,
    };
    const result = report.partial || c.violations > 0 ? 'fail' : 'pass';
    const said = report.summary;
    const notices = [...report.notices];
    const differs = report.result !== result ||
        said.violations !== summary.violations ||
        said.warnings !== summary.warnings ||
        said.passed !== summary.passed ||
        (said.newViolations !== undefined && said.newViolations !== summary.newViolations);
    const words = (r, s) => `${r}, ${plural(s.violations, 'violation')}, ${plural(s.warnings, 'warning')}, ${count(s.passed)} passed`;
    if (differs)
        notices.unshift(`The report file says ${words(report.result, said)}; its verdicts count ${words(result, summary)}. What is shown here is counted from the verdicts.`);
    const judged = new Set(report.verdicts.map((v) => `${v.host}|${v.port}|${v.protocol}`));
    const unjudged = report.ports.filter((p) => !judged.has(`${p.host}|${p.port}|${p.protocol}`));
    if (unjudged.length)
        notices.unshift(`The report file lists ${plural(unjudged.length, 'open port')} without a verdict (${unjudged
            .slice(0, 5)
            .map((p) => endpoint(p))
            .join(', ')}${unjudged.length > 5 ? ', …' : ''}); nothing here judges ${unjudged.length === 1 ? 'it' : 'them'}.`);
    return { ...report, result, summary, notices };
}

;// CONCATENATED MODULE: ./src/report/index.ts












/** Every output surface, by the name users give to `--format`. The one list of formats: the CLI and the action read it. */
const reporters = {
    terminal: terminal,
    json: json,
    markdown: markdown,
    comment: comment,
    sarif: sarif,
    junit: junit,
    annotations: annotations,
};
/** The formats that make sense as files (`--json FILE`, the action's json-file, sarif-file, junit-file). */
const FILE_FORMATS = ['json', 'markdown', 'sarif', 'junit'];
/** The report model every reporter reads. */
function buildReport(input) {
    const report = {
        version: 1,
        tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
        // An interrupted scan never passes: what it did not see may be what fails.
        result: input.partial ? 'fail' : input.evaluation.result,
        partial: input.partial,
        ...(input.partial ? { partialReason: input.stop?.partial ?? 'interrupted' } : {}),
        startedAt: input.startedAt.toISOString(),
        durationMs: Math.max(0, input.finishedAt.getTime() - input.startedAt.getTime()),
        policy: input.policy,
        scan: input.scan,
        ports: input.findings,
        verdicts: input.evaluation.verdicts,
        summary: input.evaluation.summary,
        notices: [...(input.notices ?? []), ...input.evaluation.notices],
    };
    if (input.otherPorts)
        report.otherPorts = input.otherPorts;
    if (input.change)
        report.change = input.change;
    if (input.partial) {
        report.notices.unshift(input.stop?.notice ??
            'The scan was interrupted; this report covers only the ports probed before it stopped.');
    }
    return report;
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SERVICES),
/* harmony export */   K0: () => (/* binding */ serviceForPort),
/* harmony export */   R0: () => (/* binding */ identifiedBy),
/* harmony export */   VQ: () => (/* binding */ isRemoteAccess),
/* harmony export */   k7: () => (/* binding */ isTransportOnly),
/* harmony export */   os: () => (/* binding */ lookupService)
/* harmony export */ });
const SERVICES = [
    { name: 'ssh', tcp: [22], risk: ['remote-access'], remoteAccess: true, description: 'Secure Shell' },
    {
        name: 'telnet',
        tcp: [23],
        risk: ['remote-access', 'cleartext-legacy'],
        remoteAccess: true,
        description: 'Telnet',
    },
    {
        name: 'rdp',
        aliases: ['ms-wbt-server'],
        tcp: [3389],
        udp: [3389],
        risk: ['remote-access'],
        remoteAccess: true,
        description: 'Remote Desktop Protocol',
    },
    {
        name: 'vnc',
        aliases: ['rfb'],
        tcp: [5900, 5901, 5902, 5903],
        risk: ['remote-access'],
        remoteAccess: true,
        description: 'VNC (RFB)',
    },
    {
        name: 'winrm',
        aliases: ['wsman'],
        tcp: [5985, 5986],
        risk: ['remote-access', 'management'],
        remoteAccess: true,
        description: 'Windows Remote Management',
    },
    { name: 'http', aliases: ['www'], tcp: [80, 8000, 8008, 8080, 8888], risk: ['web'], description: 'HTTP' },
    { name: 'https', tcp: [443, 8443], udp: [443], risk: ['web'], description: 'HTTP over TLS' },
    {
        name: 'ftp',
        tcp: [21],
        risk: ['file-sharing', 'cleartext-legacy'],
        description: 'File Transfer Protocol',
    },
    { name: 'ftps', tcp: [990], risk: ['file-sharing'], description: 'FTP over TLS' },
    { name: 'tftp', udp: [69], risk: ['file-sharing', 'cleartext-legacy'], description: 'Trivial FTP' },
    { name: 'smtp', tcp: [25, 587], risk: ['mail'], description: 'SMTP' },
    { name: 'smtps', aliases: ['submissions'], tcp: [465], risk: ['mail'], description: 'SMTP over TLS' },
    { name: 'pop3', tcp: [110], risk: ['mail', 'cleartext-legacy'], description: 'POP3' },
    { name: 'pop3s', tcp: [995], risk: ['mail'], description: 'POP3 over TLS' },
    { name: 'imap', tcp: [143], risk: ['mail', 'cleartext-legacy'], description: 'IMAP' },
    { name: 'imaps', tcp: [993], risk: ['mail'], description: 'IMAP over TLS' },
    { name: 'dns', aliases: ['domain'], tcp: [53], udp: [53], risk: ['name-service'], description: 'DNS' },
    {
        name: 'mdns',
        aliases: ['zeroconf'],
        udp: [5353],
        risk: ['name-service'],
        description: 'Multicast DNS (DNS messages on 5353)',
    },
    { name: 'ntp', udp: [123], risk: ['name-service'], description: 'Network Time Protocol' },
    { name: 'snmp', udp: [161], risk: ['management'], description: 'SNMP' },
    {
        name: 'netbios',
        aliases: ['netbios-ssn', 'netbios-ns'],
        tcp: [139],
        udp: [137, 138],
        risk: ['file-sharing', 'cleartext-legacy'],
        description: 'NetBIOS',
    },
    {
        name: 'smb',
        aliases: ['microsoft-ds', 'cifs'],
        tcp: [445],
        risk: ['file-sharing'],
        description: 'SMB / CIFS',
    },
    { name: 'ldap', tcp: [389], udp: [389], risk: ['management'], description: 'LDAP' },
    { name: 'ldaps', tcp: [636], risk: ['management'], description: 'LDAP over TLS' },
    { name: 'mysql', aliases: ['mariadb'], tcp: [3306], risk: ['database'], description: 'MySQL / MariaDB' },
    { name: 'postgresql', aliases: ['postgres'], tcp: [5432], risk: ['database'], description: 'PostgreSQL' },
    {
        name: 'mssql',
        aliases: ['ms-sql-s'],
        tcp: [1433],
        risk: ['database'],
        description: 'Microsoft SQL Server',
    },
    { name: 'oracle', tcp: [1521], risk: ['database'], description: 'Oracle TNS listener' },
    { name: 'mongodb', aliases: ['mongo'], tcp: [27017], risk: ['database'], description: 'MongoDB' },
    { name: 'elasticsearch', tcp: [9200, 9300], risk: ['database'], description: 'Elasticsearch' },
    { name: 'zookeeper', tcp: [2181], risk: ['database'], description: 'Apache ZooKeeper' },
    { name: 'cassandra', tcp: [9042], risk: ['database'], description: 'Cassandra CQL' },
    { name: 'redis', tcp: [6379], risk: ['cache', 'database'], description: 'Redis' },
    { name: 'redis-sentinel', tcp: [26379], risk: ['cache', 'database'], description: 'Redis Sentinel' },
    { name: 'memcached', tcp: [11211], udp: [11211], risk: ['cache'], description: 'memcached' },
    { name: 'openvpn', tcp: [1194], udp: [1194], risk: ['vpn-gateway'], description: 'OpenVPN' },
    {
        name: 'ike',
        aliases: ['isakmp', 'ipsec'],
        udp: [500, 4500],
        risk: ['vpn-gateway'],
        description: 'IPsec IKE',
    },
    { name: 'wireguard', udp: [51820], risk: ['vpn-gateway'], description: 'WireGuard' },
    { name: 'ssdp', udp: [1900], risk: ['management'], description: 'SSDP / UPnP' },
    {
        name: 'echo',
        tcp: [7],
        udp: [7],
        risk: ['cleartext-legacy'],
        description: 'Echo (RFC 862): sends back what it receives, a reflector over UDP',
    },
    {
        name: 'stun',
        aliases: ['turn'],
        tcp: [3478],
        udp: [3478],
        risk: ['management'],
        description: 'STUN / TURN (a relay for real-time media)',
    },
    { name: 'sip', tcp: [5060], udp: [5060], risk: ['management'], description: 'SIP (VoIP signalling)' },
    {
        name: 'chargen',
        tcp: [19],
        udp: [19],
        risk: ['cleartext-legacy'],
        description: 'Character generator (RFC 864): a reflector over UDP',
    },
    {
        name: 'daytime',
        tcp: [13],
        udp: [13],
        risk: ['cleartext-legacy'],
        description: 'Daytime (RFC 867): a reflector over UDP',
    },
    {
        name: 'qotd',
        tcp: [17],
        udp: [17],
        risk: ['cleartext-legacy'],
        description: 'Quote of the day (RFC 865): a reflector over UDP',
    },
    {
        name: 'docker',
        tcp: [2375, 2376],
        risk: ['management', 'remote-access'],
        description: 'Docker Engine API',
    },
    { name: 'kubernetes-api', tcp: [6443], risk: ['management'], description: 'Kubernetes API server' },
    { name: 'kafka', tcp: [9092], risk: ['database'], description: 'Apache Kafka' },
    { name: 'amqp', aliases: ['rabbitmq'], tcp: [5672], risk: ['database'], description: 'AMQP' },
    { name: 'mqtt', tcp: [1883], risk: ['database'], description: 'MQTT message broker' },
    { name: 'nats', tcp: [4222], risk: ['database'], description: 'NATS message broker' },
    {
        name: 'jdwp',
        tcp: [5005],
        risk: ['management'],
        description: 'Java Debug Wire Protocol (a JVM debugger: code execution)',
    },
    {
        name: 'java-rmi',
        aliases: ['rmiregistry', 'rmi'],
        tcp: [1099],
        risk: ['management'],
        description: 'Java RMI registry (JRMP)',
    },
    { name: 'epmd', tcp: [4369], risk: ['management'], description: 'Erlang port mapper daemon' },
    {
        name: 'x11',
        tcp: [6000, 6001, 6002, 6003],
        risk: ['remote-access', 'cleartext-legacy'],
        description: 'X Window System (a display: screen and keyboard)',
    },
    { name: 'rsync', tcp: [873], risk: ['file-sharing'], description: 'rsync daemon' },
    { name: 'nfs', tcp: [2049], udp: [2049], risk: ['file-sharing'], description: 'NFS' },
    {
        name: 'rpcbind',
        aliases: ['portmapper', 'sunrpc'],
        tcp: [111],
        udp: [111],
        risk: ['file-sharing'],
        description: 'ONC RPC portmapper (rpcbind)',
    },
    {
        name: 'tls',
        aliases: ['ssl'],
        risk: ['unknown'],
        description: 'A TLS service whose inner protocol was not identified',
    },
];
const byName = new Map();
for (const s of SERVICES) {
    byName.set(s.name, s);
    for (const a of s.aliases ?? [])
        byName.set(a, s);
}
/** The service a user-written name refers to (case-insensitive, aliases accepted). */
function lookupService(name) {
    return byName.get(name.toLowerCase());
}
/** The service registered on a port, for a port-number guess when no fingerprint matched. */
function serviceForPort(port, protocol) {
    return (protocol === 'tcp' ? byPort.tcp : byPort.udp).get(port);
}
/** Port → the first service registered on it, per protocol (a large scan asks once per finding). */
const byPort = { tcp: new Map(), udp: new Map() };
for (const s of SERVICES) {
    for (const p of s.tcp ?? [])
        if (!byPort.tcp.has(p))
            byPort.tcp.set(p, s);
    for (const p of s.udp ?? [])
        if (!byPort.udp.has(p))
            byPort.udp.set(p, s);
}
function isRemoteAccess(name) {
    return name !== undefined && lookupService(name)?.remoteAccess === true;
}
/**
 * Names that say only how bytes travel (TLS, HTTP), not what serves them: an
 * identification as one of these never cancels what the port number alone
 * would be denied as (Elasticsearch on 9200 answering over TLS is still a
 * database port until the product behind HTTP is named).
 */
const TRANSPORT_ONLY = new Set(['tls', 'http', 'https']);
function isTransportOnly(name) {
    const def = lookupService(name);
    return TRANSPORT_ONLY.has(def?.name ?? name.toLowerCase());
}
/**
 * How a service was identified. A report written before `identifiedBy`
 * existed lacks it: a low confidence then counts as a port-number guess (the
 * careful reading: a guess never satisfies an allow rule that names a service).
 */
function identifiedBy(service) {
    return service.identifiedBy ?? (service.confidence === 'low' ? 'port' : 'exchange');
}


/***/ }),

/***/ 5846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   jB: () => (/* binding */ noun)
/* harmony export */ });
/**
 * Counts in every message, alike: a thousands separator always (en-US, whatever the
 * machine's locale), and the singular for one ("probing 1 port", never "1 ports").
 */
/** A count as people read it: 65,535 (a bigint too: a CIDR's size can pass 2^53). */
function count(n) {
    // Whole numbers by hand: the first toLocaleString of a process loads ICU's number formats
    // (about 10 ms of every CLI start); fractions, rare in messages, still go through it.
    // -0 too: String(-0) is "0", and toLocaleString writes "-0".
    if (typeof n === 'number' && (!Number.isSafeInteger(n) || Object.is(n, -0)))
        return n.toLocaleString('en-US');
    const digits = String(n);
    const sign = digits.startsWith('-') ? '-' : '';
    return sign + digits.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ',');
}
/** `plural(1, 'port')` is "1 port", `plural(2, 'address', 'addresses')` is "2 addresses". */
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${noun(n, one, many)}`;
}
/** The word alone, in the number `n` asks for: `noun(2, 'shard')` is "shards". */
function noun(n, one, many = `${one}s`) {
    return n === 1 ? one : many;
}


/***/ })

};
