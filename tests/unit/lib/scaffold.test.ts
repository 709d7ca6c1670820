import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ALL_COLLECTIONS, COLLECTION_EXTENSION } from '../../../src/lib/collections.ts';
import { createSchemas, type SchemaContext } from '../../../src/schemas/index.ts';
import {
  KIND_COLLECTION,
  ONLINE_URL_PLACEHOLDER,
  PLACEHOLDER_DRIVERS,
  SCAFFOLD_KINDS,
  UsageError,
  addDays,
  choiceFields,
  describeChoice,
  entryId,
  invalidChoices,
  nextSteps,
  parseNewArgs,
  renderEntry,
  scaffoldPath,
  titleProblems,
  utcOffsetAt,
  wallTimeWithOffset,
  type ScaffoldInput,
  type ScaffoldKind,
} from '../../../src/lib/scaffold.ts';
import { formatEntry } from '../../../src/lib/entry-layout.ts';

/** The front matter of a generated file, as YAML data (dates kept as text, like the check). */
function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return yaml.load(match[1]!, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
}

/** A generated file's fields: an MDX entry's front matter, or a YAML entry whole. */
function fieldsOf(kind: ScaffoldKind, text: string): Record<string, unknown> {
  return YAML_KINDS.includes(kind) ? (yaml.load(text, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>) : frontMatter(text);
}

const YAML_KINDS: readonly ScaffoldKind[] = ['aim', 'cluster'];

const common = { alliance: ['riverbend'], audiences: ['district-staff', 'community'], problems: ['attendance'] };

describe('parseNewArgs', () => {
  it('reads the kind, text flags, and repeated or comma-separated choices', () => {
    const args = parseNewArgs([
      'brief',
      '--title',
      'A title',
      '--author',
      'ana',
      '--author',
      'ben, cy',
      '--content',
      'x',
    ]);
    expect(args.kind).toBe('brief');
    expect(args.text).toEqual({ title: 'A title', content: 'x' });
    expect(args.choices.get('author')).toEqual(['ana', 'ben', 'cy']);
  });

  it('recognizes --help', () => {
    expect(parseNewArgs(['--help']).help).toBe(true);
  });

  it('rejects an unknown flag with a suggestion', () => {
    expect(() => parseNewArgs(['brief', '--autor', 'ana'])).toThrow(
      new UsageError('Unknown option --autor (did you mean author?). Run with --help for usage.'),
    );
  });

  it('rejects a flag without a value, and a second bare word', () => {
    expect(() => parseNewArgs(['brief', '--title'])).toThrow('--title needs a value.');
    expect(() => parseNewArgs(['brief', 'Summer', 'bridge'])).toThrow(/Unexpected argument "Summer"/);
  });
});

describe('choiceFields', () => {
  it.each([
    ['brief', ['alliance', 'audiences', 'problems', 'authors']],
    ['finding', ['alliance', 'audiences', 'problems', 'sources', 'design', 'outcome']],
    ['challenge', ['alliance', 'audiences', 'problems', 'challenge']],
    ['event', ['alliance', 'audiences', 'problems', 'presenters']],
    ['aim', ['alliance', 'audiences', 'problems', 'measures']],
    ['change-idea', ['alliance', 'audiences', 'problems', 'findings']],
    ['cycle', ['alliance', 'audiences', 'problems', 'changeIdea', 'measures', 'people']],
    ['cluster', ['alliance', 'audiences', 'problems', 'aim', 'driver', 'members', 'chairs']],
  ] as const)('asks a %s for %o', (kind, fields) => {
    expect(choiceFields(kind).map((choice) => choice.field)).toEqual(fields);
  });

  it('requires everything but presenters', () => {
    expect(
      choiceFields('event')
        .filter((choice) => !choice.required)
        .map((choice) => choice.field),
    ).toEqual(['presenters']);
  });
});

describe('describeChoice and invalidChoices', () => {
  const authors = choiceFields('brief').find((choice) => choice.field === 'authors')!;
  const alliance = choiceFields('brief').find((choice) => choice.field === 'alliance')!;

  it('names the field, the flag and the valid ids', () => {
    expect(describeChoice(authors, ['ana-ruiz', 'ben-li'])).toBe(
      'authors: give --author (repeatable); valid values: ana-ruiz, ben-li',
    );
  });

  it('says where to add an entry when there is none to choose', () => {
    expect(describeChoice(alliance, [])).toBe(
      'alliance: give --alliance; valid values: none yet: add a file to content/alliances/ first',
    );
  });

  it('reports each unknown id with the nearest valid one', () => {
    expect(invalidChoices(authors, ['ana-ruiz', 'ben-lee'], ['ana-ruiz', 'ben-li'])).toEqual([
      'authors: "ben-lee" is not one of ana-ruiz, ben-li (did you mean ben-li?)',
    ]);
  });

  it('accepts only one value for a single choice', () => {
    expect(invalidChoices(alliance, ['a', 'b'], ['a', 'b'])).toEqual(['alliance: give one value, not 2']);
  });
});

describe('titleProblems and entryId', () => {
  it('makes the id from the title', () => {
    expect(entryId('Summer Bridge: a First Look!')).toBe('summer-bridge-a-first-look');
    expect(entryId('Anything', 'my-id')).toBe('my-id');
  });

  it('needs a title of at most 140 characters', () => {
    expect(titleProblems(undefined, '')).toEqual(['title: give --title "..." (required)']);
    expect(titleProblems('x'.repeat(141), 'x')).toEqual(['title: 141 characters; at most 140']);
    expect(titleProblems('A fine title', 'a-fine-title')).toEqual([]);
  });

  it('needs an id that is a valid file name', () => {
    expect(titleProblems('¿¡!?', '')).toEqual([
      'id: "" is not lowercase letters and digits joined by single hyphens; give --id my-entry-name',
    ]);
  });
});

describe('dates for event placeholders', () => {
  it('adds days across a month end', () => {
    expect(addDays('2026-06-28', 7)).toBe('2026-07-05');
  });

  it('names the offset in force at a moment', () => {
    expect(utcOffsetAt(new Date('2026-07-01T00:00:00Z'), 'America/Chicago')).toBe('-05:00');
    expect(utcOffsetAt(new Date('2026-12-01T00:00:00Z'), 'America/Chicago')).toBe('-06:00');
    expect(utcOffsetAt(new Date('2026-12-01T00:00:00Z'), 'Asia/Kolkata')).toBe('+05:30');
    expect(utcOffsetAt(new Date('2026-12-01T00:00:00Z'), 'UTC')).toBe('+00:00');
  });

  it.each([
    ['2026-06-08', 'America/Chicago', '2026-06-08T18:00:00-05:00'],
    ['2026-12-08', 'America/Chicago', '2026-12-08T18:00:00-06:00'],
    ['2026-11-01', 'America/Chicago', '2026-11-01T18:00:00-06:00'],
    ['2026-12-08', 'Europe/Madrid', '2026-12-08T18:00:00+01:00'],
  ])('writes 18:00 on %s in %s as %s', (day, zone, expected) => {
    const written = wallTimeWithOffset(day, '18:00', zone);
    expect(written).toBe(expected);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(
      new Date(written),
    );
    expect(local).toBe('18:00');
  });
});

describe('renderEntry', () => {
  const base = { title: 'Summer bridge: a "first" look', today: '2026-06-01' } satisfies Partial<ScaffoldInput>;

  it.each(SCAFFOLD_KINDS.filter((kind) => !YAML_KINDS.includes(kind)))('writes a %s draft with the shared fields and a body', (kind) => {
    const text = renderEntry({ ...base, kind, choices: common });
    const data = frontMatter(text);
    expect(data).toMatchObject({
      title: 'Summer bridge: a "first" look',
      audiences: ['district-staff', 'community'],
      problems: ['attendance'],
      alliance: 'riverbend',
      status: 'draft',
    });
    expect(String(data['summary'])).toMatch(/^TODO: /);
    expect(text.split(/^---$/m)[2]!.trim()).toMatch(/^(## )?\S/);
  });

  it('dates a brief today and lists its authors and one key finding', () => {
    const data = frontMatter(renderEntry({ ...base, kind: 'brief', choices: { ...common, authors: ['ana', 'ben'] } }));
    expect(data).toMatchObject({ published: '2026-06-01', authors: ['ana', 'ben'] });
    expect(data['keyFindings']).toHaveLength(1);
  });

  it('gives a finding its sources and evidence design and outcome', () => {
    const data = frontMatter(
      renderEntry({
        ...base,
        kind: 'finding',
        choices: { ...common, sources: ['b1'], design: ['rct'], outcome: ['student-achievement'] },
      }),
    );
    expect(data).toMatchObject({ sources: ['b1'], evidence: { design: 'rct', outcome: 'student-achievement' } });
  });

  it('gives a challenge note its challenge', () => {
    expect(
      frontMatter(renderEntry({ ...base, kind: 'challenge', choices: { ...common, challenge: ['alignment'] } })),
    ).toMatchObject({
      challenge: 'alignment',
      published: '2026-06-01',
    });
  });

  it('places an event a week ahead, 6 to 7:30 PM in Chicago, online with a placeholder link', () => {
    const data = frontMatter(renderEntry({ ...base, kind: 'event', choices: { ...common, presenters: ['ana'] } }));
    expect(data).toMatchObject({
      start: '2026-06-08T18:00:00-05:00',
      end: '2026-06-08T19:30:00-05:00',
      timezone: 'America/Chicago',
      format: 'online',
      onlineUrl: ONLINE_URL_PLACEHOLDER,
      presenters: ['ana'],
    });
  });

  it('takes the event day and zone from the author', () => {
    const data = frontMatter(
      renderEntry({ ...base, kind: 'event', choices: common, eventDay: '2027-02-11', timeZone: 'America/New_York' }),
    );
    expect(data).toMatchObject({ start: '2027-02-11T18:00:00-05:00', timezone: 'America/New_York' });
  });

  it.each(SCAFFOLD_KINDS)('writes a %s in the layout the browser editor keeps, without comments', (kind) => {
    const text = renderEntry({ ...base, kind, choices: common });
    expect(formatEntry(KIND_COLLECTION[kind], text)).toBe(text);
    expect(COLLECTION_EXTENSION[KIND_COLLECTION[kind]] === '.mdx' ? text.split(/^---$/m)[1] : text).not.toMatch(/^#/m);
  });

  it.each(SCAFFOLD_KINDS)('tells the author of a %s what to do next on the terminal', (kind) => {
    expect(nextSteps(kind)[0]).toBe('Next: replace the TODOs, then run npm run check. Every field is explained at /guide/.');
  });

  it('uses a given summary instead of the placeholder', () => {
    expect(
      frontMatter(renderEntry({ ...base, kind: 'brief', choices: common, summary: 'Plain words.' }))['summary'],
    ).toBe('Plain words.');
  });

  it.each(YAML_KINDS)('writes a %s as plain YAML, with no front matter and no body', (kind) => {
    const text = renderEntry({ ...base, kind, choices: common });
    expect(text).not.toMatch(/^---$/m);
    expect(fieldsOf(kind, text)).toMatchObject({ title: 'Summer bridge: a "first" look', status: 'draft', published: '2026-06-01' });
  });

  it('gives an aim its measures, a target on the first one a year ahead, and one placeholder driver of each kind', () => {
    const data = fieldsOf('aim', renderEntry({ ...base, kind: 'aim', choices: { ...common, measures: ['on-track', 'huddles'] } }));
    expect(data).toMatchObject({
      measures: ['on-track', 'huddles'],
      target: { measure: 'on-track', value: 0, by: '2027-06-01' },
      drivers: [{ id: PLACEHOLDER_DRIVERS.primary, secondary: [{ id: PLACEHOLDER_DRIVERS.secondary }] }],
    });
  });

  it('gives a cycle its change idea, site, start date and a prediction to write first', () => {
    const data = frontMatter(renderEntry({ ...base, kind: 'cycle', site: 'Millrace High School', choices: { ...common, changeIdea: ['grade-check'], people: ['ana'] } }));
    expect(data).toMatchObject({ changeIdea: 'grade-check', site: 'Millrace High School', started: '2026-06-01', people: ['ana'] });
    // An empty list is left out: the schema's default is the same empty list.
    expect(data).not.toHaveProperty('measures');
    expect(String(data['prediction'])).toMatch(/^TODO: /);
    expect(data).not.toHaveProperty('ended');
  });

  it('gives a cluster its aim, driver, members and chairs', () => {
    const data = fieldsOf('cluster', renderEntry({ ...base, kind: 'cluster', choices: { ...common, aim: ['on-track'], driver: ['early-response'], members: ['riverbend'], chairs: [] } }));
    expect(data).toMatchObject({ aim: 'on-track', driver: 'early-response', members: ['riverbend'] });
    expect(data).not.toHaveProperty('chairs');
  });

  it('writes aims and clusters as .yaml, the other kinds as .mdx', () => {
    expect(SCAFFOLD_KINDS.map((kind) => scaffoldPath(kind, 'x'))).toEqual([
      'briefs/x.mdx',
      'findings/x.mdx',
      'challenges/x.mdx',
      'events/x.mdx',
      'aims/x.yaml',
      'change-ideas/x.mdx',
      'cycles/x.mdx',
      'clusters/x.yaml',
    ]);
  });
});

describe('every kind of draft passes the schema it will be checked against', () => {
  /** Ids the choices below name, as the check would index them from files. */
  const ids: Record<string, string[]> = {
    alliances: ['riverbend'],
    audiences: ['district-staff', 'community'],
    problems: ['attendance'],
    people: ['ana'],
    briefs: ['summer-bridge'],
    measures: ['on-track'],
    'change-ideas': ['grade-check'],
    aims: ['on-track-aim'],
  };
  const schemas = createSchemas({
    ids: Object.fromEntries(ALL_COLLECTIONS.map((name) => [name, new Set(ids[name] ?? [])])) as unknown as SchemaContext['ids'],
    publicFileExists: () => false,
  });
  const choices: Record<ScaffoldKind, Record<string, string[]>> = {
    brief: { authors: ['ana'] },
    finding: { sources: ['summer-bridge'], design: ['rct'], outcome: ['student-achievement'] },
    challenge: { challenge: ['learning'] },
    event: { presenters: [] },
    aim: { measures: ['on-track'] },
    'change-idea': { findings: [] },
    cycle: { changeIdea: ['grade-check'], measures: ['on-track'], people: ['ana'] },
    cluster: { aim: ['on-track-aim'], driver: ['early-response'], members: ['riverbend'], chairs: ['ana'] },
  };

  it.each(SCAFFOLD_KINDS)('a %s', (kind) => {
    const text = renderEntry({ title: 'A new entry', today: '2026-06-01', kind, choices: { ...common, alliance: ['riverbend'], ...choices[kind] } });
    // Read as the check reads files: YAML without its timestamp type.
    const data = YAML_KINDS.includes(kind)
      ? yaml.load(text, { schema: yaml.CORE_SCHEMA })
      : yaml.load(/^---\n([\s\S]*?\n)---\n/.exec(text)![1]!, { schema: yaml.CORE_SCHEMA });
    const result = schemas[KIND_COLLECTION[kind]].safeParse(data);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });
});
