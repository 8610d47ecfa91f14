import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(731);



async function readReport(file) {
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1({
            source: '--findings',
            message: code ? `cannot read ${JSON.stringify(file)} (${code})` : `${JSON.stringify(file)} is not JSON`,
        });
    }
    const report = data;
    if (!report || report.version !== 1 || !Array.isArray(report.ports)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1({
            source: '--findings',
            message: `${JSON.stringify(file)} is not a Portcullis JSON report (version 1 with ports); write one with scan --json`,
        });
    }
    const vantage = report.scan?.vantage;
    return {
        findings: report.ports,
        vantage: vantage === 'vpn' || vantage === 'internal' ? vantage : 'untrusted',
        startedAt: typeof report.startedAt === 'string' ? report.startedAt : undefined,
    };
}
/**
 * `portcullis validate POLICY…`: load each policy (schema, extends, semantic
 * checks) and report every problem of every file at once (exit 2). With
 * --findings, an exception that matches none of the report's open ports is an
 * error too: with a scan in hand, staleness is decidable.
 */
async function validateCommand(files, flags, logger) {
    const list = files.length ? files : ['.github/portcullis.yml'];
    const report = flags.findings ? await readReport(flags.findings) : undefined;
    const result = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePolicies */ .DP)(list, {
        findings: report && flags.findings ? { ...report, source: flags.findings } : undefined,
    });
    for (const f of result.files) {
        for (const w of f.warnings)
            logger.warn((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(w));
        if (f.ok !== undefined)
            process.stdout.write(`ok ${f.file}: ${f.ok}\n`);
    }
    if (result.diagnostics.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(result.diagnostics);
    return 0;
}


/***/ })

};
