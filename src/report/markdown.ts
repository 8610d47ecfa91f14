import type { Report, Verdict } from '../model.js';
import type { ReportOrigin, Reporter } from './types.js';
import { escapeHtml, escapeMarkdown, markdownCode, untrustedLine } from '../untrusted.js';
import {
  count,
  endpoint,
  findingFor,
  gateLabel,
  headline,
  isPending,
  plural,
  scanLine,
  serviceLabel,
} from './format.js';
import { repoPath } from './paths.js';
import { isLetThrough } from '../policy/fail-on.js';
import { reachabilitySection } from './reachability.js';

/** GitHub's limit on an issue or PR comment body. */
export const COMMENT_LIMIT = 65536;

/** Where a reviewer goes from the report: the rule's line at the scanned commit, the run, the commit. */
export interface MarkdownLinks {
  /** The repository's web address (`https://github.com/acme/shop`) and the commit scanned. */
  repository?: { url: string; sha: string };
  /** The repository root, to turn rule files into repository paths (default: the current directory). */
  root?: string;
  /** The run's page. */
  runUrl?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The endpoint as verdict sentences name it (src/policy/words.ts): the name, else the address. */
function sentenceEndpoint(v: Verdict): string {
  const h = v.hostname ?? v.host;
  return `${h.includes(':') ? `[${h}]` : h}:${v.port}/${v.protocol}`;
}

/**
 * A verdict's sentence without what its row already shows: the endpoint (its own column), the
 * deciding rule (the rule column: "the rule"), and the policy file of other rules' lines.
 */
export function shortWhy(v: Verdict, text: string = v.message): string {
  const where = escapeRe(sentenceEndpoint(v));
  const file = escapeRe(v.rule.file);
  const s = text
    // "Exception "x" (file:9) for redis on host:6379/tcp expired …" → "The exception expired …"
    .replace(
      new RegExp(`^Exception "[^"]*" \\(${file}:${v.rule.line}\\) for [^"]{1,80}? on ${where} `),
      'The exception ',
    )
    // "redis on host:6379/tcp is open …" → "Open …", and the same after a colon.
    .replace(new RegExp(`^[^"]{1,80}? on ${where} (?:is )?`), '')
    .replace(new RegExp(`^${where} `), '')
    .replace(new RegExp(`: [^":]{1,80}? on ${where} (?:is )?`, 'g'), ': ');
  const short = withoutRuleFile(v, s);
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The deciding rule as "the rule" (its column names it), other rules' lines without the file. */
function withoutRuleFile(v: Verdict, text: string): string {
  const at = `(${v.rule.file}:${v.rule.line})`;
  return text
    .split(`rule "${v.rule.id}" ${at}`)
    .join('the rule')
    .split(`exception "${v.rule.id}" ${at}`)
    .join('the exception')
    .replace(new RegExp(`\\(${escapeRe(v.rule.file)}:(\\d+)\\)`, 'g'), '(line $1)');
}

/** A "gone" verdict's sentence after the endpoint its list item starts with. */
function withoutEndpoint(v: Verdict): string {
  const where = `${sentenceEndpoint(v)} `;
  return v.message.startsWith(where) ? v.message.slice(where.length) : `: ${v.message}`;
}

/** Why, in one cell: the sentence, then what it does not already say (requirements, the exception's reason). */
function why(v: Verdict): string {
  const message = shortWhy(v);
  const parts = [escapeMarkdown(message, 400)];
  for (const [name, r] of Object.entries(v.requirements)) {
    if (v.outcome === 'pass' && r.state === 'verified') continue;
    const detail = withoutRuleFile(v, r.detail);
    // Most sentences already say what each requirement came to.
    const said = detail.replace(/ \(waived by .*\)$/, '').toLowerCase();
    if (said && message.toLowerCase().includes(said)) continue;
    parts.push(`${escapeMarkdown(name, 40)}: **${r.state}** — ${escapeMarkdown(detail, 300)}`);
  }
  if (v.exception && !v.message.includes(v.exception.reason)) {
    const e = v.exception;
    parts.push(
      `exception: ${escapeMarkdown(e.reason, 300)} (approved by ${escapeMarkdown(e.approvedBy, 100)}, expires ${escapeMarkdown(e.expires, 40)})`,
    );
  }
  return parts.join(' · ');
}

/** The rule's line at the scanned commit, when the run knows the repository and the file lies in it. */
function ruleUrl(file: string, line: number, links: MarkdownLinks): string | undefined {
  if (!links.repository) return undefined;
  const path = repoPath(file, links.root);
  if (!path) return undefined;
  const { url, sha } = links.repository;
  return `${url}/blob/${encodeURIComponent(sha)}/${path.split('/').map(encodeURIComponent).join('/')}#L${Math.max(1, line)}`;
}

function ruleCell(v: Verdict, links: MarkdownLinks): string {
  const url = ruleUrl(v.rule.file, v.rule.line, links);
  if (url) return `[${markdownCode(v.rule.id, 100)} line ${v.rule.line}](${url})`;
  return `${markdownCode(v.rule.id, 100)} (${escapeMarkdown(v.rule.file)} line ${v.rule.line})`;
}

/** Every row starts with one of these; the legend under the headline names the ones used. */
const MARKS = {
  pending: { mark: '⏳', means: 'waits for an approver' },
  fail: { mark: '❌', means: 'fails the check' },
  warn: { mark: '⚠️', means: 'warning: does not fail the check' },
  pass: { mark: '✅', means: 'passes' },
} as const;

const markOf = (v: Verdict): keyof typeof MARKS => (isPending(v) ? 'pending' : v.outcome);

function row(report: Report, v: Verdict, links: MarkdownLinks, withFix: boolean): string {
  const f = findingFor(report, v);
  const cells = [
    `${MARKS[markOf(v)].mark} ${markdownCode(endpoint(v))}`,
    escapeMarkdown(serviceLabel(f)),
    why(v),
    ruleCell(v, links),
  ];
  // Beside its row, collapsed: the fix for this port, not a list of fixes for some ports.
  if (withFix)
    cells.push(v.fix ? `<details><summary>fix</summary>${escapeMarkdown(v.fix, 600)}</details>` : '');
  return `| ${cells.join(' | ')} |`;
}

function evidenceText(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The job summary's extra part: what was scanned, and every open port with its evidence. */
function scanDetails(report: Report): string[] {
  const out = [
    '',
    '<details><summary>Scan and evidence</summary>',
    '',
    `- targets: ${report.scan.targets.map((t) => markdownCode(t, 100)).join(', ')}`,
    `- ports: ${markdownCode(report.scan.ports, 300)} · vantage: ${report.scan.vantage} · started ${escapeMarkdown(report.startedAt, 40)}`,
  ];
  for (const [name, addresses] of Object.entries(report.scan.resolved ?? {})) {
    out.push(`- ${markdownCode(name, 100)} → ${addresses.map((a) => markdownCode(a, 60)).join(', ')}`);
  }
  if (report.ports.length) {
    out.push('', '| endpoint | service | risk | evidence |', '|---|---|---|---|');
    for (const f of report.ports) {
      const evidence = Object.entries(f.evidence)
        .map(([k, v]) => `${markdownCode(k, 60)} = ${escapeMarkdown(evidenceText(v), 200)}`)
        .join(' · ');
      out.push(
        `| ${markdownCode(endpoint(f))} | ${escapeMarkdown(serviceLabel(f))} | ${escapeMarkdown(f.risk.join(', '), 100)} | ${evidence} |`,
      );
    }
  }
  out.push('', '</details>');
  return out;
}

/** A table of verdicts; problems get a fix column, passes do not. */
function table(report: Report, verdicts: Verdict[], links: MarkdownLinks): string[] {
  if (verdicts.length === 0) return [];
  const withFix = verdicts.some((v) => v.outcome !== 'pass');
  return [
    withFix ? '| endpoint | service | why | rule | fix |' : '| endpoint | service | why | rule |',
    withFix ? '|---|---|---|---|---|' : '|---|---|---|---|',
    ...verdicts.map((v) => row(report, v, links, withFix)),
  ];
}

/** Names as GitHub writes them, but inert: escapeMarkdown keeps `@` from mentioning anyone. */
function names(list: string[]): string {
  return list.map((n) => escapeMarkdown(n.includes('/') ? `@${n}` : n, 100)).join(', ');
}

/**
 * First in the comment: what the pull request's own changes to the rules let through and
 * the base's rules do not, who may approve it, and what is known about approvals.
 */
function pendingSection(report: Report, pending: Verdict[], links: MarkdownLinks): string[] {
  const change = report.change;
  if (!change || pending.length === 0) return [];
  const who = change.approvers.length
    ? `An approver named in the base's policy (${names(change.approvers)}) must approve this pull request (a review of its latest commit).`
    : "The base's policy names no `approvers:`, so no review can approve it: undo the change to the rules, or add approvers on the base branch first.";
  return [
    `**Pending approval — ${plural(pending.length, 'change')} to the rules that ${markdownCode(change.base, 100)} does not allow**`,
    '',
    `This pull request's own policy, extends or baseline lets ${pending.length === 1 ? 'this' : 'these'} through; the rules of the base branch do not. ${who}`,
    ...change.notes.map((n) => `> ${escapeMarkdown(n, 400)}`),
    '',
    ...table(report, pending, links),
    '',
  ];
}

/** The headline, with the policy file as code (DESIGN.md's comment sketch). */
function markdownHeadline(report: Report): string {
  const text = headline(report);
  const file = report.policy.file;
  const at = report.result === 'fail' ? text.lastIndexOf(file) : -1;
  if (at < 0) return escapeMarkdown(text, 400);
  return `${escapeMarkdown(text.slice(0, at), 200)}${markdownCode(file, 300)}${escapeMarkdown(text.slice(at + file.length), 200)}`;
}

/** Failures first, then warnings (stable within each). */
const RANK: Record<string, number> = { pending: 0, fail: 1, warn: 2, pass: 3 };
const worstFirst = (list: Verdict[]) => [...list].sort((a, b) => RANK[markOf(a)] - RANK[markOf(b)]);

/** Inside an HTML block Markdown escapes are not read: HTML-escape, and break mentions. */
const htmlText = (text: string, max = 200) => escapeHtml(untrustedLine(text, max)).replace(/@/g, '@\u200b');

function collapsed(summary: string, inner: string[]): string[] {
  return ['', `<details><summary>${summary}</summary>`, '', ...inner, '', '</details>'];
}

/** The scanned commit, when and where: the footer under every Markdown report. */
function footer(report: Report, links: MarkdownLinks, comment: boolean): string {
  const partial = !report.partial
    ? ''
    : report.partialReason === 'max-duration'
      ? ' · **partial: the time budget ran out**'
      : report.partialReason === 'missing-shards'
        ? ' · **partial: shards are missing**'
        : ' · **partial: the scan was interrupted**';
  const parts = [`${scanLine(report)}${partial}`];
  if (links.repository) {
    const { url, sha } = links.repository;
    parts.push(`commit [\`${sha.slice(0, 7)}\`](${url}/commit/${encodeURIComponent(sha)})`);
  }
  const at = new Date(report.startedAt);
  if (!Number.isNaN(at.getTime()))
    parts.push(`scanned ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  if (links.runUrl) {
    const id = /\/runs\/(\d+)/.exec(links.runUrl)?.[1];
    parts.push(
      `[${id ? `run ${id}` : 'the run'}](${links.runUrl})${comment ? ' (full report in its job summary)' : ''}`,
    );
  }
  return parts.join(' · ');
}

/** Body shared by the job summary and the PR comment: what this change did first, the rest collapsed. */
export function renderMarkdown(
  report: Report,
  options: {
    marker?: string;
    limit?: number;
    /** The run's page (its job summary holds the full report). */
    detailsUrl?: string;
    /** The repository and commit, for links to rule lines and the footer. */
    repository?: { url: string; sha: string };
    /** The repository root, to map rule files to repository paths. */
    root?: string;
    /** The job summary: add what was scanned and every open port's evidence. */
    full?: boolean;
    /** Where the untruncated report is, for the notice when `limit` cuts it. */
    fullReportAt?: string;
    /** Where the report came from, when it is not this run's own scan (the action's report-only mode). */
    origin?: ReportOrigin;
  } = {},
): string {
  const links: MarkdownLinks = {
    repository: options.repository,
    root: options.root,
    runUrl: options.detailsUrl,
  };
  const icon = report.result === 'fail' ? '❌' : '✅';
  const pending = report.verdicts.filter(isPending);
  const gone = report.verdicts.filter((v) => v.baseline === 'gone');
  const passes = report.verdicts.filter((v) => v.outcome === 'pass' && v.baseline !== 'gone');
  // Everything the policy objects to, whether or not it fails the check.
  const problems = report.verdicts.filter((v) => v.outcome !== 'pass' && !isPending(v));
  const compared = report.verdicts.some((v) => v.baseline !== undefined);
  const fresh = worstFirst(compared ? problems.filter((v) => v.baseline !== 'unchanged') : problems);
  const unchanged = worstFirst(compared ? problems.filter((v) => v.baseline === 'unchanged') : []);

  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  const origin = options.origin ? ` ${escapeMarkdown(options.origin.heading, 200)}` : '';
  head.push(`### ${icon} Portcullis — ${markdownHeadline(report)}${origin}`, '');
  // Where a report came from comes before anything it says.
  if (options.origin) head.push(options.origin.markdown, '');
  if (compared) {
    head.push(
      `**${plural(fresh.length + pending.length, 'new problem')}** · ${count(unchanged.length)} unchanged · ${count(gone.length)} gone · ${count(passes.length)} passed — compared with the baseline`,
    );
  } else if (problems.length || pending.length) {
    const failing = problems.filter((v) => v.outcome === 'fail').length + pending.length;
    const warnings = problems.length - (failing - pending.length);
    head.push(
      `${count(failing)} failing · ${plural(warnings, 'warning')} · ${count(passes.length)} passed — no baseline to compare with, so all of them count as new (with \`baseline: auto\`, a push or schedule run on the base branch stores one; or give \`--baseline FILE\`)`,
    );
  }
  const used = new Set([...pending, ...problems, ...passes].map(markOf));
  const legend = (Object.keys(MARKS) as Array<keyof typeof MARKS>)
    .filter((k) => used.has(k))
    .map((k) => `${MARKS[k].mark} ${MARKS[k].means}`);
  if (legend.length && (compared || problems.length || pending.length))
    head.push(`<sub>${legend.join(' · ')}</sub>`);
  if (head[head.length - 1] !== '') head.push('');

  const body: string[] = [...pendingSection(report, pending, links)];
  if (compared) {
    if (fresh.length) body.push('**New in this change**', '', ...table(report, fresh, links));
    else if (unchanged.length) body.push('Nothing new: every problem below was already in the baseline.');
    if (unchanged.length) {
      const failing = unchanged.filter((v) => v.outcome === 'fail').length;
      const still = failing
        ? ` — ${failing} still fail${failing === 1 ? 's' : ''} the check (fail-on: ${escapeHtml(untrustedLine(report.policy.failOn ?? 'any', 40))})`
        : '';
      body.push(
        ...collapsed(
          `${plural(unchanged.length, 'problem')} already in the baseline (unchanged)${still}`,
          table(report, unchanged, links),
        ),
      );
    }
    if (gone.length)
      body.push(
        ...collapsed(
          `${plural(gone.length, 'port')} gone since the baseline`,
          gone.map((v) => `- ${markdownCode(endpoint(v))} ${escapeMarkdown(withoutEndpoint(v), 300)}`),
        ),
      );
  } else {
    // Violations the gate let through (fail-on, mode: warn, UDP silence) under what fails; open when nothing fails.
    const letThrough = fresh.filter(isLetThrough);
    const failing = fresh.filter((v) => v.outcome === 'fail');
    const shown = failing.length ? fresh.filter((v) => !isLetThrough(v)) : fresh;
    body.push(...table(report, shown, links));
    if (failing.length && letThrough.length) {
      const gate = htmlText(gateLabel(report), 100); // from the report: a report-only file is untrusted
      const count = `${plural(letThrough.length, 'violation does', 'violations do')} not fail the check${gate}`;
      body.push(...collapsed(count, table(report, letThrough, links)));
    }
  }
  if (passes.length) {
    const exceptions = passes.filter((v) => v.exception).length;
    const parts = [
      `${plural(passes.length, 'open port passes', 'open ports pass')}`,
      ...(exceptions ? [plural(exceptions, 'exception') + ' applied'] : []),
    ];
    body.push(...collapsed(parts.join(' · '), table(report, passes, links)));
  }
  if (report.notices.length) body.push('', ...report.notices.map((n) => `> ${escapeMarkdown(n, 600)}`));
  if (options.full) body.push(...reachabilitySection(report), ...scanDetails(report));
  const foot = ['', footer(report, links, !options.full)];
  const limit = options.limit ?? Infinity;
  // Sections that are absent leave no run of blank lines behind.
  let text = [...head, ...body, ...foot].join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  if (text.length > limit) {
    // Drop rows from the end until it fits, and say where the rest is.
    const where =
      options.fullReportAt ??
      (options.detailsUrl
        ? `the full report is in the [job summary](${options.detailsUrl})`
        : 'the full report is in the job summary');
    const notice = `\n\n> Truncated to fit GitHub's ${options.full ? 'job summary' : 'comment'} limit; ${where}.\n`;
    const budget = limit - notice.length - foot.join('\n').length - 16;
    let kept = [...head, ...body].join('\n');
    if (kept.length > budget) kept = kept.slice(0, kept.lastIndexOf('\n', budget));
    // Close an open <details> so the rest of the page renders.
    if ((kept.match(/<details>/g) ?? []).length > (kept.match(/<\/details>/g) ?? []).length)
      kept += '\n\n</details>';
    text = kept + notice + foot.join('\n') + '\n';
  }
  return text;
}

/** The job summary: the whole report. */
export const markdown: Reporter = (report, options = {}) =>
  renderMarkdown(report, {
    full: true,
    repository: options.repository,
    root: options.root,
    detailsUrl: options.detailsUrl,
  });
