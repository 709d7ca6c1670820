import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_COLLECTIONS,
  COLLECTION_EXTENSION,
  type CollectionName,
} from './collections.ts';

/**
 * The content tree as files on disk, read before Astro sees it, so file-name rules are checked
 * on the real names and reference rules get the real ids.
 */

export interface ContentFile {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes: `content/briefs/x.mdx`. */
  relativePath: string;
  absolutePath: string;
  /** The file name without its extension: the entry's id. */
  id: string;
  extension: string;
}

/** Where content lives; tests point this at a fixture tree. */
export function resolveContentDir(env: Record<string, string | undefined>, root = process.cwd()): string {
  return path.resolve(root, env['PORTAL_CONTENT_DIR'] || 'content');
}

export function resolvePublicDir(env: Record<string, string | undefined>, root = process.cwd()): string {
  return path.resolve(root, env['PORTAL_PUBLIC_DIR'] || 'public');
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Every file in every collection folder, whatever its name (the check judges the names). */
export function listContentFiles(contentDir: string, root = process.cwd()): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of ALL_COLLECTIONS) {
    const folder = path.join(contentDir, collection);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const absolutePath = path.join(folder, name);
      if (name.startsWith('.') || !statSync(absolutePath).isFile()) continue;
      const extension = path.extname(name);
      files.push({
        collection,
        relativePath: toPosix(path.relative(root, absolutePath)),
        absolutePath,
        id: path.basename(name, extension),
        extension,
      });
    }
  }
  return files;
}

/** The ids each collection holds: what reference fields may name. */
export function indexIds(files: readonly ContentFile[]): Record<CollectionName, Set<string>> {
  const ids = Object.fromEntries(ALL_COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  for (const file of files) {
    if (file.extension === COLLECTION_EXTENSION[file.collection]) ids[file.collection].add(file.id);
  }
  return ids;
}

/** `/pdf/x.pdf` → does `public/pdf/x.pdf` exist? Paths that climb out of public/ never do. */
export function publicFileChecker(publicDir: string): (sitePath: string) => boolean {
  return (sitePath) => {
    const target = path.resolve(publicDir, `.${sitePath}`);
    return target.startsWith(publicDir + path.sep) && existsSync(target);
  };
}
