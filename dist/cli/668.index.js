import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 668;
export const ids = [668];
export const modules = {

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


/***/ })

};
