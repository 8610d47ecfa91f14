/**
 * Two kinds of failure, kept apart as codeql-action does: the user's to fix
 * (exit 2) and the tool's or the network's (exit 3). Policy violations are a
 * result, not an error (exit 1).
 */

export const ExitCode = {
  Pass: 0,
  Violations: 1,
  Usage: 2,
  Runtime: 3,
  /** The scan's time budget (max-duration) ran out; a partial report was written. */
  TimeBudget: 4,
} as const;

/** One problem in the user's input, located as precisely as we can. */
export interface Diagnostic {
  /** The file, or the flag/input name (`--ports`, `input targets`) at fault. */
  source: string;
  line?: number;
  column?: number;
  /** Path inside a document, such as `targets[0].allow[2].port`. */
  path?: string;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.source}:${d.line}:${d.column ?? 1}` : d.source;
  const path = d.path ? `${d.path}: ` : '';
  return `${where}: ${path}${d.message}`;
}

/** Bad usage, a bad flag, a bad policy: the user's to fix. Exit code 2. */
export class ConfigurationError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic | string) {
    const list: Diagnostic[] =
      typeof diagnostics === 'string'
        ? [{ source: 'portcullis', message: diagnostics }]
        : Array.isArray(diagnostics)
          ? diagnostics
          : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'ConfigurationError';
    this.diagnostics = list;
  }
}

/** Something outside the user's input failed: a command, the runner, the GitHub API. Exit code 3. */
export class RuntimeFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RuntimeFailure';
  }
}

export function exitCodeFor(err: unknown): number {
  return err instanceof ConfigurationError ? ExitCode.Usage : ExitCode.Runtime;
}
