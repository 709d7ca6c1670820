#!/usr/bin/env node
/**
 * npm run format — rewrites the content files in the one layout every writer uses
 * (src/lib/entry-file.ts), so the browser editor's first save of a hand-written file changes
 * only what its author changed. Run with --help for usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { COLLECTION_EXTENSION } from '../src/lib/collections.ts';
import { listContentFiles, resolveContentDir, type ContentFile } from '../src/lib/content-files.ts';
import { parseEntryFile, pruneEmpty } from '../src/lib/entry-file.ts';
import { formatEntry } from '../src/lib/entry-layout.ts';
import { readOptions } from './cli-options.ts';

const HELP = `Usage: npm run format [-- --check] [--content <dir>]

Rewrites every content file under content/ in the layout that npm run new and the browser editor
(npm run edit) write: fields in the order of the content model (content/README.md), empty fields
left out, one YAML style (plain text while it fits on a line of 100 characters, longer text folded,
lists of ids in brackets), then one blank line and the body. Comments in front matter are
dropped: the editor cannot keep them. The data never changes: a file that would read differently
afterwards is left as it is and named. Files that do not parse are named too; npm run check says why.

Options:
  --check          write nothing; list the files not in the layout
  --content <dir>  content folder (default: content, or $PORTAL_CONTENT_DIR)
  --help           show this help

Exit status: 0 when every file is (now) in the layout, 1 when --check found files to rewrite or a
file could not be read, 2 on an unexpected error.`;

type Outcome = { kind: 'same' } | { kind: 'rewrite'; text: string } | { kind: 'problem'; reason: string };

/** What formatting one file would do; never a rewrite that changes what the file says. */
function formatFile(file: ContentFile): Outcome {
  const text = readFileSync(file.absolutePath, 'utf8');
  try {
    const written = formatEntry(file.collection, text);
    if (written === text) return { kind: 'same' };
    const before = parseEntryFile(text, file.extension);
    const after = parseEntryFile(written, file.extension);
    if (!isDeepStrictEqual(after.data, pruneEmpty(before.data) ?? {}) || after.body !== before.body) {
      return { kind: 'problem', reason: 'would read differently once rewritten; left as it is' };
    }
    return { kind: 'rewrite', text: written };
  } catch (cause) {
    return { kind: 'problem', reason: `does not parse (${cause instanceof Error ? cause.message.split('\n')[0] : cause}); run npm run check` };
  }
}

function main(): number {
  const args = readOptions(process.argv.slice(2), { check: { type: 'boolean' }, content: { type: 'string' } });
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const contentDir = resolveContentDir({ ...process.env, PORTAL_CONTENT_DIR: args.content ?? process.env['PORTAL_CONTENT_DIR'] });
  const files = listContentFiles(contentDir).filter((file) => file.extension === COLLECTION_EXTENSION[file.collection]);
  let toRewrite = 0;
  let problems = 0;
  for (const file of files) {
    const outcome = formatFile(file);
    if (outcome.kind === 'problem') {
      problems++;
      console.log(`${file.relativePath}: ${outcome.reason}`);
    } else if (outcome.kind === 'rewrite') {
      toRewrite++;
      if (args.check) console.log(`${file.relativePath}: not in the layout`);
      else writeFileSync(file.absolutePath, outcome.text);
    }
  }
  const verb = args.check ? 'to rewrite' : 'rewritten';
  console.log(`${files.length} files, ${toRewrite} ${verb}${problems ? `, ${problems} left as they are` : ''}`);
  return problems || (args.check && toRewrite) ? 1 : 0;
}

try {
  process.exit(main());
} catch (cause) {
  console.error(cause instanceof Error ? cause.message : cause);
  process.exit(2);
}
