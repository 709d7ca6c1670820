/** Links between claims and their sources, built once per build from visible entries only. */
import { indexBy, newestFirst, type EntryCard } from '../lib/listing.ts';
import { entriesInLang, toCard } from './entries.ts';

let findingsBySource: Promise<Map<string, EntryCard[]>> | undefined;

/** Published findings that cite a brief: "Findings drawn from this brief". */
export async function findingsFromBrief(briefId: string): Promise<EntryCard[]> {
  findingsBySource ??= entriesInLang('findings').then((findings) => {
    const index = indexBy(findings, (finding) => finding.data.sources);
    return new Map([...index].map(([id, list]) => [id, newestFirst(list.map(toCard))]));
  });
  return (await findingsBySource).get(briefId) ?? [];
}
