/**
 * Counts in every message, alike: a thousands separator always (en-US, whatever the
 * machine's locale), and the singular for one ("probing 1 port", never "1 ports").
 */

/** A count as people read it: 65,535 (a bigint too: a CIDR's size can pass 2^53). */
export function count(n: number | bigint): string {
  // Whole numbers by hand: the first toLocaleString of a process loads ICU's number formats
  // (about 10 ms of every CLI start); fractions, rare in messages, still go through it.
  // -0 too: String(-0) is "0", and toLocaleString writes "-0".
  if (typeof n === 'number' && (!Number.isSafeInteger(n) || Object.is(n, -0)))
    return n.toLocaleString('en-US');
  const digits = String(n);
  const sign = digits.startsWith('-') ? '-' : '';
  return sign + digits.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `plural(1, 'port')` is "1 port", `plural(2, 'address', 'addresses')` is "2 addresses". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${count(n)} ${noun(n, one, many)}`;
}

/** The word alone, in the number `n` asks for: `noun(2, 'shard')` is "shards". */
export function noun(n: number, one: string, many: string = `${one}s`): string {
  return n === 1 ? one : many;
}
