/**
 * A synthetic content tree in the real content model, for `npm run bench`: briefs, findings,
 * challenge notes and events with realistic lengths, tags, evidence blocks (every design),
 * translations, tables and unpublished entries, plus the YAML entries they point at. Pure and
 * seeded: the same size and seed give byte-identical files, so two runs build the same site and
 * a change in build time is the build's, not the corpus's.
 *
 * The mix follows the demo content: about 45% briefs, 25% findings, 15% challenge notes and 15%
 * events; 5% Spanish translations; 8% draft, in review or under embargo (half of the embargoes
 * already lifted at BENCH_NOW), so the publishing rules do real work. Beside them, measures with
 * their CSVs (one per 20 entries, MEASURE_POINTS points each): run and XmR charts, some with a
 * site column, phases, targets, withheld months and Spanish versions, so measure pages are built
 * and charted at scale too.
 */
import { CHALLENGE_KINDS, REQUIRED_AUDIENCES } from '../../src/lib/collections.ts';
import { tierOf } from '../../src/lib/evidence/tier.ts';
import { DESIGNS, OUTCOMES, type Evidence } from '../../src/lib/evidence/types.ts';
import { addDays } from '../../src/lib/scaffold.ts';
import { yamlFields } from '../../src/lib/yaml.ts';
import { slugFromTitle } from '../../src/lib/slug.ts';
import * as words from './corpus-words.ts';

/**
 * The kinds of entry the corpus generates: the research a portal publishes, which is what the
 * time budget is about (improvement work, aims to measures, is a handful of entries per network).
 */
export const CORPUS_COLLECTIONS = ['briefs', 'findings', 'challenges', 'events'] as const;
export type CorpusCollection = (typeof CORPUS_COLLECTIONS)[number];

export const DEFAULT_SEED = 20260601;
/** The build clock the bench builds at: some embargoes lift before it, some after. */
export const BENCH_NOW = '2026-06-01T00:00:00Z';
/** A word common in the generated text, as a reader would type it. */
export const COMMON_SEARCH_WORD = 'attendance';

export interface CorpusFile {
  /** Relative to the content folder: `briefs/some-id-12.mdx`. */
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  /** How many briefs, findings, challenge notes and events (the "entries" of the table). */
  counts: Record<CorpusCollection, number>;
  /** How many measures (originals, each with its CSV), beside the entries. */
  measures: number;
  /** A public English brief with evidence: the bench's "typical entry page". */
  sampleBriefId: string;
  /** A problem and an audience to narrow the bench's search by, as a district staffer would. */
  sampleNarrowing: { problem: string; audience: string };
}

export interface CorpusOptions {
  entries: number;
  seed?: number;
}

const SHARES: Record<CorpusCollection, number> = { briefs: 0.45, findings: 0.25, challenges: 0.15, events: 0.15 };
const TRANSLATION_SHARE = 0.05;
const STATUS_WEIGHTS = [
  { status: 'published', weight: 92 },
  { status: 'draft', weight: 2 },
  { status: 'review', weight: 2 },
  { status: 'embargoed-future', weight: 2 },
  { status: 'embargoed-past', weight: 2 },
] as const;
type PlannedStatus = (typeof STATUS_WEIGHTS)[number]['status'];

/** Small, fast, seedable (mulberry32): Math.random cannot be seeded. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` different items (fewer if the list is shorter), in the order drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].map((index) => items[index]!);
  }
}

/** One MDX entry before it is written: enough to be linked to by the others. */
interface Plan {
  collection: CorpusCollection;
  id: string;
  title: string;
  lang: 'en' | 'es';
  translationOf?: string;
  status: PlannedStatus;
  words: Slots;
}

/** The words one entry is about, so its title, summary and body agree. */
interface Slots {
  program: string;
  outcome: string;
  group: string;
  place: string;
  school: string;
  year: number;
}

interface Taxonomy {
  problems: string[];
  alliances: string[];
  people: string[];
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const counts = splitEntries(options.entries);
  const data = dataFiles(options.entries, random);
  const plans = CORPUS_COLLECTIONS.flatMap((collection) => planCollection(collection, counts[collection], random));
  const byCollection = new Map(CORPUS_COLLECTIONS.map((collection) => [collection, plans.filter((plan) => plan.collection === collection)]));
  const entryFiles = plans.map((plan) => ({
    path: `${plan.collection}/${plan.id}.mdx`,
    text: writeEntry(plan, { random, taxonomy: data.taxonomy, byCollection, all: plans }),
  }));
  const measures = measureFiles(measureCount(options.entries), random, data.taxonomy);
  return {
    files: [...data.files, ...entryFiles, ...measures.files],
    counts,
    measures: measures.count,
    sampleBriefId: byCollection.get('briefs')![0]!.id,
    sampleNarrowing: { problem: data.taxonomy.problems[0]!, audience: REQUIRED_AUDIENCES[0] },
  };
}

/** Entries per collection, at least one of each. */
export function splitEntries(total: number): Record<CorpusCollection, number> {
  if (!Number.isInteger(total) || total < CORPUS_COLLECTIONS.length) {
    throw new Error(`A corpus needs at least ${CORPUS_COLLECTIONS.length} entries (one of each kind); got ${total}`);
  }
  const counts = Object.fromEntries(CORPUS_COLLECTIONS.map((name) => [name, Math.max(1, Math.floor(total * SHARES[name]))])) as Record<CorpusCollection, number>;
  counts.briefs += total - CORPUS_COLLECTIONS.reduce((sum, name) => sum + counts[name], 0);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// YAML entries: audiences, problems, alliances, people, glossary.

function dataFiles(entries: number, random: Random): { files: CorpusFile[]; taxonomy: Taxonomy } {
  const problems = problemTopics(clamp(Math.round(entries / 250), 8, 40));
  const alliances = Array.from({ length: clamp(Math.round(entries / 2000), 2, 8) }, (_, index) => allianceName(index));
  const people = peopleNames(clamp(Math.round(entries / 20), 6, 800), random);
  const files: CorpusFile[] = [
    ...REQUIRED_AUDIENCES.map((id, index) => ({
      path: `audiences/${id}.yaml`,
      text: yamlFields({ label: AUDIENCE_LABELS[id], description: `Readers in the group "${AUDIENCE_LABELS[id]}".`, order: index + 1 }),
    })),
    ...problems.map((problem, index) => ({
      path: `problems/${problem.id}.yaml`,
      text: yamlFields({ title: problem.title, question: problem.question, description: `${problem.title} is one of the problems the districts study with their research partners.`, order: index + 1 }),
    })),
    ...alliances.map((name, index) => ({
      path: `alliances/${slugFromTitle(name)}.yaml`,
      text: yamlFields({
        name,
        districts: [`${placeName(index * 3)} Public Schools`, `${placeName(index * 3 + 1)} County Schools`],
        partners: [words.UNIVERSITIES[index % words.UNIVERSITIES.length]!],
        founded: 2008 + (index % 12),
        url: `https://example.org/${slugFromTitle(name)}`,
        description: `A research partnership between ${placeName(index * 3)} and its university partners.`,
      }),
    })),
    ...people.map((person) => ({
      path: `people/${person.id}.yaml`,
      text: yamlFields({ name: person.name, affiliation: person.affiliation, role: person.role }),
    })),
    ...words.GLOSSARY.map((term) => ({
      path: `glossary/${term.id}.yaml`,
      text: yamlFields({ term: term.term, aliases: term.aliases, definition: term.definition }),
    })),
  ];
  return {
    files,
    taxonomy: { problems: problems.map((problem) => problem.id), alliances: alliances.map((name) => slugFromTitle(name)), people: people.map((person) => person.id) },
  };
}

const AUDIENCE_LABELS: Record<(typeof REQUIRED_AUDIENCES)[number], string> = {
  'district-staff': 'District staff',
  researchers: 'Researchers',
  community: 'Families and community',
};

function problemTopics(count: number): { id: string; title: string; question: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const topic = words.PROBLEM_TOPICS[index % words.PROBLEM_TOPICS.length]!;
    const round = Math.floor(index / words.PROBLEM_TOPICS.length);
    const title = round === 0 ? topic.title : `${topic.title} ${words.GRADE_BANDS[(round - 1) % words.GRADE_BANDS.length]}`;
    return { id: slugFromTitle(title), title, question: topic.question };
  });
}

function allianceName(index: number): string {
  return `${placeName(index * 3)} Research Alliance`;
}

function peopleNames(count: number, random: Random): { id: string; name: string; affiliation: string; role: string }[] {
  const seen = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const name = `${words.FIRST_NAMES[index % words.FIRST_NAMES.length]} ${words.LAST_NAMES[Math.floor(index / words.FIRST_NAMES.length) % words.LAST_NAMES.length]}`;
    let id = slugFromTitle(name);
    if (seen.has(id)) id = `${id}-${index}`;
    seen.add(id);
    return { id, name, affiliation: random.pick(words.UNIVERSITIES), role: random.pick(words.ROLES) };
  });
}

/** "Ashbrook", "Cedaringhill": the n-th of 2,304 place names, then numbered. */
function placeName(index: number): string {
  const { NAME_STARTS: starts, NAME_MIDDLES: middles, NAME_ENDS: ends } = words;
  const combos = starts.length * middles.length * ends.length;
  const start = starts[index % starts.length]!;
  const middle = middles[Math.floor(index / starts.length) % middles.length]!;
  const end = ends[Math.floor(index / (starts.length * middles.length)) % ends.length]!;
  return index < combos ? `${start}${middle}${end}` : `${start}${middle}${end} ${Math.floor(index / combos) + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Planning MDX entries: ids, titles, languages and states, before any entry links to another.

function planCollection(collection: CorpusCollection, count: number, random: Random): Plan[] {
  const plans: Plan[] = [];
  /** English entries not yet translated: each original gets at most one Spanish version. */
  const untranslated: Plan[] = [];
  for (let index = 0; index < count; index++) {
    // The first of each kind is always public and English: the first brief is the sample page.
    const status = index === 0 ? 'published' : pickStatus(random);
    if (index > 0 && untranslated.length > 0 && random.chance(TRANSLATION_SHARE)) {
      const [original] = untranslated.splice(random.int(0, untranslated.length - 1), 1);
      const title = `${capitalize(random.pick(words.SPANISH_PROGRAMS))} en ${original!.words.place}: lo que aprendimos`;
      plans.push({ collection, id: `${original!.id}-es`, title, lang: 'es', translationOf: original!.id, status, words: original!.words });
      continue;
    }
    const slots = slotsFor(random);
    const title = titleFor(collection, slots, random);
    const plan: Plan = { collection, id: `${slugFromTitle(title, 50)}-${index + 1}`, title, lang: 'en', status, words: slots };
    plans.push(plan);
    untranslated.push(plan);
  }
  return plans;
}

function slotsFor(random: Random): Slots {
  const place = placeName(random.int(0, 2303));
  return {
    program: random.pick(words.PROGRAMS),
    outcome: random.pick(words.OUTCOME_PHRASES),
    group: random.pick(words.GROUPS),
    place,
    school: `${place} ${random.pick(words.SCHOOL_KINDS)}`,
    year: random.int(2014, 2026),
  };
}

function pickStatus(random: Random): PlannedStatus {
  let roll = random.int(1, 100);
  for (const { status, weight } of STATUS_WEIGHTS) {
    if (roll <= weight) return status;
    roll -= weight;
  }
  return 'published';
}

/** Titles stay within the model's 140 characters; a long combination gets the short form. */
function titleFor(collection: CorpusCollection, slots: Slots, random: Random): string {
  const title = longTitle(collection, slots, random);
  return title.length <= 140 ? title : `${capitalize(slots.program)} and ${slots.outcome} in ${slots.place}`;
}

function longTitle(collection: CorpusCollection, slots: Slots, random: Random): string {
  const program = capitalize(slots.program);
  switch (collection) {
    case 'briefs':
      return `${program} ${random.pick(['raised', 'changed little in', 'improved', 'did not change', 'lifted'])} ${slots.outcome} for ${slots.group} in ${slots.place}`;
    case 'findings':
      return `${program} is linked to ${random.pick(['better', 'slightly better', 'no clear change in'])} ${slots.outcome} for ${slots.group}`;
    case 'challenges':
      return random.pick([
        `When results disappoint: ${slots.program} in ${slots.place}`,
        `Keeping trust in ${slots.place} when leaders change`,
        `From presenting findings to changing practice in ${slots.place}`,
        `Families at the table in ${slots.place}`,
        `Three calendars, one study of ${slots.outcome}`,
      ]);
    case 'events':
      return random.pick([
        `${slots.place} community forum: ${slots.program}`,
        `Research exchange on ${slots.outcome}, ${slots.year}`,
        `Family night at ${slots.school}`,
        `Workshop for principals: ${slots.program}`,
      ]);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing MDX entries.

interface Context {
  random: Random;
  taxonomy: Taxonomy;
  byCollection: Map<CorpusCollection, Plan[]>;
  all: Plan[];
}

function writeEntry(plan: Plan, context: Context): string {
  const { random, taxonomy } = context;
  const fields: Record<string, unknown> = {
    title: plan.title,
    summary: plan.lang === 'es' ? spanishParagraph(plan.words, random, 2) : summaryFor(plan, random),
    audiences: random.some(REQUIRED_AUDIENCES, random.int(1, 3)),
    problems: random.some(taxonomy.problems, random.chance(0.7) ? 1 : 2),
    alliance: random.pick(taxonomy.alliances),
    ...statusFields(plan.status),
    ...(plan.lang === 'es' ? { lang: 'es', translationOf: plan.translationOf } : {}),
  };
  const own = KIND_FIELDS[plan.collection](plan, context);
  const related = relatedRefs(plan, context);
  const frontMatter = yamlFields({ ...fields, ...own.fields, ...(related.length ? { related } : {}) });
  return `---\n${frontMatter}---\n\n${plan.lang === 'es' ? spanishBody(plan.words, random) : own.body}`;
}

function statusFields(status: PlannedStatus): Record<string, unknown> {
  if (status === 'embargoed-future') return { status: 'embargoed', embargoUntil: '2026-09-01T09:00:00-05:00' };
  if (status === 'embargoed-past') return { status: 'embargoed', embargoUntil: '2026-01-15T09:00:00-06:00' };
  return status === 'published' ? {} : { status };
}

type KindWriter = (plan: Plan, context: Context) => { fields: Record<string, unknown>; body: string };

const KIND_FIELDS: Record<CorpusCollection, KindWriter> = {
  briefs: (plan, { random, taxonomy, byCollection }) => {
    const published = randomDay(random, 2016, 2026);
    const evidence = plan === byCollection.get('briefs')![0] || random.chance(0.8) ? evidenceFields(random) : undefined;
    return {
      fields: {
        published,
        ...(random.chance(0.3) ? { updated: addDays(published, random.int(5, 60)) } : {}),
        authors: random.some(taxonomy.people, random.int(1, 4)),
        keyFindings: random.some(words.FINDING_SENTENCES, random.int(2, 5)).map((sentence) => fill(sentence, plan.words, random)),
        ...(evidence ? { evidence } : {}),
        ...(random.chance(0.6) ? { doi: `10.99999/bench.${plan.words.year}.${plan.id.split('-').at(-1)}` } : {}),
      },
      body: briefBody(plan.words, random),
    };
  },
  findings: (plan, { random, byCollection }) => ({
    fields: {
      published: randomDay(random, 2016, 2026),
      sources: random.some(byCollection.get('briefs')!, random.int(1, 2)).map((brief) => brief.id),
      evidence: evidenceFields(random),
      implications: random.some(words.MEANING_SENTENCES, random.int(1, 3)).map((sentence) => fill(sentence, plan.words, random)),
    },
    body: findingBody(plan.words, random),
  }),
  challenges: (plan, { random }) => ({
    fields: {
      published: randomDay(random, 2016, 2026),
      challenge: random.pick(CHALLENGE_KINDS),
      stakeholders: random.some(['researchers', 'district', 'schools', 'community', 'funders'], random.int(1, 3)),
      strategies: random.some(words.CHALLENGE_SENTENCES, random.int(1, 3)).map((sentence) => fill(sentence, plan.words, random)),
    },
    body: challengeBody(plan.words, random),
  }),
  events: (plan, { random, taxonomy, byCollection }) => {
    const day = randomDay(random, 2016, 2027);
    const format = random.pick(['in-person', 'online', 'hybrid'] as const);
    const url = `https://example.org/events/${plan.id}`;
    const discussed = [...random.some(byCollection.get('briefs')!, random.int(0, 2)), ...random.some(byCollection.get('findings')!, random.int(0, 1))];
    return {
      fields: {
        start: `${day}T18:00:00-06:00`,
        end: `${day}T20:00:00-06:00`,
        timezone: 'America/Chicago',
        format,
        ...(format === 'online' ? {} : { venue: { name: `${plan.words.school}, library`, address: `${random.int(10, 999)} Main Street, ${plan.words.place}` } }),
        ...(format === 'in-person' ? {} : { onlineUrl: `${url}/live` }),
        languages: random.chance(0.5) ? ['es'] : [],
        accessibility: 'Live captions. Sign language interpreters on request. Step-free entrance and free childcare.',
        registration: `${url}/register`,
        presenters: random.some(taxonomy.people, random.int(1, 3)),
        materials: [
          { label: 'Slides', href: `${url}/slides.pdf` },
          ...discussed.map((target) => ({ label: target.title.slice(0, 100), collection: target.collection, id: target.id })),
        ],
      },
      body: eventBody(plan.words, random),
    };
  },
};

/** Links to other entries of any kind; some point at drafts, which the build must drop. */
function relatedRefs(plan: Plan, { random, all }: Context): { collection: CorpusCollection; id: string }[] {
  return random
    .some(all, random.int(0, 3))
    .filter((other) => other.id !== plan.id || other.collection !== plan.collection)
    .map((other) => ({ collection: other.collection, id: other.id }));
}

/** An evidence block the schema accepts: the effect inside its interval, no claim above the computed tier. */
export function evidenceFields(random: Random): Evidence {
  const design = random.pick(DESIGNS);
  const outcome = random.chance(0.75) ? random.pick(OUTCOMES.slice(0, 4)) : random.pick(OUTCOMES);
  const evidence: Evidence = { design, outcome, sample: { students: random.int(40, 6000), schools: random.int(1, 40) } };
  if (design !== 'qualitative' && design !== 'descriptive') {
    const size = random.int(-10, 45);
    const half = random.int(3, 15);
    const significant = size - half > 0 || size + half < 0;
    evidence.effect = {
      size: size / 100,
      ciLow: (size - half) / 100,
      ciHigh: (size + half) / 100,
      significant,
      direction: size > 2 ? 'positive' : size < -2 ? 'negative' : 'none',
    };
  }
  if (design === 'correlational') evidence.statisticalControls = random.chance(0.6);
  if (random.chance(0.03)) evidence.overridingNegative = true;
  if (random.chance(0.6)) evidence.logicModel = true;
  const tier = tierOf(evidence);
  // An author may claim the computed tier, never more (the check fails a stronger claim).
  if (tier !== 'none' && random.chance(0.3)) evidence.claimedTier = tier;
  return evidence;
}

function summaryFor(plan: Plan, random: Random): string {
  const { program, group, outcome, place } = plan.words;
  return [
    `In ${place}, ${group} took part in ${program}.`,
    random.pick(['We compared them with similar students.', 'We looked at what changed over one year.', 'We asked staff and families what they saw.']),
    `We looked at ${outcome}.`,
    random.pick(['The results were good.', 'The results were mixed.', 'We did not find a clear change.']),
  ].join(' ');
}

function briefBody(slots: Slots, random: Random): string {
  return [
    `## Why ${slots.place} asked this question`,
    paragraph(words.CONTEXT_SENTENCES, slots, random, 4),
    paragraph(words.CONTEXT_SENTENCES, slots, random, 3),
    '## How the study worked',
    paragraph(words.METHOD_SENTENCES, slots, random, 4),
    ...(random.chance(0.35) ? [countTable(random)] : []),
    paragraph(words.METHOD_SENTENCES, slots, random, 3),
    '## What we found',
    paragraph(words.FINDING_SENTENCES, slots, random, 4),
    bulletList(words.FINDING_SENTENCES, slots, random, 3),
    `## What this means for ${slots.place}`,
    paragraph(words.MEANING_SENTENCES, slots, random, 4),
    '## What this study cannot tell us',
    paragraph(words.LIMIT_SENTENCES, slots, random, 2),
  ].join('\n\n') + '\n';
}

function findingBody(slots: Slots, random: Random): string {
  return [
    '## The claim',
    paragraph(words.FINDING_SENTENCES, slots, random, 3),
    '## The evidence',
    paragraph(words.METHOD_SENTENCES, slots, random, 4),
    '## What to keep in mind',
    paragraph(words.LIMIT_SENTENCES, slots, random, 2),
  ].join('\n\n') + '\n';
}

function challengeBody(slots: Slots, random: Random): string {
  return [
    '## What happened',
    paragraph(words.CHALLENGE_SENTENCES, slots, random, 4),
    '## Why it mattered',
    paragraph(words.CONTEXT_SENTENCES, slots, random, 3),
    '## What the partnership did',
    paragraph(words.CHALLENGE_SENTENCES, slots, random, 4),
    '## What we learned',
    paragraph(words.MEANING_SENTENCES, slots, random, 3),
  ].join('\n\n') + '\n';
}

function eventBody(slots: Slots, random: Random): string {
  return [
    paragraph(words.EVENT_SENTENCES, slots, random, 3),
    '## What we will talk about',
    bulletList(words.FINDING_SENTENCES, slots, random, 3),
    '## Practical details',
    paragraph(words.EVENT_SENTENCES, slots, random, 3),
  ].join('\n\n') + '\n';
}

function spanishBody(slots: Slots, random: Random): string {
  return ['## Por qué lo estudiamos', spanishParagraph(slots, random, 4), '## Lo que encontramos', spanishParagraph(slots, random, 4), '## Lo que no sabemos', spanishParagraph(slots, random, 2)].join('\n\n') + '\n';
}

function spanishParagraph(slots: Slots, random: Random, count: number): string {
  return paragraph(words.SPANISH_SENTENCES, { ...slots, program: random.pick(words.SPANISH_PROGRAMS) }, random, count);
}

/** Sentences drawn without repeats, so no paragraph says the same thing twice. */
function paragraph(sentences: readonly string[], slots: Slots, random: Random, count: number): string {
  return random.some(sentences, count).map((sentence) => fill(sentence, slots, random)).join(' ');
}

function bulletList(sentences: readonly string[], slots: Slots, random: Random, count: number): string {
  return random.some(sentences, count).map((sentence) => `- ${fill(sentence, slots, random)}`).join('\n');
}

/**
 * A count table that keeps the small-count rule: counts of 10 or more with a total row, or
 * small counts withheld as `\<10` in a table without a total (nothing to subtract from).
 */
function countTable(random: Random): string {
  const withheld = random.chance(0.25);
  const rows = ['Program group', 'Comparison group', 'Waiting list'].map((label) => ({ label, count: random.int(12, 900) }));
  const lines = ['| Group | Students (n) | Share who met the goal |', '|---|---|---|'];
  rows.forEach((row, index) => {
    const count = withheld && index > 0 ? '\\<10' : row.count.toLocaleString('en-US');
    lines.push(`| ${row.label} | ${count} | ${random.int(20, 80)}% |`);
  });
  if (!withheld) lines.push(`| All students | ${rows.reduce((sum, row) => sum + row.count, 0).toLocaleString('en-US')} | ${random.int(20, 80)}% |`);
  return lines.join('\n');
}

/** Fills `{slot}` marks; `{Group}` is the capitalized slot, numbers are drawn fresh. */
function fill(template: string, slots: Slots, random: Random): string {
  const effect = random.int(5, 40);
  const numbers: Record<string, string> = {
    year: String(slots.year),
    students: random.int(120, 6000).toLocaleString('en-US'),
    schools: String(random.int(2, 40)),
    effect: (effect / 100).toFixed(2),
    ciLow: ((effect - 8) / 100).toFixed(2),
    ciHigh: ((effect + 8) / 100).toFixed(2),
    months: String(random.int(2, 5)),
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const value = numbers[key] ?? String(slots[key as keyof Slots] ?? name);
    return name === key ? value : capitalize(value);
  });
}

// ---------------------------------------------------------------------------------------------
// Measures: a YAML file and its CSV each.

/** One measure per this many entries: 500 at 10,000, a large network's share. */
const ENTRIES_PER_MEASURE = 20;
/** Points in each measure's series (across its sites, for a measure with a site column). */
export const MEASURE_POINTS = 48;
const MEASURE_SITES = ['North High School', 'South High School', 'East High School', 'West High School'];
const MEASURE_SUBJECTS = ['Students on track', 'Families reached within a week', 'Failing grades reviewed', 'Catch-up plans in place', 'Days to the first call home', 'Teacher hours in meetings'];

export function measureCount(entries: number): number {
  return Math.max(1, Math.round(entries / ENTRIES_PER_MEASURE));
}

/**
 * Measures in the content model: half run charts, half XmR; one in five with a site column (four
 * series of twelve months), one in four with a phase, one in three with counts (a few withheld),
 * some with a target, 5% in Spanish too and 5% in draft. Monthly data ending at BENCH_NOW.
 */
function measureFiles(count: number, random: Random, taxonomy: Taxonomy): { files: CorpusFile[]; count: number } {
  const files: CorpusFile[] = [];
  for (let index = 0; index < count; index++) {
    const subject = MEASURE_SUBJECTS[index % MEASURE_SUBJECTS.length]!;
    const id = `${slugFromTitle(subject)}-${index + 1}`;
    const sites = random.chance(0.2);
    const chart = index % 2 === 0 ? 'run' : 'xmr';
    const months = monthsBefore(BENCH_NOW, sites ? MEASURE_POINTS / MEASURE_SITES.length : MEASURE_POINTS);
    const phased = !sites && random.chance(0.25);
    const settings: Record<string, unknown> = {
      kind: random.pick(['outcome', 'process', 'process', 'balancing'] as const),
      definition: `${subject}, out of all the students it could count, in the network's schools each month.`,
      unit: '%',
      better: 'higher',
      chart,
      ...(sites ? {} : { baselinePoints: 12 }),
      ...(phased ? { phases: [{ from: months[MEASURE_POINTS / 2]!, label: 'Weekly huddles in every team' }] } : {}),
      ...(random.chance(0.3) ? { target: random.int(60, 90) } : {}),
    };
    const common = {
      audiences: random.some(REQUIRED_AUDIENCES, random.int(1, 3)),
      problems: [random.pick(taxonomy.problems)],
      alliance: random.pick(taxonomy.alliances),
      ...(random.chance(0.05) ? { status: 'draft' } : {}),
      published: randomDay(random, 2024, 2026),
    };
    files.push({
      path: `measures/${id}.yaml`,
      text: yamlFields({ title: `${subject} (${index + 1})`, summary: `How many ${subject.toLowerCase()}, month by month.`, ...common, ...settings }),
    });
    files.push({ path: `measures/${id}.csv`, text: measureCsv(months, sites, random.chance(1 / 3), random) });
    if (random.chance(0.05)) {
      files.push({
        path: `measures/${id}-es.yaml`,
        text: yamlFields({
          title: `Medida ${index + 1} de la red`,
          summary: 'Cuántos estudiantes, mes a mes.',
          ...common,
          lang: 'es',
          translationOf: id,
          ...settings,
          definition: 'Estudiantes contados, entre todos los que podrían contarse, cada mes.',
        }),
      });
    }
  }
  return { files, count };
}

/** A level with noise, and in a third of them a shift halfway, as real change looks. */
function measureCsv(months: readonly string[], sites: boolean, counts: boolean, random: Random): string {
  const rows = [`date,value${counts ? ',n' : ''}${sites ? ',site' : ''}`];
  for (const site of sites ? MEASURE_SITES : [undefined]) {
    const level = random.int(30, 70);
    const shift = random.chance(1 / 3) ? random.int(5, 15) : 0;
    months.forEach((month, index) => {
      const value = (level + (index >= months.length / 2 ? shift : 0) + random.int(-50, 50) / 10).toFixed(1);
      // About one month in twenty-five counts fewer than 10 people, and is withheld.
      const n = random.chance(0.04) ? random.int(1, 9) : random.int(10, 400);
      rows.push(`${month},${value}${counts ? `,${n}` : ''}${site ? `,${site}` : ''}`);
    });
  }
  return `${rows.join('\n')}\n`;
}

/** `count` first days of the month, in order, the last one the month of `now`. */
function monthsBefore(now: string, count: number): string[] {
  const end = new Date(now);
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (count - 1 - index), 1)).toISOString().slice(0, 10),
  );
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

function randomDay(random: Random, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 4, 31);
  return new Date(start + random.int(0, Math.floor((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
