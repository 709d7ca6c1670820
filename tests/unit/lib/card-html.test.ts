import { describe, expect, it } from 'vitest';
import { cardHtml, cardListHtml, materialsHtml, statusHtml, tierBadgeHtml, type CardView } from '../../../src/lib/card-html.ts';

const view: CardView = {
  type: 'finding',
  typeLabel: 'Finding',
  isoDay: '2026-05-29',
  day: 'May 29, 2026',
  title: 'Tutoring & "mentors" <raised> scores',
  url: '/findings/tutoring/',
  summary: "Students' scores rose.",
  audiencesLabel: 'For',
  audiences: [{ label: 'District staff' }, { label: 'district staff', lang: 'en' }],
  tier: { value: '1', label: 'Tier 1: Strong evidence', href: '/evidence/#tier-1' },
};

describe('cardHtml', () => {
  it('writes the card the pages show, in order: kind and day, linked title, summary, audiences, tier', () => {
    expect(cardHtml(view, 2)).toBe(
      '<article class="card" data-type="finding">' +
        '<p class="card-kicker"><span>Finding</span><time datetime="2026-05-29">May 29, 2026</time></p>' +
        '<h2><a href="/findings/tutoring/">Tutoring &amp; &quot;mentors&quot; &lt;raised&gt; scores</a></h2>' +
        '<p>Students&#39; scores rose.</p>' +
        '<p class="card-kicker"><span class="visually-hidden">For:</span><span class="tag">District staff</span><span class="tag" lang="en">district staff</span></p>' +
        '<a class="tier-badge tier-1" href="/evidence/#tier-1" data-pagefind-ignore><span class="tier-mark" aria-hidden="true">1</span>Tier 1: Strong evidence</a>' +
        '</article>',
    );
  });

  it('takes the heading level of the page around it', () => {
    expect(cardHtml(view, 3)).toContain('<h3><a href="/findings/tutoring/">');
    expect(cardHtml(view, 3)).not.toContain('<h2');
  });

  it('tags an entry that is not public yet, and leaves out a badge it has not got', () => {
    const html = cardHtml({ ...view, pendingLabel: 'In review', tier: undefined }, 2);
    expect(html).toContain('</time><span class="tag tag-pending">In review</span></p>');
    expect(html).not.toContain('tier-badge');
  });

  it('ends the card with what the list adds, inside it', () => {
    expect(cardHtml({ ...view, tier: undefined }, 3, statusHtml('Status', 'adopted at 2 of 3 sites'))).toMatch(
      /<p class="card-status"><strong>Status:<\/strong> adopted at 2 of 3 sites<\/p><\/article>$/,
    );
  });

  it('escapes every value it writes into an attribute', () => {
    const html = cardHtml({ ...view, type: 'x" onclick="alert(1)', url: '/a"><script>' }, 2);
    expect(html).not.toContain('"><script>');
    expect(html).not.toContain('" onclick="');
  });
});

describe('tierBadgeHtml', () => {
  it('shows a dash for no tier', () => {
    expect(tierBadgeHtml({ value: 'none', label: 'No tier', href: '/es/evidence/#tier-none' })).toBe(
      '<a class="tier-badge tier-none" href="/es/evidence/#tier-none" data-pagefind-ignore><span class="tier-mark" aria-hidden="true">–</span>No tier</a>',
    );
  });
});

describe('lists', () => {
  it('wraps each card in a list item', () => {
    expect(cardListHtml(['<article>a</article>', '<article>b</article>'])).toBe(
      '<ul class="card-list"><li><article>a</article></li><li><article>b</article></li></ul>',
    );
  });

  it('lists an event’s materials under their heading', () => {
    expect(materialsHtml('Materials', [{ label: 'Slides & notes', href: 'https://example.org/s.pdf?a=1&b=2' }])).toBe(
      '<div class="card-materials"><h4>Materials</h4><ul class="event-materials"><li><a href="https://example.org/s.pdf?a=1&amp;b=2">Slides &amp; notes</a></li></ul></div>',
    );
  });
});
