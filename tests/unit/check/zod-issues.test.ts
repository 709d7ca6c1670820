import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/check/problem.ts';
import { issuesToProblems, knownKeysAt } from '../../../src/check/zod-issues.ts';
import { emptyContext } from '../../../src/schemas/context.ts';
import { findingSchema } from '../../../src/schemas/finding.ts';
import { personSchema } from '../../../src/schemas/person.ts';

const FILE = 'content/people/pat.yaml';
const PERSON_FIELDS = 'name, familyName, affiliation, role, translations, orcid, url';

/** The problems `npm run check` reports for `data`, with top-level fields at the given lines. */
function problemsOf(schema: z.ZodType, data: unknown, lines: Record<string, number> = {}): Problem[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected the data to fail the schema');
  return issuesToProblems(result.error.issues, FILE, schema, (field) => lines[field]);
}

/** "field (line): found → expected", the parts an author reads. */
const readable = (problems: readonly Problem[]) =>
  problems.map((problem) => `${problem.field ?? ''}${problem.line === undefined ? '' : ` (${problem.line})`}: ${problem.found} → ${problem.expected}`);

describe('issuesToProblems', () => {
  it('turns each issue into an error in the file, with the field, its line, what was found and what was expected', () => {
    expect(problemsOf(personSchema, { name: 'Pat', orcid: '0000-0002-1825-0098' }, { name: 1, orcid: 2 })).toEqual([
      {
        file: FILE,
        field: 'orcid',
        line: 2,
        found: '"0000-0002-1825-0098"',
        expected: 'an ORCID iD whose check digit holds (ISO 7064 11,2): a digit is probably mistyped',
        severity: 'error',
      },
    ]);
  });

  it('reports a missing field without a line (it is nowhere in the file)', () => {
    expect(readable(problemsOf(personSchema, { role: 'Researcher' }, { role: 1 }))).toEqual(['name: nothing (the field is missing) → a name (required)']);
  });

  it('reports every issue at once, each with its own line', () => {
    expect(readable(problemsOf(personSchema, { name: 5, role: '', orcid: 1 }, { name: 1, role: 2, orcid: 3 }))).toEqual([
      'name (1): 5 → a name (required)',
      'role (2): 0 characters → a role, not empty',
      'orcid (3): 1 → an ORCID iD such as 0000-0002-1825-0097',
    ]);
  });

  it('gives a nested field the line of its top-level field', () => {
    const finding = findingSchema(emptyContext());
    const problems = problemsOf(finding, { evidence: { design: 'rct', outcome: 'student-achievement', sample: { students: -5 } } }, { evidence: 9 });
    expect(readable(problems.filter((problem) => problem.field?.startsWith('evidence')))).toEqual([
      'evidence.sample.students (9): -5 → a whole number of students, 0 or more',
    ]);
  });

  describe('unknown fields', () => {
    it('names each unknown field, at its line, with the known fields and the closest one', () => {
      expect(problemsOf(personSchema, { name: 'Pat', nmae: 'Pat', shoe: 9 }, { name: 1, nmae: 2, shoe: 3 })).toEqual([
        {
          file: FILE,
          field: 'nmae',
          line: 2,
          found: 'a field the content model does not know',
          expected: `no such field (did you mean name?); known fields: ${PERSON_FIELDS}`,
          severity: 'error',
        },
        {
          file: FILE,
          field: 'shoe',
          line: 3,
          found: 'a field the content model does not know',
          expected: `no such field; known fields: ${PERSON_FIELDS}`,
          severity: 'error',
        },
      ]);
    });

    it('inside a group, lists the fields of that group and points at the group', () => {
      const finding = findingSchema(emptyContext());
      const problems = problemsOf(finding, { evidence: { design: 'rct', outcome: 'system', outcme: 'system' } }, { evidence: 9, outcme: 12 });
      expect(readable(problems.filter((problem) => problem.field?.startsWith('evidence')))).toEqual([
        'evidence.outcme (9): a field the content model does not know → no such field (did you mean outcome?); known fields: design, outcome, sample, effect, statisticalControls, overridingNegative, logicModel, claimedTier',
      ]);
    });

    it('inside a list item, lists the fields of the items', () => {
      const schema = z.strictObject({ related: z.array(z.strictObject({ collection: z.string().optional(), id: z.string() })).optional() });
      expect(readable(problemsOf(schema, { related: [{ collection: 'briefs', id: 'a' }, { colection: 'briefs', id: 'b' }] }, { related: 4 }))).toEqual([
        'related[1].colection (4): a field the content model does not know → no such field (did you mean collection?); known fields: collection, id',
      ]);
    });
  });

  describe('lengths', () => {
    const schema = z.strictObject({
      title: z.string().max(5, { error: 'a title of at most 5 characters' }).optional(),
      code: z.string().min(3, { error: 'a code of at least 3 characters' }).optional(),
      tags: z.array(z.string()).min(2, { error: 'at least 2 tags' }).max(3, { error: 'at most 3 tags' }).optional(),
      count: z.number().min(0, { error: 'a count, 0 or more' }).optional(),
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['text too long, in characters', { title: 'Too long' }, 'title: 8 characters → a title of at most 5 characters'],
      ['text too short, in characters', { code: 'xy' }, 'code: 2 characters → a code of at least 3 characters'],
      ['text of one character', { code: 'x' }, 'code: 1 character → a code of at least 3 characters'],
      ['a list too short, one item', { tags: ['a'] }, 'tags: 1 item → at least 2 tags'],
      ['a list too short, no items', { tags: [] }, 'tags: 0 items → at least 2 tags'],
      ['a list too long', { tags: ['a', 'b', 'c', 'd'] }, 'tags: 4 items → at most 3 tags'],
      ['a number too small, as the number', { count: -2 }, 'count: -2 → a count, 0 or more'],
    ])('describes %s', (_name, data, text) => {
      expect(readable(problemsOf(schema, data))).toEqual([text]);
    });
  });

  describe('one of a set of values', () => {
    const schema = z.strictObject({ design: z.enum(['rct', 'correlational', 'descriptive'], { error: 'one of rct, correlational, descriptive' }) });

    it.each<[string, unknown, string]>([
      ['a typo, with the closest value', 'rtc', 'design: "rtc" → one of rct, correlational, descriptive (did you mean rct?)'],
      ['a far-off value, without a guess', 'survey', 'design: "survey" → one of rct, correlational, descriptive'],
      ['a value that is not text, without a guess', 1, 'design: 1 → one of rct, correlational, descriptive'],
    ])('reports %s', (_name, design, text) => {
      expect(readable(problemsOf(schema, { design }))).toEqual([text]);
    });
  });

  describe("zod's own wording", () => {
    const schema = z.strictObject({
      name: z.string().optional(),
      count: z.number().optional(),
      done: z.boolean().optional(),
      group: z.strictObject({ a: z.string() }).optional(),
      list: z.array(z.string()).optional(),
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['text', { name: 5 }, 'name: 5 → a string'],
      ['a number', { count: 'five' }, 'count: "five" → a number'],
      ['true or false', { done: 'yes' }, 'done: "yes" → a boolean'],
      ['a group of fields, with "an"', { group: 'x' }, 'group: "x" → an object'],
      ['a list, with "an"', { list: 'x' }, 'list: "x" → an array'],
    ])('is rewritten to the type expected: %s', (_name, data, text) => {
      expect(readable(problemsOf(schema, data))).toEqual([text]);
    });

    it('reads as English where a real entry writes a group as text', () => {
      const problems = problemsOf(findingSchema(emptyContext()), { evidence: 'strong' }, { evidence: 9 });
      expect(readable(problems.filter((problem) => problem.field === 'evidence'))).toEqual(['evidence (9): "strong" → an object']);
    });

    it('leaves our own messages as written', () => {
      const custom = z.strictObject({ name: z.string({ error: 'Invalid input, but ours' }) });
      expect(readable(problemsOf(custom, { name: 5 }))).toEqual(['name: 5 → Invalid input, but ours']);
    });
  });

  it('reports a file whose whole content is wrong without a field or a line', () => {
    const problems = problemsOf(personSchema, 'just text', { name: 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, found: '"just text"', severity: 'error' });
    expect(problems[0]?.field).toBeUndefined();
    expect(problems[0]?.line).toBeUndefined();
  });

  it('returns nothing for no issues', () => {
    expect(issuesToProblems([], FILE, personSchema, () => 1)).toEqual([]);
  });
});

describe('knownKeysAt', () => {
  const inner = z.strictObject({ collection: z.string(), id: z.string() });
  const schema = z.strictObject({
    title: z.string(),
    optionalGroup: inner.optional(),
    defaultedList: z.array(inner).default([]),
    transformed: inner.transform((value) => value.id),
    nested: z.strictObject({ deeper: z.array(inner.optional()) }).optional(),
  });

  it.each<[string, readonly PropertyKey[], string[]]>([
    ['the top level', [], ['title', 'optionalGroup', 'defaultedList', 'transformed', 'nested']],
    ['an optional group', ['optionalGroup'], ['collection', 'id']],
    ['the items of a defaulted list', ['defaultedList', 0], ['collection', 'id']],
    ['a group behind a transform', ['transformed'], ['collection', 'id']],
    ['optional items of a list in an optional group', ['nested', 'deeper', 3], ['collection', 'id']],
    ['a field that is not a group', ['title'], []],
    ['a field the schema does not have', ['nope'], []],
    ['below a field the schema does not have', ['nope', 0, 'x'], []],
    ['a list index where there is no list', ['optionalGroup', 0], []],
  ])('lists the fields of %s', (_name, path, keys) => {
    expect(knownKeysAt(schema, path)).toEqual(keys);
  });

  it('looks through the wrappers of the whole schema', () => {
    expect(knownKeysAt(inner.optional().default({ collection: 'briefs', id: 'x' }), [])).toEqual(['collection', 'id']);
  });
});
