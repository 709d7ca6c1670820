import { describe, expect, it } from 'vitest';
import es from '../../../../src/i18n/languages/es.ts';
import { describeMonths, monthBands, monthRangeInWords, monthsInWords, monthsOfProgress } from '../../../../src/lib/evidence/months.ts';
import type { Evidence } from '../../../../src/lib/evidence/types.ts';

const inSpanish = es.evidenceWords;

describe('monthsOfProgress on the EEF scale', () => {
  it.each([
    [0, 0],
    [0.01, 0],
    [0.02, 1],
    [0.09, 1],
    [0.1, 2],
    [0.18, 2],
    [0.19, 3],
    [0.26, 3],
    [0.27, 4],
    [0.35, 4],
    [0.36, 5],
    [0.44, 5],
    [0.45, 6],
    [0.52, 6],
    [0.53, 7],
    [0.61, 7],
    [0.62, 8],
    [0.69, 8],
    [0.7, 9],
    [0.78, 9],
    [0.79, 10],
    [0.87, 10],
    [0.88, 11],
    [0.95, 11],
    [0.96, 12],
    [1.5, 12],
  ])('%s is %s months', (size, months) => {
    expect(monthsOfProgress(size)).toBe(months);
    if (size !== 0) expect(monthsOfProgress(-size)).toBe(-months);
  });

  it('reads effect sizes as printed, in hundredths (floating point never moves a band)', () => {
    expect(monthsOfProgress(0.1 + 0.09)).toBe(3);
    expect(monthsOfProgress(0.184)).toBe(2);
    expect(monthsOfProgress(0.186)).toBe(3);
  });
});

describe('months in words', () => {
  it.each([
    [3, 'about 3 months of additional progress'],
    [1, 'about 1 month of additional progress'],
    [0, 'no additional progress'],
    [-2, 'about 2 months less progress'],
    [-1, 'about 1 month less progress'],
  ])('%s months: %s', (months, text) => {
    expect(monthsInWords(months)).toBe(text);
  });

  it.each([
    [1, 4, 'between 1 and 4 months'],
    [-1, 2, 'between 1 month less and 2 months more'],
    [-3, 1, 'between 3 months less and 1 month more'],
    [-4, -1, 'between 1 and 4 months less'],
  ])('interval %s to %s: %s', (low, high, text) => {
    expect(monthRangeInWords(low, high)).toBe(text);
  });
});

describe('describeMonths', () => {
  const tutoring: Evidence = {
    design: 'rct',
    outcome: 'student-achievement',
    effect: { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: 'positive' },
  };

  it('reads a tutoring effect of 0.19 as about 3 months, with its interval', () => {
    expect(describeMonths(tutoring)?.text).toBe('about 3 months of additional progress (95% interval: between 1 and 4 months)');
  });

  it('says it in Spanish on Spanish pages', () => {
    expect(describeMonths(tutoring, inSpanish)?.text).toBe('alrededor de 3 meses de progreso adicional (intervalo del 95 %: entre 1 y 4 meses)');
    expect(monthsInWords(-1, inSpanish)).toBe('alrededor de 1 mes menos de progreso');
    expect(monthRangeInWords(-1, 2, inSpanish)).toBe('entre 1 mes menos y 2 meses más');
    expect(monthRangeInWords(-4, -1, inSpanish)).toBe('entre 1 y 4 meses menos');
    expect(monthsInWords(0, inSpanish)).toBe('ningún progreso adicional');
  });

  it('shows months for attainment but not for behavior, wellbeing or educators', () => {
    expect(describeMonths({ ...tutoring, outcome: 'student-attainment' })?.months).toBe(3);
    for (const outcome of ['student-behavior', 'student-wellbeing', 'educator-perception', 'teacher-practice', 'system'] as const) {
      expect(describeMonths({ ...tutoring, outcome })).toBeUndefined();
    }
  });

  it('gives nothing without an effect size, and no interval without both ends', () => {
    expect(describeMonths({ ...tutoring, effect: { significant: true, direction: 'positive' } })).toBeUndefined();
    expect(describeMonths({ ...tutoring, effect: { size: 0.19, ciLow: 0.08 } })?.text).toBe('about 3 months of additional progress');
  });
});

describe('monthBands', () => {
  it('prints the scale as the explainer page shows it, and agrees with monthsOfProgress', () => {
    const bands = monthBands();
    expect(bands[0]).toEqual({ months: 1, from: '0.02', to: '0.09' });
    expect(bands[2]).toEqual({ months: 3, from: '0.19', to: '0.26' });
    expect(bands.at(-1)).toEqual({ months: 12, from: '0.96', to: undefined });
    for (const band of bands) {
      expect(monthsOfProgress(Number(band.from))).toBe(band.months);
      if (band.to) expect(monthsOfProgress(Number(band.to))).toBe(band.months);
    }
  });
});
