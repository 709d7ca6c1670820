import { z } from 'astro/zod';
import { DEFAULT_LANG } from '../lib/collections.ts';
import { languageTag, requiredText, textList } from './fields.ts';

/**
 * Each term is written in one language: the glossary page of that language lists it, and entry
 * bodies in that language link their first use of it. A Spanish term is its own file, named in
 * Spanish (`content/glossary/tamano-del-efecto.yaml` with `lang: es`).
 */
export const glossarySchema = z
  .strictObject({
    term: requiredText(80, 'a term').meta({ description: 'The term as readers meet it.', example: 'Effect size' }),
    aliases: textList({ what: 'alias' })
      .default([])
      .meta({ description: 'Other ways the term is written; each is linked in the text too.', example: ['RCT'] }),
    definition: requiredText(300, 'a plain-language definition').meta({
      description: "Plain language a parent can read, in the term's own language.",
    }),
    lang: languageTag()
      .default(DEFAULT_LANG)
      .meta({
        description: 'The language of the term and its definition; entries in that language link it.',
        example: 'es',
      }),
  })
  .meta({ description: 'Plain-language definitions of research terms.' });
export type GlossaryTerm = z.output<typeof glossarySchema>;
