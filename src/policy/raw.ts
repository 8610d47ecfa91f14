import type { Protocol, Severity, Vantage } from '../model.js';
import type { DefaultAction, FailOn, UnverifiedAction } from './types.js';

/**
 * A policy file's data as the schema guarantees it (schemas/policy.schema.json):
 * what the compiler may assume once a file passed validation, and no more.
 */

export type PortValue = number | string;
export interface RawRule {
  id?: string;
  port?: PortValue;
  ports?: PortValue[];
  protocol?: Protocol | 'any';
  service?: string | string[];
  product?: string | string[];
  vantages?: Vantage[];
  require?: { tls?: string; redirect?: 'https'; auth?: 'required'; vpn?: boolean; mfa?: boolean };
  severity?: Severity;
  reason?: string;
  when?: { auth?: 'none'; evidence?: Record<string, string | number | boolean> };
}
/** A requirement-only rule (`requirements:`): a match and what must hold; it never allows a port. */
export interface RawRequirementRule {
  id?: string;
  port?: PortValue;
  ports?: PortValue[];
  protocol?: Protocol | 'any';
  service?: string | string[];
  product?: string | string[];
  vantages?: Vantage[];
  require: NonNullable<RawRule['require']>;
  severity?: Severity;
}
export type RawDefault = DefaultAction | { action: DefaultAction; severity?: Severity };
export interface RawTarget {
  name: string;
  hosts: string[];
  vantages?: Vantage[];
  default?: RawDefault;
  allow?: RawRule[];
  deny?: RawRule[];
  requirements?: RawRequirementRule[];
}
export interface RawException {
  id?: string;
  match: {
    host?: string;
    port?: PortValue;
    ports?: PortValue[];
    protocol?: Protocol | 'any';
    service?: string | string[];
    product?: string | string[];
    target?: string;
    rule?: string;
  };
  reason: string;
  approved_by: string;
  ticket?: string;
  expires: string | number;
  waive?: 'violated';
}
export interface RawGateway {
  host: string;
  port: number;
  protocol?: Protocol;
  kind: string;
}
/** An `extends` entry: a path, `portcullis:NAME`, `github:OWNER/REPO/PATH@SHA`, or a pinned URL. */
export type RawExtends = string | { url: string; sha256: string };
export interface RawPolicy {
  version: 1;
  extends?: string | RawExtends[];
  mode?: 'enforce' | 'warn';
  default?: RawDefault;
  'fail-on'?: FailOn;
  unverified?: UnverifiedAction;
  allow?: RawRule[];
  deny?: RawRule[];
  requirements?: RawRequirementRule[];
  targets?: RawTarget[];
  remote_access?: {
    require?: { vpn?: boolean; mfa?: boolean };
    unverified?: UnverifiedAction;
    severity?: Severity;
    vantages?: Vantage[];
    vpn_gateways?: RawGateway[];
  };
  exceptions?: RawException[];
  approvers?: string[];
  trust_pull_request_policy?: boolean;
  max_exception_days?: number;
  allow_permanent_exceptions?: boolean;
}
