/**
 * The floor for our stack: a throwaway Astro project with only @astrojs/mdx and the default
 * (Sätteri) Markdown processor, one glob collection over the corpus's MDX files, and one page per
 * entry rendering `<Content />`. It lives under tests/.tmp/bench/ so it resolves the portal's own
 * node_modules, and so it builds the same bodies with the same Astro.
 */
import type { CorpusFile } from './corpus.ts';

export interface BareSiteOptions {
  /** Absolute path of the generated content folder. */
  contentDir: string;
  /** Absolute paths the build writes to. */
  outDir: string;
  cacheDir: string;
}

/** The project's files, relative to its root. */
export function bareSiteFiles(options: BareSiteOptions): CorpusFile[] {
  return [
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: ${JSON.stringify(options.outDir)},
  cacheDir: ${JSON.stringify(options.cacheDir)},
  integrations: [mdx()],
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({
    loader: glob({ base: ${JSON.stringify(options.contentDir)}, pattern: '{briefs,findings,challenges,events}/*.mdx' }),
  }),
};
`,
    },
    {
      path: 'src/pages/[...id].astro',
      text: `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main><Content /></main>
  </body>
</html>
`,
    },
  ];
}
