import type { Identification, TcpModule } from '../types.js';
import { clean } from '../text.js';

/** AMQP 0-9-1 protocol header (§4.2.2): the client speaks first with it. */
export const AMQP_PROBE = Buffer.from('AMQP\x00\x00\x09\x01', 'latin1');

/** Bytes each fixed-size field-table value takes (AMQP 0-9-1 §4.2.5.5, RabbitMQ's errata). */
const FIXED: Record<string, number> = {
  t: 1,
  b: 1,
  B: 1,
  s: 2,
  u: 2,
  I: 4,
  i: 4,
  f: 4,
  l: 8,
  d: 8,
  T: 8,
  D: 5,
  V: 0,
};
/** Types whose value is a 32-bit length then that many bytes. */
const SIZED = new Set(['S', 'F', 'A', 'x']);

/** Pure: the long-string entries of a field table (bounded; stops at anything it cannot read). */
export function fieldTableStrings(table: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  for (let n = 0; n < 64 && at < table.length; n++) {
    const nameLen = table[at];
    const name = table.subarray(at + 1, at + 1 + nameLen).toString('latin1');
    at += 1 + nameLen;
    if (at >= table.length) break;
    const type = String.fromCharCode(table[at]);
    at += 1;
    if (SIZED.has(type)) {
      if (at + 4 > table.length) break;
      const len = table.readUInt32BE(at);
      at += 4;
      if (at + len > table.length) break;
      if (type === 'S') out.set(name, table.subarray(at, at + len).toString('utf8'));
      at += len;
    } else if (FIXED[type] !== undefined) at += FIXED[type];
    else break;
  }
  return out;
}

/**
 * Pure: an AMQP server's answer to our header: Connection.Start (a method frame on channel 0,
 * class 10 method 10) with its server-properties and mechanisms, or the protocol header it
 * speaks instead (an AMQP 1.0 broker, or a version it prefers).
 */
export function parseAmqp(data: Buffer): Identification | undefined {
  if (data.length >= 8 && data.subarray(0, 4).toString('latin1') === 'AMQP') {
    const header = [...data.subarray(4, 8)].join('-');
    return { service: 'amqp', evidence: { 'amqp.protocol': header }, confident: true };
  }
  if (data.length < 12 || data[0] !== 1 || data.readUInt16BE(1) !== 0) return undefined;
  if (data.readUInt16BE(7) !== 10 || data.readUInt16BE(9) !== 10) return undefined;
  const id: Identification = {
    service: 'amqp',
    evidence: { 'amqp.protocol': `${data[11]}-${data[12] ?? 0}` },
    confident: true,
  };
  if (data.length < 17) return id;
  const tableLen = data.readUInt32BE(13);
  const table = data.subarray(17, 17 + Math.min(tableLen, 8192));
  const props = fieldTableStrings(table);
  const product = props.get('product');
  const version = props.get('version');
  if (product) {
    id.product = clean(product, 64);
    id.evidence['amqp.product'] = id.product;
  }
  if (version) {
    id.version = clean(version, 64);
    id.evidence['amqp.version'] = id.version;
  }
  const mechAt = 17 + tableLen;
  if (mechAt + 4 <= data.length) {
    const len = Math.min(data.readUInt32BE(mechAt), 512);
    const mechs = clean(data.subarray(mechAt + 4, mechAt + 4 + len).toString('latin1'), 256);
    id.evidence['amqp.mechanisms'] = mechs;
    id.evidence['amqp.anonymous_mechanism'] = mechs.split(/\s+/).includes('ANONYMOUS');
  }
  return id;
}

/** The whole Connection.Start frame (its size field, plus header and frame-end), or a protocol header. */
function complete(data: Buffer): boolean {
  if (data.subarray(0, 4).toString('latin1') === 'AMQP') return data.length >= 8;
  return data.length >= 7 && data.length >= 7 + data.readUInt32BE(3) + 1;
}

export const amqpModule: TcpModule = {
  name: 'amqp',
  services: ['amqp'],
  parse: parseAmqp,
  probe: () => AMQP_PROBE,
  complete,
};
