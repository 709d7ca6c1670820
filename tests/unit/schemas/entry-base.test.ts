import { describe, expect, it } from 'vitest';
import { problemsOf, schemas, validBrief } from './helpers.ts';

const brief = schemas.briefs;

describe('shared entry fields (briefs, findings, challenges, events)', () => {
  it('accepts a valid brief and fills the defaults', () => {
    const result = brief.parse(validBrief);
    expect(result.status).toBe('published');
    expect(result.lang).toBe('en');
    expect(result.related).toEqual([]);
    expect(result.published.toISOString()).toBe('2026-03-14T00:00:00.000Z');
  });

  it.each([
    ['title over 140 characters', { title: 'x'.repeat(141) }, 'title: a title of at most 140 characters'],
    ['empty title', { title: '  ' }, 'title: a title, not empty'],
    ['summary over 400 characters', { summary: 'x'.repeat(401) }, 'summary: a plain-language summary of at most 400 characters'],
    ['missing summary', { summary: undefined }, 'summary: a plain-language summary (required)'],
    ['no audience', { audiences: [] }, 'audiences: at least 1 id(s) from audiences'],
    ['unknown audience', { audiences: ['distrct-staff'] }, 'audiences.0: an id from audiences (did you mean district-staff?)'],
    ['unknown problem', { problems: ['absenteeism-chronic'] }, 'problems.0: an id from problems'],
    ['unknown alliance', { alliance: 'riverbend' }, 'alliance: an id from alliances'],
    ['unknown status', { status: 'final' }, 'status: one of draft, review, embargoed, published'],
    ['bad language tag', { lang: 'Spanish' }, 'lang: a BCP 47 language tag such as en or es'],
    ['translation of a missing entry', { translationOf: 'nope' }, 'translationOf: an id from briefs'],
    ['related to a missing entry', { related: [{ collection: 'findings', id: 'tutoring-gain' }] }, 'related.0.id: an id from findings (did you mean tutoring-gains?)'],
    ['related to an unknown collection', { related: [{ collection: 'problems', id: 'early-literacy' }] }, 'related.0.collection: one of briefs, findings, challenges, events, aims, change-ideas, cycles, clusters, measures'],
    ['a field the model does not know', { sumary: 'typo' }, ': Unrecognized key: "sumary"'],
  ])('rejects %s', (_name, change, expected) => {
    const problems = problemsOf(brief, { ...validBrief, ...change });
    expect(problems).toContain(expected);
  });

  it('accepts related entries that exist', () => {
    expect(problemsOf(brief, { ...validBrief, related: [{ collection: 'findings', id: 'tutoring-gains' }] })).toEqual([]);
  });

  describe('embargoUntil', () => {
    it('is required when embargoed', () => {
      expect(problemsOf(brief, { ...validBrief, status: 'embargoed' })).toEqual([
        'embargoUntil: a release date-time, because status is embargoed',
      ]);
    });
    it('is accepted with an offset when embargoed', () => {
      expect(problemsOf(brief, { ...validBrief, status: 'embargoed', embargoUntil: '2027-09-01T09:00:00-05:00' })).toEqual([]);
    });
    it('is forbidden otherwise', () => {
      expect(problemsOf(brief, { ...validBrief, embargoUntil: '2027-09-01T09:00:00-05:00' })).toEqual([
        'embargoUntil: no embargoUntil, because status is published (only embargoed entries take one)',
      ]);
    });
    it('needs an offset', () => {
      expect(problemsOf(brief, { ...validBrief, status: 'embargoed', embargoUntil: '2027-09-01T09:00:00' })).toEqual([
        'embargoUntil: a date-time with its offset, such as 2027-02-11T18:00:00-06:00',
      ]);
    });
  });

  it('reports every problem of an entry at once, including cross-field rules', () => {
    const problems = problemsOf(brief, {
      ...validBrief,
      title: 'x'.repeat(141),
      audiences: ['nobody'],
      status: 'embargoed',
      updated: '2026-01-01',
    });
    expect(problems).toHaveLength(4);
  });
});
