/**
 * Lighthouse's four scores for a page over several runs, and the targets they are held to.
 * Performance moves from run to run on a busy machine (its blocking time is the host's CPU
 * time under a 4x slowdown), so a page is judged on the median of its runs, as Lighthouse's own
 * guidance on variability advises, and the spread is printed beside it.
 */
import { median } from '../bench/stats.ts';
import { wholeNumberOption } from '../cli-options.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

export const TARGET: Scores = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export interface PageSummary {
  /** The median of each category over the runs (0-100). */
  scores: Scores;
  /** Lowest and highest performance score among the runs. */
  performanceRange: [number, number];
  /** Categories whose median is under target. */
  misses: Category[];
}

export function summarizeRuns(runs: readonly Scores[]): PageSummary {
  if (runs.length === 0) throw new Error('no Lighthouse runs to summarize');
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run[category]))])) as Scores;
  const performance = runs.map((run) => run.performance);
  return {
    scores,
    performanceRange: [Math.min(...performance), Math.max(...performance)],
    misses: CATEGORIES.filter((category) => scores[category] < TARGET[category]),
  };
}

/** `93 (89-97)` over several runs, `93` for one. */
export function performanceText(summary: PageSummary): string {
  const [low, high] = summary.performanceRange;
  return low === high ? String(summary.scores.performance) : `${summary.scores.performance} (${low}-${high})`;
}

/** A whole number of runs from `--runs`, at least one. */
export function parseRuns(text: string | undefined, fallback: number): number {
  return text === undefined ? fallback : wholeNumberOption(text, '--runs', 1);
}
