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

/**
 * A `lang` (or `hreflang`) attribute for text or a page in `textLang`, on a page in `pageLang`:
 * the tag where the two differ, else nothing (the page's own `lang` already says it).
 */
export function langIfOther(textLang: string, pageLang: string): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}

interface AudienceText {
  label: string;
  description: string;
}
interface ProblemText {
  title: string;
  question: string;
  description: string;
}

/** An audience's label and description in `lang`, from its YAML (`content/audiences/*.yaml`). */
export function audienceText(data: AudienceText & { translations?: Translations<AudienceText> }, lang: string): AudienceText & { lang: string } {
  return inLanguage({ label: data.label, description: data.description }, data.translations, lang);
}

/** A problem's title, question and description in `lang`, from its YAML (`content/problems/*.yaml`). */
export function problemText(data: ProblemText & { translations?: Translations<ProblemText> }, lang: string): ProblemText & { lang: string } {
  return inLanguage({ title: data.title, question: data.question, description: data.description }, data.translations, lang);
}

/** An alliance's description in `lang`, from its YAML (`content/alliances/*.yaml`); its name stays as written. */
export function allianceText(data: { description: string; translations?: Translations<{ description: string }> }, lang: string): { description: string; lang: string } {
  return inLanguage({ description: data.description }, data.translations, lang);
}

/** A person's role in `lang`, from their YAML (`content/people/*.yaml`); undefined when they give none. */
export function personRole(data: { role?: string | undefined; translations?: Translations<{ role: string }> }, lang: string): { role: string; lang: string } | undefined {
  return data.role === undefined ? undefined : inLanguage({ role: data.role }, data.translations, lang);
}

interface LanguageVersion {
  id: string;
  data: { lang: string; translationOf?: string | undefined };
}

/**
 * One version of each entry for a reader of `lang`: the version in `lang` where there is one,
 * else the default-language original. Versions in other languages are left out. So a Spanish
 * page can show every finding on a problem, in Spanish where it has been translated.
 */
export function versionsForReader<T extends LanguageVersion>(entries: readonly T[], lang: string): T[] {
  const translated = new Set(entries.filter((entry) => entry.data.lang === lang).map((entry) => entry.data.translationOf));
  return entries.filter((entry) => entry.data.lang === lang || (entry.data.lang === DEFAULT_LANG && !translated.has(entry.id)));
}
