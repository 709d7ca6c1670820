/**
 * File names are entry ids and URL slugs (content/README.md, section 1). Astro's loader would
 * quietly slugify a bad name (`Bad_Name.mdx` → `bad_name`) and merge `Literacy.mdx` into
 * `literacy.mdx`, so the rule is checked on the real file names before Astro sees them.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** A suggested valid name for a bad one: `Summer_Bridge 2` → `summer-bridge-2`. */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug from a title, short enough for a URL: whole words up to `maxLength` characters. */
export function slugFromTitle(title: string, maxLength = 60): string {
  const words = toSlug(title).split('-').filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next;
  }
  return slug;
}
