import { readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { APA_WORKER_ENV, startApaWorker } from '../lib/apa-references.ts';

/**
 * Tells the pages where apa-worker.ts is (they run from a bundle in a temporary folder, where its
 * relative path is lost), and starts that worker as soon as the pages' bundle is written, just
 * before Astro builds the pages, so its slow start (see startApaWorker) overlaps Astro's own
 * preparations and the citation files rather than holding the first brief pages. Not at the
 * build's start, where it would take one of the two cores from bundling.
 */
export function apaWorker(workerFile: string): AstroIntegration {
  process.env[APA_WORKER_ENV] = workerFile;
  let started = false;
  return {
    name: 'portal:apa-worker',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        const startOnce = () => {
          if (started) return;
          started = true;
          startApaWorker(workerFile, interfaceLanguages());
        };
        updateConfig({ vite: { plugins: [{ name: 'portal:apa-worker', apply: 'build', writeBundle: startOnce }] } });
      },
    },
  };
}

/**
 * The site's languages: one file per language in src/i18n/languages/, as src/i18n/index.ts reads
 * them (through vite, which this config-time code does not run under).
 */
export function interfaceLanguages(): string[] {
  return readdirSync(new URL('../i18n/languages/', import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();
}
