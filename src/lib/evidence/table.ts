/**
 * A problem page's evidence table: one row per claim with evidence, strongest first, in words a
 * board member can read from a printed page.
 */
import { describeEffectSize, designLabel } from './labels.ts';
import { describeMonths } from './months.ts';
import { siteCount } from './rules.ts';
import { tierOf } from './tier.ts';
import type { Evidence, TierValue } from './types.ts';
import { DEFAULT_EVIDENCE_WORDS } from './words.ts';

export interface EvidenceRow {
  title: string;
  url: string;
  /** The language of the claim (its title and page), which may differ from the table's words. */
  titleLang: string;
  design: string;
  students: number | undefined;
  schools: number | undefined;
  /** "0.19 (95% interval 0.08 to 0.30)", or undefined when no effect size is reported. */
  effect: string | undefined;
  /** "about 3 months of additional progress", only for learning outcomes. */
  months: string | undefined;
  tier: TierValue;
}

/** A claim's row, its words (design, effect, months) in the page's language. */
export function evidenceRow(claim: { title: string; url: string; lang: string }, evidence: Evidence, words = DEFAULT_EVIDENCE_WORDS): EvidenceRow {
  return {
    title: claim.title,
    url: claim.url,
    titleLang: claim.lang,
    design: designLabel(evidence.design, words),
    students: evidence.sample?.students,
    schools: siteCount(evidence),
    effect: describeEffectSize(evidence, words),
    months: describeMonths(evidence, words)?.text,
    tier: tierOf(evidence),
  };
}

const TIER_RANK: Record<TierValue, number> = { 1: 1, 2: 2, 3: 3, 4: 4, none: 5 };

/** Strongest tier first; within a tier, the larger study first, then by title. */
export function strongestFirst(rows: readonly EvidenceRow[]): EvidenceRow[] {
  return [...rows].sort(
    (a, b) =>
      TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
      (b.students ?? -1) - (a.students ?? -1) ||
      a.title.localeCompare(b.title),
  );
}
