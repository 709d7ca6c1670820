import { describe, expect, it } from 'vitest';
import { DIAGRAM, layoutDiagram, wrapText, type DiagramInput } from '../../../../src/lib/improvement/diagram.ts';

describe('wrapText', () => {
  it.each([
    ['short words', 'Teams review grades weekly', 12, ['Teams review', 'grades', 'weekly']],
    ['a word longer than a line on its own line', 'a extraordinarily b', 5, ['a', 'extraordinarily', 'b']],
    ['runs of spaces as one', '  one   two ', 20, ['one two']],
    ['nothing as no lines', '', 10, []],
  ])('wraps %s', (_name, text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

const input: DiagramInput = {
  aim: 'By June 2028, 85 of every 100 ninth graders will be on track.',
  primaries: [
    {
      id: 'early',
      text: 'Adults notice early',
      secondaries: [
        { id: 'weekly', text: 'Teams review grades weekly', changeIdeas: [{ id: 'huddle', title: 'A weekly huddle', note: 'Adopted at 2 sites', href: '/change-ideas/huddle/', status: 'adopt' }] },
        { id: 'owner', text: 'One adult owns the next step', changeIdeas: [] },
      ],
    },
    {
      id: 'families',
      text: 'Families hear early',
      secondaries: [
        {
          id: 'good-news',
          text: 'Good news first',
          changeIdeas: [
            { id: 'call', title: 'A good-news call', note: 'Testing at 1 site' },
            { id: 'letter', title: 'A letter home' },
          ],
        },
      ],
    },
  ],
};

describe('layoutDiagram', () => {
  const layout = layoutDiagram(input);
  const node = (id: string) => layout.nodes.find((item) => item.id === id)!;
  const middle = (id: string) => node(id).y + node(id).height / 2;

  it('draws one box per aim, driver and change idea, and one curve per parent-child pair', () => {
    expect(layout.nodes.map((item) => `${item.kind}:${item.id}`)).toEqual([
      'aim:aim',
      'primary:early',
      'secondary:weekly',
      'change-idea:huddle',
      'secondary:owner',
      'primary:families',
      'secondary:good-news',
      'change-idea:call',
      'change-idea:letter',
    ]);
    expect(layout.edges).toHaveLength(8);
  });

  it('puts the four kinds in four columns, left to right, inside the width', () => {
    expect(layout.columns.map((column) => column.kind)).toEqual(['aim', 'primary', 'secondary', 'change-idea']);
    for (const item of layout.nodes) {
      const column = layout.columns.find((candidate) => candidate.kind === item.kind)!;
      expect(item.x).toBe(column.x);
      expect(item.x + item.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('stacks siblings without overlap, below the column headings and inside the height', () => {
    for (const kind of ['primary', 'secondary', 'change-idea'] as const) {
      const boxes = layout.nodes.filter((item) => item.kind === kind).sort((a, b) => a.y - b.y);
      boxes.slice(1).forEach((box, index) => expect(box.y).toBeGreaterThanOrEqual(boxes[index]!.y + boxes[index]!.height));
    }
    for (const item of layout.nodes) {
      expect(item.y).toBeGreaterThanOrEqual(DIAGRAM.headingHeight);
      expect(item.y + item.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('centres a parent beside the span of its children', () => {
    expect(middle('good-news')).toBeCloseTo((node('call').y + node('letter').y + node('letter').height) / 2, 5);
    expect(middle('weekly')).toBeCloseTo(middle('huddle'), 5);
  });

  it('wraps text to fit the box, and a change idea keeps its note, link and status', () => {
    const aim = node('aim');
    expect(aim.lines.length).toBeGreaterThan(1);
    const limit = Math.floor((DIAGRAM.columnWidths.aim - 2 * DIAGRAM.padding) / (DIAGRAM.fontSize * DIAGRAM.boldGlyphWidth));
    for (const line of aim.lines) expect(line.length).toBeLessThanOrEqual(limit);
    expect(aim.height).toBe(2 * DIAGRAM.padding + aim.lines.length * DIAGRAM.lineHeight);
    expect(node('huddle')).toMatchObject({ noteLines: ['Adopted at 2 sites'], href: '/change-ideas/huddle/', status: 'adopt' });
    expect(node('letter').noteLines).toEqual([]);
  });

  it('joins parent to child from the right edge to the left edge', () => {
    const from = node('early');
    const to = node('weekly');
    expect(layout.edges).toContainEqual({
      d: expect.stringMatching(new RegExp(`^M${from.x + from.width} ${Math.round(middle('early') * 10) / 10}C.* ${to.x} ${Math.round(middle('weekly') * 10) / 10}$`)),
    });
  });

  it('gives an aim without change ideas a diagram of its drivers alone', () => {
    const small = layoutDiagram({ aim: 'An aim', primaries: [{ id: 'p', text: 'P', secondaries: [] }] });
    expect(small.nodes.map((item) => item.kind)).toEqual(['aim', 'primary']);
    expect(small.edges).toHaveLength(1);
  });
});
