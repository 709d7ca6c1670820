/** Words for the facts of a study, as a reader sees them on a page or in a table. */
import { siteCount } from './rules.ts';
import type { Design, Evidence, Outcome, Sample } from './types.ts';

const DESIGN_LABEL: Record<Design, string> = {
  rct: 'Randomized controlled trial',
  'quasi-experimental': 'Quasi-experimental study',
  'regression-discontinuity': 'Regression discontinuity study',
  correlational: 'Correlational study',
  descriptive: 'Descriptive study',
  qualitative: 'Qualitative study',
  'mixed-methods': 'Mixed-methods study',
};

const OUTCOME_LABEL: Record<Outcome, string> = {
  'student-achievement': "Students' achievement (test scores, grades)",
  'student-attainment': "Students' attainment (credits, graduation, course passing)",
  'student-behavior': "Students' behavior (attendance, discipline)",
  'student-wellbeing': "Students' wellbeing",
  'teacher-practice': "Teachers' practice",
  'educator-perception': "Educators' views",
  system: 'How the school system works',
};

export function designLabel(design: Design): string {
  return DESIGN_LABEL[design];
}

export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABEL[outcome];
}

const count = new Intl.NumberFormat('en-US');

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** "2,633 students in 12 schools", "120 students in 1 school", "not reported". */
export function describeSample(sample: Sample | undefined): string {
  const parts: string[] = [];
  if (sample?.students !== undefined) parts.push(plural(sample.students, 'student'));
  const places: string[] = [];
  if (sample?.sites !== undefined) places.push(plural(sample.sites, 'site'));
  if (sample?.schools !== undefined) places.push(plural(sample.schools, 'school'));
  if (sample?.districts !== undefined) places.push(plural(sample.districts, 'district'));
  if (places.length) parts.push(`${parts.length ? 'in ' : ''}${places.join(', ')}`);
  return parts.length ? parts.join(' ') : 'not reported';
}

/** The site count in words: "12 schools" or "3 sites", for the tier explanations. */
export function describeSites(evidence: Evidence): string | undefined {
  const sites = siteCount(evidence);
  if (sites === undefined) return undefined;
  return evidence.sample?.sites !== undefined ? plural(sites, 'site') : plural(sites, 'school');
}

/** "0.19 (95% interval 0.08 to 0.30)". */
export function describeEffectSize(evidence: Evidence): string | undefined {
  const effect = evidence.effect;
  if (effect?.size === undefined) return undefined;
  const interval =
    effect.ciLow !== undefined && effect.ciHigh !== undefined
      ? ` (95% interval ${formatSize(effect.ciLow)} to ${formatSize(effect.ciHigh)})`
      : '';
  return `${formatSize(effect.size)}${interval}`;
}

function formatSize(value: number): string {
  return value.toFixed(2);
}
