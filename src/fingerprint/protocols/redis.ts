import type { Identification, Session, TcpModule } from '../types.js';
import { clean, lines } from '../text.js';

/** PING, then INFO server: RESP arrays, as a real client sends them. */
export const REDIS_PROBE = Buffer.from('*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nINFO\r\n$6\r\nserver\r\n');

/** PING, then INFO sentinel: a Sentinel answers its section; a plain Redis an empty one. */
export const SENTINEL_PROBE = Buffer.from('*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nINFO\r\n$8\r\nsentinel\r\n');

/** Whether INFO says this is a Sentinel (INFO server's redis_mode, or INFO sentinel's section). */
function sentinelInfo(all: string[]): boolean {
  return all.some(
    (l) => l === 'redis_mode:sentinel' || l === '# Sentinel' || l.startsWith('sentinel_masters:'),
  );
}

/** Pure: replies to PING / INFO. A Sentinel's are not Redis's (parseSentinel claims them). */
export function parseRedis(data: Buffer): Identification | undefined {
  const all = lines(data, 256);
  const first = all[0];
  if (first === undefined) return undefined;
  if (sentinelInfo(all)) return undefined;
  const ev: Identification['evidence'] = {};
  let confident = false;
  if (first === '+PONG') {
    ev['redis.auth_required'] = false;
    // PONG alone could still be a Sentinel's: sure only once INFO's answer is whole.
    confident = complete(data);
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

/**
 * Pure: a Redis Sentinel (`redis-server --sentinel`): PONG without a password, and INFO that
 * says sentinel. Without a password a Sentinel answers SENTINEL commands to anyone: it tells
 * who the masters are and accepts failover and reconfiguration. With `requirepass` it answers
 * NOAUTH to everything, exactly as a Redis does, and is named redis (auth required).
 */
export function parseSentinel(data: Buffer): Identification | undefined {
  const all = lines(data, 256);
  if (all[0] !== '+PONG' || !sentinelInfo(all)) return undefined;
  const ev: Identification['evidence'] = { 'redis_sentinel.auth_required': false };
  const masters = all.find((l) => l.startsWith('sentinel_masters:'));
  if (masters && /^\d{1,6}$/.test(masters.slice(17)))
    ev['redis_sentinel.masters'] = Number(masters.slice(17));
  const id: Identification = {
    service: 'redis-sentinel',
    product: 'Redis Sentinel',
    evidence: ev,
    confident: true,
  };
  const version = all.find((l) => l.startsWith('redis_version:'));
  if (version) id.version = clean(version.slice(14), 64);
  return id;
}

/** Wait for the INFO bulk string too, when PING was answered. */
export function complete(data: Buffer): boolean {
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

/** When the match came from INFO server (another probe's reply), ask INFO sentinel for the masters. */
async function sentinelMasters(id: Identification, session: Session): Promise<void> {
  if (id.evidence['redis_sentinel.masters'] !== undefined || session.remaining() < 200) return;
  const conv = await session.connect();
  try {
    conv.write(SENTINEL_PROBE);
    const data = await conv.read(complete, Math.min(2000, session.remaining()));
    const masters = parseSentinel(data)?.evidence['redis_sentinel.masters'];
    if (masters !== undefined) id.evidence['redis_sentinel.masters'] = masters;
  } finally {
    conv.close();
  }
}

export const sentinelModule: TcpModule = {
  name: 'redis_sentinel',
  services: ['redis-sentinel'],
  parse: parseSentinel,
  probe: () => SENTINEL_PROBE,
  complete,
  interrogate: sentinelMasters,
};
