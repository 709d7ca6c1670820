import { ALL_COLLECTIONS, type CollectionName } from '../lib/collections.ts';

/**
 * What a schema needs to know beyond the entry itself. Ids are passed in as sets (read from the
 * real file names) so reference rules are enforced by zod in both the build and `npm run check`:
 * Astro's own `reference()` only logs a missing target and builds anyway.
 */
export interface SchemaContext {
  ids: Record<CollectionName, ReadonlySet<string>>;
  /** Whether a site path such as `/pdf/x.pdf` names a file under `public/`. */
  publicFileExists: (sitePath: string) => boolean;
}

/** A context with no entries, for schemas used where references are not checked. */
export function emptyContext(): SchemaContext {
  const none = new Set<string>();
  return {
    ids: Object.fromEntries(ALL_COLLECTIONS.map((name): [CollectionName, ReadonlySet<string>] => [name, none])) as SchemaContext['ids'],
    publicFileExists: () => false,
  };
}
