/**
 * The scan's time budget (`--max-duration`, input max-duration). A CI gate that probes for more
 * than half an hour has almost always met a tarpit (ports that accept and never speak, each
 * costing its whole fingerprint budget) or a target list larger than meant, such as `ports: all`
 * on many hosts; top-1000 on a handful of hosts takes seconds. 30 minutes leaves a scan of
 * `all` ports on a few hosts room to finish, and ends the rest long before GitHub's 6-hour job
 * limit, with a partial report and exit code 4 instead of a job killed without one.
 */
export const DEFAULT_MAX_DURATION_MS = 30 * 60_000;

/** From one second (a test's tarpit) to six hours (GitHub's longest job). */
export const MAX_DURATION_LIMITS = { min: 1000, max: 6 * 3_600_000 } as const;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * A duration as users write it in both shells: `500ms`, `90s`, `2m`, `1h`, or a bare number of
 * seconds. Milliseconds, or undefined when the text is not a duration; each shell says so in its
 * own words, and the range is checked where the setting is used.
 */
export function parseDurationMs(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  return m ? Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 's']) : undefined;
}

/** `30m`, `90s`, `1h`, `1500ms`: the shortest exact spelling, as users write durations. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** The report's notice when the budget ran out: what happened and how to change it. */
export function budgetNotice(ms: number, source: string): string {
  return (
    `The scan's time budget (${source} ${formatDuration(ms)}) ran out; this report covers only what was probed ` +
    `and identified before it stopped, so it cannot pass. Raise ${source} if the scan needs longer, ` +
    'or probe fewer ports or addresses.'
  );
}
