import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 306;
export const ids = [306];
export const modules = {

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);


/** What `portcullis merge` does; returns the process exit code. */
async function mergeCommand(files, flags, logger) {
    // The session (and every stage behind it) loads when a merge runs, not for --help.
    const { mergeReports, writeReportFiles } = await Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(716), __webpack_require__.e(325), __webpack_require__.e(766), __webpack_require__.e(420), __webpack_require__.e(765), __webpack_require__.e(463), __webpack_require__.e(505), __webpack_require__.e(974), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 2129));
    const report = await mergeReports({
        reports: files,
        policyFile: flags.policy,
        allowPartial: flags.allowPartial === true,
        baselineFile: flags.baseline,
        failOn: flags.failOn,
        sources: { failOn: '--fail-on', allowPartial: '--allow-partial', baseline: '--baseline' },
        logger,
    });
    const unwritten = await writeReportFiles(report, { json: flags.json, markdown: flags.markdown, sarif: flags.sarif, junit: flags.junit }, {}, logger);
    const registry = _report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .reporters */ .R0;
    const color = flags.color !== false && process.stdout.isTTY === true;
    process.stdout.write((registry[flags.format] ?? _report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .reporters */ .R0.terminal)(report, { color }));
    if (unwritten.length)
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Runtime;
    return report.result === 'fail' ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Violations : _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Pass;
}


/***/ })

};
