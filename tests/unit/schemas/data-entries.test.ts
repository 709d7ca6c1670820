import { describe, expect, it } from 'vitest';
import { problemsOf, schemas } from './helpers.ts';

describe('YAML collections', () => {
  it.each([
    ['audiences', { label: 'District staff', description: 'People who run schools.', order: 1 }],
    ['audiences', { label: 'District staff', description: 'People who run schools.', order: 1, translations: { es: { label: 'Personal del distrito', description: 'Quienes dirigen las escuelas.' } } }],
    ['problems', { title: 'Chronic absenteeism', question: 'Why do students miss school?', description: 'Text.', order: 1 }],
    ['problems', { title: 'Chronic absenteeism', question: 'Why do students miss school?', description: 'Text.', order: 1, translations: { es: { title: 'Ausentismo crónico', question: '¿Por qué faltan?', description: 'Texto.' } } }],
    ['alliances', { name: 'Riverbend Alliance', districts: ['Riverbend USD'], partners: ['Lakeshore U'], founded: 2014, url: 'https://example.org', description: 'Text.' }],
    ['alliances', { name: 'Riverbend Alliance', districts: ['Riverbend USD'], founded: 2014, description: 'Text.', translations: { es: { description: 'Texto.' } } }],
    ['people', { name: 'Ana Ruiz', affiliation: 'Lakeshore U', role: 'Researcher', orcid: '0000-0002-1825-0097' }],
    ['people', { name: 'Rosa Villanueva García', familyName: 'Villanueva García' }],
    ['people', { name: 'Maya Okafor', role: 'Research director', translations: { es: { role: 'Directora de investigación' } } }],
    ['glossary', { term: 'Effect size', aliases: [], definition: 'How big a difference was.' }],
    ['glossary', { term: 'Tamaño del efecto', definition: 'Cuánta diferencia hubo.', lang: 'es' }],
  ] as const)('accepts a valid %s entry', (collection, value) => {
    expect(problemsOf(schemas[collection], value)).toEqual([]);
  });

  it('gives a glossary term the default language, English, when it names none', () => {
    expect(schemas.glossary.parse({ term: 'Effect size', definition: 'How big a difference was.' }).lang).toBe('en');
  });

  it.each([
    ['people', { name: 'Ana Ruiz', orcid: '0000-0002-1825-0098' }, 'orcid: an ORCID iD whose check digit holds (ISO 7064 11,2): a digit is probably mistyped'],
    ['people', { name: 'Ana Ruiz', orcid: '0000000218250097' }, 'orcid: an ORCID iD of the form 0000-0002-1825-0097'],
    ['people', { name: 'Rosa Villanueva García', familyName: 'Garcia' }, 'familyName: words of name ("Rosa Villanueva García")'],
    ['glossary', { term: 'Effect size', definition: 'x'.repeat(301) }, 'definition: a plain-language definition of at most 300 characters'],
    ['glossary', { term: 'Tamaño del efecto', definition: 'Cuánta diferencia hubo.', lang: 'Spanish' }, 'lang: a BCP 47 language tag such as en or es'],
    ['alliances', { name: 'A', districts: [], founded: 2014, description: 'Text.' }, 'districts: at least 1 district name(s)'],
    ['alliances', { name: 'A', districts: ['B'], founded: 'long ago', description: 'Text.' }, 'founded: a year such as 2014'],
    ['problems', { title: 'T', question: 'Q?', description: 'D', order: 1.5 }, 'order: a whole number'],
    ['audiences', { label: 'L', description: 'D', order: 1, colour: 'blue' }, ': Unrecognized key: "colour"'],
    ['audiences', { label: 'L', description: 'D', order: 1, translations: { es: { label: 'L' } } }, 'translations.es.description: a description (required)'],
    ['audiences', { label: 'L', description: 'D', order: 1, translations: { Spanish: { label: 'L', description: 'D' } } }, 'translations.Spanish: a BCP 47 language tag such as es, as the key'],
    ['problems', { title: 'T', question: 'Q?', description: 'D', order: 1, translations: { es: { title: 'T', description: 'D' } } }, "translations.es.question: the question in the district's words (required)"],
    ['problems', { title: 'T', question: 'Q?', description: 'D', order: 1, translations: { es: { title: 'T', question: 'Q', description: 'D', summary: 'S' } } }, 'translations.es: Unrecognized key: "summary"'],
    ['alliances', { name: 'A', districts: ['B'], founded: 2014, description: 'Text.', translations: { es: { name: 'Alianza A', description: 'Texto.' } } }, 'translations.es: Unrecognized key: "name"'],
    ['people', { name: 'Maya Okafor', role: 'Research director', translations: { es: { role: '' } } }, 'translations.es.role: a role, not empty'],
  ] as const)('rejects a bad %s entry', (collection, value, expected) => {
    expect(problemsOf(schemas[collection], value)).toContain(expected);
  });
});
