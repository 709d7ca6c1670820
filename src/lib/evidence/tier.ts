/**
 * The evidence tier of a claim, computed from the study's facts (content/README.md, section 3,
 * following the ESSA definitions), with the plain sentences that decided it and the limits a
 * reader must know. The author's own `claimedTier` is never trusted; it is only checked against
 * this.
 */
import { countOf, describeSites, sampleInWords } from './labels.ts';
import {
  MIN_SITES,
  MIN_STUDENTS,
  designGroup,
  hasSignificantPositiveEffect,
  isStudentOutcome,
  meetsSampleRequirement,
  siteCount,
  type DesignGroup,
} from './rules.ts';
import type { Evidence, Tier, TierResult, TierValue } from './types.ts';
import { DEFAULT_EVIDENCE_WORDS, type AdultOutcome, type EvidenceWords } from './words.ts';

/** The tier with the sentences that explain it, in the words of the page's language. */
export function computeTier(evidence: Evidence, words = DEFAULT_EVIDENCE_WORDS): TierResult {
  const tier = tierOf(evidence);
  return { tier, reasons: explainTier(evidence, tier, words), limits: describeLimits(evidence, tier, words) };
}

/** True when an author claims a stronger tier (a smaller number) than the facts support. */
export function claimExceedsComputed(claimed: Tier, computed: TierValue): boolean {
  return computed === 'none' || claimed < computed;
}

/** The tier alone, for cards, filters and tables that show no explanation. */
export function tierOf(evidence: Evidence): TierValue {
  const group = designGroup(evidence.design);
  const effectCounts =
    isStudentOutcome(evidence.outcome) && hasSignificantPositiveEffect(evidence) && !evidence.overridingNegative;
  if (effectCounts) {
    const bigEnough = meetsSampleRequirement(evidence);
    if (group === 'experimental') return bigEnough ? 1 : 3;
    if (group === 'quasi-experimental') return bigEnough ? 2 : 3;
    if (group === 'correlational' && evidence.statisticalControls) return 3;
  }
  return evidence.logicModel ? 4 : 'none';
}

// ---------------------------------------------------------------------------------------------
// Why this tier: one sentence per fact that the rules asked about, in the order they ask.

function explainTier(evidence: Evidence, tier: TierValue, words: EvidenceWords): string[] {
  const why = words.why;
  const group = designGroup(evidence.design);
  const reasons = [why.design[evidence.design]];
  if (group !== 'other') {
    if (!isStudentOutcome(evidence.outcome)) reasons.push(why.adultOutcome(evidence.outcome as AdultOutcome));
    reasons.push(effectReason(evidence, words));
    if (evidence.overridingNegative) reasons.push(why.overridingNegative);
    if (group === 'correlational') reasons.push(evidence.statisticalControls ? why.controls : why.noControls);
    else reasons.push(sampleReason(evidence, group, words));
  }
  if (tier === 4) reasons.push(why.logicModelTier4);
  if (tier === 'none') reasons.push(evidence.logicModel ? why.logicModelOnly : why.noLogicModel);
  return reasons;
}

function effectReason(evidence: Evidence, { why }: EvidenceWords): string {
  const effect = evidence.effect;
  if (hasSignificantPositiveEffect(evidence)) return why.significantPositive;
  if (effect?.significant === true && effect.direction === 'negative') return why.significantNegative;
  if (effect?.significant === false || effect?.direction === 'none') return why.notSignificant;
  return why.noSignificantEffect;
}

function sampleReason(evidence: Evidence, group: Exclude<DesignGroup, 'correlational' | 'other'>, words: EvidenceWords): string {
  const why = words.why;
  const needed = why.sampleNeeded(countOf(MIN_STUDENTS, 'students', words), MIN_SITES);
  const higherTier = group === 'experimental' ? 1 : 2;
  const students = evidence.sample?.students;
  const sites = describeSites(evidence, words);
  if (students === undefined || sites === undefined) {
    const missing = (['students', 'sites'] as const).filter((part) => (part === 'students' ? students : sites) === undefined);
    return why.sampleMissing(missing, higherTier, needed);
  }
  const size = why.sampleSize(countOf(students, 'students', words), sites);
  if (meetsSampleRequirement(evidence)) return why.sampleEnough(size, higherTier, needed);
  const onlyThat = students < MIN_STUDENTS && (siteCount(evidence) ?? 0) < MIN_SITES;
  return why.sampleTooSmall(size, higherTier, needed, onlyThat);
}

// ---------------------------------------------------------------------------------------------
// What this evidence cannot tell you.

function describeLimits(evidence: Evidence, tier: TierValue, words: EvidenceWords): string[] {
  const said = words.limits;
  const limits: string[] = [];
  const group = designGroup(evidence.design);
  const effect = evidence.effect;

  if (!isStudentOutcome(evidence.outcome)) limits.push(said.adultOutcome);
  if (group === 'correlational') limits.push(said.correlational);
  if (group === 'other') limits.push(said.descriptive);
  if (effect?.significant === false || effect?.direction === 'none') limits.push(said.chance);
  if (effect?.direction === 'negative') limits.push(said.negative);
  if (evidence.overridingNegative) limits.push(said.overridingNegative);
  if (group !== 'other') limits.push(...sampleLimits(evidence, words));
  if (effect?.size !== undefined && (effect.ciLow === undefined || effect.ciHigh === undefined)) limits.push(said.noInterval);
  if (tier === 4) limits.push(said.tier4);
  if (tier === 1 || tier === 2) limits.push(said.tier1or2);
  if (limits.length === 0) limits.push(said.fallback);
  return limits;
}

function sampleLimits(evidence: Evidence, words: EvidenceWords): string[] {
  const limits: string[] = [];
  if (evidence.sample?.students === undefined && siteCount(evidence) === undefined) {
    limits.push(words.limits.sampleUnknown);
  } else if (!meetsSampleRequirement(evidence)) {
    limits.push(words.limits.sampleSmall(sampleInWords(evidence.sample, words)));
  }
  if (evidence.sample?.districts === 1) limits.push(words.limits.oneDistrict);
  return limits;
}
