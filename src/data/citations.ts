/**
 * A brief as citation-js and reference managers need it: author names and ORCID iDs, the
 * alliance as publisher, absolute URLs. Pages and the .bib/.ris endpoints all start here.
 */
import type { APIRoute } from 'astro';
import { APA_WORKER_ENV, ApaReferences } from '../lib/apa-references.ts';
import { toApa, toBibtex, toRis, type CitableBrief } from '../lib/citation.ts';
import { absoluteUrl, entryUrl } from '../lib/collections.ts';
import { buildMode, taxonomyById, visibleEntries, type EntryOf } from './entries.ts';
import { requireSite } from './site.ts';

export type BriefEntry = EntryOf<'briefs'>;

export async function citableBrief(brief: BriefEntry, site: URL | undefined): Promise<CitableBrief> {
  const base = requireSite(site);
  const [people, alliances] = await Promise.all([taxonomyById('people'), taxonomyById('alliances')]);
  const { data } = brief;
  return {
    id: brief.id,
    title: data.title,
    summary: data.summary,
    authors: data.authors.map((id) => {
      const person = people.get(id)?.data;
      return { name: person?.name ?? id, familyName: person?.familyName, orcid: person?.orcid };
    }),
    published: data.published,
    updated: data.updated,
    doi: data.doi,
    url: absoluteUrl(entryUrl('briefs', brief.id, data.lang), base),
    pdfUrl: data.pdf ? absoluteUrl(data.pdf, base) : undefined,
    publisher: alliances.get(data.alliance)?.data.name ?? data.alliance,
    lang: data.lang,
  };
}

let buildReferences: Promise<ApaReferences> | undefined;

/**
 * A brief's APA reference. A build asks a worker thread for every brief's at the first request
 * (see ApaReferences); the dev server, which renders one page at a time, formats just the one.
 */
export async function apaReference(brief: BriefEntry, site: URL | undefined): Promise<string> {
  const workerFile = process.env[APA_WORKER_ENV];
  if (buildMode === 'dev' || !workerFile) return toApa(await citableBrief(brief, site));
  buildReferences ??= (async () => {
    const briefs = await Promise.all((await visibleEntries('briefs')).map((entry) => citableBrief(entry, site)));
    return new ApaReferences(briefs, workerFile);
  })();
  return (await buildReferences).get(brief.id);
}

/** `getStaticPaths` for `/briefs/<id>.bib` and `.ris`: every brief this build shows, every language. */
export async function citationPaths() {
  return (await visibleEntries('briefs')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const FORMATS = {
  bib: { write: toBibtex, contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { write: toRis, contentType: 'application/x-research-info-systems; charset=utf-8' },
} as const;

export type CitationFormat = keyof typeof FORMATS;

/** The GET handler of a citation download. */
export function citationEndpoint(format: CitationFormat): APIRoute<{ entry: BriefEntry }> {
  return async ({ props, site }) =>
    new Response(FORMATS[format].write(await citableBrief(props.entry, site)), {
      headers: { 'Content-Type': FORMATS[format].contentType },
    });
}

/** `/briefs/<id>.bib`, as content/README.md (section 5) names it, in every language. */
export function citationFileUrl(briefId: string, format: CitationFormat): string {
  return `/briefs/${briefId}.${format}`;
}
