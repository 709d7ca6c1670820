import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import type { Plugin } from 'unified';
import { DEFAULT_LANG, glossaryUrl } from '../lib/collections.ts';

/**
 * Glossary terms linked in the text: the first use of each term (or one of its aliases) in an
 * entry body becomes a link to `/glossary/#<id>` with the definition beside it, so a reader who
 * meets "effect size" can read what it means without leaving the page.
 *
 * Terms are matched by language: a document whose front matter says `lang: es` gets only the
 * terms with `lang: es`, linked to `/es/glossary/#<id>`, and an English document (no `lang`, or
 * `lang: en`) only the English ones, so no page explains a word in a language it is not written in.
 * The adapters choose the terms (`termsInLanguage`); `linkGlossaryTerms` links whatever it is given.
 *
 * The rules live in one pure function over mdast (`linkGlossaryTerms`) that says what to
 * replace; the build runs it through Sätteri (`satteriGlossaryLinks`) and tools outside the build
 * through unified (`remarkGlossaryLinks`). Both render the same markup:
 *
 *   <span class="glossary-term"><a href="/glossary/#effect-size"
 *   aria-describedby="glossary-def-effect-size">effect size</a><span class="glossary-definition"
 *   role="tooltip" id="glossary-def-effect-size">Effect size: How big ...</span></span>
 */

/** One entry of content/glossary/: `effect-size.yaml` has the id `effect-size`. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
  /** BCP 47 tag of the term's language (`en` when the file gives none). */
  lang: string;
}

/** What Sätteri and mdast-util-to-hast read to turn a node into an element. */
interface ElementHints {
  hName?: string;
  hProperties: Record<string, string | string[]>;
}

/** The `<a>` inside a linked term: an ordinary mdast link, plus its `aria-describedby`. */
export interface GlossaryLinkNode extends Link {
  data: ElementHints;
}

/** The tooltip `<span>` holding "Term: definition". */
export interface GlossaryDefinitionNode extends Parent {
  type: 'glossaryDefinition';
  data: ElementHints;
  children: [Text];
}

/** The wrapping `<span class="glossary-term">`; a custom node, so no later pass mistakes it for text. */
export interface GlossaryTermNode extends Parent {
  type: 'glossaryTerm';
  data: ElementHints;
  children: [GlossaryLinkNode, GlossaryDefinitionNode];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    glossaryTerm: GlossaryTermNode;
  }
  interface RootContentMap {
    glossaryTerm: GlossaryTermNode;
    glossaryDefinition: GlossaryDefinitionNode;
  }
}

/** A text node to swap for the same words with the terms in it linked. */
export interface GlossaryReplacement {
  parent: Parent;
  text: Text;
  replacement: PhrasingContent[];
}

/** Terms ready to match: built once per build, used for every document. */
export interface CompiledGlossary {
  /** Every term and alias, longest first, whole words, any case. */
  pattern: RegExp;
  /** Lowercased phrase with single spaces → its term. */
  termOf: Map<string, GlossaryTerm>;
}

/** Letters, digits or `_` right before or after a phrase mean it is part of a longer word. */
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';

/**
 * Node types whose text is never linked: a link inside a heading, a link, code or raw markup
 * would be invalid or unreadable. MDX attributes are not children, so they are never walked.
 */
const SKIPPED_TYPES = new Set<string>([
  'heading',
  'link',
  'linkReference',
  'definition',
  'inlineCode',
  'code',
  'html',
  'image',
  'imageReference',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'glossaryTerm',
]);

/** JSX elements that are links, headings or code in HTML terms: the same rule as above. */
const SKIPPED_JSX_NAMES = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** One pattern for all terms, so each text node is scanned once however long the glossary. */
export function compileGlossary(terms: readonly GlossaryTerm[]): CompiledGlossary {
  const termOf = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    for (const phrase of [term.term, ...term.aliases]) {
      const key = normalizePhrase(phrase);
      if (key && !termOf.has(key)) termOf.set(key, term);
    }
  }
  const phrases = [...termOf.keys()].sort((a, b) => b.length - a.length).map(phrasePattern);
  // A pattern that never matches keeps an empty glossary on the same code path.
  const alternatives = phrases.length ? phrases.join('|') : '(?!)';
  return { pattern: new RegExp(`${WORD_START}(?:${alternatives})${WORD_END}`, 'giu'), termOf };
}

/**
 * What to replace so that the first use of each term in the document is linked. Pure: the tree
 * is only read, so the Sätteri adapter (whose tree is read-only) and the remark adapter (which
 * splices) share every rule.
 */
export function linkGlossaryTerms(
  tree: Root,
  terms: readonly GlossaryTerm[] | CompiledGlossary,
): GlossaryReplacement[] {
  const glossary = 'pattern' in terms ? terms : compileGlossary(terms);
  const linked = new Set<string>();
  const replacements: GlossaryReplacement[] = [];
  const visit = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        const replacement = linkTermsInText(child, glossary, linked);
        if (replacement) replacements.push({ parent, text: child, replacement });
      } else if ('children' in child && isLinkable(child)) {
        visit(child);
      }
    }
  };
  visit(tree);
  return replacements;
}

/** True when the source may mention a term: lets the build skip documents that cannot. */
export function mentionsGlossaryTerm(source: string, glossary: CompiledGlossary): boolean {
  return source.search(glossary.pattern) !== -1;
}

function isLinkable(node: Nodes): boolean {
  if (SKIPPED_TYPES.has(node.type)) return false;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return !SKIPPED_JSX_NAMES.has((node.name ?? '').toLowerCase());
  }
  return true;
}

/** The text split around its first uses of terms not yet linked, or undefined if none. */
function linkTermsInText(
  text: Text,
  glossary: CompiledGlossary,
  linked: Set<string>,
): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of text.value.matchAll(glossary.pattern)) {
    const term = glossary.termOf.get(normalizePhrase(match[0]));
    if (!term || linked.has(term.id)) continue;
    linked.add(term.id);
    if (match.index > cursor) pieces.push({ type: 'text', value: text.value.slice(cursor, match.index) });
    pieces.push(glossaryTermNode(term, match[0]));
    cursor = match.index + match[0].length;
  }
  if (!pieces.length) return undefined;
  if (cursor < text.value.length) pieces.push({ type: 'text', value: text.value.slice(cursor) });
  return pieces;
}

/** The linked term, worded as the author wrote it (case kept), with its definition beside it. */
export function glossaryTermNode(term: GlossaryTerm, asWritten: string): GlossaryTermNode {
  const definitionId = `glossary-def-${term.id}`;
  return {
    type: 'glossaryTerm',
    data: { hName: 'span', hProperties: { className: ['glossary-term'] } },
    children: [
      {
        type: 'link',
        url: glossaryUrl(term.id, term.lang),
        data: { hProperties: { ariaDescribedBy: definitionId } },
        children: [{ type: 'text', value: asWritten }],
      },
      {
        type: 'glossaryDefinition',
        data: {
          hName: 'span',
          // Not indexed for search: a definition would make every page using the term match it.
          hProperties: { className: ['glossary-definition'], role: 'tooltip', id: definitionId, dataPagefindIgnore: '' },
        },
        children: [{ type: 'text', value: `${term.term}: ${term.definition}` }],
      },
    ],
  };
}

/** "Effect  Size" and "effect\nsize" are the same phrase. */
function normalizePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A phrase as a regular expression; a space also matches a line break inside a paragraph. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** The terms written in one language: the only ones a document in that language links. */
export function termsInLanguage(terms: readonly GlossaryTerm[], lang: string): GlossaryTerm[] {
  return terms.filter((term) => term.lang === lang);
}

/**
 * The document's language, from the front matter Astro hands every Markdown and MDX compile as
 * `data.astro.frontmatter` (parsed from the file, before the content schema applies its default):
 * its `lang`, or `en` when it has none, as the schema would default it.
 */
export function documentLanguage(data: Readonly<Record<string, unknown>>): string {
  const astro = data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  const lang = astro?.frontmatter?.['lang'];
  return typeof lang === 'string' && lang.trim() ? lang.trim() : DEFAULT_LANG;
}

/**
 * The build's adapter. Sätteri calls the factory once per document, before parsing: it picks the
 * glossary of the document's language, and a document that mentions none of its terms (or whose
 * language has no glossary) is not walked at all. Each language's terms are compiled once.
 */
export function satteriGlossaryLinks(terms: readonly GlossaryTerm[]): MdastPluginEntry {
  const pluginByLang = new Map<string, { glossary: CompiledGlossary; plugin: MdastPluginDefinition }>();
  for (const lang of new Set(terms.map((term) => term.lang))) {
    const glossary = compileGlossary(termsInLanguage(terms, lang));
    pluginByLang.set(lang, { glossary, plugin: linkingPlugin(glossary) });
  }
  return ({ source, data }) => {
    const found = pluginByLang.get(documentLanguage(data));
    return found && mentionsGlossaryTerm(source, found.glossary) ? found.plugin : null;
  };
}

function linkingPlugin(glossary: CompiledGlossary): MdastPluginDefinition {
  return {
    name: 'glossary-links',
    before(root, context) {
      for (const { text, replacement } of linkGlossaryTerms(root, glossary)) {
        context.replaceNode(text, replacement);
      }
    },
  };
}

export interface GlossaryLinksOptions {
  terms: readonly GlossaryTerm[];
  /** The document's language: only terms in it are linked. @default "en" */
  lang?: string;
}

/** The same rules as a unified plugin, for unit tests and tools that work on a full tree. */
export const remarkGlossaryLinks: Plugin<[GlossaryLinksOptions], Root> = (options) => {
  const glossary = compileGlossary(termsInLanguage(options.terms, options.lang ?? DEFAULT_LANG));
  return (tree) => {
    for (const { parent, text, replacement } of linkGlossaryTerms(tree, glossary)) {
      parent.children.splice(parent.children.indexOf(text), 1, ...replacement);
    }
  };
};

/**
 * Every glossary term under `<contentDir>/glossary/`, by file name. A file that does not parse or
 * lacks a term or definition is skipped: `npm run check` reports it with its line, and the build
 * should not fail here with a worse message.
 */
export function loadGlossaryTerms(contentDir: string): GlossaryTerm[] {
  const folder = path.join(contentDir, 'glossary');
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const term = readGlossaryFile(path.join(folder, name));
    return term ? [term] : [];
  });
}

function readGlossaryFile(file: string): GlossaryTerm | undefined {
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { term, aliases, definition, lang } = data as Record<string, unknown>;
  if (typeof term !== 'string' || typeof definition !== 'string') return undefined;
  return {
    id: path.basename(file, '.yaml'),
    term,
    aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [],
    definition,
    lang: typeof lang === 'string' ? lang : DEFAULT_LANG,
  };
}
