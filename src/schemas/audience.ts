import { z } from 'astro/zod';
import { listOrder, requiredText, translationsOf } from './fields.ts';

const label = () => requiredText(60, 'a short label');
const description = () => requiredText(400, 'a description');

export const audienceSchema = z
  .strictObject({
    label: label().meta({ description: 'Shown on filters and badges.', example: 'District staff' }),
    description: description().meta({ description: 'One or two sentences on who this is.' }),
    translations: translationsOf({ label: label(), description: description() }).meta({
      description: "The label and description in other languages, for the audience's page in that language.",
      example: { es: { label: 'Personal del distrito', description: '...' } },
    }),
    order: listOrder(),
  })
  .meta({ description: 'Who a piece is for.' });
export type Audience = z.output<typeof audienceSchema>;
