import {
  getRequest,
  SNMP_REQUEST_ID as REQUEST_ID,
  SYS_DESCR_OID as SYS_DESCR,
} from '../../catalogue/payloads.js';
import type { Identification, UdpModule } from '../types.js';

export { getRequest };
import { clean } from '../text.js';

interface Tlv {
  tag: number;
  value: Buffer;
  next: number;
}

/** Pure: one BER TLV at `off` (definite lengths up to 4 bytes), or undefined when it runs past the data. */
export function readTlv(data: Buffer, off: number): Tlv | undefined {
  if (off + 2 > data.length) return undefined;
  const tag = data[off];
  let len = data[off + 1];
  let p = off + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > data.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + data[p + i];
    p += n;
  }
  if (p + len > data.length) return undefined;
  return { tag, value: data.subarray(p, p + len), next: p + len };
}

function children(value: Buffer, max = 16): Tlv[] {
  const out: Tlv[] = [];
  let off = 0;
  while (off < value.length && out.length < max) {
    const t = readTlv(value, off);
    if (!t) break;
    out.push(t);
    off = t.next;
  }
  return out;
}

/** Pure: a GetResponse to our request. */
export function parseSnmp(reply: Buffer): Identification | undefined {
  const msg = readTlv(reply, 0);
  if (!msg || msg.tag !== 0x30) return undefined;
  const [version, community, pdu] = children(msg.value, 3);
  if (!version || version.tag !== 0x02 || !community || community.tag !== 0x04 || !pdu || pdu.tag !== 0xa2)
    return undefined;
  const [rid, errStatus, , varbinds] = children(pdu.value, 4);
  if (!rid || rid.tag !== 0x02 || rid.value.length > 4 || rid.value.length === 0) return undefined;
  if (rid.value.readUIntBE(0, rid.value.length) !== REQUEST_ID) return undefined;
  const v = version.value.length === 1 ? version.value[0] : -1;
  const id: Identification = {
    service: 'snmp',
    evidence: {
      'snmp.public': community.value.toString('latin1') === 'public' && (errStatus?.value[0] ?? 0) === 0,
      'snmp.version': v === 0 ? '1' : v === 1 ? '2c' : v === 3 ? '3' : 'unknown',
    },
    confident: true,
  };
  const vb = varbinds?.tag === 0x30 ? children(varbinds.value, 1)[0] : undefined;
  if (vb?.tag === 0x30) {
    const [oid, val] = children(vb.value, 2);
    if (oid?.tag === 0x06 && oid.value.equals(SYS_DESCR) && val?.tag === 0x04) {
      const descr = clean(val.value.toString('latin1'));
      id.evidence['snmp.sys_descr'] = descr;
      id.banner = descr;
    }
  }
  return id;
}

export const snmpModule: UdpModule = {
  name: 'snmp',
  services: ['snmp'],
  probe: () => getRequest('public'),
  parse: (reply) => parseSnmp(reply),
};
