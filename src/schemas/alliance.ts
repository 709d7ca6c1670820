import { z } from 'astro/zod';
import { requiredText, textList, translationsOf, webUrl } from './fields.ts';

const description = () => requiredText(1000, 'a description');

export const allianceSchema = z
  .strictObject({
    name: requiredText(140, 'a name').meta({ description: 'A proper name, shown as written in every language.', example: 'Riverbend Education Research Alliance' }),
    districts: textList({ min: 1, what: 'district name' }).meta({
      description: 'The school districts in the alliance.',
      example: ['Riverbend Unified School District'],
    }),
    partners: textList({ what: 'partner name' })
      .default([])
      .meta({ description: 'Universities, nonprofits and agencies in the alliance.', example: ['Lakeshore State University'] }),
    founded: z
      .number({ error: 'a year such as 2014' })
      .int({ error: 'a year such as 2014' })
      .min(1900, { error: 'a year such as 2014' })
      .max(2100, { error: 'a year such as 2014' })
      .meta({ description: 'The year it was founded.', example: 2014 }),
    url: webUrl().optional().meta({ description: "The alliance's own site.", example: 'https://riverbend-alliance.example.org' }),
    description: description().meta({ description: 'What the alliance is and does, for its page.' }),
    translations: translationsOf({ description: description() }).meta({
      description: 'The description in other languages, for the alliance\'s page in that language.',
      example: { es: { description: 'Una alianza de investigación entre...' } },
    }),
  })
  .meta({ description: 'The research alliances (partnerships) and their districts.' });
export type Alliance = z.output<typeof allianceSchema>;
