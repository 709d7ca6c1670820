import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/languages/en.ts';
import es from '../../../src/i18n/languages/es.ts';
import { SITE_LANGS, uiStrings } from '../../../src/i18n/index.ts';
import { computeTier } from '../../../src/lib/evidence/tier.ts';

describe('interface languages', () => {
  it('are the files of src/i18n/languages/, the default first', () => {
    expect(SITE_LANGS).toEqual(['en', 'es']);
    expect(uiStrings('es')).toBe(es);
  });

  it('fall back to the default for a language with content but no file, evidence explanations included', () => {
    expect(uiStrings('vi')).toBe(en);
    const rct = { design: 'rct', outcome: 'student-achievement' } as const;
    expect(computeTier(rct, uiStrings('vi').evidenceWords)).toEqual(computeTier(rct));
  });

  it('each carry the evidence explanations in their own words', () => {
    const rct = { design: 'rct', outcome: 'student-achievement' } as const;
    expect(computeTier(rct, uiStrings('es').evidenceWords).reasons).not.toEqual(computeTier(rct).reasons);
  });
});
