import { describe, expect, it } from 'vitest';
import { interfaceLanguages } from '../../../src/integrations/apa-worker.ts';
import { SITE_LANGS } from '../../../src/i18n/index.ts';

describe('interfaceLanguages', () => {
  it('names the languages the interface is written in, as the pages know them', () => {
    // The APA worker warms these before the build's pages exist; they must not drift apart.
    expect(interfaceLanguages()).toEqual([...SITE_LANGS].sort());
    expect(interfaceLanguages()).toContain('es');
  });
});
