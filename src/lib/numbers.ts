/**
 * Whole numbers as a language writes them ("4,500", "4500" or "4.500"), with one formatter per
 * language for the whole build: building an Intl.NumberFormat costs far more than using one, and
 * every page of a list shows several numbers.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    formats.set(lang, format);
  }
  return format.format(value);
}
