/**
 * `npm run new`: a new brief, finding, challenge note, event, aim, change idea, PDSA cycle or
 * research action cluster as a draft that already passes `npm run check`. The pure parts live here (arguments, choices, the file's text); scripts/new.ts
 * does the reading, prompting and writing.
 *
 * Every required field is filled: ids and fixed choices from flags or prompts (a made-up id
 * would fail the check), everything else with a placeholder marked TODO that passes the schema,
 * so the author's first `npm run check` is clean and the draft can be previewed at once.
 */
import {
  CHALLENGE_KINDS,
  COLLECTION_EXTENSION,
  ENTRY_TYPE,
  TITLE_MAX,
  type CollectionName,
} from './collections.ts';
import { toIsoDay } from './dates.ts';
import { DESIGNS, OUTCOMES } from './evidence/types.ts';
import { isValidSlug, slugFromTitle } from './slug.ts';
import { didYouMean } from './suggest.ts';
import { writeEntry } from './entry-layout.ts';
import { STAKEHOLDERS } from '../schemas/challenge.ts';

/** The collections `npm run new` can start an entry in. */
export const SCAFFOLD_COLLECTIONS = ['briefs', 'findings', 'challenges', 'events', 'aims', 'change-ideas', 'cycles', 'clusters'] as const;
type ScaffoldCollection = (typeof SCAFFOLD_COLLECTIONS)[number];

/** What `npm run new` can start: each entry type (`brief`...), named as in search and JSON. */
export type ScaffoldKind = (typeof ENTRY_TYPE)[ScaffoldCollection];
export const SCAFFOLD_KINDS: readonly ScaffoldKind[] = SCAFFOLD_COLLECTIONS.map((collection) => ENTRY_TYPE[collection]);

export const KIND_COLLECTION = Object.fromEntries(
  SCAFFOLD_COLLECTIONS.map((collection) => [ENTRY_TYPE[collection], collection]),
) as Record<ScaffoldKind, ScaffoldCollection>;

/** `content/<folder>/<id>.mdx` or `.yaml`: where a new entry of a kind is written, relative to content/. */
export function scaffoldPath(kind: ScaffoldKind, id: string): string {
  const collection = KIND_COLLECTION[kind];
  return `${collection}/${id}${COLLECTION_EXTENSION[collection]}`;
}

export const DEFAULT_TIME_ZONE = 'America/Chicago';
/** Placeholder event times: an evening slot a week ahead, when community events usually are. */
export const EVENT_DAYS_AHEAD = 7;
export const EVENT_START = '18:00';
export const EVENT_END = '19:30';
/** A syntactically valid address the author must replace; example.org is reserved for this. */
export const ONLINE_URL_PLACEHOLDER = 'https://example.org/replace-with-your-meeting-link';

/** A field whose value must be one of a known set: ids from a collection, or fixed values. */
export interface ChoiceField {
  field: string;
  /** The command-line flag, without dashes; repeatable when `many`. */
  flag: string;
  many: boolean;
  required: boolean;
  /** What the prompt asks. */
  question: string;
  /**
   * Ids from a collection, fixed values, or the primary drivers of the aim chosen before it
   * (the CLI reads that aim's file).
   */
  source: { collection: CollectionName } | { values: readonly string[] } | { primaryDriversOf: string };
  /** Only originals, not translations: the network's structure names originals (the check says so). */
  originalsOnly?: boolean;
}

const COMMON_CHOICES: ChoiceField[] = [
  {
    field: 'alliance',
    flag: 'alliance',
    many: false,
    required: true,
    question: 'Which alliance publishes it?',
    source: { collection: 'alliances' },
  },
  {
    field: 'audiences',
    flag: 'audience',
    many: true,
    required: true,
    question: 'Who is it for?',
    source: { collection: 'audiences' },
  },
  {
    field: 'problems',
    flag: 'problem',
    many: true,
    required: true,
    question: 'Which problems of practice does it speak to?',
    source: { collection: 'problems' },
  },
];

const KIND_CHOICES: Record<ScaffoldKind, ChoiceField[]> = {
  brief: [
    {
      field: 'authors',
      flag: 'author',
      many: true,
      required: true,
      question: 'Who wrote it?',
      source: { collection: 'people' },
    },
  ],
  finding: [
    {
      field: 'sources',
      flag: 'source',
      many: true,
      required: true,
      question: 'Which briefs does the claim come from?',
      source: { collection: 'briefs' },
    },
    {
      field: 'design',
      flag: 'design',
      many: false,
      required: true,
      question: 'What was the study design?',
      source: { values: DESIGNS },
    },
    {
      field: 'outcome',
      flag: 'outcome',
      many: false,
      required: true,
      question: 'What did the study measure?',
      source: { values: OUTCOMES },
    },
  ],
  challenge: [
    {
      field: 'challenge',
      flag: 'challenge',
      many: false,
      required: true,
      question: 'Which challenge is the note about?',
      source: { values: CHALLENGE_KINDS },
    },
  ],
  event: [
    {
      field: 'presenters',
      flag: 'presenter',
      many: true,
      required: false,
      question: 'Who presents? (optional)',
      source: { collection: 'people' },
    },
  ],
  aim: [
    {
      field: 'measures',
      flag: 'measure',
      many: true,
      required: true,
      question: "Which measures show progress on it? (the first is the target's)",
      source: { collection: 'measures' },
    },
  ],
  'change-idea': [
    {
      field: 'findings',
      flag: 'finding',
      many: true,
      required: false,
      question: 'Which findings are the evidence behind it? (optional)',
      source: { collection: 'findings' },
    },
  ],
  cycle: [
    {
      field: 'changeIdea',
      flag: 'change-idea',
      many: false,
      required: true,
      question: 'Which change idea does the cycle test?',
      source: { collection: 'change-ideas' },
      originalsOnly: true,
    },
    {
      field: 'measures',
      flag: 'measure',
      many: true,
      required: false,
      question: 'Which measures does it watch? (optional)',
      source: { collection: 'measures' },
    },
    {
      field: 'people',
      flag: 'person',
      many: true,
      required: false,
      question: 'Who runs it? (optional)',
      source: { collection: 'people' },
    },
  ],
  cluster: [
    {
      field: 'aim',
      flag: 'aim',
      many: false,
      required: true,
      question: 'Which aim does the cluster work toward?',
      source: { collection: 'aims' },
      originalsOnly: true,
    },
    {
      field: 'driver',
      flag: 'driver',
      many: false,
      required: true,
      question: 'Which primary driver of that aim does it take on?',
      source: { primaryDriversOf: 'aim' },
    },
    {
      field: 'members',
      flag: 'member',
      many: true,
      required: true,
      question: 'Which alliances are its members?',
      source: { collection: 'alliances' },
    },
    {
      field: 'chairs',
      flag: 'chair',
      many: true,
      required: false,
      question: 'Who chairs it? (optional)',
      source: { collection: 'people' },
    },
  ],
};

/** The fields of a kind that the author must choose from a known set, in the order asked. */
export function choiceFields(kind: ScaffoldKind): ChoiceField[] {
  return [...COMMON_CHOICES, ...KIND_CHOICES[kind]];
}

export function isScaffoldKind(value: string): value is ScaffoldKind {
  return (SCAFFOLD_KINDS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Arguments

/** Flags that take free text rather than a choice. */
const TEXT_FLAGS = ['title', 'summary', 'id', 'content', 'date', 'timezone', 'site'] as const;
type TextFlag = (typeof TEXT_FLAGS)[number];
const CHOICE_FLAGS = [...new Set(SCAFFOLD_KINDS.flatMap((kind) => choiceFields(kind).map((choice) => choice.flag)))];

export interface NewArgs {
  kind?: string | undefined;
  text: Partial<Record<TextFlag, string>>;
  /** Choice flags as given: `--author a --author b,c` → `author: [a, b, c]`. */
  choices: Map<string, string[]>;
  help: boolean;
}

/** A mistake in how the command was called; the CLI prints it and exits 1. */
export class UsageError extends Error {}

export function parseNewArgs(argv: readonly string[]): NewArgs {
  const args: NewArgs = { text: {}, choices: new Map(), help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (args.kind !== undefined)
        throw new UsageError(`Unexpected argument "${arg}". Put a title with spaces in quotes: --title "..."`);
      args.kind = arg;
      continue;
    }
    const flag = arg.slice(2);
    const value = argv[++index];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} needs a value.`);
    if ((TEXT_FLAGS as readonly string[]).includes(flag)) args.text[flag as TextFlag] = value;
    else if (CHOICE_FLAGS.includes(flag))
      args.choices.set(flag, [...(args.choices.get(flag) ?? []), ...splitList(value)]);
    else
      throw new UsageError(
        `Unknown option --${flag}${didYouMean(flag, [...TEXT_FLAGS, ...CHOICE_FLAGS])}. Run with --help for usage.`,
      );
  }
  return args;
}

/** `a, b,c` → `[a, b, c]`: lists may be given comma-separated or by repeating the flag. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Choices

/** A choice field with no valid answer given; the message names the flag and the valid values. */
export function describeChoice(choice: ChoiceField, valid: readonly string[]): string {
  const how = choice.many ? `--${choice.flag} (repeatable)` : `--${choice.flag}`;
  const options = valid.length ? valid.join(', ') : `none yet: add a file to content/${collectionOf(choice)}/ first`;
  return `${choice.field}: give ${how}; valid values: ${options}`;
}

function collectionOf(choice: ChoiceField): string {
  if ('collection' in choice.source) return choice.source.collection;
  if ('primaryDriversOf' in choice.source) return `the ${choice.source.primaryDriversOf}'s drivers in content/aims`;
  return choice.field;
}

/** Values that are not valid choices, each with what was expected and the nearest valid one. */
export function invalidChoices(choice: ChoiceField, given: readonly string[], valid: readonly string[]): string[] {
  const known = new Set(valid);
  const problems = given
    .filter((value) => !known.has(value))
    .map(
      (value) => `${choice.field}: "${value}" is not one of ${valid.join(', ') || '(none)'}${didYouMean(value, valid)}`,
    );
  if (!choice.many && given.length > 1) problems.push(`${choice.field}: give one value, not ${given.length}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** `2026-06-01` plus 7 days → `2026-06-08`. */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDay(date);
}

/** `-05:00` for Chicago in summer, `+05:30` for Kolkata, `+00:00` for UTC, at one instant. */
export function utcOffsetAt(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT([+-]\d{2}:\d{2})$/.exec(name ?? '');
  return match ? match[1]! : '+00:00';
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours! * 60 + minutes!);
}

/**
 * A wall-clock time in a zone written with its offset, as the schema requires:
 * (`2026-06-08`, `18:00`, America/Chicago) → `2026-06-08T18:00:00-05:00`. The offset is the one
 * in force at that moment, so summer and winter times both come out right.
 */
export function wallTimeWithOffset(isoDay: string, time: string, timeZone: string): string {
  const asIfUtc = new Date(`${isoDay}T${time}:00Z`);
  const firstGuess = utcOffsetAt(asIfUtc, timeZone);
  const instant = new Date(asIfUtc.getTime() - offsetMinutes(firstGuess) * 60_000);
  return `${isoDay}T${time}:00${utcOffsetAt(instant, timeZone)}`;
}

// ---------------------------------------------------------------------------------------------
// The new file

export interface ScaffoldInput {
  kind: ScaffoldKind;
  title: string;
  /** The creation day, `YYYY-MM-DD`. */
  today: string;
  /** Chosen values by field name (`authors`, `alliance`...). */
  choices: Record<string, readonly string[]>;
  summary?: string | undefined;
  /** Events: the day (default a week from today) and zone of the placeholder times. */
  eventDay?: string | undefined;
  timeZone?: string | undefined;
  /** Cycles: the school or team that runs it. */
  site?: string | undefined;
}

/** Problems with the title or id that stop the file from being written. */
export function titleProblems(title: string | undefined, id: string): string[] {
  const problems: string[] = [];
  if (!title?.trim()) problems.push('title: give --title "..." (required)');
  else if (title.trim().length > TITLE_MAX)
    problems.push(`title: ${title.trim().length} characters; at most ${TITLE_MAX}`);
  if (title?.trim() && !isValidSlug(id)) {
    problems.push(`id: "${id}" is not lowercase letters and digits joined by single hyphens; give --id my-entry-name`);
  }
  return problems;
}

/** The entry's id (and file name): `--id` if given, otherwise a slug of the title. */
export function entryId(title: string, explicitId?: string): string {
  return explicitId ?? slugFromTitle(title);
}

const STAKEHOLDER_WORDS = STAKEHOLDERS.join(', ');

const TODO_SUMMARY = 'TODO: one or two plain sentences on what this is and why it matters.';

/**
 * The whole file: front matter with every required field, then a short body to replace, in the
 * layout every writer uses (src/lib/entry-file.ts), so the editor's first save changes only what
 * its author changed. Hints on the optional fields go to the terminal (`nextSteps`), not into
 * comments the editor could not keep.
 */
export function renderEntry(input: ScaffoldInput): string {
  const { choices } = input;
  const data = {
    title: input.title.trim(),
    summary: input.summary?.trim() || TODO_SUMMARY,
    audiences: choices['audiences'] ?? [],
    problems: choices['problems'] ?? [],
    alliance: one(choices, 'alliance'),
    status: 'draft',
    ...KIND_FIELDS[input.kind](input),
  };
  return writeEntry(KIND_COLLECTION[input.kind], { data, body: KIND_BODY[input.kind].join('\n') });
}

/** The first value chosen for a single-value field, or nothing. */
function one(choices: Record<string, readonly string[]>, field: string): string | undefined {
  return (choices[field] ?? [])[0];
}

/** Placeholder driver ids an author renames: valid ids, unique within the aim. */
export const PLACEHOLDER_DRIVERS = { primary: 'first-primary-driver', secondary: 'first-secondary-driver' } as const;

const KIND_FIELDS: Record<ScaffoldKind, (input: ScaffoldInput) => Record<string, unknown>> = {
  brief: ({ today, choices }) => ({
    published: today,
    authors: choices['authors'] ?? [],
    keyFindings: ['TODO: the most important finding, in one plain sentence.'],
  }),
  finding: ({ today, choices }) => ({
    published: today,
    sources: choices['sources'] ?? [],
    evidence: { design: one(choices, 'design'), outcome: one(choices, 'outcome') },
    implications: ['TODO: what a district might do with this.'],
  }),
  challenge: ({ today, choices }) => ({
    published: today,
    challenge: one(choices, 'challenge'),
    strategies: ['TODO: one thing the partnership tried.'],
  }),
  event: ({ today, choices, eventDay, timeZone = DEFAULT_TIME_ZONE }) => {
    const day = eventDay ?? addDays(today, EVENT_DAYS_AHEAD);
    return {
      start: wallTimeWithOffset(day, EVENT_START, timeZone),
      end: wallTimeWithOffset(day, EVENT_END, timeZone),
      timezone: timeZone,
      format: 'online',
      onlineUrl: ONLINE_URL_PLACEHOLDER,
      accessibility: 'TODO: captions, ASL, step-free access, quiet room...',
      presenters: choices['presenters'] ?? [],
    };
  },
  aim: ({ today, choices }) => ({
    published: today,
    statement: 'TODO: the aim in one sentence: how much, by when, for whom.',
    target: { measure: one(choices, 'measures'), value: 0, by: addDays(today, 365) },
    measures: choices['measures'] ?? [],
    drivers: [
      {
        id: PLACEHOLDER_DRIVERS.primary,
        text: 'TODO: one of the few things that must change for the aim to be met.',
        secondary: [{ id: PLACEHOLDER_DRIVERS.secondary, text: 'TODO: a place in the system where change can act on it.' }],
      },
    ],
  }),
  'change-idea': ({ today, choices }) => ({
    published: today,
    findings: choices['findings'] ?? [],
  }),
  cycle: ({ today, choices, site }) => ({
    changeIdea: one(choices, 'changeIdea'),
    site: site?.trim() || 'TODO: the school or team that runs it',
    started: today,
    question: 'TODO: the question this small test asks.',
    prediction: 'TODO: what you expect to happen, written before you begin.',
    measures: choices['measures'] ?? [],
    people: choices['people'] ?? [],
  }),
  cluster: ({ today, choices }) => ({
    published: today,
    aim: one(choices, 'aim'),
    driver: one(choices, 'driver'),
    members: choices['members'] ?? [],
    chairs: choices['chairs'] ?? [],
  }),
};

/** What to do after `npm run new`, printed on the terminal: the hints a draft cannot carry. */
export function nextSteps(kind: ScaffoldKind): string[] {
  return [
    'Next: replace the TODOs, then run npm run check. Every field is explained at /guide/.',
    'status: draft stays on your machine; review shares it with partners (npm run build:preview);',
    'published (or embargoed with embargoUntil) puts it on the public site.',
    ...KIND_HINTS[kind],
  ];
}

const KIND_HINTS: Record<ScaffoldKind, string[]> = {
  brief: [
    'Optional: doi (10.xxxx/...), pdf (/pdf/<file>.pdf, under public/), updated (YYYY-MM-DD), and an',
    'evidence block {design, outcome, sample, effect} to show an evidence tier.',
  ],
  finding: ['Add the evidence block\'s sample {students, schools} and effect {size, ciLow, ciHigh, significant, direction}.'],
  challenge: ['Who it involves: stakeholders, any of ' + STAKEHOLDER_WORDS + '.'],
  event: [
    `The placeholder date is ${EVENT_DAYS_AHEAD} days from today: put in the real date and times, with the offset in force that day.`,
    'In-person and hybrid events also need venue {name, address}; languages lists interpretation offered ([es, ar]).',
  ],
  aim: [
    "target: the number the aim commits to on its first measure (value), and the day it should be reached (by).",
    'measures: outcome, process and balancing measures (ids from content/measures/).',
    'drivers: the driver diagram: primary drivers, their secondary drivers, and the change ideas tested',
    'on each (changeIdeas: ids from content/change-ideas/). Driver ids are unique within the aim.',
  ],
  'change-idea': [],
  cycle: [
    'Once the cycle is over: ended (a date), result and decision (adopt, adapt or abandon).',
    'follows: the id of the cycle this one builds on, testing the same change idea.',
  ],
  cluster: [],
};

const KIND_BODY: Record<ScaffoldKind, string[]> = {
  brief: [
    '## What we found',
    '',
    'TODO: the findings in plain words.',
    '',
    '## How we studied it',
    '',
    'TODO: who, where, when, and how.',
  ],
  finding: ['TODO: the claim, the study behind it, and what it cannot tell us.'],
  challenge: ['TODO: what happened, what the partnership tried, and what it learned.'],
  event: ['TODO: what will happen, who it is for, and how to take part.'],
  aim: [],
  'change-idea': [
    '## What it is',
    '',
    'TODO: the change, in plain words: who does what, when, and why it should help.',
  ],
  cycle: [
    '## Plan',
    '',
    'TODO: who will do what, where and when, and what you will collect.',
    '',
    '## What we did',
    '',
    'TODO: after the cycle, what actually happened while you ran it.',
  ],
  cluster: [],
};
