import type { Reporter } from './types.js';

/**
 * Characters that JSON allows raw but that are not inert where a report ends
 * up (a terminal running `cat`, an HTML page embedding it): bidi overrides,
 * zero-width characters, C1 controls, line separators, and <, >, &. Written
 * as \u escapes, they parse back to exactly the same data.
 */
const UNSAFE_IN_JSON = /[<>&\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The JSON report, format version 1 (DESIGN.md). Automation reads it; it changes only with `version`. */
export const json: Reporter = (report) =>
  JSON.stringify(report, null, 2).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  ) + '\n';
