/**
 * The markup of an entry's card, as a string. Every list, taxonomy page and "related" section
 * shows the same card for an entry, so src/data/cards.ts writes each card once per build and
 * pages place the text (`set:html`) rather than render the same components thousands of times.
 * Pure: every word and link comes in resolved (`CardView`); everything is escaped here.
 */
import { escape } from 'html-escaper';

/** One entry's card, every word in the card's own language. */
export interface CardView {
  /** `brief`, `event`...: the card's `data-type`. */
  type: string;
  typeLabel: string;
  /** The `<time>`: machine-readable day and the day in words. */
  isoDay: string;
  day: string;
  /** The "in review" or "embargoed" tag, where a non-public entry is shown (preview, dev). */
  pendingLabel?: string | undefined;
  title: string;
  url: string;
  summary: string;
  /** Read out before the audience tags ("For:"); hidden on screen. */
  audiencesLabel: string;
  audiences: readonly { label: string; lang?: string | undefined }[];
  /** The evidence tier badge of a brief or finding with evidence. */
  tier?: TierBadgeView | undefined;
}

/** A tier badge on a card: the tier's mark and words, linked to where the tier is explained. */
export interface TierBadgeView {
  /** `1` to `4`, or `none`. */
  value: string;
  label: string;
  href: string;
}

export type HeadingLevel = 2 | 3;

/**
 * The card: kicker (kind and day), linked title, summary, audiences and tier badge; `extraHtml`
 * (markup already escaped, such as a past event's materials) goes last, inside the card.
 */
export function cardHtml(view: CardView, headingLevel: HeadingLevel, extraHtml = ''): string {
  const pending = view.pendingLabel === undefined ? '' : `<span class="tag tag-pending">${escape(view.pendingLabel)}</span>`;
  const audiences = view.audiences.map((audience) => `<span class="tag"${attribute('lang', audience.lang)}>${escape(audience.label)}</span>`).join('');
  return (
    `<article class="card" data-type="${escape(view.type)}">` +
    `<p class="card-kicker"><span>${escape(view.typeLabel)}</span><time datetime="${escape(view.isoDay)}">${escape(view.day)}</time>${pending}</p>` +
    `<h${headingLevel}><a href="${escape(view.url)}">${escape(view.title)}</a></h${headingLevel}>` +
    `<p>${escape(view.summary)}</p>` +
    `<p class="card-kicker"><span class="visually-hidden">${escape(view.audiencesLabel)}:</span>${audiences}</p>` +
    (view.tier ? tierBadgeHtml(view.tier) : '') +
    extraHtml +
    '</article>'
  );
}

/** A tier badge for reading (not the page's own, so without data-tier), kept out of search. */
export function tierBadgeHtml(tier: TierBadgeView): string {
  const mark = tier.value === 'none' ? '–' : tier.value;
  return (
    `<a class="tier-badge tier-${escape(tier.value)}" href="${escape(tier.href)}" data-pagefind-ignore>` +
    `<span class="tier-mark" aria-hidden="true">${escape(mark)}</span>${escape(tier.label)}</a>`
  );
}

/** Cards as the list the pages show: one `<li>` each. */
export function cardListHtml(cards: readonly string[]): string {
  return `<ul class="card-list">${cards.map((card) => `<li>${card}</li>`).join('')}</ul>`;
}

/** A past event's materials (slides, the briefs discussed), at the end of its card. */
export function materialsHtml(heading: string, links: readonly { label: string; href: string }[]): string {
  const items = links.map((link) => `<li><a href="${escape(link.href)}">${escape(link.label)}</a></li>`).join('');
  return `<div class="card-materials"><h4>${escape(heading)}</h4><ul class="event-materials">${items}</ul></div>`;
}

/** What a change idea's card adds: where it stands across its sites. */
export function statusHtml(label: string, status: string): string {
  return `<p class="card-status"><strong>${escape(label)}:</strong> ${escape(status)}</p>`;
}

function attribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${escape(value)}"`;
}
