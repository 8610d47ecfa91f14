/**
 * "Did you mean": the nearest known word to a mistyped one, for the policy's
 * unknown keys and unknown service names alike.
 */

/** Edit distance: insertions, deletions and substitutions, one row of the table at a time. */
export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return row[b.length];
}

/**
 * The known word nearest to `word`, if it is at most `limit(candidate)` edits
 * away; on a tie the first wins, so the order of `candidates` decides. Case is
 * ignored: a user who wrote `Allow` meant `allow`.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  limit: (candidate: string) => number,
): string | undefined {
  const typed = word.toLowerCase();
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = levenshtein(typed, candidate.toLowerCase());
    if (d <= limit(candidate) && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}
