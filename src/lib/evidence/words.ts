/**
 * The shape of every word the evidence explanations use: the sentences that say why a claim has
 * its tier and what it cannot tell, the labels of designs and outcomes, counts, effect sizes and
 * months of progress. Each language's file in src/i18n/languages/ fills it in (`evidenceWords`),
 * and pages pass those words to the functions here; the rules that decide a tier live in tier.ts
 * and rules.ts and never change with the language.
 */
import en from '../../i18n/languages/en.ts';
import type { Design, Outcome } from './types.ts';

/** An outcome that is not about students: the most it can reach is tier 4. */
export type AdultOutcome = Extract<Outcome, 'teacher-practice' | 'educator-perception' | 'system'>;
/** What a sample counts. */
export type Counted = 'students' | 'schools' | 'sites' | 'districts';
/** The tier a design could reach with a big enough sample. */
export type HigherTier = 1 | 2;

export interface EvidenceWords {
  /** For `Intl.NumberFormat`: `2,633` in English, `2633` and `0,19` in Spanish. */
  locale: string;
  /** "2,633 students", "1 school". */
  count: (n: string, what: Counted, one: boolean) => string;
  /** "2,633 students in 12 schools": a sample's parts joined. */
  sampleIn: (students: string, places: string) => string;
  notReported: string;
  designLabel: Record<Design, string>;
  outcomeLabel: Record<Outcome, string>;
  /** "0.19 (95% interval 0.08 to 0.30)". */
  effectWithInterval: (size: string, low: string, high: string) => string;

  why: {
    design: Record<Design, string>;
    adultOutcome: (outcome: AdultOutcome) => string;
    significantPositive: string;
    significantNegative: string;
    notSignificant: string;
    noSignificantEffect: string;
    overridingNegative: string;
    controls: string;
    noControls: string;
    /** The sample the higher tier needs: "at least 350 students in at least 2 schools or sites". */
    sampleNeeded: (students: string, sites: number) => string;
    sampleMissing: (missing: readonly ('students' | 'sites')[], tier: HigherTier, needed: string) => string;
    sampleSize: (students: string, sites: string) => string;
    sampleEnough: (size: string, tier: HigherTier, needed: string) => string;
    sampleTooSmall: (size: string, tier: HigherTier, needed: string, onlyThat: boolean) => string;
    logicModelTier4: string;
    logicModelOnly: string;
    noLogicModel: string;
  };

  limits: {
    adultOutcome: string;
    correlational: string;
    descriptive: string;
    chance: string;
    negative: string;
    overridingNegative: string;
    sampleUnknown: string;
    sampleSmall: (sample: string) => string;
    oneDistrict: string;
    noInterval: string;
    tier4: string;
    tier1or2: string;
    fallback: string;
  };

  months: {
    none: string;
    more: (months: number) => string;
    less: (months: number) => string;
    between: (low: number, high: number) => string;
    betweenLess: (low: number, high: number) => string;
    betweenLessAndMore: (less: number, more: number) => string;
    /** "about 3 months of additional progress (95% interval: between 1 and 4 months)". */
    withInterval: (months: string, range: string) => string;
  };
}

/** The default language's words: what the functions here use when given none (the check's messages). */
export const DEFAULT_EVIDENCE_WORDS: EvidenceWords = en.evidenceWords;
