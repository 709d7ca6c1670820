import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_COLLECTIONS } from '../../../src/lib/collections.ts';
import { indexIds, listContentFiles, publicFileChecker, resolveContentDir, resolvePublicDir, type ContentFile } from '../../../src/lib/content-files.ts';
import { TMP } from '../../support/build-site.ts';

let dir: string;
beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  dir = mkdtempSync(path.join(TMP, 'unit-content-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text = ''): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

describe.each([
  ['resolveContentDir', resolveContentDir, 'PORTAL_CONTENT_DIR', 'content'],
  ['resolvePublicDir', resolvePublicDir, 'PORTAL_PUBLIC_DIR', 'public'],
] as const)('%s', (_name, resolve, variable, folder) => {
  const root = '/srv/portal';

  it.each<[string, Record<string, string | undefined>, string]>([
    [`${folder}/ under the root when ${variable} is unset`, {}, `/srv/portal/${folder}`],
    [`${folder}/ under the root when ${variable} is empty`, { [variable]: '' }, `/srv/portal/${folder}`],
    ['a relative folder from the root', { [variable]: 'tests/fixtures/x' }, '/srv/portal/tests/fixtures/x'],
    ['a relative folder that climbs out of the root', { [variable]: '../elsewhere' }, '/srv/elsewhere'],
    ['an absolute folder as it is', { [variable]: '/data/portal' }, '/data/portal'],
  ])('gives %s', (_case, env, expected) => {
    expect(resolve(env, root)).toBe(expected);
  });

  it('ignores the other variable', () => {
    const other = variable === 'PORTAL_CONTENT_DIR' ? 'PORTAL_PUBLIC_DIR' : 'PORTAL_CONTENT_DIR';
    expect(resolve({ [other]: '/data/other' }, root)).toBe(`/srv/portal/${folder}`);
  });

  it('resolves from the working folder by default', () => {
    expect(resolve({})).toBe(path.resolve(process.cwd(), folder));
  });
});

describe('listContentFiles', () => {
  let files: ContentFile[];
  beforeAll(() => {
    for (const file of [
      'content/people/pat.yaml',
      'content/briefs/zeta.mdx',
      'content/briefs/alpha.mdx',
      'content/briefs/Bad_Name.mdx',
      'content/briefs/notes.md',
      'content/briefs/README',
      'content/briefs/.draft.mdx',
      'content/briefs/drafts/nested.mdx',
      'content/measures/on-track.yaml',
      'content/measures/on-track.csv',
      'content/brief/misplaced.mdx',
      'content/notes.txt',
    ]) {
      write(file);
    }
    files = listContentFiles(path.join(dir, 'content'), dir);
  });

  it('lists the files of every collection folder, collections in their order, names sorted, whatever the names', () => {
    expect(files.map((file) => file.relativePath)).toEqual([
      'content/briefs/Bad_Name.mdx',
      'content/briefs/README',
      'content/briefs/alpha.mdx',
      'content/briefs/notes.md',
      'content/briefs/zeta.mdx',
      'content/measures/on-track.csv',
      'content/measures/on-track.yaml',
      'content/people/pat.yaml',
    ]);
  });

  it('gives each file its collection, paths, id and extension', () => {
    expect(files.find((file) => file.relativePath === 'content/briefs/alpha.mdx')).toEqual({
      collection: 'briefs',
      relativePath: 'content/briefs/alpha.mdx',
      absolutePath: path.join(dir, 'content/briefs/alpha.mdx'),
      id: 'alpha',
      extension: '.mdx',
    });
    expect(files.find((file) => file.relativePath === 'content/briefs/README')).toMatchObject({ id: 'README', extension: '' });
    expect(files.find((file) => file.relativePath === 'content/measures/on-track.csv')).toMatchObject({ collection: 'measures', id: 'on-track', extension: '.csv' });
  });

  it('writes paths relative to the root it is given', () => {
    expect(listContentFiles(path.join(dir, 'content'), path.join(dir, 'content')).map((file) => file.relativePath)).toContain('people/pat.yaml');
  });

  it('gives nothing for a folder that does not exist', () => {
    expect(listContentFiles(path.join(dir, 'no-such-folder'), dir)).toEqual([]);
  });
});

describe('indexIds', () => {
  const file = (collection: ContentFile['collection'], name: string): ContentFile => {
    const extension = path.extname(name);
    return { collection, relativePath: `content/${collection}/${name}`, absolutePath: `/x/${name}`, id: path.basename(name, extension), extension };
  };

  it('gives every collection a set, empty when it has no files', () => {
    const ids = indexIds([]);
    expect(Object.keys(ids)).toEqual([...ALL_COLLECTIONS]);
    expect(Object.values(ids).every((set) => set.size === 0)).toBe(true);
  });

  it("holds the ids of the files in each collection's own format only", () => {
    const ids = indexIds([
      file('briefs', 'summer-bridge.mdx'),
      file('briefs', 'notes.md'),
      file('briefs', 'stray.yaml'),
      file('measures', 'on-track.yaml'),
      file('measures', 'on-track.csv'),
      file('measures', 'orphan.csv'),
      file('people', 'pat.yaml'),
      file('people', 'sam.mdx'),
    ]);
    expect([...ids.briefs]).toEqual(['summer-bridge']);
    expect([...ids.measures]).toEqual(['on-track']);
    expect([...ids.people]).toEqual(['pat']);
    expect(ids.findings.size).toBe(0);
  });
});

describe('publicFileChecker', () => {
  let exists: (sitePath: string) => boolean;
  beforeAll(() => {
    write('public/pdf/report.pdf', '%PDF-1.4\n');
    write('secret.pdf', 'outside public/');
    write('public-other/report.pdf', 'a sibling folder whose name starts the same');
    exists = publicFileChecker(path.join(dir, 'public'));
  });

  it.each<[string, boolean]>([
    ['/pdf/report.pdf', true],
    ['/pdf/../pdf/report.pdf', true],
    ['/pdf/missing.pdf', false],
    ['/report.pdf', false],
    ['/../secret.pdf', false],
    ['/pdf/../../secret.pdf', false],
    ['/../public-other/report.pdf', false],
  ])('%s exists under public/: %s', (sitePath, expected) => {
    expect(exists(sitePath)).toBe(expected);
  });
});
