import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 463;
export const ids = [463];
export const modules = {

/***/ 8463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qh: () => (/* reexport */ bringUp),
  hb: () => (/* reexport */ composeTargets),
  wW: () => (/* reexport */ newListeners),
  parseWaitFor: () => (/* reexport */ parseWaitFor),
  yF: () => (/* reexport */ readListeners),
  xQ: () => (/* reexport */ tearDown)
});

// UNUSED EXPORTS: SCRUBBED_NAMES, SCRUBBED_PREFIXES, commandEnvironment, composeCommands, discoverPublishedPorts, execProgram, followLog, lineLogger, parseComposePs, parseProcAddress, parseProcNet, runCommand, startEnvironment, stopEnvironment, tailOf, waitFor

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/lifecycle/wait.ts




/** Parse `host:port` entries and http(s) URLs, comma- or newline-separated. */
function parseWaitFor(text, source = 'wait-for') {
    const entries = [];
    for (const raw of text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (/^https?:\/\//i.test(raw)) {
            try {
                entries.push({ kind: 'http', url: new URL(raw), raw });
            }
            catch {
                throw new errors/* ConfigurationError */.j1({ source, message: `"${raw}" is not a valid URL` });
            }
            continue;
        }
        const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(raw);
        const port = m ? Number(m[3]) : NaN;
        if (!m || port < 1 || port > 65535) {
            throw new errors/* ConfigurationError */.j1({
                source,
                message: `"${raw}" is neither host:port (port 1–65535) nor an http(s) URL`,
            });
        }
        entries.push({ kind: 'tcp', host: (m[1] ?? m[2]), port, raw });
    }
    return entries;
}
function tcpAnswers(host, port, timeoutMs, lookup) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ host: host.replace(/^\[(.*)\]$/, '$1'), port, ...(lookup ? { lookup } : {}) });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
    });
}
function httpAnswers(url, timeoutMs, lookup) {
    return new Promise((resolve) => {
        const req = (url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(url, 
        // A staging environment often has a self-signed certificate; readiness is not trust.
        { method: 'GET', timeout: timeoutMs, rejectUnauthorized: false, ...(lookup ? { lookup } : {}) }, (res) => {
            res.resume();
            resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300);
        });
        req.on('timeout', () => req.destroy());
        req.on('error', () => resolve(false));
        req.end();
    });
}
/**
 * Poll every entry with exponential back-off until all answer or the timeout
 * passes; then fail, naming what did not answer.
 */
async function waitFor(entries, options) {
    const deadline = Date.now() + options.timeoutMs;
    const pending = new Set(entries);
    let delay = 100;
    for (let attempt = 0; pending.size > 0; attempt++) {
        for (const e of [...pending]) {
            const perTry = Math.max(100, Math.min(2000, deadline - Date.now()));
            const ok = e.kind === 'tcp'
                ? await tcpAnswers(e.host, e.port, perTry, options.lookup)
                : await httpAnswers(e.url, perTry, options.lookup);
            if (ok) {
                pending.delete(e);
                options.logger.info(`${e.raw} answers`);
            }
        }
        if (pending.size === 0)
            return;
        if (options.signal?.aborted)
            throw new errors/* RuntimeFailure */.$c('wait-for was cancelled');
        if (Date.now() >= deadline) {
            const names = [...pending].map((e) => e.raw).join(', ');
            throw new errors/* RuntimeFailure */.$c(`the environment did not come up: ${names} did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
        }
        await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, deadline - Date.now()))));
        delay = Math.min(delay * 2, 2000);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
;// CONCATENATED MODULE: ./src/lifecycle/command-env.ts
/**
 * The environment the user's `start`, `stop` and `docker compose` run with: this process's,
 * minus what belongs to the action and the runner rather than to the environment under test.
 * A pull request can change `start`; it must not be handed the token, the SSH test password,
 * the runner's command files (which would let it set outputs, state or the next steps'
 * environment) or the runner's own service tokens. docs/security.md lists the same names.
 */
/** Names removed exactly. */
const SCRUBBED_NAMES = [
    // The runner's command files: writing to them sets outputs, saved state (post's start-pid),
    // the environment and PATH of later steps, and the job summary.
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    // The runner's tokens and service URLs (cache, artifacts, OIDC).
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RESULTS_URL',
    // The CLI's SSH test password.
    'PORTCULLIS_SSH_PASSWORD',
];
/**
 * Prefixes removed: `INPUT_*` are the action's inputs (the token and the SSH test credentials
 * among them; the runner keeps their hyphens, which dash drops and bash passes on), `STATE_*`
 * what main saved for post.
 */
const SCRUBBED_PREFIXES = ['INPUT_', 'STATE_'];
/**
 * `env` without the scrubbed names, and without any variable whose value holds one of
 * `secrets` (a workflow that also exported the token as `GITHUB_TOKEN`, say).
 */
function commandEnvironment(env = process.env, secrets = []) {
    const names = new Set(SCRUBBED_NAMES.map((n) => n.toUpperCase()));
    const hidden = secrets.filter((s) => s.length >= 4);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        const upper = name.toUpperCase();
        if (names.has(upper) || SCRUBBED_PREFIXES.some((p) => upper.startsWith(p)))
            continue;
        if (value !== undefined && hidden.some((s) => value.includes(s)))
            continue;
        out[name] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lifecycle/process.ts





/** The user's commands as processes: started in their own group, logged line by line, stopped as a group. */
/** Longest line of a command's output that goes to the log as one entry. */
const MAX_LOG_LINE = 2000;
/**
 * Log a command's output line by line: each line escaped and bounded (it is
 * untrusted text), a line split across chunks held until its end, and a
 * partial line flushed when the output ends.
 */
function lineLogger(logger) {
    let pending = '';
    // A multi-byte character split across chunks stays whole.
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    const emit = (line) => {
        if (line.trim())
            logger.info((0,untrusted/* untrustedLine */.tX)(line, MAX_LOG_LINE));
    };
    return {
        write(chunk) {
            const lines = (pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                emit(line);
            if (pending.length > MAX_LOG_LINE) {
                emit(pending);
                pending = '';
            }
        },
        flush() {
            emit(pending + decoder.end());
            pending = '';
        },
    };
}
/**
 * Run the user's start command in its own process group, in the background
 * (like `docker compose up -d`), its output streamed to the logger. A start
 * command that forks servers and exits is fine; so is one that stays up.
 */
function startEnvironment(command, options) {
    const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], {
        cwd: options.cwd,
        env: commandEnvironment(options.env, options.secrets),
        detached: true,
        stdio: options.logFd !== undefined ? ['ignore', options.logFd, options.logFd] : ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined)
        throw new errors/* RuntimeFailure */.$c(`could not start: ${command}`);
    const out = lineLogger(options.logger);
    child.stdout?.on('data', out.write);
    child.stderr?.on('data', out.write);
    const exited = new Promise((resolve) => {
        child.on('exit', (code) => resolve(code));
        child.on('error', () => resolve(null));
    });
    const drained = new Promise((resolve) => {
        child.on('close', () => {
            out.flush();
            resolve();
        });
        child.on('error', () => resolve());
    });
    return { pid: child.pid, exited, drained, release: () => child.unref() };
}
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
/** Run a shell command to completion, its output streamed to the logger; resolves with its exit code. */
function runCommand(command, options) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], {
            cwd: options.cwd,
            env: commandEnvironment(options.env, options.secrets),
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const out = lineLogger(options.logger);
        child.stdout?.on('data', out.write);
        child.stderr?.on('data', out.write);
        const timeoutMs = options.timeoutMs ?? 300_000;
        const timer = setTimeout(() => {
            options.logger.warn(`"${command}" still running after ${Math.round(timeoutMs / 1000)} s; stopping it`);
            if (child.pid)
                killGroup(child.pid, 'SIGKILL');
        }, timeoutMs);
        child.on('exit', (code) => {
            clearTimeout(timer);
            out.flush();
            resolve(code);
        });
        child.on('error', () => {
            clearTimeout(timer);
            resolve(null);
        });
    });
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
/**
 * Tear down: run the user's stop command (if any), then end whatever is left
 * of the start command's process group, by its PID — SIGTERM, then SIGKILL.
 * Never throws: teardown trouble is a warning, not a failed job.
 */
async function stopEnvironment(options) {
    const { logger } = options;
    if (options.stop) {
        const code = await runCommand(options.stop, {
            cwd: options.cwd,
            logger,
            env: options.env,
            secrets: options.secrets,
        });
        if (code !== 0)
            logger.warn(`stop command exited with ${code ?? 'an error'}: ${options.stop}`);
    }
    if (options.pid && options.pid > 1 && groupAlive(options.pid)) {
        killGroup(options.pid, 'SIGTERM');
        const until = Date.now() + (options.graceMs ?? 5000);
        while (groupAlive(options.pid) && Date.now() < until)
            await new Promise((r) => setTimeout(r, 50));
        if (groupAlive(options.pid)) {
            logger.warn(`start command (process group ${options.pid}) ignored SIGTERM; sending SIGKILL`);
            killGroup(options.pid, 'SIGKILL');
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lifecycle/compose.ts

/** Parse either shape into container objects. Bad output is a configuration problem of the compose project. */
function parseComposePs(output) {
    const text = output.trim();
    if (!text)
        return [];
    const fail = (detail) => new errors/* ConfigurationError */.j1({
        source: 'docker compose ps --format json',
        message: `unreadable output: ${detail}`,
    });
    if (text.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (err) {
            throw fail(err.message);
        }
        if (!Array.isArray(parsed))
            throw fail('expected a JSON array');
        return parsed.filter((c) => !!c && typeof c === 'object');
    }
    const out = [];
    for (const [i, line] of text.split('\n').entries()) {
        if (!line.trim())
            continue;
        try {
            const parsed = JSON.parse(line);
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                out.push(parsed);
            else
                throw new Error('not an object');
        }
        catch (err) {
            throw fail(`line ${i + 1}: ${err.message}`);
        }
    }
    return out;
}
const WILDCARD_V4 = '0.0.0.0';
const WILDCARD_V6 = '::';
/** Where the runner reaches a port published on `url`: a wildcard bind answers on loopback. */
function probeAddress(url) {
    if (url === WILDCARD_V4 || url === WILDCARD_V6 || url === '')
        return '127.0.0.1';
    return url.replace(/^\[(.*)\]$/, '$1');
}
function discoverPublishedPorts(output) {
    const containers = parseComposePs(output);
    const seen = new Map();
    const unpublished = new Set();
    for (const c of containers) {
        const service = typeof c.Service === 'string' ? c.Service : typeof c.Name === 'string' ? c.Name : '?';
        const publishers = Array.isArray(c.Publishers) ? c.Publishers : [];
        let any = false;
        for (const p of publishers) {
            if (!p || typeof p !== 'object')
                continue;
            const e = p;
            const port = typeof e.PublishedPort === 'number' ? e.PublishedPort : 0;
            // Exposed but not published: nothing listens on the host.
            if (!Number.isInteger(port) || port < 1 || port > 65535)
                continue;
            const url = typeof e.URL === 'string' ? e.URL : '';
            const protocol = e.Protocol === 'udp' ? 'udp' : 'tcp';
            const address = probeAddress(url);
            // 0.0.0.0 and :: are one publication seen twice.
            const key = `${service}|${address}|${port}|${protocol}`;
            any = true;
            if (!seen.has(key)) {
                seen.set(key, {
                    service,
                    url,
                    publishedPort: port,
                    targetPort: typeof e.TargetPort === 'number' ? e.TargetPort : port,
                    protocol,
                });
            }
        }
        if (!any)
            unpublished.add(service);
    }
    const published = [...seen.values()];
    const targets = [...new Set(published.map((p) => probeAddress(p.url)))];
    const tcp = [...new Set(published.filter((p) => p.protocol === 'tcp').map((p) => p.publishedPort))].sort((a, b) => a - b);
    const udp = [...new Set(published.filter((p) => p.protocol === 'udp').map((p) => p.publishedPort))].sort((a, b) => a - b);
    const ports = [tcp.join(','), udp.length ? `udp:${udp.join(',')}` : ''].filter(Boolean).join(',');
    return {
        published,
        targets,
        ports,
        unpublished: [...unpublished].filter((s) => !published.some((p) => p.service === s)),
    };
}
/** The commands the lifecycle issues, as argument vectors (no shell: the file name is the user's text). */
function composeCommands(composeFile) {
    const base = ['compose', '-f', composeFile];
    return {
        up: [...base, 'up', '-d', '--wait'],
        ps: [...base, 'ps', '--format', 'json'],
        down: [...base, 'down', '--remove-orphans'],
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/environment.ts









const MAX_CAPTURE = 8 * 1024 * 1024;
/** Run a program (no shell) to completion; stream stderr to the log, capture stdout (bounded). */
function execProgram(file, args, options) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: commandEnvironment(options.env, options.secrets),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const chunks = [];
        let size = 0;
        const out = lineLogger(options.logger);
        child.stdout.on('data', (chunk) => {
            if (options.logStdout)
                out.write(chunk);
            if (size < MAX_CAPTURE)
                chunks.push(chunk);
            size += chunk.length;
        });
        child.stderr.on('data', out.write);
        const timeoutMs = options.timeoutMs ?? 600_000;
        const timer = setTimeout(() => {
            options.logger.warn(`${file} ${args.join(' ')} still running after ${Math.round(timeoutMs / 1000)} s; stopping it`);
            child.kill('SIGKILL');
        }, timeoutMs);
        const done = (code) => {
            clearTimeout(timer);
            out.flush();
            resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') });
        };
        child.on('close', (code) => done(code));
        child.on('error', (err) => {
            options.logger.warn(`could not run ${file}: ${err.message}`);
            done(null);
        });
    });
}
/** Follow a growing log file into the logger, line by line, until stopped. */
function followLog(path, logger, intervalMs = 200) {
    let fd;
    let offset = 0;
    const out = lineLogger(logger);
    const buf = Buffer.alloc(64 * 1024);
    const pump = () => {
        try {
            fd ??= (0,external_node_fs_.openSync)(path, 'r');
            for (;;) {
                const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, offset);
                if (n <= 0)
                    break;
                offset += n;
                out.write(buf.subarray(0, n));
                // Bound the work per tick: a command that floods its output cannot starve the wait.
                if (n < buf.length)
                    break;
            }
        }
        catch {
            // not there yet
        }
    };
    const timer = setInterval(pump, intervalMs);
    return {
        stop() {
            clearInterval(timer);
            pump();
            out.flush();
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        },
    };
}
/** The last `maxBytes` of a log file, as lines (for post: what the environment said before teardown). */
function tailOf(path, maxBytes = 16 * 1024) {
    try {
        const fd = openSync(path, 'r');
        try {
            const size = fstatSync(fd).size;
            const start = Math.max(0, size - maxBytes);
            const buf = Buffer.alloc(size - start);
            readSync(fd, buf, 0, buf.length, start);
            const lines = buf.toString('utf8').split('\n');
            if (start > 0)
                lines.shift();
            return lines.filter((l) => l.trim()).map((l) => untrustedLine(l, 2000));
        }
        finally {
            closeSync(fd);
        }
    }
    catch {
        return [];
    }
}
async function bringUp(options) {
    const { logger } = options;
    const docker = options.docker ?? 'docker';
    const env = {};
    if (options.composeFile) {
        const file = options.composeFile;
        const cmds = composeCommands(file);
        options.onStarted?.({ composeFile: file });
        await logger.group(`docker compose up: ${file}`, async () => {
            const up = await execProgram(docker, cmds.up, {
                cwd: options.cwd,
                logger,
                logStdout: true,
                timeoutMs: options.waitTimeoutMs + 600_000,
                env: options.env,
                secrets: options.secrets,
            });
            if (up.code !== 0) {
                throw new errors/* RuntimeFailure */.$c(`docker compose up -d --wait exited with ${up.code ?? 'an error'} (compose file ${file})`);
            }
            const ps = await execProgram(docker, cmds.ps, {
                cwd: options.cwd,
                logger,
                timeoutMs: 120_000,
                env: options.env,
                secrets: options.secrets,
            });
            if (ps.code !== 0)
                throw new errors/* RuntimeFailure */.$c(`docker compose ps exited with ${ps.code ?? 'an error'}`);
            env.compose = discoverPublishedPorts(ps.stdout);
            for (const p of env.compose.published) {
                logger.info(`${p.service}: ${p.url || '*'}:${p.publishedPort}/${p.protocol} → container port ${p.targetPort}`);
            }
            if (env.compose.unpublished.length)
                logger.info(`not published on the host: ${env.compose.unpublished.join(', ')}`);
        });
    }
    if (options.start) {
        const command = options.start;
        await logger.group(`start: ${command}`, async () => {
            let logFd;
            if (options.startLog) {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.startLog), { recursive: true });
                logFd = (0,external_node_fs_.openSync)(options.startLog, 'a');
            }
            let started;
            try {
                started = startEnvironment(command, {
                    cwd: options.cwd,
                    logger,
                    logFd,
                    env: options.env,
                    secrets: options.secrets,
                });
            }
            finally {
                if (logFd !== undefined)
                    (0,external_node_fs_.closeSync)(logFd);
            }
            env.pid = started.pid;
            options.onStarted?.({ pid: started.pid });
            if (options.startLog)
                started.release();
            const follow = options.startLog ? followLog(options.startLog, logger) : undefined;
            try {
                if (options.waitFor.length) {
                    // Ready when every entry answers; a start command that fails first is reported at once.
                    const failed = started.exited.then((code) => {
                        if (code !== 0)
                            throw new errors/* RuntimeFailure */.$c(`the start command exited with ${code ?? 'an error'} before the environment was ready`);
                        return new Promise(() => undefined);
                    });
                    // The start command may exit later (stopped by post): that is no longer this wait's business.
                    failed.catch(() => undefined);
                    await Promise.race([
                        waitFor(options.waitFor, {
                            timeoutMs: options.waitTimeoutMs,
                            logger,
                            signal: options.signal,
                            lookup: options.lookup,
                        }),
                        failed,
                    ]);
                }
                else {
                    // No wait-for: the start command itself says when it is done (a script that brings things up and returns).
                    const code = await Promise.race([
                        started.exited,
                        new Promise((r) => setTimeout(() => r('timeout'), options.waitTimeoutMs).unref()),
                    ]);
                    if (code === 'timeout') {
                        logger.warn(`the start command is still running after ${Math.round(options.waitTimeoutMs / 1000)} s; scanning anyway (list what must answer in wait-for to wait for readiness instead)`);
                    }
                    else {
                        // Its last lines belong inside this group (a daemon it forked may hold the pipe: bounded).
                        await Promise.race([started.drained, new Promise((r) => setTimeout(r, 500).unref())]);
                        if (code !== 0)
                            throw new errors/* RuntimeFailure */.$c(`the start command exited with ${code ?? 'an error'}: ${command}`);
                    }
                }
            }
            finally {
                follow?.stop();
            }
        });
    }
    else if (options.waitFor.length) {
        await logger.group('wait-for', () => waitFor(options.waitFor, {
            timeoutMs: options.waitTimeoutMs,
            logger,
            signal: options.signal,
            lookup: options.lookup,
        }));
    }
    return env;
}
/** Stop everything bringUp started, in reverse order. Never throws: teardown trouble is a warning. */
async function tearDown(options) {
    const { logger } = options;
    try {
        await stopEnvironment({
            stop: options.stop,
            pid: options.pid,
            cwd: options.cwd,
            logger,
            graceMs: options.graceMs,
            env: options.env,
            secrets: options.secrets,
        });
    }
    catch (err) {
        logger.warn(`stop failed: ${err.message}`);
    }
    if (options.composeFile) {
        const { code } = await execProgram(options.docker ?? 'docker', composeCommands(options.composeFile).down, {
            cwd: options.cwd,
            logger,
            logStdout: true,
            timeoutMs: 300_000,
            env: options.env,
            secrets: options.secrets,
        });
        if (code !== 0)
            logger.warn(`docker compose down exited with ${code ?? 'an error'}`);
    }
}
/** When compose discovery is the only source of targets, it must find something. */
function composeTargets(env, composeFile) {
    if (!env.compose || env.compose.published.length === 0) {
        throw new errors/* ConfigurationError */.j1({
            source: `compose file ${composeFile}`,
            message: 'publishes no ports on the host, so there is nothing to probe: give targets and ports instead',
        });
    }
    return { targets: env.compose.targets, ports: env.compose.ports };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./src/lifecycle/listeners.ts



/** TCP_LISTEN in include/net/tcp_states.h. */
const TCP_LISTEN = '0A';
/** TCP_CLOSE: the state of a UDP socket that is bound and not connected to one peer. */
const UDP_UNCONNECTED = '07';
/**
 * One 32-bit word of a /proc/net address, as the kernel prints it: the word's bytes in the
 * machine's order, so on a little-endian machine 127.0.0.1 reads `0100007F`.
 */
function wordBytes(hex, littleEndian) {
    const bytes = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return littleEndian ? bytes.reverse() : bytes;
}
/** `0100007F` or 32 hex digits (four such words) → the address, or undefined when malformed. */
function parseProcAddress(hex, littleEndian = (0,external_node_os_.endianness)() === 'LE') {
    if (!/^[0-9A-Fa-f]{8}$|^[0-9A-Fa-f]{32}$/.test(hex))
        return undefined;
    if (hex.length === 8)
        return wordBytes(hex, littleEndian).join('.');
    const bytes = [];
    for (let i = 0; i < 32; i += 8)
        bytes.push(...wordBytes(hex.slice(i, i + 8), littleEndian));
    const v6 = ipaddr_default().fromByteArray(bytes);
    return v6.isIPv4MappedAddress() ? v6.toIPv4Address().toString() : v6.toRFC5952String();
}
/**
 * The listeners in one table's text: TCP sockets in LISTEN, UDP sockets bound and not
 * connected (they take datagrams from anyone). Lines that do not parse are skipped.
 */
function parseProcNet(text, protocol, littleEndian = (0,external_node_os_.endianness)() === 'LE') {
    const out = [];
    for (const line of text.split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        if (fields.length < 4)
            continue;
        const [local, remote, state] = fields.slice(1, 4);
        if (protocol === 'tcp' ? state !== TCP_LISTEN : state !== UDP_UNCONNECTED)
            continue;
        const [localHex, portHex] = local.split(':');
        if (protocol === 'udp' && !/^0+:0+$/.test(remote))
            continue;
        const address = localHex === undefined ? undefined : parseProcAddress(localHex, littleEndian);
        const port = parseInt(portHex ?? '', 16);
        if (!address || !Number.isInteger(port) || port < 1 || port > 65535)
            continue;
        out.push({ protocol, address, port, wildcard: address === '0.0.0.0' || address === '::' });
    }
    return out;
}
const LISTENER_TABLES = [
    { file: 'tcp', protocol: 'tcp' },
    { file: 'tcp6', protocol: 'tcp' },
    { file: 'udp', protocol: 'udp' },
    { file: 'udp6', protocol: 'udp' },
];
const listenerKey = (l) => `${l.protocol}|${l.address}|${l.port}`;
/** Each listener once (a server with SO_REUSEPORT, or several processes, binds one endpoint twice). */
function unique(list) {
    const seen = new Map();
    for (const l of list)
        if (!seen.has(listenerKey(l)))
            seen.set(listenerKey(l), l);
    return [...seen.values()];
}
/**
 * Read the tables of this network namespace. A table that does not exist (no IPv6, a kernel
 * without /proc) is left out; undefined when none could be read at all (not Linux).
 */
async function readListeners(root = '/proc/net') {
    let readAny = false;
    const out = [];
    for (const t of LISTENER_TABLES) {
        let text;
        try {
            text = await (0,promises_.readFile)(`${root}/${t.file}`, 'utf8');
        }
        catch {
            continue;
        }
        readAny = true;
        out.push(...parseProcNet(text, t.protocol));
    }
    return readAny ? unique(out) : undefined;
}
/** What is in `after` and was not in `before`. */
function newListeners(before, after) {
    const old = new Set(before.map(listenerKey));
    return unique(after.filter((l) => !old.has(listenerKey(l))));
}

;// CONCATENATED MODULE: ./src/lifecycle/index.ts
/**
 * The lifecycle stage: bring the environment up (`start`), wait until it
 * answers (`wait-for`), and tear it down (`stop`). In the action, main runs
 * start and wait, and the post step runs stop, so teardown survives failures.
 */








/***/ })

};
