import { gunzipSync, gzipSync } from 'node:zlib';
import type { Report } from '../model.js';
import { judgedAgainOf, type JudgedAgain } from '../session.js';
import { MAX_REPORT_BYTES, parseReport } from '../report/index.js';

/**
 * The findings of a scan, kept in its check run's output (a hidden comment in
 * `output.text`), so that a review can have them judged again without
 * bringing the environment up (mode: review). Only the findings and what was
 * scanned travel: the policies, the baseline and the reviews are read again,
 * and the verdicts are made again. Whoever wrote the check run is trusted
 * with the findings alone, exactly as the pull request run that scanned is.
 */

const MARK = 'portcullis-findings:v1';
const PATTERN = /<!-- portcullis-findings:v1 ([A-Za-z0-9+/=]+) -->/;
/** Decompressed size accepted (a report of 100,000 open ports is smaller). */
const MAX_JSON_BYTES = MAX_REPORT_BYTES;

/** The hidden comment that carries the findings, or undefined when it would not fit in `limit` characters. */
export function encodeFindings(report: Report, limit: number): string | undefined {
  const data = judgedAgainOf(report);
  const text = `<!-- ${MARK} ${gzipSync(JSON.stringify(data)).toString('base64')} -->`;
  return text.length <= limit ? text : undefined;
}

/** The findings a check run's text carries, checked like any report from elsewhere; undefined when it carries none. */
export function decodeFindings(text: string | undefined, source: string): JudgedAgain | undefined {
  const m = text ? PATTERN.exec(text) : null;
  if (!m) return undefined;
  let json: string;
  try {
    json = gunzipSync(Buffer.from(m[1], 'base64'), { maxOutputLength: MAX_JSON_BYTES }).toString('utf8');
  } catch {
    return undefined;
  }
  let data: Partial<JudgedAgain>;
  try {
    data = JSON.parse(json) as Partial<JudgedAgain>;
  } catch {
    return undefined;
  }
  // The report's own schema bounds and types every field before any of it is judged.
  const report = parseReport(
    JSON.stringify({
      version: 1,
      result: 'fail',
      partial: data.partial,
      ...(data.partial && data.partialReason ? { partialReason: data.partialReason } : {}),
      startedAt: data.startedAt,
      durationMs: data.durationMs,
      policy: { file: '-' },
      scan: data.scan,
      ports: data.findings,
      verdicts: [],
      summary: { violations: 0, warnings: 0, passed: 0 },
      notices: [],
    }),
    source,
  );
  return judgedAgainOf(report);
}
