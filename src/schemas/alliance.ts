import { z } from 'astro/zod';
import { requiredText, textList, translationsOf, webUrl } from './fields.ts';

const description = () => requiredText(1000, 'a description');

/** A research alliance: researchers and the districts they work with. */
export const allianceSchema = z.strictObject({
  /** @example "Riverbend Education Research Alliance" */
  name: requiredText(140, 'a name'),
  /** @example ["Riverbend Unified School District"] */
  districts: textList({ min: 1, what: 'district name' }),
  /** Universities, nonprofits and agencies in the alliance. */
  partners: textList({ what: 'partner name' }).default([]),
  /** Year founded. @example 2014 */
  founded: z
    .number({ error: 'a year such as 2014' })
    .int({ error: 'a year such as 2014' })
    .min(1900, { error: 'a year such as 2014' })
    .max(2100, { error: 'a year such as 2014' }),
  url: webUrl().optional(),
  description: description(),
  /**
   * The description in other languages, for the alliance's page and the families' way in in that
   * language; the name is a proper name and stays as written. Optional.
   * @example { es: { description: "Una alianza de investigación entre..." } }
   */
  translations: translationsOf({ description: description() }),
});
export type Alliance = z.output<typeof allianceSchema>;
