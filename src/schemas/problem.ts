import { z } from 'astro/zod';
import { requiredText, translationsOf } from './fields.ts';

const title = () => requiredText(140, 'a title');
const question = () => requiredText(300, "the question in the district's words");
const description = () => requiredText(1000, 'a description');

/** A district's problem of practice. `content/problems/chronic-absenteeism.yaml` */
export const problemSchema = z.strictObject({
  /** @example "Chronic absenteeism" */
  title: title(),
  /** The district's question, in its own words. @example "Why do so many ninth graders stop coming?" */
  question: question(),
  description: description(),
  /**
   * The title, question and description in other languages, for the problem's page in that
   * language. Optional. @example { es: { title: "Ausentismo crónico", question: "...", description: "..." } }
   */
  translations: translationsOf({ title: title(), question: question(), description: description() }),
  /** Position in lists, smallest first. */
  order: z.number({ error: 'a whole number (position in lists)' }).int({ error: 'a whole number' }),
});
export type Problem = z.output<typeof problemSchema>;
