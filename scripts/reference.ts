#!/usr/bin/env node
/**
 * npm run reference — writes content/README.md, the content reference, from the zod schemas, the
 * rule constants and the prose in scripts/reference/content-readme.md. Run with --help for usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readOptions } from './cli-options.ts';
import { OUTPUT, TEMPLATE, readSources, renderContentReadme } from './reference/content-readme.ts';

const HELP = `Usage: npm run reference [-- --check]

Writes ${OUTPUT}, the reference authors read: folders, every field of every collection (type,
required or default, allowed values, limits, description, example: read from the zod schemas in
src/schemas/), the rules and their numbers (from the constants in src/lib/), the URLs (from the
files of src/pages/), the search index, evidence tiers and publishing states. The prose around
them is ${TEMPLATE}.

Run it after changing a schema, a rule constant, a page route or the prose; a unit test fails
while ${OUTPUT} differs from what this command writes.

Options:
  --check   write nothing; exit 1 when ${OUTPUT} is out of date
  --help    show this help`;

const root = path.resolve(import.meta.dirname, '..');
function readArgs() {
  try {
    return readOptions(process.argv.slice(2), { check: { type: 'boolean' } });
  } catch (cause) {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(2);
  }
}

const args = readArgs();
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const target = path.join(root, OUTPUT);
const text = renderContentReadme(readSources(root));
if (args.check) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is out of date like any other.
  }
  if (current !== text) {
    console.error(`${OUTPUT} is out of date: run npm run reference.`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date.`);
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${OUTPUT}.`);
}
