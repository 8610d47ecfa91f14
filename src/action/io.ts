import * as core from '@actions/core';
import type { Logger } from '../model.js';
import type { InputName, OutputName } from './constants.js';
import { actionsLogger } from './logger.js';

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
  /**
   * One `::error` line in the step log, annotated at a file's line (core.error escapes the
   * message and the properties as workflow-command data).
   */
  error(message: string, at?: { title?: string; file?: string; startLine?: number }): void;
  /** Append Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  logger: Logger;
}

export function runnerIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setFailed: (message) => core.setFailed(message),
    error: (message, at) => core.error(message, at ?? {}),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
      core.summary.emptyBuffer();
    },
    logger: actionsLogger(),
  };
}
