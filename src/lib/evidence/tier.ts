/**
 * The evidence tier of a claim, computed from the study's facts (CONTENT-MODEL.md §3, following
 * the ESSA definitions), with the plain sentences that decided it and the limits a reader must
 * know. The author's own `claimedTier` is never trusted; it is only checked against this.
 */
import { describeSample, describeSites, plural } from './labels.ts';
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

export function computeTier(evidence: Evidence): TierResult {
  const tier = decideTier(evidence);
  return { tier, reasons: explainTier(evidence, tier), limits: describeLimits(evidence, tier) };
}

/** True when an author claims a stronger tier (a smaller number) than the facts support. */
export function claimExceedsComputed(claimed: Tier, computed: TierValue): boolean {
  return computed === 'none' || claimed < computed;
}

function decideTier(evidence: Evidence): TierValue {
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

const DESIGN_SENTENCE: Record<Evidence['design'], string> = {
  rct: 'It was a randomized controlled trial: chance decided who got the program, the strongest kind of study.',
  'quasi-experimental':
    'It was a quasi-experimental study: it compared similar students who did and did not get the program.',
  'regression-discontinuity':
    'It was a regression discontinuity study, which counts as quasi-experimental: it compared students just above and just below a cut-off.',
  correlational: 'It was a correlational study: it looked for a link between the program and results.',
  descriptive: 'It was a descriptive study: it described what happened, without a comparison group. Tiers 1 to 3 need a comparison.',
  qualitative: 'It was a qualitative study (interviews, observations, documents): it did not measure effects. Tiers 1 to 3 need measured effects.',
  'mixed-methods':
    'It was a mixed-methods study without an experimental, quasi-experimental or correlational design, which tiers 1 to 3 need.',
};

function explainTier(evidence: Evidence, tier: TierValue): string[] {
  const group = designGroup(evidence.design);
  const reasons = [DESIGN_SENTENCE[evidence.design]];
  if (group !== 'other') {
    reasons.push(...outcomeReason(evidence), effectReason(evidence));
    if (evidence.overridingNegative) {
      reasons.push('Other rigorous studies found significant negative effects, which overrides this result.');
    }
    if (group === 'correlational') reasons.push(controlsReason(evidence));
    else reasons.push(sampleReason(evidence, group));
  }
  if (tier === 4 || tier === 'none') reasons.push(logicModelReason(evidence, tier));
  return reasons;
}

function outcomeReason(evidence: Evidence): string[] {
  if (isStudentOutcome(evidence.outcome)) return [];
  const measured = {
    'teacher-practice': "what teachers do",
    'educator-perception': "educators' views",
    system: 'how the school system works',
  }[evidence.outcome as 'teacher-practice' | 'educator-perception' | 'system'];
  return [`It measured ${measured}, not students' learning or behavior: tiers 1 to 3 need a student outcome, so tier 4 is the most it can reach.`];
}

function effectReason(evidence: Evidence): string {
  const effect = evidence.effect;
  if (hasSignificantPositiveEffect(evidence)) return 'It found a statistically significant positive effect.';
  if (effect?.significant === true && effect.direction === 'negative') {
    return 'It found a statistically significant negative effect: students in the program did worse.';
  }
  if (effect?.significant === false || effect?.direction === 'none') {
    return 'Its effect was not statistically significant, so it could be due to chance: tiers 1 to 3 need a significant positive effect.';
  }
  return 'It does not report a statistically significant positive effect, which tiers 1 to 3 need.';
}

function controlsReason(evidence: Evidence): string {
  return evidence.statisticalControls
    ? 'It used statistical controls for differences between the students who did and did not take part.'
    : 'It did not control for differences between the students who did and did not take part: tier 3 needs those controls.';
}

function sampleReason(evidence: Evidence, group: Exclude<DesignGroup, 'correlational' | 'other'>): string {
  const needed = `at least ${plural(MIN_STUDENTS, 'student')} in at least ${MIN_SITES} schools or sites`;
  const higherTier = group === 'experimental' ? 'tier 1' : 'tier 2';
  const students = evidence.sample?.students;
  const sites = describeSites(evidence);
  if (students === undefined || sites === undefined) {
    const missing = [students === undefined && 'students', sites === undefined && 'schools or sites'].filter(Boolean).join(' or ');
    return `It does not report how many ${missing} took part, and a missing number counts as too small for ${higherTier} (${needed}).`;
  }
  const size = `${plural(students, 'student')} in ${sites}`;
  if (meetsSampleRequirement(evidence)) return `It included ${size}: large enough for ${higherTier} (${needed}).`;
  const short = students < MIN_STUDENTS && (siteCount(evidence) ?? 0) < MIN_SITES ? 'Only' : 'It included';
  return `${short} ${size}: too small for ${higherTier}, which needs ${needed}.`;
}

function logicModelReason(evidence: Evidence, tier: 4 | 'none'): string {
  if (tier === 4) {
    return 'A well-specified logic model, informed by research, explains why it should work: enough for tier 4.';
  }
  return evidence.logicModel
    ? 'A logic model exists, but nothing else reaches a tier.'
    : 'There is no well-specified logic model either, which tier 4 needs, so it has no tier.';
}

// ---------------------------------------------------------------------------------------------
// What this evidence cannot tell you.

function describeLimits(evidence: Evidence, tier: TierValue): string[] {
  const limits: string[] = [];
  const group = designGroup(evidence.design);
  const effect = evidence.effect;

  if (!isStudentOutcome(evidence.outcome)) {
    limits.push("It measured adults or the system, so it says nothing yet about students' learning.");
  }
  if (group === 'correlational') limits.push('It shows a link, not proof that the program caused the change.');
  if (group === 'other') limits.push('It describes what happened; it cannot show whether the program caused a change in results.');
  if (effect?.significant === false || effect?.direction === 'none') {
    limits.push('The difference it found could be due to chance.');
  }
  if (effect?.direction === 'negative') limits.push('Students in the program did worse: this is evidence against it.');
  if (evidence.overridingNegative) limits.push('Other rigorous studies found harm; read them before acting on this one.');
  if (group !== 'other') limits.push(...sampleLimits(evidence));
  if (effect?.size !== undefined && (effect.ciLow === undefined || effect.ciHigh === undefined)) {
    limits.push('No confidence interval is given, so we cannot say how precise the effect size is.');
  }
  if (tier === 4) limits.push('There is a reasoned plan for why it should work, but no study here shows that it does.');
  if (tier === 1 || tier === 2) {
    limits.push('It shows the program worked in the schools studied; your students and staff may differ.');
  }
  if (limits.length === 0) limits.push('Results from the schools studied may differ in yours.');
  return limits;
}

function sampleLimits(evidence: Evidence): string[] {
  const limits: string[] = [];
  if (evidence.sample?.students === undefined && siteCount(evidence) === undefined) {
    limits.push('It does not say how many students or schools took part, so we cannot judge how far the result travels.');
  } else if (!meetsSampleRequirement(evidence)) {
    limits.push(`With ${describeSample(evidence.sample)}, the result may not hold in other schools.`);
  }
  if (evidence.sample?.districts === 1) limits.push('It was done in one district; results may differ elsewhere.');
  return limits;
}
