import { ConfigurationError, type Diagnostic } from '../errors.js';
import type { Finding, Vantage } from '../model.js';
import { loadPolicy } from './loader.js';
import type { Policy } from './policy.js';
import { plural } from '../words.js';

/**
 * What `portcullis validate` and the action's `mode: validate` both do: load each policy
 * (schema, extends, semantic checks) and collect every problem of every file, so one run
 * shows them all. The shells only print.
 */

/** A scan's open ports, to check the exceptions against (`validate --findings`). */
export interface FindingsToCheck {
  findings: Finding[];
  vantage: Vantage;
  startedAt?: string;
  /** Where they came from, for the message (the report's path). */
  source: string;
}

export interface PolicyValidation {
  file: string;
  /** Warnings of the loader (not errors: the policy loads). */
  warnings: Diagnostic[];
  /** A one-line description when the file has no error: "3 rules, 1 target, …". */
  ok?: string;
}

export interface ValidationResult {
  files: PolicyValidation[];
  /** Every error of every file, each at file:line:column. */
  diagnostics: Diagnostic[];
}

/** One line about a policy that loaded: what it holds and how it gates. */
export function describePolicy(policy: Policy): string {
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

/**
 * Validate each policy file. With findings, an exception that matches none of their open ports
 * is an error too: with a scan in hand, staleness is decidable.
 */
export async function validatePolicies(
  files: string[],
  options: { findings?: FindingsToCheck; builtinDir?: string } = {},
): Promise<ValidationResult> {
  const diagnostics: Diagnostic[] = [];
  const results: PolicyValidation[] = [];
  const report = options.findings;
  for (const file of files) {
    let policy: Policy;
    try {
      policy = await loadPolicy(file, options.builtinDir ? { builtinDir: options.builtinDir } : {});
    } catch (err) {
      if (err instanceof ConfigurationError) {
        diagnostics.push(...err.diagnostics);
        results.push({ file, warnings: [] });
        continue;
      }
      throw err;
    }
    if (report) {
      // The engine loads only when there are findings to judge: plain validation never needs it.
      const { evaluate } = await import('./evaluate.js');
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
          message: `this exception matches none of the open ports in ${report.source} (${plural(report.findings.length, 'open port')}); remove it if it is stale`,
        });
      }
    }
    const failed = diagnostics.some((d) => d.source === file);
    results.push({ file, warnings: policy.warnings, ...(failed ? {} : { ok: describePolicy(policy) }) });
  }
  return { files: results, diagnostics };
}
