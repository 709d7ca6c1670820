#!/usr/bin/env node
/**
 * npm run check — validates every file under content/ and prints every problem in one run.
 * Exit 1 if any error, 0 otherwise. Run with --help for usage.
 */
import { checkContent } from '../src/check/run-check.ts';
import { formatProblems, formatSummary } from '../src/check/format.ts';
import { MAX_SUMMARY_GRADE } from '../src/lib/collections.ts';
import { resolveContentDir, resolvePublicDir } from '../src/lib/content-files.ts';
import { readOptions } from './cli-options.ts';

const HELP = `Usage: npm run check [-- --content <dir>] [--public <dir>]

Checks every entry under content/ (briefs, findings, challenge notes, events, aims, change ideas,
PDSA cycles, clusters, measures) and every taxonomy file (audiences, problems, alliances, people,
glossary) against the content model (content/README.md): field types and lengths, ids that must
exist, dates, embargo rules, ORCID check digits, file names, the rules of improvement work across
entries (a cycle follows a cycle of its own change idea, without loops; a cluster's driver is a
primary driver of its aim), measure data (each measure's <id>.csv beside its <id>.yaml: the
header, ISO dates once per site, numbers, whole counts, and phases and baselinePoints that fit the
data, each problem with its line and column; a translation takes its original's data and
settings), MDX syntax, and bodies that could run code
(import/export, {expressions}, HTML other than a few harmless elements, links with other schemes
than https, http or mailto). Prints every problem with the file,
the field, what was found and what was expected, then a one-line summary. Warns, without
failing, when an English summary reads above grade ${MAX_SUMMARY_GRADE} on the Flesch-Kincaid scale.

Options:
  --content <dir>  content folder to check (default: content, or $PORTAL_CONTENT_DIR)
  --public <dir>   public folder that PDF paths point into (default: public, or $PORTAL_PUBLIC_DIR)
  --help           show this help

Exit status: 0 when there are no errors (warnings allowed), 1 otherwise.`;

async function main(): Promise<number> {
  const args = readOptions(process.argv.slice(2), { content: { type: 'string' }, public: { type: 'string' } });
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const env = { ...process.env };
  if (args.content) env['PORTAL_CONTENT_DIR'] = args.content;
  if (args.public) env['PORTAL_PUBLIC_DIR'] = args.public;
  const { problems, filesChecked } = await checkContent({
    contentDir: resolveContentDir(env),
    publicDir: resolvePublicDir(env),
  });
  if (problems.length) console.log(`${formatProblems(problems)}\n`);
  console.log(formatSummary(problems, filesChecked));
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(2);
  },
);
