import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/check/problem.ts';
import { readContentFile, type ParsedFile } from '../../../src/check/read-entry.ts';
import type { ContentFile } from '../../../src/lib/content-files.ts';
import { TMP } from '../../support/build-site.ts';

let dir: string;
beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  dir = mkdtempSync(path.join(TMP, 'unit-read-entry-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;

/** Writes `text` to a fresh file and reads it as the check does. */
function read(extension: '.mdx' | '.yaml', text: string): ParsedFile | Problem {
  const id = `entry-${++written}`;
  const absolutePath = path.join(dir, `${id}${extension}`);
  writeFileSync(absolutePath, text);
  const file: ContentFile = {
    collection: extension === '.mdx' ? 'briefs' : 'problems',
    relativePath: `content/x/${id}${extension}`,
    absolutePath,
    id,
    extension,
  };
  return readContentFile(file);
}

function parsed(extension: '.mdx' | '.yaml', text: string): ParsedFile {
  const result = read(extension, text);
  if ('severity' in result) throw new Error(`expected ${text} to parse, got ${JSON.stringify(result)}`);
  return result;
}

function problem(extension: '.mdx' | '.yaml', text: string): Problem {
  const result = read(extension, text);
  if (!('severity' in result)) throw new Error(`expected ${text} not to parse`);
  return result;
}

const YAML_EXPECTED = 'valid YAML: "field: value" lines, lists with "- ", quotes around text containing ": "';

describe('readContentFile on a YAML file', () => {
  const text = ['title: Attendance', 'question: Why do students miss school?', 'published: 2026-01-15', 'translations:', '  es:', '    title: Asistencia', 'order: 1', ''].join(
    '\n',
  );

  it('gives the data, dates kept as the text written, and no body', () => {
    const result = parsed('.yaml', text);
    expect(result.data).toEqual({
      title: 'Attendance',
      question: 'Why do students miss school?',
      published: '2026-01-15',
      translations: { es: { title: 'Asistencia' } },
      order: 1,
    });
    expect(result.body).toBeUndefined();
  });

  it.each([
    ['title', 1],
    ['question', 2],
    ['translations', 4],
    ['order', 7],
    ['es', undefined],
    ['summary', undefined],
    ['titl', undefined],
  ])('finds the top-level field %s on line %s', (field, line) => {
    expect(parsed('.yaml', text).lineOf(field)).toBe(line);
  });

  it('gives no data for an empty file', () => {
    expect(parsed('.yaml', '').data).toBeUndefined();
  });

  it.each<[string, string, number, number, string]>([
    ['a colon inside unquoted text', 'title: A problem\nquestion: Why: does this break\n  description: x\n', 2, 14, 'bad indentation of a mapping entry'],
    ['a field written twice', 'title: A\ntitle: B\n', 2, 1, 'duplicated mapping key'],
    ['an unclosed list', 'audiences: [community\norder: 1\n', 2, 1, 'missed comma between flow collection entries'],
  ])('reports YAML that does not parse (%s) at its line and column', (_name, source, line, column, reason) => {
    const result = problem('.yaml', source);
    expect(result).toEqual({
      file: result.file,
      line,
      column,
      found: `YAML that does not parse (${reason})`,
      expected: YAML_EXPECTED,
      severity: 'error',
    });
    expect(result.file).toMatch(/^content\/x\/entry-\d+\.yaml$/);
  });
});

describe('readContentFile on an MDX file', () => {
  const lines = ['---', 'title: Summer bridge', 'audiences: [district-staff]', 'published: 2026-03-14', '---', '', '## What we found', '', 'Attendance rose.', ''];

  it('gives the front matter as data, dates kept as the text written', () => {
    expect(parsed('.mdx', lines.join('\n')).data).toEqual({ title: 'Summer bridge', audiences: ['district-staff'], published: '2026-03-14' });
  });

  it('gives the body with the front matter blanked to empty lines, so each line keeps its number', () => {
    const { body } = parsed('.mdx', lines.join('\n'));
    expect(body).toBe(['', '', '', '', '', '', '## What we found', '', 'Attendance rose.', ''].join('\n'));
    expect(body?.split('\n')).toHaveLength(lines.length);
  });

  it.each([
    ['title', 2],
    ['audiences', 3],
    ['published', 4],
    ['summary', undefined],
  ])('finds the field %s on its line in the file (%s)', (field, line) => {
    expect(parsed('.mdx', lines.join('\n')).lineOf(field)).toBe(line);
  });

  it('counts blank lines before the front matter', () => {
    const result = parsed('.mdx', ['', '', '---', 'title: Late start', '---', 'Body.'].join('\n'));
    expect(result.data).toEqual({ title: 'Late start' });
    expect(result.lineOf('title')).toBe(4);
    expect(result.body).toBe(['', '', '', '', '', 'Body.'].join('\n'));
  });

  it('reads a file with a byte-order mark and Windows line endings', () => {
    const result = parsed('.mdx', '\uFEFF---\r\ntitle: Windows\r\nsummary: Saved on Windows.\r\n---\r\nBody.\r\n');
    expect(result.data).toEqual({ title: 'Windows', summary: 'Saved on Windows.' });
    expect(result.lineOf('summary')).toBe(3);
    expect(result.body?.split(/\r?\n/)).toEqual(['', '', '', '', 'Body.', '']);
  });

  it('ends the front matter at the first closing line, leaving a later --- in the body', () => {
    const result = parsed('.mdx', ['---', 'title: Rule', '---', 'Above.', '', '---', '', 'Below.'].join('\n'));
    expect(result.data).toEqual({ title: 'Rule' });
    expect(result.body).toBe(['', '', '', 'Above.', '', '---', '', 'Below.'].join('\n'));
  });

  it('gives no data for an empty front matter block', () => {
    const result = parsed('.mdx', '---\n---\nBody.\n');
    expect(result.data).toBeUndefined();
    expect(result.body).toBe('\n\nBody.\n');
  });

  it.each<[string, string[], number, number]>([
    ['at the top', ['---', 'title: A problem', 'question: Why: does this break', '  description: x', '---', 'Body.'], 3, 14],
    ['after blank lines', ['', '---', 'title: A problem', 'question: Why: does this break', '  description: x', '---', 'Body.'], 4, 14],
  ])('reports front matter that does not parse (%s) at its line and column in the file', (_name, source, line, column) => {
    expect(problem('.mdx', source.join('\n'))).toMatchObject({
      line,
      column,
      found: 'YAML that does not parse (bad indentation of a mapping entry)',
      expected: YAML_EXPECTED,
      severity: 'error',
    });
  });

  it.each([
    ['no front matter at all', '## Just a body\n\nText.\n'],
    ['front matter that is never closed', '---\ntitle: Open\n\nText.\n'],
    ['text before the front matter', 'Intro.\n---\ntitle: Late\n---\n'],
  ])('reports %s on line 1', (_name, source) => {
    const result = problem('.mdx', source);
    expect(result).toEqual({
      file: result.file,
      line: 1,
      found: 'no front matter',
      expected: 'a front matter block between --- lines at the top of the file',
      severity: 'error',
    });
    expect(result.file).toMatch(/^content\/x\/entry-\d+\.mdx$/);
  });
});
