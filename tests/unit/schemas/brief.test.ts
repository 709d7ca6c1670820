import { describe, expect, it } from 'vitest';
import { problemsOf, schemas, validBrief } from './helpers.ts';

const brief = schemas.briefs;

describe('brief fields', () => {
  it.each([
    ['published missing', { published: undefined }, 'published: a date such as 2026-03-14'],
    ['published not a real date', { published: '2026-02-30' }, 'published: a date such as 2026-03-14'],
    ['updated before published', { updated: '2026-03-13' }, 'updated: a date not before published (2026-03-14)'],
    ['no authors', { authors: [] }, 'authors: at least 1 id(s) from people'],
    ['unknown author', { authors: ['ana-ruis'] }, 'authors.0: an id from people (did you mean ana-ruiz?)'],
    ['no key findings', { keyFindings: [] }, 'keyFindings: at least 1 key finding(s)'],
    ['eight key findings', { keyFindings: Array(8).fill('A finding.') }, 'keyFindings: at most 7 key findings'],
    ['DOI as a URL', { doi: 'https://doi.org/10.1234/x' }, 'doi: a DOI in 10. prefix form, such as 10.1234/abc.2026.1'],
    ['PDF not under public/', { pdf: '/pdf/missing.pdf' }, 'pdf: a PDF that exists under public/ (file not found)'],
    ['PDF as a full URL', { pdf: 'https://example.org/x.pdf' }, 'pdf: a site path such as /pdf/summer-bridge.pdf'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(brief, { ...validBrief, ...change })).toContain(expected);
  });

  it.each([
    ['updated on the day published', { updated: '2026-03-14' }],
    ['a DOI', { doi: '10.99999/rpp.2026.014' }],
    ['a PDF that exists', { pdf: '/pdf/summer-bridge.pdf' }],
    ['dates already parsed by Astro', { published: new Date('2026-03-14T00:00:00Z') }],
  ])('accepts %s', (_name, change) => {
    expect(problemsOf(brief, { ...validBrief, ...change })).toEqual([]);
  });
});
