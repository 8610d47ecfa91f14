import type { Reporter } from './types.js';

/** The JSON report, format version 1 (DESIGN.md). Automation reads it; it changes only with `version`. */
export const json: Reporter = (report) => JSON.stringify(report, null, 2) + '\n';
