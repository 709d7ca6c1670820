/**
 * How often a measure is taken (monthly, weekly...), read from its dates, so a reading can say
 * "the last eight months" rather than "the last eight points", which a parent would have to
 * translate. Dates that follow no single step are plain `point`s.
 */

export type Cadence = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'point';

const DAY_MS = 86_400_000;

/** The step between consecutive dates (sorted ISO days), if they all share one unit. */
export function detectCadence(dates: readonly string[]): Cadence {
  if (dates.length < 2) return 'point';
  const pairs = dates.slice(1).map((date, index) => [dates[index]!, date] as const);
  const months = pairs.map(([a, b]) => monthsBetween(a, b));
  if (months.every((gap) => gap !== null && gap > 0)) {
    const smallest = Math.min(...(months as number[]));
    if (smallest === 12 && months.every((gap) => gap! % 12 === 0)) return 'year';
    if (smallest === 3 && months.every((gap) => gap! % 3 === 0)) return 'quarter';
    if (smallest === 1) return 'month';
    return 'point';
  }
  const days = pairs.map(([a, b]) => (Date.parse(b) - Date.parse(a)) / DAY_MS);
  const smallestDays = Math.min(...days);
  if (smallestDays === 7 && days.every((gap) => gap % 7 === 0)) return 'week';
  if (smallestDays === 1) return 'day';
  return 'point';
}

/** Whole months between two days on the same day of the month (or both month ends), else null. */
function monthsBetween(from: string, to: string): number | null {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  if (dayOfMonth(from) !== dayOfMonth(to)) return null;
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

/** The day of the month, or `end` for the last day (data dated 31 January, 28 February...). */
function dayOfMonth(date: string): number | 'end' {
  const day = new Date(`${date}T00:00:00Z`);
  const next = new Date(day.getTime() + DAY_MS);
  return next.getUTCDate() === 1 ? 'end' : day.getUTCDate();
}
