import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const evidence = {
  design: 'rct',
  outcome: 'student-achievement',
  sample: { students: 2633, schools: 12 },
  effect: { size: 0.19, ciLow: 0.08, ciHigh: 0.3, significant: true, direction: 'positive' },
};
const finding = { ...baseEntry, published: '2026-04-01', evidence, sources: ['summer-bridge'] };
const challenge = { ...baseEntry, published: '2026-04-01', challenge: 'legitimacy' };
const event = {
  ...baseEntry,
  start: '2027-02-11T18:00:00-06:00',
  end: '2027-02-11T19:30:00-06:00',
  timezone: 'America/Chicago',
  format: 'hybrid',
  venue: { name: 'Eastside Library', address: '12 Elm St' },
  onlineUrl: 'https://example.org/forum',
  languages: ['es', 'ar'],
  presenters: ['sam-okafor'],
  materials: [
    { label: 'Slides', href: '/slides/forum.pdf' },
    { label: 'The brief', collection: 'briefs', id: 'summer-bridge' },
  ],
};

describe('findings', () => {
  it('accepts a valid finding', () => {
    expect(problemsOf(schemas.findings, finding)).toEqual([]);
  });
  it.each([
    ['no evidence', { evidence: undefined }],
    ['no sources', { sources: [] }],
    ['a source that is not a brief', { sources: ['tutoring-gains'] }],
  ])('rejects %s', (_name, change) => {
    expect(problemsOf(schemas.findings, { ...finding, ...change })).not.toEqual([]);
  });
});

describe('evidence blocks', () => {
  it.each([
    ['an unknown design', { design: 'rtc' }, 'evidence.design: one of rct, quasi-experimental, regression-discontinuity, correlational, descriptive, qualitative, mixed-methods'],
    ['a negative sample', { sample: { students: -5 } }, 'evidence.sample.students: a whole number of students, 0 or more'],
    ['a fractional sample', { sample: { schools: 1.5 } }, 'evidence.sample.schools: a whole number of schools'],
    ['an interval upside down', { effect: { size: 0.2, ciLow: 0.3, ciHigh: 0.1 } }, 'evidence.effect.ciHigh: an upper bound at or above ciLow (0.3)'],
    ['an effect outside its interval', { effect: { size: 0.5, ciLow: 0.1, ciHigh: 0.3 } }, 'evidence.effect.size: an effect size inside its interval 0.1 to 0.3'],
    ['a field the model does not know', { tier: 1 }, 'evidence: Unrecognized key: "tier"'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.findings, { ...finding, evidence: { ...evidence, ...change } })).toContain(expected);
  });

  it('rejects a claimed tier stronger than the computed one, and says why', () => {
    const small = { ...evidence, sample: { students: 120, schools: 1 }, claimedTier: 1 };
    const [problem] = problemsOf(schemas.findings, { ...finding, evidence: small });
    expect(problem).toMatch(/^evidence\.claimedTier: no stronger than the computed tier 3, because: /);
  });

  it('accepts a claimed tier equal to or weaker than the computed one', () => {
    expect(problemsOf(schemas.findings, { ...finding, evidence: { ...evidence, claimedTier: 1 } })).toEqual([]);
    expect(problemsOf(schemas.findings, { ...finding, evidence: { ...evidence, claimedTier: 3 } })).toEqual([]);
  });
});

describe('challenge notes', () => {
  it('accepts a valid note', () => {
    expect(problemsOf(schemas.challenges, { ...challenge, stakeholders: ['district', 'community'] })).toEqual([]);
  });
  it.each([
    ['an unknown challenge', { challenge: 'trust' }, 'challenge: one of legitimacy, alignment, learning'],
    ['an unknown stakeholder', { stakeholders: ['parents'] }, 'stakeholders.0: one of researchers, district, schools, community, funders'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.challenges, { ...challenge, ...change })).toContain(expected);
  });
});

describe('events', () => {
  it('accepts a valid hybrid event', () => {
    expect(problemsOf(schemas.events, event)).toEqual([]);
  });
  it.each([
    ['an end before the start', { end: '2027-02-11T17:00:00-06:00' }, 'end: a time after start (2027-02-12T00:00:00.000Z)'],
    ['an end equal to the start', { end: '2027-02-11T18:00:00-06:00' }, 'end: a time after start (2027-02-12T00:00:00.000Z)'],
    ['a start without offset', { start: '2027-02-11T18:00:00' }, 'start: a date-time with its offset, such as 2027-02-11T18:00:00-06:00'],
    ['a time zone abbreviation', { timezone: 'CST' }, 'timezone: an IANA time zone such as America/Chicago'],
    ['an in-person event with no venue', { format: 'in-person', venue: undefined }, 'venue: a venue {name, address}, because format is in-person'],
    ['an online event with no link', { format: 'online', venue: undefined, onlineUrl: undefined }, 'onlineUrl: an online link, because format is online'],
    ['an unknown presenter', { presenters: ['nobody'] }, 'presenters.0: an id from people'],
    ['a bad interpretation language', { languages: ['Arabic'] }, 'languages.0: a BCP 47 language tag such as en or es'],
    ['a registration link that is not a URL', { registration: 'call the office' }, 'registration: a full web address starting with https://'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.events, { ...event, ...change })).toContain(expected);
  });
  it('rejects a material pointing at a missing brief', () => {
    const materials = [{ label: 'Gone', collection: 'briefs', id: 'missing' }];
    expect(problemsOf(schemas.events, { ...event, materials })).not.toEqual([]);
  });
  it('accepts an online event without a venue, and an in-person event without a link', () => {
    expect(problemsOf(schemas.events, { ...event, format: 'online', venue: undefined })).toEqual([]);
    expect(problemsOf(schemas.events, { ...event, format: 'in-person', onlineUrl: undefined })).toEqual([]);
  });
});
