import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOGUE,
  PROBE_NAMES,
  tlsInnerRecord,
  tlsName,
  udpAttempts,
  usualRecords,
  usualUdpAttempt,
} from '../../src/catalogue/index.js';
import { renderEvidenceDoc } from '../../src/catalogue/evidence-doc.js';
import { HOOKS } from '../../src/fingerprint/hooks.js';
import { PRODUCTS } from '../../src/fingerprint/products/table.js';
import { PRODUCT_FACT_DOCS } from '../../src/catalogue/records/web.js';
import { TCP_MODULES, UDP_MODULES } from '../../src/fingerprint/modules.js';
import { matchRules } from '../../src/fingerprint/rules.js';
import { lookupService, SERVICES } from '../../src/services.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The catalogue is the one source of the lists that used to be kept by hand; these checks keep
 * the rest agreeing with it: the service registry, the hooks, the evidence keys the parsers set,
 * and docs/evidence.md.
 */

describe('records', () => {
  test('names are unique and are the probe names', () => {
    expect(new Set(PROBE_NAMES).size).toBe(CATALOGUE.length);
    expect(PROBE_NAMES).toEqual(CATALOGUE.map((r) => r.name));
  });

  test.each(CATALOGUE.map((r) => [r.name, r] as const))(
    '%s: its service and TLS name are registry names, its usual ports registered',
    (_n, r) => {
      expect(lookupService(r.service)?.name).toBe(r.service);
      if (r.tls) expect(lookupService(r.tls.name)).toBeDefined();
      // Every port the registry gives the service is a usual port of its record (the registry may
      // name a port for another service too: 139 is netbios, carried by the smb record).
      const def = lookupService(r.service)!;
      for (const t of ['tcp', 'udp'] as const) {
        if (!r[t]) continue;
        const own = new Set([...r[t].ports, ...(t === 'tcp' ? (r.tls?.ports ?? []) : [])]);
        const missing = (def[t] ?? []).filter((p) => !own.has(p));
        expect({ [t]: missing }).toEqual({ [t]: [] });
        const unregistered = r[t].ports.filter((p) => !SERVICES.some((s) => s[t]?.includes(p)));
        expect({ [t]: unregistered }).toEqual({ [t]: [] });
      }
    },
  );

  test.each(CATALOGUE.map((r) => [r.name, r] as const))(
    '%s: every transport it speaks has a parser (a hook or match rules), every key a meaning',
    (name, r) => {
      const hooks = HOOKS[name] ?? {};
      if (r.tcp && name !== 'echo') expect(Boolean(hooks.tcp?.parse ?? r.matches?.length)).toBe(true);
      if (r.udp) expect(Boolean(hooks.udp?.parse ?? r.matches?.length)).toBe(true);
      if (r.tcp && !r.tcp.greeting && r.tcp.ports.length)
        expect(Boolean(hooks.tcp?.probe ?? r.tcp.probe)).toBe(true);
      for (const [key, doc] of Object.entries(r.evidence)) {
        // The HTTP record also declares the facts of the products behind HTTP (their own namespaces).
        const productFact = name === 'http' && Object.hasOwn(PRODUCT_FACT_DOCS, key);
        expect([key, key.startsWith(`${name}.`) || productFact]).toEqual([key, true]);
        expect(doc.meaning.length).toBeGreaterThan(3);
      }
    },
  );

  test('every hook belongs to a record of the same transport, under the same name', () => {
    for (const [name, hooks] of Object.entries(HOOKS)) {
      const r = CATALOGUE.find((x) => x.name === name);
      expect(r).toBeDefined();
      if (hooks.tcp) expect({ name, tcp: Boolean(r!.tcp) }).toEqual({ name, tcp: true });
      if (hooks.udp) expect({ name, udp: Boolean(r!.udp) }).toEqual({ name, udp: true });
      // A hook's own name, where it still states one, agrees with its record.
      if (hooks.tcp?.name) expect(hooks.tcp.name).toBe(name);
      if (hooks.udp?.name) expect(hooks.udp.name).toBe(name);
      if (hooks.tcp?.bannerFirst !== undefined) expect(hooks.tcp.bannerFirst).toBe(r!.tcp!.greeting === true);
    }
  });

  test('the engine runs one module per record and transport, in weight order', () => {
    expect(TCP_MODULES.map((m) => m.name)).toEqual(
      CATALOGUE.filter((r) => r.tcp)
        .sort((a, b) => b.tcp!.weight - a.tcp!.weight)
        .map((r) => r.name),
    );
    expect(UDP_MODULES.map((m) => m.name)).toEqual(
      CATALOGUE.filter((r) => r.udp)
        .sort((a, b) => b.udp!.weight - a.udp!.weight)
        .map((r) => r.name),
    );
  });
});

describe('derivations', () => {
  test('the TLS names and the protocol usual inside TLS on a port', () => {
    expect(['http', 'smtp', 'imap', 'pop3', 'ftp', 'ssh'].map((s) => [s, tlsName(s) ?? null])).toEqual([
      ['http', 'https'],
      ['smtp', 'smtps'],
      ['imap', 'imaps'],
      ['pop3', 'pop3s'],
      ['ftp', 'ftps'],
      ['ssh', null],
    ]);
    expect([443, 465, 993, 995, 990, 5986, 8443, 22].map((p) => tlsInnerRecord(p)?.name ?? null)).toEqual([
      'http',
      'smtp',
      'imap',
      'pop3',
      'ftp',
      'winrm',
      'http',
      null,
    ]);
    expect(usualRecords(993, 'tcp').map((r) => r.name)).toEqual(['tls']);
    expect(usualRecords(25, 'tcp').map((r) => r.name)).toEqual(['smtp']);
  });

  test('the UDP payloads: the usual one per port, and every one for a sweep, usual first, each once', () => {
    expect(usualUdpAttempt(4500)?.payload.bytes.subarray(0, 4)).toEqual(Buffer.alloc(4));
    expect(usualUdpAttempt(9999)).toBeUndefined();
    const all = CATALOGUE.flatMap((r) => r.udp?.payloads ?? []);
    for (const port of [53, 161, 4500, 9999]) {
      const attempts = udpAttempts(port);
      expect(attempts.map((a) => a.payload)).toEqual(expect.arrayContaining(all));
      expect(attempts).toHaveLength(all.length);
      const usual = usualUdpAttempt(port);
      if (usual) expect(attempts[0].payload).toBe(usual.payload);
    }
    expect(udpAttempts(9999)[0].record.name).toBe('dns');
  });

  test('no UDP payload is large or asks for a large answer (a probe never makes an amplifier)', () => {
    for (const r of CATALOGUE)
      for (const p of r.udp?.payloads ?? [])
        expect({ probe: r.name, small: p.bytes.length <= 512 }).toEqual({ probe: r.name, small: true });
  });
});

describe('match rules', () => {
  const ssdp = CATALOGUE.find((r) => r.name === 'ssdp')!;
  test('a search response names SSDP, its SERVER header as text', () => {
    const id = matchRules(
      ssdp,
      Buffer.from(
        'HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nST: upnp:rootdevice\r\nSERVER: Linux/6.1 UPnP/1.1 MiniUPnPd/2.3\x07\r\nUSN: uuid:1::upnp:rootdevice\r\n\r\n',
        'latin1',
      ),
    );
    expect(id).toEqual({
      service: 'ssdp',
      evidence: { 'ssdp.answered': true, 'ssdp.server': 'Linux/6.1 UPnP/1.1 MiniUPnPd/2.3' },
      confident: true,
    });
  });
  test('an HTTP answer without the search headers is not SSDP; nothing throws on garbage', () => {
    expect(matchRules(ssdp, Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'))).toBeUndefined();
    expect(matchRules(ssdp, Buffer.alloc(64, 0xff))).toBeUndefined();
    expect(matchRules(ssdp, Buffer.alloc(0))).toBeUndefined();
  });
});

describe('evidence keys', () => {
  const declared = new Set(CATALOGUE.flatMap((r) => Object.keys(r.evidence)));
  const prefixes = new Set(CATALOGUE.map((r) => r.name));

  test('every key a parser or hook sets is declared in its record', () => {
    const dir = join(ROOT, 'src', 'fingerprint');
    const files = [
      ...readdirSync(join(dir, 'protocols')).map((f) => join(dir, 'protocols', f)),
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    ];
    const used = new Set<string>();
    for (const file of files)
      for (const m of readFileSync(file, 'utf8').matchAll(/'([a-z0-9]+)\.([a-z0-9_]+)'/g))
        if (prefixes.has(m[1]) && !/^(js|ts)$/.test(m[2])) used.add(`${m[1]}.${m[2]}`);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !declared.has(k)).sort()).toEqual([]);
  });

  test('every fact of a product behind HTTP is declared, with its proof key', () => {
    const keys = new Set<string>();
    const walk = (ns: string, value: unknown): void => {
      if (!value || typeof value !== 'object' || value instanceof RegExp || Buffer.isBuffer(value)) return;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (k === 'facts' && v && typeof v === 'object')
          for (const f of Object.keys(v)) keys.add(`${ns}.${f}`);
        else walk(ns, v);
      }
    };
    for (const product of PRODUCTS) walk(product.ns, product);
    expect(keys.size).toBeGreaterThan(10);
    const missing = [...keys].flatMap((k) => [k, `${k}_proof`]).filter((k) => !declared.has(k));
    expect(missing.sort()).toEqual([]);
  });

  test('docs/evidence.md is the catalogue rendered (run `npm run docs:evidence` after changing a record)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'evidence.md'), 'utf8')).toBe(renderEvidenceDoc());
  });
});
