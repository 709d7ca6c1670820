import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const running = {
  ...baseEntry,
  changeIdea: 'weekly-grade-check',
  site: 'Millrace High School',
  started: '2026-09-08',
  question: 'Can one team review every failing grade in fifteen minutes?',
  prediction: 'The team will reach at least 15 of about 20 students.',
  measures: ['huddle-rate'],
  people: ['ana-ruiz'],
};
const ended = { ...running, ended: '2026-09-26', result: 'The team reached 14 of 22 students.', decision: 'adapt', follows: 'grade-check-1' };

describe('PDSA cycles', () => {
  it('accepts a cycle that is still running and one that has ended', () => {
    expect(problemsOf(schemas.cycles, running)).toEqual([]);
    expect(problemsOf(schemas.cycles, ended)).toEqual([]);
  });

  it('accepts a cycle that ends the day it starts', () => {
    expect(problemsOf(schemas.cycles, { ...ended, ended: running.started })).toEqual([]);
  });

  it.each([
    ['no prediction', { prediction: undefined }, 'prediction: what the team expected before it began (required)'],
    ['an empty prediction', { prediction: ' ' }, 'prediction: what the team expected before it began, not empty'],
    ['no question', { question: undefined }, 'question: the question the cycle asks (required)'],
    ['no site', { site: undefined }, 'site: the school or team that ran the cycle (required)'],
    ['no change idea', { changeIdea: undefined }, 'changeIdea: an id from change-ideas'],
    ['an unknown change idea', { changeIdea: 'weekly-grade-chek' }, 'changeIdea: an id from change-ideas (did you mean weekly-grade-check?)'],
    ['a start that is no date', { started: 'fall 2026' }, 'started: a date such as 2026-03-14'],
    ['an end before the start', { ended: '2026-09-01', result: 'r', decision: 'adopt' }, 'ended: a date not before started (2026-09-08)'],
    ['an ended cycle with no result', { ended: '2026-09-26', decision: 'adopt' }, 'result: what happened, against the prediction, because the cycle has ended'],
    ['an ended cycle with no decision', { ended: '2026-09-26', result: 'r' }, 'decision: a decision (adopt, adapt, abandon), because the cycle has ended'],
    ['a decision before the cycle has ended', { decision: 'adopt' }, 'ended: the date the cycle ended, because it has a decision (a cycle decides when it ends)'],
    ['an unknown decision', { ended: '2026-09-26', result: 'r', decision: 'adopted' }, 'decision: one of adopt, adapt, abandon'],
    ['an unknown cycle followed', { follows: 'grade-check-3' }, 'follows: an id from cycles (did you mean grade-check-1?)'],
    ['an unknown measure', { measures: ['huddle-rat'] }, 'measures.0: an id from measures (did you mean huddle-rate?)'],
    ['an unknown person', { people: ['ana-ruis'] }, 'people.0: an id from people (did you mean ana-ruiz?)'],
    ['an unknown alliance', { alliance: 'riverbend' }, 'alliance: an id from alliances'],
    ['a field the model does not know', { predicted: 'x' }, ': Unrecognized key: "predicted"'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.cycles, { ...running, ...change })).toContain(expected);
  });

  it('reports both missing fields of an ended cycle at once', () => {
    expect(problemsOf(schemas.cycles, { ...running, ended: '2026-09-26' })).toEqual([
      'result: what happened, against the prediction, because the cycle has ended',
      'decision: a decision (adopt, adapt, abandon), because the cycle has ended',
    ]);
  });
});
