import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../../src/lib/measures/analysis.ts';
import type { MeasureSettings } from '../../../../src/lib/measures/types.ts';
import { monthlySeries } from '../../../support/measure-series.ts';
import { readSeries, type Episode } from '../../../../src/lib/measures/verdict.ts';
import { describeChart, describeSeries, describeSignal, formatDate, formatValue } from '../../../../src/lib/measures/words.ts';
import { uiStrings } from '../../../../src/i18n/index.ts';
import en from '../../../../src/i18n/languages/en.ts';
import es from '../../../../src/i18n/languages/es.ts';

const WORDS = { en: en.measureWords, es: es.measureWords };


function sentences(values: readonly (number | null)[], settings: MeasureSettings, lang: keyof typeof WORDS = 'en'): string[] {
  return describeSeries(readSeries(analyseSeries(monthlySeries(values), settings)), '%', WORDS[lang]);
}

const STABLE = [70, 72, 70, 72, 70, 72, 70, 72, 70, 72, 70, 72];
const SHIFTED = [...STABLE, 80, 81, 80, 82, 81, 80, 82, 81];

describe('describeSeries in English', () => {
  it('says a shift at the end in words a parent can read', () => {
    expect(sentences(SHIFTED, { better: 'higher', chart: 'run', baselinePoints: 12 })).toEqual([
      'The last nine months were all above the usual level: a sign of real change, not chance.',
      'This is a change for the better.',
    ]);
  });

  it('says a change for the worse when lower is better', () => {
    expect(sentences(SHIFTED, { better: 'lower', chart: 'run', baselinePoints: 12 })[1]).toBe('This is a change for the worse, worth looking into.');
  });

  it('says when it is too early to tell', () => {
    // Median 72: the two values on it are not useful, so four are left.
    expect(sentences([70, 72, 74, 71, 72, 73], { better: 'higher', chart: 'run' })).toEqual([
      'It is too early to tell: a run chart needs at least 10 points off its middle line to tell real change from chance, and this one has 4.',
    ]);
  });

  it('says chance alone, trial limits and the target on an XmR chart', () => {
    expect(sentences(STABLE.slice(0, 10), { better: 'higher', chart: 'xmr', target: 90 })).toEqual([
      'Every point is within the usual ups and downs: no sign of real change so far.',
      'The usual range rests on fewer than twelve values so far, so it may still move as new data come in.',
      'If things go on as they are, the target of 90% will not be met: reaching it takes a change in how the work is done.',
    ]);
  });

  it('says how the level moved since the last change', () => {
    const said = sentences([...STABLE, 80, 82, 80, 82], { better: 'higher', chart: 'xmr', phases: [{ from: '2025-01-01', label: 'Mentoring' }] });
    expect(said).toContain('Since January 2025 (Mentoring), the usual level has been 81%, against 71% before, a change for the better.');
  });

  it('counts the other signals the chart marks', () => {
    // Mean 71, limits 65.68 to 76.32: 95 is beyond them, then seven values of 73 make a shift.
    const said = sentences([...STABLE, 95, 71, 73, 73, 73, 73, 73, 73, 73], { better: 'higher', chart: 'xmr', baselinePoints: 12 });
    expect(said[0]).toBe('The last seven months were all above the usual level: a sign of real change, not chance.');
    expect(said).toContain('The analysis finds one other signal as well.');
  });
});

describe('describeSeries in Spanish', () => {
  it('says the same reading in Spanish', () => {
    expect(sentences(SHIFTED, { better: 'higher', chart: 'run', baselinePoints: 12 }, 'es')).toEqual([
      'En los últimos nueve meses, el valor estuvo siempre por encima del nivel habitual: una señal de cambio real, no del azar.',
      'Es un cambio a mejor.',
    ]);
  });

  it('formats numbers and dates for Spanish readers', () => {
    const said = sentences([...STABLE, 80.5, 82, 80.5, 82], { better: 'higher', chart: 'xmr', phases: [{ from: '2025-01-01' }] }, 'es');
    expect(said).toContain('Desde enero de 2025, el nivel habitual es 81,25 %, frente a 71 % antes, un cambio a mejor.');
  });
});

describe('describeSignal: every kind, both languages', () => {
  const episode = (kind: Episode['kind'], points: number, ongoing: boolean, side: 'up' | 'down' = 'up'): Episode => ({
    kind,
    side,
    reading: 'improvement',
    points,
    start: '2025-03-01',
    end: '2025-09-01',
    ongoing,
  });

  it.each([
    [episode('shift', 8, false, 'down'), 'month', 'From March 2025 to September 2025, eight months in a row were below the usual level: a sign of real change at that time, not chance.'],
    [episode('trend', 7, true), 'month', 'Over the last seven months, the value went up every time: a steady trend, not chance.'],
    [episode('trend', 7, false, 'down'), 'week', 'From March 1, 2025 to September 1, 2025, the value went down every time, seven weeks in a row: a steady trend at that time, not chance.'],
    [episode('outside', 1, true), 'month', 'In September 2025, the value was further above the usual level than chance would take it: something out of the ordinary happened.'],
    [episode('outside', 2, false, 'down'), 'month', 'From March 2025 to September 2025, two months in a row were further below the usual level than chance would take them: something out of the ordinary happened.'],
    [episode('two-of-three', 2, true), 'month', 'Around September 2025, two of three values in a row were close to the top of the usual range: an early hint that things may be changing.'],
    [{ kind: 'few-crossings', crossings: 3, crossingsMin: 8 } as const, 'month', 'The line crossed its middle only three times, where chance alone would cross it at least eight times: the level has most likely changed.'],
  ] as const)('%j (%s)', (signal, cadence, english) => {
    expect(describeSignal(signal, cadence, WORDS.en)).toBe(english);
    expect(describeSignal(signal, cadence, WORDS.es)).toMatch(/^[A-ZÁÉÍÓÚ].*\.$/);
  });

  it('agrees Spanish words with feminine units', () => {
    expect(describeSignal(episode('shift', 8, false), 'week', WORDS.es)).toBe(
      'De 1 de marzo de 2025 a 1 de septiembre de 2025, el valor estuvo por encima del nivel habitual ocho semanas seguidas: una señal de cambio real en ese momento, no del azar.',
    );
    expect(describeSignal(episode('shift', 8, true), 'week', WORDS.es)).toMatch(/^En las últimas ocho semanas,/);
  });
});

describe('words tables', () => {
  it('English and Spanish fill the same entries', () => {
    expect(Object.keys(WORDS.es).sort()).toEqual(Object.keys(WORDS.en).sort());
    expect(Object.keys(WORDS.es.flagLabel).sort()).toEqual(Object.keys(WORDS.en.flagLabel).sort());
  });

  it('falls back to English for a language without an interface file', () => {
    expect(uiStrings('fr').measureWords).toBe(WORDS.en);
  });

  it.each([
    [71.5, '%', 'en', '71.5%'],
    [71.5, '%', 'es', '71,5 %'],
    [12, 'days', 'en', '12 days'],
    [1234.567, 'students', 'en', '1,234.57 students'],
  ] as const)('formatValue(%d, %j, %s) = %s', (value, unit, lang, expected) => {
    expect(formatValue(value, unit, WORDS[lang])).toBe(expected);
  });

  it.each([
    ['2025-03-01', 'month', 'en', 'March 2025'],
    ['2025-03-01', 'week', 'en', 'March 1, 2025'],
    ['2025-03-01', 'month', 'es', 'marzo de 2025'],
  ] as const)('formatDate(%s, %s, %s) = %s', (date, cadence, lang, expected) => {
    expect(formatDate(date, cadence, WORDS[lang])).toBe(expected);
  });
});

describe('describeChart: the short text alternative', () => {
  it('names the chart, its span and its centre', () => {
    const analysis = analyseSeries(monthlySeries(STABLE), { better: 'higher', chart: 'run' });
    const dates = analysis.phases.flatMap((phase) => phase.points.map((point) => point.date));
    expect(describeChart(readSeries(analysis), 'run', dates, '%')).toBe('Run chart of twelve months, from January 2024 to December 2024; median 71%.');
    expect(describeChart(readSeries(analysis), 'run', dates, '%', WORDS.es)).toBe(
      'Gráfico de rachas de doce meses, de enero de 2024 a diciembre de 2024; mediana: 71 %.',
    );
  });
});
