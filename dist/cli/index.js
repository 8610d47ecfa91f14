import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PM: () => (/* reexport */ DNS_RECURSION_NAME),
  Qu: () => (/* binding */ PROBE_NAMES),
  Tt: () => (/* binding */ TCP_RECORDS),
  d0: () => (/* binding */ UDP_RECORDS),
  zU: () => (/* binding */ tlsInnerRecord),
  DX: () => (/* binding */ tlsName),
  CJ: () => (/* binding */ udpAttempts),
  bl: () => (/* binding */ usualRecords),
  nf: () => (/* binding */ usualUdpAttempt)
});

// UNUSED EXPORTS: CATALOGUE, ECHO_PROBE, protocolRecord, tlsServices

;// CONCATENATED MODULE: ./src/catalogue/records/web.ts
/**
 * Facts of products behind HTTP (src/fingerprint/products/table.ts names them by namespace);
 * every fact KEY has KEY_proof, the exchange that proved it. A test keeps this list and the
 * product table in step.
 */
const PRODUCT_FACT_NAMESPACES = [
    'docker',
    'kubernetes',
    'kubelet',
    'etcd',
    'consul',
    'elasticsearch',
    'opensearch',
    'couchdb',
    'influxdb',
    'clickhouse',
    'prometheus',
    'jaeger',
    'kibana',
    'jenkins',
    'jupyter',
    'node_inspector',
];
function productFacts() {
    const out = {};
    const fact = (key, meaning) => {
        out[key] = { type: 'boolean', meaning };
        out[`${key}_proof`] = { type: 'string', meaning: `the exchange that proved ${key}` };
    };
    for (const ns of PRODUCT_FACT_NAMESPACES)
        fact(`${ns}.unauthenticated`, 'an unauthenticated read answered (true), or was refused (false)');
    fact('prometheus.metrics_exposed', 'GET /metrics answered in the Prometheus text format');
    fact('haproxy.stats_exposed', 'the statistics page answered without credentials (false: it asked for them)');
    return out;
}
const PRODUCT_FACT_DOCS = productFacts();
const tls = {
    name: 'tls',
    service: 'tls',
    description: 'TLS (any service inside it; ServiceInfo.tls = true, and the service is named inside)',
    group: 'TLS (any service inside TLS; ServiceInfo.tls = true)',
    tcp: { weight: 95, ports: [] },
    evidence: {
        'tls.version': { type: 'string', meaning: 'negotiated version: "1.3", "1.2", "1.1", "1.0"' },
        'tls.alpn': {
            type: 'string|null',
            meaning: 'negotiated ALPN protocol ("h2", "http/1.1"), null when none',
        },
        'tls.cipher': { type: 'string', meaning: 'negotiated cipher suite name' },
        'tls.subject': {
            type: 'string',
            meaning: 'certificate subject CN, else the whole subject',
            text: true,
        },
        'tls.issuer': { type: 'string', meaning: 'certificate issuer CN, else the whole issuer', text: true },
        'tls.sans': {
            type: 'string[]',
            meaning: 'subjectAltName entries, "DNS:x" / "IP Address:y" as Node prints them',
            text: true,
        },
        'tls.not_before': { type: 'string', meaning: 'ISO 8601' },
        'tls.not_after': { type: 'string', meaning: 'ISO 8601' },
        'tls.expired': { type: 'boolean', meaning: 'not_after is in the past at scan time' },
        'tls.self_signed': {
            type: 'boolean',
            meaning: 'issuer equals subject and the certificate verifies with its own key',
        },
        'tls.alert': {
            type: 'number',
            meaning: 'only when no handshake completed: the TLS alert our ClientHello got',
        },
        'tls.silent': {
            type: 'boolean',
            meaning: 'true: the port accepted a TCP connection and our ClientHello got no reply at all (not a byte in its whole wait, or a hang-up without one); a TLS requirement on the port is then violated, not unverified',
        },
    },
};
const http = {
    name: 'http',
    service: 'http',
    description: 'HTTP/1.1: GET / with the target as Host',
    group: 'HTTP / HTTPS',
    tcp: { weight: 100, ports: [80, 8000, 8008, 8080, 8888] },
    tls: { name: 'https', ports: [443, 8443] },
    evidence: {
        'http.status': { type: 'number', meaning: 'status code of GET /' },
        'http.server': { type: 'string', meaning: 'Server header', text: true },
        'http.location': { type: 'string', meaning: 'Location header', text: true },
        'http.location_host': { type: 'string', meaning: 'host of the Location URL, lower-case', text: true },
        'http.redirects_to_https': { type: 'boolean', meaning: '3xx whose Location is https://' },
        'http.idp_redirect': {
            type: 'boolean',
            meaning: '3xx to a known identity-provider host or path (Okta, Entra ID, Google, Auth0, Keycloak, OIDC /authorize, SAML)',
        },
        'http.www_authenticate': {
            type: 'string[]',
            meaning: 'auth schemes offered by WWW-Authenticate ("Basic", "Negotiate", …)',
        },
        'http.auth_required': { type: 'boolean', meaning: 'status 401 or 407' },
        'http.silent': {
            type: 'boolean',
            meaning: 'true: an HTTP request (in cleartext, or inside TLS on a TLS port) got no reply at all on a connection the port accepted; a redirect requirement is then violated. Never set for UDP, nor on ports not open.',
        },
        'http.product_proof': {
            type: 'string',
            meaning: 'the exchange that named ServiceInfo.product ("GET /version → 200 with …")',
        },
        'http.open_proxy': {
            type: 'boolean',
            meaning: "true: a request for another HTTP endpoint of this scan (absolute URI or CONNECT) came back with that endpoint's own answer; false: a proxy product forwarded nothing",
        },
        'http.open_proxy_proof': { type: 'string', meaning: 'the exchanges behind http.open_proxy' },
        ...PRODUCT_FACT_DOCS,
    },
};
const winrm = {
    name: 'winrm',
    service: 'winrm',
    description: 'Windows Remote Management: an empty POST /wsman',
    group: 'File sharing and management',
    tcp: { weight: 20, ports: [5985] },
    tls: { name: 'winrm', ports: [5986] },
    evidence: {
        'winrm.auth_schemes': { type: 'string[]', meaning: 'WWW-Authenticate schemes of POST /wsman' },
        'winrm.basic_auth': { type: 'boolean', meaning: 'Basic is among them' },
    },
};

// EXTERNAL MODULE: ./src/catalogue/payloads.ts
var payloads = __nccwpck_require__(7842);
;// CONCATENATED MODULE: ./src/catalogue/records/remote.ts

const ssh = {
    name: 'ssh',
    service: 'ssh',
    description: 'Secure Shell: the banner, then the authentication methods offered to "none"',
    group: 'SSH',
    tcp: { weight: 90, ports: [22], greeting: true },
    evidence: {
        'ssh.protocol': { type: 'string', meaning: '"2.0" (or "1.99", "1.5")' },
        'ssh.software': {
            type: 'string',
            meaning: 'software part of the banner, e.g. "OpenSSH_9.2p1"',
            text: true,
        },
        'ssh.auth_methods': {
            type: 'string[]',
            meaning: 'methods offered after the "none" request: "publickey", "password", "keyboard-interactive", "gssapi-with-mic", …',
        },
        'ssh.none_auth': {
            type: 'boolean',
            meaning: 'the server accepted "none": a login without any credential',
        },
        'ssh.password_auth': { type: 'boolean', meaning: '"password" is offered as a first factor' },
        'ssh.kbd_interactive_auth': {
            type: 'boolean',
            meaning: '"keyboard-interactive" is offered as a first factor',
        },
        'ssh.publickey_auth': { type: 'boolean', meaning: '"publickey" is offered as a first factor' },
        'ssh.credentials_accepted': {
            type: 'boolean',
            meaning: 'with credentials from options.credentials.ssh only (never stored or logged): the test credential completed the login on its own',
        },
        'ssh.partial_success': {
            type: 'boolean',
            meaning: 'with credentials: the first factor was accepted and another one is demanded',
        },
        'ssh.second_factor_methods': {
            type: 'string[]',
            meaning: 'with credentials: methods the server demands after partial success',
        },
    },
};
const rdp = {
    name: 'rdp',
    service: 'rdp',
    description: 'Remote Desktop Protocol: an X.224 connection request with RDP negotiation',
    group: 'RDP',
    tcp: { weight: 30, ports: [3389] },
    evidence: {
        'rdp.selected_protocol': {
            type: 'string',
            meaning: 'what the server chose from RDP|TLS|CredSSP: "rdp", "ssl", "hybrid", "hybrid_ex"',
        },
        'rdp.standard_security_allowed': {
            type: 'boolean',
            meaning: 'a client asking for standard RDP security only is accepted',
        },
        'rdp.nla_supported': { type: 'boolean', meaning: 'CredSSP (NLA) is offered' },
        'rdp.nla_required': { type: 'boolean', meaning: 'a client asking for TLS without CredSSP is refused' },
    },
};
const vnc = {
    name: 'vnc',
    service: 'vnc',
    description: 'VNC (RFB): the version greeting, then the security types offered',
    group: 'VNC',
    tcp: { weight: 65, ports: [5900, 5901, 5902, 5903], greeting: true },
    evidence: {
        'vnc.protocol_version': { type: 'string', meaning: '"3.8", "3.7", "3.3"' },
        'vnc.security_types': {
            type: 'string[]',
            meaning: '"None", "VNC Authentication", "Tight", "VeNCrypt", "TLS", "RA2", …',
        },
        'vnc.no_auth': { type: 'boolean', meaning: 'security type None is offered' },
    },
};
const telnet = {
    name: 'telnet',
    service: 'telnet',
    description: 'Telnet: option negotiation or a login prompt',
    group: 'Telnet',
    tcp: { weight: 55, ports: [23], greeting: true },
    evidence: {
        'telnet.open': {
            type: 'boolean',
            meaning: 'a telnet server answered (option negotiation or a login prompt)',
        },
    },
};
const openvpn = {
    name: 'openvpn',
    service: 'openvpn',
    description: 'OpenVPN: a client hard reset (TCP framed with a 16-bit length)',
    group: 'VPN gateways and name service',
    tcp: { weight: 15, ports: [1194] },
    udp: {
        weight: 70,
        ports: [1194],
        payloads: [{ bytes: (0,payloads/* hardReset */.zC)() }],
    },
    evidence: {
        'openvpn.detected': {
            type: 'boolean',
            meaning: 'a client hard reset got a server hard reset (no tls-auth/tls-crypt key needed)',
        },
    },
};
const ike = {
    name: 'ike',
    service: 'ike',
    description: 'IPsec IKE: an IKEv2 IKE_SA_INIT, bare and with the NAT-T marker',
    group: 'VPN gateways and name service',
    udp: {
        weight: 60,
        ports: [500, 4500],
        payloads: [
            { bytes: (0,payloads/* ikeSaInit */._d)(), ports: [500] },
            { bytes: (0,payloads/* ikeNatTraversal */.Bd)(), ports: [4500] },
        ],
    },
    evidence: {
        'ike.detected': {
            type: 'boolean',
            meaning: 'an IKE_SA_INIT got an IKE answer naming our SPI (a reflection of our own bytes never counts)',
        },
        'ike.version': {
            type: 'string',
            meaning: '"2", or "1" when an IKEv1-only responder answered with a notify',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/mail.ts
const ftp = {
    name: 'ftp',
    service: 'ftp',
    description: 'FTP: the 220 greeting (SYST when it does not say what it is), anonymous login, AUTH TLS',
    group: 'FTP',
    tcp: { weight: 85, ports: [21], greeting: true },
    tls: { name: 'ftps', ports: [990] },
    evidence: {
        'ftp.anonymous': { type: 'boolean', meaning: 'USER anonymous was accepted with a dummy password' },
        'ftp.auth_tls': { type: 'boolean', meaning: 'AUTH TLS is accepted (explicit FTPS)' },
    },
};
const smtp = {
    name: 'smtp',
    service: 'smtp',
    description: 'SMTP: the 220 greeting and EHLO',
    group: 'SMTP / POP3 / IMAP',
    tcp: { weight: 80, ports: [25, 587], greeting: true },
    tls: { name: 'smtps', ports: [465] },
    evidence: {
        'smtp.starttls': { type: 'boolean', meaning: 'EHLO lists STARTTLS' },
        'smtp.auth_methods': { type: 'string[]', meaning: "EHLO's AUTH mechanisms" },
    },
};
const pop3 = {
    name: 'pop3',
    service: 'pop3',
    description: 'POP3: the +OK greeting and CAPA',
    group: 'SMTP / POP3 / IMAP',
    tcp: { weight: 75, ports: [110], greeting: true },
    tls: { name: 'pop3s', ports: [995] },
    evidence: { 'pop3.stls': { type: 'boolean', meaning: 'CAPA lists STLS' } },
};
const imap = {
    name: 'imap',
    service: 'imap',
    description: 'IMAP: the * OK greeting and CAPABILITY',
    group: 'SMTP / POP3 / IMAP',
    tcp: { weight: 70, ports: [143], greeting: true },
    tls: { name: 'imaps', ports: [993] },
    evidence: {
        'imap.starttls': { type: 'boolean', meaning: 'CAPABILITY lists STARTTLS' },
        'imap.login_disabled': { type: 'boolean', meaning: 'CAPABILITY lists LOGINDISABLED' },
        'imap.preauth': {
            type: 'boolean',
            meaning: 'the greeting is "* PREAUTH": logged in without credentials',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/data.ts

const mysql = {
    name: 'mysql',
    service: 'mysql',
    description: 'MySQL / MariaDB: the initial handshake packet',
    group: 'Databases and caches',
    tcp: { weight: 60, ports: [3306], greeting: true },
    evidence: {
        'mysql.version': { type: 'string', meaning: 'server version from the greeting', text: true },
        'mysql.ssl': { type: 'boolean', meaning: 'the greeting advertises CLIENT_SSL' },
        'mysql.auth_plugin': { type: 'string', meaning: 'default authentication plugin', text: true },
        'mysql.host_blocked': {
            type: 'boolean',
            meaning: 'the server refused our address (error 1130) before the handshake',
        },
    },
};
const redis = {
    name: 'redis',
    service: 'redis',
    description: 'Redis: PING and INFO server, as RESP arrays',
    group: 'Databases and caches',
    tcp: { weight: 50, ports: [6379] },
    evidence: {
        'redis.auth_required': {
            type: 'boolean',
            meaning: 'PING answered NOAUTH (false: PONG without a password)',
        },
        'redis.protected_mode': {
            type: 'boolean',
            meaning: 'the server refused us with its protected-mode message',
        },
        'redis.version': { type: 'string', meaning: 'redis_version from INFO (only without auth)', text: true },
    },
};
const redisSentinel = {
    name: 'redis_sentinel',
    service: 'redis-sentinel',
    description: 'Redis Sentinel: PING and INFO sentinel, as RESP arrays',
    group: 'Databases and caches',
    tcp: { weight: 12, ports: [26379] },
    evidence: {
        'redis_sentinel.auth_required': {
            type: 'boolean',
            meaning: 'false: PING got PONG and INFO said sentinel without a password, so SENTINEL commands (masters, failover, reconfiguration) answer anyone; a Sentinel with requirepass is indistinguishable from Redis and named redis',
        },
        'redis_sentinel.masters': {
            type: 'number',
            meaning: 'sentinel_masters from INFO sentinel: how many masters it monitors',
        },
    },
};
const postgresql = {
    name: 'postgresql',
    service: 'postgresql',
    description: 'PostgreSQL: SSLRequest, then a startup message for user "portcullis"; an 8-byte version 2.0 startup, whose refusal names PgBouncer (product pgbouncer)',
    group: 'Databases and caches',
    tcp: { weight: 45, ports: [5432] },
    evidence: {
        'postgresql.ssl': { type: 'boolean', meaning: "SSLRequest answered 'S'" },
        'postgresql.auth_method': {
            type: 'string',
            meaning: 'what a startup for user "portcullis" gets: "trust" (no password), "password", "md5", "scram-sha-256", "gss", "sspi", "rejected"',
        },
        'postgresql.auth_required': { type: 'boolean', meaning: 'false only for "trust"' },
    },
};
const memcached = {
    name: 'memcached',
    service: 'memcached',
    description: 'memcached: `version`, over TCP and in a UDP frame; over UDP, then one `stats` frame',
    group: 'Databases and caches',
    tcp: { weight: 40, ports: [11211] },
    udp: { weight: 50, ports: [11211], payloads: [{ bytes: (0,payloads/* memcachedVersion */.sx)() }] },
    evidence: {
        'memcached.auth_required': {
            type: 'boolean',
            meaning: 'false when "version" is answered without authentication',
        },
        'memcached.version': { type: 'string', meaning: 'the version it answered', text: true },
        'memcached.udp': { type: 'boolean', meaning: 'the UDP protocol answered (amplification risk)' },
        'memcached.udp_amplification': {
            type: 'number',
            meaning: 'UDP only, after `version` answered: bytes of every datagram answering a 15-byte `stats` frame, per byte sent',
        },
    },
};
const mongodb = {
    name: 'mongodb',
    service: 'mongodb',
    description: 'MongoDB: isMaster, buildinfo and listDatabases over OP_QUERY',
    group: 'Databases and caches',
    tcp: { weight: 35, ports: [27017] },
    evidence: {
        'mongodb.version': { type: 'string', meaning: 'version from buildinfo', text: true },
        'mongodb.auth_required': { type: 'boolean', meaning: 'listDatabases refused as unauthorized' },
    },
};
const smb = {
    name: 'smb',
    service: 'smb',
    description: 'SMB: a multi-protocol negotiate, then SMB2 and SMB1-only negotiates',
    group: 'File sharing and management',
    tcp: { weight: 25, ports: [445, 139] },
    evidence: {
        'smb.smb1': { type: 'boolean', meaning: 'a negotiate offering only SMB1 (NT LM 0.12) is accepted' },
        'smb.dialect': {
            type: 'string',
            meaning: 'dialect chosen from our offer of 2.0.2 to 3.0.2 (a 3.1.1 server answers 3.0.2: 3.1.1 needs negotiate contexts we do not send), or "NT LM 0.12" when only SMB1 answered',
        },
        'smb.signing_required': { type: 'boolean', meaning: 'SMB2 security mode requires signing' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/network.ts

/**
 * The name production scans ask a DNS server to resolve, to learn whether it recurses for
 * strangers: IANA's reserved example.com, which every resolver on the internet can answer and no
 * scanned server holds a zone for (so an answer is recursion, whatever its AA bit says: forwarders
 * pass an upstream's AA on). FingerprintOptions.dnsRecursionName replaces it; tests point it at a
 * loopback zone of their own, since there is no internet there.
 */
const DNS_RECURSION_NAME = 'example.com';
const dns = {
    name: 'dns',
    service: 'dns',
    description: 'DNS: version.bind CH TXT, then a recursive A query for a name outside its zones (UDP, and TCP with a length prefix)',
    group: 'VPN gateways and name service',
    tcp: { weight: 92, ports: [53], probe: (0,payloads/* tcpFramed */.XW)((0,payloads/* versionQuery */.LR)()) },
    udp: { weight: 100, ports: [53, 5353], payloads: [{ bytes: (0,payloads/* versionQuery */.LR)() }] },
    evidence: {
        'dns.open_resolver': {
            type: 'boolean',
            meaning: `true: a recursive A query for a name outside the server's zones (${DNS_RECURSION_NAME} in production scans) got a NOERROR answer with a record for that name; false: it got REFUSED, SERVFAIL, NOTIMP or FORMERR, or NOERROR with no records. Absent when the query went unanswered or got NXDOMAIN. The RA flag proves nothing and is not read (dnsmasq sets it on its REFUSED).`,
        },
        'dns.recursion_query': {
            type: 'string',
            meaning: 'the exchange behind dns.open_resolver: the name asked, the answer code and the record count it got',
        },
        'dns.version': { type: 'string', meaning: 'version.bind CH TXT', text: true },
    },
};
const snmp = {
    name: 'snmp',
    service: 'snmp',
    description: 'SNMP v2c: GetRequest for sysDescr.0 with community "public"',
    group: 'File sharing and management',
    udp: { weight: 90, ports: [161], payloads: [{ bytes: (0,payloads/* getRequest */.iq)('public') }] },
    evidence: {
        'snmp.public': { type: 'boolean', meaning: 'a v2c GetRequest with community "public" is answered' },
        'snmp.sys_descr': { type: 'string', meaning: 'sysDescr.0', text: true },
        'snmp.version': { type: 'string', meaning: '"2c" (the version that answered)' },
    },
};
const ntp = {
    name: 'ntp',
    service: 'ntp',
    description: 'NTP: a version 4 client request (mode 3); after an answer, one mode 6 READVAR and one mode 7 MON_GETLIST_1 (monlist)',
    group: 'VPN gateways and name service',
    udp: { weight: 80, ports: [123], payloads: [{ bytes: (0,payloads/* ntpRequest */.ck)() }] },
    evidence: {
        'ntp.stratum': { type: 'number', meaning: 'the stratum of the server reply' },
        'ntp.mode6_answered': {
            type: 'boolean',
            meaning: 'a 12-byte mode 6 READVAR got a control response (true), or silence / no response (false); a reflector when true',
        },
        'ntp.monlist_answered': {
            type: 'boolean',
            meaning: 'an 8-byte mode 7 MON_GETLIST_1 (monlist) got a list of at least one client (true: the CVE-2013-5211 amplifier), or nothing (false)',
        },
        'ntp.amplification': {
            type: 'number',
            meaning: 'only when mode 6 or monlist answered: bytes of the first reply datagram per byte sent, the larger of the two (a lower bound: monlist sends many datagrams)',
        },
    },
};
const ssdp = {
    name: 'ssdp',
    service: 'ssdp',
    description: 'SSDP / UPnP: a unicast M-SEARCH for ssdp:all',
    group: 'File sharing and management',
    udp: { weight: 40, ports: [1900], payloads: [{ bytes: (0,payloads/* ssdpSearch */.F9)() }] },
    matches: [
        {
            pattern: /^HTTP\/1\.[01] 200 OK\r\n(?:[^\r\n]*\r\n)*?SERVER: *([^\r\n]*)\r\n/i,
            evidence: { 'ssdp.answered': true, 'ssdp.server': '$1' },
        },
        {
            pattern: /^HTTP\/1\.[01] 200 OK\r\n(?:[^\r\n]*\r\n)*?USN: *[^\r\n]+\r\n/i,
            evidence: { 'ssdp.answered': true },
        },
    ],
    evidence: {
        'ssdp.answered': {
            type: 'boolean',
            meaning: 'an M-SEARCH got a search response (its answer is larger than the request: an amplifier)',
        },
        'ssdp.server': { type: 'string', meaning: 'SERVER header of the search response', text: true },
    },
};
/** What an echo service is sent on its own port; any other probe reveals it too (it comes back). */
const ECHO_PROBE = Buffer.from('portcullis echo?\r\n', 'latin1');
const echo = {
    name: 'echo',
    service: 'echo',
    description: 'Echo (RFC 862): a reply that repeats the probe is an echo in every probe path, TCP and UDP, never the protocol probed',
    group: 'Reflections',
    tcp: { weight: 5, ports: [7], probe: ECHO_PROBE },
    udp: { weight: 10, ports: [7], payloads: [{ bytes: ECHO_PROBE }] },
    evidence: {
        'echo.reflects': {
            type: 'boolean',
            meaning: 'the reply began with the bytes of our probe (or held them verbatim, for a probe of 16 bytes or more that no parser recognised in the reply)',
        },
        'echo.reflected_probe': { type: 'string', meaning: 'the probe whose bytes came back (a --probes name)' },
        'echo.amplification': {
            type: 'number',
            meaning: 'bytes received per byte sent, for the reflected probe (over UDP a spoofed source makes any value of 1 or more a reflector)',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/brokers.ts
/**
 * Message brokers: MQTT, AMQP, NATS and Kafka. What a policy needs from each is whether a
 * stranger may use it without credentials.
 */
/**
 * MQTT 3.1.1 CONNECT (OASIS MQTT 3.1.1 §3.1): protocol level 4, clean session, keep-alive 30 s,
 * client id "portcullis", no user name or password; then DISCONNECT (§3.14), so an accepted
 * session ends at once.
 */
function mqttConnect() {
    const variable = Buffer.from([0, 4, ...Buffer.from('MQTT'), 4, 0x02, 0, 30]);
    const clientId = Buffer.from('portcullis');
    const payload = Buffer.concat([Buffer.from([0, clientId.length]), clientId]);
    const body = Buffer.concat([variable, payload]);
    return Buffer.concat([Buffer.from([0x10, body.length]), body, Buffer.from([0xe0, 0x00])]);
}
/** CONNACK (§3.2): 0x20, remaining length 2, session-present flag (0 or 1), return code. */
const CONNACK = '^\\x20\\x02[\\x00\\x01]';
const mqtt = {
    name: 'mqtt',
    service: 'mqtt',
    description: 'MQTT: a 3.1.1 CONNECT without user name or password; the CONNACK return code',
    group: 'Message brokers',
    tcp: { weight: 30, ports: [1883], probe: mqttConnect() },
    matches: [
        { pattern: new RegExp(`${CONNACK}\\x00`), evidence: { 'mqtt.anonymous': true, 'mqtt.connack': 0 } },
        {
            pattern: new RegExp(`${CONNACK}\\x05`),
            evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 5 },
        },
        {
            pattern: new RegExp(`${CONNACK}\\x04`),
            evidence: { 'mqtt.anonymous': false, 'mqtt.connack': 4 },
        },
        // 1: protocol level refused (an MQTT 5-only broker), 2: client id refused, 3: unavailable.
        { pattern: new RegExp(`${CONNACK}[\\x01-\\x03]`), evidence: {} },
    ],
    evidence: {
        'mqtt.anonymous': {
            type: 'boolean',
            meaning: 'true: a CONNECT without user name or password got CONNACK 0 (accepted); false: CONNACK 4 (bad user name or password) or 5 (not authorized). Absent for any other return code',
        },
        'mqtt.connack': { type: 'number', meaning: 'the CONNACK return code (0 accepted, 4 or 5 refused)' },
    },
};
const amqp = {
    name: 'amqp',
    service: 'amqp',
    description: 'AMQP 0-9-1: the protocol header; Connection.Start names the product and its mechanisms',
    group: 'Message brokers',
    tcp: { weight: 28, ports: [5672] },
    evidence: {
        'amqp.protocol': {
            type: 'string',
            meaning: 'the protocol version of Connection.Start ("0-9"), or the protocol header the server answered with instead ("0-0-9-1", "3-1-0-0" for AMQP 1.0 over SASL)',
        },
        'amqp.product': { type: 'string', meaning: '"product" of the server-properties', text: true },
        'amqp.version': { type: 'string', meaning: '"version" of the server-properties', text: true },
        'amqp.mechanisms': { type: 'string', meaning: 'the SASL mechanisms Connection.Start offers', text: true },
        'amqp.anonymous_mechanism': {
            type: 'boolean',
            meaning: 'the mechanisms offered include ANONYMOUS (a login without credentials)',
        },
    },
};
/**
 * A NATS INFO banner (the server speaks first): JSON on one line. `auth_required` is present
 * only when the server demands credentials. The groups: version.
 */
const NATS_INFO = '^INFO \\{(?=[^\\r\\n]*"server_id"\\s*:)';
const NATS_VERSION = '(?:(?=[^\\r\\n]*"version"\\s*:\\s*"([^"\\r\\n]{1,40})")|)';
const nats = {
    name: 'nats',
    service: 'nats',
    description: 'NATS: the INFO banner, whose JSON says whether the server requires authentication',
    group: 'Message brokers',
    tcp: { weight: 26, ports: [4222], greeting: true },
    matches: [
        {
            pattern: new RegExp(`${NATS_INFO}(?=[^\\r\\n]*"auth_required"\\s*:\\s*true)${NATS_VERSION}`),
            product: 'NATS',
            version: '$1',
            evidence: { 'nats.auth_required': true },
        },
        {
            pattern: new RegExp(`${NATS_INFO}${NATS_VERSION}`),
            product: 'NATS',
            version: '$1',
            evidence: { 'nats.auth_required': false },
        },
    ],
    evidence: {
        'nats.auth_required': {
            type: 'boolean',
            meaning: 'the INFO banner says "auth_required": true (false: the key is absent or false)',
        },
    },
};
/**
 * Kafka ApiVersions v0 (KIP-35): size, api_key 18, api_version 0, correlation id "PC\0\1",
 * client id "portcullis". Every broker since 0.10 answers it before authentication.
 */
function kafkaApiVersions() {
    const clientId = Buffer.from('portcullis');
    const body = Buffer.alloc(10);
    body.writeInt16BE(18, 0);
    body.writeInt16BE(0, 2);
    body.writeUInt32BE(0x50430001, 4);
    body.writeInt16BE(clientId.length, 8);
    const msg = Buffer.concat([body, clientId]);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(msg.length);
    return Buffer.concat([size, msg]);
}
const kafka = {
    name: 'kafka',
    service: 'kafka',
    description: 'Kafka: an ApiVersions request; the answer names our correlation id',
    group: 'Message brokers',
    tcp: { weight: 24, ports: [9092], probe: kafkaApiVersions() },
    matches: [
        {
            // size (a small 32-bit length), our correlation id, error_code 0 or 35 (UNSUPPORTED_VERSION).
            pattern: /^\x00[\x00-\x0f][\s\S]{2}PC\x00\x01\x00[\x00\x23]/,
            evidence: { 'kafka.api_versions': true },
        },
    ],
    evidence: {
        'kafka.api_versions': {
            type: 'boolean',
            meaning: 'an ApiVersions request was answered with our correlation id, before any authentication',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/directories.ts
/** Directories and file services: what a stranger may read without credentials. */
const ldap = {
    name: 'ldap',
    service: 'ldap',
    description: 'LDAP: an anonymous simple bind, then a base search of the root DSE',
    group: 'Directories and file services',
    tcp: { weight: 22, ports: [389] },
    tls: { name: 'ldaps', ports: [636] },
    evidence: {
        'ldap.anonymous_bind': {
            type: 'boolean',
            meaning: 'a simple bind with an empty name and password (RFC 4513 §5.1.1) got resultCode 0; false for any other result',
        },
        'ldap.bind_result': { type: 'number', meaning: 'the BindResponse resultCode (0 success, 49, 53, …)' },
        'ldap.root_dse': {
            type: 'boolean',
            meaning: 'the root DSE search returned an entry to an anonymous client',
        },
        'ldap.naming_contexts': {
            type: 'string[]',
            meaning: 'namingContexts of the root DSE (the directory trees it holds)',
            text: true,
        },
    },
};
const rsync = {
    name: 'rsync',
    service: 'rsync',
    description: 'rsync daemon: the `@RSYNCD:` greeting, then `#list` for the modules it lists to anyone',
    group: 'Directories and file services',
    tcp: { weight: 20, ports: [873], greeting: true },
    evidence: {
        'rsync.protocol': { type: 'string', meaning: 'the protocol version of the greeting', text: true },
        'rsync.modules_listed': {
            type: 'boolean',
            meaning: '`#list` (what `rsync host::` sends) named at least one module; false: the listing was empty',
        },
        'rsync.modules': { type: 'string[]', meaning: 'the module names listed (up to 32)', text: true },
    },
};
/** The file a TFTP read request asks for: one no server should have. */
const TFTP_PROBE_FILE = 'portcullis-probe-no-such-file';
/** TFTP (RFC 1350) RRQ: opcode 1, the file name, the mode "octet". 42 bytes. */
function tftpReadRequest() {
    return Buffer.from(`\x00\x01${TFTP_PROBE_FILE}\x00octet\x00`, 'latin1');
}
const tftp = {
    name: 'tftp',
    service: 'tftp',
    description: 'TFTP: a read request for a file that does not exist; the ERROR (or DATA) comes back from a new port (the TID)',
    group: 'Directories and file services',
    udp: { weight: 20, ports: [69], payloads: [{ bytes: tftpReadRequest() }], replyFromAnyPort: true },
    matches: [
        {
            // ERROR (opcode 5): a 16-bit code 0-8, then a NUL-terminated message.
            pattern: /^\x00\x05\x00[\x00-\x08]([\x20-\x7e]{0,200})\x00/,
            evidence: { 'tftp.answered': true, 'tftp.error': '$1' },
        },
        // DATA (opcode 3), block 1: the server has a file of that name and sends it to anyone.
        { pattern: /^\x00\x03\x00\x01/, evidence: { 'tftp.answered': true } },
    ],
    evidence: {
        'tftp.answered': {
            type: 'boolean',
            meaning: "a read request got a TFTP ERROR or DATA packet (from the server's new transfer port)",
        },
        'tftp.error': {
            type: 'string',
            meaning: 'the message of the ERROR packet ("File not found")',
            text: true,
        },
    },
};
/** ONC RPC NULL call to the portmapper (program 100000 v2, AUTH_NULL): 40 bytes, an empty answer. */
function rpcNullCall() {
    const b = Buffer.alloc(40);
    b.writeUInt32BE(0x50435242, 0); // xid (src/fingerprint/protocols/rpcbind.ts RPC_XID)
    b.writeUInt32BE(2, 8);
    b.writeUInt32BE(100000, 12);
    b.writeUInt32BE(2, 16);
    return b;
}
function recordMark(message) {
    const mark = Buffer.alloc(4);
    mark.writeUInt32BE(0x80000000 + message.length);
    return Buffer.concat([mark, message]);
}
const rpcbind = {
    name: 'rpcbind',
    service: 'rpcbind',
    description: 'ONC RPC portmapper / rpcbind: a NULL call to program 100000 v2; after an answer, DUMP (the registered programs)',
    group: 'Directories and file services',
    tcp: { weight: 8, ports: [111], probe: recordMark(rpcNullCall()) },
    udp: { weight: 30, ports: [111], payloads: [{ bytes: rpcNullCall() }] },
    evidence: {
        'rpcbind.answered': {
            type: 'boolean',
            meaning: 'a NULL call to the portmapper got an accepted RPC reply',
        },
        'rpcbind.programs': {
            type: 'string[]',
            meaning: 'the programs DUMP lists, by rpcinfo name where known (portmapper, nfs, mountd, nlockmgr, status, …), else their number',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/debug.ts
/**
 * Debug and runtime ports: a JVM's debugger, Java RMI, Erlang's port mapper and X11. Each is,
 * open to a stranger, a way to run code or read a screen; what a policy needs is that it answers.
 */
const jdwp = {
    name: 'jdwp',
    service: 'jdwp',
    description: 'JDWP (a JVM debugger): the JDWP-Handshake, then VirtualMachine.Version',
    group: 'Debug and runtime ports',
    tcp: { weight: 18, ports: [5005] },
    evidence: {
        'jdwp.open': {
            type: 'boolean',
            meaning: 'the JDWP-Handshake was answered: anyone who reaches the port can run code in the JVM',
        },
        'jdwp.vm': { type: 'string', meaning: 'the description of VirtualMachine.Version', text: true },
    },
};
/** JRMP header (Java RMI spec §10.2.1): "JRMI", version 2, StreamProtocol. */
const JRMI_PROBE = Buffer.from('JRMI\x00\x02\x4b', 'latin1');
const rmi = {
    name: 'rmi',
    service: 'java-rmi',
    description: 'Java RMI: the JRMP stream header; a ProtocolAck names the endpoint it saw us at',
    group: 'Debug and runtime ports',
    tcp: { weight: 16, ports: [1099], probe: JRMI_PROBE },
    matches: [
        {
            // ProtocolAck (0x4e), then our address as a Java modified-UTF string, then our port.
            pattern: /^\x4e\x00[\x01-\x7f]([0-9A-Za-z.:%_-]{1,127})\x00\x00[\s\S]{2}/,
            evidence: { 'rmi.jrmp': true, 'rmi.client_host': '$1' },
        },
    ],
    evidence: {
        'rmi.jrmp': {
            type: 'boolean',
            meaning: 'the JRMP header got a ProtocolAck: an RMI registry or endpoint (deserialisation risk)',
        },
        'rmi.client_host': { type: 'string', meaning: 'the address the server says it saw us at', text: true },
    },
};
/** EPMD NAMES_REQ (erts epmd protocol): length 1, request 110 ('n'). */
const EPMD_NAMES = Buffer.from([0x00, 0x01, 0x6e]);
const epmd = {
    name: 'epmd',
    service: 'epmd',
    description: "Erlang's port mapper: NAMES_REQ lists the nodes and their distribution ports",
    group: 'Debug and runtime ports',
    tcp: { weight: 14, ports: [4369], probe: EPMD_NAMES },
    matches: [
        {
            // EPMD's own port (32-bit), then one "name N at port P" line per node.
            pattern: /^\x00\x00[\s\S]{2}name ([!-~]{1,64}) at port (\d{1,5})\n/,
            evidence: { 'epmd.answered': true, 'epmd.node': '$1' },
        },
        { pattern: /^\x00\x00[\x00-\xff]{2}$/, evidence: { 'epmd.answered': true }, soft: true },
    ],
    evidence: {
        'epmd.answered': {
            type: 'boolean',
            meaning: 'NAMES_REQ was answered: the node names and distribution ports are public (the cookie guards the rest)',
        },
        'epmd.node': { type: 'string', meaning: 'the first node name listed', text: true },
    },
};
/** X11 connection setup (X Window System Protocol, ch. 8): little-endian, protocol 11.0, no authorisation. */
const X11_SETUP = Buffer.from([0x6c, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const x11 = {
    name: 'x11',
    service: 'x11',
    description: 'X11: a connection setup without authorisation; Success means the display is open to anyone',
    group: 'Debug and runtime ports',
    tcp: { weight: 12, ports: [6000, 6001, 6002, 6003], probe: X11_SETUP },
    matches: [
        {
            pattern: /^\x01\x00\x0b\x00\x00\x00[\s\S]{34}([\x20-\x7e]{1,64})/,
            product: '$1',
            evidence: { 'x11.open': true },
        },
        { pattern: /^\x01\x00\x0b\x00\x00\x00/, evidence: { 'x11.open': true } },
        {
            pattern: /^\x00[\s\S]\x0b\x00\x00\x00[\s\S]{2}([\x20-\x7e]{1,120})/,
            evidence: { 'x11.open': false, 'x11.refusal': '$1' },
        },
        { pattern: /^\x02\x00{5}/, evidence: { 'x11.open': false } },
    ],
    evidence: {
        'x11.open': {
            type: 'boolean',
            meaning: 'true: a connection setup without authorisation got Success (anyone can read the screen and send keystrokes); false: Failed or Authenticate',
        },
        'x11.refusal': { type: 'string', meaning: 'the reason a Failed setup gave', text: true },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/amplifiers.ts
/**
 * The old inetd services that answer any datagram with more than they got: over UDP, with a
 * spoofed source, each is a reflector for denial-of-service. (Echo is in network.ts; memcached
 * and SSDP carry their own `*.udp` / `*.answered` facts.)
 */
/** One short line: any datagram makes a chargen or daytime server answer. */
const AMPLIFIER_PROBE = Buffer.from('portcullis\r\n', 'latin1');
const chargen = {
    name: 'chargen',
    service: 'chargen',
    description: 'Character generator (RFC 864): the rotating ASCII pattern, on connect (TCP) or to any datagram (UDP)',
    group: 'Reflections',
    tcp: { weight: 4, ports: [19], greeting: true },
    udp: { weight: 6, ports: [19], payloads: [{ bytes: AMPLIFIER_PROBE }] },
    evidence: {
        'chargen.answered': {
            type: 'boolean',
            meaning: 'the RFC 864 pattern arrived (at least 40 characters of it)',
        },
        'chargen.amplification': {
            type: 'number',
            meaning: 'UDP only: bytes received per byte sent (a chargen datagram answer is up to 512 bytes)',
        },
    },
};
/** A date line: a day name, a clock time, a year or zone; what inetd and most daytime servers send. */
const DATE_LINE = /^((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? [^\r\n]{0,40}\b\d{1,2}:\d{2}:\d{2}\b[^\r\n]{0,30})\r?\n?$/;
const daytime = {
    name: 'daytime',
    service: 'daytime',
    description: 'Daytime (RFC 867): one date line, on connect (TCP) or to any datagram (UDP)',
    group: 'Reflections',
    tcp: { weight: 3, ports: [13], greeting: true },
    udp: { weight: 5, ports: [13], payloads: [{ bytes: AMPLIFIER_PROBE }] },
    // Soft: a date line alone is weak evidence on a port that is not 13; on 13/tcp, once no other
    // probe found anything surer, it names daytime (as nmap -sV's NULL probe does).
    matches: [
        {
            pattern: DATE_LINE,
            evidence: { 'daytime.answered': true, 'daytime.time': '$1' },
            soft: true,
            firmOnUsualPort: true,
        },
    ],
    evidence: {
        'daytime.answered': { type: 'boolean', meaning: 'a date line arrived and nothing else' },
        'daytime.time': { type: 'string', meaning: 'the date line', text: true },
    },
};
const qotd = {
    name: 'qotd',
    service: 'qotd',
    description: 'Quote of the Day (RFC 865): a quote of up to 512 characters, on connect (TCP) or to any datagram (UDP); a soft match',
    group: 'Reflections',
    tcp: { weight: 2, ports: [17], greeting: true },
    udp: { weight: 4, ports: [17], payloads: [{ bytes: AMPLIFIER_PROBE }] },
    evidence: {
        'qotd.answered': {
            type: 'boolean',
            meaning: 'printable text of at most 512 characters and three words or more arrived, and nothing else claimed it',
        },
        'qotd.amplification': { type: 'number', meaning: 'UDP only: bytes received per byte sent' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/stores.ts
/** Data stores and coordinators: ZooKeeper, Cassandra, Microsoft SQL Server, Oracle's listener. */
const zookeeper = {
    name: 'zookeeper',
    service: 'zookeeper',
    description: 'ZooKeeper: the `srvr` four-letter word (it may be left out of 4lw.commands.whitelist)',
    group: 'Databases and caches',
    // "srvr\n", as `echo srvr | nc` sends it: ZooKeeper reads the first four bytes. The newline also
    // keeps its refusal ("srvr is not executed …") from reading as an echo of the probe.
    tcp: { weight: 21, ports: [2181], probe: Buffer.from('srvr\n') },
    matches: [
        {
            pattern: /^Zookeeper version: (\d{1,3}(?:\.\d{1,4}){1,3})[^\n]*\n(?:[^\n]*\n){0,12}?Mode: ([a-z]{1,20})/,
            product: 'ZooKeeper',
            version: '$1',
            evidence: { 'zookeeper.four_letter_words': true, 'zookeeper.mode': '$2' },
        },
        {
            pattern: /^Zookeeper version: (\d{1,3}(?:\.\d{1,4}){1,3})/,
            product: 'ZooKeeper',
            version: '$1',
            evidence: { 'zookeeper.four_letter_words': true },
        },
        {
            pattern: /^srvr is not executed because it is not in the whitelist\./,
            product: 'ZooKeeper',
            evidence: { 'zookeeper.four_letter_words': false },
        },
    ],
    evidence: {
        'zookeeper.four_letter_words': {
            type: 'boolean',
            meaning: '`srvr` was answered (false: refused by 4lw.commands.whitelist); anyone may read the server state',
        },
        'zookeeper.mode': {
            type: 'string',
            meaning: '"standalone", "leader" or "follower", from `srvr`',
            text: true,
        },
    },
};
/** CQL native protocol v4 OPTIONS (§4.1.3), stream id "PC": every node answers SUPPORTED before authentication. */
const CQL_OPTIONS = Buffer.from([0x04, 0x00, 0x50, 0x43, 0x05, 0, 0, 0, 0]);
const cassandra = {
    name: 'cassandra',
    service: 'cassandra',
    description: 'Cassandra: a CQL OPTIONS request; SUPPORTED names the CQL version',
    group: 'Databases and caches',
    tcp: { weight: 19, ports: [9042], probe: CQL_OPTIONS },
    matches: [
        {
            // A response frame (version | 0x80) on our stream, opcode SUPPORTED, its string multimap.
            pattern: /^[\x83-\x85]\x00PC\x06[\s\S]{4}[\s\S]*?CQL_VERSION\x00\x01\x00[\x01-\x20]([0-9.]{1,20})/,
            evidence: { 'cassandra.cql_version': '$1' },
        },
        // ERROR on our stream (a node that speaks another protocol version says so).
        { pattern: /^[\x81-\x85]\x00PC\x00[\s\S]{4}/, evidence: {} },
    ],
    evidence: {
        'cassandra.cql_version': { type: 'string', meaning: 'CQL_VERSION from SUPPORTED', text: true },
    },
};
const mssql = {
    name: 'mssql',
    service: 'mssql',
    description: 'Microsoft SQL Server: a TDS PRELOGIN; the answer gives the version and the encryption stance',
    group: 'Databases and caches',
    tcp: { weight: 33, ports: [1433] },
    evidence: {
        'mssql.version': { type: 'string', meaning: 'major.minor.build from the PRELOGIN VERSION option' },
        'mssql.encryption': {
            type: 'string',
            meaning: 'the ENCRYPTION option of the answer to our "off": "off" (login only encrypted), "on", "not-supported" (nothing encrypted), "required"',
        },
    },
};
/**
 * A TNS CONNECT (as tnscmd sends it) whose connect data asks the listener for its version:
 * `(CONNECT_DATA=(COMMAND=version))`. Every listener answers, if only to refuse.
 */
function tnsConnect() {
    const data = Buffer.from('(CONNECT_DATA=(COMMAND=version))', 'latin1');
    const fixed = Buffer.alloc(58);
    fixed[4] = 0x01; // CONNECT
    fixed.writeUInt16BE(0x0136, 8); // version 310
    fixed.writeUInt16BE(0x012c, 10); // lowest compatible 300
    fixed.writeUInt16BE(0x0800, 14); // SDU
    fixed.writeUInt16BE(0x7fff, 16); // TDU
    fixed.writeUInt16BE(0x7f08, 18); // NT protocol characteristics
    fixed.writeUInt16BE(0x0100, 22); // value of 1 in hardware
    fixed.writeUInt16BE(data.length, 24);
    fixed.writeUInt16BE(58, 26); // offset of the connect data
    fixed.writeUInt16BE(58 + data.length, 0);
    return Buffer.concat([fixed, data]);
}
const oracle = {
    name: 'oracle',
    service: 'oracle',
    description: "Oracle TNS listener: a CONNECT asking for the listener's version; ACCEPT, REFUSE or RESEND",
    group: 'Databases and caches',
    tcp: { weight: 17, ports: [1521], probe: tnsConnect() },
    matches: [
        {
            // ACCEPT (2), REFUSE (4), REDIRECT (5) or DATA (6), with a VSNNUM in its text.
            pattern: /^[\s\S]{4}[\x02\x04\x05\x06]\x00[\s\S]{2}[\s\S]{0,256}?VSNNUM=(\d{1,12})/,
            evidence: { 'oracle.vsnnum': '$1' },
        },
        { pattern: /^[\s\S]{4}[\x02\x04\x05\x06]\x00[\s\S]{2}[\s\S]{0,256}?\(DESCRIPTION=/, evidence: {} },
        // RESEND (11): an 8-byte header and nothing else.
        { pattern: /^\x00\x08\x00\x00\x0b\x00\x00\x00$/, evidence: {}, soft: true },
    ],
    evidence: {
        'oracle.vsnnum': {
            type: 'string',
            meaning: 'VSNNUM of the listener (its version as one decimal number), from its answer',
        },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/records/realtime.ts
/** Real-time media signalling: STUN/TURN and SIP. */
/** STUN Binding request (RFC 8489 §5): magic cookie, transaction id "portcullis12", no attributes. */
const STUN_BINDING = Buffer.concat([
    Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]),
    Buffer.from('portcullis12', 'latin1'),
]);
/** A Binding success (0x0101) or error (0x0111) to our transaction, and its SOFTWARE attribute if any. */
const STUN_SOFTWARE = '(?:(?=[\\s\\S]*?\\x80\\x22\\x00[\\x01-\\x7f]([\\x20-\\x7e]{1,64}))|)';
const stun = {
    name: 'stun',
    service: 'stun',
    description: 'STUN / TURN: a Binding request, over UDP and TCP; the answer names our transaction',
    group: 'Real-time media',
    tcp: { weight: 9, ports: [3478], probe: STUN_BINDING },
    udp: { weight: 30, ports: [3478], payloads: [{ bytes: STUN_BINDING }] },
    matches: [
        {
            pattern: new RegExp(`^\\x01\\x01[\\s\\S]{2}\\x21\\x12\\xa4\\x42portcullis12${STUN_SOFTWARE}`),
            product: '$1',
            evidence: { 'stun.binding': true },
        },
        {
            pattern: new RegExp(`^\\x01\\x11[\\s\\S]{2}\\x21\\x12\\xa4\\x42portcullis12${STUN_SOFTWARE}`),
            product: '$1',
            evidence: { 'stun.binding': false },
        },
    ],
    evidence: {
        'stun.binding': {
            type: 'boolean',
            meaning: 'a Binding request got a success response to our transaction id (false: an error response); over UDP its answer is larger than the request',
        },
    },
};
/** SIP OPTIONS (RFC 3261 §11) to a user at an invalid domain, Max-Forwards 0 so that nothing is forwarded. */
const SIP_OPTIONS = Buffer.from([
    'OPTIONS sip:portcullis@portcullis.invalid SIP/2.0',
    'Via: SIP/2.0/UDP portcullis.invalid;branch=z9hG4bKportcullis;rport',
    'Max-Forwards: 0',
    'To: <sip:portcullis@portcullis.invalid>',
    'From: <sip:portcullis@portcullis.invalid>;tag=portcullis',
    'Call-ID: portcullis@portcullis.invalid',
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
].join('\r\n'), 'latin1');
const sip = {
    name: 'sip',
    service: 'sip',
    description: 'SIP: an OPTIONS request (Max-Forwards 0), over UDP and TCP; any SIP status line answers',
    group: 'Real-time media',
    tcp: { weight: 8, ports: [5060], probe: SIP_OPTIONS },
    udp: { weight: 25, ports: [5060], payloads: [{ bytes: SIP_OPTIONS }] },
    matches: [
        {
            pattern: /^SIP\/2\.0 (\d{3})[^\r\n]*\r\n(?:(?=(?:[^\r\n]*\r\n)*?(?:Server|User-Agent): *([^\r\n]{1,80})\r\n)|)/i,
            product: '$2',
            evidence: { 'sip.status': '$1' },
        },
    ],
    evidence: {
        'sip.status': { type: 'string', meaning: 'the status code of the answer to OPTIONS (200, 404, 483, …)' },
    },
};

;// CONCATENATED MODULE: ./src/catalogue/index.ts












/** Every protocol, in the order `--probes` lists them. */
const CATALOGUE = [
    tls,
    http,
    ssh,
    ftp,
    smtp,
    pop3,
    imap,
    telnet,
    vnc,
    rdp,
    mysql,
    postgresql,
    redis,
    redisSentinel,
    memcached,
    mongodb,
    smb,
    winrm,
    openvpn,
    dns,
    snmp,
    ike,
    ntp,
    ssdp,
    echo,
    mqtt,
    amqp,
    nats,
    kafka,
    ldap,
    rsync,
    tftp,
    rpcbind,
    jdwp,
    rmi,
    epmd,
    x11,
    chargen,
    daytime,
    qotd,
    zookeeper,
    cassandra,
    mssql,
    oracle,
    stun,
    sip,
];
/** Valid values for `--probes` (FingerprintOptions.probes): the records' names. */
const PROBE_NAMES = CATALOGUE.map((r) => r.name);
const byName = new Map(CATALOGUE.map((r) => [r.name, r]));
function protocolRecord(name) {
    return byName.get(name);
}
const byWeight = (t) => (a, b) => b[t].weight - a[t].weight;
/** Records that speak TCP, most likely first on a port that is nobody's usual one. */
const TCP_RECORDS = CATALOGUE.filter((r) => r.tcp).sort(byWeight('tcp'));
/** Records that speak UDP, most likely first. */
const UDP_RECORDS = CATALOGUE.filter((r) => r.udp).sort(byWeight('udp'));
/** What a plain service is called inside TLS (http → https, imap → imaps). */
function tlsName(service) {
    return CATALOGUE.find((r) => r.service === service && r.tls)?.tls?.name;
}
/** The record usually found inside TLS on a port (993 → imap), to try it first there. */
function tlsInnerRecord(port) {
    return CATALOGUE.find((r) => r.tls?.ports.includes(port));
}
/** Names of the services that TLS usually carries, with the ports they are usual on. */
function tlsServices() {
    return CATALOGUE.flatMap((r) => (r.tls ? [r.tls] : []));
}
/** Records whose usual ports include `port` on `transport` (for TCP, TLS on its TLS ports). */
function usualRecords(port, transport) {
    const own = CATALOGUE.filter((r) => r[transport]?.ports.includes(port));
    if (transport === 'tcp' && tlsInnerRecord(port) && !own.includes(tls))
        own.unshift(tls);
    return own;
}
/** A record's payloads with the one usual on `port` first. */
function payloadsFor(record, port) {
    const all = [...(record.udp?.payloads ?? [])];
    const usual = all.find((p) => p.ports?.includes(port));
    return usual ? [usual, ...all.filter((p) => p !== usual)] : all;
}
/** The payload the prober sends to a UDP port: the usual one there, else none. */
function usualUdpAttempt(port) {
    const record = usualRecords(port, 'udp')[0];
    const payload = record && payloadsFor(record, port)[0];
    return payload ? { record, payload } : undefined;
}
/** Every UDP payload in the catalogue for `port`, most likely first: the port's usual ones, then by weight. */
function udpAttempts(port) {
    const usual = usualRecords(port, 'udp');
    const order = [...usual, ...UDP_RECORDS.filter((r) => !usual.includes(r))];
    return order.flatMap((record) => payloadsFor(record, port).map((payload) => ({ record, payload })));
}


/***/ }),

/***/ 7842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ ikeNatTraversal),
/* harmony export */   F9: () => (/* binding */ ssdpSearch),
/* harmony export */   LR: () => (/* binding */ versionQuery),
/* harmony export */   MR: () => (/* binding */ OPENVPN_SESSION),
/* harmony export */   N: () => (/* binding */ DNS_QUERY_ID),
/* harmony export */   PM: () => (/* binding */ SYS_DESCR_OID),
/* harmony export */   XW: () => (/* binding */ tcpFramed),
/* harmony export */   _d: () => (/* binding */ ikeSaInit),
/* harmony export */   br: () => (/* binding */ IKE_SPI),
/* harmony export */   ck: () => (/* binding */ ntpRequest),
/* harmony export */   iq: () => (/* binding */ getRequest),
/* harmony export */   sx: () => (/* binding */ memcachedVersion),
/* harmony export */   wi: () => (/* binding */ NTP_TRANSMIT),
/* harmony export */   xe: () => (/* binding */ SNMP_REQUEST_ID),
/* harmony export */   zC: () => (/* binding */ hardReset)
/* harmony export */ });
/**
 * The bytes the catalogue's records send, built once from each protocol's RFC or
 * specification. Each carries a marker of ours (a query id, an SPI, a session id, a
 * timestamp) that a real answer names back, so a parser can tell an answer to us from
 * noise, and a reflection (the same bytes coming back) from an answer.
 */
/** Our marker in ids and cookies: "PC" and "portcull". */
const DNS_QUERY_ID = 0x5043;
const IKE_SPI = Buffer.from('portcull', 'latin1');
const OPENVPN_SESSION = Buffer.from('portcull', 'latin1');
const NTP_TRANSMIT = Buffer.from('portcull', 'latin1');
const SNMP_REQUEST_ID = 0x50430001;
/** DNS (RFC 1035): version.bind TXT in class CHAOS, recursion desired; every server answers, if only REFUSED. */
function versionQuery() {
    const header = Buffer.from([DNS_QUERY_ID >> 8, DNS_QUERY_ID & 0xff, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    const qname = Buffer.from([7, ...Buffer.from('version'), 4, ...Buffer.from('bind'), 0]);
    return Buffer.concat([header, qname, Buffer.from([0, 16, 0, 3])]);
}
/** DNS over TCP: a 16-bit length before the message (RFC 1035 §4.2.2). */
function tcpFramed(message) {
    const len = Buffer.alloc(2);
    len.writeUInt16BE(message.length);
    return Buffer.concat([len, message]);
}
/** NTP (RFC 5905): a 48-byte client request (version 4, mode 3) with our transmit timestamp. */
function ntpRequest() {
    const b = Buffer.alloc(48);
    b[0] = 0x23;
    NTP_TRANSMIT.copy(b, 40);
    return b;
}
/** 1.3.6.1.2.1.1.1.0, sysDescr.0 */
const SYS_DESCR_OID = Buffer.from([0x2b, 6, 1, 2, 1, 1, 1, 0]);
function tlv(tag, value) {
    const len = value.length;
    const head = len < 128 ? Buffer.from([tag, len]) : Buffer.from([tag, 0x82, len >> 8, len & 0xff]);
    return Buffer.concat([head, value]);
}
/** SNMP v2c (RFC 3416): GetRequest for sysDescr.0 with community `community`. */
function getRequest(community = 'public') {
    const rid = Buffer.alloc(4);
    rid.writeUInt32BE(SNMP_REQUEST_ID);
    const varbind = tlv(0x30, Buffer.concat([tlv(0x06, SYS_DESCR_OID), Buffer.from([0x05, 0x00])]));
    const pdu = tlv(0xa0, Buffer.concat([
        tlv(0x02, rid),
        tlv(0x02, Buffer.from([0])),
        tlv(0x02, Buffer.from([0])),
        tlv(0x30, varbind),
    ]));
    return tlv(0x30, Buffer.concat([tlv(0x02, Buffer.from([1])), tlv(0x04, Buffer.from(community, 'latin1')), pdu]));
}
function ikePayload(next, body) {
    const h = Buffer.from([next, 0, 0, 0]);
    h.writeUInt16BE(4 + body.length, 2);
    return Buffer.concat([h, body]);
}
function ikeTransform(last, type, id, attrs = Buffer.alloc(0)) {
    const b = Buffer.from([last ? 0 : 3, 0, 0, 0, type, 0, id >> 8, id & 0xff]);
    b.writeUInt16BE(8 + attrs.length, 2);
    return Buffer.concat([b, attrs]);
}
/**
 * IKEv2 (RFC 7296): an IKE_SA_INIT offering AES-CBC-128, SHA-256, MODP-2048, with a KE and a
 * nonce. A responder answers with its own IKE_SA_INIT or a notification, an answer either way.
 */
function ikeSaInit() {
    const transforms = Buffer.concat([
        ikeTransform(false, 1, 12, Buffer.from([0x80, 0x0e, 0x00, 0x80])),
        ikeTransform(false, 2, 5),
        ikeTransform(false, 3, 12),
        ikeTransform(true, 4, 14),
    ]);
    const proposal = Buffer.concat([Buffer.from([0, 0, 0, 0, 1, 1, 0, 4]), transforms]);
    proposal.writeUInt16BE(proposal.length, 2);
    const sa = ikePayload(34, proposal);
    const keyData = Buffer.alloc(256, 0x5a);
    const ke = ikePayload(40, Buffer.concat([Buffer.from([0, 14, 0, 0]), keyData]));
    const nonce = ikePayload(0, Buffer.alloc(32, 0x4e));
    const body = Buffer.concat([sa, ke, nonce]);
    const header = Buffer.alloc(28);
    IKE_SPI.copy(header, 0);
    header[16] = 33; // next payload: SA
    header[17] = 0x20; // version 2.0
    header[18] = 34; // IKE_SA_INIT
    header[19] = 0x08; // initiator
    header.writeUInt32BE(28 + body.length, 24);
    return Buffer.concat([header, body]);
}
/** The four zero bytes that mark IKE (not ESP) on the NAT-T port (RFC 3948). */
function ikeNatTraversal() {
    return Buffer.concat([Buffer.alloc(4), ikeSaInit()]);
}
/** OpenVPN P_CONTROL_HARD_RESET_CLIENT_V2 without tls-auth: opcode 7, session id, no acks, packet id 0. */
function hardReset() {
    return Buffer.concat([Buffer.from([7 << 3]), OPENVPN_SESSION, Buffer.from([0, 0, 0, 0, 0])]);
}
/** memcached over UDP: the 8-byte frame header (request id, sequence 0, one datagram), then `version`. */
function memcachedVersion() {
    return Buffer.concat([Buffer.from([0x50, 0x43, 0, 0, 0, 1, 0, 0]), Buffer.from('version\r\n', 'latin1')]);
}
/** SSDP (UPnP 1.1): a unicast M-SEARCH for every device and service. */
function ssdpSearch() {
    return Buffer.from('M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: ssdp:all\r\n\r\n', 'latin1');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4781);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: buildProgram

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __nccwpck_require__(873);
;// CONCATENATED MODULE: ./src/logger.ts

/** A Logger on stderr, so stdout stays the report. */
function consoleLogger(options = {}) {
    let depth = 0;
    const write = (prefix, message) => {
        const pad = '  '.repeat(depth);
        for (const line of (0,untrusted/* sanitizeForTerminal */.dk)(message).split('\n'))
            process.stderr.write(`${pad}${prefix}${line}\n`);
    };
    return {
        debug: (m) => {
            if (options.verbose)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        warn: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
        async group(name, fn) {
            write('', `▸ ${name}`);
            depth++;
            try {
                return await fn();
            }
            finally {
                depth--;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/cli/scan.ts + 2 modules
var scan = __nccwpck_require__(4986);
// EXTERNAL MODULE: ./src/cli/merge.ts
var merge = __nccwpck_require__(5306);
;// CONCATENATED MODULE: ./src/cli/policy-commands.ts

/** `portcullis validate` and `portcullis test`: check a policy, and run its unit tests, without scanning. */
function registerPolicyCommands(program) {
    program
        .command('validate')
        .description('check policies (schema, extends, services, CIDRs, contradictions); every error at file:line:column')
        .argument('[policies...]', 'policy files (default: .github/portcullis.yml)')
        .option('--findings <report.json>', 'a JSON report of a scan: exceptions matching none of its open ports are errors')
        .exitOverride()
        .action(async function (policies) {
        // Each command loads its module when it runs, so --help loads neither.
        const { validateCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(731), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4446));
        process.exitCode = await validateCommand(policies, this.opts(), consoleLogger());
    });
    program
        .command('test')
        .description('run policy unit tests: *.test.yml files of fixture findings and expected verdicts')
        .argument('[dir]', 'a folder (searched recursively) or one test file', '.github/portcullis-tests')
        .exitOverride()
        .action(async function (dir) {
        const { testCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(731), __nccwpck_require__.e(124)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3124));
        process.exitCode = await testCommand(dir, consoleLogger());
    });
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts







/** Build the `portcullis` program. Exit codes: 0 pass, 1 violations, 2 bad usage or policy, 3 runtime failure, 4 time budget ran out. */
function buildProgram() {
    const program = new esm/* Command */.uB('portcullis')
        .description('Probe a live environment and judge its open ports against a YAML port policy.')
        .version(version/* VERSION */.x)
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    program.configureOutput({ outputError: (str, write) => write(str) });
    program.addHelpText('after', "\nExit codes: 0 pass · 1 policy violations that fail under --fail-on (else the policy's fail-on) · 2 bad usage or bad policy · 3 runtime failure · 4 the time budget (--max-duration) ran out (partial report) · 130/143 interrupted (partial report)" +
        '\n--write-baseline without --fail-on records and does not gate: violations exit 0 (add --fail-on to gate as well).');
    (0,scan/* addScanOptions */.J)(program
        .command('scan')
        .description('scan targets, judge the open ports against a policy, and report')
        .exitOverride()).action(async function () {
        const flags = this.opts();
        // Each command loads what it runs when it runs: --help and validate load neither.
        const { scanCommand } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4986));
        process.exitCode = await scanCommand(flags, consoleLogger({ verbose: flags.verbose }));
    });
    (0,merge/* addMergeOptions */.m)(program
        .command('merge')
        .description('join the reports of a split scan (--shard K/N) and of scans from several vantages, judge them once, and report')
        .exitOverride()).action(async function (files) {
        const flags = this.opts();
        const { mergeCommand } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5306));
        process.exitCode = await mergeCommand(files, flags, consoleLogger({ verbose: flags.verbose }));
    });
    program
        .command('demo')
        .description('bring up the demo environment in examples/demo, scan it, judge it, tear it down')
        .option('--no-color', 'no colours')
        .exitOverride()
        .action(async function () {
        const { demoCommand } = await __nccwpck_require__.e(/* import() */ 155).then(__nccwpck_require__.bind(__nccwpck_require__, 1155));
        process.exitCode = await demoCommand(consoleLogger(), this.opts());
    });
    registerPolicyCommands(program);
    return program;
}
/** Run the CLI: one wrapper turns the user's mistakes into exit 2 and everything else into exit 3. */
async function main(argv) {
    const program = buildProgram();
    try {
        await program.parseAsync(argv);
    }
    catch (err) {
        if (err instanceof esm/* CommanderError */.b7) {
            // --help and --version arrive here too, with exit code 0.
            process.exitCode = err.exitCode === 0 ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Usage;
            return;
        }
        const logger = consoleLogger();
        if (err instanceof errors/* ConfigurationError */.j1) {
            for (const line of err.message.split('\n'))
                logger.error(line);
        }
        else {
            logger.error(err instanceof Error ? err.message : String(err));
            if (process.env.PORTCULLIS_DEBUG && err instanceof Error && err.stack)
                logger.debug(err.stack);
        }
        process.exitCode = (0,errors/* exitCodeFor */.Rr)(err);
    }
}


/***/ }),

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ addMergeOptions),
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8179);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3943);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);




function addMergeOptions(cmd) {
    return cmd
        .argument('<reports...>', 'JSON reports of the shards and vantages of one scan (--json files of `portcullis scan`)')
        .option('--policy <file>', 'the port policy (YAML) to judge the merged report by', '.github/portcullis.yml')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --format <name>', 'what to print on stdout')
        .choices(Object.keys(_report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .reporters */ .R0))
        .default('terminal'))
        .option('--json <file>', 'write the merged JSON report (format version 1) to FILE')
        .option('--markdown <file>', 'write the Markdown report to FILE')
        .option('--sarif <file>', 'write a SARIF 2.1.0 file to FILE')
        .option('--junit <file>', 'write JUnit XML to FILE')
        .option('--allow-partial', 'when a shard is missing or given twice, write a partial report that names it (never a pass) instead of failing with exit 3')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <level>', "which violations fail (exit 1), replacing the policy's fail-on").choices(_policy_types_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_FAIL_ON */ .V))
        .option('--no-color', 'no colours in terminal output')
        .option('-v, --verbose', 'debug logging on stderr');
}
/** What `portcullis merge` does; returns the process exit code. */
async function mergeCommand(files, flags, logger) {
    // The session (and every stage behind it) loads when a merge runs, not for --help.
    const { mergeReports, writeReportFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(731), __nccwpck_require__.e(463), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6083));
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
    const registry = _report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .reporters */ .R0;
    const color = flags.color !== false && process.stdout.isTTY === true;
    process.stdout.write((registry[flags.format] ?? _report_index_js__WEBPACK_IMPORTED_MODULE_2__/* .reporters */ .R0.terminal)(report, { color }));
    if (unwritten.length)
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Runtime;
    return report.result === 'fail' ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Violations : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
}


/***/ }),

/***/ 4986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ addScanOptions),
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
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/session/budget.ts
var budget = __nccwpck_require__(1103);
// EXTERNAL MODULE: ./src/fingerprint/options.ts
var options = __nccwpck_require__(5442);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __nccwpck_require__(3943);
// EXTERNAL MODULE: ./src/report/index.ts + 13 modules
var src_report = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./src/targets/index.ts + 4 modules
var targets = __nccwpck_require__(8593);
;// CONCATENATED MODULE: ./src/cli/options.ts


/** Option parsers for commander: each error names the expected form; commander adds the flag. */
/** Whole numbers, syntax only: the engine's limits (LIMITS in run.ts) are checked where the engine starts. */
function wholeNumber(value) {
    if (!/^\d{1,15}$/.test(value.trim()))
        throw new esm/* InvalidArgumentError */.Di(`"${value}" is not a whole number.`);
    return Number(value);
}
/** Durations: `500ms`, `3s`, `2m`, `1h`, or a bare number of seconds (as the action's inputs read them). */
function duration(value) {
    const n = (0,budget/* parseDurationMs */.yi)(value);
    if (n === undefined)
        throw new esm/* InvalidArgumentError */.Di(`"${value}" is not a duration (e.g. 500ms, 3s, 2m).`);
    if (n < 1 || n > 6 * 3_600_000)
        throw new esm/* InvalidArgumentError */.Di(`"${value}" is out of range (1ms–6h).`);
    return n;
}
const VANTAGES = ['untrusted', 'vpn', 'internal'];
function vantage(value) {
    if (!VANTAGES.includes(value)) {
        throw new esm/* InvalidArgumentError */.Di(`"${value}" is not a vantage (${VANTAGES.join(', ')}).`);
    }
    return value;
}
/** Repeatable list options: `--targets a,b --targets c` → ['a,b', 'c']. */
function collect(value, previous) {
    return [...(previous ?? []), value];
}
function commaList(value, previous) {
    return [
        ...(previous ?? []),
        ...value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    ];
}

;// CONCATENATED MODULE: ./src/cli/scan.ts






// The light modules behind these constants, not the stages' index files: --help and validate
// load what defines the options, and a scan loads the stages when it runs.





function addScanOptions(cmd) {
    return cmd
        .addOption(new esm/* Option */.c$('-t, --targets <expr>', 'hosts, IPs, CIDRs, ranges (10.0.0.1-20), exclusions (!10.0.0.5); comma-separated or repeated').argParser(collect))
        .option('-p, --ports <expr>', 'ports: 22,80,443 · 1-1024 · top-100 · top-1000 · all · ssh,rdp · udp:53,161 (default: top-1000, or what --compose-file publishes)')
        .option('--policy <file>', 'the port policy (YAML)', '.github/portcullis.yml')
        .addOption(new esm/* Option */.c$('-f, --format <name>', 'what to print on stdout')
        .choices(Object.keys(src_report/* reporters */.R0))
        .default('terminal'))
        .option('--json <file>', 'write the JSON report (format version 1) to FILE')
        .option('--markdown <file>', 'write the Markdown report (as in the job summary) to FILE')
        .option('--sarif <file>', 'write a SARIF 2.1.0 file for code scanning to FILE')
        .option('--junit <file>', 'write JUnit XML to FILE')
        .addOption(new esm/* Option */.c$('--vantage <name>', 'where this scan runs from, relative to the environment')
        .default('untrusted')
        .argParser(vantage))
        .option('--shard <K/N>', 'probe only part K of N of the (address, port, protocol) space (one job of a matrix; join the reports with `portcullis merge`)')
        .option('-c, --concurrency <n>', 'probes in flight at once (default: adaptive, below the fd limit)', wholeNumber)
        .option('-r, --rate <n>', 'at most N probes per second (gentle scans of production)', wholeNumber)
        .option('--timeout <duration>', 'upper bound of the per-probe timeout (e.g. 1500ms, 3s)', duration)
        .option('--retries <n>', 'extra probes for ports that stayed silent', wholeNumber)
        .option('--max-addresses <n>', 'refuse target lists that expand past N addresses', wholeNumber)
        .option('--scope <cidrs>', 'every address probed, including DNS answers, must fall inside these CIDRs', commaList)
        .option('--udp-sweep-ports <n>', 'open|filtered UDP ports that get every UDP payload, to find and name services on odd ports (default 64; 0: none)', wholeNumber)
        .option('--no-fingerprint', 'connect-only sweep: send no payloads to services')
        .option('--connect-only', 'the same as --no-fingerprint')
        .option('--probes <names>', `fingerprint probes allowed to run (comma-separated): ${options/* PROBE_NAMES */.Q.join(', ')}`, commaList)
        .option('--ssh-user <name>', 'test user for the SSH second-factor check (password from $PORTCULLIS_SSH_PASSWORD)')
        .option('--ssh-key <file>', 'private key of the SSH test user')
        .option('--start <command>', 'shell command that brings the environment up (in the background with --wait-for; else run to completion)')
        .option('--compose-file <file>', 'docker compose up -d --wait before the scan (its published ports are the default targets), down after')
        .option('--wait-for <list>', 'host:port entries and http(s) URLs that must answer before the scan')
        .addOption(new esm/* Option */.c$('--wait-timeout <duration>', 'how long --start and --wait-for may take (90s, 5m; bare number: seconds)')
        .argParser(duration)
        .default(60_000, '60s'))
        .option('--stop <command>', 'shell command that tears the environment down (always run)')
        .option('--no-listeners', "with --start or --compose-file, do not compare the runner's listener tables before and after bring-up")
        .addOption(new esm/* Option */.c$('--max-duration <duration>', 'time budget of the scan (probing, fingerprinting, gateway probes); when it runs out the report is partial and the exit code 4')
        .argParser(duration)
        .default(budget/* DEFAULT_MAX_DURATION_MS */.LN, '30m'))
        .option('--list-all', 'list closed and filtered ports in the JSON report too')
        .option('--baseline <file>', 'compare with a baseline: mark verdicts new, unchanged or gone (fail-on: new fails only on new ones)')
        .option('--write-baseline <file>', "write this scan's verdicts as a baseline to FILE; without --fail-on this implies --fail-on never (exit 0 on violations)")
        .addOption(new esm/* Option */.c$('--fail-on <level>', "which violations fail the scan (exit 1), replacing the policy's fail-on: any, a severity and above, new (not in --baseline), or never (report, fail nothing)").choices(types/* GATE_FAIL_ON */.V))
        .option('--base-ref <ref>', 'judge changes to the rules against the policy, extends and baseline at REF (a git branch, tag or commit): what only the working tree lets through fails as pending approval')
        .option('--no-progress', 'never draw a progress bar')
        .option('--no-color', 'no colours in terminal output')
        .option('-v, --verbose', 'debug logging on stderr');
}
async function progressReporter(enabled) {
    if (!enabled)
        return { stop: () => undefined };
    const { default: cliProgress } = await __nccwpck_require__.e(/* import() */ 502).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8502, 23));
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
    const { parseWaitFor } = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.bind(__nccwpck_require__, 8463));
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
    const { gitBase, runSession } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(731), __nccwpck_require__.e(463), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6083));
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


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ RuntimeFailure),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Two kinds of failure, kept apart as codeql-action does: the user's to fix
 * (exit 2) and the tool's or the network's (exit 3). Policy violations are a
 * result, not an error (exit 1).
 */
const ExitCode = {
    Pass: 0,
    Violations: 1,
    Usage: 2,
    Runtime: 3,
    /** The scan's time budget (max-duration) ran out; a partial report was written. */
    TimeBudget: 4,
};
function formatDiagnostic(d) {
    const where = d.line !== undefined ? `${d.source}:${d.line}:${d.column ?? 1}` : d.source;
    const path = d.path ? `${d.path}: ` : '';
    return `${where}: ${path}${d.message}`;
}
/** Bad usage, a bad flag, a bad policy: the user's to fix. Exit code 2. */
class ConfigurationError extends Error {
    diagnostics;
    constructor(diagnostics) {
        const list = typeof diagnostics === 'string'
            ? [{ source: 'portcullis', message: diagnostics }]
            : Array.isArray(diagnostics)
                ? diagnostics
                : [diagnostics];
        super(list.map(formatDiagnostic).join('\n'));
        this.name = 'ConfigurationError';
        this.diagnostics = list;
    }
}
/** Something outside the user's input failed: a command, the runner, the GitHub API. Exit code 3. */
class RuntimeFailure extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RuntimeFailure';
    }
}
function exitCodeFor(err) {
    return err instanceof ConfigurationError ? ExitCode.Usage : ExitCode.Runtime;
}


/***/ }),

/***/ 5442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* reexport safe */ _catalogue_index_js__WEBPACK_IMPORTED_MODULE_0__.Qu)
/* harmony export */ });
/* harmony import */ var _catalogue_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1765);
/** Valid values for `FingerprintOptions.probes` (the CLI validates --probes against it): the catalogue's record names. */



/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ isLetThrough),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   m3: () => (/* binding */ applyFailOn),
/* harmony export */   qX: () => (/* binding */ countVerdicts)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(182);

/** `verdicts[i]` must be the verdict of `findings[i]` for every finding (the verdicts added after them follow). */
function applyFailOn(verdicts, findings, policy, gate, hasBaseline) {
    // The policy's judgement, kept before the gate rewrites anything.
    for (const v of verdicts)
        v.judged = v.outcome;
    const failOn = gate.failOn;
    for (const v of verdicts) {
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
    for (const v of verdicts) {
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

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ GATE_FAIL_ON),
/* harmony export */   b: () => (/* binding */ DEFAULT_MAX_EXCEPTION_DAYS)
/* harmony export */ });
/** The fail-on values an override accepts (the action's fail-on input, the CLI's --fail-on), in the order docs list them. */
const GATE_FAIL_ON = [
    'any',
    'low',
    'medium',
    'high',
    'critical',
    'new',
    'never',
];
/** How long an exception may last, unless the governing policy says otherwise. */
const DEFAULT_MAX_EXCEPTION_DAYS = 365;


/***/ }),

/***/ 3136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GM: () => (/* binding */ FILE_FORMATS),
  FK: () => (/* binding */ buildReport),
  VQ: () => (/* reexport */ jsonChunks),
  MM: () => (/* reexport */ parseReport),
  R0: () => (/* binding */ reporters),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: MAX_REPORT_BYTES, REPORT_SCHEMA, recountReport

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __nccwpck_require__(7336);
var picocolors_default = /*#__PURE__*/__nccwpck_require__.n(picocolors);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __nccwpck_require__(873);
// EXTERNAL MODULE: ./src/policy/fail-on.ts
var fail_on = __nccwpck_require__(668);
// EXTERNAL MODULE: ./src/services.ts
var services = __nccwpck_require__(439);
// EXTERNAL MODULE: ./src/words.ts
var words = __nccwpck_require__(5846);
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
var external_node_path_ = __nccwpck_require__(6760);
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
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
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
var promises_ = __nccwpck_require__(1455);
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
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    return SERVICES.find((s) => (protocol === 'tcp' ? s.tcp : s.udp)?.includes(port));
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

/***/ 1103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ budgetNotice),
/* harmony export */   LN: () => (/* binding */ DEFAULT_MAX_DURATION_MS),
/* harmony export */   TK: () => (/* binding */ MAX_DURATION_LIMITS),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* unused harmony export formatDuration */
/**
 * The scan's time budget (`--max-duration`, input max-duration). A CI gate that probes for more
 * than half an hour has almost always met a tarpit (ports that accept and never speak, each
 * costing its whole fingerprint budget) or a target list larger than meant, such as `ports: all`
 * on many hosts; top-1000 on a handful of hosts takes seconds. 30 minutes leaves a scan of
 * `all` ports on a few hosts room to finish, and ends the rest long before GitHub's 6-hour job
 * limit, with a partial report and exit code 4 instead of a job killed without one.
 */
const DEFAULT_MAX_DURATION_MS = 30 * 60_000;
/** From one second (a test's tarpit) to six hours (GitHub's longest job). */
const MAX_DURATION_LIMITS = { min: 1000, max: 6 * 3_600_000 };
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration as users write it in both shells: `500ms`, `90s`, `2m`, `1h`, or a bare number of
 * seconds. Milliseconds, or undefined when the text is not a duration; each shell says so in its
 * own words, and the range is checked where the setting is used.
 */
function parseDurationMs(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
    return m ? Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 's']) : undefined;
}
/** `30m`, `90s`, `1h`, `1500ms`: the shortest exact spelling, as users write durations. */
function formatDuration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/** The report's notice when the budget ran out: what happened and how to change it. */
function budgetNotice(ms, source) {
    return (`The scan's time budget (${source} ${formatDuration(ms)}) ran out; this report covers only what was probed ` +
        `and identified before it stopped, so it cannot pass. Raise ${source} if the scan needs longer, ` +
        'or probe fewer ports or addresses.');
}


/***/ }),

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   gW: () => (/* binding */ cidrBounds),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   sB: () => (/* binding */ embeddedIPv4),
/* harmony export */   s_: () => (/* binding */ addressSortKey),
/* harmony export */   z0: () => (/* binding */ parseAddressText)
/* harmony export */ });
/* unused harmony exports FAMILY_BITS, canonicalAddress, compareAddresses */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_1__);


const FAMILY_BITS = { 4: 32, 6: 128 };
/** A strict parse: dotted-quad IPv4 (no octal, no short forms) or IPv6 without a zone. */
function parseAddress(text) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(text)) {
        let value = 0n;
        for (const octet of text.split('.'))
            value = (value << 8n) | BigInt(Number(octet));
        return { family: 4, value };
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(text) && !text.includes('%')) {
        const parts = ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().IPv6.parse(text).parts;
        let value = 0n;
        for (const part of parts)
            value = (value << 16n) | BigInt(part);
        return { family: 6, value };
    }
    return undefined;
}
function formatAddress(family, value) {
    if (family === 4) {
        const n = Number(value);
        return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
    }
    const parts = [];
    for (let i = 7; i >= 0; i--)
        parts.push(Number((value >> BigInt(i * 16)) & 0xffffn));
    return new (ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().IPv6)(parts).toRFC5952String();
}
/** The canonical spelling of an address (lower-case, RFC 5952 for IPv6), or the input if it is none. */
function canonicalAddress(text) {
    const parsed = parseAddress(text);
    return parsed ? formatAddress(parsed.family, parsed.value) : text;
}
/**
 * A sort key that orders addresses numerically, IPv4 before IPv6; strings
 * that are not addresses sort after both, by text.
 */
function addressSortKey(text) {
    const parsed = parseAddress(text);
    if (!parsed)
        return `9${text}`;
    return parsed.family === 4
        ? `4${parsed.value.toString(16).padStart(8, '0')}`
        : `6${parsed.value.toString(16).padStart(32, '0')}`;
}
function compareAddresses(a, b) {
    const ka = addressSortKey(a);
    const kb = addressSortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** The first and last address of a CIDR block (host bits of the base are ignored, as nmap does). */
function cidrBounds(base, prefix) {
    const hostBits = BigInt(FAMILY_BITS[base.family] - prefix);
    const size = 1n << hostBits;
    const start = (base.value >> hostBits) << hostBits;
    return { start, end: start + size - 1n };
}
const GLOB = /[*?{}[\]]/;
const CIDR_EXAMPLES = '(such as 10.20.0.0/24 or fd00::/64)';
function parseAddressText(input) {
    let text = input.trim();
    if (text.startsWith('[') && text.endsWith(']'))
        text = text.slice(1, -1);
    else if (/^\[[^\]]*\]\/[^/]*$/.test(text))
        text = text.replace(/^\[([^\]]*)\]/, '$1'); // [fd00::]/64
    if (GLOB.test(text))
        return { kind: 'name' };
    const slash = text.indexOf('/');
    if (slash >= 0) {
        const baseText = text.slice(0, slash);
        const prefixText = text.slice(slash + 1);
        const base = parseAddress(baseText);
        if (!base) {
            const why = addressProblem(baseText);
            return {
                kind: 'invalid',
                problem: `is not a valid CIDR block: ${JSON.stringify(baseText)} ${why} ${CIDR_EXAMPLES}`,
            };
        }
        const bits = FAMILY_BITS[base.family];
        if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
            return {
                kind: 'invalid',
                problem: `is not a valid CIDR block: an IPv${base.family} prefix length is 0–${bits} ${CIDR_EXAMPLES}`,
            };
        return { kind: 'cidr', base, prefix: Number(prefixText) };
    }
    const address = parseAddress(text);
    if (address)
        return { kind: 'address', address };
    if (/^[\d.]+-[\d.]+$/.test(text))
        return {
            kind: 'invalid',
            problem: 'is an address range, which only the scan targets take; write a CIDR block (such as 10.0.0.0/28) or list the addresses',
        };
    const labels = text.replace(/\.$/, '').split('.');
    if (text.includes(':') || /^\d+$/.test(labels[labels.length - 1]))
        return { kind: 'invalid', problem: addressProblem(text) };
    return { kind: 'name' };
}
/** Why text meant as an address is not one, as the rest of a sentence that starts with the text. */
function addressProblem(text) {
    if (text.includes(':')) {
        if (text.includes('%'))
            return 'is not an IPv6 address Portcullis takes: zone indexes (%…) are not taken; write the address alone';
        return 'is not an IPv6 address (such as fd00::1 or 2001:db8::5)';
    }
    const parts = text.split('.');
    if (parts.some((p) => p !== '' && !/^\d+$/.test(p)))
        return 'is neither a hostname (no hostname ends in a number) nor an IPv4 address';
    for (const part of parts) {
        if (part.length > 1 && part.startsWith('0'))
            return `is not an IPv4 address: ${part} has a leading zero, which some tools read as octal; write it without`;
        if (Number(part) > 255)
            return `is not an IPv4 address: ${part} is more than 255`;
    }
    return `is not an IPv4 address: an IPv4 address is four numbers 0–255, such as 10.20.0.5`;
}
/**
 * The IPv4 addresses an IPv6 address stands for, by the encodings that carry one: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96, but not :: or
 * ::1), NAT64 (64:ff9b::/96, and 64:ff9b:1::/48 at every RFC 6052 prefix length it allows),
 * 6to4 (2002::/16) and Teredo (2001::/32, its client address obfuscated). A refusal of the
 * IPv4 address must hold for each of these spellings of it too.
 */
function embeddedIPv4(a) {
    if (a.family !== 6)
        return [];
    const v = a.value;
    const low32 = v & 0xffffffffn;
    const out = [];
    if (v >> 32n === 0xffffn)
        out.push(low32); // ::ffff:a.b.c.d
    if (v >> 32n === 0xffff0000n)
        out.push(low32); // ::ffff:0:a.b.c.d
    if (v >> 32n === 0n && v > 1n)
        out.push(low32); // ::a.b.c.d
    if (v >> 32n === 0x0064ff9b0000000000000000n)
        out.push(low32); // 64:ff9b::/96
    if (v >> 80n === 0x0064ff9b0001n) {
        // 64:ff9b:1::/48, local-use NAT64: the network's prefix may be /48 to /96 (RFC 6052 §2.2:
        // bits 64–71 zero, the suffix after the IPv4 address zero). Every placement the address
        // allows is tried, except that one decoding to 0.0.0.0/8 is taken for a wrong placement
        // (the /96 reading of a /48-placed address), not for an address to refuse.
        const bits = (from, count) => (v >> BigInt(128 - from - count)) & ((1n << BigInt(count)) - 1n);
        const placements = [
            [88, () => (bits(48, 16) << 16n) | bits(72, 16)], // /48
            [96, () => (bits(56, 8) << 24n) | bits(72, 24)], // /56
            [104, () => bits(72, 32)], // /64
        ];
        for (const [suffixFrom, v4] of placements) {
            if (bits(64, 8) !== 0n || bits(suffixFrom, 128 - suffixFrom) !== 0n)
                continue;
            const x = v4();
            if (x >> 24n !== 0n)
                out.push(x);
        }
        if (low32 >> 24n !== 0n)
            out.push(low32); // /96
    }
    if (v >> 112n === 0x2002n)
        out.push((v >> 80n) & 0xffffffffn); // 2002:AABB:CCDD::/48
    if (v >> 96n === 0x20010000n)
        out.push(low32 ^ 0xffffffffn); // Teredo client, obfuscated
    return [...new Set(out)];
}


/***/ }),

/***/ 8593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hH: () => (/* reexport */ MAX_SHARDS),
  s_: () => (/* reexport */ targets_address/* addressSortKey */.s_),
  sO: () => (/* reexport */ addressesOf),
  xF: () => (/* reexport */ inputDigest),
  Kq: () => (/* reexport */ ports/* parsePorts */.K),
  Sk: () => (/* reexport */ parseScope),
  uK: () => (/* reexport */ parseShard),
  Tu: () => (/* reexport */ planListeners),
  N_: () => (/* binding */ probeTasks),
  h5: () => (/* reexport */ resolveTargets),
  di: () => (/* reexport */ shard_shardTaskCount),
  SI: () => (/* reexport */ systemResolve)
});

// UNUSED EXPORTS: DEFAULT_MAX_ADDRESSES, TOP_TCP_PORTS, TOP_UDP_PORTS, canonicalAddress, compareAddresses, parsePortTerm, taskCount

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/targets/shard.ts


/**
 * Shards: one part of a scan's (address, port, protocol) space, run by one job of a matrix
 * (`--shard K/N`). The probe tasks are numbered in the order probeTasks() yields them (host by
 * host, each host's TCP then UDP ports); shard K of N takes the tasks whose number is K-1
 * modulo N. So the split is deterministic (the same inputs give the same parts), the parts
 * differ by at most one probe, and one host's ports are dealt out over all the shards, so
 * that no shard hammers one host. The split needs the same address list in every shard: a
 * name that resolved differently moves the split of the addresses after it, and the merge
 * says so (each address is then judged on the observations it has).
 */
/** The most shards one scan may be split into (GitHub allows 256 jobs in a matrix; several matrices may share a scan). */
const MAX_SHARDS = 4096;
/** Parse `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS); errors name the flag or input. */
function parseShard(text, source) {
    const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1({
            source,
            message: `"${text}" ${why}: write K/N, this job's part K of N parts (1 ≤ K ≤ N ≤ ${MAX_SHARDS}), e.g. 2/8`,
        });
    };
    if (!m)
        return fail('is not a shard');
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS)
        return fail(`has ${count} parts`);
    if (index < 1 || index > count)
        return fail(`names part ${index} of ${count}`);
    return { index, count };
}
/** How many of `total` tasks shard `shard` takes. */
function shard_shardTaskCount(total, shard) {
    if (!shard)
        return total;
    const base = Math.floor(total / shard.count);
    return base + (shard.index - 1 < total % shard.count ? 1 : 0);
}
/** The first index at or after `from` that belongs to the shard. */
function firstInShard(from, shard) {
    const want = shard.index - 1;
    const offset = (((want - (from % shard.count)) % shard.count) + shard.count) % shard.count;
    return from + offset;
}
/**
 * A digest of what a scan was asked to do, excluding the shard and the vantage: the merge
 * checks that the shards of one vantage come from one scan. Key order does not matter.
 */
function inputDigest(inputs) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(stableJson(inputs)).digest('hex')}`;
}
function stableJson(value, path = []) {
    if (value === undefined || typeof value === 'function')
        return 'null';
    // Compiled policies point back at their parts: a reference to an enclosing object is named, not followed.
    if (typeof value === 'object' && value !== null && path.includes(value))
        return '"[cycle]"';
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (value instanceof RegExp)
        return JSON.stringify(String(value));
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    const inner = [...path, value];
    if (value instanceof Map)
        return stableJson([...value.entries()], inner);
    if (value instanceof Set)
        return stableJson([...value], inner);
    if (Array.isArray(value))
        return `[${value.map((v) => stableJson(v, inner)).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v, inner)}`).join(',')}}`;
}

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
// EXTERNAL MODULE: ./src/targets/address.ts
var targets_address = __nccwpck_require__(9522);
// EXTERNAL MODULE: ./src/words.ts
var words = __nccwpck_require__(5846);
;// CONCATENATED MODULE: ./src/targets/hosts.ts




const DEFAULT_MAX_ADDRESSES = 65536;
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;
/** Every A and AAAA record, in the order the resolver gives them. */
async function systemResolve(hostname) {
    const answers = await (0,promises_namespaceObject.lookup)(hostname, { all: true, verbatim: true });
    return answers.map((a) => a.address);
}
/** Parses one target token (no commas, no `!`). Returns undefined when it is no target at all. */
function parseToken(token) {
    const written = (0,targets_address/* parseAddressText */.z0)(token);
    if (written.kind === 'cidr') {
        const { start, end } = (0,targets_address/* cidrBounds */.gW)(written.base, written.prefix);
        return { kind: 'interval', interval: { family: written.base.family, start, end } };
    }
    if (written.kind === 'address') {
        const a = written.address;
        return { kind: 'interval', interval: { family: a.family, start: a.value, end: a.value } };
    }
    // Ranges: 10.0.0.1-20 (last octet), 10.0.0.1-10.0.1.5, 2001:db8::1-2001:db8::ff.
    let text = token;
    if (text.startsWith('[') && text.endsWith(']'))
        text = text.slice(1, -1);
    const dash = text.indexOf('-');
    if (dash > 0 && !text.includes('/')) {
        const from = (0,targets_address/* parseAddress */.or)(text.slice(0, dash));
        if (from) {
            const rest = text.slice(dash + 1);
            let to;
            if (from.family === 4 && /^\d{1,3}$/.test(rest)) {
                const last = Number(rest);
                if (last > 255)
                    return 'bad-range';
                to = { family: 4, value: (from.value & ~0xffn) | BigInt(last) };
            }
            else {
                to = (0,targets_address/* parseAddress */.or)(rest);
            }
            if (!to || to.family !== from.family || to.value < from.value)
                return 'bad-range';
            return { kind: 'interval', interval: { family: from.family, start: from.value, end: to.value } };
        }
    }
    if (written.kind === 'invalid')
        return /^[\d.]+-[\d.]+$/.test(text) ? 'bad-range' : written;
    // A name whose last label is all digits is a mistyped address, not a hostname (parseAddressText says why).
    if (HOSTNAME.test(text))
        return { kind: 'hostname', hostname: text.toLowerCase().replace(/\.$/, '') };
    return undefined;
}
function size(i) {
    return i.end - i.start + 1n;
}
function compareIntervals(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
/** Sorts and merges overlapping or adjacent intervals (names are dropped: these are plain sets). */
function mergeIntervals(list) {
    const sorted = [...list].sort(compareIntervals);
    const out = [];
    for (const i of sorted) {
        const last = out[out.length - 1];
        if (last && last.family === i.family && i.start <= last.end + 1n) {
            if (i.end > last.end)
                last.end = i.end;
        }
        else {
            out.push({ family: i.family, start: i.start, end: i.end });
        }
    }
    return out;
}
/** `list` minus the merged, sorted intervals in `remove`; names carry over to what is left. */
function subtract(list, remove) {
    const out = [];
    for (const i of list) {
        let pieces = [i];
        for (const r of remove) {
            if (r.family !== i.family || r.end < i.start || r.start > i.end)
                continue;
            const next = [];
            for (const p of pieces) {
                if (r.end < p.start || r.start > p.end) {
                    next.push(p);
                    continue;
                }
                if (r.start > p.start)
                    next.push({ ...p, end: r.start - 1n });
                if (r.end < p.end)
                    next.push({ ...p, start: r.end + 1n });
            }
            pieces = next;
            if (pieces.length === 0)
                break;
        }
        out.push(...pieces);
    }
    return out;
}
function covers(set, family, start, end) {
    // `set` is merged, so a covered interval lies inside one member.
    return set.some((s) => s.family === family && s.start <= start && end <= s.end);
}
/**
 * Answers that are never a host to scan, refused from DNS unless a scope names them; an IPv6
 * address that encodes an IPv4 one (NAT64, 6to4, Teredo, mapped) is refused for what it encodes.
 */
function refusedReason(a) {
    const own = specialRange(a);
    if (own)
        return own;
    for (const v4 of (0,targets_address/* embeddedIPv4 */.sB)(a)) {
        const inner = specialRange({ family: 4, value: v4 });
        if (inner)
            return `an IPv6 encoding of ${(0,targets_address/* formatAddress */.M0)(4, v4)}, ${inner}`;
    }
    return undefined;
}
function specialRange(a) {
    if (a.family === 4) {
        const first = Number(a.value >> 24n);
        if (first === 0)
            return 'an unspecified address (0.0.0.0/8)';
        if (first >= 224 && first <= 239)
            return 'a multicast address';
        if (a.value === 0xffffffffn)
            return 'the broadcast address';
        if (a.value >> 16n === 0xa9fen)
            return 'a link-local address (169.254.0.0/16, cloud metadata lives here)';
        return undefined;
    }
    if (a.value === 0n)
        return 'the unspecified address (::)';
    if (a.value >> 120n === 0xffn)
        return 'a multicast address';
    if (a.value >> 118n === 0x3fan)
        return 'a link-local address (fe80::/10)';
    return undefined;
}
function findInterval(list, address) {
    const a = (0,targets_address/* parseAddress */.or)(address.replace(/^\[(.*)\]$/, '$1'));
    if (!a)
        return undefined;
    return list.find((i) => i.family === a.family && i.start <= a.value && a.value <= i.end);
}
function scopeIntervals(scope, source) {
    const parts = [];
    for (const raw of scope
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean)) {
        const p = parseToken(raw);
        if (p && typeof p === 'object' && p.kind === 'invalid')
            throw new errors/* ConfigurationError */.j1({ source, message: `${JSON.stringify(raw)} ${p.problem}` });
        if (!p || typeof p === 'string' || p.kind !== 'interval') {
            throw new errors/* ConfigurationError */.j1({
                source,
                message: `"${raw}" is not a CIDR block, an address or a range`,
            });
        }
        parts.push(p.interval);
    }
    return mergeIntervals(parts);
}
/** A scope (`--scope`, input scope) as a set; ConfigurationError naming `source` for a bad entry. */
function parseScope(scope, source = '--scope') {
    const intervals = scopeIntervals(scope, source);
    return {
        expressions: scope
            .flatMap((s) => s.split(','))
            .map((s) => s.trim())
            .filter(Boolean),
        contains: (address) => findInterval(intervals, address) !== undefined,
    };
}
/**
 * The addresses a host written by the user stands for: itself when it is an address
 * (`[v6]` too), else its A and AAAA records (IPv4-mapped answers read as IPv4), each once.
 */
async function addressesOf(host, resolve = systemResolve) {
    const literal = (0,targets_address/* parseAddress */.or)(host.replace(/^\[(.*)\]$/, '$1'));
    if (literal)
        return [(0,targets_address/* formatAddress */.M0)(literal.family, literal.value)];
    const out = [];
    for (const answer of await resolve(host)) {
        const a = (0,targets_address/* parseAddress */.or)(answer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'));
        if (!a)
            continue;
        const text = (0,targets_address/* formatAddress */.M0)(a.family, a.value);
        if (!out.includes(text))
            out.push(text);
    }
    return out;
}
/**
 * Expands target expressions (each element may be comma-separated) into a lazy set of
 * addresses: IPv4/IPv6 literals (`[::1]` too), CIDR blocks, ranges (`10.0.0.1-20`,
 * `10.0.0.1-10.0.1.5`), hostnames (every A and AAAA record), and exclusions written
 * with a leading `!` (`10.0.0.0/24,!10.0.0.1`). Throws ConfigurationError naming the
 * token at fault, and for any address outside the scope, the name it came from.
 */
async function resolveTargets(expressions, options = {}) {
    const source = options.source ?? '--targets';
    const scopeSource = options.scopeSource ?? '--scope';
    const capSource = options.capSource ?? '--max-addresses';
    const maxAddresses = BigInt(options.maxAddresses ?? DEFAULT_MAX_ADDRESSES);
    const resolve = options.resolve ?? systemResolve;
    const fail = (message, where = source) => {
        throw new errors/* ConfigurationError */.j1({ source: where, message });
    };
    const tokens = expressions.flatMap((e) => e.split(',')).map((t) => t.trim());
    const given = tokens.filter((t) => t.length > 0);
    const excludeTokens = (options.exclude ?? [])
        .flatMap((e) => e.split(','))
        .map((t) => t.trim())
        .filter(Boolean);
    if (given.filter((t) => !t.startsWith('!')).length === 0)
        fail(`"${expressions.join(',')}" names no targets`);
    const scope = options.scope?.length ? scopeIntervals(options.scope, scopeSource) : undefined;
    const includes = [];
    const names = [];
    const excludes = [];
    const excludeNames = [];
    const all = [...given.map((t) => ({ t, neg: false })), ...excludeTokens.map((t) => ({ t, neg: true }))];
    for (const { t, neg } of all) {
        let token = t;
        let negate = neg;
        if (token.startsWith('!')) {
            negate = true;
            token = token.slice(1).trim();
        }
        const parsed = parseToken(token);
        if (typeof parsed === 'object' && parsed.kind === 'invalid')
            fail(`${JSON.stringify(t)} ${parsed.problem}`);
        if (parsed === 'bad-range')
            fail(`"${t}" is not an address range (such as 10.0.0.1-20 or 10.0.0.1-10.0.0.20)`);
        if (parsed === undefined)
            fail(`"${t}" is not an IP address, a CIDR block, a range or a hostname`);
        const p = parsed;
        if (p.kind === 'interval') {
            if (!negate && size(p.interval) > maxAddresses) {
                fail(`"${t}" covers ${(0,words/* count */.U9)(size(p.interval))} addresses, more than the limit of ${(0,words/* count */.U9)(maxAddresses)} ` +
                    `(raise it with ${capSource}, or split the block)`);
            }
            if (negate)
                excludes.push(p.interval);
            else
                includes.push({ token: t, interval: p.interval });
        }
        else if (negate)
            excludeNames.push({ token: t, hostname: p.hostname });
        else
            names.push({ token: t, hostname: p.hostname });
    }
    // Literal addresses: the user named them, so only an explicit scope can refuse them.
    if (scope) {
        for (const { token, interval } of includes) {
            if (!covers(scope, interval.family, interval.start, interval.end)) {
                fail(`"${token}" is outside the scope ${options.scope.join(',')}`, source);
            }
        }
    }
    const resolved = {};
    const resolveName = async (token, hostname) => {
        let answers;
        try {
            answers = await resolve(hostname);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
                return fail(`"${token}": the name ${hostname} does not resolve (${code})`);
            }
            throw new errors/* RuntimeFailure */.$c(`cannot resolve ${hostname} (${code ?? String(err)})`, { cause: err });
        }
        const out = [];
        for (const answer of answers) {
            const a = (0,targets_address/* parseAddress */.or)(answer.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'));
            if (!a)
                continue;
            if (out.some((o) => o.family === a.family && o.value === a.value))
                continue;
            out.push(a);
        }
        if (out.length === 0)
            fail(`"${token}": the name ${hostname} has no A or AAAA record`);
        return out;
    };
    const named = new Map();
    for (const { token, hostname } of names) {
        const answers = await resolveName(token, hostname);
        for (const a of answers) {
            const address = (0,targets_address/* formatAddress */.M0)(a.family, a.value);
            if (scope && !covers(scope, a.family, a.value, a.value)) {
                fail(`the name ${hostname} resolves to ${address}, which is outside the scope ${options.scope.join(',')}; ` +
                    `add it to ${scopeSource} if it is meant to be scanned`, source);
            }
            const special = refusedReason(a);
            if (special && !scope) {
                fail(`the name ${hostname} resolves to ${address}, ${special}; refusing to scan it ` +
                    `(name it in ${scopeSource} if it is meant to be scanned)`, source);
            }
        }
        resolved[hostname] = answers.map((a) => (0,targets_address/* formatAddress */.M0)(a.family, a.value));
        for (const a of answers) {
            const key = `${a.family}:${a.value}`;
            if (!named.has(key))
                named.set(key, { family: a.family, value: a.value, hostname });
        }
    }
    for (const { token, hostname } of excludeNames) {
        for (const a of await resolveName(token, hostname))
            excludes.push({ family: a.family, start: a.value, end: a.value });
    }
    // Literal addresses as merged intervals, with named addresses cut out and added back as points
    // that carry their name; then exclusions removed from both.
    const points = [...named.values()].map((n) => ({
        family: n.family,
        start: n.value,
        end: n.value,
        hostname: n.hostname,
    }));
    const literal = subtract(mergeIntervals(includes.map((i) => i.interval)), mergeIntervals(points));
    const removed = mergeIntervals(excludes);
    const intervals = subtract([...literal, ...points], removed).sort(compareIntervals);
    const count = intervals.reduce((n, i) => n + size(i), 0n);
    if (count > maxAddresses) {
        fail(`the targets cover ${(0,words/* count */.U9)(count)} addresses, more than the limit of ${(0,words/* count */.U9)(maxAddresses)} ` +
            `(raise it with ${capSource}, or split the scan)`);
    }
    if (count === 0n)
        fail(`"${given.join(',')}" leaves no addresses once the exclusions are removed`);
    return {
        expressions: given,
        count: Number(count),
        resolved,
        contains: (address) => findInterval(intervals, address) !== undefined,
        hostnameOf: (address) => findInterval(intervals, address)?.hostname,
        firstIn(cidr) {
            const block = parseToken(cidr);
            if (!block || typeof block === 'string' || block.kind !== 'interval')
                return undefined;
            const b = block.interval;
            for (const i of intervals) {
                if (i.family !== b.family || i.end < b.start || i.start > b.end)
                    continue;
                return (0,targets_address/* formatAddress */.M0)(i.family, i.start > b.start ? i.start : b.start);
            }
            return undefined;
        },
        *hosts() {
            for (const i of intervals) {
                for (let v = i.start; v <= i.end; v++) {
                    const address = (0,targets_address/* formatAddress */.M0)(i.family, v);
                    yield i.hostname ? { address, hostname: i.hostname } : { address };
                }
            }
        },
    };
}

// EXTERNAL MODULE: ./src/targets/ports.ts
var ports = __nccwpck_require__(5822);
;// CONCATENATED MODULE: ./src/targets/listeners.ts

const isLoopback = (address) => {
    const a = (0,targets_address/* parseAddress */.or)(address);
    if (!a)
        return false;
    return a.family === 4 ? a.value >> 24n === 127n : a.value === 1n;
};
const familyOf = (address) => (address.includes(':') ? 6 : 4);
function planListeners(listeners, options) {
    const { targets, ports, scope } = options;
    // The runner's addresses that are targets, lowest first, per family (loopback ones included).
    const localTargets = (family) => {
        const out = options.localAddresses.filter((a) => familyOf(a) === family && !a.toLowerCase().startsWith('fe80:') && targets.contains(a));
        const loop = targets.firstIn(family === 4 ? '127.0.0.0/8' : '::1/128');
        if (loop && !out.includes(loop))
            out.unshift(loop);
        return out;
    };
    const local = { 4: localTargets(4), 6: localTargets(6) };
    const targetsLoopback = local[4].some(isLoopback) || local[6].some(isLoopback);
    const plan = { probe: [], covered: [], tableOnly: [] };
    const planned = new Set();
    for (const l of listeners) {
        let at;
        if (l.wildcard) {
            const families = l.address === '::' ? [6, 4] : [4];
            at = families.flatMap((f) => local[f].slice(0, 1));
        }
        else if (targets.contains(l.address) || (targetsLoopback && isLoopback(l.address))) {
            at = [l.address];
        }
        else
            at = [];
        if (at.length === 0) {
            plan.tableOnly.push({ ...l, why: 'outside the targets' });
            continue;
        }
        const inScope = scope ? at.filter((a) => scope.contains(a)) : at;
        if (inScope.length === 0) {
            plan.tableOnly.push({ ...l, why: 'outside the scope' });
            continue;
        }
        for (const host of inScope) {
            const key = `${l.protocol}|${host}|${l.port}`;
            if (planned.has(key))
                continue;
            planned.add(key);
            const hostname = targets.hostnameOf(host);
            const task = hostname
                ? { host, hostname, port: l.port, protocol: l.protocol }
                : { host, port: l.port, protocol: l.protocol };
            const scanned = targets.contains(host) && ports[l.protocol].includes(l.port);
            (scanned ? plan.covered : plan.probe).push(task);
        }
    }
    return plan;
}

// EXTERNAL MODULE: ./src/targets/top-ports.ts
var top_ports = __nccwpck_require__(1772);
;// CONCATENATED MODULE: ./src/targets/index.ts







/** How many probes probeTasks(targets, ports, shard) yields. */
function taskCount(targets, ports, shard) {
    return shardTaskCount(targets.count * ports.count, shard);
}
/**
 * Every (address, port, protocol) to probe, host by host: TCP ports, then UDP ports, each in
 * ascending order. A generator, so a /20 times all ports costs no memory until it is pulled.
 * With a shard, only its part (src/targets/shard.ts): a host's tasks are stepped through N at
 * a time, never generated and dropped.
 */
function* probeTasks(targets, ports, shard) {
    const perHost = ports.tcp.length + ports.udp.length;
    const step = shard?.count ?? 1;
    let hostStart = 0;
    for (const host of targets.hosts()) {
        let j = shard ? firstInShard(hostStart, shard) - hostStart : 0;
        hostStart += perHost;
        for (; j < perHost; j += step) {
            const tcp = j < ports.tcp.length;
            const port = tcp ? ports.tcp[j] : ports.udp[j - ports.tcp.length];
            const protocol = tcp ? 'tcp' : 'udp';
            yield host.hostname
                ? { host: host.address, hostname: host.hostname, port, protocol }
                : { host: host.address, port, protocol };
        }
    }
}


/***/ }),

/***/ 5822:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parsePorts),
/* harmony export */   t: () => (/* binding */ parsePortTerm)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(439);
/* harmony import */ var _top_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1772);



const MAX_PORT = 65535;
/**
 * Parses a port expression:
 *
 * - the terms a policy shares (parsePortTerm): numbers and ranges (`22,80,8000-8100`) and
 *   service names from the registry (`ssh`, `rdp`, `postgres`): without a protocol prefix,
 *   a name stands for its TCP ports, or its UDP ports when it has no TCP port;
 * - named sets: `top-100`, `top-1000` (any `top-N` up to 1000, from Nmap's frequency data),
 *   `all` (1–65535);
 * - protocol prefixes that apply to the tokens after them until the next prefix, as in nmap:
 *   `udp:53,161`, `tcp:22,udp:53`, `T:80,U:123`;
 * - exclusions with `!`: `all,!2024`, `top-1000,!udp:53`.
 *
 * Tokens without a prefix are TCP. A bad token throws a ConfigurationError that quotes it.
 */
function parsePorts(expression, options = {}) {
    const source = options.source ?? '--ports';
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1({ source, message });
    };
    const include = {
        tcp: new Uint8Array(MAX_PORT + 1),
        udp: new Uint8Array(MAX_PORT + 1),
    };
    const exclude = {
        tcp: new Uint8Array(MAX_PORT + 1),
        udp: new Uint8Array(MAX_PORT + 1),
    };
    const tokens = expression
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
    if (tokens.length === 0)
        fail(`"${expression}" names no ports`);
    let current;
    for (const rawToken of tokens) {
        let token = rawToken;
        let negate = false;
        if (token.startsWith('!')) {
            negate = true;
            token = token.slice(1).trim();
        }
        const prefix = /^(tcp|udp|t|u)\s*:\s*/i.exec(token);
        let protocol = current;
        if (prefix) {
            protocol = prefix[1].toLowerCase().startsWith('u') ? 'udp' : 'tcp';
            token = token.slice(prefix[0].length);
            // A prefix on an exclusion applies to that token only; otherwise it carries on, as in nmap.
            if (!negate)
                current = protocol;
        }
        if (token === '')
            fail(`"${rawToken}" has a protocol but no ports`);
        const target = negate ? exclude : include;
        const mark = (proto, from, to) => {
            target[proto].fill(1, from, to + 1);
        };
        const proto = protocol ?? 'tcp';
        const lower = token.toLowerCase();
        if (lower === 'all' || lower === '*') {
            mark(proto, 1, MAX_PORT);
            continue;
        }
        const top = /^top-?(\d+)$/.exec(lower);
        if (top) {
            const n = Number(top[1]);
            const list = proto === 'udp' ? _top_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .TOP_UDP_PORTS */ .d : _top_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .TOP_TCP_PORTS */ .T;
            if (n < 1 || n > list.length)
                fail(`"${rawToken}": top-N takes N from 1 to ${list.length}`);
            for (const p of list.slice(0, n))
                target[proto][p] = 1;
            continue;
        }
        const term = parsePortTerm(token, {
            quote: rawToken,
            expected: 'a port, a range, a named set (top-100, top-1000, all) or a known service',
        });
        if ('error' in term)
            fail(term.error);
        const t = term;
        if (t.kind === 'range') {
            mark(proto, t.from, t.to);
            continue;
        }
        const protos = protocol ? [protocol] : t.tcp.length > 0 ? ['tcp'] : ['udp'];
        let any = false;
        for (const pr of protos) {
            for (const p of pr === 'tcp' ? t.tcp : t.udp) {
                target[pr][p] = 1;
                any = true;
            }
        }
        if (!any)
            fail(`"${rawToken}": the service ${t.service} has no registered ${protos.join('/')} port`);
    }
    const collect = (proto) => {
        const out = [];
        const inc = include[proto];
        const exc = exclude[proto];
        for (let p = 1; p <= MAX_PORT; p++)
            if (inc[p] && !exc[p])
                out.push(p);
        return out;
    };
    const tcp = collect('tcp');
    const udp = collect('udp');
    if (tcp.length + udp.length === 0)
        fail(`"${expression}" leaves no ports to probe`);
    return { expression, tcp, udp, count: tcp.length + udp.length };
}
/**
 * One term of a port expression: a port (`443`), an inclusive range (`8000-8100`) or a
 * service name (`ssh`, its registered ports). A range names both ends: `80-` and `-80` are
 * refused, with the full form to write instead, so that no surface reads them differently.
 * Returns an error sentence that quotes the term instead of throwing.
 */
function parsePortTerm(text, options = {}) {
    const token = text.trim();
    const quoted = JSON.stringify(options.quote ?? text);
    const expected = options.expected ?? 'a port (1–65535), a range such as 8000-8100 or a known service';
    const range = /^(\d*)\s*-\s*(\d*)$/.exec(token);
    if (range && (range[1] !== '' || range[2] !== '')) {
        if (range[1] === '' || range[2] === '') {
            const from = range[1] === '' ? 1 : Number(range[1]);
            const to = range[2] === '' ? MAX_PORT : Number(range[2]);
            const full = from >= 1 && to <= MAX_PORT && from <= to ? `: write ${from}-${to}` : '';
            return { error: `${quoted} is not a range${full || ': a range names both ends, such as 8000-8100'}` };
        }
        const from = portNumber(range[1], token, quoted);
        if (typeof from === 'string')
            return { error: from };
        const to = portNumber(range[2], token, quoted);
        if (typeof to === 'string')
            return { error: to };
        if (from > to)
            return { error: `${quoted} is a range whose start is after its end: write ${to}-${from}` };
        return { kind: 'range', from, to };
    }
    if (/^\d+$/.test(token)) {
        const p = portNumber(token, token, quoted);
        return typeof p === 'string' ? { error: p } : { kind: 'range', from: p, to: p };
    }
    if (/^[a-z][a-z0-9_.+-]*$/i.test(token)) {
        const service = (0,_services_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupService */ .os)(token);
        if (!service)
            return { error: `${quoted} is not ${expected}` };
        return { kind: 'service', service: service.name, tcp: service.tcp ?? [], udp: service.udp ?? [] };
    }
    return { error: `${quoted} is not ${expected}` };
}
/** A port number, or the sentence saying why `text` (part of `token`) is none. */
function portNumber(text, token, quoted) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PORT || text.length > 5) {
        return `"${text}" is not a port (1–65535)${token === text ? '' : ` in ${quoted}`}`;
    }
    return n;
}


/***/ }),

/***/ 1772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ TOP_TCP_PORTS),
/* harmony export */   d: () => (/* binding */ TOP_UDP_PORTS)
/* harmony export */ });
/**
 * The most frequently open ports, most frequent first, as measured by the
 * Nmap project and published in its `nmap-services` file (the "open-frequency"
 * column; Nmap 7.93 as shipped by Debian bookworm, /usr/share/nmap/nmap-services).
 * Ties are broken by port number. The first 100 and 1000 of each list are the
 * same sets that `nmap --top-ports 100|1000` scans (checked against nmap 7.93).
 * Only the port numbers are kept: they are facts about the internet, not code.
 */
const TCP_BY_FREQUENCY = '80,23,443,21,22,25,3389,110,445,139,143,53,135,3306,8080,1723,111,995,993,5900,1025,587,8888,199,' +
    '1720,465,548,113,81,6001,10000,514,5060,179,1026,2000,8443,8000,32768,554,26,1433,49152,2001,515,' +
    '8008,49154,1027,5666,646,5000,5631,631,49153,8081,2049,88,79,5800,106,2121,1110,49155,6000,513,990,' +
    '5357,427,49156,543,544,5101,144,7,389,8009,3128,444,9999,5009,7070,5190,3000,5432,1900,3986,13,1029,' +
    '9,5051,6646,49157,1028,873,1755,2717,4899,9100,119,37,1000,3001,5001,82,10010,1030,9090,2107,1024,' +
    '2103,6004,1801,5050,19,8031,1041,255,1048,1049,1053,1054,1056,1064,1065,2967,3703,17,808,3689,1031,' +
    '1044,1071,5901,100,9102,1039,2869,4001,5120,8010,9000,2105,636,1038,2601,1,7000,1066,1069,625,311,' +
    '280,254,4000,1761,5003,2002,1998,2005,1032,1050,6112,3690,1521,2161,1080,6002,2401,902,4045,787,' +
    '7937,1058,2383,32771,1033,1040,1059,50000,5555,10001,1494,3,593,2301,3268,7938,1022,1234,1035,1036,' +
    '1037,1074,8002,9001,464,497,1935,2003,6666,6543,24,1352,3269,1111,407,500,20,2006,1034,1218,3260,' +
    '15000,4444,264,33,2004,1042,42510,999,3052,1023,222,1068,888,7100,563,1717,992,2008,32770,7001,' +
    '32772,2007,8082,5550,512,1043,2009,5801,1700,2701,7019,50001,4662,2065,42,2010,161,2602,3333,9535,' +
    '5100,2604,4002,5002,1047,1051,1052,1055,1060,1062,1311,2702,3283,4443,5225,5226,6059,6789,8089,8192,' +
    '8193,8194,8651,8652,8701,9415,9593,9594,9595,16992,16993,20828,23502,32769,33354,35500,52869,55555,' +
    '55600,64623,64680,65000,65389,1067,13782,366,5902,9050,85,1002,5500,1863,1864,5431,8085,10243,45100,' +
    '49999,51103,49,90,6667,1503,6881,27000,340,1500,8021,2222,5566,8088,8899,9071,1501,5102,6005,9101,' +
    '9876,32773,32774,163,5679,146,648,1666,901,83,3476,5004,5214,8001,8083,8084,9207,14238,30,912,12345,' +
    '2030,2605,6,541,4,1248,3005,8007,306,880,2500,1086,1088,1097,2525,4242,8291,9009,52822,900,6101,' +
    '2809,7200,211,800,987,1083,12000,32775,705,711,20005,6969,13783,1045,1046,1057,1061,1063,1070,1072,' +
    '1073,1075,1077,1078,1079,1081,1082,1085,1093,1094,1096,1098,1099,1100,1104,1106,1107,1108,1148,1169,' +
    '1272,1310,1687,1718,1783,1840,1947,2100,2119,2135,2144,2160,2190,2260,2381,2399,2492,2607,2718,2811,' +
    '2875,3017,3031,3071,3211,3300,3301,3323,3325,3351,3367,3404,3551,3580,3659,3766,3784,3801,3827,3998,' +
    '4003,4126,4129,4449,5030,5222,5269,5414,5633,5718,5810,5825,5877,5910,5911,5925,5959,5960,5961,5962,' +
    '5987,5988,5989,6123,6129,6156,6389,6580,6788,6901,7106,7625,7627,7741,7777,7778,7911,8086,8087,8181,' +
    '8222,8333,8400,8402,8600,8649,8873,8994,9002,9010,9011,9080,9220,9290,9485,9500,9502,9503,9618,9900,' +
    '9968,10002,10012,10024,10025,10566,10616,10617,10621,10626,10628,10629,11110,11967,13456,14000,' +
    '14442,15002,15003,15660,16001,16016,16018,17988,19101,19801,19842,20000,20031,20221,20222,21571,' +
    '22939,24800,25734,27715,28201,30000,30718,31038,32781,32782,33899,34571,34572,34573,40193,48080,' +
    '49158,49159,49160,50003,50006,50800,57294,58080,60020,63331,65129,89,691,212,1001,1999,2020,32776,' +
    '2998,6003,7002,50002,32,898,2033,3372,5510,99,425,749,5903,43,458,5405,6106,6502,7007,13722,1087,' +
    '1089,1124,1152,1183,1186,1247,1296,1334,1580,1782,2126,2179,2191,2251,2522,3011,3030,3077,3261,3369,' +
    '3370,3371,3493,3546,3737,3828,3851,3871,3880,3918,3995,4006,4111,4446,5054,5200,5280,5298,5822,5859,' +
    '5904,5915,5922,5963,7103,7402,7435,7443,7512,8011,8090,8100,8180,8254,8500,8654,9091,9110,9666,9877,' +
    '9943,9944,9998,10004,10778,15742,16012,18988,19283,19315,19780,24444,27352,27353,27355,32784,49163,' +
    '49165,49175,50389,50636,51493,55055,56738,61532,61900,62078,1021,9040,32777,32779,616,666,700,2021,' +
    '32778,84,545,1112,1524,2040,4321,5802,38292,49400,1084,1600,2048,2111,3006,32780,2638,6547,6699,' +
    '9111,16080,555,667,720,801,1443,1533,2034,2106,5560,6007,1090,1091,1114,1117,1119,1122,1131,1138,' +
    '1151,1175,1199,1201,1271,1862,2323,2393,2394,2608,2725,2909,3003,3168,3221,3322,3324,3390,3517,3527,' +
    '3800,3809,3814,3826,3869,3878,3889,3905,3914,3920,3945,3971,4004,4005,4279,4445,4550,4567,4848,4900,' +
    '5033,5061,5080,5087,5221,5440,5544,5678,5730,5811,5815,5850,5862,5906,5907,5950,5952,6025,6100,6510,' +
    '6565,6566,6567,6689,6692,6779,6792,6839,7025,7496,7676,7800,7920,7921,7999,8022,8042,8045,8093,8099,' +
    '8200,8290,8292,8300,8383,8800,9003,9081,9099,9200,9418,9575,9878,9898,9917,10003,10009,10180,10215,' +
    '11111,12174,12265,14441,15004,16000,16113,17877,18040,18101,19350,25735,26214,27356,30951,32783,' +
    '32785,40911,41511,44176,44501,49161,49167,49176,50300,50500,52673,52848,54045,54328,55056,56737,' +
    '57797,60443,70,417,617,714,722,777,981,1009,2022,4224,4998,6346,301,524,668,765,1076,2041,5999,' +
    '10082,259,416,1007,1417,1434,1984,2038,2068,4343,6009,7004,44443,109,687,726,911,1010,1461,2035,' +
    '2046,4125,6006,7201,9103,125,481,683,903,1011,1455,2013,2043,2047,6668,6669,256,406,783,843,2042,' +
    '2045,5998,9929,31337,44442,1092,1095,1102,1105,1113,1121,1123,1126,1130,1132,1137,1141,1145,1147,' +
    '1149,1154,1163,1164,1165,1166,1174,1185,1187,1192,1198,1213,1216,1217,1233,1236,1244,1259,1277,1287,' +
    '1300,1301,1309,1322,1328,1556,1583,1594,1641,1658,1688,1719,1721,1805,1812,1839,1875,1914,1971,1972,' +
    '1974,2099,2170,2196,2200,2288,2366,2382,2557,2710,2800,2910,2920,2968,3007,3013,';
const UDP_BY_FREQUENCY = '631,161,137,123,138,1434,445,135,67,53,139,500,68,520,1900,4500,514,49152,162,69,5353,111,49154,' +
    '1701,998,996,997,999,3283,49153,1812,136,2222,2049,32768,5060,1025,1433,3456,80,20031,1026,7,1646,' +
    '1645,593,518,2048,626,1027,177,1719,427,497,4444,1023,65024,19,9,49193,1029,49,88,1028,17185,1718,' +
    '49186,2000,31337,49192,49201,515,2223,443,49181,1813,120,158,49200,3703,32815,17,5000,32771,33281,' +
    '1030,623,1022,32769,5632,10000,49156,49182,49191,49194,9200,30718,49185,49188,49190,49211,5001,5355,' +
    '32770,34555,34861,37444,1032,3130,4045,1031,49158,49196,37,2967,4000,989,3659,4672,34862,23,49162,' +
    '49187,49189,49195,2148,41524,10080,32772,407,42,33354,1034,49180,49199,1001,3389,6346,21,13,517,' +
    '1068,990,1041,1045,1782,6001,19283,49171,49179,49184,49202,49205,49208,49209,49210,9876,39213,800,' +
    '389,464,1036,1038,1039,1419,192,199,44968,1008,49159,49166,1024,1033,19682,22986,22,2002,664,1021,' +
    '11487,49163,49165,49168,49172,58002,1043,683,1019,1044,1049,1885,3052,5093,5351,6000,7938,5500,' +
    '16680,27892,32773,35777,41058,113,49160,49169,49174,52225,685,686,1047,1056,1886,6004,8193,38293,' +
    '782,786,38037,32774,780,1080,32775,682,983,1014,1054,1066,2051,6970,6971,9950,781,5050,16832,16947,' +
    '18449,19120,19503,19616,20019,20126,20389,21383,22846,22996,25375,27195,28547,29823,30303,30365,' +
    '31073,31681,31891,33355,42172,32779,49167,49175,49198,49204,49212,49213,49215,52503,53571,5002,' +
    '27015,5003,7000,513,1485,684,1037,1048,1065,1090,1761,9103,32777,539,434,767,54321,3401,112,512,' +
    '1000,6347,363,32818,32931,33744,34125,34892,35438,36206,39888,40116,40441,40708,40732,40915,41081,' +
    '41370,42508,45441,47624,38,776,32776,49157,49161,49170,49173,49176,49197,49207,49503,50612,51717,' +
    '54281,56141,58631,58640,61370,62287,63555,64513,217,775,1012,643,687,688,829,902,959,1035,1040,1042,' +
    '1064,1069,1901,2160,3702,8001,8181,9020,9199,16402,16430,16918,17091,17455,17459,17573,17615,17616,' +
    '17888,17939,17989,18004,18234,18331,18360,18582,18835,18980,19017,19039,19130,19165,19197,19294,' +
    '19322,19332,19489,19600,19687,19933,20004,20359,21131,21212,21261,21298,21354,21621,21803,21902,' +
    '22055,22341,22692,22695,22739,22799,22914,23040,23176,23354,23531,23557,23608,23679,23781,23965,' +
    '23980,24007,24279,24511,24594,24606,24644,24854,24910,25003,25157,25240,25280,25337,25462,25541,' +
    '25546,25709,25931,26407,26415,26720,26872,26966,27473,27482,27707,27899,28122,28369,28465,28493,' +
    '28543,28641,28840,28973,29078,29243,29256,29810,29977,30263,30544,30656,30697,30704,30975,31059,' +
    '31109,31189,31195,31365,31625,31731,32345,32385,32528,1346,20,2,32780,772,1214,1993,402,773,31335,' +
    '774,814,838,903,965,1007,1046,1050,1053,1055,1057,1060,1081,1100,1105,1124,1234,1804,2343,3664,6002,' +
    '6050,8000,8010,9000,9001,9877,1059,1524,5555,5010,32778,27444,32798,33030,33249,33459,33717,33866,' +
    '33872,34038,34079,34358,34422,34433,34570,34577,34578,34579,34580,34758,34796,34855,35702,35794,' +
    '36108,36384,36458,36489,36669,36778,36893,36945,37144,37212,37393,37602,37761,37783,37813,37843,' +
    '38063,38412,38498,38615,39217,39632,39683,39714,39723,40019,40539,40622,40711,40724,40805,40847,' +
    '40866,41308,41446,41638,41702,41774,41896,41967,41971,42056,42313,42431,42434,42557,42577,42627,' +
    '42639,43094,43195,43370,43514,43686,43824,43967,44101,44160,44179,44185,44190,44253,44334,44508,' +
    '44923,44946,45247,45380,45685,45722,45818,45928,46093,46532,46836,47765,47772,47808,47915,47981,' +
    '48078,48189,48255,48455,48489,48761,1484,3,1067,49155,49177,49178,49214,49216,49220,49222,49226,' +
    '49259,49262,49306,49350,49360,49393,49396,49640,49968,50099,50164,50497,50708,50919,51255,51456,' +
    '51554,51586,51690,51905,51972,52144,53006,53037,53589,53838,54094,54114,54711,54807,54925,55043,' +
    '55544,55587,57172,57409,57410,57813,57843,57958,57977,58075,58178,58419,58797,59193,59207,59765,' +
    '59846,60172,60381,60423,61024,61142,61319,61322,61412,61481,61550,61685,61961,62154,62575,62677,' +
    '62699,62958,63420,64080,64481,64590,64727,1058,4666,559,3457,1455,4008,207,764,1457,639,657,689,789,' +
    '826,944,1013,1020,1051,1070,1072,1087,1088,1101,1200,2161,2345,2362,3296,3343,8900,9370,16086,502,' +
    '16420,16433,16449,16498,16503,16545,16548,16573,16674,16697,16700,16708,16711,16739,16766,16779,' +
    '16786,16816,16829,16838,16839,16862,16896,16912,16919,16938,16939,16948,16970,16972,16974,17006,' +
    '17018,17077,17101,17146,17184,17205,17207,17219,17236,17237,17282,17302,17321,17331,17332,17338,' +
    '17359,17417,17423,17424,17468,17487,17490,17494,17505,17533,17549,17580,17585,17592,17605,17629,' +
    '17638,17663,17673,17674,17683,17726,17754,17762,17787,17814,17823,17824,17836,17845,17946,18081,' +
    '18113,18134,18156,18228,18250,18255,18258,18319,18373,18485,18543,18605,18617,18666,18669,18676,' +
    '18683,18807,18818,18821,18830,18832,18869,18883,18888,18958,18985,18987,18991,18994,18996,19022,' +
    '19047,19075,19096,19140,19141,19154,19161,19181,19193,19222,19227,19273,19315,19374,19415,19482,' +
    '19500,19504,19541,19605,19624,19625,19632,19639,19647,19650,19660,19662,19663,19683,19695,19707,' +
    '19717,19718,19719,19722,19728,19789,19792,19935,19936,19956,19995,19998,20003,20082,20117,20120,' +
    '20129,20146,20154,20164,20206,20217,20249,20262,20279,20288,20309,20313,20326,20360,20366,20380,' +
    '20409,20411,20423,20424,20425,20445,20449,20464,20465,20518,20522,20525,20540,20560,20665,20678,' +
    '20679,20710,20717,20742,20752,20762,20791,20817,20842,20848,20851,20865,20872,20876,20884,20919,' +
    '21000,21016,21060,21083,21104,21111,21167,21186,21206,21207,21247,21282,21303,21318,21320,21333,' +
    '21344,21358,21360,21364,21366,21405,21454,21468,21476,21514,21524,21525,21556,21566,21568,21576,' +
    '21609,21625,21644,21649,21655,21663,21674,21698,21702,21710,21742,21780,21784,21800,21834,21842,' +
    '21847,21868,21898,21923,21948,21967,22029,22043,22045,22053,22105,22109,22123,22124,';
function decode(list) {
    return Object.freeze(list.split(',').filter(Boolean).map(Number));
}
const TOP_TCP_PORTS = decode(TCP_BY_FREQUENCY);
const TOP_UDP_PORTS = decode(UDP_BY_FREQUENCY);


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ sarifText),
/* harmony export */   Ci: () => (/* binding */ escapeWorkflowCommand),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   Yq: () => (/* binding */ escapeWorkflowProperty),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   dk: () => (/* binding */ sanitizeForTerminal),
/* harmony export */   tX: () => (/* binding */ untrustedLine)
/* harmony export */ });
/* unused harmony exports MAX_UNTRUSTED_CHARS, truncate */
/**
 * Everything a scanned service says is untrusted. These functions make it inert
 * before it reaches a terminal, Markdown (job summary, PR comment), HTML or a log.
 */
/** Longest piece of untrusted text any surface shows. */
const MAX_UNTRUSTED_CHARS = 200;
/** Cut to `max` code points, marking the cut. */
function truncate(text, max = MAX_UNTRUSTED_CHARS) {
    const chars = Array.from(text);
    return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
/**
 * Control characters (C0, DEL, C1), bidi overrides and zero-width characters
 * become visible escapes, so no ANSI sequence or hidden text survives.
 */
function sanitizeForTerminal(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
        const code = c.codePointAt(0) ?? 0;
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** One line of untrusted text: newlines and tabs become visible, control characters escaped, length bounded. */
function untrustedLine(text, max = MAX_UNTRUSTED_CHARS) {
    return truncate(sanitizeForTerminal(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, ' ')), max);
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    // &apos; rather than &#39;: Markdown would escape the #, and XML knows the name too.
    "'": '&apos;',
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
/**
 * Untrusted text for GitHub-flavoured Markdown, inline (tables, list items):
 * HTML escaped, every Markdown punctuation backslash-escaped, `@` broken so no
 * one is mentioned, `#123` cannot link, and no autolink forms; nothing invisible
 * inside an address, so one copied from the page still works.
 */
function escapeMarkdown(text, max = MAX_UNTRUSTED_CHARS) {
    const line = untrustedLine(text, max);
    return (escapeHtml(line)
        // Markdown punctuation that could open emphasis, links, code, tables, headings, lists.
        .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => (c === '>' ? c : `\\${c}`))
        // A zero-width space after @ stops mentions and team pings, and after # before a digit
        // issue links: GitHub finds both in the rendered text, where a backslash is gone.
        .replace(/@/g, '@\u200b')
        .replace(/\\#(?=\d)/g, '\\#\u200b')
        // `:/\/` renders as `://` (so a copied address works) but is no autolink: the
        // autolinker looks for `://` in the source, and `www.` is already broken by `\.`.
        .replace(/:\/\//g, ':/\\/'));
}
/** Untrusted text inside an inline code span: backticks cannot close it, and it stays one line. */
function markdownCode(text, max = MAX_UNTRUSTED_CHARS) {
    const line = untrustedLine(text, max).replace(/`/g, "'");
    // Inside a code span HTML is not interpreted, but `|` still splits a table cell.
    return '`' + line.replace(/\|/g, '\\|') + '`';
}
/** For GitHub workflow commands (annotations): %, CR, LF would end or forge a command. */
function escapeWorkflowCommand(text) {
    return untrustedLine(text, 1000).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** For a workflow command's property value (`file=`, `title=`): also `:` and `,`, which end a property. */
function escapeWorkflowProperty(text) {
    return escapeWorkflowCommand(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * Untrusted text for a SARIF `message.text`: one bounded line, and none of
 * the plain-text message syntax (`[text](n)` links to locations) or mentions.
 */
function sarifText(text, max = MAX_UNTRUSTED_CHARS) {
    return untrustedLine(text, max)
        .replace(/[[\]\\]/g, (c) => `\\${c}`)
        .replace(/@/g, '@\u200b');
}
/** Text for XML character data and attribute values (JUnit): escaped, and only characters XML 1.0 allows. */
function escapeXml(text) {
    return text
        .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated from package.json by scripts/version.mjs (`npm version` runs it); do not edit.
// __tests__/version.test.ts fails when it is stale.
/** The tool's name, as reports and SARIF give it. */
const TOOL_NAME = 'portcullis';
/** The one version number: package.json, `portcullis --version`, SARIF `semanticVersion` and the report's `tool.version`. */
const VERSION = '0.1.0';


/***/ }),

/***/ 5846:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    if (typeof n === 'number' && !Number.isSafeInteger(n))
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 755:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ InvalidArgumentError),
/* harmony export */   b7: () => (/* binding */ CommanderError),
/* harmony export */   c$: () => (/* binding */ Option),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/* unused harmony exports program, createCommand, createArgument, createOption, InvalidOptionArgumentError, Argument, Help */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8909);


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = _index_js__WEBPACK_IMPORTED_MODULE_0__;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
