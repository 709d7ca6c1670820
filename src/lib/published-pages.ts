/**
 * What a finished build must contain: a page, and a search record, for every entry it may show.
 * The build checks this at its very end (src/integrations/complete-build.ts), from the content
 * files themselves rather than from the pages' own data, so a build that stopped half-way, or
 * dropped entries through a bug, fails instead of publishing a partial site.
 */
import { entryUrl, type EntryCollection } from './collections.ts';
import { isVisible, type BuildMode, type Status } from './publishing.ts';

/** An entry's front matter as written: only the fields that decide whether and where it is shown. */
export interface EntryFrontMatter {
  collection: EntryCollection;
  id: string;
  data: { status?: unknown; embargoUntil?: unknown; lang?: unknown };
}

/** The page URL of every entry this build shows (`/briefs/x/`, `/es/briefs/y/`), sorted. */
export function expectedEntryPages(entries: readonly EntryFrontMatter[], mode: BuildMode, now: Date): string[] {
  return entries
    .filter(({ data }) => isVisible(publishable(data), mode, now))
    .map(({ collection, id, data }) => entryUrl(collection, id, typeof data.lang === 'string' ? data.lang : undefined))
    .sort();
}

/** The file a page URL is written to with `build.format: 'directory'`: `briefs/x/index.html`. */
export function pageFile(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/**
 * Why a finished build is incomplete, or nothing: the expected pages it lacks, and a search index
 * that holds another number of records than there are pages.
 */
export function incompleteBuild(expected: readonly string[], pageExists: (url: string) => boolean, searchRecords: number): string[] {
  const missing = expected.filter((url) => !pageExists(url));
  const reasons = missing.map((url) => `no page ${pageFile(url)} for the published entry at ${url}`);
  if (searchRecords !== expected.length) {
    reasons.push(`${searchRecords} search records for ${expected.length} published entries`);
  }
  return reasons;
}

function publishable(data: EntryFrontMatter['data']): { status: Status; embargoUntil?: Date } {
  const status = (typeof data.status === 'string' ? data.status : 'published') as Status;
  const until = data.embargoUntil;
  const embargoUntil = until instanceof Date ? until : typeof until === 'string' ? new Date(until) : undefined;
  return embargoUntil ? { status, embargoUntil } : { status };
}
