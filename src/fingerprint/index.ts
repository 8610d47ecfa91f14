/**
 * The fingerprint stage (DESIGN.md, "The pipeline", step 4): for every open
 * port, name the service whatever the port number, and collect the facts the
 * policy engine uses as evidence.
 *
 * How a TCP port is identified: connect, wait briefly for a banner (SSH, FTP,
 * SMTP, POP3, IMAP, MySQL, VNC and telnet speak first), then send the probes
 * most likely for that port first and stop at the first confident match.
 * Every reply is offered to every parser, so an HTTP request that reaches an
 * SSH daemon still identifies SSH. After a match, the protocol's module may
 * hold a short conversation for its security facts (FTP anonymous login, SSH
 * authentication methods, …). Every read is bounded to 16 KiB and by the
 * port's time budget. UDP ports get the UDP modules' own probes through a
 * connected datagram socket.
 *
 * Every finding says how it was identified (ServiceInfo.identifiedBy):
 * `exchange` when a probe we sent drew a reply that parsed (a TLS handshake,
 * an HTTP answer, a Redis PONG; every UDP identification), `banner` when the
 * service spoke first and its greeting parsed, `port` when nothing parsed and
 * the name is the port number's registration. A TLS service that offers ALPN
 * h2 or http/1.1 but never answers HTTP is `tls`, not `https`.
 *
 * `probes` narrows which modules may SEND anything: a module left out neither
 * probes nor interrogates; banners that a service volunteers are still read.
 * `--connect-only` (findingFromPort) sends nothing at all.
 *
 * ## Evidence keys (Finding.evidence)
 *
 * A key is present only when a probe measured it; absence means "unknown",
 * never "false". Values are untrusted service text where marked (text):
 * escape before display.
 *
 * TLS (any service inside TLS; ServiceInfo.tls = true)
 *   tls.version              string    negotiated version: "1.3", "1.2", "1.1", "1.0"
 *   tls.alpn                 string|null  negotiated ALPN protocol ("h2", "http/1.1"), null when none
 *   tls.cipher               string    negotiated cipher suite name
 *   tls.subject              string    certificate subject CN, else the whole subject (text)
 *   tls.issuer               string    certificate issuer CN, else the whole issuer (text)
 *   tls.sans                 string[]  subjectAltName entries, "DNS:x" / "IP Address:y" as Node prints them (text)
 *   tls.not_before           string    ISO 8601
 *   tls.not_after            string    ISO 8601
 *   tls.expired              boolean   not_after is in the past at scan time
 *   tls.self_signed          boolean   issuer equals subject and the certificate verifies with its own key
 *   tls.alert                number    only when no handshake completed: the TLS alert our ClientHello got
 *   tls.silent               boolean   true: the port accepted a TCP connection and our ClientHello got no
 *                                      reply at all (not a byte in its whole wait, or a hang-up without one);
 *                                      a TLS requirement on the port is then violated, not unverified
 * HTTP / HTTPS
 *   http.status              number    status code of GET /
 *   http.server              string    Server header (text)
 *   http.location            string    Location header (text)
 *   http.location_host       string    host of the Location URL, lower-case (text)
 *   http.redirects_to_https  boolean   3xx whose Location is https://
 *   http.idp_redirect        boolean   3xx to a known identity-provider host or path (Okta, Entra ID,
 *                                      Google, Auth0, Keycloak, OIDC /authorize, SAML)
 *   http.www_authenticate    string[]  auth schemes offered by WWW-Authenticate ("Basic", "Negotiate", …)
 *   http.auth_required       boolean   status 401 or 407
 *   http.silent              boolean   true: an HTTP request (in cleartext, or inside TLS on a TLS port) got no
 *                                      reply at all on a connection the port accepted; a redirect requirement
 *                                      is then violated. Never set for UDP, nor on ports not open.
 *   http.product_proof       string    the exchange that named ServiceInfo.product ("GET /version → 200 with …")
 *   http.open_proxy          boolean   true: a request for another HTTP endpoint of this scan (absolute URI or
 *                                      CONNECT) came back with that endpoint's own answer (proxies.ts); false:
 *                                      a proxy product forwarded nothing
 *   http.open_proxy_proof    string    the exchanges behind http.open_proxy
 * Products behind HTTP (products/table.ts; every fact KEY has KEY_proof, the exchange that proved it)
 *   docker|kubernetes|kubelet|etcd|consul|elasticsearch|opensearch|couchdb|influxdb|clickhouse|prometheus|
 *   jaeger|kibana|jenkins|jupyter|node_inspector .unauthenticated   boolean   an unauthenticated read answered
 *                                      (true), or was refused (false)
 *   prometheus.metrics_exposed boolean GET /metrics answered in the Prometheus text format
 *   haproxy.stats_exposed    boolean   the statistics page answered without credentials (false: it asked for them)
 * SSH
 *   ssh.protocol             string    "2.0" (or "1.99", "1.5")
 *   ssh.software             string    software part of the banner, e.g. "OpenSSH_9.2p1" (text)
 *   ssh.auth_methods         string[]  methods offered after the "none" request: "publickey", "password",
 *                                      "keyboard-interactive", "gssapi-with-mic", …
 *   ssh.none_auth            boolean   the server accepted "none": a login without any credential
 *   ssh.password_auth        boolean   "password" is offered as a first factor
 *   ssh.kbd_interactive_auth boolean   "keyboard-interactive" is offered as a first factor
 *   ssh.publickey_auth       boolean   "publickey" is offered as a first factor
 *   (with credentials from options.credentials.ssh only; their values are never stored or logged)
 *   ssh.credentials_accepted boolean   the test credential completed the login on its own
 *   ssh.partial_success      boolean   the first factor was accepted and another one is demanded
 *   ssh.second_factor_methods string[] methods the server demands after partial success
 * RDP
 *   rdp.selected_protocol    string    what the server chose from RDP|TLS|CredSSP: "rdp", "ssl", "hybrid", "hybrid_ex"
 *   rdp.standard_security_allowed boolean  a client asking for standard RDP security only is accepted
 *   rdp.nla_supported        boolean   CredSSP (NLA) is offered
 *   rdp.nla_required         boolean   a client asking for TLS without CredSSP is refused
 * VNC
 *   vnc.protocol_version     string    "3.8", "3.7", "3.3"
 *   vnc.security_types       string[]  "None", "VNC Authentication", "Tight", "VeNCrypt", "TLS", "RA2", …
 *   vnc.no_auth              boolean   security type None is offered
 * Telnet
 *   telnet.open              boolean   a telnet server answered (option negotiation or a login prompt)
 * FTP
 *   ftp.anonymous            boolean   USER anonymous was accepted with a dummy password
 *   ftp.auth_tls             boolean   AUTH TLS is accepted (explicit FTPS)
 * SMTP / POP3 / IMAP
 *   smtp.starttls            boolean   EHLO lists STARTTLS
 *   smtp.auth_methods        string[]  EHLO's AUTH mechanisms
 *   pop3.stls                boolean   CAPA lists STLS
 *   imap.starttls            boolean   CAPABILITY lists STARTTLS
 *   imap.login_disabled      boolean   CAPABILITY lists LOGINDISABLED
 *   imap.preauth             boolean   the greeting is "* PREAUTH": logged in without credentials
 * Databases and caches
 *   redis.auth_required      boolean   PING answered NOAUTH (false: PONG without a password)
 *   redis.protected_mode     boolean   the server refused us with its protected-mode message
 *   redis.version            string    redis_version from INFO (only without auth) (text)
 *   memcached.auth_required  boolean   false when "version" is answered without authentication
 *   memcached.version        string    (text)
 *   memcached.udp            boolean   the UDP protocol answered (amplification risk)
 *   mysql.version            string    server version from the greeting (text)
 *   mysql.ssl                boolean   the greeting advertises CLIENT_SSL
 *   mysql.auth_plugin        string    default authentication plugin (text)
 *   mysql.host_blocked       boolean   the server refused our address (error 1130) before the handshake
 *   postgresql.ssl           boolean   SSLRequest answered 'S'
 *   postgresql.auth_method   string    what a startup for user "portcullis" gets: "trust" (no password),
 *                                      "password", "md5", "scram-sha-256", "gss", "sspi", "rejected"
 *   postgresql.auth_required boolean   false only for "trust"
 *   mongodb.version          string    (text)
 *   mongodb.auth_required    boolean   listDatabases refused as unauthorized
 * File sharing and management
 *   smb.smb1                 boolean   a negotiate offering only SMB1 (NT LM 0.12) is accepted
 *   smb.dialect              string    dialect chosen from our offer of 2.0.2 to 3.0.2 (a 3.1.1 server
 *                                      answers 3.0.2: 3.1.1 needs negotiate contexts we do not send),
 *                                      or "NT LM 0.12" when only SMB1 answered
 *   smb.signing_required     boolean   SMB2 security mode requires signing
 *   winrm.auth_schemes       string[]  WWW-Authenticate schemes of POST /wsman
 *   winrm.basic_auth         boolean   Basic is among them
 *   snmp.public              boolean   a v2c GetRequest with community "public" is answered
 *   snmp.sys_descr           string    sysDescr.0 (text)
 *   snmp.version             string    "2c" (the version that answered)
 * VPN gateways and name service
 *   openvpn.detected         boolean   a client hard reset got a server hard reset (no tls-auth/tls-crypt key needed)
 *   ike.detected             boolean   an IKE_SA_INIT got an IKE answer
 *   ike.version              string    "2", or "1" when an IKEv1-only responder answered with a notify
 *   dns.recursion_available  boolean   the RA flag of the answer
 *   dns.version              string    version.bind CH TXT (text)
 *   ntp.stratum              number
 */

export { fingerprintAll } from './engine.js';
export { findingFromPort } from './finding.js';
export { checkVpnGateways } from './gateways.js';
export { PROBE_NAMES, type FingerprintOptions } from './options.js';
