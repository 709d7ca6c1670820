import { z } from 'astro/zod';
import { requiredText } from './fields.ts';

/** A district's problem of practice. `content/problems/chronic-absenteeism.yaml` */
export const problemSchema = z.strictObject({
  /** @example "Chronic absenteeism" */
  title: requiredText(140, 'a title'),
  /** The district's question, in its own words. @example "Why do so many ninth graders stop coming?" */
  question: requiredText(300, 'the question in the district\'s words'),
  description: requiredText(1000, 'a description'),
  /** Position in lists, smallest first. */
  order: z.number({ error: 'a whole number (position in lists)' }).int({ error: 'a whole number' }),
});
export type Problem = z.output<typeof problemSchema>;
