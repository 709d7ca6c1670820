/** The words of measure charts in English (see words.ts). */
import type { Cadence } from './cadence.ts';
import type { MeasureWords } from './words.ts';

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const UNITS: Record<Cadence, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['year', 'years'],
  point: ['reading', 'readings'],
};

const number = (count: number) => NUMBERS[count] ?? String(count);
const unitName = (count: number, cadence: Cadence) => UNITS[cadence][count === 1 ? 0 : 1];
const howMany = (count: number, cadence: Cadence) => `${number(count)} ${unitName(count, cadence)}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const aboveOrBelow = (side: 'up' | 'down') => (side === 'up' ? 'above' : 'below');

export const MEASURE_WORDS_EN: MeasureWords = {
  locale: 'en-US',
  howMany,
  theLast: (count, cadence) => (count === 1 ? `the last ${unitName(1, cadence)}` : `the last ${howMany(count, cadence)}`),
  withUnit: (value, unit) => (unit === '%' ? `${value}%` : `${value} ${unit}`),

  noData: 'There are no values to read yet.',
  tooFew: {
    run: (useful, needed) =>
      `It is too early to tell: a run chart needs at least ${needed} points off its middle line to tell real change from chance, and this one has ${useful}.`,
    xmr: () => 'There are not enough values yet to work out the usual range.',
  },
  noSignal: {
    run: 'The ups and downs are what chance alone would give: no sign of real change so far.',
    xmr: 'Every point is within the usual ups and downs: no sign of real change so far.',
  },
  run: (e) =>
    e.ongoing
      ? `${capital(e.theLast)} were all ${aboveOrBelow(e.side)} the usual level: a sign of real change, not chance.`
      : `From ${e.start} to ${e.end}, ${e.howMany} in a row were ${aboveOrBelow(e.side)} the usual level: a sign of real change at that time, not chance.`,
  trend: (e) =>
    e.ongoing
      ? `Over ${e.theLast}, the value went ${e.side} every time: a steady trend, not chance.`
      : `From ${e.start} to ${e.end}, the value went ${e.side} every time, ${e.howMany} in a row: a steady trend at that time, not chance.`,
  outside: (e) =>
    e.count === 1
      ? `In ${e.end}, the value was further ${aboveOrBelow(e.side)} the usual level than chance would take it: something out of the ordinary happened.`
      : `From ${e.start} to ${e.end}, ${e.howMany} in a row were further ${aboveOrBelow(e.side)} the usual level than chance would take them: something out of the ordinary happened.`,
  twoOfThree: (e) =>
    `Around ${e.end}, two of three values in a row were close to the ${e.side === 'up' ? 'top' : 'bottom'} of the usual range: an early hint that things may be changing.`,
  fewCrossings: (crossings, crossingsMin) =>
    `The line crossed its middle only ${number(crossings)} ${crossings === 1 ? 'time' : 'times'}, where chance alone would cross it at least ${number(crossingsMin)} times: the level has most likely changed.`,
  reading: {
    improvement: 'This is a change for the better.',
    concern: 'This is a change for the worse, worth looking into.',
  },
  otherSignals: (count) => `The analysis finds ${number(count)} other ${count === 1 ? 'signal' : 'signals'} as well.`,
  trial: (points) =>
    `The usual range rests on fewer than ${number(points)} values so far, so it may still move as new data come in.`,
  target: (met, target, cadence) => {
    switch (met) {
      case 'always':
        return `If things go on as they are, the target of ${target} will be met every time.`;
      case 'never':
        return `If things go on as they are, the target of ${target} will not be met: reaching it takes a change in how the work is done.`;
      case 'sometimes':
        return `If things go on as they are, the target of ${target} will be met in some ${UNITS[cadence][1]} and missed in others.`;
    }
  },
  levelChange: (before, after, since, label, reading) => {
    const change = label ? `Since ${since} (${label})` : `Since ${since}`;
    const verdict = reading === 'improvement' ? ', a change for the better' : reading === 'concern' ? ', a change for the worse' : '';
    return `${change}, the usual level has been ${after}, against ${before} before${verdict}.`;
  },

  flagLabel: {
    outside: 'Beyond the usual range',
    'two-of-three': 'Two of three near the edge of the range',
    shift: 'Seven or more on one side of the average',
    trend: 'Seven or more rising or falling',
    'long-run': 'Long run on one side of the middle line',
  },
  readingLabel: { improvement: 'better', concern: 'worse' },
  missing: 'no value',
  withheld: 'withheld (fewer than 10 people)',
  chartName: { run: 'Run chart', xmr: 'Control chart (XmR)' },
  centreName: { run: 'median', xmr: 'average' },
  summary: (chart, count, first, last, centre) =>
    `${chart === 'run' ? 'Run chart' : 'Control chart (XmR)'} of ${count}, from ${first} to ${last}${
      centre === null ? '' : `; ${chart === 'run' ? 'median' : 'average'} ${centre}`
    }.`,
};
