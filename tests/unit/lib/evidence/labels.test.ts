import { describe, expect, it } from 'vitest';
import es from '../../../../src/i18n/languages/es.ts';
import { describeEffectSize, describeSample, designLabel, formatCount, formatEffectSize, outcomeLabel } from '../../../../src/lib/evidence/labels.ts';

const inSpanish = es.evidenceWords;

describe('evidence labels', () => {
  it.each([
    [{ students: 2633, schools: 12 }, '2,633 students in 12 schools'],
    [{ students: 120, schools: 1 }, '120 students in 1 school'],
    [{ students: 900, sites: 3, districts: 2 }, '900 students in 3 sites, 2 districts'],
    [{ schools: 4 }, '4 schools'],
    [{}, 'not reported'],
    [undefined, 'not reported'],
  ])('describes the sample %j as %s', (sample, text) => {
    expect(describeSample(sample)).toBe(text);
  });

  it('names designs, outcomes and effect sizes', () => {
    expect(designLabel('regression-discontinuity')).toBe('Regression discontinuity study');
    expect(outcomeLabel('educator-perception')).toBe("Educators' views");
    expect(describeEffectSize({ design: 'rct', outcome: 'system', effect: { size: 0.19, ciLow: 0.08, ciHigh: 0.3 } })).toBe(
      '0.19 (95% interval 0.08 to 0.30)',
    );
    expect(describeEffectSize({ design: 'rct', outcome: 'system' })).toBeUndefined();
    expect(describeEffectSize({ design: 'rct', outcome: 'system', effect: { size: -0.004 } })).toBe('0.00');
  });

  it('writes counts and effect sizes the way each language does', () => {
    expect(formatCount(12_000)).toBe('12,000');
    expect(formatCount(12_000, inSpanish)).toBe('12.000');
    expect(formatCount(350, inSpanish)).toBe('350');
    expect(formatEffectSize(0.1)).toBe('0.10');
    expect(formatEffectSize(-0.05, inSpanish)).toBe('-0,05');
    expect(formatEffectSize(-0.001)).toBe('0.00');
  });

  it('speaks Spanish on Spanish pages, with Spanish numbers', () => {
    expect(describeSample({ students: 2633, schools: 12 }, inSpanish)).toBe('2633 estudiantes en 12 escuelas');
    expect(describeSample({ students: 12_000, sites: 1, districts: 2 }, inSpanish)).toBe('12.000 estudiantes en 1 sitio, 2 distritos');
    expect(describeSample(undefined, inSpanish)).toBe('no informado');
    expect(designLabel('rct', inSpanish)).toBe('Ensayo controlado aleatorizado');
    expect(outcomeLabel('student-behavior', inSpanish)).toBe('La conducta de los estudiantes (asistencia, disciplina)');
    expect(describeEffectSize({ design: 'rct', outcome: 'system', effect: { size: 0.19, ciLow: -0.08, ciHigh: 0.3 } }, inSpanish)).toBe(
      '0,19 (intervalo del 95 %: de -0,08 a 0,30)',
    );
  });
});
