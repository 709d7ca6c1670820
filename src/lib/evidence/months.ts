/**
 * Effect sizes as months of additional progress, on the Education Endowment Foundation's scale:
 * a reader grasps "about 3 months" where "0.19" means nothing. Shown only for learning outcomes
 * (achievement, attainment): months of progress mean nothing for attendance or a survey of views.
 */
import { isLearningOutcome } from './rules.ts';
import type { Evidence } from './types.ts';
import { DEFAULT_EVIDENCE_WORDS } from './words.ts';

/**
 * The smallest effect size, in hundredths, for 1, 2, ... 12 months (EEF conversion table:
 * 0.02-0.09 is 1 month, 0.10-0.18 is 2, ... 0.96 and above is 12).
 */
const MONTH_THRESHOLDS = [2, 10, 19, 27, 36, 45, 53, 62, 70, 79, 88, 96] as const;

export interface MonthBand {
  months: number;
  /** Smallest effect size in the band, in hundredths as printed ("0.19"). */
  from: string;
  /** Largest effect size in the band, or undefined for the open-ended top band. */
  to: string | undefined;
}

/** The scale as a table, for the page that explains it: 0.02 to 0.09 is 1 month, and so on. */
export function monthBands(): MonthBand[] {
  return MONTH_THRESHOLDS.map((threshold, index) => {
    const next = MONTH_THRESHOLDS[index + 1];
    return { months: index + 1, from: hundredths(threshold), to: next === undefined ? undefined : hundredths(next - 1) };
  });
}

function hundredths(value: number): string {
  return (value / 100).toFixed(2);
}

/** Whole months for an effect size; negatives mirror positives (-0.19 is -3). */
export function monthsOfProgress(effectSize: number): number {
  // Work in whole hundredths, as the table is printed, so 0.19 is never 0.18999.
  const hundredths = Math.round(Math.abs(effectSize) * 100);
  const months = MONTH_THRESHOLDS.filter((threshold) => hundredths >= threshold).length;
  return effectSize < 0 ? -months : months;
}

/** "about 3 months of additional progress", "about 1 month less progress", "no additional progress". */
export function monthsInWords(months: number, { months: words } = DEFAULT_EVIDENCE_WORDS): string {
  if (months === 0) return words.none;
  return months > 0 ? words.more(months) : words.less(Math.abs(months));
}

/** "between 1 and 4 months", "between 1 month less and 2 months more". */
export function monthRangeInWords(low: number, high: number, { months: words } = DEFAULT_EVIDENCE_WORDS): string {
  if (low >= 0) return words.between(low, high);
  if (high <= 0) return words.betweenLess(Math.abs(high), Math.abs(low));
  return words.betweenLessAndMore(Math.abs(low), high);
}

export interface MonthsSummary {
  months: number;
  /** Months at each end of the 95% interval, where one is given. */
  interval?: { low: number; high: number } | undefined;
  /** The whole sentence for a page: "about 3 months of additional progress (95% interval: between 1 and 4 months)". */
  text: string;
}

/** Months for a study's effect, or undefined where months would mislead or there is no effect size. */
export function describeMonths(evidence: Evidence, words = DEFAULT_EVIDENCE_WORDS): MonthsSummary | undefined {
  const effect = evidence.effect;
  if (effect?.size === undefined || !isLearningOutcome(evidence.outcome)) return undefined;
  const months = monthsOfProgress(effect.size);
  const interval =
    effect.ciLow !== undefined && effect.ciHigh !== undefined
      ? { low: monthsOfProgress(effect.ciLow), high: monthsOfProgress(effect.ciHigh) }
      : undefined;
  const text = monthsInWords(months, words);
  return {
    months,
    interval,
    text: interval ? words.months.withInterval(text, monthRangeInWords(interval.low, interval.high, words)) : text,
  };
}
