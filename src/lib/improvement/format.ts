/**
 * A measure's value with its unit, as a reader of `lang` writes it: `85%` and `12 days` in
 * English, `85 %` and `12 days` in Spanish (the unit is the measure's own word, translated in its
 * YAML where it has been). Numbers in the language's own form (`0.5`, `0,5`).
 */
export function formatMeasureValue(value: number, unit: string, lang = 'en'): string {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  if (unit === '%') return lang.split('-')[0] === 'en' ? `${number}%` : `${number}\u00a0%`;
  return `${number}\u00a0${unit}`;
}
