import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToHtml, mdxToJs } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  documentLanguage,
  linkGlossaryTerms,
  loadGlossaryTerms,
  remarkGlossaryLinks,
  satteriGlossaryLinks,
  termsInLanguage,
  type GlossaryTerm,
} from '../../../src/plugins/glossary-links.ts';

const TERMS: GlossaryTerm[] = [
  { id: 'effect-size', term: 'Effect size', aliases: ['effect sizes'], definition: 'How big a difference a program made.', lang: 'en' },
  { id: 'randomized-controlled-trial', term: 'Randomized controlled trial', aliases: ['RCT'], definition: 'A study where a lottery decides who gets a program.', lang: 'en' },
  { id: 'trial', term: 'Trial', aliases: [], definition: 'A test of a program.', lang: 'en' },
  { id: 'rate', term: 'Rate', aliases: [], definition: 'How often something happens.', lang: 'en' },
];

/** Spanish terms beside the English ones; "RCT" is also written in Spanish texts, as an alias here. */
const SPANISH_TERMS: GlossaryTerm[] = [
  { id: 'tamano-del-efecto', term: 'Tamaño del efecto', aliases: [], definition: 'Cuánta diferencia hizo un programa.', lang: 'es' },
  { id: 'ensayo-controlado-aleatorio', term: 'Ensayo controlado aleatorio', aliases: ['RCT'], definition: 'Un estudio con sorteo.', lang: 'es' },
];
const BOTH_LANGUAGES = [...TERMS, ...SPANISH_TERMS];

interface Linked {
  id: string;
  text: string;
  /** Types of the nodes above the link, nearest last. */
  ancestors: string[];
}

/** The links the remark adapter made, in document order. */
function linkedTerms(markdown: string): Linked[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkGlossaryLinks, { terms: TERMS });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: Linked[] = [];
  const walk = (node: Nodes, ancestors: string[]) => {
    if (node.type === 'glossaryTerm') {
      const [link] = node.children;
      found.push({ id: link.url.replace('/glossary/#', ''), text: textOf(link), ancestors });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child, [...ancestors, node.type]);
  };
  walk(tree, []);
  return found;
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function linked(markdown: string): [string, string][] {
  return linkedTerms(markdown).map(({ id, text }) => [id, text]);
}

async function html(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { mdastPlugins: [satteriGlossaryLinks(TERMS)] })).html;
}

/** What Astro hands Sätteri for a document with this front matter. */
function astroData(frontmatter: Record<string, unknown>) {
  return { astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
}

/** The glossary hrefs in a document rendered with both languages' terms, as Astro would. */
async function hrefsIn(markdown: string, frontmatter: Record<string, unknown>): Promise<string[]> {
  const { html: page } = await markdownToHtml(markdown, {
    mdastPlugins: [satteriGlossaryLinks(BOTH_LANGUAGES)],
    data: astroData(frontmatter),
  });
  return [...page.matchAll(/href="([^"]*glossary[^"]*)"/g)].map((match) => match[1]!);
}

describe('linkGlossaryTerms (through the remark adapter)', () => {
  it('links the first use of a term and not the second', () => {
    expect(linked('The effect size was small. Another effect size was large.')).toEqual([['effect-size', 'effect size']]);
  });

  it('links an alias, and then never the term again', () => {
    expect(linked('An RCT was run. A randomized controlled trial is a lottery.')).toEqual([['randomized-controlled-trial', 'RCT']]);
    expect(linked('Effect sizes vary. The effect size here was 0.2.')).toEqual([['effect-size', 'Effect sizes']]);
  });

  it('prefers the longest match: a randomized controlled trial is not a "trial"', () => {
    expect(linked('A randomized controlled trial is one kind of trial.')).toEqual([
      ['randomized-controlled-trial', 'randomized controlled trial'],
      ['trial', 'trial'],
    ]);
  });

  it('keeps the case the author wrote', () => {
    expect(linked('EFFECT SIZE matters.')).toEqual([['effect-size', 'EFFECT SIZE']]);
  });

  it('matches whole words only: "rate" is not inside "moderate" or "rates"', () => {
    expect(linked('A moderate change in rates.')).toEqual([]);
    expect(linked('A moderate change in the rate.')).toEqual([['rate', 'rate']]);
  });

  it('matches a term broken across two lines of a paragraph', () => {
    expect(linked('The effect\nsize was small.')).toEqual([['effect-size', 'effect\nsize']]);
  });

  it('links two terms in one paragraph', () => {
    expect(linked('The trial had a high effect size.')).toEqual([
      ['trial', 'trial'],
      ['effect-size', 'effect size'],
    ]);
  });

  it('links a term next to punctuation, leaving the punctuation outside the link', () => {
    expect(linked('("effect size"), then trial.')).toEqual([
      ['effect-size', 'effect size'],
      ['trial', 'trial'],
    ]);
  });

  it.each([
    ['a heading', '## The effect size\n\nThe effect size was small.'],
    ['a link', '[effect size](/x) and the effect size.'],
    ['inline code', '`effect size` and the effect size.'],
    ['a code block', '```\neffect size\n```\n\nThe effect size.'],
    ['a JSX link', '<a href="/x">effect size</a> and the effect size.'],
  ])('skips %s and links the next use instead', (_where, markdown) => {
    const links = linkedTerms(markdown);
    expect(links).toHaveLength(1);
    expect(links[0]!.ancestors).toEqual(['root', 'paragraph']);
  });

  it('links inside emphasis, lists and JSX elements', () => {
    expect(linkedTerms('- *effect size*\n\n<Callout>\n  A trial.\n</Callout>').map((link) => link.ancestors.slice(1))).toEqual([
      ['list', 'listItem', 'paragraph', 'emphasis'],
      ['mdxJsxFlowElement', 'paragraph'],
    ]);
  });

  it('only reads the tree: the pure function returns replacements without changing it', () => {
    const tree = unified().use(remarkParse).parse('The effect size.');
    const before = JSON.stringify(tree);
    expect(linkGlossaryTerms(tree, TERMS)).toHaveLength(1);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('satteriGlossaryLinks (the build adapter)', () => {
  it('renders the link and its accessible definition', async () => {
    expect(await html('The effect size was small.')).toBe(
      '<p>The <span class="glossary-term"><a href="/glossary/#effect-size" aria-describedby="glossary-def-effect-size">effect size</a>' +
        '<span class="glossary-definition" role="tooltip" id="glossary-def-effect-size" data-pagefind-ignore="">Effect size: How big a difference a program made.</span></span>' +
        ' was small.</p>\n',
    );
  });

  it('links once per document and never in a heading', async () => {
    const page = await html('## Effect size\n\nThe effect size. The effect size.');
    expect(page.match(/href="\/glossary\/#effect-size"/g)).toHaveLength(1);
    expect(page).toContain('<h2>Effect size</h2>');
  });

  it('leaves a document without terms alone', async () => {
    expect(await html('Nothing to see.')).toBe('<p>Nothing to see.</p>\n');
  });

  it('still compiles an MDX body with JSX, and leaves attributes alone', async () => {
    const mdx = [
      'import Callout from "./Callout.astro";',
      '',
      '<Callout title="effect size">The effect size was small.</Callout>',
      '',
      'A {1 + 1} trial.',
    ].join('\n');
    const { code } = await mdxToJs(mdx, { mdastPlugins: [satteriGlossaryLinks(TERMS)] });
    expect(code).toContain('title: "effect size"');
    expect(code.match(/href: "\/glossary\/#effect-size"/g)).toHaveLength(1);
    expect(code).toContain('href: "/glossary/#trial"');
    expect(code).toContain('"aria-describedby": "glossary-def-effect-size"');
  });
});

describe('terms by the document\'s language', () => {
  it('termsInLanguage keeps only the terms written in that language', () => {
    expect(termsInLanguage(BOTH_LANGUAGES, 'es').map((term) => term.id)).toEqual(['tamano-del-efecto', 'ensayo-controlado-aleatorio']);
    expect(termsInLanguage(BOTH_LANGUAGES, 'en')).toEqual(TERMS);
    expect(termsInLanguage(BOTH_LANGUAGES, 'fr')).toEqual([]);
  });

  it.each([
    ['lang: es in the front matter', astroData({ lang: 'es' }), 'es'],
    ['lang: en', astroData({ lang: 'en' }), 'en'],
    ['no lang (the schema default)', astroData({ title: 'x' }), 'en'],
    ['a lang that is not text', astroData({ lang: 7 }), 'en'],
    ['no front matter from Astro at all', {}, 'en'],
  ])('documentLanguage reads %s', (_case, data, expected) => {
    expect(documentLanguage(data)).toBe(expected);
  });

  it('links a Spanish document to the Spanish glossary only, even where an English term appears', async () => {
    const hrefs = await hrefsIn('El tamaño del efecto de este RCT fue 0.19; el effect size en inglés.', { lang: 'es' });
    expect(hrefs).toEqual(['/es/glossary/#tamano-del-efecto', '/es/glossary/#ensayo-controlado-aleatorio']);
  });

  it('links an English document to the English glossary only, even where a Spanish term appears', async () => {
    const hrefs = await hrefsIn('The effect size of this RCT (tamaño del efecto) was 0.19.', {});
    expect(hrefs).toEqual(['/glossary/#effect-size', '/glossary/#randomized-controlled-trial']);
  });

  it('links nothing in a language that has no glossary', async () => {
    expect(await hrefsIn('The effect size; el tamaño del efecto.', { lang: 'fr' })).toEqual([]);
  });

  it('matches accented Spanish terms as whole words, in any case', async () => {
    const { html: page } = await markdownToHtml('Un tamaño del efectoñ no. EL TAMAÑO DEL EFECTO sí.', {
      mdastPlugins: [satteriGlossaryLinks(SPANISH_TERMS)],
      data: astroData({ lang: 'es' }),
    });
    expect(page).toContain('<p>Un tamaño del efectoñ no. EL <span class="glossary-term"><a href="/es/glossary/#tamano-del-efecto" aria-describedby="glossary-def-tamano-del-efecto">TAMAÑO DEL EFECTO</a>');
    expect(page).toContain('Tamaño del efecto: Cuánta diferencia hizo un programa.');
  });

  it('the remark adapter takes the document language as an option, English by default', () => {
    const run = (options: { terms: GlossaryTerm[]; lang?: string }) => {
      const processor = unified().use(remarkParse).use(remarkGlossaryLinks, options);
      return JSON.stringify(processor.runSync(processor.parse('The effect size, el tamaño del efecto.')));
    };
    expect(run({ terms: BOTH_LANGUAGES, lang: 'es' })).toContain('/es/glossary/#tamano-del-efecto');
    expect(run({ terms: BOTH_LANGUAGES, lang: 'es' })).not.toContain('/glossary/#effect-size');
    expect(run({ terms: BOTH_LANGUAGES })).toContain('"/glossary/#effect-size"');
    expect(run({ terms: BOTH_LANGUAGES })).not.toContain('tamano-del-efecto');
  });
});

describe('loadGlossaryTerms', () => {
  it('reads every glossary file and skips one that does not parse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glossary-'));
    try {
      mkdirSync(path.join(dir, 'glossary'));
      writeFileSync(path.join(dir, 'glossary/effect-size.yaml'), 'term: Effect size\naliases: [effect sizes]\ndefinition: How big.\n');
      writeFileSync(path.join(dir, 'glossary/broken.yaml'), 'term: [unclosed\n');
      writeFileSync(path.join(dir, 'glossary/no-aliases.yaml'), 'term: Baseline\ndefinition: Where students started.\n');
      writeFileSync(path.join(dir, 'glossary/tamano-del-efecto.yaml'), 'term: Tamaño del efecto\nlang: es\ndefinition: Cuánta diferencia hubo.\n');
      expect(loadGlossaryTerms(dir)).toEqual([
        { id: 'effect-size', term: 'Effect size', aliases: ['effect sizes'], definition: 'How big.', lang: 'en' },
        { id: 'no-aliases', term: 'Baseline', aliases: [], definition: 'Where students started.', lang: 'en' },
        { id: 'tamano-del-efecto', term: 'Tamaño del efecto', aliases: [], definition: 'Cuánta diferencia hubo.', lang: 'es' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns no terms when there is no glossary folder', () => {
    expect(loadGlossaryTerms(path.join(tmpdir(), 'no-such-content-dir'))).toEqual([]);
  });
});
