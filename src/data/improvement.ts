/**
 * Improvement work as pages need it (content/README.md, section 7): each change idea's cycles, ramps and
 * derived status, an aim's driver diagram with the change ideas this build shows, a cluster's
 * cycles. Built only from visible entries (src/data/entries.ts), and counted on originals, so a
 * draft cycle leaves no trace in a ramp, count, status or cluster, and a translated cycle is not
 * counted twice.
 */
import { uiStrings } from '../i18n/index.ts';
import { entryUrl, measureUrl } from '../lib/collections.ts';
import { changeIdeaStatus, type ChangeIdeaStatus } from '../lib/improvement/status.ts';
import { neighbours, type CycleFacts, type Ramp } from '../lib/improvement/ramps.ts';
import { pendingState, type Status } from '../lib/publishing.ts';
import { langIfOther } from '../lib/translations.ts';
import { buildNow, once, originalEntries, versionFor, visibleById, type EntryOf } from './entries.ts';
import { cardWithExtra } from './cards.ts';
import { cardListHtml, statusHtml } from '../lib/card-html.ts';
import type { EntryCard } from '../lib/listing.ts';

export type CycleEntry = EntryOf<'cycles'>;

/** A cycle with the facts that order it, and its entry. */
export interface CycleItem extends CycleFacts {
  entry: CycleEntry;
}

function toItem(entry: CycleEntry): CycleItem {
  const { changeIdea, site, started, ended, decision, follows } = entry.data;
  return { id: entry.id, changeIdea, site, started, ended, decision, follows, entry };
}

/** Visible original cycles by the change idea they test. */
function cyclesByChangeIdea(): Promise<Map<string, CycleItem[]>> {
  return once('improvement:cyclesByChangeIdea', async () => {
    const index = new Map<string, CycleItem[]>();
    for (const entry of await originalEntries('cycles')) {
      index.set(entry.data.changeIdea, [...(index.get(entry.data.changeIdea) ?? []), toItem(entry)]);
    }
    return index;
  });
}

/** A change idea's sites, ramps and status, from its visible cycles. */
export async function progressOf(changeIdeaId: string): Promise<ChangeIdeaStatus<CycleItem>> {
  const key = `improvement:progress:${changeIdeaId}`;
  return once(key, async () => changeIdeaStatus((await cyclesByChangeIdea()).get(changeIdeaId) ?? []));
}

/** The original id of an entry: itself, or the entry it translates. */
export function originalId(entry: { id: string; data: { translationOf?: string | undefined } }): string {
  return entry.data.translationOf ?? entry.id;
}

/** "Adopted at 2 sites, testing at 1 site", or "Not tested yet", in the reader's language. */
export function statusSummary(progress: ChangeIdeaStatus, lang: string): string {
  const t = uiStrings(lang).improvement;
  if (progress.counts.length === 0) return t.notTested;
  return progress.counts
    .map((count, index) => {
      const text = t.statusAt(count.status, count.sites);
      return index === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
    })
    .join(', ');
}

/** "7 cycles at 3 sites", or nothing before the first cycle. */
export function cycleCount(progress: ChangeIdeaStatus, lang: string): string | undefined {
  return progress.cycles ? uiStrings(lang).improvement.cyclesAtSites(progress.cycles, progress.sites.length) : undefined;
}

/** A link to an entry in the reader's language where it has been translated, marked when it is not. */
export interface EntryLink {
  id: string;
  href: string;
  title: string;
  /** The title's language, when it is not the page's. */
  lang?: string | undefined;
}

export async function linkFor(entry: EntryOf<'aims' | 'change-ideas' | 'cycles' | 'clusters'>, lang: string): Promise<EntryLink> {
  const version = await versionFor(entry, lang);
  return {
    id: originalId(entry),
    href: entryUrl(version.collection, version.id, version.data.lang),
    title: version.data.title,
    lang: langIfOther(version.data.lang, lang),
  };
}

/** A visible change idea by its (original) id, or undefined when this build may not show it. */
export async function changeIdeaById(id: string): Promise<EntryOf<'change-ideas'> | undefined> {
  return (await visibleById('change-ideas')).get(id);
}

export interface ChangeIdeaNode extends EntryLink {
  /** Set where a change idea that is not public yet is shown (dev server, partner preview). */
  pending?: Exclude<Status, 'published'> | undefined;
  status: string;
  cycles?: string | undefined;
  /** The status when every tested site agrees (for the diagram's colour), else undefined. */
  single?: string | undefined;
}

export interface DriverTree {
  primaries: {
    id: string;
    text: string;
    secondaries: { id: string; text: string; changeIdeas: ChangeIdeaNode[] }[];
  }[];
}

/**
 * An aim's drivers with the change ideas this build shows, each in the reader's language where
 * translated, with its status and count of cycles and sites. A change idea that is not visible is
 * left out, as if it were not in the file.
 */
export async function driverTree(aim: EntryOf<'aims'>, lang: string): Promise<DriverTree> {
  const ideaNode = async (id: string): Promise<ChangeIdeaNode | undefined> => {
    const idea = await changeIdeaById(id);
    if (!idea) return undefined;
    const progress = await progressOf(id);
    return {
      ...(await linkFor(idea, lang)),
      pending: pendingState(idea.data, buildNow),
      status: statusSummary(progress, lang),
      cycles: cycleCount(progress, lang),
      single: progress.counts.length === 1 ? progress.counts[0]!.status : progress.counts.length === 0 ? 'untested' : undefined,
    };
  };
  return {
    primaries: await Promise.all(
      aim.data.drivers.map(async (primary) => ({
        id: primary.id,
        text: primary.text,
        secondaries: await Promise.all(
          primary.secondary.map(async (secondary) => ({
            id: secondary.id,
            text: secondary.text,
            changeIdeas: (await Promise.all(secondary.changeIdeas.map(ideaNode))).filter((node): node is ChangeIdeaNode => node !== undefined),
          })),
        ),
      })),
    ),
  };
}

export interface MeasureItem {
  id: string;
  title: string;
  lang?: string | undefined;
  href?: string | undefined;
  definition: string;
  unit: string;
  better: 'higher' | 'lower';
}

function measureItem(version: EntryOf<'measures'>, lang: string): MeasureItem {
  return {
    id: originalId(version),
    title: version.data.title,
    lang: langIfOther(version.data.lang, lang),
    href: measureUrl(version.id, version.data.lang),
    definition: version.data.definition,
    unit: version.data.unit,
    better: version.data.better,
  };
}

/** Visible measures by id, as names (linked once measure pages exist), in the reader's language. */
export async function measureNames(ids: readonly string[], lang: string): Promise<MeasureItem[]> {
  const visible = await visibleById('measures');
  const found = await Promise.all(
    ids.map(async (id) => {
      const measure = visible.get(id);
      return measure ? measureItem(await versionFor(measure, lang), lang) : undefined;
    }),
  );
  return found.filter((item): item is MeasureItem => item !== undefined);
}

/** Where a change idea sits in the visible aims: aim, primary and secondary driver. */
export interface Placement {
  aim: EntryOf<'aims'>;
  primary: { id: string; text: string };
  secondary: { id: string; text: string };
}

export async function placementsOf(changeIdeaId: string): Promise<Placement[]> {
  const placements: Placement[] = [];
  for (const aim of await originalEntries('aims')) {
    for (const primary of aim.data.drivers) {
      for (const secondary of primary.secondary) {
        if (secondary.changeIdeas.includes(changeIdeaId)) placements.push({ aim, primary, secondary });
      }
    }
  }
  return placements;
}

/** A driver's text in the reader's version of the aim (driver ids are the same in every version). */
export async function driverText(aim: EntryOf<'aims'>, driverId: string, lang: string): Promise<{ text: string; lang?: string | undefined } | undefined> {
  const version = await versionFor(aim, lang);
  for (const primary of version.data.drivers) {
    if (primary.id === driverId) return { text: primary.text, lang: langIfOther(version.data.lang, lang) };
    for (const secondary of primary.secondary) {
      if (secondary.id === driverId) return { text: secondary.text, lang: langIfOther(version.data.lang, lang) };
    }
  }
  return undefined;
}

/** The ramp a cycle belongs to (its original's, at its site) and its neighbours there. */
export async function rampOf(cycle: CycleEntry): Promise<{ ramp: Ramp<CycleItem> | undefined; previous?: CycleItem | undefined; next?: CycleItem | undefined }> {
  const id = originalId(cycle);
  const original = (await visibleById('cycles')).get(id) ?? cycle;
  const progress = await progressOf(original.data.changeIdea);
  const ramp = progress.sites.find((site) => site.cycles.some((item) => item.id === id));
  return ramp ? { ramp, ...neighbours(ramp, id) } : { ramp: undefined };
}

/** The visible cycle a cycle builds on, if any. */
export async function followedCycle(cycle: CycleEntry): Promise<CycleEntry | undefined> {
  return cycle.data.follows ? (await visibleById('cycles')).get(cycle.data.follows) : undefined;
}

/** A visible aim by id. */
export async function aimById(id: string): Promise<EntryOf<'aims'> | undefined> {
  return (await visibleById('aims')).get(id);
}

/** Visible original clusters on an aim. */
export async function clustersOfAim(aimId: string): Promise<EntryOf<'clusters'>[]> {
  return (await originalEntries('clusters')).filter((cluster) => cluster.data.aim === aimId);
}

/**
 * The cycles a cluster's members ran on its driver's change ideas: visible original cycles whose
 * alliance is a member and whose change idea sits under the driver in the aim. Newest first.
 */
export async function clusterCycles(cluster: EntryOf<'clusters'>): Promise<CycleItem[]> {
  const aim = await aimById(cluster.data.aim);
  const primary = aim?.data.drivers.find((driver) => driver.id === cluster.data.driver);
  if (!primary) return [];
  const ideas = new Set(primary.secondary.flatMap((secondary) => secondary.changeIdeas));
  const members = new Set(cluster.data.members);
  const byIdea = await cyclesByChangeIdea();
  return [...ideas]
    .flatMap((idea) => byIdea.get(idea) ?? [])
    .filter((item) => members.has(item.entry.data.alliance))
    .sort((a, b) => b.started.getTime() - a.started.getTime() || a.id.localeCompare(b.id));
}

/** A change idea on `/change-ideas/`: its card and where it stands across its sites, in words. */
export interface ChangeIdeaItem {
  card: EntryCard;
  status: string;
}

/** The change ideas of one language's cards with their status, worked out once for every page. */
export async function changeIdeaItems(cards: readonly EntryCard[], lang: string): Promise<ChangeIdeaItem[]> {
  const ideas = await visibleById('change-ideas');
  return Promise.all(
    cards.map(async (card) => {
      const progress = await progressOf(originalId(ideas.get(card.id)!));
      return { card, status: [statusSummary(progress, lang), cycleCount(progress, lang)].filter(Boolean).join(' · ') };
    }),
  );
}

/** Change idea cards as `/change-ideas/` lists them, each ending with its status. */
export async function changeIdeasMarkup(items: readonly ChangeIdeaItem[]): Promise<string> {
  const cards = await Promise.all(
    items.map((item) => cardWithExtra(item.card, 2, statusHtml(uiStrings(item.card.lang).improvement.statusLabel, item.status))),
  );
  return cardListHtml(cards);
}
