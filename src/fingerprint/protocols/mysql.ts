import type { Identification, TcpModule } from '../types.js';
import { cString, clean } from '../text.js';

const CLIENT_SSL = 0x0800;

/** Pure: the MySQL/MariaDB initial handshake packet (protocol 10), or the error packet sent instead. */
export function parseMysql(data: Buffer): Identification | undefined {
  if (data.length < 5) return undefined;
  const len = data.readUIntLE(0, 3);
  const seq = data[3];
  if (seq !== 0 || len < 3 || len > 1024) return undefined;
  const complete = data.length >= 4 + len;
  const p = data.subarray(4, 4 + len);
  if (p[0] === 0xff) {
    // Error before the handshake: 0xff, code (u16), message.
    if (p.length < 3) return undefined;
    const code = p.readUInt16LE(1);
    if (code < 1000 || code > 5000) return undefined;
    const message = clean(p.subarray(3).toString('latin1'));
    const id: Identification = {
      service: 'mysql',
      banner: message,
      evidence: {},
      confident: complete && /mysql|mariadb|host '.*' is|too many connections/i.test(message),
    };
    if (code === 1130) id.evidence['mysql.host_blocked'] = true;
    if (/mariadb/i.test(message)) id.product = 'MariaDB';
    return id;
  }
  if (p[0] !== 0x0a) return undefined;
  const ver = cString(p, 1, 64);
  if (!ver || !/^\d+\.\d+/.test(ver.value)) return undefined;
  const id: Identification = {
    service: 'mysql',
    product: 'MySQL',
    version: ver.value,
    banner: ver.value,
    evidence: { 'mysql.version': ver.value },
    confident: complete,
  };
  // MariaDB prefixes "5.5.5-" so old clients accept it.
  const maria = /^(?:5\.5\.5-)?(\d+\.\d+\.\d+)-MariaDB/i.exec(ver.value);
  if (maria) {
    id.product = 'MariaDB';
    id.version = maria[1];
  } else {
    const plain = /^(\d+\.\d+\.\d+)/.exec(ver.value);
    if (plain) id.version = plain[1];
  }
  // thread id (4), auth data part 1 (8), filler (1), capability flags low (2)
  let off = ver.next + 4 + 8 + 1;
  if (p.length >= off + 2) {
    const capLow = p.readUInt16LE(off);
    id.evidence['mysql.ssl'] = (capLow & CLIENT_SSL) !== 0;
    off += 2;
    // charset (1), status (2), capability high (2), auth data length (1), reserved (10)
    if (p.length >= off + 16) {
      const authLen = p[off + 5];
      off += 16;
      off += Math.max(13, authLen - 8);
      const plugin = cString(p, off, 64);
      if (plugin && plugin.value) id.evidence['mysql.auth_plugin'] = plugin.value;
    }
  }
  return id;
}

export const mysqlModule: TcpModule = {
  name: 'mysql',
  services: ['mysql'],
  bannerFirst: true,
  parse: parseMysql,
};
