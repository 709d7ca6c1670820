import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/check/problem.ts';
import { checkContent, type CheckResult } from '../../../src/check/run-check.ts';
import { ALL_COLLECTIONS } from '../../../src/lib/collections.ts';
import { TMP } from '../../support/build-site.ts';
import { fixtureContent, scenarioFiles } from '../../support/fixtures.ts';

/** A brief that passes every rule; `extra` lines are added to its front matter. */
function brief(title: string, ...extra: string[]): string {
  return [
    '---',
    `title: ${title}`,
    'summary: Attendance rose in the fall.',
    'audiences: [district-staff]',
    'problems: [attendance]',
    'alliance: fixture-alliance',
    'published: 2026-01-15',
    'authors: [pat-fixture]',
    'keyFindings: [Attendance rose.]',
    ...extra,
    '---',
    '',
    'Attendance rose.',
    '',
  ].join('\n');
}

/** "file field (line:column): found → expected", with the file relative to the content folder. */
const readable = (problems: readonly Problem[]) =>
  problems.map((problem) => {
    const where = problem.line === undefined ? '' : ` (${problem.line}${problem.column === undefined ? '' : `:${problem.column}`})`;
    return `${problem.file.replace(/^content\//, '')}${problem.field ? ` ${problem.field}` : ''}${where}: ${problem.found} → ${problem.expected}`;
  });

let dir: string;
beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  dir = mkdtempSync(path.join(TMP, 'unit-run-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The base fixture plus `files` (path under content/ → text), checked with paths relative to the tree. */
async function checkTree(name: string, files: Record<string, string>, options: { omit?: string[] } = {}): Promise<CheckResult> {
  const root = path.join(dir, name);
  const content = path.join(root, 'content');
  cpSync(fixtureContent('base'), content, { recursive: true });
  for (const omitted of options.omit ?? []) rmSync(path.join(content, omitted));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  mkdirSync(path.join(root, 'public/pdf'), { recursive: true });
  writeFileSync(path.join(root, 'public/pdf/report.pdf'), '%PDF-1.4\n');
  return checkContent({ contentDir: content, publicDir: path.join(root, 'public'), root });
}

describe('checkContent on a valid tree', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkTree('valid', {
      'briefs/attendance-brief.mdx': brief('Attendance brief', 'pdf: /pdf/report.pdf'),
      'briefs/informe-asistencia.mdx': brief('Informe de asistencia', 'lang: es', 'translationOf: attendance-brief'),
      'briefs/.draft.mdx': 'not an entry: hidden files are left alone',
    });
  });

  it('finds no problem', () => {
    expect(result.problems).toEqual([]);
  });

  it('counts every file it checked, hidden files left out', () => {
    expect(result.filesChecked).toBe(scenarioFiles('base').size + 2);
  });

  it('returns the valid entries by collection and id, as the schemas give them', () => {
    expect([...result.entries.keys()]).toEqual([...ALL_COLLECTIONS]);
    expect([...result.entries.get('briefs')!.keys()]).toEqual(['attendance-brief', 'informe-asistencia']);
    expect([...result.entries.get('audiences')!.keys()]).toEqual(['community', 'district-staff', 'researchers']);
    expect(result.entries.get('findings')!.size).toBe(0);
    expect(result.entries.get('briefs')!.get('attendance-brief')).toMatchObject({
      title: 'Attendance brief',
      audiences: ['district-staff'],
      pdf: '/pdf/report.pdf',
      lang: 'en',
      status: 'published',
    });
    expect(result.entries.get('briefs')!.get('informe-asistencia')).toMatchObject({ lang: 'es', translationOf: 'attendance-brief' });
  });
});

describe('checkContent on a tree with a mistake of every kind the check itself owns', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkTree(
      'broken',
      {
        'brief/misplaced.mdx': brief('Misplaced'),
        'briefs/Bad_Name.mdx': 'not even front matter: a misnamed file is not read',
        'briefs/notes.md': brief('Notes'),
        'challenges/learning.mdx': brief('Learning'),
        'people/notes': 'name: Notes',
        'measures/orphan.csv': 'date,value\n2026-01-01,1\n',
        'briefs/good.mdx': brief('Good'),
        'briefs/self.mdx': brief('Self', 'translationOf: self'),
        'briefs/same-lang.mdx': brief('Same language', 'translationOf: good'),
        'briefs/schema-mistakes.mdx': brief('Schema mistakes', 'pdf: /pdf/missing.pdf', 'autors: [pat-fixture]'),
        'briefs/no-front-matter.mdx': 'Just a body.\n',
        'briefs/bad-body.mdx': brief('Bad body').replace('Attendance rose.\n', 'Schools with <10 students.\n'),
        'problems/bad-yaml.yaml': 'title: A problem\nquestion: Why: does this break\n  description: x\n',
      },
      { omit: ['audiences/community.yaml'] },
    );
  });

  it('returns every problem at once, in order: folders, then file by file (collection by collection), then across entries', () => {
    expect(readable(result.problems)).toEqual([
      'brief/: a folder the content model does not know → one of briefs, findings, challenges, events, aims, change-ideas, cycles, clusters, measures, audiences, problems, alliances, people, glossary (did you mean briefs?)',
      'briefs/Bad_Name.mdx file name: "Bad_Name" → lowercase letters and digits joined by single hyphens (the name is the URL); rename it to bad-name.mdx',
      'briefs/bad-body.mdx (12:14): MDX that does not compile: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character) → valid MDX (write \\< for a literal less-than sign and \\{ for a brace)',
      'briefs/no-front-matter.mdx (1): no front matter → a front matter block between --- lines at the top of the file',
      'briefs/notes.md file name: a .md extension → .mdx files in content/briefs/',
      'briefs/schema-mistakes.mdx pdf (10): "/pdf/missing.pdf" → a PDF that exists under public/ (file not found)',
      'briefs/schema-mistakes.mdx autors (11): a field the content model does not know → no such field (did you mean authors?); known fields: title, summary, audiences, problems, alliance, status, embargoUntil, lang, translationOf, related, published, updated, authors, keyFindings, evidence, doi, pdf',
      'challenges/learning.mdx file name: "learning" → a name other than legitimacy, alignment, learning: /challenges/learning/ lists all learning notes',
      'measures/orphan.csv file name: a .csv file with no orphan.yaml beside it → orphan.yaml in content/measures/ too (the .csv file belongs to that entry)',
      'problems/bad-yaml.yaml (2:14): YAML that does not parse (bad indentation of a mapping entry) → valid YAML: "field: value" lines, lists with "- ", quotes around text containing ": "',
      'people/notes file name: a file without an extension → .yaml files in content/people/',
      'audiences/: no community.yaml → the audiences district-staff, researchers, community (the home page offers a way in for each)',
      'briefs/same-lang.mdx translationOf: "good" → an original in another language (both are lang: en; set lang on the translation)',
      'briefs/self.mdx translationOf: "self" → the id of another entry, not itself',
    ]);
  });

  it('counts every file in a collection folder, misnamed ones too (not those in an unknown folder)', () => {
    expect(result.filesChecked).toBe(scenarioFiles('base').size - 1 + 12);
  });

  it('keeps the valid entries, and only those, for the rules across entries', () => {
    expect([...result.entries.get('briefs')!.keys()].sort()).toEqual(['bad-body', 'good', 'same-lang', 'self']);
    expect(result.entries.get('challenges')!.size).toBe(0);
    expect(result.entries.get('problems')!.has('bad-yaml')).toBe(false);
  });

  it('reports errors only: nothing here is a mere warning', () => {
    expect(result.problems.every((problem) => problem.severity === 'error')).toBe(true);
  });
});

describe('checkContent on a content folder that does not exist', () => {
  it('says so, and names the audiences the site needs', async () => {
    const root = path.join(dir, 'missing');
    const result = await checkContent({ contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), root });
    expect(readable(result.problems)).toEqual([
      'content: no such folder → a content folder',
      ...['district-staff', 'researchers', 'community'].map(
        (audience) => `audiences/: no ${audience}.yaml → the audiences district-staff, researchers, community (the home page offers a way in for each)`,
      ),
    ]);
    expect(result.filesChecked).toBe(0);
  });
});
