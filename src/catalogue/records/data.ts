import { memcachedVersion } from '../payloads.js';
import type { ProtocolRecord } from '../types.js';

export const mysql: ProtocolRecord = {
  name: 'mysql',
  service: 'mysql',
  description: 'MySQL / MariaDB: the initial handshake packet',
  group: 'Databases and caches',
  tcp: { weight: 60, ports: [3306], greeting: true },
  evidence: {
    'mysql.version': { type: 'string', meaning: 'server version from the greeting', text: true },
    'mysql.ssl': { type: 'boolean', meaning: 'the greeting advertises CLIENT_SSL' },
    'mysql.auth_plugin': { type: 'string', meaning: 'default authentication plugin', text: true },
    'mysql.host_blocked': {
      type: 'boolean',
      meaning: 'the server refused our address (error 1130) before the handshake',
    },
  },
};

export const redis: ProtocolRecord = {
  name: 'redis',
  service: 'redis',
  description: 'Redis: PING and INFO server, as RESP arrays',
  group: 'Databases and caches',
  tcp: { weight: 50, ports: [6379] },
  evidence: {
    'redis.auth_required': {
      type: 'boolean',
      meaning: 'PING answered NOAUTH (false: PONG without a password)',
    },
    'redis.protected_mode': {
      type: 'boolean',
      meaning: 'the server refused us with its protected-mode message',
    },
    'redis.version': { type: 'string', meaning: 'redis_version from INFO (only without auth)', text: true },
  },
};

export const redisSentinel: ProtocolRecord = {
  name: 'redis_sentinel',
  service: 'redis-sentinel',
  description: 'Redis Sentinel: PING and INFO sentinel, as RESP arrays',
  group: 'Databases and caches',
  tcp: { weight: 12, ports: [26379] },
  evidence: {
    'redis_sentinel.auth_required': {
      type: 'boolean',
      meaning:
        'false: PING got PONG and INFO said sentinel without a password, so SENTINEL commands (masters, failover, reconfiguration) answer anyone; a Sentinel with requirepass is indistinguishable from Redis and named redis',
    },
    'redis_sentinel.masters': {
      type: 'number',
      meaning: 'sentinel_masters from INFO sentinel: how many masters it monitors',
    },
  },
};

export const postgresql: ProtocolRecord = {
  name: 'postgresql',
  service: 'postgresql',
  description:
    'PostgreSQL: SSLRequest, then a startup message for user "portcullis"; an 8-byte version 2.0 startup, whose refusal names PgBouncer (product pgbouncer)',
  group: 'Databases and caches',
  tcp: { weight: 45, ports: [5432] },
  evidence: {
    'postgresql.ssl': { type: 'boolean', meaning: "SSLRequest answered 'S'" },
    'postgresql.auth_method': {
      type: 'string',
      meaning:
        'what a startup for user "portcullis" gets: "trust" (no password), "password", "md5", "scram-sha-256", "gss", "sspi", "rejected"',
    },
    'postgresql.auth_required': { type: 'boolean', meaning: 'false only for "trust"' },
  },
};

export const memcached: ProtocolRecord = {
  name: 'memcached',
  service: 'memcached',
  description: 'memcached: `version`, over TCP and in a UDP frame; over UDP, then one `stats` frame',
  group: 'Databases and caches',
  tcp: { weight: 40, ports: [11211] },
  udp: { weight: 50, ports: [11211], payloads: [{ bytes: memcachedVersion() }] },
  evidence: {
    'memcached.auth_required': {
      type: 'boolean',
      meaning: 'false when "version" is answered without authentication',
    },
    'memcached.version': { type: 'string', meaning: 'the version it answered', text: true },
    'memcached.udp': { type: 'boolean', meaning: 'the UDP protocol answered (amplification risk)' },
    'memcached.udp_amplification': {
      type: 'number',
      meaning:
        'UDP only, after `version` answered: bytes of every datagram answering a 15-byte `stats` frame, per byte sent',
    },
  },
};

export const mongodb: ProtocolRecord = {
  name: 'mongodb',
  service: 'mongodb',
  description: 'MongoDB: isMaster, buildinfo and listDatabases over OP_QUERY',
  group: 'Databases and caches',
  tcp: { weight: 35, ports: [27017] },
  evidence: {
    'mongodb.version': { type: 'string', meaning: 'version from buildinfo', text: true },
    'mongodb.auth_required': { type: 'boolean', meaning: 'listDatabases refused as unauthorized' },
  },
};

export const smb: ProtocolRecord = {
  name: 'smb',
  service: 'smb',
  description: 'SMB: a multi-protocol negotiate, then SMB2 and SMB1-only negotiates',
  group: 'File sharing and management',
  tcp: { weight: 25, ports: [445, 139] },
  evidence: {
    'smb.smb1': { type: 'boolean', meaning: 'a negotiate offering only SMB1 (NT LM 0.12) is accepted' },
    'smb.dialect': {
      type: 'string',
      meaning:
        'dialect chosen from our offer of 2.0.2 to 3.0.2 (a 3.1.1 server answers 3.0.2: 3.1.1 needs negotiate contexts we do not send), or "NT LM 0.12" when only SMB1 answered',
    },
    'smb.signing_required': { type: 'boolean', meaning: 'SMB2 security mode requires signing' },
  },
};
