/**
 * Each entry's card as markup, written once per build and placed by every list, taxonomy page and
 * "related" section that shows it (src/lib/card-html.ts says why). A card belongs to one language,
 * its entry's, so this is once per language as well.
 */
import { uiStrings } from '../i18n/index.ts';
import { langPrefix } from '../lib/collections.ts';
import { formatDay, isoDayInZone } from '../lib/dates.ts';
import { cardHtml, cardListHtml, type CardView, type HeadingLevel } from '../lib/card-html.ts';
import type { EntryCard } from '../lib/listing.ts';
import { labelsFor, type Labels } from './labels.ts';

const written = new WeakMap<EntryCard, Partial<Record<HeadingLevel, string>>>();

/** What a card shows, in the card's language. */
export function cardView(card: EntryCard, labels: Labels): CardView {
  const t = uiStrings(card.lang);
  return {
    type: card.type,
    typeLabel: t.types[card.type],
    isoDay: isoDayInZone(card.date, card.timeZone ?? 'UTC'),
    day: formatDay(card.date, card.lang, card.timeZone),
    pendingLabel: card.pending && t.pendingTag[card.pending],
    title: card.title,
    url: card.url,
    summary: card.summary,
    audiencesLabel: t.meta.audiences,
    audiences: labels.links('audiences', card.audiences),
    tier:
      card.tier === undefined
        ? undefined
        : { value: String(card.tier), label: t.tiers[card.tier], href: `${langPrefix(card.lang)}/evidence/#tier-${card.tier}` },
  };
}

/** The labels of every language among `cards`, read once each. */
async function labelsByLang(cards: readonly EntryCard[]): Promise<Map<string, Labels>> {
  const langs = [...new Set(cards.map((card) => card.lang))];
  return new Map(await Promise.all(langs.map(async (lang) => [lang, await labelsFor(lang)] as const)));
}

/** Cards' markup at one heading level, each written the first time any page asks for it. */
export async function cardsMarkup(cards: readonly EntryCard[], headingLevel: HeadingLevel): Promise<string[]> {
  const missing = cards.filter((card) => written.get(card)?.[headingLevel] === undefined);
  const labels = missing.length ? await labelsByLang(missing) : new Map<string, Labels>();
  return cards.map((card) => {
    let levels = written.get(card);
    if (!levels) written.set(card, (levels = {}));
    return (levels[headingLevel] ??= cardHtml(cardView(card, labels.get(card.lang)!), headingLevel));
  });
}

/** A list of cards as the pages show it: `<ul class="card-list">`, one card per item. */
export async function cardListMarkup(cards: readonly EntryCard[], headingLevel: HeadingLevel): Promise<string> {
  return cardListHtml(await cardsMarkup(cards, headingLevel));
}

/** One card with something of its own at the end (a past event's materials), not kept. */
export async function cardWithExtra(card: EntryCard, headingLevel: HeadingLevel, extraHtml: string): Promise<string> {
  return cardHtml(cardView(card, await labelsFor(card.lang)), headingLevel, extraHtml);
}
