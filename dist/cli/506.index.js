import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 506;
export const ids = [506,668];
export const modules = {

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testCommand: () => (/* binding */ testCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8505);


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
