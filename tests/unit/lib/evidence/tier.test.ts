import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/languages/en.ts';
import es from '../../../../src/i18n/languages/es.ts';
import { claimExceedsComputed, computeTier, tierOf } from '../../../../src/lib/evidence/tier.ts';
import type { Evidence } from '../../../../src/lib/evidence/types.ts';

const inSpanish = es.evidenceWords;

const significantPositive = { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: 'positive' } as const;
const big = { students: 2633, schools: 12 };
const rct: Evidence = { design: 'rct', outcome: 'student-achievement', sample: big, effect: significantPositive };

describe('computeTier: the acceptance cases of the evidence issue', () => {
  it.each([
    ['an RCT with 2,633 students in 12 schools', rct, 1],
    ['a regression discontinuity study (quasi-experimental)', { ...rct, design: 'regression-discontinuity' }, 2],
    ['a quasi-experimental study', { ...rct, design: 'quasi-experimental' }, 2],
    ['a correlational study with controls', { ...rct, design: 'correlational', statisticalControls: true }, 3],
    ['an RCT of 120 students in 1 school', { ...rct, sample: { students: 120, schools: 1 } }, 3],
    ['a qualitative study with a logic model', { design: 'qualitative', outcome: 'educator-perception', logicModel: true }, 4],
    ['an RCT overridden by negative evidence', { ...rct, overridingNegative: true }, 'none'],
    ['an RCT overridden by negative evidence, with a logic model', { ...rct, overridingNegative: true, logicModel: true }, 4],
    ['an RCT measuring only teachers\' perceptions', { ...rct, outcome: 'educator-perception' }, 'none'],
    ['an RCT measuring only teachers\' perceptions, with a logic model', { ...rct, outcome: 'educator-perception', logicModel: true }, 4],
  ] as [string, Evidence, number | string][])('%s: tier %s', (_name, evidence, tier) => {
    expect(tierOf(evidence)).toBe(tier);
  });
});

describe('computeTier: every rule and boundary', () => {
  it.each([
    ['349 students in 2 schools misses tier 1', { ...rct, sample: { students: 349, schools: 2 } }, 3],
    ['350 students in 2 schools meets tier 1', { ...rct, sample: { students: 350, schools: 2 } }, 1],
    ['350 students in 1 school misses tier 1', { ...rct, sample: { students: 350, schools: 1 } }, 3],
    ['sites count where schools are absent', { ...rct, sample: { students: 400, sites: 2 } }, 1],
    ['sites win over schools', { ...rct, sample: { students: 400, sites: 1, schools: 5 } }, 3],
    ['349 students in a QED misses tier 2', { ...rct, design: 'quasi-experimental', sample: { students: 349, schools: 3 } }, 3],
    ['no sample at all counts as too small', { ...rct, sample: undefined }, 3],
    ['students missing counts as too small', { ...rct, sample: { schools: 12 } }, 3],
    ['schools missing counts as too small', { ...rct, sample: { students: 2633 } }, 3],
    ['a non-significant effect', { ...rct, effect: { ...significantPositive, significant: false } }, 'none'],
    ['a significant negative effect', { ...rct, effect: { ...significantPositive, direction: 'negative' } }, 'none'],
    ['no reported effect', { ...rct, effect: undefined }, 'none'],
    ['significant with no direction', { ...rct, effect: { significant: true } }, 'none'],
    ['a correlational study without controls', { ...rct, design: 'correlational' }, 'none'],
    ['a correlational study without controls, with a logic model', { ...rct, design: 'correlational', logicModel: true }, 4],
    ['a correlational study with controls but no significant effect', { ...rct, design: 'correlational', statisticalControls: true, effect: undefined }, 'none'],
    ['a correlational study with controls, overridden', { ...rct, design: 'correlational', statisticalControls: true, overridingNegative: true }, 'none'],
    ['a QED with a small sample, overridden', { ...rct, design: 'quasi-experimental', sample: { students: 50, schools: 1 }, overridingNegative: true }, 'none'],
    ['a descriptive study with a big positive effect', { ...rct, design: 'descriptive' }, 'none'],
    ['a mixed-methods study with a logic model', { ...rct, design: 'mixed-methods', logicModel: true }, 4],
    ['teacher practice is not a student outcome', { ...rct, outcome: 'teacher-practice' }, 'none'],
    ['the system is not a student outcome', { ...rct, outcome: 'system' }, 'none'],
    ['attendance (behavior) is a student outcome', { ...rct, outcome: 'student-behavior' }, 1],
    ['wellbeing is a student outcome', { ...rct, outcome: 'student-wellbeing' }, 1],
    ['attainment is a student outcome', { ...rct, outcome: 'student-attainment' }, 1],
  ] as [string, Evidence, number | string][])('%s: tier %s', (_name, evidence, tier) => {
    expect(tierOf(evidence)).toBe(tier);
  });
});

describe('computeTier: reasons and limits in plain words', () => {
  it('explains a tier 1 study', () => {
    const { reasons, limits } = computeTier(rct);
    expect(reasons).toEqual([
      'It was a randomized controlled trial: chance decided who got the program, the strongest kind of study.',
      'It found a statistically significant positive effect.',
      'It included 2,633 students in 12 schools: large enough for tier 1 (at least 350 students in at least 2 schools or sites).',
    ]);
    expect(limits).toContain('It shows the program worked in the schools studied; your students and staff may differ.');
  });

  it('says a small study is too small, with its numbers', () => {
    const { reasons, limits } = computeTier({ ...rct, sample: { students: 120, schools: 1 } });
    expect(reasons).toContain('Only 120 students in 1 school: too small for tier 1, which needs at least 350 students in at least 2 schools or sites.');
    expect(limits).toContain('With 120 students in 1 school, the result may not hold in other schools.');
  });

  it('names the missing number', () => {
    const { reasons } = computeTier({ ...rct, design: 'quasi-experimental', sample: { schools: 4 } });
    expect(reasons).toContain(
      'It does not report how many students took part, and a missing number counts as too small for tier 2 (at least 350 students in at least 2 schools or sites).',
    );
  });

  it("caps a study of educators' views and says it tells nothing about students", () => {
    const { reasons, limits } = computeTier({ ...rct, outcome: 'educator-perception', logicModel: true });
    expect(reasons).toContain(
      "It measured educators' views, not students' learning or behavior: tiers 1 to 3 need a student outcome, so tier 4 is the most it can reach.",
    );
    expect(limits).toContain("It measured adults or the system, so it says nothing yet about students' learning.");
  });

  it('explains overriding negative evidence', () => {
    const { reasons, limits } = computeTier({ ...rct, overridingNegative: true });
    expect(reasons).toContain('Other rigorous studies found significant negative effects, which overrides this result.');
    expect(reasons.at(-1)).toBe('There is no well-specified logic model either, which tier 4 needs, so it has no tier.');
    expect(limits).toContain('Other rigorous studies found harm; read them before acting on this one.');
  });

  it('explains non-significant and negative effects', () => {
    const none = computeTier({ ...rct, effect: { size: 0.03, significant: false, direction: 'none' } });
    expect(none.reasons).toContain(
      'Its effect was not statistically significant, so it could be due to chance: tiers 1 to 3 need a significant positive effect.',
    );
    expect(none.limits).toContain('The difference it found could be due to chance.');
    expect(none.limits).toContain('No confidence interval is given, so we cannot say how precise the effect size is.');
    const harm = computeTier({ ...rct, effect: { size: -0.2, significant: true, direction: 'negative' } });
    expect(harm.reasons).toContain('It found a statistically significant negative effect: students in the program did worse.');
    expect(harm.limits).toContain('Students in the program did worse: this is evidence against it.');
  });

  it('explains correlational controls both ways', () => {
    expect(computeTier({ ...rct, design: 'correlational', statisticalControls: true }).reasons).toContain(
      'It used statistical controls for differences between the students who did and did not take part.',
    );
    expect(computeTier({ ...rct, design: 'correlational' }).reasons).toContain(
      'It did not control for differences between the students who did and did not take part: tier 3 needs those controls.',
    );
    expect(computeTier({ ...rct, design: 'correlational', statisticalControls: true }).limits).toContain(
      'It shows a link, not proof that the program caused the change.',
    );
  });

  it('explains a logic-model-only tier 4', () => {
    const { reasons, limits } = computeTier({ design: 'qualitative', outcome: 'system', logicModel: true });
    expect(reasons.at(-1)).toBe('A well-specified logic model, informed by research, explains why it should work: enough for tier 4.');
    expect(limits).toContain('There is a reasoned plan for why it should work, but no study here shows that it does.');
    expect(limits).toContain('It describes what happened; it cannot show whether the program caused a change in results.');
  });

  it('names a single district and a missing sample as limits', () => {
    expect(computeTier({ ...rct, sample: { ...big, districts: 1 } }).limits).toContain(
      'It was done in one district; results may differ elsewhere.',
    );
    expect(computeTier({ ...rct, sample: undefined }).limits).toContain(
      'It does not say how many students or schools took part, so we cannot judge how far the result travels.',
    );
  });

  it('always gives at least one reason and one limit', () => {
    for (const design of ['rct', 'quasi-experimental', 'regression-discontinuity', 'correlational', 'descriptive', 'qualitative', 'mixed-methods'] as const) {
      const result = computeTier({ design, outcome: 'student-behavior' });
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.limits.length).toBeGreaterThan(0);
    }
  });
});

describe('computeTier in Spanish', () => {
  const designs = ['rct', 'quasi-experimental', 'regression-discontinuity', 'correlational', 'descriptive', 'qualitative', 'mixed-methods'] as const;

  it('decides the same tier and gives as many reasons and limits in either language', () => {
    for (const design of designs) {
      for (const evidence of [{ ...rct, design }, { ...rct, design, sample: { students: 120, schools: 1, districts: 1 } }, { design, outcome: 'system', logicModel: true } as Evidence]) {
        const english = computeTier(evidence);
        const spanish = computeTier(evidence, inSpanish);
        expect(spanish.tier).toBe(english.tier);
        expect(spanish.reasons).toHaveLength(english.reasons.length);
        expect(spanish.limits).toHaveLength(english.limits.length);
        expect(spanish.reasons).not.toEqual(english.reasons);
      }
    }
  });

  it('says why, with the numbers written the Spanish way', () => {
    const { reasons, limits } = computeTier({ ...rct, sample: { students: 12_000, schools: 1 } }, inSpanish);
    expect(reasons).toEqual([
      'Fue un ensayo controlado aleatorizado: el azar decidió quién recibió el programa. Es el tipo de estudio más sólido.',
      'Encontró un efecto positivo estadísticamente significativo.',
      'Incluyó a 12.000 estudiantes en 1 escuela: no alcanza para el nivel 1, que necesita al menos 350 estudiantes en al menos 2 escuelas o sitios.',
    ]);
    expect(limits).toEqual(['Con 12.000 estudiantes en 1 escuela, es posible que el resultado no se repita en otras escuelas.']);
  });

  it('names what is missing with the right words', () => {
    expect(computeTier({ ...rct, sample: undefined }, inSpanish).reasons).toContain(
      'No informa cuántos estudiantes ni cuántas escuelas o sitios participaron, y un número que falta cuenta como demasiado pequeño para el nivel 1 (al menos 350 estudiantes en al menos 2 escuelas o sitios).',
    );
    expect(computeTier({ ...rct, sample: { students: 400 } }, inSpanish).reasons).toContain(
      'No informa cuántas escuelas o sitios participaron, y un número que falta cuenta como demasiado pequeño para el nivel 1 (al menos 350 estudiantes en al menos 2 escuelas o sitios).',
    );
  });

  it('speaks the default language when given no words', () => {
    expect(computeTier(rct)).toEqual(computeTier(rct, en.evidenceWords));
  });
});

describe('claimExceedsComputed', () => {
  it.each([
    [1, 1, false],
    [2, 1, false],
    [1, 3, true],
    [3, 3, false],
    [4, 'none', true],
    [4, 4, false],
  ] as const)('claiming tier %s when the computed tier is %s: %s', (claimed, computed, exceeds) => {
    expect(claimExceedsComputed(claimed, computed)).toBe(exceeds);
  });
});
