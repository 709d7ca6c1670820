import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_COLLECTIONS,
  CHALLENGE_KINDS,
  COLLECTION_EXTENSION,
  COMPANION_EXTENSIONS,
  REQUIRED_AUDIENCES,
  isCollectionName,
  isEntryCollection,
  type CollectionName,
} from '../lib/collections.ts';
import {
  indexIds,
  listContentFiles,
  publicFileChecker,
  type ContentFile,
} from '../lib/content-files.ts';
import { isValidSlug, toSlug } from '../lib/slug.ts';
import { didYouMean } from '../lib/suggest.ts';
import { createSchemas } from '../schemas/index.ts';
import { compileMdxBody } from './compile-mdx.ts';
import { summaryReadability } from './readability.ts';
import { error, type Problem } from './problem.ts';
import { readContentFile } from './read-entry.ts';
import { improvementProblems } from './improvement-rules.ts';
import { atListItemLines, measureDataProblems, measureTranslationProblems, type MeasureFiles } from './measure-data.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface CheckOptions {
  contentDir: string;
  publicDir: string;
  /** Paths in problems are relative to this. */
  root?: string;
}

export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
  /** Valid entries by collection and id, for the rules that look across entries. */
  entries: Map<CollectionName, Map<string, Record<string, unknown>>>;
}

/** Validates the whole content tree and returns every problem, never stopping at the first. */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const files = listContentFiles(options.contentDir, root);
  const schemas = createSchemas({
    ids: indexIds(files),
    publicFileExists: publicFileChecker(options.publicDir),
  });
  const problems: Problem[] = [...checkFolders(options.contentDir, root)];
  const entries = new Map<CollectionName, Map<string, Record<string, unknown>>>(
    ALL_COLLECTIONS.map((name) => [name, new Map()]),
  );
  const lineFinders = new Map<string, (field: string) => number | undefined>();
  const entryFiles = new Set(files.filter((file) => file.extension === COLLECTION_EXTENSION[file.collection]).map(fileKey));
  const measures = new Map<string, MeasureFiles>();
  const measureOf = (id: string) => measures.get(id) ?? measures.set(id, { id }).get(id)!;

  for (const file of files) {
    const nameProblems = checkFileName(file, entryFiles);
    problems.push(...nameProblems);
    if (file.collection === 'measures' && !nameProblems.length) {
      const text = { path: file.relativePath, text: readFileSync(file.absolutePath, 'utf8') };
      if (isCompanion(file)) measureOf(file.id).csv = text;
      else if (file.extension === COLLECTION_EXTENSION.measures) measureOf(file.id).yaml = text;
    }
    // A companion (a measure's CSV) is read with its measure, below.
    if (nameProblems.length || isCompanion(file)) continue;
    const parsed = readContentFile(file);
    if ('severity' in parsed) {
      problems.push(parsed);
      continue;
    }
    if (file.collection === 'measures') measureOf(file.id).raw = parsed.data;
    lineFinders.set(fileKey(file), parsed.lineOf);
    const schema = schemas[file.collection];
    const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
    if (result.success) entries.get(file.collection)!.set(file.id, result.data as Record<string, unknown>);
    else {
      const issues = issuesToProblems(result.error.issues, file.relativePath, schema, parsed.lineOf);
      // A measure's phases are a list authors write by hand: point at the phase itself.
      problems.push(...(file.collection === 'measures' ? atListItemLines(issues, measureOf(file.id).yaml?.text ?? '') : issues));
    }
    if (result.success) problems.push(...summaryReadability(file.relativePath, result.data as Record<string, unknown>, parsed.lineOf));
    if (parsed.body !== undefined) {
      problems.push(...(await compileMdxBody(file.relativePath, parsed.body)));
    }
  }

  problems.push(...checkAcrossEntries(entries, files, options.contentDir, root));
  const fileOf = new Map(files.map((file) => [fileKey(file), file.relativePath]));
  const across = {
    entries,
    fileOf: (collection: CollectionName, id: string) => fileOf.get(`${collection}/${id}${COLLECTION_EXTENSION[collection]}`) ?? `${collection}/${id}`,
    lineOf: (collection: CollectionName, id: string, field: string) => lineFinders.get(`${collection}/${id}${COLLECTION_EXTENSION[collection]}`)?.(field),
  };
  problems.push(...improvementProblems(across), ...measureTranslationProblems(across));
  problems.push(...measureDataProblems([...measures.values()]));
  return { problems, filesChecked: files.length, entries };
}

/** `measures/on-track.yaml`: a file's place in the content tree. */
function fileKey(file: ContentFile): string {
  return `${file.collection}/${file.id}${file.extension}`;
}

function isCompanion(file: ContentFile): boolean {
  return COMPANION_EXTENSIONS[file.collection]?.includes(file.extension) ?? false;
}

function checkFileName(file: ContentFile, entryFiles: ReadonlySet<string>): Problem[] {
  const expectedExtension = COLLECTION_EXTENSION[file.collection];
  const companions = COMPANION_EXTENSIONS[file.collection] ?? [];
  const problems: Problem[] = [];
  if (isCompanion(file)) {
    if (!entryFiles.has(`${file.collection}/${file.id}${expectedExtension}`)) {
      problems.push(
        error({
          file: file.relativePath,
          field: 'file name',
          found: `a ${file.extension} file with no ${file.id}${expectedExtension} beside it`,
          expected: `${file.id}${expectedExtension} in content/${file.collection}/ too (the ${file.extension} file belongs to that entry)`,
        }),
      );
    }
  } else if (file.extension !== expectedExtension) {
    const allowed = [expectedExtension, ...companions.map((extension) => `${extension} (beside a ${expectedExtension} of the same name)`)];
    problems.push(
      error({
        file: file.relativePath,
        field: 'file name',
        found: `a ${file.extension || 'file without an'} extension`,
        expected: `${allowed.join(' or ')} files in content/${file.collection}/`,
      }),
    );
  }
  if (!isValidSlug(file.id)) {
    const suggestion = toSlug(file.id);
    problems.push(
      error({
        file: file.relativePath,
        field: 'file name',
        found: JSON.stringify(file.id),
        expected: `lowercase letters and digits joined by single hyphens (the name is the URL)${
          suggestion ? `; rename it to ${suggestion}${expectedExtension}` : ''
        }`,
      }),
    );
  }
  if (file.collection === 'challenges' && (CHALLENGE_KINDS as readonly string[]).includes(file.id)) {
    problems.push(
      error({
        file: file.relativePath,
        field: 'file name',
        found: JSON.stringify(file.id),
        expected: `a name other than ${CHALLENGE_KINDS.join(', ')}: /challenges/${file.id}/ lists all ${file.id} notes`,
      }),
    );
  }
  return problems;
}

/** A misspelled folder (`content/brief/`) would otherwise be silently ignored. */
function checkFolders(contentDir: string, root: string): Problem[] {
  if (!existsSync(contentDir)) {
    return [error({ file: rel(root, contentDir), found: 'no such folder', expected: 'a content folder' })];
  }
  return readdirSync(contentDir)
    .filter((name) => !name.startsWith('.') && statSync(path.join(contentDir, name)).isDirectory())
    .filter((name) => !isCollectionName(name))
    .map((name) =>
      error({
        file: `${rel(root, path.join(contentDir, name))}/`,
        found: 'a folder the content model does not know',
        expected: `one of ${ALL_COLLECTIONS.join(', ')}${didYouMean(name, ALL_COLLECTIONS)}`,
      }),
    );
}

function checkAcrossEntries(
  entries: CheckResult['entries'],
  files: readonly ContentFile[],
  contentDir: string,
  root: string,
): Problem[] {
  const problems: Problem[] = [];
  const audienceFiles = new Set(files.filter((file) => file.collection === 'audiences').map((file) => file.id));
  for (const required of REQUIRED_AUDIENCES) {
    if (!audienceFiles.has(required)) {
      problems.push(
        error({
          file: `${rel(root, path.join(contentDir, 'audiences'))}/`,
          found: `no ${required}.yaml`,
          expected: `the audiences ${REQUIRED_AUDIENCES.join(', ')} (the home page offers a way in for each)`,
        }),
      );
    }
  }
  const fileOf = new Map(files.map((file) => [`${file.collection}/${file.id}`, file.relativePath]));
  for (const [collection, byId] of entries) {
    if (!isEntryCollection(collection)) continue;
    for (const [id, entry] of byId) {
      const originalId = entry['translationOf'];
      if (typeof originalId !== 'string') continue;
      const original = byId.get(originalId);
      if (originalId === id) {
        problems.push(translationProblem(fileOf.get(`${collection}/${id}`)!, originalId, 'the id of another entry, not itself'));
      } else if (original && original['lang'] === entry['lang']) {
        problems.push(
          translationProblem(
            fileOf.get(`${collection}/${id}`)!,
            originalId,
            `an original in another language (both are lang: ${String(entry['lang'])}; set lang on the translation)`,
          ),
        );
      }
    }
  }
  return problems;
}

function translationProblem(file: string, originalId: string, expected: string): Problem {
  return error({ file, field: 'translationOf', found: JSON.stringify(originalId), expected });
}

function rel(root: string, target: string): string {
  return path.relative(root, target).split(path.sep).join('/');
}
