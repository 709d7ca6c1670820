/**
 * Names the editor's generated configuration (src/lib/editor/config.ts) and its page's script
 * (src/scripts/editor.ts) share, in a module light enough for the browser.
 */

/** The body of an MDX entry, edited as Markdown text only (content/README.md, section 9). */
export const BODY_FIELD = 'body';

/**
 * The file format of a collection, which the editor's page registers: it writes files in the one
 * layout (src/lib/entry-file.ts), in the collection's field order, where Decap's own format would
 * reorder, restyle and requote them.
 */
export function fileFormat(collection: string): string {
  return `portal-${collection}`;
}
