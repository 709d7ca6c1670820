import { z } from 'astro/zod';
import { languageTag, requiredText } from './fields.ts';

const label = () => requiredText(60, 'a short label');
const description = () => requiredText(400, 'a description');

/** Who a piece is for. `content/audiences/district-staff.yaml` */
export const audienceSchema = z.strictObject({
  /** Shown on filters and badges. @example "District staff" */
  label: label(),
  /** One or two sentences on who this is. */
  description: description(),
  /**
   * The label and description in other languages, for the audience's page in that language.
   * Optional. @example { es: { label: "Personal del distrito", description: "..." } }
   */
  translations: z
    .record(languageTag(), z.strictObject({ label: label(), description: description() }), {
      // Zod's own words for a bad key are "Invalid key in record"; an author needs the rule.
      error: (issue) => (issue.code === 'invalid_key' ? 'a BCP 47 language tag such as es, as the key' : undefined),
    })
    .optional(),
  /** Position in lists, smallest first. @example 1 */
  order: z.number({ error: 'a whole number (position in lists)' }).int({ error: 'a whole number' }),
});
export type Audience = z.output<typeof audienceSchema>;
