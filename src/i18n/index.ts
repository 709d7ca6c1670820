/**
 * Interface strings by language. Each file in ./languages/ is one language, named by its BCP 47
 * tag; adding `languages/fr.ts` adds a French interface and the `/fr/` pages, with no code change.
 */
import en from './languages/en.ts';
import { DEFAULT_LANG, langPrefix } from '../lib/collections.ts';

export type UiStrings = typeof en;

const modules = import.meta.glob<{ default: UiStrings }>('./languages/*.ts', { eager: true });

const STRINGS: Record<string, UiStrings> = Object.fromEntries(
  Object.entries(modules).map(([file, module]) => [file.replace(/^.*\/|\.ts$/g, ''), module.default]),
);

/** Every language the interface is written in, the default first. */
export const SITE_LANGS: readonly string[] = [
  DEFAULT_LANG,
  ...Object.keys(STRINGS)
    .filter((lang) => lang !== DEFAULT_LANG)
    .sort(),
];

/** The strings for a language, falling back to the default for a language with content only. */
export function uiStrings(lang: string): UiStrings {
  return STRINGS[lang] ?? en;
}

/** A page that exists in every interface language (`/events/`, `/es/events/`), as alternates. */
export function localizedAlternates(path: string): { lang: string; href: string }[] {
  return SITE_LANGS.map((lang) => ({ lang, href: `${langPrefix(lang)}${path}` }));
}
