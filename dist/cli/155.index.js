import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 155;
export const ids = [155];
export const modules = {

/***/ 1155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(755);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4986);




/** The package root: lib/cli/demo.js (compiled) or src/cli/demo.ts (tests) → two levels up. */
const ROOT = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url)), '..', '..');
/**
 * `portcullis demo` (what `npm start` runs): the demo environment in
 * examples/demo brought up, waited for, scanned, judged, torn down.
 */
async function demoCommand(logger, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ROOT, 'examples', 'demo');
    const policy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'portcullis.yml')) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'portcullis.yml');
    const code = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__.scanCommand)({
        targets: ['127.0.0.1'],
        ports: '18080-18099',
        policy,
        format: 'terminal',
        vantage: 'untrusted',
        fingerprint: true,
        start: `"${process.execPath}" "${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'server.mjs')}"`,
        waitFor: '127.0.0.1:18080,127.0.0.1:18081',
        waitTimeout: 15_000,
        // The demo knows what it starts (18080-18099); it judges those, not whatever else opens
        // a listener on this machine while it comes up.
        listeners: false,
        progress: false,
        color: options.color,
    }, logger);
    if (code === _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Violations) {
        logger.info('');
        logger.info('That is the demo working: in CI this verdict exits 1 and the required check blocks the merge.');
        logger.info(`Edit ${policy} to allow port 18081 (or remove the admin endpoint) and run it again.`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass;
    }
    return code;
}


/***/ })

};
