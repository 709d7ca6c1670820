import type { AstroIntegration } from 'astro';
import { ASTRO_COMMAND_ENV } from '../lib/publishing.ts';

/**
 * Tells the pages which Astro command is running (dev, build, preview), so that only the dev
 * server shows drafts and entries in review (see resolveMode in src/lib/publishing.ts).
 */
export function astroCommand(): AstroIntegration {
  return {
    name: 'portal:astro-command',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env[ASTRO_COMMAND_ENV] = command;
      },
    },
  };
}
