import { en, type UiStrings } from './en.ts';

/** Interface strings by language; adding a language is adding its file here. */
const STRINGS: Record<string, UiStrings> = { en };

export function uiStrings(lang: string): UiStrings {
  return STRINGS[lang] ?? en;
}
