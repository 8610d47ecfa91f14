import { ConfigurationError, formatDiagnostic, type Diagnostic } from '../errors.js';
import { runPolicyTests, testRunLines, validatePolicies } from '../policy/index.js';
import { repoPath } from '../report/paths.js';
import { escapeMarkdown } from '../untrusted.js';
import { Output } from './constants.js';
import type { ActionSettings } from './inputs.js';
import type { ActionIO } from './io.js';
import { plural } from '../words.js';

/**
 * The action's `mode: validate` and `mode: test`: what `portcullis validate` and
 * `portcullis test` do, in a workflow with nothing to install, on the same code paths
 * (src/policy/validate.ts, src/policy/testing.ts). Problems become annotations on the
 * policy's (or the test file's) lines; the step fails exactly when the CLI would exit non-zero.
 */

/** An annotation at the diagnostic's file:line:column when the file is in the workspace, else a plain log line. */
function annotate(
  io: ActionIO,
  level: 'error' | 'warning',
  d: Diagnostic,
  workspace: string,
  title: string,
): void {
  const file = d.line !== undefined ? repoPath(d.source, workspace) : undefined;
  const message = `${d.path ? `${d.path}: ` : ''}${d.message}`;
  if (io.annotate && file) io.annotate(level, message, { file, line: d.line, column: d.column, title });
  else if (level === 'error') io.logger.error(formatDiagnostic(d));
  else io.logger.warn(formatDiagnostic(d));
}

/** One list item per line; escaped, since test names and policy text reach the summary. */
const list = (lines: string[]) => lines.map((l) => `- ${escapeMarkdown(l, 2000)}`).join('\n');

/** `mode: validate`: every file the policy input lists, every problem of each, at once. */
export async function validateMode(settings: ActionSettings, io: ActionIO, workspace: string): Promise<void> {
  const result = await validatePolicies(settings.policyFiles);
  const lines: string[] = [];
  for (const f of result.files) {
    for (const w of f.warnings) annotate(io, 'warning', w, workspace, 'Portcullis policy warning');
    if (f.ok !== undefined) {
      io.logger.info(`ok ${f.file}: ${f.ok}`);
      lines.push(`ok ${f.file}: ${f.ok}`);
    }
  }
  for (const d of result.diagnostics) annotate(io, 'error', d, workspace, 'Portcullis policy error');
  lines.push(...result.diagnostics.map(formatDiagnostic));
  const failed = result.diagnostics.length > 0;
  io.setOutput(Output.Result, failed ? 'fail' : 'pass');
  await summary(
    io,
    failed
      ? `### ❌ Portcullis — ${plural(result.diagnostics.length, 'problem')} in ${settings.policyFiles.join(', ')}`
      : `### ✅ Portcullis — ${settings.policyFiles.join(', ')} ${settings.policyFiles.length === 1 ? 'is' : 'are'} valid`,
    lines,
  );
  if (failed) {
    io.setFailed(
      `Portcullis: ${plural(result.diagnostics.length, 'problem')} in the policy (each annotated at its file:line)`,
    );
  }
}

/** `mode: test`: the policy's test files, as `portcullis test` runs them. */
export async function testMode(settings: ActionSettings, io: ActionIO, workspace: string): Promise<void> {
  let run;
  try {
    run = await runPolicyTests(settings.tests);
  } catch (err) {
    // A bad test file or policy: each problem at its line, then the step fails as any bad input does.
    if (err instanceof ConfigurationError)
      for (const d of err.diagnostics) annotate(io, 'error', d, workspace, 'Portcullis policy test error');
    throw err;
  }
  if (run.files.length === 0) {
    throw new ConfigurationError({
      source: 'input tests',
      message: `no policy test files (*.test.yml) under ${settings.tests}`,
    });
  }
  const lines = testRunLines(run);
  for (const line of lines) io.logger.info(line);
  for (const c of run.cases.filter((x) => !x.passed)) {
    annotate(
      io,
      'error',
      { source: c.file, line: c.line, message: `${c.name}: ${c.failures.join('; ')}` },
      workspace,
      'Portcullis policy test failed',
    );
  }
  for (const d of run.unexercised)
    annotate(io, 'error', d, workspace, 'Portcullis policy test: unexercised exception');
  io.setOutput(Output.Result, run.passed ? 'pass' : 'fail');
  await summary(
    io,
    run.passed ? '### ✅ Portcullis — policy tests pass' : '### ❌ Portcullis — policy tests fail',
    lines,
  );
  if (!run.passed) io.setFailed(`Portcullis: ${lines[lines.length - 1]}`);
}

async function summary(io: ActionIO, heading: string, lines: string[]): Promise<void> {
  try {
    await io.appendSummary(`${heading}\n\n${list(lines)}\n`);
  } catch {
    // no summary file outside Actions
  }
}
