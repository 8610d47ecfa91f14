// Generated from package.json by scripts/version.mjs (`npm version` runs it); do not edit.
// __tests__/version.test.ts fails when it is stale.

/** The tool's name, as reports and SARIF give it. */
export const TOOL_NAME = 'portcullis';

/** The one version number: package.json, `portcullis --version`, SARIF `semanticVersion` and the report's `tool.version`. */
export const VERSION = '0.1.0';
