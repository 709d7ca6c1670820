#!/usr/bin/env node
/**
 * npm run new — starts a brief, finding, challenge note, event, aim, change idea, PDSA cycle or
 * research action cluster as a draft that passes `npm run check`. Run with --help for usage. The pure parts live in src/lib/scaffold.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import yaml from 'js-yaml';
import type { CollectionName } from '../src/lib/collections.ts';
import { indexIds, listContentFiles, resolveContentDir } from '../src/lib/content-files.ts';
import { readContentFile } from '../src/check/read-entry.ts';
import { isValidTimeZone, isoDayInZone, parseIsoDate } from '../src/lib/dates.ts';
import { resolveNow } from '../src/lib/publishing.ts';
import {
  DEFAULT_TIME_ZONE,
  SCAFFOLD_KINDS,
  UsageError,
  choiceFields,
  describeChoice,
  entryId,
  invalidChoices,
  isScaffoldKind,
  nextSteps,
  parseNewArgs,
  renderEntry,
  scaffoldPath,
  splitList,
  titleProblems,
  type ChoiceField,
  type NewArgs,
  type ScaffoldKind,
} from '../src/lib/scaffold.ts';
import { didYouMean } from '../src/lib/suggest.ts';

const HELP = `Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> --title "..." [options]

Creates content/<folder>/<id>.mdx (an aim or cluster: <id>.yaml) as a draft (status: draft),
with every required field filled: today's date, your choices below, and TODO placeholders that
pass npm run check. The id and file name come from the title. An existing file is never
overwritten.

Choices (ids are the file names in content/<folder>/; lists may repeat the flag or use commas):
  --alliance <id>        every kind: the alliance that publishes it (content/alliances/)
  --audience <id>        every kind: who it is for (content/audiences/)
  --problem <id>         every kind: problems of practice (content/problems/)
  --author <id>          brief: authors (content/people/)
  --source <id>          finding: the briefs the claim comes from (content/briefs/)
  --design <value>       finding: the study design (rct, quasi-experimental, ...)
  --outcome <value>      finding: what was measured (student-achievement, ...)
  --challenge <value>    challenge: legitimacy, alignment or learning
  --presenter <id>       event: presenters (optional; content/people/)
  --measure <id>         aim: its measures, the first being the target's (content/measures/);
                         cycle: the measures it watches (optional)
  --finding <id>         change-idea: the findings behind it (optional; content/findings/)
  --change-idea <id>     cycle: the change idea it tests (content/change-ideas/)
  --person <id>          cycle: who runs it (optional; content/people/)
  --aim <id>             cluster: the aim it works toward (content/aims/)
  --driver <id>          cluster: one primary driver of that aim (the ids in its drivers)
  --member <id>          cluster: member alliances (content/alliances/)
  --chair <id>           cluster: who chairs it (optional; content/people/)

Other options:
  --summary "..."        the plain-language summary (default: a TODO placeholder)
  --id <id>              the file name, if not the one made from the title
  --date YYYY-MM-DD      event: the day (default: a week from today, 6:00-7:30 PM)
  --timezone <zone>      event: IANA time zone (default: ${DEFAULT_TIME_ZONE})
  --site "..."           cycle: the school or team that runs it (default: a TODO placeholder)
  --content <dir>        content folder (default: content, or $PORTAL_CONTENT_DIR)
  --help                 show this help

In a terminal, anything required and missing is asked for, with the valid values listed.
Without a terminal (scripts, CI) a missing choice is an error naming it. $PORTAL_NOW (an ISO
date-time) sets "today".

Example:
  npm run new -- brief --title "Summer bridge and ninth-grade attendance" \\
    --alliance riverbend-alliance --audience district-staff --problem chronic-absenteeism \\
    --author maya-okafor --author jorge-castillo

Exit status: 0 when the file was written, 1 when nothing was written, 2 on an unexpected error.`;

/** Asks on the terminal; undefined when stdin is not one, so nothing can hang waiting. */
function openTerminal(): Interface | undefined {
  return process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
}

async function askKind(terminal: Interface | undefined, given: string | undefined): Promise<ScaffoldKind> {
  const answer = given ?? (await terminal?.question(`What are you adding? (${SCAFFOLD_KINDS.join(', ')}) `))?.trim();
  if (answer && isScaffoldKind(answer)) return answer;
  const what = answer ? `"${answer}" is not a kind${didYouMean(answer, SCAFFOLD_KINDS)}` : 'no kind given';
  throw new UsageError(`${what}; expected one of ${SCAFFOLD_KINDS.join(', ')}. Run with --help for usage.`);
}

/** Asks until the answer is valid; an optional field may be left empty. */
async function askChoice(terminal: Interface, choice: ChoiceField, valid: readonly string[]): Promise<string[]> {
  const how = choice.many ? 'one or more (separate them with commas)' : 'one';
  for (;;) {
    const answer = splitList(await terminal.question(`${choice.question}\n  Choose ${how}: ${valid.join(', ')}\n> `));
    if (answer.length === 0 && !choice.required) return [];
    const problems = answer.length ? invalidChoices(choice, answer, valid) : [`${choice.field}: an answer is required`];
    if (problems.length === 0) return answer;
    console.log(problems.map((problem) => `  ${problem}`).join('\n'));
  }
}

function validValues(
  choice: ChoiceField,
  ids: Record<CollectionName, Set<string>>,
  chosen: Record<string, string[]>,
  contentDir: string,
): string[] {
  if ('collection' in choice.source) {
    const valid = [...ids[choice.source.collection]].sort();
    return choice.originalsOnly ? valid.filter((id) => !translations(contentDir, choice.source as { collection: CollectionName }).has(id)) : valid;
  }
  if ('values' in choice.source) return [...choice.source.values];
  const aim = chosen[choice.source.primaryDriversOf]?.[0];
  return aim && ids.aims.has(aim) ? primaryDriverIds(path.join(contentDir, 'aims', `${aim}.yaml`)) : [];
}

/** The ids of a collection's entries that translate another (`translationOf`). */
function translations(contentDir: string, source: { collection: CollectionName }): Set<string> {
  const found = new Set<string>();
  for (const file of listContentFiles(contentDir)) {
    if (file.collection !== source.collection) continue;
    const parsed = readContentFile(file);
    if (!('severity' in parsed) && typeof (parsed.data as { translationOf?: unknown } | undefined)?.translationOf === 'string') found.add(file.id);
  }
  return found;
}

/** The primary driver ids of an aim's file, in order; none when it cannot be read. */
function primaryDriverIds(file: string): string[] {
  try {
    const aim = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as { drivers?: { id?: unknown }[] } | undefined;
    return (aim?.drivers ?? []).map((driver) => driver?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

interface Answers {
  choices: Record<string, string[]>;
  problems: string[];
}

/** Every choice of the kind, from flags or prompts; problems for anything missing or invalid. */
async function collectChoices(
  kind: ScaffoldKind,
  args: NewArgs,
  contentDir: string,
  terminal: Interface | undefined,
): Promise<Answers> {
  const ids = indexIds(listContentFiles(contentDir));
  const fields = choiceFields(kind);
  const answers: Answers = { choices: {}, problems: [] };
  for (const flag of args.choices.keys()) {
    if (!fields.some((choice) => choice.flag === flag)) answers.problems.push(`--${flag} does not apply to a ${kind}`);
  }
  for (const choice of fields) {
    const valid = validValues(choice, ids, answers.choices, contentDir);
    const given = args.choices.get(choice.flag);
    if (given) {
      answers.problems.push(...invalidChoices(choice, given, valid));
      answers.choices[choice.field] = given;
    } else if (terminal && valid.length) {
      answers.choices[choice.field] = await askChoice(terminal, choice, valid);
    } else if (choice.required) {
      answers.problems.push(describeChoice(choice, valid));
    }
  }
  return answers;
}

function eventProblems(args: NewArgs): string[] {
  const { date, timezone } = args.text;
  const problems: string[] = [];
  if (date !== undefined && !parseIsoDate(date)) problems.push(`date: "${date}" is not a date such as 2027-02-11`);
  if (timezone !== undefined && !isValidTimeZone(timezone))
    problems.push(`timezone: "${timezone}" is not an IANA time zone such as ${DEFAULT_TIME_ZONE}`);
  return problems;
}

async function main(): Promise<number> {
  const args = parseNewArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const terminal = openTerminal();
  try {
    const kind = await askKind(terminal, args.kind);
    const title = args.text.title ?? (await terminal?.question('Title: '))?.trim() ?? '';
    const id = entryId(title, args.text.id);
    const contentDir = resolveContentDir({
      ...process.env,
      PORTAL_CONTENT_DIR: args.text.content ?? process.env['PORTAL_CONTENT_DIR'],
    });
    const answers = await collectChoices(kind, args, contentDir, terminal);
    const problems = [
      ...titleProblems(title, id),
      ...answers.problems,
      ...(kind === 'event' ? eventProblems(args) : []),
    ];
    if (problems.length) {
      console.error(
        `Nothing was written. Fix these and run it again:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
      );
      return 1;
    }
    return writeEntry(path.join(contentDir, scaffoldPath(kind, id)), kind, title, args, answers.choices);
  } finally {
    terminal?.close();
  }
}

function writeEntry(
  target: string,
  kind: ScaffoldKind,
  title: string,
  args: NewArgs,
  choices: Record<string, string[]>,
): number {
  const shown = path.relative(process.cwd(), target);
  if (existsSync(target)) {
    console.error(`${shown} already exists; nothing was written. Choose another title, or give --id.`);
    return 1;
  }
  const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const text = renderEntry({
    kind,
    title,
    today: isoDayInZone(resolveNow(process.env), localZone),
    choices,
    summary: args.text.summary,
    eventDay: args.text.date,
    timeZone: args.text.timezone,
    site: args.text.site,
  });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  console.log(`Created ${shown}`);
  console.log(nextSteps(kind).join('\n'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (cause: unknown) => {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(cause instanceof UsageError ? 1 : 2);
  },
);
