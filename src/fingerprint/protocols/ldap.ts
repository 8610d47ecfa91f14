import type { Identification, TcpModule } from '../types.js';
import { clean } from '../text.js';

/**
 * An anonymous simple bind (RFC 4511 §4.2: version 3, empty name, empty password) as message 1,
 * then a base search of the root DSE (§5.1 of RFC 4512) as message 2, asking for namingContexts
 * and the vendor attributes. LDAP lets a client send both before reading.
 */
export function ldapProbe(): Buffer {
  const bind = Buffer.from([
    0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, 0x80, 0x00,
  ]);
  const str = (s: string) => Buffer.from([0x04, s.length, ...Buffer.from(s)]);
  const attrs = ['namingContexts', 'vendorName', 'vendorVersion'].map(str);
  const attrSeq = Buffer.concat([Buffer.from([0x30, attrs.reduce((n, a) => n + a.length, 0)]), ...attrs]);
  const filter = Buffer.concat([Buffer.from([0x87, 11]), Buffer.from('objectClass')]); // present
  const body = Buffer.concat([
    str(''),
    Buffer.from([0x0a, 0x01, 0x00, 0x0a, 0x01, 0x00, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x01, 0x01, 0x00]),
    filter,
    attrSeq,
  ]);
  const search = Buffer.concat([Buffer.from([0x63, body.length]), body]);
  const msg = Buffer.concat([Buffer.from([0x02, 0x01, 0x02]), search]);
  return Buffer.concat([bind, Buffer.from([0x30, msg.length]), msg]);
}

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

/** One BER element at `at` (definite lengths up to 4 bytes), or undefined when cut short or malformed. */
function tlv(buf: Buffer, at: number, limit = buf.length): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = buf[at];
  let len = buf[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n < 1 || n > 4 || start + n > limit) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i];
    start += n;
  }
  if (start + len > limit) return undefined;
  return { tag, start, end: start + len };
}

function children(buf: Buffer, parent: Tlv, max = 64): Tlv[] {
  const out: Tlv[] = [];
  let at = parent.start;
  while (at < parent.end && out.length < max) {
    const t = tlv(buf, at, parent.end);
    if (!t) break;
    out.push(t);
    at = t.end;
  }
  return out;
}

/**
 * Pure: the LDAP messages of a reply: the BindResponse's result code (0 = the anonymous bind
 * was accepted) and the root DSE entry's naming contexts and vendor. Never throws.
 */
export function parseLdap(data: Buffer): Identification | undefined {
  let at = 0;
  let id: Identification | undefined;
  for (let n = 0; n < 8 && at < data.length; n++) {
    const msg = tlv(data, at);
    if (!msg || msg.tag !== 0x30) break;
    at = msg.end;
    const [msgId, op] = children(data, msg, 3);
    if (!msgId || msgId.tag !== 0x02 || !op) break;
    id ??= { service: 'ldap', evidence: {}, confident: false };
    if (op.tag === 0x61) {
      const [code] = children(data, op, 1);
      if (!code || code.tag !== 0x0a || code.end - code.start !== 1) continue;
      const result = data[code.start];
      id.confident = true;
      id.evidence['ldap.bind_result'] = result;
      id.evidence['ldap.anonymous_bind'] = result === 0;
    } else if (op.tag === 0x64) {
      id.confident = true;
      const [, attrs] = children(data, op, 2);
      for (const attr of attrs ? children(data, attrs) : []) {
        const [type, vals] = children(data, attr, 2);
        if (!type || !vals) continue;
        const name = data.subarray(type.start, type.end).toString('latin1').toLowerCase();
        const values = children(data, vals, 16).map((v) =>
          clean(data.subarray(v.start, v.end).toString('utf8'), 128),
        );
        if (name === 'namingcontexts') id.evidence['ldap.naming_contexts'] = values;
        if (name === 'vendorname' && values[0]) id.product = values[0];
        if (name === 'vendorversion' && values[0]) id.version = values[0];
      }
      id.evidence['ldap.root_dse'] = true;
    } else if (op.tag === 0x78 || op.tag === 0x65) {
      // ExtendedResponse (a notice of disconnection), SearchResultDone: LDAP, nothing more.
      id.confident = true;
    }
  }
  return id?.confident ? id : undefined;
}

/** The search is done (message 2's SearchResultDone), or the server gave up on us. */
function complete(data: Buffer): boolean {
  let at = 0;
  for (let n = 0; n < 8 && at < data.length; n++) {
    const msg = tlv(data, at);
    if (!msg) return false;
    const [, op] = children(data, msg, 2);
    if (op && (op.tag === 0x65 || op.tag === 0x78)) return true;
    at = msg.end;
  }
  return false;
}

export const ldapModule: TcpModule = {
  name: 'ldap',
  services: ['ldap'],
  parse: parseLdap,
  probe: () => ldapProbe(),
  complete,
};
