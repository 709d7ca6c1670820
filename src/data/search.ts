/**
 * The values each search facet can take, with the labels readers see (ids stay in the URL and
 * the index). Built from the same collections and cards as every page, so a new problem file
 * becomes a filter value with no other edit.
 */
import { uiStrings } from '../i18n/index.ts';
import { CHALLENGE_KINDS, ENTRY_TYPE, PAGE_COLLECTIONS } from '../lib/collections.ts';
import { TIER_VALUES } from '../lib/evidence/types.ts';
import { byOrderThenLabel } from '../lib/listing.ts';
import { searchYearOf } from '../lib/search-record.ts';
import { audienceText, problemText } from '../lib/translations.ts';
import type { Facet } from '../lib/search-state.ts';
import { allCards, taxonomyEntries } from './entries.ts';

export interface FacetOption {
  value: string;
  label: string;
}

export async function facetOptions(lang: string): Promise<Record<Facet, FacetOption[]>> {
  const t = uiStrings(lang);
  const [audiences, problems, alliances, cards] = await Promise.all([
    taxonomyEntries('audiences'),
    taxonomyEntries('problems'),
    taxonomyEntries('alliances'),
    allCards(lang),
  ]);
  const years = [...new Set(cards.map(searchYearOf))].sort().reverse();
  return {
    type: PAGE_COLLECTIONS.map((collection) => ({ value: ENTRY_TYPE[collection], label: t.types[ENTRY_TYPE[collection]] })),
    audience: audiences
      .map((entry) => ({ value: entry.id, label: audienceText(entry.data, lang).label, order: entry.data.order }))
      .sort(byOrderThenLabel),
    problem: problems
      .map((entry) => ({ value: entry.id, label: problemText(entry.data, lang).title, order: entry.data.order }))
      .sort(byOrderThenLabel),
    alliance: alliances
      .map((entry) => ({ value: entry.id, label: entry.data.name }))
      .sort((a, b) => a.label.localeCompare(b.label, lang)),
    tier: TIER_VALUES.map((tier) => ({ value: String(tier), label: t.tiers[tier] })),
    challenge: CHALLENGE_KINDS.map((kind) => ({ value: kind, label: t.challengeKinds[kind].title })),
    year: years.map((year) => ({ value: year, label: year })),
  };
}
