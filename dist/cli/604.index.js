import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 604;
export const ids = [604];
export const modules = {

/***/ 6604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * Whether the CLI colours what it writes to a stream, as the conventions define it:
 * `--no-color` always wins; `FORCE_COLOR` set and not empty forces colour even when piped,
 * except `FORCE_COLOR=0`, which turns it off (https://force-color.org, and Node's own
 * reading of it); `NO_COLOR` set and not empty turns colour off even on a terminal
 * (https://no-color.org); otherwise colour exactly when the stream is a terminal.
 * An explicit FORCE_COLOR beats NO_COLOR, as it does for Node itself.
 */
function useColor(flag, stream, env = process.env) {
    if (flag === false)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return stream.isTTY === true;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var src_report = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/targets/index.ts + 3 modules
var targets = __webpack_require__(3974);
;// CONCATENATED MODULE: ./src/cli/scan.ts






async function progressReporter(enabled) {
    if (!enabled)
        return { stop: () => undefined };
    const { default: cliProgress } = await __webpack_require__.e(/* import() */ 502).then(__webpack_require__.t.bind(__webpack_require__, 8502, 23));
    const bar = new cliProgress.SingleBar({
        format: 'scanning |{bar}| {percentage}% · {value}/{total} · {rate}/s · {open} open · ETA {eta_formatted}',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
        onProgress: (p) => {
            if (!started) {
                bar.start(p.total, 0, { rate: 0, open: 0 });
                started = true;
            }
            bar.update(p.done, { rate: Math.round(p.ratePerSec), open: p.open });
        },
        stop: () => {
            if (started)
                bar.stop();
        },
    };
}
/** What `portcullis scan` does; returns the process exit code. */
async function scanCommand(flags, logger, defaults = {}) {
    if (!flags.targets?.length && !flags.composeFile) {
        throw new errors/* ConfigurationError */.j1({
            source: '--targets',
            message: 'is required (e.g. --targets 127.0.0.1), unless --compose-file names what to probe',
        });
    }
    const shard = flags.shard !== undefined ? (0,targets/* parseShard */.uK)(flags.shard, '--shard') : undefined;
    const { parseWaitFor } = await __webpack_require__.e(/* import() */ 463).then(__webpack_require__.bind(__webpack_require__, 8463));
    const waitFor = flags.waitFor ? parseWaitFor(flags.waitFor, '--wait-for') : [];
    let credentials;
    if (flags.sshUser) {
        const privateKey = flags.sshKey
            ? await (0,promises_.readFile)((0,external_node_path_.resolve)(flags.sshKey), 'utf8').catch(() => {
                throw new errors/* ConfigurationError */.j1({ source: '--ssh-key', message: `cannot read "${flags.sshKey}"` });
            })
            : undefined;
        credentials = {
            ssh: {
                username: flags.sshUser,
                password: process.env.PORTCULLIS_SSH_PASSWORD || undefined,
                privateKey,
            },
        };
    }
    // Recording a baseline is not a gate: without an explicit --fail-on it fails nothing (exit 0),
    // and the report says so, so that `set -e` scripts can write one.
    const failOn = flags.failOn ?? (flags.writeBaseline ? 'never' : undefined);
    const failOnFrom = flags.failOn ? '--fail-on' : '--write-baseline without --fail-on';
    const cwd = defaults.cwd ?? process.cwd();
    // The session (lifecycle, prober, fingerprints) loads when a scan runs, not for --help or validate.
    const { gitBase, runSession } = await Promise.all(/* import() */[__webpack_require__.e(716), __webpack_require__.e(766), __webpack_require__.e(420), __webpack_require__.e(765), __webpack_require__.e(463), __webpack_require__.e(505), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 2129));
    const base = flags.baseRef ? await gitBase(cwd, flags.baseRef, { source: '--base-ref' }) : undefined;
    const progress = await progressReporter(flags.progress && process.stderr.isTTY === true && !process.env.CI);
    let session;
    try {
        session = await runSession({
            targets: flags.targets ?? [],
            ports: flags.ports,
            policyFile: flags.policy,
            vantage: flags.vantage,
            shard,
            concurrency: flags.concurrency,
            rate: flags.rate,
            timeoutMs: flags.timeout,
            retries: flags.retries,
            maxAddresses: flags.maxAddresses,
            scope: flags.scope,
            fingerprint: flags.fingerprint && !flags.connectOnly,
            probes: flags.probes?.map((p) => p.toLowerCase()),
            udpSweepPorts: flags.udpSweepPorts,
            credentials,
            listAll: flags.listAll,
            baselineFile: flags.baseline,
            failOn,
            sources: { failOn: failOnFrom },
            maxDurationMs: flags.maxDuration,
            listenerTable: flags.listeners,
            base,
            environment: {
                start: flags.start,
                composeFile: flags.composeFile,
                waitFor,
                waitTimeoutMs: flags.waitTimeout,
                stop: flags.stop,
                cwd,
                teardown: true,
            },
            files: { json: flags.json, markdown: flags.markdown, sarif: flags.sarif, junit: flags.junit },
            writeBaseline: flags.writeBaseline,
            interrupt: {
                message: (sig) => `${sig}: stopping the scan; writing a partial report (send again to quit at once)`,
            },
            logger,
            onProgress: progress.onProgress,
        });
    }
    finally {
        progress.stop();
    }
    const { report } = session;
    const registry = src_report/* reporters */.R0;
    const color = useColor(flags.color, process.stdout);
    process.stdout.write((registry[flags.format] ?? src_report/* reporters */.R0.terminal)(report, { color }));
    if (session.interrupted)
        return session.interrupted === 'SIGINT' ? 130 : 143;
    if (session.budgetExpired) {
        logger.error(`the scan's time budget (--max-duration) ran out; the report is partial. Raise --max-duration if the scan needs longer.`);
        return errors/* ExitCode */.yU.TimeBudget;
    }
    if (session.unwritten.length)
        return errors/* ExitCode */.yU.Runtime;
    // The exit code is the report's result, which the effective fail-on already decided.
    return report.result === 'fail' ? errors/* ExitCode */.yU.Violations : errors/* ExitCode */.yU.Pass;
}


/***/ })

};
