import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigurationError, formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Finding, IdentifiedBy, RiskClass, Verdict } from '../model.js';
import { lookupService } from '../services.js';
import type { GatewayCheck } from '../model.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { loadPolicy } from './loader.js';
import type { Policy } from './policy.js';
import { defaultPoliciesDir, loadTestSchema, POLICY_TEST_SCHEMA, schemaDiagnostics } from './schema.js';
import { locate, parseSource, type PathSegment, type SourceDoc } from './source.js';
import { count, plural } from '../words.js';

/**
 * Policy unit tests, in the spirit of `conftest verify`: a repository keeps
 * files of fixture findings and the verdicts it expects beside its policy,
 * and `portcullis test DIR` runs them in CI. Test files end in `.test.yml`
 * (or `.test.yaml`) and follow schemas/policy-test.schema.json.
 *
 * Exceptions are checked for staleness here, where it is decidable: an
 * exception of a tested policy that no fixture finding matches fails the run.
 */

interface RawFinding {
  host: string;
  hostname?: string;
  port: number;
  protocol?: 'tcp' | 'udp';
  state?: 'open' | 'open|filtered';
  service?: string;
  product?: string;
  confidence?: 'high' | 'low';
  identifiedBy?: IdentifiedBy;
  evidence?: Finding['evidence'];
}

interface RawExpectedVerdict {
  host?: string;
  port?: number;
  protocol?: 'tcp' | 'udp';
  outcome?: 'pass' | 'warn' | 'fail';
  severity?: string;
  rule?: string;
  line?: number;
  message?: string;
  exception?: boolean;
  requirements?: Record<string, string>;
}

interface RawCase {
  name: string;
  vantage?: 'untrusted' | 'vpn' | 'internal';
  now?: string;
  findings: RawFinding[];
  gateways?: Array<{ host: string; port: number; protocol?: 'tcp' | 'udp'; answered: boolean }>;
  expect: {
    result?: 'pass' | 'fail';
    verdicts?: RawExpectedVerdict[];
    only?: boolean;
    violations?: number;
    notices?: string[];
  };
}

interface RawTestFile {
  policy: string;
  vantage?: RawCase['vantage'];
  now?: string;
  tests: RawCase[];
}

export interface CaseResult {
  file: string;
  name: string;
  line: number;
  passed: boolean;
  /** Why it failed, one sentence each. */
  failures: string[];
}

export interface TestRun {
  files: string[];
  cases: CaseResult[];
  /** Exceptions of tested policies that no fixture matched: stale, or untested. */
  unexercised: Diagnostic[];
  passed: boolean;
}

export interface TestOptions {
  builtinDir?: string;
  /** The evaluation date when a test file gives none. */
  now?: Date;
}

const MAX_TEST_FILES = 1000;
const MAX_DEPTH = 8;

/** Test files under DIR (or DIR itself when it is a file), sorted, skipping node_modules and dot-folders. */
export async function findTestFiles(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ConfigurationError({ source: path, message: 'no such file or directory' });
  }
  if (info.isFile()) return [path];
  const out: string[] = [];
  const walk = async (dir: string, depth: number) => {
    if (depth > MAX_DEPTH || out.length >= MAX_TEST_FILES) return;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') && e.name !== '.github') continue;
      if (e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile() && /\.test\.ya?ml$/.test(e.name) && out.length < MAX_TEST_FILES) out.push(p);
    }
  };
  await walk(path, 0);
  return out;
}

function toFinding(raw: RawFinding): Finding {
  const def = raw.service ? lookupService(raw.service) : undefined;
  const risk: RiskClass[] = def ? [...def.risk] : ['unknown'];
  const f: Finding = {
    host: raw.host,
    port: raw.port,
    protocol: raw.protocol ?? 'tcp',
    state: raw.state ?? 'open',
    reason: raw.state === 'open|filtered' ? 'no-reply' : raw.protocol === 'udp' ? 'reply' : 'connected',
    tries: 1,
    risk,
    evidence: raw.evidence ?? {},
  };
  if (raw.hostname) f.hostname = raw.hostname;
  if (raw.service) {
    const confidence = raw.confidence ?? 'high';
    f.service = {
      name: def?.name ?? raw.service.toLowerCase(),
      confidence,
      identifiedBy: raw.identifiedBy ?? (confidence === 'low' ? 'port' : 'exchange'),
    };
    if (raw.product) f.service.product = raw.product;
  }
  return f;
}

function parseNow(text: string | undefined, fallback: Date): Date {
  if (!text) return fallback;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T12:00:00Z` : text);
  return Number.isNaN(d.getTime()) ? fallback : d;
}

function describeVerdict(v: Verdict): string {
  return `${v.hostname ?? v.host}:${v.port}/${v.protocol} ${v.outcome} by ${v.rule.id} (line ${v.rule.line})`;
}

function verdictMatches(v: Verdict, e: RawExpectedVerdict): boolean {
  if (e.host !== undefined && e.host !== v.host && e.host !== v.hostname) return false;
  if (e.port !== undefined && e.port !== v.port) return false;
  if (e.protocol !== undefined && e.protocol !== v.protocol) return false;
  if (e.outcome !== undefined && e.outcome !== v.outcome) return false;
  if (e.severity !== undefined && e.severity !== v.severity) return false;
  if (e.rule !== undefined && e.rule !== v.rule.id) return false;
  if (e.line !== undefined && e.line !== v.rule.line) return false;
  if (e.message !== undefined && !v.message.includes(e.message)) return false;
  if (e.exception !== undefined && e.exception !== (v.exception !== undefined)) return false;
  if (e.requirements) {
    for (const [k, state] of Object.entries(e.requirements))
      if (v.requirements[k]?.state !== state) return false;
  }
  return true;
}

function check(ev: Evaluation, expect: RawCase['expect']): string[] {
  const failures: string[] = [];
  if (expect.result !== undefined && ev.result !== expect.result)
    failures.push(`expected the result ${expect.result}, got ${ev.result}`);
  if (expect.violations !== undefined && ev.summary.violations !== expect.violations)
    failures.push(`expected ${expect.violations} violation(s), got ${ev.summary.violations}`);
  const used = new Set<Verdict>();
  for (const e of expect.verdicts ?? []) {
    const hit = ev.verdicts.find((v) => !used.has(v) && verdictMatches(v, e));
    if (hit) used.add(hit);
    else {
      const near = ev.verdicts.filter(
        (v) =>
          (e.port === undefined || v.port === e.port) &&
          (e.host === undefined || v.host === e.host || v.hostname === e.host),
      );
      failures.push(
        `no verdict matches ${JSON.stringify(e)}; ${near.length ? `got ${near.map(describeVerdict).join('; ')}` : 'no verdict for that port'}`,
      );
    }
  }
  if (expect.only) {
    const extra = ev.verdicts.filter((v) => !used.has(v));
    if (extra.length) failures.push(`unexpected verdicts: ${extra.map(describeVerdict).join('; ')}`);
  }
  for (const n of expect.notices ?? []) {
    if (!ev.notices.some((x) => x.includes(n))) failures.push(`no notice contains ${JSON.stringify(n)}`);
  }
  return failures;
}

/** Parse and validate one test file; throws ConfigurationError with every problem at file:line:column. */
async function readTestFile(file: string): Promise<{ source: SourceDoc; raw: RawTestFile }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigurationError({
      source: file,
      message: `cannot read the test file (${(err as NodeJS.ErrnoException).code})`,
    });
  }
  const parsed = parseSource(text, file);
  if (!parsed.source) throw new ConfigurationError(parsed.diagnostics);
  await loadTestSchema();
  const errors = schemaDiagnostics(parsed.source, POLICY_TEST_SCHEMA);
  const raw = parsed.source.data as RawTestFile;
  if (errors.length === 0) {
    raw.tests.forEach((c, ci) =>
      c.findings.forEach((f, fi) => {
        if (f.service !== undefined && !lookupService(f.service)) {
          const at: PathSegment[] = ['tests', ci, 'findings', fi, 'service'];
          errors.push({
            source: file,
            ...locate(parsed.source as SourceDoc, at),
            path: `tests[${ci}].findings[${fi}].service`,
            message: `${JSON.stringify(f.service)} is not a service Portcullis knows`,
          });
        }
      }),
    );
  }
  if (errors.length > 0) throw new ConfigurationError(errors);
  return { source: parsed.source, raw };
}

/** Run every test file under `path`. Bad test files and bad policies throw ConfigurationError (all at once). */
export async function runPolicyTests(path: string, options: TestOptions = {}): Promise<TestRun> {
  const builtinDir = options.builtinDir ?? defaultPoliciesDir();
  const files = await findTestFiles(path);
  const diagnostics: Diagnostic[] = [];
  const loaded: Array<{ file: string; source: SourceDoc; raw: RawTestFile; policy: Policy }> = [];
  const policies = new Map<string, Promise<Policy>>();
  for (const file of files) {
    try {
      const { source, raw } = await readTestFile(file);
      const policyPath = raw.policy.startsWith('portcullis:')
        ? raw.policy
        : relative(process.cwd(), resolve(dirname(file), raw.policy)) || raw.policy;
      let p = policies.get(policyPath);
      if (!p) {
        p = loadPolicy(policyPath, { builtinDir });
        policies.set(policyPath, p);
      }
      loaded.push({ file, source, raw, policy: await p });
    } catch (err) {
      if (err instanceof ConfigurationError) {
        for (const d of err.diagnostics) {
          if (!diagnostics.some((x) => x.source === d.source && x.line === d.line && x.message === d.message))
            diagnostics.push(d);
        }
      } else throw err;
    }
  }
  if (diagnostics.length > 0) throw new ConfigurationError(diagnostics);

  const cases: CaseResult[] = [];
  const matched = new Map<Policy, Set<string>>();
  for (const { file, source, raw, policy } of loaded) {
    raw.tests.forEach((c, i) => {
      const findings = c.findings.map(toFinding);
      const gateways: GatewayCheck[] | undefined = c.gateways?.map((g) => {
        const declared = policy.vpnGateways.find((d) => d.host === g.host && d.port === g.port);
        return {
          host: g.host,
          port: g.port,
          protocol: g.protocol ?? declared?.protocol ?? 'udp',
          kind: declared?.kind ?? 'openvpn',
          answered: g.answered,
          detail: g.answered ? 'answered (fixture)' : 'no answer (fixture)',
        };
      });
      const ev = evaluate(findings, policy, {
        vantage: c.vantage ?? raw.vantage ?? 'untrusted',
        now: parseNow(c.now ?? raw.now, options.now ?? new Date()),
        ...(gateways ? { gateways } : {}),
      });
      const seen = matched.get(policy) ?? new Set<string>();
      for (const ref of ev.matchedExceptions ?? []) seen.add(`${ref.file}:${ref.line}`);
      matched.set(policy, seen);
      const failures = check(ev, c.expect);
      cases.push({
        file,
        name: c.name,
        line: locate(source, ['tests', i]).line,
        passed: failures.length === 0,
        failures,
      });
    });
  }
  const unexercised: Diagnostic[] = [];
  for (const [policy, seen] of matched) {
    // Only the tested file's own exceptions: an organisation baseline's may serve other repositories.
    for (const e of policy.exceptions.filter((x) => x.ref.file === policy.file)) {
      if (seen.has(`${e.ref.file}:${e.ref.line}`)) continue;
      unexercised.push({
        source: e.ref.file,
        line: e.ref.line,
        column: e.ref.column,
        path: e.at.path,
        message:
          'this exception matches none of the test findings: add a test case that needs it, or remove it if it is stale',
      });
    }
  }
  return { files, cases, unexercised, passed: cases.every((c) => c.passed) && unexercised.length === 0 };
}

/**
 * A test run as the lines `portcullis test` prints and the action's `mode: test` logs:
 * `pass FILE:LINE NAME` or `FAIL …` with its reasons, the unexercised exceptions, and a count.
 */
export function testRunLines(run: TestRun): string[] {
  const lines: string[] = [];
  for (const c of run.cases) {
    lines.push(`${c.passed ? 'pass' : 'FAIL'} ${c.file}:${c.line} ${c.name}`);
    for (const f of c.failures) lines.push(`     ${f}`);
  }
  for (const d of run.unexercised) lines.push(`FAIL ${formatDiagnostic(d)}`);
  const failed = run.cases.filter((c) => !c.passed).length;
  lines.push(
    `${count(run.cases.length - failed)} passed, ${count(failed)} failed${run.unexercised.length ? `, ${plural(run.unexercised.length, 'exception')} not exercised` : ''} (${plural(run.files.length, 'file')})`,
  );
  return lines;
}
