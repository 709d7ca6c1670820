import { z } from 'astro/zod';
import { listOrder, requiredText, translationsOf } from './fields.ts';

const title = () => requiredText(140, 'a title');
const question = () => requiredText(300, "the question in the district's words");
const description = () => requiredText(1000, 'a description');

export const problemSchema = z
  .strictObject({
    title: title().meta({ description: 'A short name for the problem.', example: 'Chronic absenteeism' }),
    question: question().meta({
      description: "The district's question, in its own words.",
      example: 'Why do so many ninth graders stop coming?',
    }),
    description: description().meta({ description: 'What the problem is and why it matters, for its page.' }),
    translations: translationsOf({ title: title(), question: question(), description: description() }).meta({
      description: "The title, question and description in other languages, for the problem's page in that language.",
      example: { es: { title: 'Ausentismo crónico', question: '...', description: '...' } },
    }),
    order: listOrder(),
  })
  .meta({ description: "The districts' problems of practice." });
export type Problem = z.output<typeof problemSchema>;
