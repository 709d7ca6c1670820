import { describe, expect, it } from 'vitest';
import { REFUSED_CLASS, bodyPreview, entryPreview, type PreviewNode } from '../../../../src/lib/editor/preview.ts';

/** Every element name in a preview tree. */
function tags(nodes: readonly PreviewNode[]): string[] {
  return nodes.flatMap((node) => (typeof node === 'string' ? [] : [node.tag, ...tags(node.children)]));
}

function texts(nodes: readonly PreviewNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : texts(node.children))).join('');
}

function refusals(nodes: readonly PreviewNode[]): string[] {
  return nodes.flatMap((node) =>
    typeof node === 'string' ? [] : node.attributes?.['class'] === REFUSED_CLASS ? [texts(node.children)] : refusals(node.children),
  );
}

describe('bodyPreview', () => {
  it('draws Markdown as the site does: headings, emphasis, lists, tables, escaped characters', () => {
    const nodes = bodyPreview('## Found\n\nText with *em* and **strong**.\n\n- one\n- two\n\n| a | b |\n|---|--:|\n| \\<10 | 12 |\n\nLiteral \\{braces\\}.');
    expect(tags(nodes)).toEqual(['h2', 'p', 'em', 'strong', 'ul', 'li', 'p', 'li', 'p', 'table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td', 'p']);
    expect(texts(nodes)).toContain('<10');
    expect(texts(nodes)).toContain('Literal {braces}.');
    expect(refusals(nodes)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'the element <script>'],
    ['{process.exit(0)}', 'an expression {process.exit(0)}'],
    ['Text {1 + 1} inline.', 'an expression {1 + 1}'],
    ['import x from "y"', 'an import statement'],
    ['<img src="x" onerror="alert(1)" />', 'the element <img>'],
    ['<abbr title="t" onclick="alert(1)">RPP</abbr>', 'the event handler onclick on <abbr>'],
    ['[click](javascript:alert(1))', 'a link to "javascript:alert(1)"'],
    ['<Chart />', 'the element <Chart>'],
  ])('never draws or runs %s: it shows what the check will refuse', (markdown, found) => {
    const nodes = bodyPreview(markdown);
    expect(tags(nodes)).not.toContain('script');
    expect(tags(nodes)).not.toContain('img');
    expect(tags(nodes)).not.toContain('a');
    // What is drawn carries no attribute from the refused markup: the check's words are text.
    expect(JSON.stringify(nodes)).not.toMatch(/"(onerror|onclick|href|src)":/);
    expect(refusals(nodes).join(' ')).toContain(`found ${found}`);
  });

  it('draws the few elements a body may use, with their allowed attributes only', () => {
    const nodes = bodyPreview('An <abbr title="research-practice partnership">RPP</abbr>, H<sub>2</sub>O.');
    expect(tags(nodes)).toEqual(['p', 'abbr', 'sub']);
    expect(JSON.stringify(nodes)).toContain('"title":"research-practice partnership"');
  });

  it('never loads an image, and links only with the schemes the check allows', () => {
    const nodes = bodyPreview('![chart](https://tracker.example.org/pixel.png) and [the report](https://example.org/r).');
    expect(tags(nodes)).toEqual(['p', 'span', 'a']);
    expect(JSON.stringify(nodes)).toContain('"href":"https://example.org/r"');
  });

  it('says so when the body does not read as MDX', () => {
    expect(refusals(bodyPreview('Fewer than <10 students.')).join(' ')).toMatch(/does not read as MDX/);
  });
});

describe('entryPreview', () => {
  const brief = {
    title: 'A pilot',
    summary: 'Plain words.',
    status: 'review',
    evidence: {
      design: 'quasi-experimental',
      outcome: 'student-achievement',
      sample: { students: 412, schools: 2 },
      effect: { size: 0.21, ciLow: 0.05, ciHigh: 0.37, significant: true, direction: 'positive' },
      claimedTier: 3,
    },
  };

  it('shows the tier computed from the evidence, not the one the author claims', () => {
    const preview = entryPreview('briefs', brief, '', 'title');
    expect(preview.tier).toMatchObject({ value: 2, label: 'Tier 2: Moderate evidence' });
    expect(preview.tier!.reasons.join(' ')).toContain('412 students');
  });

  it('shows no tier until the design and the outcome are chosen', () => {
    expect(entryPreview('briefs', { ...brief, evidence: { design: 'rct' } }, '', 'title').tier).toBeUndefined();
    expect(entryPreview('briefs', { title: 'x' }, '', 'title').tier).toBeUndefined();
  });

  it('shows the kind, heading, summary and the banner of an entry not yet public', () => {
    expect(entryPreview('briefs', brief, '', 'title')).toMatchObject({
      kicker: 'Research brief',
      title: 'A pilot',
      summary: 'Plain words.',
      banner: 'In review: not published yet. Shared with partners before release.',
    });
    expect(entryPreview('briefs', { ...brief, status: 'published' }, '', 'title').banner).toBeUndefined();
    expect(entryPreview('people', { name: 'Pat Fixture' }, '', 'name')).toMatchObject({ kicker: 'people', title: 'Pat Fixture' });
  });
});
