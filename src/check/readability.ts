/**
 * Plain language for summaries: a summary is what families and school staff read on cards, in
 * search results and as the page description, so `npm run check` warns (never fails) when one
 * reads above grade 9 on the Flesch-Kincaid scale. The formula is built for English, so only
 * `lang: en` entries are scored; a translation is left to its translator.
 */
import readability from 'text-readability';
import { MAX_SUMMARY_GRADE } from '../lib/collections.ts';
import { warning, type Problem } from './problem.ts';

export { MAX_SUMMARY_GRADE };

/** The Flesch-Kincaid grade of English text: about the school grade that can read it. */
export function readingGrade(text: string): number {
  return readability.fleschKincaidGrade(text);
}

/** A warning for an English summary that reads above grade 9, or nothing. */
export function summaryReadability(file: string, entry: Record<string, unknown>, lineOf: (field: string) => number | undefined): Problem[] {
  const { summary, lang } = entry;
  if (lang !== 'en' || typeof summary !== 'string') return [];
  const grade = readingGrade(summary);
  if (grade <= MAX_SUMMARY_GRADE) return [];
  return [
    warning({
      file,
      field: 'summary',
      line: lineOf('summary'),
      found: `a Flesch-Kincaid reading grade of ${grade}`,
      expected: `grade ${MAX_SUMMARY_GRADE} or below, so families and school staff can read it: use shorter sentences and everyday words`,
    }),
  ];
}
