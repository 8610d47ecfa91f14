import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ConfigurationError } from '../../src/errors.js';
import { configError, resolverFrom } from '../helpers/errors.js';
import {
  probeTasks,
  resolveTargets,
  parsePorts,
  parsePortTerm,
  type TargetSet,
} from '../../src/targets/index.js';

const list = (t: TargetSet) =>
  [...t.hosts()].map((h) => (h.hostname ? `${h.address}<${h.hostname}>` : h.address));

/** A resolver from a table, as DNS would answer. */
const table = resolverFrom;

describe('resolveTargets', () => {
  it('takes IPv4 and IPv6 literals, bracketed or not, in canonical form and numeric order', async () => {
    const t = await resolveTargets(['10.0.0.2,[2001:DB8::1]', '10.0.0.1', '::1']);
    expect(list(t)).toEqual(['10.0.0.1', '10.0.0.2', '::1', '2001:db8::1']);
    expect(t.count).toBe(4);
    expect(t.expressions).toEqual(['10.0.0.2', '[2001:DB8::1]', '10.0.0.1', '::1']);
  });

  it('expands CIDR blocks of both families, ignoring host bits as nmap does', async () => {
    expect(list(await resolveTargets(['192.168.1.77/30']))).toEqual([
      '192.168.1.76',
      '192.168.1.77',
      '192.168.1.78',
      '192.168.1.79',
    ]);
    expect(list(await resolveTargets(['2001:db8::/126']))).toEqual([
      '2001:db8::',
      '2001:db8::1',
      '2001:db8::2',
      '2001:db8::3',
    ]);
    expect((await resolveTargets(['10.1.0.0/16'])).count).toBe(65536);
  });

  it('expands ranges: last octet, full addresses, IPv6', async () => {
    expect((await resolveTargets(['10.0.0.1-20'])).count).toBe(20);
    expect(list(await resolveTargets(['10.0.0.254-10.0.1.1']))).toEqual([
      '10.0.0.254',
      '10.0.0.255',
      '10.0.1.0',
      '10.0.1.1',
    ]);
    expect(list(await resolveTargets(['fd00::fe-fd00::101']))).toEqual([
      'fd00::fe',
      'fd00::ff',
      'fd00::100',
      'fd00::101',
    ]);
  });

  it('removes exclusions and duplicates', async () => {
    const t = await resolveTargets(['10.0.0.0/29,!10.0.0.2', '10.0.0.4-6', '!10.0.0.6-7'], {
      exclude: ['10.0.0.0'],
    });
    expect(list(t)).toEqual(['10.0.0.1', '10.0.0.3', '10.0.0.4', '10.0.0.5']);
    expect(t.count).toBe(4);
  });

  it('caps CIDR expansion and names the token; the cap can be raised', async () => {
    const e = await configError(resolveTargets(['127.0.0.1', '10.0.0.0/15']));
    expect(e.diagnostics[0].source).toBe('--targets');
    expect(e.message).toContain('"10.0.0.0/15" covers 131,072 addresses, more than the limit of 65,536');
    expect((await resolveTargets(['10.0.0.0/15'], { maxAddresses: 1 << 17 })).count).toBe(131072);
    const v6 = await configError(resolveTargets(['2001:db8::/64']));
    expect(v6.message).toContain('18,446,744,073,709,551,616 addresses');
    const total = await configError(resolveTargets(['10.0.0.0/17', '10.1.0.0/17', '10.2.0.0/24']));
    expect(total.message).toContain('the targets cover 65,792 addresses');
  });

  it('is lazy: a /16 yields its first host without listing the rest', async () => {
    const t = await resolveTargets(['10.9.0.0/16']);
    const it = t.hosts()[Symbol.iterator]();
    expect(it.next().value).toEqual({ address: '10.9.0.0' });
    expect(it.next().value).toEqual({ address: '10.9.0.1' });
  });

  it('resolves every A and AAAA record of a name and says which name each came from', async () => {
    const resolve = table({
      'web.example.test': ['192.0.2.10', '2001:db8::10', '192.0.2.11'],
      'db.example.test': ['192.0.2.11'],
    });
    const t = await resolveTargets(['web.example.test,db.example.test', '192.0.2.9-11'], { resolve });
    expect(list(t)).toEqual([
      '192.0.2.9',
      '192.0.2.10<web.example.test>',
      '192.0.2.11<web.example.test>',
      '2001:db8::10<web.example.test>',
    ]);
    expect(t.resolved).toEqual({
      'web.example.test': ['192.0.2.10', '2001:db8::10', '192.0.2.11'],
      'db.example.test': ['192.0.2.11'],
    });
  });

  it('resolves localhost through the system resolver', async () => {
    const t = await resolveTargets(['localhost']);
    expect(t.resolved.localhost).toContain('127.0.0.1');
    expect([...t.hosts()].every((h) => h.hostname === 'localhost')).toBe(true);
  });

  it('refuses a DNS answer outside --scope, naming the hostname and the address', async () => {
    const resolve = table({ 'staging.example.test': ['10.20.0.5', '203.0.113.7'] });
    const e = await configError(
      resolveTargets(['staging.example.test'], { resolve, scope: ['10.20.0.0/24', '10.30.0.0/24'] }),
    );
    expect(e.message).toContain('staging.example.test resolves to 203.0.113.7, which is outside the scope');
    const ok = await resolveTargets(['staging.example.test'], {
      resolve,
      scope: ['10.20.0.0/24,203.0.113.0/24'],
    });
    expect(ok.count).toBe(2);
  });

  it('refuses a literal outside --scope, and a bad scope names --scope', async () => {
    const e = await configError(resolveTargets(['10.0.0.0/23'], { scope: ['10.0.0.0/24'] }));
    expect(e.message).toContain('"10.0.0.0/23" is outside the scope 10.0.0.0/24');
    const bad = await configError(resolveTargets(['10.0.0.1'], { scope: ['nonsense'] }));
    expect(bad.diagnostics[0].source).toBe('--scope');
    const prefix = await configError(resolveTargets(['10.0.0.1'], { scope: ['10.0.0.0/33'] }));
    expect(prefix.message).toBe(
      '--scope: "10.0.0.0/33" is not a valid CIDR block: an IPv4 prefix length is 0–32 (such as 10.20.0.0/24 or fd00::/64)',
    );
  });

  it('without a scope, refuses names that point at metadata, multicast or unspecified addresses', async () => {
    const resolve = table({ 'rebind.example.test': ['169.254.169.254'], 'zero.example.test': ['0.0.0.0'] });
    const e = await configError(resolveTargets(['rebind.example.test'], { resolve }));
    expect(e.message).toContain('rebind.example.test resolves to 169.254.169.254, a link-local address');
    await configError(resolveTargets(['zero.example.test'], { resolve }));
    const allowed = await resolveTargets(['rebind.example.test'], { resolve, scope: ['169.254.169.254'] });
    expect(allowed.count).toBe(1);
  });

  it.each([
    ['NAT64 64:ff9b::/96', '64:ff9b::a9fe:a9fe', '169.254.169.254'],
    ['NAT64 local-use at /96', '64:ff9b:1::a9fe:a9fe', '169.254.169.254'],
    ['NAT64 local-use at /64', '64:ff9b:1:0:a9:fea9:fe00:0', '169.254.169.254'],
    ['NAT64 local-use at /56', '64:ff9b:1:a9:fe:a9fe::', '169.254.169.254'],
    ['NAT64 local-use at /48', '64:ff9b:1:a9fe:a9:fe00::', '169.254.169.254'],
    ['IPv4-translated', '::ffff:0:a9fe:a9fe', '169.254.169.254'],
    ['IPv4-compatible', '::a9fe:a9fe', '169.254.169.254'],
    ['6to4', '2002:a9fe:a9fe::1', '169.254.169.254'],
    ['Teredo (obfuscated client)', '2001:0:4136:e378:8000:63bf:5601:5601', '169.254.169.254'],
    ['NAT64 of a multicast address', '64:ff9b::e000:1', '224.0.0.1'],
    ['NAT64 of 0.0.0.0', '64:ff9b::', '0.0.0.0'],
  ])(
    'without a scope, refuses a name whose answer is an IPv6 encoding of a refused IPv4 address: %s',
    async (_, answer, inner) => {
      const resolve = table({ 'app.example.test': [answer] });
      const e = await configError(resolveTargets(['app.example.test'], { resolve }));
      expect(e.message).toContain(`app.example.test resolves to ${answer}, an IPv6 encoding of ${inner}, a`);
      // A scope that names the address lets it through, as for the IPv4 address itself.
      const allowed = await resolveTargets(['app.example.test'], { resolve, scope: [`${answer}/128`] });
      expect(allowed.count).toBe(1);
    },
  );

  it('accepts IPv6 answers whose embedded address is an ordinary one, and ::1', async () => {
    const resolve = table({
      'nat64.example.test': ['64:ff9b::a00:1'],
      // 10.0.0.1 in the local-use prefix, at /96 and at /48 (whose /96 reading would be 0.0.0.0).
      'local96.example.test': ['64:ff9b:1::a00:1'],
      'local48.example.test': ['64:ff9b:1:a00:0:100::'],
      'teredo.example.test': ['2001:0:4136:e378:8000:63bf:f5ff:fffe'],
      'loop.example.test': ['::1'],
      'plain.example.test': ['2001:db8::a9fe:a9fe'],
    });
    const t = await resolveTargets(
      [
        'nat64.example.test',
        'local96.example.test',
        'local48.example.test',
        'teredo.example.test',
        'loop.example.test',
        'plain.example.test',
      ],
      { resolve },
    );
    expect(t.count).toBe(6);
  });

  it('names the bad token in every error', async () => {
    const cases: [string, string][] = [
      ['10.0.0.300', '"10.0.0.300" is not an IPv4 address: 300 is more than 255'],
      ['10.0.0.0/33', '"10.0.0.0/33" is not a valid CIDR block: an IPv4 prefix length is 0–32'],
      ['10.0.0.9-3', '"10.0.0.9-3" is not an address range'],
      ['10.0.0.1-300', '"10.0.0.1-300" is not an address range'],
      ['bad host', '"bad host" is not an IP address'],
      ['::g', '"::g" is not an IPv6 address (such as fd00::1 or 2001:db8::5)'],
      ['010.0.0.1', '"010.0.0.1" is not an IPv4 address: 010 has a leading zero'],
      ['10.0.0', '"10.0.0" is not an IPv4 address: an IPv4 address is four numbers 0–255'],
      ['1.2.3-4', '"1.2.3-4" is not an address range'],
      ['', 'names no targets'],
    ];
    for (const [input, message] of cases) {
      const e = await configError(resolveTargets([input]));
      expect(e.message).toContain(message);
      expect(e.diagnostics[0].source).toBe('--targets');
    }
    const nx = await configError(
      resolveTargets(['nowhere.example.test'], { resolve: table({}), source: 'input targets' }),
    );
    expect(nx.message).toBe(
      'input targets: "nowhere.example.test": the name nowhere.example.test does not resolve (ENOTFOUND)',
    );
  });

  it('counts exactly what it yields, for any blocks and exclusions (property)', async () => {
    const block = fc.record({
      base: fc.integer({ min: 0, max: 1023 }),
      prefix: fc.integer({ min: 24, max: 32 }),
    });
    const addr = (n: number) => `10.0.${n >> 8}.${n & 255}`;
    await fc.assert(
      fc.asyncProperty(
        fc.array(block, { minLength: 1, maxLength: 4 }),
        fc.array(block, { maxLength: 4 }),
        async (inc, exc) => {
          const naive = new Set<number>();
          const span = (b: { base: number; prefix: number }) => {
            const size = 2 ** (32 - b.prefix);
            const start = Math.floor(b.base / size) * size;
            return Array.from({ length: size }, (_, i) => start + i);
          };
          for (const b of inc) for (const n of span(b)) naive.add(n);
          for (const b of exc) for (const n of span(b)) naive.delete(n);
          const exprs = [
            ...inc.map((b) => `${addr(b.base)}/${b.prefix}`),
            ...exc.map((b) => `!${addr(b.base)}/${b.prefix}`),
          ];
          if (naive.size === 0) {
            await configError(resolveTargets(exprs));
            return;
          }
          const t = await resolveTargets(exprs);
          const got = [...t.hosts()].map((h) => h.address);
          expect(t.count).toBe(got.length);
          expect(got).toEqual([...naive].sort((a, b) => a - b).map(addr));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parsePorts', () => {
  it('takes lists and ranges, sorted and without duplicates', () => {
    expect(parsePorts('443,22,80-82,22').tcp).toEqual([22, 80, 81, 82, 443]);
    expect(parsePorts('1-3').tcp).toEqual([1, 2, 3]);
    expect(parsePorts(' 65533 - 65535 ').tcp).toEqual([65533, 65534, 65535]);
    expect(parsePorts('all').count).toBe(65535);
  });

  it('knows top-100 and top-1000 for both protocols, from Nmap frequency data', () => {
    const top100 = parsePorts('top-100');
    expect(top100.tcp).toHaveLength(100);
    expect(top100.tcp).toEqual(expect.arrayContaining([21, 22, 23, 25, 80, 443, 445, 3306, 3389, 8080]));
    expect(parsePorts('top-1000').tcp).toHaveLength(1000);
    const udp = parsePorts('udp:top-100');
    expect(udp.tcp).toEqual([]);
    expect(udp.udp).toEqual(expect.arrayContaining([53, 123, 161, 500, 1900]));
  });

  it('turns service names into their registered ports', () => {
    expect(parsePorts('ssh,rdp,postgres')).toMatchObject({ tcp: [22, 3389, 5432], udp: [] });
    expect(parsePorts('ntp,snmp')).toMatchObject({ tcp: [], udp: [123, 161] });
    expect(parsePorts('udp:dns,ike')).toMatchObject({ tcp: [], udp: [53, 500, 4500] });
  });

  it('applies protocol prefixes to the tokens after them, as nmap does', () => {
    expect(parsePorts('udp:53,161')).toMatchObject({ tcp: [], udp: [53, 161], count: 2 });
    expect(parsePorts('22,udp:53,161,tcp:80')).toMatchObject({ tcp: [22, 80], udp: [53, 161] });
    expect(parsePorts('T:22,U:123')).toMatchObject({ tcp: [22], udp: [123] });
  });

  it('removes exclusions', () => {
    const p = parsePorts('all,!2024,!1-1000,udp:53,!udp:53');
    expect(p.tcp).toHaveLength(65535 - 1001);
    expect(p.tcp).not.toContain(2024);
    expect(p.udp).toEqual([]);
  });

  it('quotes the bad token, with exit code 2', () => {
    const error = (expr: string, source?: string) => {
      try {
        parsePorts(expr, source ? { source } : undefined);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigurationError);
        return (err as Error).message;
      }
      throw new Error(`"${expr}" parsed`);
    };
    expect(error('22,70000')).toBe('--ports: "70000" is not a port (1–65535)');
    expect(error('0')).toBe('--ports: "0" is not a port (1–65535)');
    expect(error('1-70000')).toBe('--ports: "70000" is not a port (1–65535) in "1-70000"');
    expect(error('90-80')).toContain('"90-80" is a range whose start is after its end');
    expect(error('ssh,gopherz')).toContain('"gopherz" is not a port, a range, a named set');
    expect(error('top-5000')).toContain('"top-5000": top-N takes N from 1 to 1000');
    expect(error('udp:')).toContain('"udp:" has a protocol but no ports');
    expect(error('udp:ssh')).toContain('the service ssh has no registered udp port');
    expect(error('22,!22')).toContain('leaves no ports');
    expect(error('2 2', 'input ports')).toMatch(/^input ports: "2 2"/);
  });

  it('refuses open-ended ranges, showing the full form (the policy refuses them alike)', () => {
    const error = (expr: string, source?: string) => {
      try {
        parsePorts(expr, source ? { source } : undefined);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigurationError);
        return (err as Error).message;
      }
      throw new Error(`"${expr}" parsed`);
    };
    expect(error('80-')).toBe('--ports: "80-" is not a range: write 80-65535');
    expect(error('22,-1024')).toBe('--ports: "-1024" is not a range: write 1-1024');
    expect(error('all,!60000-')).toBe('--ports: "!60000-" is not a range: write 60000-65535');
    expect(error('udp:53,161-', 'input ports')).toBe('input ports: "161-" is not a range: write 161-65535');
    expect(error('90-80')).toBe('--ports: "90-80" is a range whose start is after its end: write 80-90');
  });

  it('shares its terms with the policy: ports, ranges and service names, nothing else', () => {
    expect(parsePortTerm(' 8000 - 8100 ')).toEqual({ kind: 'range', from: 8000, to: 8100 });
    expect(parsePortTerm('443')).toEqual({ kind: 'range', from: 443, to: 443 });
    expect(parsePortTerm('dns')).toEqual({ kind: 'service', service: 'dns', tcp: [53], udp: [53] });
    expect(parsePortTerm('80-')).toEqual({ error: '"80-" is not a range: write 80-65535' });
    expect(parsePortTerm('top-100')).toEqual({
      error: '"top-100" is not a port (1–65535), a range such as 8000-8100 or a known service',
    });
  });
});

describe('probeTasks', () => {
  it('yields host by host, TCP then UDP, lazily and with the hostname', async () => {
    const t = await resolveTargets(['b.example.test', '10.0.0.1'], {
      resolve: table({ 'b.example.test': ['10.0.0.2'] }),
    });
    const tasks = [...probeTasks(t, parsePorts('80,22,udp:53'))];
    expect(tasks).toEqual([
      { host: '10.0.0.1', port: 22, protocol: 'tcp' },
      { host: '10.0.0.1', port: 80, protocol: 'tcp' },
      { host: '10.0.0.1', port: 53, protocol: 'udp' },
      { host: '10.0.0.2', hostname: 'b.example.test', port: 22, protocol: 'tcp' },
      { host: '10.0.0.2', hostname: 'b.example.test', port: 80, protocol: 'tcp' },
      { host: '10.0.0.2', hostname: 'b.example.test', port: 53, protocol: 'udp' },
    ]);
    const big = probeTasks(await resolveTargets(['10.0.0.0/16']), parsePorts('all'));
    expect(big.next().value).toEqual({ host: '10.0.0.0', port: 1, protocol: 'tcp' });
  });
});
