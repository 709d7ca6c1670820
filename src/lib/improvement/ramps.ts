/**
 * Ramps: a change idea's PDSA cycles at one site, in the order they were run, each building on
 * the last (content/README.md, section 7). Pure: callers pass only the cycles the reader may see, so a
 * draft cycle leaves no trace in any ramp.
 */

/** The facts of a cycle that order it. */
export interface CycleFacts {
  id: string;
  changeIdea: string;
  site: string;
  started: Date;
  ended?: Date | undefined;
  decision?: 'adopt' | 'adapt' | 'abandon' | undefined;
  /** The cycle it builds on; ignored when that cycle is not among those given. */
  follows?: string | undefined;
}

export interface Ramp<T extends CycleFacts = CycleFacts> {
  site: string;
  /** In the order they were run. */
  cycles: T[];
}

/**
 * One site's cycles in order: a cycle comes after the cycle it follows (when both are at this
 * site), otherwise earlier start first, then earlier end, then id. A `follows` loop (which the
 * check rejects) cannot hang the build: once nothing else can be placed, its cycles go by date.
 */
export function orderCycles<T extends CycleFacts>(cycles: readonly T[]): T[] {
  const byId = new Map(cycles.map((cycle) => [cycle.id, cycle]));
  const waitingOn = new Map<string, string>();
  for (const cycle of cycles) {
    if (cycle.follows && cycle.follows !== cycle.id && byId.has(cycle.follows)) waitingOn.set(cycle.id, cycle.follows);
  }
  const placed = new Set<string>();
  const ordered: T[] = [];
  const remaining = [...cycles].sort(byDates);
  while (remaining.length) {
    // The earliest cycle whose predecessor is placed; in a loop, the earliest of all.
    const index = remaining.findIndex((cycle) => {
      const previous = waitingOn.get(cycle.id);
      return previous === undefined || placed.has(previous);
    });
    const [next] = remaining.splice(index === -1 ? 0 : index, 1);
    ordered.push(next!);
    placed.add(next!.id);
  }
  return ordered;
}

function byDates(a: CycleFacts, b: CycleFacts): number {
  return (
    a.started.getTime() - b.started.getTime() ||
    (a.ended?.getTime() ?? Infinity) - (b.ended?.getTime() ?? Infinity) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * A change idea's cycles grouped by site, each site's cycles in order; sites in the order they
 * began testing (then by name).
 */
export function rampsOf<T extends CycleFacts>(cycles: readonly T[]): Ramp<T>[] {
  const bySite = new Map<string, T[]>();
  for (const cycle of cycles) bySite.set(cycle.site, [...(bySite.get(cycle.site) ?? []), cycle]);
  return [...bySite]
    .map(([site, siteCycles]) => ({ site, cycles: orderCycles(siteCycles) }))
    .sort((a, b) => a.cycles[0]!.started.getTime() - b.cycles[0]!.started.getTime() || a.site.localeCompare(b.site));
}

/** The cycles before and after one in its ramp, for a cycle page's links. */
export function neighbours<T extends CycleFacts>(ramp: Ramp<T>, id: string): { previous?: T | undefined; next?: T | undefined } {
  const index = ramp.cycles.findIndex((cycle) => cycle.id === id);
  if (index === -1) return {};
  return { previous: ramp.cycles[index - 1], next: ramp.cycles[index + 1] };
}
