import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import type { ShardRef } from '../model.js';

/**
 * Shards: one part of a scan's (address, port, protocol) space, run by one job of a matrix
 * (`--shard K/N`). The probe tasks are numbered in the order probeTasks() yields them (host by
 * host, each host's TCP then UDP ports); shard K of N takes the tasks whose number is K-1
 * modulo N. So the split is deterministic (the same inputs give the same parts), the parts
 * differ by at most one probe, and one host's ports are dealt out over all the shards, so
 * that no shard hammers one host. The split needs the same address list in every shard: a
 * name that resolved differently moves the split of the addresses after it, and the merge
 * says so (each address is then judged on the observations it has).
 */

/** The most shards one scan may be split into (GitHub allows 256 jobs in a matrix; several matrices may share a scan). */
export const MAX_SHARDS = 4096;

/** Parse `K/N` (1 ≤ K ≤ N ≤ MAX_SHARDS); errors name the flag or input. */
export function parseShard(text: string, source: string): ShardRef {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  const fail = (why: string): never => {
    throw new ConfigurationError({
      source,
      message: `"${text}" ${why}: write K/N, this job's part K of N parts (1 ≤ K ≤ N ≤ ${MAX_SHARDS}), e.g. 2/8`,
    });
  };
  if (!m) return fail('is not a shard');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return fail(`has ${count} parts`);
  if (index < 1 || index > count) return fail(`names part ${index} of ${count}`);
  return { index, count };
}

/** How many of `total` tasks shard `shard` takes. */
export function shardTaskCount(total: number, shard: ShardRef | undefined): number {
  if (!shard) return total;
  const base = Math.floor(total / shard.count);
  return base + (shard.index - 1 < total % shard.count ? 1 : 0);
}

/** The first index at or after `from` that belongs to the shard. */
export function firstInShard(from: number, shard: ShardRef): number {
  const want = shard.index - 1;
  const offset = (((want - (from % shard.count)) % shard.count) + shard.count) % shard.count;
  return from + offset;
}

/**
 * A digest of what a scan was asked to do, excluding the shard and the vantage: the merge
 * checks that the shards of one vantage come from one scan. Key order does not matter.
 */
export function inputDigest(inputs: unknown): string {
  return `sha256:${createHash('sha256').update(stableJson(inputs)).digest('hex')}`;
}

function stableJson(value: unknown, path: object[] = []): string {
  if (value === undefined || typeof value === 'function') return 'null';
  // Compiled policies point back at their parts: a reference to an enclosing object is named, not followed.
  if (typeof value === 'object' && value !== null && path.includes(value)) return '"[cycle]"';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof RegExp) return JSON.stringify(String(value));
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const inner = [...path, value];
  if (value instanceof Map) return stableJson([...value.entries()], inner);
  if (value instanceof Set) return stableJson([...value], inner);
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v, inner)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v, inner)}`).join(',')}}`;
}
