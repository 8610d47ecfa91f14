import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  newListeners,
  parseProcAddress,
  parseProcNet,
  readListeners,
  type Listener,
} from '../../src/lifecycle/listeners.js';

/**
 * The kernel's listener tables, parsed from text recorded in a network namespace of its own
 * (fixtures/proc-net/: a little-endian x86-64 kernel, 6.1) where a node process listened on
 * 127.0.0.1:8080, [::1]:6379, 0.0.0.0:9000, [::]:9001 (IPv6-only), 10.99.0.1:2222 and
 * [::ffff:127.0.0.2]:7000 over TCP, bound UDP 0.0.0.0:5353 and [::]:1194, and held one
 * connected TCP pair (8080 ↔ an ephemeral port) and one connected UDP socket (to :53).
 */

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/proc-net/${name}.txt`, import.meta.url), 'utf8');
const key = (l: Listener) => `${l.protocol} ${l.address} ${l.port}${l.wildcard ? ' *' : ''}`;

describe('parseProcNet (recorded /proc/net text)', () => {
  test('tcp: LISTEN sockets only, in host byte order; established connections are not listeners', () => {
    expect(parseProcNet(fixture('tcp'), 'tcp', true).map(key).sort()).toEqual([
      'tcp 0.0.0.0 9000 *',
      'tcp 10.99.0.1 2222',
      'tcp 127.0.0.1 8080',
    ]);
  });

  test('tcp6: ::1, the IPv6 wildcard, and an IPv4-mapped bind read as IPv4', () => {
    expect(parseProcNet(fixture('tcp6'), 'tcp', true).map(key).sort()).toEqual([
      'tcp 127.0.0.2 7000',
      'tcp :: 9001 *',
      'tcp ::1 6379',
    ]);
  });

  test('udp and udp6: bound unconnected sockets; a socket connected to one peer is not a listener', () => {
    expect(parseProcNet(fixture('udp'), 'udp', true).map(key)).toEqual(['udp 0.0.0.0 5353 *']);
    expect(parseProcNet(fixture('udp6'), 'udp', true).map(key)).toEqual(['udp :: 1194 *']);
  });

  test('garbage, truncated lines and impossible values are skipped, never thrown', () => {
    const text = [
      'header',
      '   0: 0100007F:1F90 00000000:0000 0A',
      '   1: 0100007F 00000000:0000 0A',
      '   2: ZZ00007F:1F90 00000000:0000 0A',
      '   3: 0100007F:0000 00000000:0000 0A',
      '   4: 0100007F:1F9',
      '',
      '\u0000\u202e',
    ].join('\n');
    expect(parseProcNet(text, 'tcp', true).map(key)).toEqual(['tcp 127.0.0.1 8080']);
  });

  test('addresses in both byte orders', () => {
    expect(parseProcAddress('0100007F', true)).toBe('127.0.0.1');
    expect(parseProcAddress('7F000001', false)).toBe('127.0.0.1');
    expect(parseProcAddress('00000000000000000000000001000000', true)).toBe('::1');
    expect(parseProcAddress('00000000000000000000000000000001', false)).toBe('::1');
    expect(parseProcAddress('B80D0120000000000000000001000000', true)).toBe('2001:db8::1');
    expect(parseProcAddress('0000000000000000FFFF00000200007F', true)).toBe('127.0.0.2');
    expect(parseProcAddress('12345', true)).toBeUndefined();
  });
});

describe('newListeners', () => {
  test('what the environment opened: in the second table and not the first, each once', () => {
    const before = parseProcNet(fixture('tcp'), 'tcp', true).filter((l) => l.port === 8080);
    const after = [
      ...parseProcNet(fixture('tcp'), 'tcp', true),
      ...parseProcNet(fixture('tcp'), 'tcp', true),
    ];
    expect(newListeners(before, after).map(key).sort()).toEqual(['tcp 0.0.0.0 9000 *', 'tcp 10.99.0.1 2222']);
  });
});

describe('readListeners', () => {
  test('reads the four tables from a directory; a missing one is left out; none at all is undefined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proc-net-'));
    try {
      writeFileSync(join(dir, 'tcp'), fixture('tcp'));
      writeFileSync(join(dir, 'udp6'), fixture('udp6'));
      const read = await readListeners(dir);
      // This machine's byte order decides how the recorded (little-endian) text reads.
      if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)
        expect(read?.map(key).sort()).toEqual([
          'tcp 0.0.0.0 9000 *',
          'tcp 10.99.0.1 2222',
          'tcp 127.0.0.1 8080',
          'udp :: 1194 *',
        ]);
      expect(await readListeners(join(dir, 'nowhere'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('reads this machine’s own tables without root', async () => {
    if (process.platform !== 'linux') return;
    expect(Array.isArray(await readListeners())).toBe(true);
  });
});
