import { z } from 'astro/zod';
import { requiredText, textList } from './fields.ts';

/** A research term in plain words. `content/glossary/effect-size.yaml` */
export const glossarySchema = z.strictObject({
  /** @example "Effect size" */
  term: requiredText(80, 'a term'),
  /** Other ways the term is written; each is linked in the text too. @example ["RCT"] */
  aliases: textList({ what: 'alias' }).default([]),
  /** Plain language a parent can read. */
  definition: requiredText(300, 'a plain-language definition'),
});
export type GlossaryTerm = z.output<typeof glossarySchema>;
