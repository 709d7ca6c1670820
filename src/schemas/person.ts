import { z } from 'astro/zod';
import { crossFieldRule, requiredText, translationsOf, webUrl } from './fields.ts';

import { isOrcidShape, isValidOrcid } from '../lib/orcid.ts';
import { containsWords } from '../lib/person-name.ts';

const role = () => requiredText(200, 'a role');

export const personSchema = z
  .strictObject({
    name: requiredText(120, 'a name').meta({
      description: 'Given name first; the last word (with de, van...) is read as the family name in citations.',
      example: 'Maya Okafor',
    }),
    familyName: requiredText(120, 'a family name')
      .optional()
      .meta({
        description: 'The family name as citations print it, where it is not the last word of `name` (a double surname); it must be words of `name`.',
        example: 'Villanueva García',
      }),
    affiliation: requiredText(200, 'an affiliation').optional().meta({ description: 'Where they work.', example: 'Lakeshore State University' }),
    role: role().optional().meta({ description: 'What they do.', example: 'Research director' }),
    translations: translationsOf({ role: role() }).meta({
      description: "The role in other languages, for the person's page in that language; names stay as written.",
      example: { es: { role: 'Directora de investigación' } },
    }),
    orcid: z
      .string({ error: 'an ORCID iD such as 0000-0002-1825-0097' })
      .refine(isOrcidShape, { error: 'an ORCID iD of the form 0000-0002-1825-0097', abort: true })
      .refine(isValidOrcid, {
        error: 'an ORCID iD whose check digit holds (ISO 7064 11,2): a digit is probably mistyped',
      })
      .optional()
      .meta({ description: 'An ORCID iD; its last character is a check digit (ISO 7064 11,2), so a mistyped digit is caught.', example: '0000-0002-1825-0097' }),
    url: webUrl().optional().meta({ description: 'Their own page.', example: 'https://example.org/maya' }),
  })
  .check(
    crossFieldRule<{ name: string; familyName?: string | undefined }>((person, report) => {
      if (typeof person.name !== 'string' || typeof person.familyName !== 'string') return;
      if (!containsWords(person.name, person.familyName)) {
        report(['familyName'], `words of name ("${person.name}")`, person.familyName);
      }
    }),
  )
  .meta({ description: 'Authors and presenters.' });
export type Person = z.output<typeof personSchema>;
