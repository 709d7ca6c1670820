/** Words for the facts of a study, as a reader sees them on a page or in a table, in its language. */
import { siteCount } from './rules.ts';
import type { Design, Evidence, Outcome, Sample } from './types.ts';
import { DEFAULT_EVIDENCE_WORDS, type Counted, type EvidenceWords } from './words.ts';

export function designLabel(design: Design, words = DEFAULT_EVIDENCE_WORDS): string {
  return words.designLabel[design];
}

export function outcomeLabel(outcome: Outcome, words = DEFAULT_EVIDENCE_WORDS): string {
  return words.outcomeLabel[outcome];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and style, reused (building one costs far more than using it). */
function numberFormat(locale: string, style: 'count' | 'effect'): Intl.NumberFormat {
  const key = `${locale}|${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      style === 'count'
        ? {}
        : // Two decimals, as effect sizes are printed; never "-0.00".
          { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false, signDisplay: 'negative' },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** A whole number as the page's language writes it: `2,633` in English, `2633` in Spanish. */
export function formatCount(n: number, words = DEFAULT_EVIDENCE_WORDS): string {
  return numberFormat(words.locale, 'count').format(n);
}

/** An effect size as printed: `0.19`, `-0.05`; `0,19` in Spanish. */
export function formatEffectSize(value: number, words = DEFAULT_EVIDENCE_WORDS): string {
  return formatSize(value, words);
}

function formatSize(value: number, words: EvidenceWords): string {
  return numberFormat(words.locale, 'effect').format(value);
}

/** "2,633 students", "1 school". */
export function countOf(n: number, what: Counted, words: EvidenceWords): string {
  return words.count(numberFormat(words.locale, 'count').format(n), what, n === 1);
}

/** "2,633 students in 12 schools", "120 students in 1 school", "not reported". */
export function describeSample(sample: Sample | undefined, words = DEFAULT_EVIDENCE_WORDS): string {
  return sampleInWords(sample, words);
}

export function sampleInWords(sample: Sample | undefined, words: EvidenceWords): string {
  const places = (['sites', 'schools', 'districts'] as const)
    .filter((what) => sample?.[what] !== undefined)
    .map((what) => countOf(sample![what]!, what, words))
    .join(', ');
  const students = sample?.students === undefined ? undefined : countOf(sample.students, 'students', words);
  if (students && places) return words.sampleIn(students, places);
  return students || places || words.notReported;
}

/** The site count in words: "12 schools" or "3 sites", for the tier explanations. */
export function describeSites(evidence: Evidence, words: EvidenceWords): string | undefined {
  const sites = siteCount(evidence);
  if (sites === undefined) return undefined;
  return countOf(sites, evidence.sample?.sites !== undefined ? 'sites' : 'schools', words);
}

/** "0.19 (95% interval 0.08 to 0.30)"; "0,19 (intervalo del 95 %: de 0,08 a 0,30)". */
export function describeEffectSize(evidence: Evidence, words = DEFAULT_EVIDENCE_WORDS): string | undefined {
  const effect = evidence.effect;
  if (effect?.size === undefined) return undefined;
  const size = formatSize(effect.size, words);
  if (effect.ciLow === undefined || effect.ciHigh === undefined) return size;
  return words.effectWithInterval(size, formatSize(effect.ciLow, words), formatSize(effect.ciHigh, words));
}
