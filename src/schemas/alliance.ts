import { z } from 'astro/zod';
import { requiredText, textList, webUrl } from './fields.ts';

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
  description: requiredText(1000, 'a description'),
});
export type Alliance = z.output<typeof allianceSchema>;
