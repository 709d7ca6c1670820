/**
 * A series cut into phases: a new phase starts at each `from` of the measure's `phases`, and the
 * rows before the first `from` form a phase of their own (with no label). Each phase is analysed
 * on its own. A phase with no row in a series (a site that joined later) is left out of it.
 */
import { compareIsoDates, isoDayOf } from './series.ts';
import type { MeasureRow, PhaseStart } from './types.ts';

export interface PhaseRows {
  from: string;
  label: string | null;
  rows: MeasureRow[];
}

/** The phase starts as ISO days in date order (the check reports any that were not in order). */
export function phaseStarts(phases: readonly PhaseStart[] = []): { from: string; label: string | null }[] {
  return phases
    .map((phase) => ({ from: isoDayOf(phase.from), label: phase.label ?? null }))
    .sort((a, b) => compareIsoDates(a.from, b.from));
}

/** Splits a series' rows (sorted by date) at the phase starts; empty phases are dropped. */
export function splitIntoPhases(rows: readonly MeasureRow[], phases: readonly PhaseStart[] = []): PhaseRows[] {
  const first = rows[0];
  if (!first) return [];
  const starts = phaseStarts(phases);
  const all: PhaseRows[] = [{ from: first.date, label: null, rows: [] }, ...starts.map((start) => ({ ...start, rows: [] }))];
  let current = 0;
  for (const row of rows) {
    while (current + 1 < all.length && all[current + 1]!.from <= row.date) current += 1;
    all[current]!.rows.push(row);
  }
  return all.filter((phase) => phase.rows.length > 0);
}
