/**
 * The small-count rule of the tables, applied to measure data: a value computed from 1 to 9
 * people could identify them, so its row is withheld (value and count dropped, shown as missing).
 * A count of 0 names nobody and 10 or more is safe to publish.
 */

/** The largest count that is withheld. */
export const LARGEST_WITHHELD_COUNT = 9;

/** Whether a row with this many people behind its value must be withheld. */
export function isWithheldCount(n: number): boolean {
  return n >= 1 && n <= LARGEST_WITHHELD_COUNT;
}
