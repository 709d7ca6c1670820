/**
 * The layout of a driver diagram drawn as SVG at build time (no client JavaScript): four columns,
 * aim → primary drivers → secondary drivers → change ideas, each parent centred beside its
 * children and joined to them by a curve. Pure geometry; the template draws it. Text is wrapped by
 * an estimate of its width, as nothing measures fonts at build time, so boxes leave a margin.
 */

export type DiagramNodeKind = 'aim' | 'primary' | 'secondary' | 'change-idea';

export interface DiagramInput {
  aim: string;
  primaries: {
    id: string;
    text: string;
    secondaries: {
      id: string;
      text: string;
      changeIdeas: { id: string; title: string; note?: string | undefined; href?: string | undefined; status?: string | undefined }[];
    }[];
  }[];
}

export interface DiagramNode {
  kind: DiagramNodeKind;
  /** The driver's or change idea's id; `aim` for the aim. */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text, wrapped. */
  lines: string[];
  /** A smaller second text under the lines (a change idea's status), wrapped. */
  noteLines: string[];
  href?: string | undefined;
  status?: string | undefined;
}

export interface DiagramEdge {
  /** An SVG path from the parent's right edge to the child's left edge. */
  d: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  /** The x of each column's left edge, for its heading. */
  columns: { kind: DiagramNodeKind; x: number; width: number }[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const DIAGRAM = {
  fontSize: 14,
  noteFontSize: 12,
  lineHeight: 18,
  noteLineHeight: 16,
  /** Average glyph width as a share of the font size, rounded up for a sans-serif. */
  glyphWidth: 0.56,
  /** The same for bold text (the aim and primary drivers). */
  boldGlyphWidth: 0.61,
  padding: 10,
  columnWidths: { aim: 200, primary: 220, secondary: 240, 'change-idea': 260 } satisfies Record<DiagramNodeKind, number>,
  columnGap: 44,
  /** Between siblings, and (doubled) between primary drivers' blocks. */
  rowGap: 12,
  headingHeight: 28,
} as const;

const COLUMN_ORDER: DiagramNodeKind[] = ['aim', 'primary', 'secondary', 'change-idea'];

/** Words wrapped into lines of at most `maxChars` characters; a longer word gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function charsFor(kind: DiagramNodeKind, fontSize: number): number {
  const glyph = kind === 'aim' || kind === 'primary' ? DIAGRAM.boldGlyphWidth : DIAGRAM.glyphWidth;
  return Math.floor((DIAGRAM.columnWidths[kind] - 2 * DIAGRAM.padding) / (fontSize * glyph));
}

interface Sized {
  kind: DiagramNodeKind;
  id: string;
  lines: string[];
  noteLines: string[];
  height: number;
  href?: string | undefined;
  status?: string | undefined;
  children: Sized[];
  /** The height of the node and its descendants stacked beside it. */
  block: number;
}

function sized(kind: DiagramNodeKind, id: string, text: string, children: Sized[], extra: Partial<Sized> & { note?: string | undefined } = {}): Sized {
  const lines = wrapText(text, charsFor(kind, DIAGRAM.fontSize));
  const noteLines = extra.note ? wrapText(extra.note, charsFor(kind, DIAGRAM.noteFontSize)) : [];
  const height = 2 * DIAGRAM.padding + lines.length * DIAGRAM.lineHeight + noteLines.length * DIAGRAM.noteLineHeight;
  const gap = kind === 'aim' ? 2 * DIAGRAM.rowGap : DIAGRAM.rowGap;
  const childrenHeight = children.reduce((sum, child) => sum + child.block, 0) + gap * Math.max(0, children.length - 1);
  return { kind, id, lines, noteLines, height, href: extra.href, status: extra.status, children, block: Math.max(height, childrenHeight) };
}

/** Where every box and curve of the diagram goes. */
export function layoutDiagram(input: DiagramInput): DiagramLayout {
  const tree = sized(
    'aim',
    'aim',
    input.aim,
    input.primaries.map((primary) =>
      sized(
        'primary',
        primary.id,
        primary.text,
        primary.secondaries.map((secondary) =>
          sized(
            'secondary',
            secondary.id,
            secondary.text,
            secondary.changeIdeas.map((idea) => sized('change-idea', idea.id, idea.title, [], { note: idea.note, href: idea.href, status: idea.status })),
          ),
        ),
      ),
    ),
  );
  const columns: DiagramLayout['columns'] = [];
  let x = 0;
  for (const kind of COLUMN_ORDER) {
    columns.push({ kind, x, width: DIAGRAM.columnWidths[kind] });
    x += DIAGRAM.columnWidths[kind] + DIAGRAM.columnGap;
  }
  const columnX = Object.fromEntries(columns.map((column) => [column.kind, column.x])) as Record<DiagramNodeKind, number>;
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];

  const place = (node: Sized, top: number): DiagramNode => {
    const placed: DiagramNode = {
      kind: node.kind,
      id: node.id,
      x: columnX[node.kind],
      y: top + (node.block - node.height) / 2,
      width: DIAGRAM.columnWidths[node.kind],
      height: node.height,
      lines: node.lines,
      noteLines: node.noteLines,
      href: node.href,
      status: node.status,
    };
    nodes.push(placed);
    const gap = node.kind === 'aim' ? 2 * DIAGRAM.rowGap : DIAGRAM.rowGap;
    const childrenHeight = node.children.reduce((sum, child) => sum + child.block, 0) + gap * Math.max(0, node.children.length - 1);
    let childTop = top + (node.block - childrenHeight) / 2;
    for (const child of node.children) {
      const placedChild = place(child, childTop);
      edges.push({ d: curve(placed, placedChild) });
      childTop += child.block + gap;
    }
    return placed;
  };
  place(tree, DIAGRAM.headingHeight);
  return {
    width: x - DIAGRAM.columnGap,
    height: DIAGRAM.headingHeight + tree.block,
    columns,
    nodes,
    edges,
  };
}

function curve(from: DiagramNode, to: DiagramNode): string {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const middle = (x1 + x2) / 2;
  return `M${round(x1)} ${round(y1)}C${round(middle)} ${round(y1)} ${round(middle)} ${round(y2)} ${round(x2)} ${round(y2)}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
