/** Small statistics for repeated measurements (bench and Lighthouse runs). */

/** The middle value (the upper middle of an even count); NaN for none. Order of input is free. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
