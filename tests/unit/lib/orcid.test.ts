import { describe, expect, it } from 'vitest';
import { isOrcidShape, isValidOrcid, orcidCheckCharacter, orcidUrl } from '../../../src/lib/orcid.ts';

describe('ORCID check digit (ISO 7064 11,2)', () => {
  it.each([
    ['0000-0002-1825-0097', true],
    ['0000-0001-5109-3700', true],
    ['0000-0002-1694-233X', true],
    ['0000-0002-1825-0098', false],
    ['0000-0002-1825-0079', false],
    ['0000-0002-1694-2330', false],
  ])('%s is valid: %s', (orcid, valid) => {
    expect(isValidOrcid(orcid)).toBe(valid);
  });

  it('computes X for a remainder of 10', () => {
    expect(orcidCheckCharacter('000000021694233')).toBe('X');
  });

  it.each(['0000000218250097', '0000-0002-1825-009', 'https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-00x7'])(
    'rejects the shape %s',
    (value) => {
      expect(isOrcidShape(value)).toBe(false);
      expect(isValidOrcid(value)).toBe(false);
    },
  );

  it('links to orcid.org', () => {
    expect(orcidUrl('0000-0002-1825-0097')).toBe('https://orcid.org/0000-0002-1825-0097');
  });
});
