/**
 * How a brief is cited: one CSL-JSON item, and from it BibTeX, RIS and APA text (all three
 * written by citation-js, never by hand, so escaping and name order follow each format's rules),
 * plus the Highwire Press meta tags and schema.org JSON-LD that reference managers and scholarly
 * search engines read from the page itself.
 */
import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { toIsoDay } from './dates.ts';
import { orcidUrl } from './orcid.ts';
import { splitPersonName } from './person-name.ts';

export interface CitationAuthor {
  name: string;
  /** Where the family name is not the last word of `name`: "Villanueva García". */
  familyName?: string | undefined;
  orcid?: string | undefined;
}

/** What a citation needs to know about a brief; URLs are absolute. */
export interface CitableBrief {
  id: string;
  title: string;
  summary?: string | undefined;
  authors: readonly CitationAuthor[];
  published: Date;
  updated?: Date | undefined;
  doi?: string | undefined;
  /** The brief's page. */
  url: string;
  pdfUrl?: string | undefined;
  /** The alliance that publishes the brief. */
  publisher: string;
  lang: string;
}

function dateParts(date: Date): number[] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** A brief as a CSL-JSON report: the one source every citation format is made from. */
export function toCslItem(brief: CitableBrief): CslItem {
  const item: CslItem = {
    id: brief.id,
    type: 'report',
    title: brief.title,
    author: brief.authors.map((author) => splitPersonName(author.name, author.familyName)),
    issued: { 'date-parts': [dateParts(brief.published)] },
    publisher: brief.publisher,
    URL: brief.url,
    language: brief.lang,
  };
  if (brief.doi) item.DOI = brief.doi;
  return item;
}

export function toBibtex(brief: CitableBrief): string {
  return `${new Cite(toCslItem(brief)).format('bibtex').trim()}\n`;
}

export function toRis(brief: CitableBrief): string {
  return `${new Cite(toCslItem(brief)).format('ris').trim()}\n`;
}

/** The CSL locales citation-js ships; other languages are cited with English conventions. */
const CSL_LOCALES: Record<string, string> = { en: 'en-US', es: 'es-ES', fr: 'fr-FR', de: 'de-DE', nl: 'nl-NL' };

export function cslLocale(lang: string): string {
  return CSL_LOCALES[lang.split('-')[0]!] ?? 'en-US';
}

/**
 * The one item id the CSL engine sees when writing APA text. citeproc remembers every id it has
 * formatted and walks that list on each call, so formatting each brief under its own id made
 * every brief slower than the last (a quadratic build). The id never appears in APA text; BibTeX
 * and RIS keep the brief's own id as their key.
 */
const APA_ITEM_ID = 'brief';

/** The APA 7 reference as plain text, in the brief's own language's conventions. */
export function toApa(brief: CitableBrief): string {
  return new Cite({ ...toCslItem(brief), id: APA_ITEM_ID })
    .format('bibliography', { format: 'text', template: 'apa', lang: cslLocale(brief.lang) })
    .trim();
}

export interface MetaTag {
  name: string;
  content: string;
}

/** `2026/01/15`: the date form Highwire Press tags (and Google Scholar) expect. */
export function highwireDate(date: Date): string {
  return toIsoDay(date).replaceAll('-', '/');
}

/**
 * "Villanueva García, Rosa": the family name first, as Google Scholar's guidelines prefer, so an
 * indexer never has to guess which words are the family name.
 */
function familyNameFirst(author: CitationAuthor): string {
  const name = splitPersonName(author.name, author.familyName);
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

/** Highwire Press `citation_*` meta tags, read by Google Scholar, Zotero and other tools. */
export function highwireTags(brief: CitableBrief): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: brief.title },
    ...brief.authors.map((author) => ({ name: 'citation_author', content: familyNameFirst(author) })),
    { name: 'citation_publication_date', content: highwireDate(brief.published) },
    { name: 'citation_publisher', content: brief.publisher },
    { name: 'citation_technical_report_institution', content: brief.publisher },
    { name: 'citation_language', content: brief.lang },
    { name: 'citation_abstract_html_url', content: brief.url },
  ];
  if (brief.doi) tags.push({ name: 'citation_doi', content: brief.doi });
  if (brief.pdfUrl) tags.push({ name: 'citation_pdf_url', content: brief.pdfUrl });
  return tags;
}

/** A schema.org `ScholarlyArticle`, with authors' ORCID iDs as `sameAs` links. */
export function scholarlyArticle(brief: CitableBrief): Record<string, unknown> {
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name: brief.title,
    headline: brief.title,
    author: brief.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.orcid ? { sameAs: orcidUrl(author.orcid) } : {}),
    })),
    datePublished: toIsoDay(brief.published),
    publisher: { '@type': 'Organization', name: brief.publisher },
    url: brief.url,
    inLanguage: brief.lang,
  };
  if (brief.summary) article['description'] = brief.summary;
  if (brief.updated) article['dateModified'] = toIsoDay(brief.updated);
  if (brief.doi) {
    article['identifier'] = {
      '@type': 'PropertyValue',
      propertyID: 'DOI',
      value: brief.doi,
      url: `https://doi.org/${brief.doi}`,
    };
  }
  if (brief.pdfUrl) {
    article['encoding'] = { '@type': 'MediaObject', contentUrl: brief.pdfUrl, encodingFormat: 'application/pdf' };
  }
  return article;
}

/**
 * JSON for a `<script type="application/ld+json">` block. A `<` in a title could otherwise close
 * the script element (`</script>`), so it is written as the JSON escape `\u003c`, which parses
 * back to the same text.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
