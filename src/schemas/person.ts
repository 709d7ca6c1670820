import { z } from 'astro/zod';
import { crossFieldRule, requiredText, translationsOf, webUrl } from './fields.ts';

const role = () => requiredText(200, 'a role');
import { isOrcidShape, isValidOrcid } from '../lib/orcid.ts';
import { containsWords } from '../lib/person-name.ts';

/** An author or presenter. `content/people/ana-ruiz.yaml` */
export const personSchema = z
  .strictObject({
    /** @example "Ana Ruiz" */
    name: requiredText(120, 'a name'),
    /**
     * The family name as citations print it, where it is not the last word of `name` (a double
     * surname, a family name written first). Optional. @example "Villanueva García"
     */
    familyName: requiredText(120, 'a family name').optional(),
    /** @example "Lakeshore State University" */
    affiliation: requiredText(200, 'an affiliation').optional(),
    /** @example "Research director" */
    role: role().optional(),
    /**
     * The role in other languages, for the person's page in that language; the name and
     * affiliation are names and stay as written. Optional. @example { es: { role: "Directora de investigación" } }
     */
    translations: translationsOf({ role: role() }),
    /** ORCID iD; its last character is a checksum. @example "0000-0002-1825-0097" */
    orcid: z
      .string({ error: 'an ORCID iD such as 0000-0002-1825-0097' })
      .refine(isOrcidShape, { error: 'an ORCID iD of the form 0000-0002-1825-0097', abort: true })
      .refine(isValidOrcid, {
        error: 'an ORCID iD whose check digit holds (ISO 7064 11,2): a digit is probably mistyped',
      })
      .optional(),
    url: webUrl().optional(),
  })
  .check(
    crossFieldRule<{ name: string; familyName?: string | undefined }>((person, report) => {
      if (typeof person.name !== 'string' || typeof person.familyName !== 'string') return;
      if (!containsWords(person.name, person.familyName)) {
        report(['familyName'], `words of name ("${person.name}")`, person.familyName);
      }
    }),
  );
export type Person = z.output<typeof personSchema>;
