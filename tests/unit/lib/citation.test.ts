import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import {
  cslLocale,
  highwireDate,
  highwireTags,
  jsonLdText,
  scholarlyArticle,
  toApa,
  toBibtex,
  toCslItem,
  toRis,
  type CitableBrief,
} from '../../../src/lib/citation.ts';

const brief: CitableBrief = {
  id: 'summer-bridge',
  title: 'Summer bridge & ninth-grade attendance: {a} "first" look',
  summary: 'Students who took part missed fewer days.',
  authors: [
    { name: 'Ana Ruiz', orcid: '0000-0002-1825-0097' },
    { name: 'José Núñez' },
    { name: 'Lucía de la Cruz', orcid: '0000-0001-5109-3700' },
  ],
  published: new Date('2026-03-04T00:00:00Z'),
  doi: '10.99999/rpp.2026.014',
  url: 'https://portal.example.org/briefs/summer-bridge/',
  pdfUrl: 'https://portal.example.org/pdf/summer-bridge.pdf',
  publisher: 'Riverbend Education Research Alliance',
  lang: 'en',
};

/** RIS as tag/value pairs, in order: `AU  - Ruiz, Ana` → ['AU', 'Ruiz, Ana']. */
function risLines(text: string): [string, string][] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
      if (!match) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
      return [match[1]!, match[2]!];
    });
}

describe('toCslItem', () => {
  it('describes the brief as a report from its alliance, dated by its publication day', () => {
    expect(toCslItem(brief)).toEqual({
      id: 'summer-bridge',
      type: 'report',
      title: brief.title,
      author: [
        { given: 'Ana', family: 'Ruiz' },
        { given: 'José', family: 'Núñez' },
        { given: 'Lucía', family: 'de la Cruz' },
      ],
      issued: { 'date-parts': [[2026, 3, 4]] },
      publisher: 'Riverbend Education Research Alliance',
      URL: 'https://portal.example.org/briefs/summer-bridge/',
      language: 'en',
      DOI: '10.99999/rpp.2026.014',
    });
  });

  it('leaves the DOI out when there is none', () => {
    expect(toCslItem({ ...brief, doi: undefined })).not.toHaveProperty('DOI');
  });
});

describe('toBibtex', () => {
  const library = parseBibtex(toBibtex(brief));

  it('is one entry a BibTeX parser reads without errors', () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    expect(library.entries[0]!.type).toBe('techreport');
  });

  it('keeps the title, with its special characters, and every author in order', () => {
    const { fields } = library.entries[0]!;
    expect(fields['title']).toContain('Summer bridge & ninth-grade attendance');
    // BibTeX's "von" part (de la) comes back as a prefix; accents come back decomposed.
    const names = fields.author?.map((author) =>
      [[author.prefix, author.lastName].filter(Boolean).join(' '), author.firstName].map((part) =>
        part?.normalize('NFC'),
      ),
    );
    expect(names).toEqual([
      ['Ruiz', 'Ana'],
      ['Núñez', 'José'],
      ['de la Cruz', 'Lucía'],
    ]);
  });

  it('carries the DOI, year, institution and URL', () => {
    const { fields } = library.entries[0]!;
    expect(fields['doi']).toBe('10.99999/rpp.2026.014');
    expect(fields['year']).toBe('2026');
    expect(fields.institution).toEqual(['Riverbend Education Research Alliance']);
    expect(fields['url']).toBe('https://portal.example.org/briefs/summer-bridge/');
  });
});

describe('toRis', () => {
  const lines = risLines(toRis(brief));

  it('starts with the type and ends with ER', () => {
    expect(lines[0]).toEqual(['TY', 'RPRT']);
    expect(lines.at(-1)).toEqual(['ER', '']);
  });

  it('has one AU line per author, in order', () => {
    expect(lines.filter(([tag]) => tag === 'AU').map(([, value]) => value)).toEqual([
      'Ruiz, Ana',
      'Núñez, José',
      'de la Cruz, Lucía',
    ]);
  });

  it('carries title, DOI, publisher, year and URL', () => {
    const fields = new Map(lines);
    expect(fields.get('TI')).toBe(brief.title);
    expect(fields.get('DO')).toBe('10.99999/rpp.2026.014');
    expect(fields.get('PB')).toBe('Riverbend Education Research Alliance');
    expect(fields.get('PY')).toBe('2026');
    expect(fields.get('UR')).toBe('https://portal.example.org/briefs/summer-bridge/');
  });

  it('reads back through citation-js as the same authors, title and DOI', () => {
    const [item] = new Cite(toRis(brief)).data;
    expect(item?.title).toBe(brief.title);
    expect(item?.DOI).toBe(brief.doi);
    expect(item?.author).toEqual(toCslItem(brief).author);
  });
});

describe('toApa', () => {
  it('formats an APA 7 reference with initials, year, title, publisher and DOI link', () => {
    expect(toApa(brief)).toBe(
      'Ruiz, A., Núñez, J., & de la Cruz, L. (2026). Summer bridge & ninth-grade attendance: {a} “first” look. ' +
        'Riverbend Education Research Alliance. https://doi.org/10.99999/rpp.2026.014',
    );
  });

  it('links the page when there is no DOI', () => {
    expect(toApa({ ...brief, doi: undefined })).toMatch(
      /Alliance\. https:\/\/portal\.example\.org\/briefs\/summer-bridge\/$/,
    );
  });

  it('uses Spanish conventions for a Spanish brief', () => {
    expect(toApa({ ...brief, lang: 'es' })).toContain('«first»');
  });

  it('cites a double surname whole when the person names it', () => {
    const authors = [{ name: 'Rosa Villanueva García', familyName: 'Villanueva García' }];
    expect(toApa({ ...brief, authors })).toMatch(/^Villanueva García, R\. \(2026\)/);
    // BibTeX writes the accent as LaTeX: Garc{\' i}a.
    expect(toBibtex({ ...brief, authors })).toMatch(/author = \{Villanueva Garc[^,]+a, Rosa\}/);
    expect(risLines(toRis({ ...brief, authors }))).toContainEqual(['AU', 'Villanueva García, Rosa']);
  });
});

describe('cslLocale', () => {
  it.each([
    ['en', 'en-US'],
    ['es', 'es-ES'],
    ['es-MX', 'es-ES'],
    ['ar', 'en-US'],
  ])('%s → %s', (lang, locale) => {
    expect(cslLocale(lang)).toBe(locale);
  });
});

describe('highwireTags', () => {
  it('lists title, one citation_author per author (family name first), the date as YYYY/MM/DD, DOI, PDF and publisher', () => {
    const tags = highwireTags(brief);
    const values = (name: string) => tags.filter((tag) => tag.name === name).map((tag) => tag.content);
    expect(values('citation_title')).toEqual([brief.title]);
    expect(values('citation_author')).toEqual(['Ruiz, Ana', 'Núñez, José', 'de la Cruz, Lucía']);
    expect(values('citation_publication_date')).toEqual(['2026/03/04']);
    expect(values('citation_doi')).toEqual(['10.99999/rpp.2026.014']);
    expect(values('citation_pdf_url')).toEqual(['https://portal.example.org/pdf/summer-bridge.pdf']);
    expect(values('citation_publisher')).toEqual(['Riverbend Education Research Alliance']);
  });

  it('leaves out DOI and PDF tags when the brief has neither', () => {
    const names = highwireTags({ ...brief, doi: undefined, pdfUrl: undefined }).map((tag) => tag.name);
    expect(names).not.toContain('citation_doi');
    expect(names).not.toContain('citation_pdf_url');
  });

  it('pads month and day', () => {
    expect(highwireDate(new Date('2026-11-09T00:00:00Z'))).toBe('2026/11/09');
  });
});

describe('scholarlyArticle', () => {
  const article = scholarlyArticle(brief);

  it('names the authors as people, with their ORCID iD as sameAs where they have one', () => {
    expect(article['author']).toEqual([
      { '@type': 'Person', name: 'Ana Ruiz', sameAs: 'https://orcid.org/0000-0002-1825-0097' },
      { '@type': 'Person', name: 'José Núñez' },
      { '@type': 'Person', name: 'Lucía de la Cruz', sameAs: 'https://orcid.org/0000-0001-5109-3700' },
    ]);
  });

  it('gives type, name, date, publisher, DOI identifier and URL', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: brief.title,
      datePublished: '2026-03-04',
      publisher: { '@type': 'Organization', name: 'Riverbend Education Research Alliance' },
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.99999/rpp.2026.014' },
      url: 'https://portal.example.org/briefs/summer-bridge/',
    });
  });

  it('has no identifier without a DOI', () => {
    expect(scholarlyArticle({ ...brief, doi: undefined })).not.toHaveProperty('identifier');
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = { name: 'Why </script><b>tags</b> matter' };
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

/**
 * toApa formats every brief through one reused CSL engine (under one item id, so the engine's
 * memory of past items stays small on large sites). Each reference must still read as if it
 * were the only one: no "2026a", no extra names, nothing carried over from the brief before.
 */
const manyBrief = (id: string, title: string, lang = 'en'): CitableBrief => ({
  id,
  title,
  authors: [{ name: 'Ana Ruiz' }, { name: 'José Núñez' }],
  published: new Date('2026-03-14T00:00:00Z'),
  url: `https://portal.example.org/briefs/${id}/`,
  publisher: 'Riverbend Education Research Alliance',
  lang,
});

describe('toApa on a site with many briefs', () => {
  it('gives each brief the reference it gets when formatted alone', () => {
    const first = manyBrief('summer-bridge', 'Summer bridge and attendance');
    const alone = toApa(first);
    // Same authors and year: in one shared bibliography these would become "2026a", "2026b"...
    const others = Array.from({ length: 40 }, (_, index) => toApa(manyBrief(`other-${index}`, `Other study ${index}`, index % 3 ? 'en' : 'es')));
    expect(others[1]).toBe(
      'Ruiz, A., & Núñez, J. (2026). Other study 1. Riverbend Education Research Alliance. https://portal.example.org/briefs/other-1/',
    );
    expect(others.every((text) => !/2026[a-z]/.test(text))).toBe(true);
    expect(toApa(first)).toBe(alone);
    expect(alone).toBe('Ruiz, A., & Núñez, J. (2026). Summer bridge and attendance. Riverbend Education Research Alliance. https://portal.example.org/briefs/summer-bridge/');
  });
});
