import { z } from 'astro/zod';
import { requiredText } from './fields.ts';

/** Who a piece is for. `content/audiences/district-staff.yaml` */
export const audienceSchema = z.strictObject({
  /** Shown on filters and badges. @example "District staff" */
  label: requiredText(60, 'a short label'),
  /** One or two sentences on who this is. */
  description: requiredText(400, 'a description'),
  /** Position in lists, smallest first. @example 1 */
  order: z.number({ error: 'a whole number (position in lists)' }).int({ error: 'a whole number' }),
});
export type Audience = z.output<typeof audienceSchema>;
