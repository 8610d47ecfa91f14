import { InvalidArgumentError } from 'commander';
import type { Vantage } from '../model.js';

/** Option parsers for commander: each error names the expected form; commander adds the flag. */

/** Whole numbers, syntax only: the engine's limits (LIMITS in run.ts) are checked where the engine starts. */
export function wholeNumber(value: string): number {
  if (!/^\d{1,15}$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return Number(value);
}

/** Durations: `500ms`, `3s`, `2m`, `1h`, or a bare number of seconds (as the action's inputs read them). */
export function duration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a duration (e.g. 500ms, 3s, 2m).`);
  const unit = m[2] ?? 's';
  const n = Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000);
  if (n < 1 || n > 6 * 3_600_000) throw new InvalidArgumentError(`"${value}" is out of range (1ms–6h).`);
  return Math.round(n);
}

export const VANTAGES: readonly Vantage[] = ['untrusted', 'vpn', 'internal'];

export function vantage(value: string): Vantage {
  if (!(VANTAGES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`"${value}" is not a vantage (${VANTAGES.join(', ')}).`);
  }
  return value as Vantage;
}

/** Repeatable list options: `--targets a,b --targets c` → ['a,b', 'c']. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function commaList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}
