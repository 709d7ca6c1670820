import { describe, expect, it } from 'vitest';
import { containsWords, splitPersonName } from '../../../src/lib/person-name.ts';

describe('splitPersonName', () => {
  it.each([
    ['Ana Ruiz', { given: 'Ana', family: 'Ruiz' }],
    ['Mary Ann Smith', { given: 'Mary Ann', family: 'Smith' }],
    ['Lucía de la Cruz', { given: 'Lucía', family: 'de la Cruz' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', family: 'van Beethoven' }],
    ['  Amina   Farah ', { given: 'Amina', family: 'Farah' }],
    ['Prince', { literal: 'Prince' }],
  ])('%s → %o', (name, expected) => {
    expect(splitPersonName(name)).toEqual(expected);
  });

  it('keeps at least one given name when every earlier word looks like a particle', () => {
    expect(splitPersonName('de la Cruz')).toEqual({ given: 'de', family: 'la Cruz' });
  });

  it.each([
    ['Rosa Villanueva García', 'Villanueva García', { given: 'Rosa', family: 'Villanueva García' }],
    ['Nguyen Thi Lan', 'Nguyen', { given: 'Thi Lan', family: 'Nguyen' }],
    ['  María José   Ortega Ruiz ', 'Ortega  Ruiz', { given: 'María José', family: 'Ortega Ruiz' }],
    ['Prince', 'Prince', { literal: 'Prince' }],
  ])('%s with familyName %s → %o', (name, familyName, expected) => {
    expect(splitPersonName(name, familyName)).toEqual(expected);
  });

  it('falls back to the last word when familyName is not words of the name', () => {
    expect(splitPersonName('Rosa Villanueva García', 'Garcia')).toEqual({ given: 'Rosa Villanueva', family: 'García' });
  });
});

describe('containsWords', () => {
  it.each([
    ['Rosa Villanueva García', 'Villanueva García', true],
    ['Rosa Villanueva García', 'nueva García', false],
    ['Rosa Villanueva García', 'Villanueva', true],
    ['Rosa Villanueva García', 'Rosa Villanueva García Ruiz', false],
  ])('%s contains %s: %s', (name, part, expected) => {
    expect(containsWords(name, part)).toBe(expected);
  });
});
