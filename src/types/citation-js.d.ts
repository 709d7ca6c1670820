/**
 * The small part of citation-js the portal uses. The packages ship no type declarations; the
 * plugins register their formats with the core when imported, for their side effects only.
 */
declare module '@citation-js/core' {
  export interface CslName {
    given?: string;
    family?: string;
    literal?: string;
  }

  /** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: CslName[];
    issued?: { 'date-parts': number[][] };
    DOI?: string;
    URL?: string;
    publisher?: string;
    language?: string;
    abstract?: string;
    [field: string]: unknown;
  }

  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
  }

  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'ris' | 'bibliography' | 'data', options?: FormatOptions): string;
  }
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
