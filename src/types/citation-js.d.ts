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

  /** Plugin configuration; `@csl` holds the styles and locales @citation-js/plugin-csl ships (XML text). */
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Map<string, string>; locales: Map<string, string> };
    };
  };

  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'ris' | 'bibliography' | 'data', options?: FormatOptions): string;
  }
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';

/** citeproc-js, the CSL processor under @citation-js/plugin-csl: the part toApa drives directly. */
declare module 'citeproc' {
  import type { CslItem } from '@citation-js/core';

  export interface Sys {
    retrieveLocale(name: string): string;
    retrieveItem(id: string): CslItem;
  }

  export class Engine {
    constructor(sys: Sys, style: string, lang: string, forceLang: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): string[];
    /** `[formatting parameters, one string per entry]`. */
    makeBibliography(): [Record<string, unknown>, string[]];
  }

  const CSL: { Engine: typeof Engine };
  export default CSL;
}
