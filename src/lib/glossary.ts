/**
 * The glossary page's A-Z: terms in the alphabetical order of their own language, grouped under
 * their first letter. Ordering and letters follow the language's rules (Intl.Collator), so a
 * Spanish "Índice" sits under I with the other I words, while "Ñ" stays a letter of its own.
 */

export interface LetterGroup<T> {
  /** The heading and anchor: `E` (for `#letter-E`). */
  letter: string;
  items: T[];
}

/** Items sorted by name in `lang`, in runs that share a first letter. */
export function groupByFirstLetter<T>(items: readonly T[], nameOf: (item: T) => string, lang: string): LetterGroup<T>[] {
  const order = new Intl.Collator(lang);
  const groups: LetterGroup<T>[] = [];
  for (const item of [...items].sort((a, b) => order.compare(nameOf(a), nameOf(b)))) {
    const letter = firstLetter(nameOf(item), lang);
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

/**
 * The letter a name is filed under: its first character in capitals, without an accent the
 * language does not count as a letter of its own (`É` → `E` in English and Spanish, but `Ñ`
 * stays `Ñ` in Spanish because a Spanish collator tells `Ñ` and `N` apart).
 */
export function firstLetter(name: string, lang: string): string {
  const first = [...name.trim()][0]?.toLocaleUpperCase(lang) ?? '';
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  const sameLetter = new Intl.Collator(lang, { sensitivity: 'base' }).compare(plain, first) === 0;
  return sameLetter ? plain : first;
}
