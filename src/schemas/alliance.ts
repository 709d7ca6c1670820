import { z } from 'astro/zod';
import { requiredText, textList, translationsOf, webUrl } from './fields.ts';

const description = () => requiredText(1000, 'a description');

/**
 * How the alliance's members work together (content/README.md, section 7): `sharing`, each acting
 * on its own with what the others learn; `execution`, one aim with common measures and
 * coordinated tests.
 */
export const NETWORK_KINDS = ['sharing', 'execution'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

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
    network: z
      .enum(NETWORK_KINDS, { error: `one of ${NETWORK_KINDS.join(', ')}` })
      .optional()
      .meta({
        description:
          'How its members work together: `sharing` (they share what they learn, and each acts on its own) or `execution` (one aim, common measures, coordinated tests). Its page says which, in plain words.',
        example: 'execution',
      }),
    translations: translationsOf({ description: description() }).meta({
      description: 'The description in other languages, for the alliance\'s page in that language.',
      example: { es: { description: 'Una alianza de investigación entre...' } },
    }),
  })
  .meta({ description: 'The research alliances (partnerships) and their districts.' });
export type Alliance = z.output<typeof allianceSchema>;
