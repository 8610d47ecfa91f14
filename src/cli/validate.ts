import { readFile } from 'node:fs/promises';
import { ConfigurationError, formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Finding, Logger, Vantage } from '../model.js';
import { evaluate, loadPolicy, type Policy } from '../policy/index.js';
import { plural } from '../words.js';

export interface ValidateFlags {
  /** A JSON report of a scan: exceptions that match none of its ports are errors. */
  findings?: string;
}

function describe(policy: Policy): string {
  const rules = policy.scopes.reduce((n, s) => n + s.allow.length + s.deny.length + s.requirements.length, 0);
  const targets = policy.scopes.filter((s) => s.kind === 'target').length;
  const parts = [
    plural(rules, 'rule'),
    plural(targets, 'target'),
    plural(policy.exceptions.length, 'exception'),
    `default ${policy.default.action}`,
    `mode ${policy.mode}`,
    `fail-on ${policy.failOn}`,
  ];
  if (policy.files.length > 1) parts.push(`extends ${policy.files.slice(1).join(', ')}`);
  return parts.join(', ');
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
  const diagnostics: Diagnostic[] = [];
  const report = flags.findings ? await readReport(flags.findings) : undefined;
  for (const file of list) {
    let policy: Policy;
    try {
      policy = await loadPolicy(file);
    } catch (err) {
      if (err instanceof ConfigurationError) {
        diagnostics.push(...err.diagnostics);
        continue;
      }
      throw err;
    }
    for (const w of policy.warnings) logger.warn(formatDiagnostic(w));
    if (report) {
      const ev = evaluate(report.findings, policy, {
        vantage: report.vantage,
        now: report.startedAt ? new Date(report.startedAt) : new Date(),
      });
      const matched = new Set((ev.matchedExceptions ?? []).map((r) => `${r.file}:${r.line}`));
      for (const e of policy.exceptions) {
        if (matched.has(`${e.ref.file}:${e.ref.line}`)) continue;
        diagnostics.push({
          source: e.ref.file,
          line: e.ref.line,
          column: e.ref.column,
          path: e.at.path,
          message: `this exception matches none of the open ports in ${flags.findings} (${plural(report.findings.length, 'open port')}); remove it if it is stale`,
        });
      }
    }
    if (!diagnostics.some((d) => d.source === file))
      process.stdout.write(`ok ${file}: ${describe(policy)}\n`);
  }
  if (diagnostics.length > 0) throw new ConfigurationError(diagnostics);
  return 0;
}
