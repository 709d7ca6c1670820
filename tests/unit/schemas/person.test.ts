import { describe, expect, it } from 'vitest';
import { problemsOf, schemas } from './helpers.ts';

describe('people (YAML)', () => {
  it.each([
    { name: 'Ana Ruiz', affiliation: 'Lakeshore U', role: 'Researcher', orcid: '0000-0002-1825-0097' },
    { name: 'Rosa Villanueva García', familyName: 'Villanueva García' },
    { name: 'Maya Okafor', role: 'Research director', translations: { es: { role: 'Directora de investigación' } } },
  ])('accepts a valid entry: %j', (value) => {
    expect(problemsOf(schemas.people, value)).toEqual([]);
  });

  it.each([
    [{ name: 'Ana Ruiz', orcid: '0000-0002-1825-0098' }, 'orcid: an ORCID iD whose check digit holds (ISO 7064 11,2): a digit is probably mistyped'],
    [{ name: 'Ana Ruiz', orcid: '0000000218250097' }, 'orcid: an ORCID iD of the form 0000-0002-1825-0097'],
    [{ name: 'Rosa Villanueva García', familyName: 'Garcia' }, 'familyName: words of name ("Rosa Villanueva García")'],
    [{ name: 'Maya Okafor', role: 'Research director', translations: { es: { role: '' } } }, 'translations.es.role: a role, not empty'],
  ] as const)('rejects %j', (value, expected) => {
    expect(problemsOf(schemas.people, value)).toContain(expected);
  });
});
