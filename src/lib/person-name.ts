/**
 * People's names as citation styles need them: given and family apart. Pure and light (no
 * citation library), so the content schema can check a `familyName` with the same rule.
 */

/** A name in CSL-JSON form: given and family, or one literal for a one-word name. */
export type PersonName = { given: string; family: string } | { literal: string };

/**
 * Lower-case words that belong to a family name when they come before its last word:
 * "Ana de la Cruz" is "de la Cruz, A.", not "Cruz, A. d. l.".
 */
const NAME_PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'y',
]);

/**
 * A display name split into given and family names, as citation styles need them. The family
 * name is the person's `familyName` where given ("Rosa Villanueva García", "Villanueva García");
 * otherwise the last word, with any particles before it. A one-word name stays whole.
 */
export function splitPersonName(name: string, familyName?: string): PersonName {
  if (familyName && containsWords(name, familyName)) {
    const given = wordsOf(name).join(' ').replace(wordsOf(familyName).join(' '), '').trim().replace(/\s+/g, ' ');
    return given ? { given, family: wordsOf(familyName).join(' ') } : { literal: wordsOf(name).join(' ') };
  }
  const words = wordsOf(name);
  if (words.length < 2) return { literal: name.trim() };
  let familyStart = words.length - 1;
  while (familyStart > 1 && NAME_PARTICLES.has(words[familyStart - 1]!)) familyStart--;
  return { given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' ') };
}

function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/);
}

/** Whether `part` is a run of whole words of `name`: "Villanueva García" in "Rosa Villanueva García". */
export function containsWords(name: string, part: string): boolean {
  return ` ${wordsOf(name).join(' ')} `.includes(` ${wordsOf(part).join(' ')} `);
}
