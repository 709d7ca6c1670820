/**
 * content/README.md, the content reference: the prose of content-readme.md with its `{{marks}}`
 * filled from the code, the field tables from the zod schemas (src/schemas/describe.ts), the URL
 * table from the files of src/pages/. `npm run reference` writes it; a unit test compares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_COLLECTIONS,
  CHALLENGE_KINDS,
  DEFAULT_LANG,
  ENTRY_TYPE,
  PAGE_COLLECTIONS,
  MAX_SUMMARY_GRADE,
  REQUIRED_AUDIENCES,
  isEntryCollection,
} from '../../src/lib/collections.ts';
import {
  EXPERIMENTAL_DESIGNS,
  LEARNING_OUTCOMES,
  MIN_SITES,
  MIN_STUDENTS,
  QUASI_EXPERIMENTAL_DESIGNS,
  STUDENT_OUTCOMES,
} from '../../src/lib/evidence/rules.ts';
import { monthBands } from '../../src/lib/evidence/months.ts';
import { FEED_LENGTH } from '../../src/lib/feeds.ts';
import { MIN_USEFUL_POINTS } from '../../src/lib/measures/anhoej.ts';
import { LIMIT_FACTOR, TRIAL_BELOW_POINTS } from '../../src/lib/measures/xmr-limits.ts';
import { RUN_OF_POINTS } from '../../src/lib/measures/xmr-rules.ts';
import { STATUSES } from '../../src/lib/publishing.ts';
import { SEARCH_FILTERS } from '../../src/lib/search-record.ts';
import { PAGE_FOLDER, pageSizeOf } from '../../src/lib/pagination.ts';
import { SLUG_PATTERN } from '../../src/lib/slug.ts';
import { yamlInline } from '../../src/lib/yaml.ts';
import { ALLOWED_ELEMENTS, ALLOWED_URL_SCHEMES } from '../../src/plugins/safe-content.ts';
import { SMALL_COUNT_MAX, WITHHELD } from '../../src/plugins/small-counts.ts';
import { describeContentModel, ruleOf, type CollectionDoc, type ContentModelDoc, type FieldDoc } from '../../src/schemas/describe.ts';

export const TEMPLATE = 'scripts/reference/content-readme.md';
export const OUTPUT = 'content/README.md';

/** What the reference is generated from, read from the repository at `root`. */
export interface Sources {
  template: string;
  model: ContentModelDoc;
  /** Files under src/pages/, relative to it, with forward slashes. */
  pages: string[];
  /** Interface languages: the files of src/i18n/languages/. */
  languages: string[];
}

export function readSources(root: string): Sources {
  const pagesDir = path.join(root, 'src/pages');
  const pages = readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(pagesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const languages = readdirSync(path.join(root, 'src/i18n/languages'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length));
  return { template: readFileSync(path.join(root, TEMPLATE), 'utf8'), model: describeContentModel(), pages, languages };
}

export function renderContentReadme(sources: Sources): string {
  const { model } = sources;
  const marks: Record<string, string> = {
    'slug-pattern': SLUG_PATTERN.source,
    folders: folderTable(model.collections),
    'required-audiences': codeList(REQUIRED_AUDIENCES, 'and'),
    'challenge-kinds': codeList(CHALLENGE_KINDS, 'or'),
    'shared-fields': fieldTable(model.shared),
    'collection-fields': model.collections.map(collectionSection).join('\n\n'),
    blocks: model.blocks.map(blockSection).join('\n\n'),
    'student-outcomes': codeList(STUDENT_OUTCOMES, 'and'),
    'learning-outcomes': codeList(LEARNING_OUTCOMES, 'and'),
    'experimental-designs': codeList(EXPERIMENTAL_DESIGNS, 'or'),
    'quasi-experimental-designs': codeList(QUASI_EXPERIMENTAL_DESIGNS, 'or'),
    'min-students': MIN_STUDENTS.toLocaleString('en-US'),
    'min-sites': String(MIN_SITES),
    'month-bands': monthTable(),
    statuses: codeList(STATUSES, 'or'),
    languages: codeList(siteLanguages(sources.languages), 'and'),
    urls: urlTable(sources.pages),
    // Entries with pages: each has a record and an open-data line.
    'entry-types': codeList(PAGE_COLLECTIONS.map((collection) => ENTRY_TYPE[collection]), 'or'),
    'search-filters': codeList(SEARCH_FILTERS, 'and'),
    'feed-length': String(FEED_LENGTH),
    'max-summary-grade': String(MAX_SUMMARY_GRADE),
    'small-count-max': String(SMALL_COUNT_MAX),
    'min-useful-points': String(MIN_USEFUL_POINTS),
    'limit-factor': String(LIMIT_FACTOR),
    'trial-below-points': String(TRIAL_BELOW_POINTS),
    'run-of-points': String(RUN_OF_POINTS),
    withheld: WITHHELD,
    'allowed-elements': codeList(Object.entries(ALLOWED_ELEMENTS).map(([name, attributes]) => `<${name}${attributes.map((attribute) => ` ${attribute}`).join('')}>`), 'and'),
    'allowed-url-schemes': codeList(ALLOWED_URL_SCHEMES, 'or'),
  };
  const unused = new Set(Object.keys(marks));
  const text = sources.template.replace(/\{\{([a-z-]+)\}\}/g, (_, name: string) => {
    const value = marks[name];
    if (value === undefined) throw new Error(`${TEMPLATE}: no value for {{${name}}}`);
    unused.delete(name);
    return value;
  });
  if (unused.size) throw new Error(`${TEMPLATE}: never uses ${[...unused].map((name) => `{{${name}}}`).join(', ')}`);
  return `<!-- Written by npm run reference from ${TEMPLATE}, src/schemas/ and src/lib/: edit those, not this file. -->\n\n${text}`;
}

/** `a`, `b` and `c`, each in code. */
function codeList(values: readonly (string | number)[], last: 'and' | 'or'): string {
  const items = values.map((value) => `\`${value}\``);
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

function folderTable(collections: readonly CollectionDoc[]): string {
  return table(
    ['folder', 'kind', 'what it holds'],
    collections.map((collection) => [
      `\`content/${collection.name}/\``,
      collection.extension === '.mdx' ? 'MDX' : 'YAML',
      collection.description ?? '',
    ]),
  );
}

function fieldTable(fields: readonly FieldDoc[]): string {
  return table(
    ['field', 'type', 'rule', 'meaning'],
    fields.map((field) => [
      `\`${field.path}\``,
      field.block ? `${lowerFirst(field.block)} (section 3)` : field.type,
      ruleOf(field),
      [field.description ?? '', field.example === undefined ? '' : `Example: \`${yamlInline(field.example)}\``].filter(Boolean).join(' '),
    ]),
  );
}

function collectionSection(collection: CollectionDoc): string {
  const heading = `### \`content/${collection.name}/\``;
  const intro = [
    collection.description ?? '',
    `One ${collection.extension === '.mdx' ? 'MDX file (front matter, then the body in Markdown)' : 'YAML file'} per entry.`,
    collection.sharesEntryFields ? 'The fields every entry shares, and:' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [heading, intro, collection.fields.length ? fieldTable(collection.fields) : 'No fields of its own.'].join('\n\n');
}

function blockSection(block: { title: string; description?: string; fields: FieldDoc[] }): string {
  return [`### ${block.title}`, block.description ?? '', fieldTable(block.fields)].filter(Boolean).join('\n\n');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function monthTable(): string {
  return table(
    ['effect size', 'months of additional progress'],
    monthBands().map((band) => [band.to === undefined ? `${band.from} and above` : `${band.from} to ${band.to}`, String(band.months)]),
  );
}

/** The default language first, then the others as the site orders them (src/i18n/index.ts). */
function siteLanguages(languages: readonly string[]): string[] {
  return [DEFAULT_LANG, ...languages.filter((lang) => lang !== DEFAULT_LANG).sort()];
}

/** What each route is, by its URL; a route without a line here is listed with none. */
const ROUTE_NOTES: Record<string, string> = {
  '/': 'home, with a way in for each audience',
  '/404.html': 'the page for an address that does not exist',
  '/robots.txt': 'rules for search engines, with the sitemap',
  '/guide/': 'the authoring guide for researchers (English only)',
  '/search/': 'full-text search with filters; `?q=` fills in the query',
  '/glossary/': 'the glossary, one anchor per term: `/glossary/#<id>`',
  '/evidence/': 'how the portal rates evidence: tiers, months of progress, limits',
  '/improvement/': 'how the portal shows improvement work: aims, driver diagrams, PDSA cycles, what a status means, how to read a chart',
  '/rss.xml': 'the feed of everything new',
  '/problems/<id>/rss.xml': "one problem of practice's feed",
  '/api/entries.json': "every published entry's metadata (open data, below)",
  '/briefs/<id>.bib': "a brief's citation for BibTeX",
  '/briefs/<id>.ris': "a brief's citation for Zotero, EndNote or Mendeley",
  '/events.ics': 'every event, as one calendar',
  '/events/<id>.ics': 'one event, for a calendar',
  '/measures/<id>.csv': "a measure's published data, withheld values empty (section 8)",
  '/api/measures/<id>.json': "a measure's analysis, series by series and phase by phase (section 8)",
  '/challenges/<id>/': 'one challenge note',
  '/challenges/<kind>/': `the notes on one challenge: ${CHALLENGE_KINDS.map((kind) => `\`/challenges/${kind}/\``).join(', ')}`,
  '/problems/<id>/evidence/': "a problem's whole evidence table, strongest first, where it is longer than the problem's page shows",
};

function routeNote(url: string): string {
  if (ROUTE_NOTES[url] !== undefined) return ROUTE_NOTES[url];
  const [, folder, id] = /^\/([a-z-]+)\/(<id>\/)?$/.exec(url) ?? [];
  if (!folder || !(ALL_COLLECTIONS as readonly string[]).includes(folder)) return '';
  if (!id) return `the list of \`content/${folder}/\``;
  return isEntryCollection(folder) ? `one entry of \`content/${folder}/\`` : `one entry of \`content/${folder}/\`, with everything tagged with it`;
}

/**
 * `[...lang]/briefs/[id].astro` → `/briefs/<id>/`, in every language; `events.ics.ts` →
 * `/events.ics`; `[...lang]/briefs/[...page].astro` → `/briefs/`, a list in numbered pages.
 */
export function routeOf(page: string): { url: string; everyLanguage: boolean; paged?: true } {
  const everyLanguage = page.startsWith('[...lang]/');
  const file = everyLanguage ? page.slice('[...lang]/'.length) : page;
  const paged = /(^|\/)\[\.\.\.page\]\.astro$/.test(file);
  const isPage = file.endsWith('.astro');
  const withoutExtension = file
    .replace(/\[\.\.\.page\]\.astro$/, 'index')
    .replace(/\.(astro|ts)$/, '')
    .replace(/\[\.\.\.(\w+)\]/g, '<$1>')
    .replace(/\[(\w+)\]/g, '<$1>');
  if (!isPage) return { url: `/${withoutExtension}`, everyLanguage };
  if (withoutExtension === '404') return { url: '/404.html', everyLanguage };
  const folder = withoutExtension.replace(/(^|\/)index$/, '');
  const url = folder ? `/${folder}/` : '/';
  return paged ? { url, everyLanguage, paged } : { url, everyLanguage };
}

/** A list in numbered pages says where its later pages are (src/lib/pagination.ts). */
function withPages(note: string, route: { url: string; paged?: true }): string {
  if (!route.paged) return note;
  const pages = `${pageSizeOf(route.url)} to a page, the first at this URL, then \`${route.url}${PAGE_FOLDER}/2/\`...`;
  return note ? `${note}; ${pages}` : pages;
}

function urlTable(pages: readonly string[]): string {
  const routes = pages.map(routeOf).sort((a, b) => a.url.localeCompare(b.url));
  return table(
    ['URL', 'languages', 'what it is'],
    routes.map((route) => [`\`${route.url}\``, route.everyLanguage ? 'every language' : 'one', withPages(routeNote(route.url), route)]),
  );
}
