/**
 * Bytes that make a UDP service answer. UDP has no handshake: an empty datagram is
 * ignored by nearly every service, so silence would say nothing. Each payload here
 * is a small, harmless, well-formed first message of its protocol that a server
 * answers (even if only to refuse), built from the protocol's RFC or specification.
 * None asks for a large answer (no DNS ANY, no memcached `stats`, no SNMP walk), so
 * a probe never turns a service into an amplifier.
 *
 * The fingerprint stage imports this file read-only.
 */

export interface UdpProbe {
  /** The service the payload speaks to, as named in src/services.ts. */
  service: string;
  payload: Buffer;
}

/** DNS (RFC 1035): a recursive query for the root's NS records; every server answers, if only REFUSED. */
export function dnsQuery(id = 0x5043): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // standard query, recursion desired
  header.writeUInt16BE(1, 4); // one question
  const question = Buffer.from([0x00, 0x00, 0x02, 0x00, 0x01]); // root name, type NS, class IN
  return Buffer.concat([header, question]);
}

/** NTP (RFC 5905): a 48-byte client request (LI unsynchronised, version 4, mode 3). */
export function ntpRequest(): Buffer {
  const packet = Buffer.alloc(48);
  packet[0] = 0xe3;
  return packet;
}

function berLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), berLength(content.length), content]);
}

function berInteger(n: number): Buffer {
  const bytes: number[] = [];
  let v = n;
  do {
    bytes.unshift(v & 0xff);
    v >>>= 8;
  } while (v > 0);
  if (bytes[0] & 0x80) bytes.unshift(0);
  return tlv(0x02, Buffer.from(bytes));
}

function berOid(oid: string): Buffer {
  const arcs = oid.split('.').map(Number);
  const out: number[] = [arcs[0] * 40 + arcs[1]];
  for (const arc of arcs.slice(2)) {
    const chunk: number[] = [arc & 0x7f];
    let v = arc >>> 7;
    while (v > 0) {
      chunk.unshift((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** SNMP v2c (RFC 3416): GetRequest for sysDescr.0 with the given community (default `public`). */
export function snmpGetRequest(community = 'public', requestId = 0x5043): Buffer {
  const varbind = tlv(0x30, Buffer.concat([berOid('1.3.6.1.2.1.1.1.0'), Buffer.from([0x05, 0x00])]));
  const pdu = tlv(
    0xa0,
    Buffer.concat([berInteger(requestId), berInteger(0), berInteger(0), tlv(0x30, varbind)]),
  );
  return tlv(0x30, Buffer.concat([berInteger(1), tlv(0x04, Buffer.from(community, 'utf8')), pdu]));
}

/**
 * IKEv2 (RFC 7296): an IKE_SA_INIT request offering AES-CBC, SHA-2/SHA-1 and MODP-2048,
 * with a key-exchange value and a nonce. A responder answers with its own IKE_SA_INIT,
 * or with a notification (NO_PROPOSAL_CHOSEN, INVALID_KE_PAYLOAD, COOKIE) — an answer
 * either way. On port 4500 (NAT traversal) the message follows a four-byte zero marker.
 */
export function ikeSaInit(natTraversal = false): Buffer {
  const transform = (last: boolean, type: number, id: number, keyBits?: number): Buffer => {
    const attr = keyBits ? Buffer.from([0x80, 0x0e, keyBits >> 8, keyBits & 0xff]) : Buffer.alloc(0);
    const t = Buffer.alloc(8);
    t[0] = last ? 0 : 3;
    t.writeUInt16BE(8 + attr.length, 2);
    t[4] = type;
    t.writeUInt16BE(id, 6);
    return Buffer.concat([t, attr]);
  };
  const transforms = [
    transform(false, 1, 12, 256), // ENCR_AES_CBC 256
    transform(false, 1, 12, 128), // ENCR_AES_CBC 128
    transform(false, 2, 5), // PRF_HMAC_SHA2_256
    transform(false, 2, 2), // PRF_HMAC_SHA1
    transform(false, 3, 12), // AUTH_HMAC_SHA2_256_128
    transform(false, 3, 2), // AUTH_HMAC_SHA1_96
    transform(true, 4, 14), // DH group 14, MODP-2048
  ];
  const proposalBody = Buffer.concat(transforms);
  const proposal = Buffer.alloc(8);
  proposal[0] = 0; // last proposal
  proposal.writeUInt16BE(8 + proposalBody.length, 2);
  proposal[4] = 1; // proposal number
  proposal[5] = 1; // protocol IKE
  proposal[6] = 0; // no SPI in IKE_SA_INIT
  proposal[7] = transforms.length;
  const saBody = Buffer.concat([proposal, proposalBody]);
  const sa = Buffer.concat([payloadHeader(34, 4 + saBody.length), saBody]);

  // A MODP-2048 public value below the prime (whose top bytes are all ones).
  const keyData = Buffer.alloc(256, 0x5a);
  keyData[0] = 0x7f;
  const keBody = Buffer.concat([Buffer.from([0x00, 14, 0x00, 0x00]), keyData]);
  const ke = Buffer.concat([payloadHeader(40, 4 + keBody.length), keBody]);
  const nonceBody = Buffer.alloc(32, 0xa5);
  const nonce = Buffer.concat([payloadHeader(0, 4 + nonceBody.length), nonceBody]);

  const body = Buffer.concat([sa, ke, nonce]);
  const header = Buffer.alloc(28);
  Buffer.from('504f5254435553', 'hex').copy(header, 0); // initiator SPI (non-zero), responder SPI zero
  header[7] = 0x01;
  header[16] = 33; // next payload: SA
  header[17] = 0x20; // version 2.0
  header[18] = 34; // IKE_SA_INIT
  header[19] = 0x08; // initiator
  header.writeUInt32BE(28 + body.length, 24);
  const message = Buffer.concat([header, body]);
  return natTraversal ? Buffer.concat([Buffer.alloc(4), message]) : message;
}

function payloadHeader(nextPayload: number, length: number): Buffer {
  const h = Buffer.alloc(4);
  h[0] = nextPayload;
  h.writeUInt16BE(length, 2);
  return h;
}

/**
 * OpenVPN: P_CONTROL_HARD_RESET_CLIENT_V2 (opcode 7, key id 0) with a session id, no
 * acknowledgements and packet id 0. A server without tls-auth/tls-crypt answers with
 * P_CONTROL_HARD_RESET_SERVER_V2; one with them stays silent to anyone without the key.
 */
export function openVpnHardReset(): Buffer {
  const packet = Buffer.alloc(14);
  packet[0] = (7 << 3) | 0;
  Buffer.from('504f525443554c4c', 'hex').copy(packet, 1); // session id
  packet[9] = 0; // ack array length
  packet.writeUInt32BE(0, 10); // message packet id
  return packet;
}

/** memcached over UDP: the 8-byte frame header, then `version` (a one-line answer). */
export function memcachedVersion(): Buffer {
  const frame = Buffer.from([0x50, 0x43, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00]);
  return Buffer.concat([frame, Buffer.from('version\r\n', 'latin1')]);
}

/** SSDP (UPnP 1.1): a unicast M-SEARCH for every device and service. */
export function ssdpSearch(): Buffer {
  return Buffer.from(
    'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: ssdp:all\r\n\r\n',
    'latin1',
  );
}

const PROBES = new Map<number, UdpProbe>([
  [53, { service: 'dns', payload: dnsQuery() }],
  [5353, { service: 'dns', payload: dnsQuery() }],
  [123, { service: 'ntp', payload: ntpRequest() }],
  [161, { service: 'snmp', payload: snmpGetRequest() }],
  [500, { service: 'ike', payload: ikeSaInit(false) }],
  [4500, { service: 'ike', payload: ikeSaInit(true) }],
  [1194, { service: 'openvpn', payload: openVpnHardReset() }],
  [11211, { service: 'memcached', payload: memcachedVersion() }],
  [1900, { service: 'ssdp', payload: ssdpSearch() }],
]);

/** The payload for a UDP port, or undefined when none is known (the prober then sends an empty datagram). */
export function udpProbeFor(port: number): UdpProbe | undefined {
  return PROBES.get(port);
}

/** Every port that has a payload, and its service. */
export function udpProbePorts(): { port: number; service: string }[] {
  return [...PROBES].map(([port, p]) => ({ port, service: p.service }));
}
