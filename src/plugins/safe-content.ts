import type { Definition, Image, Link, Nodes, Root } from 'mdast';
import type {
  MdastPluginDefinition,
  MdastPluginEntry,
  MdxFlowExpression,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  MdxjsEsm,
  MdxTextExpression,
} from 'satteri';
import { guardError, type PositionedProblem } from './plugin-error.ts';

/**
 * Content is data, not code (content/README.md, section 9). MDX compiles a body to
 * JavaScript that runs on the build machine, so an `import`, an `export` or a `{expression}` in
 * an entry could read the deploy machine's secrets or stop the build half-way. A body is
 * therefore Markdown with GFM tables, plus the few harmless elements of ALLOWED_ELEMENTS, and its
 * links and images use the schemes of ALLOWED_URL_SCHEMES or a path on this site.
 *
 * `unsafeContentOf` holds the rule for one mdast node. The build runs it through
 * `satteriSafeContentGuard`, an mdast pass that throws before MDX turns the tree into JavaScript,
 * so nothing from a content file ever runs; `npm run check` collects every problem with
 * `satteriSafeContentCollector` while it compiles the body (src/check/compile-mdx.ts).
 */

/** Elements a body may use, each with the attributes it may carry. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
};

/** Schemes a link or image may use; a path on this site (`/briefs/x/`, `#notes`) needs none. */
export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto'] as const;

/** A problem at its 1-based position in the file (0 when the tree carries no positions). */
export type UnsafeContentProblem = PositionedProblem;

type MdxNode = MdxjsEsm | MdxFlowExpression | MdxTextExpression | MdxJsxFlowElement | MdxJsxTextElement;
type CheckedNode = MdxNode | Link | Image | Definition;

const ELEMENT_LIST = Object.entries(ALLOWED_ELEMENTS)
  .map(([name, attributes]) => `<${name}${attributes.map((attribute) => ` ${attribute}="..."`).join('')}>`)
  .join(', ');

export const ESM_EXPECTED =
  'plain Markdown: a body cannot import or export code (to begin a line with the word, put another word before it)';
export const EXPRESSION_EXPECTED = 'plain text: write \\{ and \\} for literal braces';
export const URL_EXPECTED =
  'a web address starting with https:// or http://, an email address starting with mailto:, or a path on this site such as /briefs/summer-bridge/';

/** What to write instead of an element the body may not use: its Markdown, where it has one. */
const MARKDOWN_FOR: Readonly<Record<string, string>> = {
  a: 'a Markdown link: [text](https://...)',
  img: 'a Markdown image: ![what it shows](https://...)',
  b: '**bold** text',
  strong: '**bold** text',
  i: '*italic* text',
  em: '*italic* text',
  code: '`code` between backticks',
  pre: 'a code block between ``` lines',
  p: 'a blank line between paragraphs',
  blockquote: '> a quotation',
  ul: 'a list with "- " before each item',
  ol: 'a list with "1. " before each item',
  li: 'a list item with "- " before it',
  table: 'a Markdown table (| a | b | rows)',
  h1: 'a heading: ## Heading',
  h2: 'a heading: ## Heading',
  h3: 'a heading: ### Heading',
  h4: 'a heading: #### Heading',
  hr: 'a line with --- on it',
  del: '~~struck-through~~ text',
  s: '~~struck-through~~ text',
};
/** Elements that embed or run something: there is no Markdown for them, only a link. */
const EMBEDDING = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'form', 'input', 'button', 'svg', 'math', 'video', 'audio', 'base']);

/** The problems of one node; nodes of other types have none. */
export function unsafeContentOf(node: Nodes): UnsafeContentProblem[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return esmProblems(node);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [problemAt(node, `an expression {${shorten(node.value)}}`, EXPRESSION_EXPECTED)];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'link':
    case 'image':
    case 'definition':
      return isAllowedUrl(node.url) ? [] : [problemAt(node, `${node.type === 'image' ? 'an image from' : 'a link to'} ${JSON.stringify(shorten(node.url))}`, URL_EXPECTED)];
    default:
      return [];
  }
}

/** Every problem of a document, in order: the same rule over a whole tree (remark-based tools, tests). */
export function findUnsafeContent(tree: Root): UnsafeContentProblem[] {
  const found: UnsafeContentProblem[] = [];
  const visit = (node: Nodes): void => {
    found.push(...unsafeContentOf(node));
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
  };
  visit(tree);
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * True for `https://...`, `http://...`, `mailto:...` and for addresses without a scheme (paths,
 * anchors, `//host/...`). Browsers ignore tabs, newlines and leading spaces or control characters
 * in a scheme (`java\tscript:`), so those are removed before it is read.
 */
export function isAllowedUrl(url: string): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined || (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme.toLowerCase());
}

function esmProblems(node: MdxjsEsm): UnsafeContentProblem[] {
  const start = node.position?.start;
  return node.value.split('\n').flatMap((text, index) => {
    const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
    if (!keyword) return [];
    return [
      {
        line: start ? start.line + index : 0,
        column: start ? (index === 0 ? start.column : 1) : 0,
        found: `an ${keyword} statement (${JSON.stringify(shorten(text.trim()))})`,
        expected: ESM_EXPECTED,
      },
    ];
  });
}

function elementProblems(node: MdxJsxFlowElement | MdxJsxTextElement): UnsafeContentProblem[] {
  const name = node.name ?? '';
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) return [problemAt(node, `the element <${name}>`, elementAdvice(name))];
  return node.attributes.flatMap((attribute): UnsafeContentProblem[] => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return [problemAt(node, `an expression {${shorten(attribute.value)}} among the attributes of <${name}>`, EXPRESSION_EXPECTED)];
    }
    if (/^on/i.test(attribute.name)) {
      return [problemAt(node, `the event handler ${attribute.name} on <${name}>`, `no event handlers: a body cannot run scripts${attributeAdvice(name, allowed)}`)];
    }
    if (!allowed.includes(attribute.name)) {
      return [problemAt(node, `the attribute ${attribute.name} on <${name}>`, `no ${attribute.name}${attributeAdvice(name, allowed)}`)];
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      return [problemAt(node, `an expression {${shorten(attribute.value.value)}} as the value of ${attribute.name} on <${name}>`, `a value in quotes: ${attribute.name}="..."`)];
    }
    return [];
  });
}

function elementAdvice(name: string): string {
  if (name === '') return `no fragment <>...</>: write the text without it; a body may use only ${ELEMENT_LIST}`;
  if (/^[A-Z]/.test(name) || name.includes('.')) return `no components: write the text in Markdown (a body may use only ${ELEMENT_LIST})`;
  const markdown = MARKDOWN_FOR[name.toLowerCase()];
  if (markdown) return `${markdown} (a body may use only the elements ${ELEMENT_LIST}; write \\< for a literal less-than sign)`;
  if (EMBEDDING.has(name.toLowerCase())) return 'nothing embedded: a body cannot hold scripts, frames, styles or forms; link to it instead: [text](https://...)';
  return `Markdown instead (a body may use only the elements ${ELEMENT_LIST}; write \\< for a literal less-than sign)`;
}

function attributeAdvice(name: string, allowed: readonly string[]): string {
  return allowed.length ? ` (<${name}> may carry only ${allowed.join(', ')})` : ` (<${name}> takes no attributes)`;
}

function problemAt(node: CheckedNode, found: string, expected: string): UnsafeContentProblem {
  const start = node.position?.start;
  return { line: start?.line ?? 0, column: start?.column ?? 0, found, expected };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** A Sätteri plugin calling `visit` on every node of the types the rule reads. */
function onCheckedNodes(name: string, visit: (node: CheckedNode, fileURL: URL | undefined) => void): MdastPluginDefinition {
  const check = (node: CheckedNode, context: { fileURL: URL | undefined }) => visit(node, context.fileURL);
  return {
    name,
    options: { position: true },
    mdxjsEsm: check,
    mdxFlowExpression: check,
    mdxTextExpression: check,
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
    link: check,
    image: check,
    definition: check,
  };
}

/**
 * The build's guard: the first problem stops the compile of the file, before MDX writes any
 * JavaScript for it, with every problem of its node listed (the check lists all of the file's).
 */
export function satteriSafeContentGuard(): MdastPluginEntry {
  return onCheckedNodes('safe-content-guard', (node, fileURL) => {
    const problems = unsafeContentOf(node as Nodes);
    if (problems.length) throw guardError((file) => `Content that could run code in ${file} (npm run check lists every problem)`, fileURL, problems);
  });
}

/** The check's collector: every problem of the document is added to `found`, nothing thrown. */
export function satteriSafeContentCollector(found: UnsafeContentProblem[]): MdastPluginEntry {
  return onCheckedNodes('safe-content-collector', (node) => void found.push(...unsafeContentOf(node as Nodes)));
}
