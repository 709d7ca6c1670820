import { z } from 'astro/zod';
import { languageTag, requiredText, textList } from './fields.ts';

/**
 * A research term in plain words. `content/glossary/effect-size.yaml`
 *
 * Each term is written in one language: the glossary page of that language lists it, and entry
 * bodies in that language link their first use of it (an English brief gets English terms, a
 * Spanish brief Spanish ones). A Spanish term is its own file, named in Spanish
 * (`content/glossary/tamano-del-efecto.yaml` with `lang: es`).
 */
export const glossarySchema = z.strictObject({
  /** @example "Effect size" */
  term: requiredText(80, 'a term'),
  /** Other ways the term is written; each is linked in the text too. @example ["RCT"] */
  aliases: textList({ what: 'alias' }).default([]),
  /** Plain language a parent can read, in the term's own language. */
  definition: requiredText(300, 'a plain-language definition'),
  /** BCP 47 tag of the language the term and its definition are written in. @example "es" */
  lang: languageTag().default('en'),
});
export type GlossaryTerm = z.output<typeof glossarySchema>;
