/**
 * Wires the collections of the content model to the top-level content/ folder. The schemas
 * live in src/schemas/; they get the real ids so a reference to a missing entry fails the build
 * (Astro's own `reference()` only logs it).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_EXTENSION, type CollectionName } from './lib/collections.ts';
import {
  indexIds,
  listContentFiles,
  publicFileChecker,
  resolveContentDir,
  resolvePublicDir,
} from './lib/content-files.ts';
import { createSchemas } from './schemas/index.ts';

const contentDir = resolveContentDir(process.env);
const schemas = createSchemas({
  ids: indexIds(listContentFiles(contentDir)),
  publicFileExists: publicFileChecker(resolvePublicDir(process.env)),
});

/**
 * One entry per file; the id is the file name as written (the check rejects bad names). A site
 * need not use every collection (one without improvement work has no content/aims/): a missing
 * folder is an empty collection, not a warning on every build.
 */
function folderLoader(name: CollectionName) {
  const extension = COLLECTION_EXTENSION[name];
  if (!existsSync(`${contentDir}/${name}`)) return { name: `portal:no-${name}`, load: async ({ store }: { store: { clear: () => void } }) => store.clear() };
  return glob({
    base: `${contentDir}/${name}`,
    pattern: `*${extension}`,
    generateId: ({ entry }) => entry.slice(0, -extension.length),
  });
}

// Spelled out per collection (not mapped) so each keeps its own schema type in pages.
export const collections = {
  briefs: defineCollection({ loader: folderLoader('briefs'), schema: schemas.briefs }),
  findings: defineCollection({ loader: folderLoader('findings'), schema: schemas.findings }),
  challenges: defineCollection({ loader: folderLoader('challenges'), schema: schemas.challenges }),
  events: defineCollection({ loader: folderLoader('events'), schema: schemas.events }),
  aims: defineCollection({ loader: folderLoader('aims'), schema: schemas.aims }),
  'change-ideas': defineCollection({ loader: folderLoader('change-ideas'), schema: schemas['change-ideas'] }),
  cycles: defineCollection({ loader: folderLoader('cycles'), schema: schemas.cycles }),
  clusters: defineCollection({ loader: folderLoader('clusters'), schema: schemas.clusters }),
  measures: defineCollection({ loader: folderLoader('measures'), schema: schemas.measures }),
  audiences: defineCollection({ loader: folderLoader('audiences'), schema: schemas.audiences }),
  problems: defineCollection({ loader: folderLoader('problems'), schema: schemas.problems }),
  alliances: defineCollection({ loader: folderLoader('alliances'), schema: schemas.alliances }),
  people: defineCollection({ loader: folderLoader('people'), schema: schemas.people }),
  glossary: defineCollection({ loader: folderLoader('glossary'), schema: schemas.glossary }),
} satisfies Record<CollectionName, unknown>;
