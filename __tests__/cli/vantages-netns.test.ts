import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureBuilt } from '../helpers/cli.js';
import { namespaceSkipReason } from '../prober/netns.js';

/**
 * Segmentation proven from both sides, for real (issue 16, item 6): a server namespace with
 * real listeners behind nftables rules, and two client namespaces as vantages. From `internal`
 * everything answers; from `untrusted` the firewall drops the database port and rejects SSH.
 * Each vantage scans as two shard processes run in parallel; one merge judges all four
 * reports, and its verdicts must say what the firewall allows.
 */

const skip = namespaceSkipReason(['nft']);
if (skip) console.log(`vantage namespace tests skipped: ${skip}`);
const d = skip ? describe.skip : describe;

const WEB = 18443;
const DB = 15432;
const SSH = 12222;
const id = process.pid % 10000;
const octet = (process.pid % 200) + 20;
const SERVICE = `10.216.${octet}.100`; // the server's address, reached by both clients
const SERVER = `pc-vsrv-${process.pid}`;
const CLIENTS = { internal: `pc-vint-${process.pid}`, untrusted: `pc-vunt-${process.pid}` } as const;
/** Each client's link: client end .2/.6, server end .1/.5. */
const LINKS = {
  internal: { client: `10.216.${octet}.2`, server: `10.216.${octet}.1`, ifs: [`pcvi${id}s`, `pcvi${id}c`] },
  untrusted: { client: `10.216.${octet}.6`, server: `10.216.${octet}.5`, ifs: [`pcvu${id}s`, `pcvu${id}c`] },
} as const;

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const inNs = (ns: string, command: string, args: string[], input?: string) =>
  execFileSync('ip', ['netns', 'exec', ns, command, ...args], {
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  }).toString();

function cli(
  ns: string | undefined,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const command = ns ? 'ip' : process.execPath;
    const argv = ns ? ['netns', 'exec', ns, process.execPath, BIN, ...args] : [BIN, ...args];
    const child = spawn(command, argv, {
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`portcullis did not finish in time\n${stdout}\n${stderr}`));
    }, 90_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

interface Report {
  result: string;
  ports: { host: string; port: number }[];
  verdicts: {
    port: number;
    vantage?: string;
    outcome: string;
    message: string;
    requirements: Record<string, { state: string; detail: string }>;
  }[];
  observations: { port: number; vantage: string; state: string }[];
  scan: {
    shard?: { index: number; count: number };
    merged?: { groups: { vantage: string; present: number[] }[] };
  };
}

d('vantages and shards across network namespaces behind nftables', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let policy: string;

  const cleanup = () => {
    if (server?.pid && server.exitCode === null) process.kill(server.pid, 'SIGKILL');
    for (const link of Object.values(LINKS)) {
      try {
        ip('link', 'del', link.ifs[1]);
      } catch {
        // gone with its namespace
      }
    }
    for (const ns of [SERVER, ...Object.values(CLIENTS)]) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // never created
      }
    }
  };

  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'portcullis-vantages-'));
    try {
      ip('netns', 'add', SERVER);
      inNs(SERVER, 'ip', ['link', 'set', 'lo', 'up']);
      inNs(SERVER, 'ip', ['addr', 'add', `${SERVICE}/32`, 'dev', 'lo']);
      for (const [vantage, link] of Object.entries(LINKS)) {
        const ns = CLIENTS[vantage as keyof typeof CLIENTS];
        ip('netns', 'add', ns);
        ip(
          'link',
          'add',
          link.ifs[1],
          'netns',
          ns,
          'type',
          'veth',
          'peer',
          'name',
          link.ifs[0],
          'netns',
          SERVER,
        );
        inNs(SERVER, 'ip', ['addr', 'add', `${link.server}/30`, 'dev', link.ifs[0]]);
        inNs(SERVER, 'ip', ['link', 'set', link.ifs[0], 'up']);
        inNs(ns, 'ip', ['link', 'set', 'lo', 'up']);
        inNs(ns, 'ip', ['addr', 'add', `${link.client}/30`, 'dev', link.ifs[1]]);
        inNs(ns, 'ip', ['link', 'set', link.ifs[1], 'up']);
        inNs(ns, 'ip', ['route', 'add', `${SERVICE}/32`, 'via', link.server]);
      }
      // The segmentation under test: from the untrusted client, the database is dropped
      // (filtered) and SSH rejected (closed); the internal client reaches everything.
      inNs(
        SERVER,
        'nft',
        ['-f', '-'],
        `table inet portcullis_vantages {
          chain input {
            type filter hook input priority 0; policy accept;
            ip saddr ${LINKS.untrusted.client} tcp dport ${DB} drop
            ip saddr ${LINKS.untrusted.client} tcp dport ${SSH} reject with tcp reset
          }
        }`,
      );
      const script = join(dir, 'server.mjs');
      writeFileSync(
        script,
        `import net from 'node:net';
const ssh = (s) => { s.on('error', () => {}); s.end('SSH-2.0-OpenSSH_9.6p1 Debian-3\\r\\n'); };
const drop = (s) => { s.on('error', () => {}); s.destroy(); };
let up = 0;
for (const [port, handler] of [[${WEB}, drop], [${DB}, drop], [${SSH}, ssh]])
  net.createServer(handler).listen(port, '${SERVICE}', () => { if (++up === 3) console.log('ready'); });
setTimeout(() => process.exit(0), 300000).unref();
`,
      );
      server = spawn('ip', ['netns', 'exec', SERVER, process.execPath, script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('the server namespace did not start listening')),
          20_000,
        );
        server!.stdout!.on('data', (c: Buffer) => {
          if (c.toString().includes('ready')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    } catch (err) {
      cleanup();
      throw err;
    }
    policy = join(dir, 'policy.yml');
    writeFileSync(
      policy,
      [
        'version: 1',
        'default: deny',
        'unverified: fail',
        'allow:',
        `  - { id: web, port: ${WEB} }`,
        `  - { id: ssh, port: ${SSH}, service: ssh }`,
        `  - { id: db-inside, port: ${DB}, vantages: [internal] }`,
        'remote_access:',
        '  require: { vpn: true }',
        '',
      ].join('\n'),
    );
  }, 60_000);

  afterAll(() => {
    cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Both vantages, two shards each, all four processes at once. */
  async function scanAll(tag: string): Promise<string[]> {
    const jobs = (['internal', 'untrusted'] as const).flatMap((vantage) =>
      [1, 2].map((k) => {
        const file = join(dir, `${tag}-${vantage}-${k}.json`);
        return cli(CLIENTS[vantage], [
          'scan',
          '--targets',
          SERVICE,
          '--ports',
          `${WEB},${DB},${SSH},${WEB + 1}`,
          '--policy',
          policy,
          '--probes',
          'ssh',
          '--timeout',
          '1s',
          '--retries',
          '0',
          '--vantage',
          vantage,
          '--shard',
          `${k}/2`,
          '--json',
          file,
        ]).then((r) => {
          expect([r.code, r.stderr]).toEqual([expect.any(Number), expect.not.stringMatching(/error/i)]);
          return file;
        });
      }),
    );
    return Promise.all(jobs);
  }

  it('merges to what the firewall allows: vpn verified from both sides, the database only from inside', async () => {
    const files = await scanAll('segmented');
    const shard = JSON.parse(readFileSync(files[0], 'utf8')) as Report;
    expect(shard.scan.shard).toEqual({ index: 1, count: 2 });
    const out = join(dir, 'segmented.json');
    const merged = await cli(undefined, [
      'merge',
      ...files,
      '--policy',
      policy,
      '--json',
      out,
      '--markdown',
      join(dir, 'm.md'),
    ]);
    expect(merged.stderr).not.toMatch(/error/i);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.scan.merged?.groups.map((g) => `${g.vantage} ${g.present.join(',')}`)).toEqual([
      'untrusted 1,2',
      'internal 1,2',
    ]);
    const state = (port: number, vantage: string) =>
      report.observations.find((o) => o.port === port && o.vantage === vantage)?.state;
    expect(state(WEB, 'untrusted')).toBe('open');
    expect(state(DB, 'untrusted')).toBe('not open');
    expect(state(SSH, 'untrusted')).toBe('not open');
    expect(state(DB, 'internal')).toBe('open');
    expect(state(SSH, 'internal')).toBe('open');
    const verdict = (port: number, vantage: string) =>
      report.verdicts.find((v) => v.port === port && v.vantage === vantage);
    expect(verdict(SSH, 'internal')?.requirements.vpn?.state).toBe('verified');
    expect(verdict(SSH, 'internal')?.outcome).toBe('pass');
    expect(verdict(DB, 'internal')?.outcome).toBe('pass');
    expect(verdict(DB, 'untrusted')).toBeUndefined();
    expect(report.result).toBe('pass');
    expect(merged.code).toBe(0);
    expect(readFileSync(join(dir, 'm.md'), 'utf8')).toContain('#### Reachability by vantage');
  }, 120_000);

  it('when the firewall lets the untrusted client reach the database and SSH, the merge fails, citing that vantage', async () => {
    inNs(SERVER, 'nft', ['flush', 'table', 'inet', 'portcullis_vantages']);
    const files = await scanAll('open');
    const out = join(dir, 'open.json');
    const merged = await cli(undefined, ['merge', ...files, '--policy', policy, '--json', out]);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(merged.code).toBe(1);
    const db = report.verdicts.find((v) => v.port === DB && v.vantage === 'untrusted');
    expect(db?.outcome).toBe('fail');
    expect(db?.message).toContain('seen from the untrusted vantage');
    // SSH is now reachable from outside: vpn is violated from both vantages' verdicts.
    expect(
      report.verdicts.find((v) => v.port === SSH && v.vantage === 'untrusted')?.requirements.vpn?.state,
    ).toBe('violated');
    expect(
      report.verdicts.find((v) => v.port === SSH && v.vantage === 'internal')?.requirements.vpn?.state,
    ).toBe('violated');
  }, 120_000);
});
