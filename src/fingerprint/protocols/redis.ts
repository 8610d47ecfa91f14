import type { Identification, TcpModule } from '../types.js';
import { clean, lines } from '../text.js';

/** PING, then INFO server: RESP arrays, as a real client sends them. */
export const REDIS_PROBE = Buffer.from('*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n');

/** Pure: replies to PING / INFO. */
export function parseRedis(data: Buffer): Identification | undefined {
  const all = lines(data, 256);
  const first = all[0];
  if (first === undefined) return undefined;
  const ev: Identification['evidence'] = {};
  let confident = false;
  if (first === '+PONG') {
    ev['redis.auth_required'] = false;
    confident = true;
  } else if (/^-NOAUTH\b/.test(first) || /^-ERR operation not permitted/i.test(first)) {
    ev['redis.auth_required'] = true;
    confident = true;
  } else if (/^-DENIED Redis is running in protected mode/i.test(first)) {
    ev['redis.protected_mode'] = true;
    confident = true;
  } else if (/^-ERR unknown command/i.test(first) || /^-(ERR|WRONGTYPE|WRONGPASS) /.test(first)) {
    // A RESP error line: some Redis-compatible server, but the line alone proves little.
    confident = /^-ERR unknown command [`'].*[`'], with args beginning with/.test(first);
  } else return undefined;
  const id: Identification = { service: 'redis', product: 'Redis', evidence: ev, confident };
  const version = all.find((l) => l.startsWith('redis_version:'));
  if (version) {
    id.version = clean(version.slice(14), 64);
    ev['redis.version'] = id.version;
  }
  if (all.some((l) => l.startsWith('valkey_version:'))) id.product = 'Valkey';
  return id;
}

/** Wait for the INFO bulk string too, when PING was answered. */
function complete(data: Buffer): boolean {
  const all = lines(data, 256);
  if (all[0] !== '+PONG') return all.length >= 1;
  const bulk = all.findIndex((l) => l.startsWith('$'));
  if (bulk < 0) return all.length >= 2 && all[1].startsWith('-');
  const size = Number(all[bulk].slice(1));
  const start = data.indexOf('\r\n$') + 3;
  return size < 0 || data.length >= start + String(size).length + 2 + size + 2;
}

export const redisModule: TcpModule = {
  name: 'redis',
  services: ['redis'],
  parse: parseRedis,
  probe: () => REDIS_PROBE,
  complete,
};
