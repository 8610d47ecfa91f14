import { OUTCOME_RANK, type Verdict } from '../model.js';
import { parseV4 } from './match.js';

/** A stable order whatever the order of the findings: by host name or address, port, protocol, outcome, message. */
export function sortVerdicts(verdicts: Verdict[]): void {
  // Names first (as strings), then IPv4 addresses in numeric order, then the rest. IPv4 rows (the bulk
  // of a large scan) sort as plain numbers in a typed array, which needs no comparator calls.
  const named: Verdict[] = [];
  const other: Verdict[] = [];
  const v4rows: Verdict[] = [];
  const v4keys: number[] = [];
  for (const v of verdicts) {
    const v4 = v.hostname === undefined ? parseV4(v.host) : null;
    if (v4 === null) {
      (v.hostname !== undefined ? named : other).push(v);
      continue;
    }
    // 2^32 addresses × 2^19 (port × 8 + protocol + outcome) < 2^53: exact in a double.
    v4keys.push(v4 * 524288 + v.port * 8 + (v.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[v.outcome]));
    v4rows.push(v);
  }
  const byMessage = (a: Verdict, b: Verdict) => {
    if (a.message !== b.message) return a.message < b.message ? -1 : 1;
    // Same endpoint, same sentence (duplicate findings): any remaining difference still orders them.
    const ja = JSON.stringify(a);
    const jb = JSON.stringify(b);
    return ja < jb ? -1 : ja > jb ? 1 : 0;
  };
  const byText = (a: Verdict, b: Verdict) => {
    const na = a.hostname ?? a.host;
    const nb = b.hostname ?? b.host;
    if (na !== nb) return na < nb ? -1 : 1;
    if (a.host !== b.host) return a.host < b.host ? -1 : 1;
    const ka = a.port * 8 + (a.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[a.outcome]);
    const kb = b.port * 8 + (b.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[b.outcome]);
    return ka !== kb ? ka - kb : byMessage(a, b);
  };
  named.sort(byText);
  other.sort(byText);
  // The IPv4 rows by their numeric key: positions sorted over a typed array, with no object per row
  // (a Map of one-row buckets made a million merged verdicts mostly garbage collection).
  const keys = Float64Array.from(v4keys);
  const order = Array.from({ length: v4rows.length }, (_, i) => i);
  order.sort((a, b) => keys[a] - keys[b] || byMessage(v4rows[a], v4rows[b]));
  let i = 0;
  for (const v of named) verdicts[i++] = v;
  for (const j of order) verdicts[i++] = v4rows[j];
  for (const v of other) verdicts[i++] = v;
}
