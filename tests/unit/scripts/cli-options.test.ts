import { describe, expect, it } from 'vitest';
import { readOptions, wholeNumberOption } from '../../../scripts/cli-options.ts';

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

describe('readOptions', () => {
  const spec = { content: { type: 'string' }, check: { type: 'boolean' } } as const;

  it('reads string and boolean options, and --help or -h', () => {
    expect(readOptions(['--content', 'tests/x', '--check'], spec)).toEqual({ content: 'tests/x', check: true });
    expect(readOptions(['--content=tests/x'], spec)).toEqual({ content: 'tests/x' });
    expect(readOptions(['-h'], spec)).toEqual({ help: true });
    expect(readOptions([], spec)).toEqual({});
  });

  it.each([
    [['--contnet', 'x'], 'Unknown option --contnet (did you mean content?). Run with --help for usage.'],
    [['--verbose'], 'Unknown option --verbose. Run with --help for usage.'],
    [['--content'], '--content needs a value. Run with --help for usage.'],
    [['--content', '--check'], '--content needs a value. Run with --help for usage.'],
    [['tests/x'], 'Unexpected argument tests/x: every value follows its option, as in --content <dir>. Run with --help for usage.'],
  ])('refuses %j with a message an author can act on', (argv, message) => {
    expect(() => readOptions(argv, spec)).toThrow(message);
  });
});
