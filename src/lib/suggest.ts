import { distance } from 'fastest-levenshtein';

/**
 * The closest valid value to a mistyped one, or undefined when nothing is close enough to be a
 * plausible typo (a suggestion that is far off misleads more than it helps).
 */
export function nearestMatch(found: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(found.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(found.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** " (did you mean district-staff?)" or "" — ready to append to a message. */
export function didYouMean(found: unknown, candidates: Iterable<string>): string {
  if (typeof found !== 'string') return '';
  const match = nearestMatch(found, candidates);
  return match ? ` (did you mean ${match}?)` : '';
}
