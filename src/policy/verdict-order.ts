import { OUTCOME_RANK, type Verdict } from '../model.js';
import { parseV4 } from './match.js';

/** A stable order whatever the order of the findings: by host name or address, port, protocol, outcome, message. */
export function sortVerdicts(verdicts: Verdict[]): void {
  // Names first (as strings), then IPv4 addresses in numeric order, then the rest. IPv4 rows (the bulk
  // of a large scan) sort by two numbers each, read from typed arrays.
  const named: Verdict[] = [];
  const other: Verdict[] = [];
  const v4rows: Verdict[] = [];
  // Filled up to v4rows.length (at most one entry per verdict).
  const highs = new Uint32Array(verdicts.length);
  const lows = new Uint32Array(verdicts.length);
  for (const v of verdicts) {
    const v4 = v.hostname === undefined ? parseV4(v.host) : null;
    if (v4 === null) {
      (v.hostname !== undefined ? named : other).push(v);
      continue;
    }
    // The key: the address, then port × 8 + protocol + outcome (19 bits).
    highs[v4rows.length] = v4;
    lows[v4rows.length] = v.port * 8 + (v.protocol === 'tcp' ? 0 : 4) + (2 - OUTCOME_RANK[v.outcome]);
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
  // The IPv4 rows by key (radix-sorted positions, stable), then rows with equal keys (same
  // endpoint and outcome) by message, as byText orders them.
  const order = keyOrder(highs.subarray(0, v4rows.length), lows.subarray(0, v4rows.length));
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    const h = highs[order[start]];
    const l = lows[order[start]];
    while (end < order.length && highs[order[end]] === h && lows[order[end]] === l) end++;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end)).sort((a, b) => byMessage(v4rows[a], v4rows[b]));
      order.set(run, start);
    }
    start = end;
  }
  let i = 0;
  for (const v of named) verdicts[i++] = v;
  for (let j = 0; j < order.length; j++) verdicts[i++] = v4rows[order[j]];
  for (const v of other) verdicts[i++] = v;
}

/**
 * The positions 0..n-1 ordered by (high, low), stable: a least-significant-digit radix sort in
 * four passes (two of the 19-bit low key, two of the 32-bit high key), linear in n, where a
 * comparison sort of 100,000 rows calls its comparator two million times.
 */
function keyOrder(high: Uint32Array, low: Uint32Array): Uint32Array {
  const n = high.length;
  let order = new Uint32Array(n);
  for (let j = 0; j < n; j++) order[j] = j;
  if (n < 2) return order;
  let next = new Uint32Array(n);
  const passes: [Uint32Array, number, number][] = [
    [low, 0, 0x3ff],
    [low, 10, 0x3ff],
    [high, 0, 0xffff],
    [high, 16, 0xffff],
  ];
  for (const [key, shift, mask] of passes) {
    const counts = new Uint32Array(mask + 2);
    for (let j = 0; j < n; j++) counts[((key[j] >>> shift) & mask) + 1]++;
    for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
    for (let j = 0; j < n; j++) {
      const at = order[j];
      next[counts[(key[at] >>> shift) & mask]++] = at;
    }
    [order, next] = [next, order];
  }
  return order;
}
