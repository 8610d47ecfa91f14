/**
 * Counts in every message, alike: a thousands separator always (en-US, whatever the
 * machine's locale), and the singular for one ("probing 1 port", never "1 ports").
 */

/** A count as people read it: 65,535 (a bigint too: a CIDR's size can pass 2^53). */
export function count(n: number | bigint): string {
  return n.toLocaleString('en-US');
}

/** `plural(1, 'port')` is "1 port", `plural(2, 'address', 'addresses')` is "2 addresses". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${count(n)} ${noun(n, one, many)}`;
}

/** The word alone, in the number `n` asks for: `noun(2, 'shard')` is "shards". */
export function noun(n: number, one: string, many: string = `${one}s`): string {
  return n === 1 ? one : many;
}
