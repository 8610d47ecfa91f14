import { readFile } from 'node:fs/promises';
import { ConfigurationError, formatDiagnostic } from '../errors.js';
import type { Finding, Logger, Vantage } from '../model.js';
// The module itself, not the policy index (which would load the whole engine).
import { validatePolicies } from '../policy/validate.js';

export interface ValidateFlags {
  /** A JSON report of a scan: exceptions that match none of its ports are errors. */
  findings?: string;
}

async function readReport(
  file: string,
): Promise<{ findings: Finding[]; vantage: Vantage; startedAt?: string }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigurationError({
      source: '--findings',
      message: code ? `cannot read ${JSON.stringify(file)} (${code})` : `${JSON.stringify(file)} is not JSON`,
    });
  }
  const report = data as {
    version?: unknown;
    ports?: unknown;
    scan?: { vantage?: unknown };
    startedAt?: unknown;
  };
  if (!report || report.version !== 1 || !Array.isArray(report.ports)) {
    throw new ConfigurationError({
      source: '--findings',
      message: `${JSON.stringify(file)} is not a Portcullis JSON report (version 1 with ports); write one with scan --json`,
    });
  }
  const vantage = report.scan?.vantage;
  return {
    findings: report.ports as Finding[],
    vantage: vantage === 'vpn' || vantage === 'internal' ? vantage : 'untrusted',
    startedAt: typeof report.startedAt === 'string' ? report.startedAt : undefined,
  };
}

/**
 * `portcullis validate POLICY…`: load each policy (schema, extends, semantic
 * checks) and report every problem of every file at once (exit 2). With
 * --findings, an exception that matches none of the report's open ports is an
 * error too: with a scan in hand, staleness is decidable.
 */
export async function validateCommand(
  files: string[],
  flags: ValidateFlags,
  logger: Logger,
): Promise<number> {
  const list = files.length ? files : ['.github/portcullis.yml'];
  const report = flags.findings ? await readReport(flags.findings) : undefined;
  const result = await validatePolicies(list, {
    findings: report && flags.findings ? { ...report, source: flags.findings } : undefined,
  });
  for (const f of result.files) {
    for (const w of f.warnings) logger.warn(formatDiagnostic(w));
    if (f.ok !== undefined) process.stdout.write(`ok ${f.file}: ${f.ok}\n`);
  }
  if (result.diagnostics.length > 0) throw new ConfigurationError(result.diagnostics);
  return 0;
}
