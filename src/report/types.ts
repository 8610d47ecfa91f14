import type { Report } from '../model.js';

export interface ReporterOptions {
  /** Colours and terminal styling (terminal reporter only). */
  color?: boolean;
  /** Identifies one job and policy, for the hidden marker of the PR comment. */
  job?: string;
  /** The run's page, whose job summary holds the full report: linked in the footer and truncation notices. */
  detailsUrl?: string;
  /**
   * Markdown surfaces: the repository's web address (`https://github.com/acme/shop`) and the
   * commit scanned, so each rule links to its line at that commit and the footer to the commit.
   * Without it (the CLI), rules are plain text.
   */
  repository?: { url: string; sha: string };
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
