import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import type { Report } from '../model.js';
import { ConfigurationError } from '../errors.js';
import { plural } from '../words.js';

// ajv's compiler is CommonJS; required at first use (a bundler resolves this form too).
const require = createRequire(import.meta.url);

/**
 * The JSON report (format version 1) as a JSON Schema, for reading a report
 * this process did not write: a shard to merge, a baseline, or the artifact a
 * fork's pull_request run uploaded (untrusted: it must be the shape the
 * reporters expect, and bounded, before any of it reaches a PR).
 *
 * Published as schemas/report.schema.json (docs/report.md describes every field);
 * __tests__/contracts/schemas.test.ts keeps that file equal to this object.
 */

const str = { type: 'string', maxLength: 100_000 } as const;
const int = { type: 'integer', minimum: 0 } as const;
const port = { type: 'integer', minimum: 0, maximum: 65535 } as const;
const protocol = { enum: ['tcp', 'udp'] } as const;
const evidenceValue = {
  anyOf: [
    { type: 'string', maxLength: 100_000 },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
    { type: 'array', items: { type: 'string', maxLength: 100_000 }, maxItems: 1000 },
  ],
} as const;
const vantage = { enum: ['untrusted', 'vpn', 'internal'] } as const;
const ruleRef = {
  type: 'object',
  required: ['id', 'file', 'line'],
  properties: { id: str, file: str, line: int, column: int },
} as const;

export const REPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/portcullis/portcullis/v1/schemas/report.schema.json',
  title: 'Portcullis JSON report, format version 1',
  description:
    'What `portcullis scan --json` and the action write. Fields are only added within version 1; removing one or changing its meaning bumps `version`. Documented in docs/report.md.',
  type: 'object',
  required: [
    'version',
    'result',
    'partial',
    'startedAt',
    'durationMs',
    'policy',
    'scan',
    'ports',
    'verdicts',
    'summary',
  ],
  properties: {
    version: { const: 1 },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: str, version: str },
    },
    result: { enum: ['pass', 'fail'] },
    partial: { type: 'boolean' },
    partialReason: { enum: ['interrupted', 'max-duration', 'missing-shards'] },
    startedAt: str,
    durationMs: { type: 'number', minimum: 0 },
    policy: {
      type: 'object',
      required: ['file'],
      // failOn: the fail-on that gated the report; failOnFrom: the flag or input that overrode the policy's.
      properties: { file: str, mode: { enum: ['enforce', 'warn'] }, failOn: str, failOnFrom: str },
    },
    scan: {
      type: 'object',
      required: ['targets', 'ports', 'vantage', 'counts'],
      properties: {
        targets: { type: 'array', items: str, maxItems: 100_000 },
        ports: str,
        vantage: { enum: ['untrusted', 'vpn', 'internal'] },
        counts: {
          type: 'object',
          required: ['probed', 'open', 'closed', 'filtered'],
          properties: { probed: int, open: int, closed: int, filtered: int, openFiltered: int },
        },
        resolved: { type: 'object', additionalProperties: { type: 'array', items: str } },
        // A shard of a split scan (--shard K/N), and the digest of the scan's inputs its shards share.
        shard: {
          type: 'object',
          required: ['index', 'count'],
          properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
        },
        digest: str,
        // A merged report (portcullis merge): the reports it joined, per vantage.
        merged: {
          type: 'object',
          required: ['reports', 'groups'],
          properties: {
            reports: int,
            groups: {
              type: 'array',
              maxItems: 100,
              items: {
                type: 'object',
                required: ['vantage', 'shards', 'present', 'missing', 'duplicated'],
                properties: {
                  vantage,
                  digest: str,
                  shards: int,
                  present: { type: 'array', items: int, maxItems: 5000 },
                  missing: { type: 'array', items: int, maxItems: 5000 },
                  duplicated: { type: 'array', items: int, maxItems: 5000 },
                },
              },
            },
          },
        },
        listeners: {
          type: 'object',
          required: ['new', 'probed', 'tableOnly'],
          properties: {
            new: int,
            probed: { type: 'array', items: str, maxItems: 100_000 },
            tableOnly: { type: 'array', items: str, maxItems: 100_000 },
          },
        },
      },
    },
    ports: {
      type: 'array',
      maxItems: 100_000,
      items: {
        type: 'object',
        required: ['host', 'port', 'protocol', 'state', 'reason', 'risk', 'evidence'],
        properties: {
          host: str,
          hostname: str,
          port,
          protocol,
          state: { enum: ['open', 'closed', 'filtered', 'open|filtered'] },
          reason: str,
          rttMs: { type: 'number' },
          tries: int,
          service: {
            type: 'object',
            required: ['name', 'confidence'],
            properties: {
              name: str,
              product: str,
              version: str,
              tls: { type: 'boolean' },
              confidence: { enum: ['high', 'low'] },
              identifiedBy: { enum: ['exchange', 'banner', 'port'] },
              banner: str,
            },
          },
          risk: { type: 'array', items: str, maxItems: 100 },
          evidence: { type: 'object', additionalProperties: evidenceValue },
          origin: { enum: ['listener-table'] },
          vantage,
        },
      },
    },
    otherPorts: { type: 'array', maxItems: 10_000_000 },
    verdicts: {
      type: 'array',
      maxItems: 100_000,
      items: {
        type: 'object',
        required: ['host', 'port', 'protocol', 'outcome', 'message', 'rule', 'requirements'],
        properties: {
          host: str,
          hostname: str,
          port,
          protocol,
          service: str,
          product: str,
          vantage,
          // outcome: what the gate made of it (fail fails the check); judged: what the policy
          // judged before fail-on, mode: warn or UDP silence let a failure through
          // (optional: older reports lack it, and a baseline then reads outcome).
          outcome: { enum: ['pass', 'warn', 'fail'] },
          judged: { enum: ['pass', 'warn', 'fail'] },
          severity: { enum: ['low', 'medium', 'high', 'critical'] },
          message: str,
          rule: ruleRef,
          requirements: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['state', 'detail'],
              properties: {
                state: { enum: ['verified', 'attested', 'unverified', 'violated'] },
                detail: str,
              },
            },
          },
          fix: str,
          exception: {
            type: 'object',
            required: ['reason', 'approvedBy', 'expires', 'rule'],
            properties: { reason: str, approvedBy: str, expires: str, ticket: str, rule: ruleRef },
          },
          baseline: { enum: ['new', 'unchanged', 'gone'] },
          new: { type: 'boolean' },
          pending: {
            type: 'object',
            required: ['headOutcome', 'base'],
            properties: {
              headOutcome: { enum: ['pass', 'warn', 'fail'] },
              base: {
                type: 'object',
                required: ['outcome', 'message', 'rule'],
                properties: {
                  outcome: { enum: ['pass', 'warn', 'fail'] },
                  severity: { enum: ['low', 'medium', 'high', 'critical'] },
                  message: str,
                  rule: ruleRef,
                },
              },
              approvedBy: { type: 'array', items: str, maxItems: 100 },
            },
          },
        },
      },
    },
    summary: {
      type: 'object',
      required: ['violations', 'warnings', 'passed'],
      properties: { violations: int, warnings: int, passed: int, newViolations: int },
    },
    notices: { type: 'array', items: str, maxItems: 10_000 },
    // A merged report: what each vantage saw of every port open from at least one of them.
    observations: {
      type: 'array',
      maxItems: 1_000_000,
      items: {
        type: 'object',
        required: ['host', 'port', 'protocol', 'vantage', 'state'],
        properties: {
          host: str,
          hostname: str,
          port,
          protocol,
          vantage,
          state: { enum: ['open', 'open|filtered', 'closed', 'filtered', 'not open', 'not observed'] },
        },
      },
    },
    change: {
      type: 'object',
      required: ['base', 'judgedBy', 'pending', 'approved', 'approvers', 'notes'],
      properties: {
        base: str,
        judgedBy: { enum: ['base', 'head'] },
        reason: str,
        pending: int,
        approved: int,
        approvers: { type: 'array', items: str, maxItems: 100 },
        approvedBy: { type: 'array', items: str, maxItems: 100 },
        notes: { type: 'array', items: str, maxItems: 1000 },
      },
    },
  },
} as const;

let validator: ValidateFunction | undefined;

/** The largest report file we read (a report of 100,000 open ports is about this size). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** Parse and check a JSON report; every problem is a ConfigurationError naming the file and the JSON path. */
export function parseReport(text: string, source: string): Report {
  if (text.length > MAX_REPORT_BYTES) {
    throw new ConfigurationError({
      source,
      message: `is larger than ${plural(MAX_REPORT_BYTES, 'byte')}; not a Portcullis report`,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError({ source, message: `is not JSON: ${(err as Error).message}` });
  }
  if (!validator) {
    // ajv's compiler loads when a report is first read, not at every start.
    const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
    validator = new Ajv({ allErrors: true, strict: false }).compile(REPORT_SCHEMA);
  }
  if (!validator(data)) {
    const errors = (validator.errors ?? []).slice(0, 10);
    throw new ConfigurationError(
      errors.map((e) => ({
        source,
        path: e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)',
        message: `${e.message ?? 'is invalid'} (not a Portcullis JSON report, format version 1)`,
      })),
    );
  }
  const report = data as Report;
  report.notices ??= [];
  return report;
}
