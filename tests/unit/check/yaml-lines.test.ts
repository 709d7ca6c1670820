import { describe, expect, it } from 'vitest';
import { lineOfListItemField } from '../../../src/check/yaml-lines.ts';

const yaml = [
  'title: A measure', // 1
  'phases:', // 2
  '  - from: 2025-09-01', // 3
  '    label: Before', // 4
  '  # a comment between items', // 5
  '  - label: After', // 6
  '    from: 2025-11-03', // 7
  'target: 85', // 8
].join('\n');

describe('lineOfListItemField', () => {
  it.each([
    ['phases', 0, 'from', 3],
    ['phases', 0, 'label', 4],
    ['phases', 1, 'from', 7],
    ['phases', 1, 'label', 6],
  ])('finds %s[%i].%s on line %i', (key, index, field, line) => {
    expect(lineOfListItemField(yaml, key, index, field)).toBe(line);
  });

  it('gives the item line when the item lacks the field, and the key line when the item is missing', () => {
    expect(lineOfListItemField(yaml, 'phases', 0, 'colour')).toBe(3);
    expect(lineOfListItemField(yaml, 'phases', 5, 'from')).toBe(2);
  });

  it('reads items written at the left margin, and lists in flow style at the key', () => {
    expect(lineOfListItemField('phases:\n- from: 2025-09-01\n- from: 2025-11-03\ntarget: 2', 'phases', 1, 'from')).toBe(3);
    expect(lineOfListItemField('title: x\nphases: [{from: 2025-09-01}, {from: 2025-11-03}]', 'phases', 1, 'from')).toBe(2);
  });

  it('does not look past the list, nor into a nested list of the same shape', () => {
    const nested = ['phases:', '  - from: 2025-09-01', '    notes:', '      - from: 1999-01-01', '  - from: 2025-11-03', 'other:', '  - from: 2000-01-01'].join('\n');
    expect(lineOfListItemField(nested, 'phases', 1, 'from')).toBe(5);
    expect(lineOfListItemField(nested, 'phases', 2, 'from')).toBe(1);
  });

  it('is undefined without the key', () => {
    expect(lineOfListItemField(yaml, 'drivers', 0, 'id')).toBeUndefined();
  });
});
