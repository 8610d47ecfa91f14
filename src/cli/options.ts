import { InvalidArgumentError } from 'commander';
import type { Vantage } from '../model.js';
import { parseDurationMs } from '../session/budget.js';

/** Option parsers for commander: each error names the expected form; commander adds the flag. */

/** Whole numbers, syntax only: the engine's limits (LIMITS in run.ts) are checked where the engine starts. */
export function wholeNumber(value: string): number {
  if (!/^\d{1,15}$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return Number(value);
}

/** Durations: `500ms`, `3s`, `2m`, `1h`, or a bare number of seconds (as the action's inputs read them). */
export function duration(value: string): number {
  const n = parseDurationMs(value);
  if (n === undefined) throw new InvalidArgumentError(`"${value}" is not a duration (e.g. 500ms, 3s, 2m).`);
  if (n < 1 || n > 6 * 3_600_000) throw new InvalidArgumentError(`"${value}" is out of range (1ms–6h).`);
  return n;
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
