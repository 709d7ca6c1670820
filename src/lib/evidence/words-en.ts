/** The evidence explanations in English (see words.ts). */
import type { EvidenceWords } from './words.ts';

const NOUNS = {
  students: ['student', 'students'],
  schools: ['school', 'schools'],
  sites: ['site', 'sites'],
  districts: ['district', 'districts'],
} as const;

const tierName = (tier: number) => `tier ${tier}`;
const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

export const EVIDENCE_WORDS_EN: EvidenceWords = {
  locale: 'en-US',
  count: (n, what, one) => `${n} ${NOUNS[what][one ? 0 : 1]}`,
  sampleIn: (students, places) => `${students} in ${places}`,
  notReported: 'not reported',
  designLabel: {
    rct: 'Randomized controlled trial',
    'quasi-experimental': 'Quasi-experimental study',
    'regression-discontinuity': 'Regression discontinuity study',
    correlational: 'Correlational study',
    descriptive: 'Descriptive study',
    qualitative: 'Qualitative study',
    'mixed-methods': 'Mixed-methods study',
  },
  outcomeLabel: {
    'student-achievement': "Students' achievement (test scores, grades)",
    'student-attainment': "Students' attainment (credits, graduation, course passing)",
    'student-behavior': "Students' behavior (attendance, discipline)",
    'student-wellbeing': "Students' wellbeing",
    'teacher-practice': "Teachers' practice",
    'educator-perception': "Educators' views",
    system: 'How the school system works',
  },
  effectWithInterval: (size, low, high) => `${size} (95% interval ${low} to ${high})`,

  why: {
    design: {
      rct: 'It was a randomized controlled trial: chance decided who got the program, the strongest kind of study.',
      'quasi-experimental':
        'It was a quasi-experimental study: it compared similar students who did and did not get the program.',
      'regression-discontinuity':
        'It was a regression discontinuity study, which counts as quasi-experimental: it compared students just above and just below a cut-off.',
      correlational: 'It was a correlational study: it looked for a link between the program and results.',
      descriptive:
        'It was a descriptive study: it described what happened, without a comparison group. Tiers 1 to 3 need a comparison.',
      qualitative:
        'It was a qualitative study (interviews, observations, documents): it did not measure effects. Tiers 1 to 3 need measured effects.',
      'mixed-methods':
        'It was a mixed-methods study without an experimental, quasi-experimental or correlational design, which tiers 1 to 3 need.',
    },
    adultOutcome: (outcome) => {
      const measured = { 'teacher-practice': 'what teachers do', 'educator-perception': "educators' views", system: 'how the school system works' }[outcome];
      return `It measured ${measured}, not students' learning or behavior: tiers 1 to 3 need a student outcome, so tier 4 is the most it can reach.`;
    },
    significantPositive: 'It found a statistically significant positive effect.',
    significantNegative: 'It found a statistically significant negative effect: students in the program did worse.',
    notSignificant:
      'Its effect was not statistically significant, so it could be due to chance: tiers 1 to 3 need a significant positive effect.',
    noSignificantEffect: 'It does not report a statistically significant positive effect, which tiers 1 to 3 need.',
    overridingNegative: 'Other rigorous studies found significant negative effects, which overrides this result.',
    controls: 'It used statistical controls for differences between the students who did and did not take part.',
    noControls:
      'It did not control for differences between the students who did and did not take part: tier 3 needs those controls.',
    sampleNeeded: (students, sites) => `at least ${students} in at least ${sites} schools or sites`,
    sampleMissing: (missing, tier, needed) => {
      const what = missing.map((part) => (part === 'students' ? 'students' : 'schools or sites')).join(' or ');
      return `It does not report how many ${what} took part, and a missing number counts as too small for ${tierName(tier)} (${needed}).`;
    },
    sampleSize: (students, sites) => `${students} in ${sites}`,
    sampleEnough: (size, tier, needed) => `It included ${size}: large enough for ${tierName(tier)} (${needed}).`,
    sampleTooSmall: (size, tier, needed, onlyThat) =>
      `${onlyThat ? 'Only' : 'It included'} ${size}: too small for ${tierName(tier)}, which needs ${needed}.`,
    logicModelTier4: 'A well-specified logic model, informed by research, explains why it should work: enough for tier 4.',
    logicModelOnly: 'A logic model exists, but nothing else reaches a tier.',
    noLogicModel: 'There is no well-specified logic model either, which tier 4 needs, so it has no tier.',
  },

  limits: {
    adultOutcome: "It measured adults or the system, so it says nothing yet about students' learning.",
    correlational: 'It shows a link, not proof that the program caused the change.',
    descriptive: 'It describes what happened; it cannot show whether the program caused a change in results.',
    chance: 'The difference it found could be due to chance.',
    negative: 'Students in the program did worse: this is evidence against it.',
    overridingNegative: 'Other rigorous studies found harm; read them before acting on this one.',
    sampleUnknown: 'It does not say how many students or schools took part, so we cannot judge how far the result travels.',
    sampleSmall: (sample) => `With ${sample}, the result may not hold in other schools.`,
    oneDistrict: 'It was done in one district; results may differ elsewhere.',
    noInterval: 'No confidence interval is given, so we cannot say how precise the effect size is.',
    tier4: 'There is a reasoned plan for why it should work, but no study here shows that it does.',
    tier1or2: 'It shows the program worked in the schools studied; your students and staff may differ.',
    fallback: 'Results from the schools studied may differ in yours.',
  },

  months: {
    none: 'no additional progress',
    more: (n) => `about ${months(n)} of additional progress`,
    less: (n) => `about ${months(n)} less progress`,
    between: (low, high) => `between ${low} and ${high} months`,
    betweenLess: (low, high) => `between ${low} and ${high} months less`,
    betweenLessAndMore: (less, more) => `between ${months(less)} less and ${months(more)} more`,
    withInterval: (text, range) => `${text} (95% interval: ${range})`,
  },
};
