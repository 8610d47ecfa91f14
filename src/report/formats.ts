/**
 * The names of the report formats (`--format`, and the reporters of report/index.ts, which must
 * have exactly these). A module of its own, so that the CLI defines its options without loading
 * the reporters.
 */
export const REPORT_FORMATS = [
  'terminal',
  'json',
  'markdown',
  'comment',
  'sarif',
  'junit',
  'annotations',
] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];
