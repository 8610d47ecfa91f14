import type { Finding, Observation, Outcome, Report, Vantage, Verdict } from '../model.js';
import { escapeMarkdown, markdownCode } from '../untrusted.js';
import { endpoint, serviceLabel } from './format.js';

/**
 * The picture of a merged report (several vantages, or shards joined): a reachability matrix
 * (rows: host, port and service; columns: vantages; cells: open, closed, filtered, not
 * observed, marked by the verdict) and, for scans small enough to read, a Mermaid diagram of
 * vantages → services, which GitHub renders. Reports of one scan have no observations and get
 * nothing from here, so their output does not change.
 */

/** Edges the diagram draws at most; past that, the matrix alone. */
export const MAX_DIAGRAM_EDGES = 30;
/** Rows the matrix lists at most; the JSON report's observations[] holds every one. */
export const MAX_MATRIX_ROWS = 500;

const ICON: Record<Outcome, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const key = (e: { host: string; port: number; protocol: string }) => `${e.protocol}|${e.host}|${e.port}`;

export function reachabilitySection(report: Report): string[] {
  const observations = report.observations;
  if (!observations?.length) return [];
  const vantages = [...new Set(observations.map((o) => o.vantage))];
  const rows = new Map<string, { at: Observation; by: Map<Vantage, Observation> }>();
  for (const o of observations) {
    let row = rows.get(key(o));
    if (!row) rows.set(key(o), (row = { at: o, by: new Map() }));
    row.by.set(o.vantage, o);
  }
  const findings = new Map<string, Finding>();
  for (const f of report.ports) if (!findings.has(key(f))) findings.set(key(f), f);
  const verdicts = new Map<string, Verdict>();
  for (const v of report.verdicts) verdicts.set(`${key(v)}|${v.vantage ?? report.scan.vantage}`, v);
  const outcomeOf = (o: Observation): Outcome | undefined =>
    verdicts.get(`${key(o)}|${o.vantage}`)?.outcome ??
    (vantages.length === 1 ? verdicts.get(`${key(o)}|${report.scan.vantage}`)?.outcome : undefined);

  const cell = (o: Observation | undefined): string => {
    if (!o || o.state === 'not observed') return '— not observed';
    if (o.state === 'open' || o.state === 'open|filtered') {
      const outcome = outcomeOf(o);
      return `${outcome ? `${ICON[outcome]} ` : ''}${o.state}${outcome ? ` (${outcome})` : ''}`;
    }
    return o.state === 'not open' ? 'closed or filtered' : o.state;
  };

  const out = [
    '',
    '#### Reachability by vantage',
    '',
    `| endpoint | service | ${vantages.join(' | ')} |`,
    `|---|---|${vantages.map(() => '---').join('|')}|`,
  ];
  let listed = 0;
  for (const row of rows.values()) {
    if (listed++ === MAX_MATRIX_ROWS) break;
    out.push(
      `| ${markdownCode(endpoint(row.at))} | ${escapeMarkdown(serviceLabel(findings.get(key(row.at))), 100)} | ${vantages.map((v) => cell(row.by.get(v))).join(' | ')} |`,
    );
  }
  if (rows.size > MAX_MATRIX_ROWS)
    out.push('', `${rows.size - MAX_MATRIX_ROWS} more endpoints are in the JSON report (\`observations\`).`);
  out.push(
    '',
    '"not observed": that vantage never probed the port (a shard missing, or another port list), which is not "closed".',
  );

  const edges = observations.filter((o) => o.state === 'open' || o.state === 'open|filtered');
  if (edges.length === 0) return out;
  if (edges.length > MAX_DIAGRAM_EDGES) {
    out.push(
      '',
      `The diagram is left out: ${edges.length} open paths are more than ${MAX_DIAGRAM_EDGES}; the matrix has them all.`,
    );
    return out;
  }
  // Mermaid labels take only characters that cannot end a label or start a directive.
  const safe = (text: string) => text.replace(/[^A-Za-z0-9.:\-_/ ]/g, '').slice(0, 80);
  const ids = new Map<string, string>();
  const lines = ['', '```mermaid', 'flowchart LR'];
  for (const v of vantages) lines.push(`  v_${v}(["${v}"])`);
  for (const o of edges) {
    if (!ids.has(key(o))) {
      const id = `s${ids.size}`;
      ids.set(key(o), id);
      const f = findings.get(key(o));
      const service = f?.service?.name ? ` ${safe(f.service.name)}` : '';
      lines.push(`  ${id}["${safe(endpoint(o))}${service}"]`);
    }
    const outcome = outcomeOf(o);
    lines.push(`  v_${o.vantage} -->|${outcome ?? o.state}| ${ids.get(key(o))}`);
  }
  lines.push('```');
  return [...out, ...lines];
}
