import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 124;
export const ids = [124];
export const modules = {

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testCommand: () => (/* binding */ testCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(731);


/**
 * `portcullis test DIR`: run the policy unit tests under DIR (files ending in
 * .test.yml). Exit 0 when every case passes and every exception of a tested
 * policy is exercised, 1 when not, 2 for a bad test file or policy.
 */
async function testCommand(path, logger) {
    const run = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runPolicyTests */ .h6)(path);
    if (run.files.length === 0) {
        logger.error(`no policy test files (*.test.yml) under ${path}`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Usage;
    }
    for (const line of (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .testRunLines */ .B8)(run))
        process.stdout.write(`${line}\n`);
    return run.passed ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Violations;
}


/***/ })

};
