/**
 * What the browser editor's preview shows of an entry, as plain data for its page's script to
 * draw (src/scripts/editor-preview.ts): the page's heading and summary, the evidence tier the
 * page will show (computed from the evidence block, src/lib/evidence/tier.ts, never the author's
 * `claimedTier`), and the body.
 *
 * The body is data (content/README.md, section 9), in the preview too: it is parsed as the
 * check parses it (Markdown, tables, MDX syntax) and drawn from a short list of Markdown
 * elements. Raw HTML, `{expressions}`, components, imports and links with other schemes are never
 * drawn or run: each shows as a note saying what the check will refuse, in the check's words.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import en from '../../i18n/languages/en.ts';
import { ENTRY_TYPE } from '../collections.ts';
import { computeTier } from '../evidence/tier.ts';
import { DESIGNS, OUTCOMES, type Evidence, type TierValue } from '../evidence/types.ts';
import { ALLOWED_ELEMENTS, unsafeContentOf } from '../../plugins/safe-content.ts';

/** An element to draw, or text. Attributes are only those listed here: `href`, `title`, `class`, `align`, `start`. */
export type PreviewNode = string | { tag: string; attributes?: Record<string, string>; children: PreviewNode[] };

export interface EntryPreview {
  kicker: string;
  title: string;
  /** For a draft, an entry in review or under embargo: the banner the page shows. */
  banner?: string;
  summary?: string;
  /** The computed tier, when the entry has an evidence block with a design and an outcome. */
  tier?: { value: TierValue; label: string; reasons: string[] };
  body: PreviewNode[];
}

export const REFUSED_CLASS = 'editor-refused';

export function entryPreview(collection: string, data: Record<string, unknown>, body: string, identifier: string): EntryPreview {
  const type = (ENTRY_TYPE as Record<string, string>)[collection];
  const status = typeof data['status'] === 'string' ? data['status'] : 'published';
  const banner = status === 'draft' || status === 'review' ? en.pending[status] : status === 'embargoed' ? `${en.pending.embargoed} ${text(data['embargoUntil'])}` : undefined;
  const summary = text(data['summary'] ?? data['description'] ?? data['definition']);
  const tier = tierOf(data['evidence']);
  return {
    kicker: (type && (en.types as Record<string, string>)[type]) || collection,
    title: text(data[identifier]) || '(no title yet)',
    ...(banner ? { banner } : {}),
    ...(summary ? { summary } : {}),
    ...(tier ? { tier } : {}),
    body: bodyPreview(body),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The tier from the study's facts, as the page computes it; nothing until design and outcome are chosen. */
function tierOf(evidence: unknown): EntryPreview['tier'] {
  if (typeof evidence !== 'object' || evidence === null) return undefined;
  const facts = evidence as Partial<Evidence>;
  if (!(DESIGNS as readonly unknown[]).includes(facts.design) || !(OUTCOMES as readonly unknown[]).includes(facts.outcome)) return undefined;
  const result = computeTier(facts as Evidence);
  return { value: result.tier, label: en.tiers[result.tier], reasons: result.reasons };
}

/** The body as elements to draw; a body MDX cannot read shows as one note. */
export function bodyPreview(markdown: string): PreviewNode[] {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(markdown);
  } catch (cause) {
    return [refused(`the body does not read as MDX (${cause instanceof Error ? cause.message : String(cause)}); npm run check will say where`, 'p')];
  }
  return tree.children.flatMap((node) => draw(node));
}

const SIMPLE: Partial<Record<Nodes['type'], string>> = {
  paragraph: 'p',
  emphasis: 'em',
  strong: 'strong',
  delete: 'del',
  blockquote: 'blockquote',
  listItem: 'li',
  tableRow: 'tr',
  break: 'br',
  thematicBreak: 'hr',
};

function draw(node: RootContent | Nodes): PreviewNode[] {
  const problems = unsafeContentOf(node as Nodes);
  if (problems.length) return problems.map((problem) => refused(`found ${problem.found}; expected ${problem.expected}`, isFlow(node) ? 'p' : 'mark'));
  const children = () => ('children' in node ? (node.children as RootContent[]).flatMap((child) => draw(child)) : []);
  const simple = SIMPLE[node.type];
  if (simple) return [{ tag: simple, children: children() }];
  switch (node.type) {
    case 'text':
      return [node.value];
    case 'heading':
      return [{ tag: `h${node.depth}`, children: children() }];
    case 'inlineCode':
      return [{ tag: 'code', children: [node.value] }];
    case 'code':
      return [{ tag: 'pre', children: [{ tag: 'code', children: [node.value] }] }];
    case 'list':
      return [{ tag: node.ordered ? 'ol' : 'ul', ...(node.ordered && node.start && node.start !== 1 ? { attributes: { start: String(node.start) } } : {}), children: children() }];
    case 'table':
      return [table(node.children, node.align ?? [])];
    case 'link':
      return [{ tag: 'a', attributes: { href: node.url, ...(node.title ? { title: node.title } : {}) }, children: children() }];
    case 'image':
      // Never loaded: an image from elsewhere would be a request to another host.
      return [{ tag: 'span', attributes: { class: 'editor-image' }, children: [`[image: ${node.alt ?? ''}] (${node.url})`] }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return [allowedElement(node.name ?? '', node.attributes, children())];
    default:
      // References, footnotes and the like: their words, without markup.
      return 'children' in node ? children() : 'value' in node && typeof node.value === 'string' ? [node.value] : [];
  }
}

/** An element the safe-content rule allows (`<abbr title>`, `<sub>`, `<sup>`, `<br>`), with its allowed attributes only. */
function allowedElement(name: string, attributes: readonly { type: string; name?: string; value?: unknown }[], children: PreviewNode[]): PreviewNode {
  const allowed = ALLOWED_ELEMENTS[name] ?? [];
  const kept = Object.fromEntries(
    attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && allowed.includes(attribute.name ?? '') && typeof attribute.value === 'string').map((attribute) => [attribute.name!, attribute.value as string]),
  );
  return { tag: name, ...(Object.keys(kept).length ? { attributes: kept } : {}), children };
}

function table(rows: readonly RootContent[], align: readonly (string | null)[]): PreviewNode {
  const [head, ...body] = rows.map((row) => ({
    tag: 'tr',
    children: ('children' in row ? (row.children as RootContent[]) : []).map((cell, index) => ({
      tag: 'td',
      ...(align[index] ? { attributes: { align: align[index]! } } : {}),
      children: draw(cell),
    })),
  }));
  const header = head ? [{ tag: 'thead', children: [{ ...head, children: head.children.map((cell) => ({ ...cell, tag: 'th' })) }] }] : [];
  return { tag: 'table', children: [...header, { tag: 'tbody', children: body }] };
}

function refused(message: string, tag: 'p' | 'mark'): PreviewNode {
  return { tag, attributes: { class: REFUSED_CLASS }, children: [`Not allowed in a body, so npm run check will refuse it: ${message}`] };
}

function isFlow(node: RootContent | Nodes): boolean {
  return node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxJsxFlowElement';
}
