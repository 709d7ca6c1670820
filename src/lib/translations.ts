/**
 * Data entries (YAML) written in the default language may carry `translations`: the same text
 * fields in other languages. A page in another language shows a translation when there is a
 * whole one, else the original, and says which language the text is in (for `lang`).
 */
import { DEFAULT_LANG } from './collections.ts';

export type Translations<T> = Readonly<Record<string, T>> | undefined;

/** The fields in `lang` where translated, else as written, with the language they are in. */
export function inLanguage<T extends object>(original: T, translations: Translations<T>, lang: string): T & { lang: string } {
  const translated = lang === DEFAULT_LANG ? undefined : translations?.[lang];
  return translated ? { ...translated, lang } : { ...original, lang: DEFAULT_LANG };
}
