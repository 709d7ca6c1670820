/** Links between claims and their sources, built once per build from visible entries only. */
import { indexBy, newestFirst, type EntryCard } from '../lib/listing.ts';
import { evidenceRow, strongestFirst, type EvidenceRow } from '../lib/evidence/table.ts';
import { DEFAULT_LANG } from '../lib/collections.ts';
import { uiStrings } from '../i18n/index.ts';
import { entriesForReader, entriesInLang, once, toCard } from './entries.ts';

/** Published findings that cite a brief: "Findings drawn from this brief". */
export async function findingsFromBrief(briefId: string): Promise<EntryCard[]> {
  const findingsBySource = await once('findingsBySource', async () => {
    const index = indexBy(await entriesInLang('findings'), (finding) => finding.data.sources);
    return new Map([...index].map(([id, list]) => [id, newestFirst(list.map(toCard))]));
  });
  return findingsBySource.get(briefId) ?? [];
}

/**
 * A problem's evidence table: every visible finding tagged with it, strongest first, each in
 * `lang` where translated, else in English (the table's own words are in `lang` either way).
 */
export async function evidenceTable(problemId: string, lang = DEFAULT_LANG): Promise<EvidenceRow[]> {
  const rowsByProblem = await once(`evidenceTable:${lang}`, async () => {
    const findings = await entriesForReader('findings', lang);
    const words = uiStrings(lang).evidenceWords;
    const rows = findings.map((finding) => ({ problems: finding.data.problems, row: evidenceRow(toCard(finding), finding.data.evidence, words) }));
    const index = indexBy(rows, (item) => item.problems);
    return new Map([...index].map(([id, items]) => [id, strongestFirst(items.map((item) => item.row))]));
  });
  return rowsByProblem.get(problemId) ?? [];
}
