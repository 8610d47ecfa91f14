import { CLI_SOURCES, type Sources } from '../run.js';

/** The flag or input behind each setting, for messages; defaults are the CLI's flags. */
export interface SessionSources extends Sources {
  baseline: string;
  writeBaseline: string;
  waitFor: string;
  maxDuration: string;
  listeners: string;
}

export const CLI_SESSION_SOURCES: SessionSources = {
  ...CLI_SOURCES,
  baseline: '--baseline',
  writeBaseline: '--write-baseline',
  waitFor: '--wait-for',
  maxDuration: '--max-duration',
  listeners: '--no-listeners',
};
