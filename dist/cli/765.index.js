import { dirname as __portcullisDirname } from 'node:path';
import { fileURLToPath as __portcullisFileURLToPath } from 'node:url';
const __dirname = __portcullisDirname(__portcullisFileURLToPath(import.meta.url));
export const id = 765;
export const ids = [765];
export const modules = {

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CATALOGUE: () => (/* binding */ CATALOGUE),
  DNS_RECURSION_NAME: () => (/* reexport */ DNS_RECURSION_NAME),
  ECHO_PROBE: () => (/* reexport */ ECHO_PROBE),
  PROBE_NAMES: () => (/* binding */ PROBE_NAMES),
  TCP_RECORDS: () => (/* binding */ TCP_RECORDS),
  UDP_RECORDS: () => (/* binding */ UDP_RECORDS),
  protocolRecord: () => (/* binding */ protocolRecord),
  tlsInnerRecord: () => (/* binding */ tlsInnerRecord),
  tlsName: () => (/* binding */ tlsName),
  tlsServices: () => (/* binding */ tlsServices),
  udpAttempts: () => (/* binding */ udpAttempts),
  usualRecords: () => (/* binding */ usualRecords),
  usualUdpAttempt: () => (/* binding */ usualUdpAttempt)
});

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
var payloads = __webpack_require__(7842);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
