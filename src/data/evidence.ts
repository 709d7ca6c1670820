/** Links between claims and their sources, built once per build from visible entries only. */
import { indexBy, newestFirst, type EntryCard } from '../lib/listing.ts';
import { evidenceRow, strongestFirst, type EvidenceRow } from '../lib/evidence/table.ts';
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

let rowsByProblem: Promise<Map<string, EvidenceRow[]>> | undefined;

/** A problem's evidence table: every visible English finding tagged with it, strongest first. */
export async function evidenceTable(problemId: string): Promise<EvidenceRow[]> {
  rowsByProblem ??= entriesInLang('findings').then((findings) => {
    const rows = findings.map((finding) => ({ problems: finding.data.problems, row: evidenceRow(toCard(finding), finding.data.evidence) }));
    const index = indexBy(rows, (item) => item.problems);
    return new Map([...index].map(([id, items]) => [id, strongestFirst(items.map((item) => item.row))]));
  });
  return (await rowsByProblem).get(problemId) ?? [];
}
