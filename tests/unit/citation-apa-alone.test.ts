import { describe, expect, it } from 'vitest';
import { toApa, type CitableBrief } from '../../src/lib/citation.ts';

/**
 * toApa formats every brief through one reused CSL engine (under one item id, so the engine's
 * memory of past items stays small on large sites). Each reference must still read as if it
 * were the only one: no "2026a", no extra names, nothing carried over from the brief before.
 */
const brief = (id: string, title: string, lang = 'en'): CitableBrief => ({
  id,
  title,
  authors: [{ name: 'Ana Ruiz' }, { name: 'José Núñez' }],
  published: new Date('2026-03-14T00:00:00Z'),
  url: `https://portal.example.org/briefs/${id}/`,
  publisher: 'Riverbend Education Research Alliance',
  lang,
});

describe('toApa on a site with many briefs', () => {
  it('gives each brief the reference it gets when formatted alone', () => {
    const first = brief('summer-bridge', 'Summer bridge and attendance');
    const alone = toApa(first);
    // Same authors and year: in one shared bibliography these would become "2026a", "2026b"...
    const others = Array.from({ length: 40 }, (_, index) => toApa(brief(`other-${index}`, `Other study ${index}`, index % 3 ? 'en' : 'es')));
    expect(others[1]).toBe(
      'Ruiz, A., & Núñez, J. (2026). Other study 1. Riverbend Education Research Alliance. https://portal.example.org/briefs/other-1/',
    );
    expect(others.every((text) => !/2026[a-z]/.test(text))).toBe(true);
    expect(toApa(first)).toBe(alone);
    expect(alone).toBe('Ruiz, A., & Núñez, J. (2026). Summer bridge and attendance. Riverbend Education Research Alliance. https://portal.example.org/briefs/summer-bridge/');
  });
});
