/**
 * Human labels for ids (audience labels, problem titles, alliance and people names) and links to
 * their pages. Ids are checked to exist, so a missing label is a bug; we fall back to the id.
 */
import { dataUrl, type DataCollection } from '../lib/collections.ts';
import { dataById } from './entries.ts';

export interface LinkItem {
  href: string;
  label: string;
}

export interface Labels {
  audience(id: string): string;
  problem(id: string): string;
  alliance(id: string): string;
  person(id: string): string;
  links(collection: Exclude<DataCollection, 'glossary'>, ids: readonly string[]): LinkItem[];
}

let cached: Promise<Labels> | undefined;

export function labelsFor(): Promise<Labels> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Labels> {
  const [audiences, problems, alliances, people] = await Promise.all([
    dataById('audiences'),
    dataById('problems'),
    dataById('alliances'),
    dataById('people'),
  ]);
  const label = {
    audiences: (id: string) => audiences.get(id)?.data.label ?? id,
    problems: (id: string) => problems.get(id)?.data.title ?? id,
    alliances: (id: string) => alliances.get(id)?.data.name ?? id,
    people: (id: string) => people.get(id)?.data.name ?? id,
  };
  return {
    audience: label.audiences,
    problem: label.problems,
    alliance: label.alliances,
    person: label.people,
    links: (collection, ids) => ids.map((id) => ({ href: dataUrl(collection, id), label: label[collection](id) })),
  };
}
