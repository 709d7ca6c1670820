import { describe, expect, it } from 'vitest';
import { isValidSlug, slugFromTitle, toSlug } from '../../../src/lib/slug.ts';

describe('isValidSlug', () => {
  it.each(['a', 'summer-bridge', 'grade-9-transition', '2026-report'])('accepts %s', (value) => {
    expect(isValidSlug(value)).toBe(true);
  });
  it.each(['Bad_Name', 'Literacy', 'double--hyphen', '-leading', 'trailing-', 'with space', 'café', ''])(
    'rejects %j',
    (value) => {
      expect(isValidSlug(value)).toBe(false);
    },
  );
});

describe('toSlug and slugFromTitle', () => {
  it('turns a bad file name into a valid one', () => {
    expect(toSlug('Bad_Name 2')).toBe('bad-name-2');
    expect(toSlug('Éxito escolar')).toBe('exito-escolar');
  });
  it('cuts long titles at a whole word', () => {
    const slug = slugFromTitle('Summer bridge raised attendance among ninth graders in three districts', 30);
    expect(slug).toBe('summer-bridge-raised');
    expect(isValidSlug(slug)).toBe(true);
  });
});
