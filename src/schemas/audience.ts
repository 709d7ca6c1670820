import { z } from 'astro/zod';
import { requiredText, translationsOf } from './fields.ts';

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
  translations: translationsOf({ label: label(), description: description() }),
  /** Position in lists, smallest first. @example 1 */
  order: z.number({ error: 'a whole number (position in lists)' }).int({ error: 'a whole number' }),
});
export type Audience = z.output<typeof audienceSchema>;
