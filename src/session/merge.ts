import { readFile } from 'node:fs/promises';
import type {
  Finding,
  Logger,
  MergedFrom,
  Observation,
  ObservedState,
  PartialReason,
  Report,
  ScanCounts,
  Vantage,
} from '../model.js';
import { silentLogger } from '../model.js';
import { RuntimeFailure } from '../errors.js';
import { judge, LIMITS } from '../run.js';
import { loadPolicy, type GateFailOn, type ObservedFrom, type Policy } from '../policy/index.js';
import { buildReport, parseReport } from '../report/index.js';
import { loadBaseline } from './rules.js';
import {
  addressSortKey,
  parsePorts,
  resolveTargets,
  type PortSet,
  type TargetSet,
} from '../targets/index.js';
import { noun, plural } from '../words.js';
import { isEmptyObject } from '../objects.js';

/**
 * `portcullis merge` (and the action's merge mode): the reports of a split scan's shards, and
 * of scans from several vantages, joined into one report judged once. Reports are grouped by
 * vantage; each group must come from one scan (one digest) and hold each of its N shards
 * exactly once. Reports are read one at a time and only what merging needs is kept: the open
 * ports, the counts, the names' addresses and which shards were seen.
 */

export interface MergeOptions {
  /** The JSON reports to merge (local files: shard jobs' artifacts, once downloaded). */
  reports: string[];
  policyFile: string;
  /** A policy already loaded. */
  policy?: Policy;
  /** Merge even when a shard is missing or repeated: the report is partial (never a pass) and says which. */
  allowPartial?: boolean;
  /** A baseline file (or an earlier JSON report): marks verdicts new, unchanged or gone, for `fail-on: new`. */
  baselineFile?: string;
  failOn?: GateFailOn;
  /** The flag or input each setting came from, for messages. */
  sources?: { failOn?: string; allowPartial?: string; baseline?: string };
  logger?: Logger;
  now?: Date;
  /** Reads a report file (default: the file system). */
  read?: (file: string) => Promise<string>;
}

const VANTAGE_ORDER: readonly Vantage[] = ['untrusted', 'vpn', 'internal'];

interface Group {
  vantage: Vantage;
  digest?: string;
  count: number;
  /** The first file of each shard index. */
  shards: Map<number, string>;
  duplicated: Map<number, string[]>;
  targets: string[];
  ports: string;
  resolved: Map<string, Set<string>>;
  /** Names whose addresses differed between shards. */
  resolvedDiffer: Set<string>;
  findings: Map<string, Finding>;
  /** Each address text once (the rows share it). */
  hosts: Map<string, string>;
  /** Closed and filtered states, from shard reports written with --list-all. */
  others: Map<string, ObservedState>;
  counts: ScanCounts;
  partial?: PartialReason;
}

const NO_RISK: readonly never[] = Object.freeze([]);
const NO_EVIDENCE: Finding['evidence'] = Object.freeze({});

const endpointKey = (e: { host: string; port: number; protocol: string }) =>
  `${e.protocol}|${e.host}|${e.port}`;

/** Merge shard and vantage reports into one report, judged once by the policy. */
export async function mergeReports(options: MergeOptions): Promise<Report> {
  const logger = options.logger ?? silentLogger;
  const read = options.read ?? ((file: string) => readFile(file, 'utf8'));
  if (options.reports.length === 0) throw new RuntimeFailure('merge: no reports to merge');
  const policy = options.policy ?? (await loadPolicy(options.policyFile));
  const baseline = options.baselineFile
    ? await loadBaseline(options.baselineFile, options.sources?.baseline ?? '--baseline')
    : undefined;
  const groups = new Map<Vantage, Group>();
  let first = Infinity;
  let last = -Infinity;
  for (const file of options.reports) {
    // One report at a time: parsed, folded into its group, and let go.
    const report = parseReport(await read(file), file);
    const started = Date.parse(report.startedAt);
    if (Number.isFinite(started)) {
      first = Math.min(first, started);
      last = Math.max(last, started + report.durationMs);
    }
    fold(groups, report, file);
  }

  const notices: string[] = [];
  const missingNotes: string[] = [];
  for (const g of order(groups)) {
    const missing = missingOf(g);
    const problems = [
      ...missing.map((k) => `shard ${k}/${g.count} is missing`),
      ...[...g.duplicated].map(
        ([k, files]) => `shard ${k}/${g.count} appears more than once (${files.join(', ')})`,
      ),
    ];
    if (problems.length) {
      const what = `the ${g.vantage} vantage's scan${g.digest ? ` (${g.digest.slice(0, 19)}…)` : ''}`;
      if (!options.allowPartial)
        throw new RuntimeFailure(
          `merge: ${what}: ${problems.join('; ')}. Give every shard's report exactly once, or merge with ${options.sources?.allowPartial ?? '--allow-partial'} for a partial report that cannot pass.`,
        );
      if (missing.length)
        missingNotes.push(
          `${noun(missing.length, 'Shard')} ${missing.map((k) => `${k}/${g.count}`).join(', ')} of ${what} ${noun(missing.length, 'is', 'are')} missing: this merged report covers only what the other shards probed (those ports are not observed), so it cannot pass.`,
        );
      for (const [k, files] of g.duplicated)
        notices.push(
          `Shard ${k}/${g.count} of ${what} was given more than once; only the first (${g.shards.get(k)}) was merged, not ${files.join(', ')}.`,
        );
    }
    if (g.resolvedDiffer.size)
      notices.push(
        `The shards of the ${g.vantage} vantage resolved ${[...g.resolvedDiffer].map((n) => `"${n}"`).join(', ')} to different addresses (${[...g.resolvedDiffer].map((n) => [...(g.resolved.get(n) ?? [])].join(' ')).join('; ')}); the split follows the address list, so each address is judged on the observations it has.`,
      );
  }

  const list = order(groups);
  const multi = list.length > 1;
  const primary = list[0]!;
  const findings: Finding[] = [];
  for (const g of list)
    for (const f of g.findings.values()) findings.push(multi ? { ...f, vantage: g.vantage } : f);
  sortFindings(findings);

  const views = new Map<Vantage, View>();
  for (const g of list) views.set(g.vantage, await viewOf(g));
  const observed: ObservedFrom = (e, v) => {
    const view = views.get(v);
    return view ? stateFrom(view, e) : undefined;
  };

  const partialReason: PartialReason | undefined = missingNotes.length
    ? 'missing-shards'
    : list.find((g) => g.partial)?.partial;
  const partial = partialReason !== undefined;
  const now = options.now ?? new Date();
  const context = {
    vantage: primary.vantage,
    now,
    partial,
    ...(baseline ? { baseline } : {}),
    ...(multi ? { observed } : {}),
    ...(options.failOn !== undefined
      ? { failOn: options.failOn, failOnFrom: options.sources?.failOn ?? '--fail-on' }
      : {}),
  };
  const { evaluation } = await judge(findings, policy, context, { logger });

  const observations: Observation[] = [];
  // Findings are sorted, so one endpoint's rows (one per vantage) are next to each other.
  const listViews = list.map((g) => views.get(g.vantage)!);
  let lastKey = '';
  for (const e of findings) {
    const key = endpointKey(e);
    if (key === lastKey) continue;
    lastKey = key;
    for (const view of listViews) {
      const o: Observation = {
        host: e.host,
        port: e.port,
        protocol: e.protocol,
        vantage: view.group.vantage,
        // A row of this vantage's own findings says its state itself: no lookup.
        state:
          !multi || e.vantage === view.group.vantage
            ? e.state === 'open|filtered'
              ? 'open|filtered'
              : 'open'
            : stateFrom(view, e, key),
      };
      if (e.hostname !== undefined) o.hostname = e.hostname;
      observations.push(o);
    }
  }

  const counts = list.reduce<ScanCounts>(
    (sum, g) => {
      for (const k of Object.keys(sum) as (keyof ScanCounts)[]) sum[k] = (sum[k] ?? 0) + (g.counts[k] ?? 0);
      return sum;
    },
    { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 },
  );
  const resolved: Record<string, string[]> = {};
  for (const g of list)
    for (const [name, addresses] of g.resolved)
      resolved[name] = [...new Set([...(resolved[name] ?? []), ...addresses])];
  const merged: MergedFrom = {
    reports: options.reports.length,
    groups: list.map((g) => ({
      vantage: g.vantage,
      ...(g.digest ? { digest: g.digest } : {}),
      shards: g.count,
      present: [...g.shards.keys()].sort((a, b) => a - b),
      missing: missingOf(g),
      duplicated: [...g.duplicated.keys()].sort((a, b) => a - b),
    })),
  };
  const startedAt = Number.isFinite(first) ? new Date(first) : now;
  const report = buildReport({
    startedAt,
    finishedAt: Number.isFinite(last) ? new Date(last) : startedAt,
    partial,
    ...(partialReason
      ? {
          stop: {
            partial: partialReason,
            notice:
              missingNotes.join(' ') ||
              `A merged report was partial (${partialReason}); the merge covers only what it saw, so it cannot pass.`,
          },
        }
      : {}),
    notices,
    policy: {
      file: policy.file,
      mode: policy.mode,
      failOn: evaluation.gate.failOn,
      ...(evaluation.gate.from !== undefined ? { failOnFrom: evaluation.gate.from } : {}),
    },
    scan: {
      targets: [...new Set(list.flatMap((g) => g.targets))],
      ports: [...new Set(list.map((g) => g.ports))].join(' + '),
      vantage: primary.vantage,
      counts,
      ...(Object.keys(resolved).length ? { resolved } : {}),
      ...(!multi && primary.digest ? { digest: primary.digest } : {}),
      merged,
    },
    findings,
    evaluation,
    context,
  });
  report.observations = observations;
  logger.info(
    `merged ${plural(options.reports.length, 'report')} from ${list.map((g) => `${g.vantage} (${g.shards.size}/${g.count} shards)`).join(', ')}: ${plural(findings.length, 'open port')}`,
  );
  return report;
}

/**
 * By address (in numeric order, as the prober sorts), protocol, port, then vantage. Each
 * address's sort key is made once and each row gets one number, so the sort compares numbers:
 * comparing addresses row against row parsed them again at every comparison (a million rows
 * made some twenty million keys, mostly garbage collection).
 */
function sortFindings(findings: Finding[]): void {
  const hostKeys = new Map<string, string>();
  for (const f of findings) if (!hostKeys.has(f.host)) hostKeys.set(f.host, addressSortKey(f.host));
  // One rank per address text (two spellings of one address, never seen from the prober, keep
  // their rows apart), so one endpoint's rows stay next to each other.
  const ranks = new Map<string, number>();
  [...hostKeys.keys()]
    .sort((a, b) => {
      const ka = hostKeys.get(a)!;
      const kb = hostKeys.get(b)!;
      return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    })
    .forEach((h, i) => ranks.set(h, i));
  const keys = new Float64Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const rank = ranks.get(f.host)!;
    keys[i] =
      ((rank * 2 + (f.protocol === 'tcp' ? 0 : 1)) * 65536 + f.port) * 4 +
      VANTAGE_ORDER.indexOf(f.vantage ?? 'untrusted');
  }
  const order = Array.from({ length: findings.length }, (_, i) => i);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  const sorted = order.map((i) => findings[i]);
  for (let i = 0; i < sorted.length; i++) findings[i] = sorted[i];
}

function order(groups: Map<Vantage, Group>): Group[] {
  return VANTAGE_ORDER.map((v) => groups.get(v)).filter((g): g is Group => g !== undefined);
}

function missingOf(g: Group): number[] {
  const out: number[] = [];
  for (let k = 1; k <= g.count; k++) if (!g.shards.has(k)) out.push(k);
  return out;
}

/** Fold one report into its vantage's group, or refuse it when it belongs to another scan. */
function fold(groups: Map<Vantage, Group>, report: Report, file: string): void {
  const scan = report.scan;
  const shard = scan.shard ?? { index: 1, count: 1 };
  let g = groups.get(scan.vantage);
  if (!g) {
    g = {
      vantage: scan.vantage,
      digest: scan.digest,
      count: shard.count,
      shards: new Map(),
      duplicated: new Map(),
      targets: scan.targets,
      ports: scan.ports,
      resolved: new Map(),
      resolvedDiffer: new Set(),
      findings: new Map(),
      hosts: new Map(),
      others: new Map(),
      counts: { probed: 0, open: 0, closed: 0, filtered: 0, openFiltered: 0 },
    };
    groups.set(scan.vantage, g);
  } else {
    const firstFile = g.shards.values().next().value ?? 'the first report';
    if (scan.digest !== g.digest)
      throw new RuntimeFailure(
        `merge: ${file} and ${firstFile} are both from the ${scan.vantage} vantage but from different scans (inputs digest ${scan.digest ?? 'none'} vs ${g.digest ?? 'none'}): the shards of one scan share their targets, ports, policy and options. Merge each scan's reports apart, or run the shards again with the same inputs.`,
      );
    if (shard.count !== g.count)
      throw new RuntimeFailure(
        `merge: ${file} is shard ${shard.index}/${shard.count} but ${firstFile} is one of ${g.count} shards of the same scan (${scan.vantage} vantage): every shard job must use the same N.`,
      );
  }
  if (g.shards.has(shard.index)) {
    g.duplicated.set(shard.index, [...(g.duplicated.get(shard.index) ?? []), file]);
    return;
  }
  g.shards.set(shard.index, file);
  if (report.partial) g.partial ??= report.partialReason ?? 'interrupted';
  for (const k of Object.keys(g.counts) as (keyof ScanCounts)[])
    g.counts[k] = (g.counts[k] ?? 0) + (scan.counts[k] ?? 0);
  for (const [name, addresses] of Object.entries(scan.resolved ?? {})) {
    const known = g.resolved.get(name);
    if (!known) {
      g.resolved.set(name, new Set(addresses));
      continue;
    }
    if (known.size !== addresses.length || addresses.some((a) => !known.has(a))) g.resolvedDiffer.add(name);
    for (const a of addresses) known.add(a);
  }
  for (const f of report.ports) {
    // One string per address, not one per row: a million rows name a few thousand addresses.
    f.host = g.hosts.get(f.host) ?? (g.hosts.set(f.host, f.host), f.host);
    // Most rows have no risk class and no evidence: they share one frozen empty of each.
    if (Array.isArray(f.risk) && f.risk.length === 0) f.risk = NO_RISK as unknown as Finding['risk'];
    if (
      typeof f.evidence === 'object' &&
      f.evidence !== null &&
      !Array.isArray(f.evidence) &&
      isEmptyObject(f.evidence)
    )
      f.evidence = NO_EVIDENCE;
    const key = endpointKey(f);
    // A port the listener table added shows up in every shard: keep the one that was probed.
    const had = g.findings.get(key);
    if (!had || (had.reason === 'listening' && f.reason !== 'listening')) g.findings.set(key, f);
  }
  for (const o of report.otherPorts ?? [])
    if (o.state === 'closed' || o.state === 'filtered') g.others.set(endpointKey(o), o.state);
}

/** What one vantage's scan covered: its address list and ports, and the shards it has. */
interface View {
  group: Group;
  targets?: TargetSet;
  ports?: PortSet;
  tcp: Map<number, number>;
  udp: Map<number, number>;
  /** Only when shards are missing: the position of an address in the address list. */
  hostIndex?: Map<string, number>;
}

async function viewOf(g: Group): Promise<View> {
  const view: View = { group: g, tcp: new Map(), udp: new Map() };
  try {
    // The names' addresses as the shards recorded them: nothing is looked up again.
    view.targets = await resolveTargets(g.targets, {
      maxAddresses: LIMITS.maxAddresses.max,
      resolve: (name) => Promise.resolve([...(g.resolved.get(name) ?? [])]),
    });
    view.ports = parsePorts(g.ports);
    view.ports.tcp.forEach((p, i) => view.tcp.set(p, i));
    view.ports.udp.forEach((p, i) => view.udp.set(p, i + view.ports!.tcp.length));
  } catch {
    // A report whose targets cannot be read again: only its own open ports count as observed.
    view.targets = undefined;
  }
  if (view.targets && missingOf(g).length) {
    view.hostIndex = new Map();
    let i = 0;
    for (const h of view.targets.hosts()) view.hostIndex.set(h.address, i++);
  }
  return view;
}

/** How an endpoint looked from a vantage: open, closed or filtered (or "not open"), or not observed at all. */
function stateFrom(
  view: View,
  e: { host: string; port: number; protocol: string },
  key = endpointKey(e),
): ObservedState {
  const g = view.group;
  const found = g.findings.get(key);
  if (found) return found.state === 'open|filtered' ? 'open|filtered' : 'open';
  if (!view.targets || !view.targets.contains(e.host)) return 'not observed';
  const j = (e.protocol === 'udp' ? view.udp : view.tcp).get(e.port);
  if (j === undefined) return 'not observed';
  if (view.hostIndex) {
    const h = view.hostIndex.get(e.host);
    if (h === undefined) return 'not observed';
    const task = h * (view.ports!.tcp.length + view.ports!.udp.length) + j;
    if (!g.shards.has((task % g.count) + 1)) return 'not observed';
  }
  return g.others.get(key) ?? 'not open';
}
