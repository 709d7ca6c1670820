import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentFile } from '../check/read-entry.ts';
import { COLLECTION_EXTENSION, hasPages, isEntryCollection } from '../lib/collections.ts';
import { listContentFiles } from '../lib/content-files.ts';
import { expectedEntryPages, incompleteBuild, pageFile, type EntryFrontMatter } from '../lib/published-pages.ts';
import { resolveMode, resolveNow } from '../lib/publishing.ts';

/**
 * A build reports success only when it is complete. Listed last among the integrations, its
 * build-done hook checks that every entry the build may show has its page and its search record;
 * and until that check has passed, any exit of the build process (a `process.exit(0)` half-way
 * through the pages included) ends with exit code 1 and says why, so a partial `dist/` never
 * looks like a success.
 */
export function completeBuild(contentDir: string): AstroIntegration {
  let complete = false;
  const refuseEarlyExit = () => {
    if (complete) return;
    process.exitCode = 1;
    console.error('The build stopped before it finished: dist/ is incomplete and must not be published.');
  };
  return {
    name: 'portal:complete-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') process.on('exit', refuseEarlyExit);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const expected = expectedEntryPages(readEntryFrontMatter(contentDir), resolveMode(process.env), resolveNow(process.env));
        const reasons = incompleteBuild(expected, (url) => existsSync(path.join(outDir, pageFile(url))), searchRecordCount(outDir));
        if (reasons.length) throw new Error(`The build is incomplete and must not be published:\n  ${reasons.join('\n  ')}`);
        complete = true;
        logger.info(`${expected.length} published ${expected.length === 1 ? 'entry' : 'entries'}, each with its page and search record`);
      },
    },
  };
}

/** Entries with pages of their own, from their entry files (not a measure's CSV). */
function readEntryFrontMatter(contentDir: string): EntryFrontMatter[] {
  return listContentFiles(contentDir).flatMap((file) => {
    if (!isEntryCollection(file.collection) || !hasPages(file.collection)) return [];
    if (file.extension !== COLLECTION_EXTENSION[file.collection]) return [];
    const parsed = readContentFile(file);
    if ('severity' in parsed) throw new Error(`${file.relativePath}: ${parsed.found ?? ''} (run npm run check)`);
    return [{ collection: file.collection, id: file.id, data: (parsed.data ?? {}) as EntryFrontMatter['data'] }];
  });
}

/** Records in the Pagefind index, summed over its languages. */
function searchRecordCount(outDir: string): number {
  const entryFile = path.join(outDir, 'pagefind/pagefind-entry.json');
  if (!existsSync(entryFile)) return 0;
  const { languages } = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}
