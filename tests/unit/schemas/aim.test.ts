import { describe, expect, it } from 'vitest';
import { driverIdPaths } from '../../../src/schemas/aim.ts';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const aim = {
  ...baseEntry,
  published: '2026-09-14',
  statement: 'By June 2028, 85 of every 100 ninth graders will be on track to graduate.',
  target: { measure: 'on-track-rate', value: 85, by: '2028-06-15' },
  measures: ['on-track-rate', 'huddle-rate', 'teacher-hours'],
  drivers: [
    {
      id: 'early-response',
      text: 'Adults notice early when a student slips',
      secondary: [
        { id: 'weekly-review', text: 'Teams review grades weekly', changeIdeas: ['weekly-grade-check'] },
        { id: 'named-adult', text: 'One adult owns the next step' },
      ],
    },
    { id: 'family-partnership', text: 'Families hear early', secondary: [{ id: 'good-news-first', text: 'Good news first', changeIdeas: ['family-call'] }] },
  ],
};

/** The aim with one primary driver's secondaries replaced. */
const withDrivers = (drivers: unknown) => ({ ...aim, drivers });

describe('aims (YAML)', () => {
  it('accepts a valid aim, defaulting a secondary driver without change ideas to none', () => {
    expect(problemsOf(schemas.aims, aim)).toEqual([]);
    expect(schemas.aims.parse(aim).drivers[0]!.secondary[1]!.changeIdeas).toEqual([]);
  });

  it.each([
    ['no statement', { statement: undefined }, 'statement: the aim in one sentence: how much, by when, for whom (required)'],
    ['a statement of 301 characters', { statement: 'x'.repeat(301) }, 'statement: the aim in one sentence: how much, by when, for whom of at most 300 characters'],
    ['no published date', { published: undefined }, 'published: a date such as 2026-03-14'],
    ['a target on an unknown measure', { target: { measure: 'on-track-rat', value: 85, by: '2028-06-15' } }, 'target.measure: an id from measures (did you mean on-track-rate?)'],
    ['a target on a measure the aim does not list', { target: { measure: 'failing-grades-named', value: 85, by: '2028-06-15' } }, "target.measure: one of the aim's measures (on-track-rate, huddle-rate, teacher-hours); add failing-grades-named to measures"],
    ['a target without a number', { target: { measure: 'on-track-rate', value: 'most', by: '2028-06-15' } }, 'target.value: a number'],
    ['a target date that is no date', { target: { measure: 'on-track-rate', value: 85, by: 'June 2028' } }, 'target.by: a date such as 2026-03-14'],
    ['no measures', { measures: [] }, 'measures: at least 1 id(s) from measures'],
    ['an unknown measure', { measures: ['on-track-rate', 'huddle-rat'] }, 'measures.1: an id from measures (did you mean huddle-rate?)'],
    ['no drivers', { drivers: [] }, 'drivers: at least 1 primary driver'],
    ['a field the model does not know', { aimStatement: 'x' }, ': Unrecognized key: "aimStatement"'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.aims, { ...aim, ...change })).toContain(expected);
  });

  it('rejects an unknown change idea, suggesting the nearest', () => {
    const drivers = [{ id: 'a', text: 'A', secondary: [{ id: 'b', text: 'B', changeIdeas: ['weekly-grade-chek'] }] }];
    expect(problemsOf(schemas.aims, withDrivers(drivers))).toContain('drivers.0.secondary.0.changeIdeas.0: an id from change-ideas (did you mean weekly-grade-check?)');
  });

  it.each([
    ['Early_Response', 'a driver id: lowercase letters and digits joined by single hyphens (did you mean early-response?)'],
    ['early--response', 'a driver id: lowercase letters and digits joined by single hyphens (did you mean early-response?)'],
    ['', 'a driver id: lowercase letters and digits joined by single hyphens'],
  ])('rejects the driver id %j', (id, expected) => {
    expect(problemsOf(schemas.aims, withDrivers([{ id, text: 'A', secondary: [] }]))).toContain(`drivers.0.id: ${expected}`);
  });

  it('rejects a secondary driver id that breaks the id rule too', () => {
    expect(problemsOf(schemas.aims, withDrivers([{ id: 'a', text: 'A', secondary: [{ id: 'Weekly Review', text: 'B' }] }]))).toContain(
      'drivers.0.secondary.0.id: a driver id: lowercase letters and digits joined by single hyphens (did you mean weekly-review?)',
    );
  });

  it('rejects a driver id used twice in the aim, primary or secondary, naming where it is first', () => {
    const drivers = [
      { id: 'early-response', text: 'A', secondary: [{ id: 'weekly-review', text: 'B' }, { id: 'early-response', text: 'C' }] },
      { id: 'weekly-review', text: 'D', secondary: [] },
    ];
    expect(problemsOf(schemas.aims, withDrivers(drivers))).toEqual([
      'drivers.0.secondary.1.id: a driver id used once in this aim (early-response is also drivers[0].id)',
      'drivers.1.id: a driver id used once in this aim (weekly-review is also drivers[0].secondary[0].id)',
    ]);
  });

  it('rejects a driver without text or with a field the model does not know', () => {
    const problems = problemsOf(schemas.aims, withDrivers([{ id: 'a', secondary: [{ id: 'b', text: 'B', ideas: [] }] }]));
    expect(problems).toContain('drivers.0.text: the driver in a few plain words (required)');
    expect(problems).toContain('drivers.0.secondary.0: Unrecognized key: "ideas"');
  });

  it('takes the publishing rules of every entry', () => {
    expect(problemsOf(schemas.aims, { ...aim, status: 'embargoed' })).toContain('embargoUntil: a release date-time, because status is embargoed');
  });
});

describe('driverIdPaths', () => {
  it('lists primary and secondary ids with their paths, skipping what is not an id', () => {
    expect(driverIdPaths([{ id: 'a', secondary: [{ id: 'b' }, {}] }, { id: 3 }])).toEqual([
      { id: 'a', path: ['drivers', 0, 'id'] },
      { id: 'b', path: ['drivers', 0, 'secondary', 0, 'id'] },
    ]);
  });

  it('takes anything that is not a list as no drivers', () => {
    expect(driverIdPaths(undefined)).toEqual([]);
  });
});
