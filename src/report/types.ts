import type { Report } from '../model.js';

export interface ReporterOptions {
  /** Colours and terminal styling (terminal reporter only). */
  color?: boolean;
  /** Identifies one job and policy, for the hidden marker of the PR comment. */
  job?: string;
  /** Where the full report can be read (a job summary URL), for truncation notices. */
  detailsUrl?: string;
  /**
   * The repository root: rule files inside it are reported relative to it
   * (SARIF locations, annotations). Default: the current directory.
   */
  root?: string;
  /** Markdown surfaces: where the report came from, when not from this run's own scan (report-only). */
  origin?: ReportOrigin;
  /** SARIF: the code-scanning category of this upload (one per job and policy). Default `portcullis/<job>`. */
  category?: string;
}

/**
 * Where a report came from, said under its heading: `heading` is plain text appended to it,
 * `markdown` a paragraph composed (and escaped) by the caller.
 */
export interface ReportOrigin {
  heading: string;
  markdown: string;
}

/** One output surface: a pure function of the report model (spectral's formatter shape). */
export type Reporter = (report: Report, options?: ReporterOptions) => string;
