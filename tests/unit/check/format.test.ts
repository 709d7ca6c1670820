import { describe, expect, it } from 'vitest';
import { formatProblems, formatSummary } from '../../../src/check/format.ts';
import { error, warning, type Problem } from '../../../src/check/problem.ts';

const BRIEF = 'content/briefs/summer-bridge.mdx';
const PERSON = 'content/people/pat.yaml';

describe('formatProblems', () => {
  it('prints nothing for no problems', () => {
    expect(formatProblems([])).toBe('');
  });

  it.each<[string, Problem, string]>([
    [
      'a field with its line, what was found and what was expected',
      error({ file: BRIEF, field: 'audiences[0]', line: 5, found: '"distrct-staff"', expected: 'an id from audiences (did you mean district-staff?)' }),
      '  error   audiences[0] (line 5): found "distrct-staff"; expected an id from audiences (did you mean district-staff?)',
    ],
    [
      'a line and a column',
      error({ file: BRIEF, field: 'table', line: 14, column: 9, found: 'a count of 7', expected: '"<10"' }),
      '  error   table (line 14, column 9): found a count of 7; expected "<10"',
    ],
    [
      'a field without a line',
      error({ file: BRIEF, field: 'summary', found: 'nothing (the field is missing)', expected: 'a summary' }),
      '  error   summary: found nothing (the field is missing); expected a summary',
    ],
    [
      'a line without a field',
      error({ file: BRIEF, line: 2, column: 14, found: 'YAML that does not parse', expected: 'valid YAML' }),
      '  error   (line 2, column 14): found YAML that does not parse; expected valid YAML',
    ],
    ['neither field nor line', error({ file: BRIEF, found: 'no such folder', expected: 'a content folder' }), '  error   found no such folder; expected a content folder'],
    ['nothing found, only what was expected', error({ file: BRIEF, field: 'title', expected: 'a title' }), '  error   title: expected a title'],
    ['a column without a line (the column alone says nothing)', error({ file: BRIEF, field: 'x', column: 3, expected: 'y' }), '  error   x: expected y'],
    ['a warning, its label as wide as "error  "', warning({ file: BRIEF, field: 'summary', line: 3, found: 'grade 14', expected: 'grade 9 or below' }), '  warning summary (line 3): found grade 14; expected grade 9 or below'],
  ])('formats %s', (_name, problem, line) => {
    expect(formatProblems([problem])).toBe(`${BRIEF}\n${line}`);
  });

  it('groups problems by file, files in the order first met, problems in their order within a file', () => {
    const problems = [
      error({ file: BRIEF, field: 'title', expected: 'a title' }),
      error({ file: PERSON, field: 'name', expected: 'a name' }),
      warning({ file: BRIEF, field: 'summary', expected: 'plainer words' }),
      error({ file: BRIEF, field: 'audiences', expected: 'a list' }),
    ];
    expect(formatProblems(problems)).toBe(
      [
        BRIEF,
        '  error   title: expected a title',
        '  warning summary: expected plainer words',
        '  error   audiences: expected a list',
        '',
        PERSON,
        '  error   name: expected a name',
      ].join('\n'),
    );
  });
});

describe('formatSummary', () => {
  const errorIn = (file: string) => error({ file, expected: 'x' });
  const warningIn = (file: string) => warning({ file, expected: 'x' });

  it.each<[string, Problem[], number, string]>([
    ['a clean tree', [], 12, 'No problems in 12 files.'],
    ['a clean tree of one file', [], 1, 'No problems in 1 file.'],
    ['an empty tree', [], 0, 'No problems in 0 files.'],
    ['one error', [errorIn(BRIEF)], 12, '1 problem in 1 file.'],
    ['errors in one file', [errorIn(BRIEF), errorIn(BRIEF)], 12, '2 problems in 1 file.'],
    ['errors in two files', [errorIn(BRIEF), errorIn(PERSON), errorIn(BRIEF)], 12, '3 problems in 2 files.'],
    ['one warning only', [warningIn(BRIEF)], 12, 'No problems in 12 files, 1 warning.'],
    ['warnings only', [warningIn(BRIEF), warningIn(PERSON)], 12, 'No problems in 12 files, 2 warnings.'],
    ['errors and a warning in a file without errors', [errorIn(BRIEF), warningIn(PERSON)], 12, '1 problem in 1 file, 1 warning.'],
    ['errors and warnings', [errorIn(BRIEF), errorIn(PERSON), warningIn(BRIEF), warningIn(BRIEF), warningIn(PERSON)], 12, '2 problems in 2 files, 3 warnings.'],
  ])('sums up %s', (_name, problems, filesChecked, summary) => {
    expect(formatSummary(problems, filesChecked)).toBe(summary);
  });
});
