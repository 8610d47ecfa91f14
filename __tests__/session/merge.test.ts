/**
 * portcullis merge: shard reports of real scans of this test's own loopback listeners
 * (127.46.16.0/24) joined and judged once.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report, Vantage } from '../../src/model.js';
import { RuntimeFailure } from '../../src/errors.js';
import { run } from '../../src/run.js';
import { mergeReports } from '../../src/session.js';

const HOSTS = ['127.46.16.1', '127.46.16.2'];
const SSH_HOST = '127.46.16.9';
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
/** Close a listener and whatever connection a probe left open. */
function close(server: net.Server): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((r) => server.close(() => r()));
}
let dir: string;
let policyFile: string;
let vantagePolicy: string;
/** The listening ports, per host; the ports probed are a range around them. */
const open: Record<string, number[]> = {};
let lo = 0;
let hi = 0;

function listen(host: string, port = 0, onConnection?: (s: net.Socket) => void): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((s) => {
      s.on('error', () => undefined);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      (onConnection ?? ((c: net.Socket) => c.destroy()))(s);
    });
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'portcullis-merge-'));
  // Three listeners per host on ports next to each other, so one small range holds them all.
  const first = await listen(HOSTS[0]);
  const base = (first.address() as net.AddressInfo).port;
  await new Promise<void>((r) => first.close(() => r()));
  for (const host of HOSTS) {
    open[host] = [];
    for (const offset of [1, 4, host === HOSTS[0] ? 6 : 7]) {
      servers.push(await listen(host, base + offset));
      open[host].push(base + offset);
    }
  }
  lo = base;
  hi = base + 9;
  policyFile = join(dir, 'policy.yml');
  await writeFile(
    policyFile,
    [
      'version: 1',
      'default: deny',
      'allow:',
      `  - { port: ${base + 1}, protocol: tcp }`,
      'deny:',
      `  - { port: ${base + 4}, reason: "not this one" }`,
      '',
    ].join('\n'),
  );
  vantagePolicy = join(dir, 'vantages.yml');
  await writeFile(
    vantagePolicy,
    [
      'version: 1',
      'default: deny',
      'unverified: warn',
      'allow:',
      '  - { service: ssh }',
      // Segmentation: the database port only from inside.
      `  - { port: ${base + 7}, vantages: [internal] }`,
      'remote_access:',
      '  require: { vpn: true }',
      '',
    ].join('\n'),
  );
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map(close));
  await rm(dir, { recursive: true, force: true });
});

const scanOf = (
  shard: { index: number; count: number } | undefined,
  vantage: Vantage = 'untrusted',
  ports?: string,
) =>
  run({
    targets: HOSTS,
    ports: ports ?? `${lo}-${hi}`,
    policyFile,
    fingerprint: false,
    vantage,
    timeoutMs: 2000,
    ...(shard ? { shard } : {}),
  });

/** Merge in-memory reports: each becomes a "file" the merge reads one at a time. */
function mergeThese(
  reports: Report[],
  options: { allowPartial?: boolean; policyFile?: string; baselineFile?: string; failOn?: 'new' } = {},
) {
  const files = reports.map((_, i) => `shard-${i}.json`);
  return mergeReports({
    reports: files,
    policyFile: options.policyFile ?? policyFile,
    allowPartial: options.allowPartial,
    baselineFile: options.baselineFile,
    failOn: options.failOn,
    read: async (f) => JSON.stringify(reports[files.indexOf(f)]),
  });
}

const openPorts = (r: Report) => r.ports.map((p) => `${p.host}:${p.port}/${p.protocol}`);
const judged = (r: Report) =>
  r.verdicts.map((v) => ({
    at: `${v.host}:${v.port}`,
    outcome: v.outcome,
    rule: v.rule.id,
    message: v.message,
  }));

describe('merge: shards', () => {
  test('for any split, the merged shards give the open ports and verdicts of one unsharded scan', async () => {
    const whole = await scanOf(undefined);
    expect(openPorts(whole)).toHaveLength(6);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 7 }), fc.boolean(), async (n, reversed) => {
        const shards: Report[] = [];
        for (let k = 1; k <= n; k++) shards.push(await scanOf({ index: k, count: n }));
        // Each shard probed its own part; together, the whole.
        expect(shards.reduce((s, r) => s + r.scan.counts.probed, 0)).toBe(whole.scan.counts.probed);
        expect(new Set(shards.map((r) => r.scan.digest)).size).toBe(1);
        expect(shards[0].scan.digest).toBe(whole.scan.digest);
        const merged = await mergeThese(reversed ? [...shards].reverse() : shards);
        expect(openPorts(merged)).toEqual(openPorts(whole));
        expect(judged(merged)).toEqual(judged(whole));
        expect(merged.result).toBe(whole.result);
        expect(merged.summary).toEqual(whole.summary);
        expect(merged.scan.counts).toEqual(whole.scan.counts);
        expect(merged.partial).toBe(false);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  test('a missing shard is an error that names it; --allow-partial makes a partial report that never passes', async () => {
    const shards = [await scanOf({ index: 1, count: 3 }), await scanOf({ index: 3, count: 3 })];
    const err = await mergeThese(shards).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuntimeFailure);
    expect((err as Error).message).toContain('shard 2/3 is missing');
    const partial = await mergeThese(shards, { allowPartial: true });
    expect(partial.partial).toBe(true);
    expect(partial.partialReason).toBe('missing-shards');
    expect(partial.result).toBe('fail');
    expect(partial.notices[0]).toContain('Shard 2/3');
    expect(partial.scan.merged?.groups[0]).toMatchObject({ shards: 3, present: [1, 3], missing: [2] });
  }, 60_000);

  test('with a baseline (an earlier report) and fail-on new, the merged shards fail only on what is new', async () => {
    const whole = await scanOf(undefined);
    const baselineFile = join(dir, 'baseline.json');
    await writeFile(baselineFile, JSON.stringify(whole));
    const shards = [await scanOf({ index: 1, count: 2 }), await scanOf({ index: 2, count: 2 })];
    const merged = await mergeThese(shards, { baselineFile, failOn: 'new' });
    expect(whole.result).toBe('fail');
    expect(merged.verdicts.filter((v) => v.outcome !== 'pass').map((v) => v.baseline)).toEqual(
      merged.verdicts.filter((v) => v.outcome !== 'pass').map(() => 'unchanged'),
    );
    expect(merged.verdicts.filter((v) => v.judged === 'fail')).toHaveLength(4);
    expect(merged.summary.newViolations).toBe(0);
    expect(merged.result).toBe('pass');
  }, 60_000);

  test('a shard given twice is an error that names it and both files', async () => {
    const one = await scanOf({ index: 1, count: 2 });
    const two = await scanOf({ index: 2, count: 2 });
    const err = await mergeThese([one, two, one]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuntimeFailure);
    expect((err as Error).message).toContain('shard 1/2 appears more than once (shard-2.json)');
  }, 60_000);

  test('reports of different scans (another port list) are refused', async () => {
    const one = await scanOf({ index: 1, count: 2 });
    const other = await scanOf({ index: 2, count: 2 }, 'untrusted', `${lo}-${hi + 1}`);
    const err = await mergeThese([one, other]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuntimeFailure);
    expect((err as Error).message).toContain('different scans');
  }, 60_000);
});

describe('merge: vantages', () => {
  test('ssh closed from untrusted and open from vpn: vpn verified, citing both; the database reached from outside fails, citing the vantage; unprobed is not observed', async () => {
    // The SSH listener is up only for the vpn scan: from "outside" the port is closed.
    const probe = await listen(SSH_HOST);
    const sshPort = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const outside = await run({
      targets: [SSH_HOST, HOSTS[1]],
      ports: `${sshPort},${hi - 2}`,
      policyFile: vantagePolicy,
      vantage: 'untrusted',
      probes: ['ssh'],
      timeoutMs: 2000,
    });
    const ssh = await listen(SSH_HOST, sshPort, (s) => {
      s.end('SSH-2.0-OpenSSH_9.6p1 Debian-3\r\n');
    });
    try {
      const inside = await run({
        targets: [SSH_HOST, HOSTS[1]],
        // The vpn runner also probes a port the outside one never did.
        ports: `${sshPort},${hi - 2},${lo + 4}`,
        policyFile: vantagePolicy,
        vantage: 'vpn',
        probes: ['ssh'],
        timeoutMs: 2000,
      });
      const alone = inside.verdicts.find((v) => v.port === sshPort)!;
      expect(alone.requirements.vpn.state).toBe('unverified');

      const merged = await mergeThese([outside, inside], { policyFile: vantagePolicy });
      const sshVerdict = merged.verdicts.find((v) => v.port === sshPort && v.vantage === 'vpn')!;
      expect(sshVerdict.requirements.vpn.state).toBe('verified');
      expect(sshVerdict.requirements.vpn.detail).toMatch(
        /open from the vpn vantage and closed.*from the untrusted vantage/,
      );
      expect(sshVerdict.outcome).toBe('pass');

      // The database port (allowed only from internal) is open from both: both fail, each citing its vantage.
      const db = merged.verdicts.filter((v) => v.port === hi - 2);
      expect(db.map((v) => v.vantage).sort()).toEqual(['untrusted', 'vpn']);
      for (const v of db) {
        expect(v.outcome).toBe('fail');
        expect(v.message).toContain(`seen from the ${v.vantage} vantage`);
      }

      const obs = (host: string, port: number, vantage: Vantage) =>
        merged.observations!.find((o) => o.host === host && o.port === port && o.vantage === vantage)?.state;
      expect(obs(SSH_HOST, sshPort, 'untrusted')).toBe('not open');
      expect(obs(SSH_HOST, sshPort, 'vpn')).toBe('open');
      // Probed only from the vpn vantage: not observed from outside, never "closed".
      expect(obs(HOSTS[1], lo + 4, 'vpn')).toBe('open');
      expect(obs(HOSTS[1], lo + 4, 'untrusted')).toBe('not observed');
      expect(merged.scan.merged?.groups.map((g) => g.vantage)).toEqual(['untrusted', 'vpn']);
    } finally {
      await close(ssh);
    }
  }, 60_000);
});
