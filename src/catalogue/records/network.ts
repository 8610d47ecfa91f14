import { getRequest, ntpRequest, ssdpSearch, tcpFramed, versionQuery } from '../payloads.js';
import type { ProtocolRecord } from '../types.js';

/**
 * The name production scans ask a DNS server to resolve, to learn whether it recurses for
 * strangers: IANA's reserved example.com, which every resolver on the internet can answer and no
 * scanned server holds a zone for (so an answer is recursion, whatever its AA bit says: forwarders
 * pass an upstream's AA on). FingerprintOptions.dnsRecursionName replaces it; tests point it at a
 * loopback zone of their own, since there is no internet there.
 */
export const DNS_RECURSION_NAME = 'example.com';

export const dns: ProtocolRecord = {
  name: 'dns',
  service: 'dns',
  description:
    'DNS: version.bind CH TXT, then a recursive A query for a name outside its zones (UDP, and TCP with a length prefix)',
  group: 'VPN gateways and name service',
  tcp: { weight: 92, ports: [53], probe: tcpFramed(versionQuery()) },
  udp: { weight: 100, ports: [53, 5353], payloads: [{ bytes: versionQuery() }] },
  evidence: {
    'dns.open_resolver': {
      type: 'boolean',
      meaning: `true: a recursive A query for a name outside the server's zones (${DNS_RECURSION_NAME} in production scans) got a NOERROR answer with a record for that name; false: it got REFUSED, SERVFAIL, NOTIMP or FORMERR, or NOERROR with no records. Absent when the query went unanswered or got NXDOMAIN. The RA flag proves nothing and is not read (dnsmasq sets it on its REFUSED).`,
    },
    'dns.recursion_query': {
      type: 'string',
      meaning:
        'the exchange behind dns.open_resolver: the name asked, the answer code and the record count it got',
    },
    'dns.version': { type: 'string', meaning: 'version.bind CH TXT', text: true },
  },
};

export const snmp: ProtocolRecord = {
  name: 'snmp',
  service: 'snmp',
  description: 'SNMP v2c: GetRequest for sysDescr.0 with community "public"',
  group: 'File sharing and management',
  udp: { weight: 90, ports: [161], payloads: [{ bytes: getRequest('public') }] },
  evidence: {
    'snmp.public': { type: 'boolean', meaning: 'a v2c GetRequest with community "public" is answered' },
    'snmp.sys_descr': { type: 'string', meaning: 'sysDescr.0', text: true },
    'snmp.version': { type: 'string', meaning: '"2c" (the version that answered)' },
  },
};

export const ntp: ProtocolRecord = {
  name: 'ntp',
  service: 'ntp',
  description:
    'NTP: a version 4 client request (mode 3); after an answer, one mode 6 READVAR and one mode 7 MON_GETLIST_1 (monlist)',
  group: 'VPN gateways and name service',
  udp: { weight: 80, ports: [123], payloads: [{ bytes: ntpRequest() }] },
  evidence: {
    'ntp.stratum': { type: 'number', meaning: 'the stratum of the server reply' },
    'ntp.mode6_answered': {
      type: 'boolean',
      meaning:
        'a 12-byte mode 6 READVAR got a control response (true), or silence / no response (false); a reflector when true',
    },
    'ntp.monlist_answered': {
      type: 'boolean',
      meaning:
        'an 8-byte mode 7 MON_GETLIST_1 (monlist) got a list of at least one client (true: the CVE-2013-5211 amplifier), or nothing (false)',
    },
    'ntp.amplification': {
      type: 'number',
      meaning:
        'only when mode 6 or monlist answered: bytes of the first reply datagram per byte sent, the larger of the two (a lower bound: monlist sends many datagrams)',
    },
  },
};

export const ssdp: ProtocolRecord = {
  name: 'ssdp',
  service: 'ssdp',
  description: 'SSDP / UPnP: a unicast M-SEARCH for ssdp:all',
  group: 'File sharing and management',
  udp: { weight: 40, ports: [1900], payloads: [{ bytes: ssdpSearch() }] },
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
export const ECHO_PROBE = Buffer.from('portcullis echo?\r\n', 'latin1');

export const echo: ProtocolRecord = {
  name: 'echo',
  service: 'echo',
  description:
    'Echo (RFC 862): a reply that repeats the probe is an echo in every probe path, TCP and UDP, never the protocol probed',
  group: 'Reflections',
  tcp: { weight: 5, ports: [7], probe: ECHO_PROBE },
  udp: { weight: 10, ports: [7], payloads: [{ bytes: ECHO_PROBE }] },
  evidence: {
    'echo.reflects': {
      type: 'boolean',
      meaning:
        'the reply began with the bytes of our probe (or held them verbatim, for a probe of 16 bytes or more that no parser recognised in the reply)',
    },
    'echo.reflected_probe': { type: 'string', meaning: 'the probe whose bytes came back (a --probes name)' },
    'echo.amplification': {
      type: 'number',
      meaning:
        'bytes received per byte sent, for the reflected probe (over UDP a spoofed source makes any value of 1 or more a reflector)',
    },
  },
};
