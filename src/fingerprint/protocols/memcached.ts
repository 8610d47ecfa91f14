import { memcachedVersion } from '../../catalogue/payloads.js';
import type { Identification, TcpModule, UdpModule } from '../types.js';
import { clean, lines } from '../text.js';

/** Pure: the reply to "version" ("VERSION 1.6.18"); a bare ERROR is memcached's answer to anything else. */
export function parseMemcached(data: Buffer): Identification | undefined {
  const all = lines(data);
  const v = all.find((l) => l.startsWith('VERSION '));
  if (v) {
    const version = clean(v.slice(8), 64);
    return {
      service: 'memcached',
      product: 'memcached',
      version,
      evidence: { 'memcached.version': version, 'memcached.auth_required': false },
      confident: true,
    };
  }
  if (all.length > 0 && all.every((l) => l === 'ERROR')) {
    return { service: 'memcached', product: 'memcached', evidence: {}, confident: false };
  }
  return undefined;
}

export const memcachedModule: TcpModule = {
  name: 'memcached',
  services: ['memcached'],
  parse: parseMemcached,
  probe: () => Buffer.from('version\r\n'),
};

export const memcachedUdpModule: UdpModule = {
  name: 'memcached',
  services: ['memcached'],
  probe: () => memcachedVersion(),
  parse(reply) {
    if (reply.length < 8 || reply[0] !== 0x50 || reply[1] !== 0x43) return undefined;
    const id = parseMemcached(reply.subarray(8));
    if (id) id.evidence['memcached.udp'] = true;
    return id;
  },
};
