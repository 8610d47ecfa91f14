import * as core from '@actions/core';
import type { Logger } from '../model.js';
import type { InputName, OutputName } from './constants.js';
import { actionsLogger } from './logger.js';
import { sanitizeForTerminal } from '../untrusted.js';

/**
 * Everything the action's steps take from the runner, behind one interface so
 * the step logic is plain code (and testable without a runner).
 */
export interface ActionIO {
  getInput(name: InputName): string;
  setOutput(name: OutputName, value: string | number): void;
  setSecret(secret: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  setFailed(message: string): void;
  /** Append Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /**
   * An annotation at a file's line (core.error / core.warning with their properties). Optional:
   * without it, the message goes to the log with its file:line.
   */
  annotate?(level: 'error' | 'warning', message: string, where: AnnotationPlace): void;
  logger: Logger;
}

/** Where an annotation goes: a repository path and, when known, the line and column. */
export interface AnnotationPlace {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export function runnerIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setFailed: (message) => core.setFailed(message),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
      core.summary.emptyBuffer();
    },
    annotate: (level, message, where) => {
      const properties: core.AnnotationProperties = {
        ...(where.title ? { title: where.title } : {}),
        ...(where.file ? { file: where.file } : {}),
        ...(where.file && where.line ? { startLine: where.line } : {}),
        ...(where.file && where.line && where.column ? { startColumn: where.column } : {}),
      };
      // core.error/warning escape the message and properties as workflow-command data.
      const text = sanitizeForTerminal(message);
      if (level === 'error') core.error(text, properties);
      else core.warning(text, properties);
    },
    logger: actionsLogger(),
  };
}
