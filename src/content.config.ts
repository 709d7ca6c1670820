/**
 * Wires the nine collections of the content model to the top-level content/ folder. The schemas
 * live in src/schemas/; they get the real ids so a reference to a missing entry fails the build
 * (Astro's own `reference()` only logs it).
 */
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

/** One entry per file; the id is the file name as written (the check rejects bad names). */
function fromFolder<C extends CollectionName>(name: C) {
  const extension = COLLECTION_EXTENSION[name];
  return defineCollection({
    loader: glob({
      base: `${contentDir}/${name}`,
      pattern: `*${extension}`,
      generateId: ({ entry }) => entry.slice(0, -extension.length),
    }),
    schema: schemas[name],
  });
}

export const collections = {
  briefs: fromFolder('briefs'),
  findings: fromFolder('findings'),
  challenges: fromFolder('challenges'),
  events: fromFolder('events'),
  audiences: fromFolder('audiences'),
  problems: fromFolder('problems'),
  alliances: fromFolder('alliances'),
  people: fromFolder('people'),
  glossary: fromFolder('glossary'),
} satisfies Record<CollectionName, unknown>;
