import { describe, expect, it } from 'vitest';
import { didYouMean, nearestMatch } from '../../../src/lib/suggest.ts';

const audiences = ['district-staff', 'researchers', 'community'];

describe('nearestMatch', () => {
  it('finds the id a typo was meant to be', () => {
    expect(nearestMatch('distrct-staff', audiences)).toBe('district-staff');
    expect(nearestMatch('Researcher', audiences)).toBe('researchers');
  });
  it('suggests nothing when nothing is close', () => {
    expect(nearestMatch('superintendents', audiences)).toBeUndefined();
    expect(didYouMean('superintendents', audiences)).toBe('');
  });
  it('phrases a suggestion to append to a message', () => {
    expect(didYouMean('comunity', audiences)).toBe(' (did you mean community?)');
    expect(didYouMean(42, audiences)).toBe('');
  });
});
