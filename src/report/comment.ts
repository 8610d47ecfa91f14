import type { Reporter } from './types.js';
import { COMMENT_LIMIT, renderMarkdown } from './markdown.js';

/** The hidden marker that finds our own comment again: one per job and policy. */
export function commentMarker(job: string, policyFile: string): string {
  const clean = (s: string) => s.replace(/--+/g, '-').replace(/[<>\n\r]/g, '');
  return `<!-- portcullis: job=${clean(job)} policy=${clean(policyFile)} -->`;
}

/** The PR comment: the Markdown report under the hidden marker, kept under GitHub's limit. */
export const comment: Reporter = (report, options = {}) =>
  renderMarkdown(report, {
    marker: commentMarker(options.job ?? 'portcullis', report.policy.file),
    limit: COMMENT_LIMIT - 1024,
    detailsUrl: options.detailsUrl,
    repository: options.repository,
    root: options.root,
    origin: options.origin,
  });
