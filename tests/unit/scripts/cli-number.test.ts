import { describe, expect, it } from 'vitest';
import { wholeNumberOption } from '../../../scripts/cli-number.ts';

describe('wholeNumberOption', () => {
  it('reads a whole number at or above the least allowed, spaces trimmed', () => {
    expect(wholeNumberOption('1000', '--sizes', 4)).toBe(1000);
    expect(wholeNumberOption(' 4 ', '--sizes', 4)).toBe(4);
    expect(wholeNumberOption('0', '--seed', 0)).toBe(0);
  });

  it.each(['3', '-1', '2.5', 'many', '', ' '])('refuses %j for --sizes, naming the flag, the value and the rule', (text) => {
    expect(() => wholeNumberOption(text, '--sizes', 4)).toThrow(`--sizes: found "${text}", expected a whole number of 4 or more`);
  });
});
