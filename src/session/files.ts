import type { Logger, Report } from '../model.js';
import {
  FILE_FORMATS,
  jsonChunks,
  reporters,
  writeFileAtomic,
  type FileFormat,
  type ReporterOptions,
} from '../report/index.js';

/** Every report file asked for, each written atomically; a file that cannot be written is a warning, not a lost report. */
export async function writeReportFiles(
  report: Report,
  files: Partial<Record<FileFormat, string>>,
  options: ReporterOptions,
  logger: Logger,
): Promise<string[]> {
  const unwritten: string[] = [];
  for (const format of FILE_FORMATS) {
    const path = files[format];
    if (!path) continue;
    try {
      // The JSON report goes to the file piece by piece: a large merge is longer than one string can be.
      await writeFileAtomic(
        path,
        format === 'json' ? jsonChunks(report) : reporters[format](report, options),
      );
    } catch (err) {
      logger.warn(`could not write the ${format} report to ${path}: ${(err as Error).message}`);
      unwritten.push(path);
    }
  }
  return unwritten;
}
