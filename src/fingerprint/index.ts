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
 * port's time budget. UDP ports get the catalogue's UDP payloads through connected
 * datagram sockets: an open port its usual payload first, and the first `udpSweepPorts`
 * open|filtered ports every payload at once (a reply makes them open). A reply that repeats
 * the probe, TCP or UDP, is an echo, never the protocol probed.
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
 * Each protocol's record in the catalogue (src/catalogue/records/) declares the keys it may
 * set, with their type and meaning; docs/evidence.md is generated from them
 * (`npm run docs:evidence`), and __tests__/catalogue fails when a parser sets a key its record
 * does not declare, or when the page is stale. A key is present only when a probe measured it;
 * absence means "unknown", never "false".
 */

export { fingerprintAll } from './engine.js';
export { findingFromPort } from './finding.js';
export { checkVpnGateways } from './gateways.js';
export { PROBE_NAMES, type FingerprintOptions } from './options.js';
