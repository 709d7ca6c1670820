/**
 * The rules of improvement work that look across entries (content/README.md, section 7), which no schema
 * can see from one file: a cycle's `follows` (same change idea, no loop), a cluster's driver (a
 * primary driver of its aim), references that must name an original rather than a translation,
 * and translated aims that keep their original's drivers. Ids themselves are checked to exist by
 * the schemas.
 */
import { didYouMean } from '../lib/suggest.ts';
import type { CollectionName } from '../lib/collections.ts';
import { error, type Problem } from './problem.ts';

/** Valid entries by collection and id, as the schemas returned them. */
export type ValidEntries = ReadonlyMap<CollectionName, ReadonlyMap<string, Record<string, unknown>>>;

export interface RuleContext {
  entries: ValidEntries;
  /** The file of an entry, relative to the project root. */
  fileOf: (collection: CollectionName, id: string) => string;
  /** The line of a top-level field in an entry's file, where known. */
  lineOf?: (collection: CollectionName, id: string, field: string) => number | undefined;
}

interface Driver {
  id: string;
  text: string;
  secondary?: { id: string; text: string; changeIdeas?: string[] }[];
}

export function improvementProblems(context: RuleContext): Problem[] {
  return [
    ...followsProblems(context),
    ...clusterDriverProblems(context),
    ...translationReferenceProblems(context),
    ...translatedAimProblems(context),
  ];
}

function entriesOf(context: RuleContext, collection: CollectionName): ReadonlyMap<string, Record<string, unknown>> {
  return context.entries.get(collection) ?? new Map();
}

function problemAt(context: RuleContext, collection: CollectionName, id: string, field: string, found: string, expected: string): Problem {
  const topField = field.replace(/[.[].*$/, '');
  return error({ file: context.fileOf(collection, id), field, line: context.lineOf?.(collection, id, topField), found, expected });
}

/** The id of the original an id names: itself, or the entry it translates. */
function originalOf(context: RuleContext, collection: CollectionName, id: unknown): unknown {
  const original = typeof id === 'string' ? entriesOf(context, collection).get(id)?.['translationOf'] : undefined;
  return typeof original === 'string' ? original : id;
}

/**
 * `follows` names another cycle of the same change idea (translations counting as their
 * originals, which another rule reports), and following it never comes back.
 */
function followsProblems(context: RuleContext): Problem[] {
  const cycles = entriesOf(context, 'cycles');
  const problems: Problem[] = [];
  for (const [id, cycle] of cycles) {
    const follows = cycle['follows'];
    if (typeof follows !== 'string') continue;
    if (follows === id) {
      problems.push(problemAt(context, 'cycles', id, 'follows', JSON.stringify(follows), 'the id of an earlier cycle, not this one'));
      continue;
    }
    const previous = cycles.get(follows);
    if (!previous) continue;
    if (originalOf(context, 'change-ideas', previous['changeIdea']) !== originalOf(context, 'change-ideas', cycle['changeIdea'])) {
      problems.push(
        problemAt(
          context,
          'cycles',
          id,
          'follows',
          `${JSON.stringify(follows)}, a cycle of ${String(previous['changeIdea'])}`,
          `a cycle of the same change idea as this one (${String(cycle['changeIdea'])})`,
        ),
      );
      continue;
    }
    const loop = loopFrom(id, cycles);
    if (loop) {
      problems.push(
        problemAt(context, 'cycles', id, 'follows', JSON.stringify(follows), `a chain of earlier cycles that ends; this one loops: ${loop.join(' → ')}`),
      );
    }
  }
  return problems;
}

/** The loop `id` is part of, as ids from `id` back to `id`, or undefined when its chain ends. */
function loopFrom(id: string, cycles: ReadonlyMap<string, Record<string, unknown>>): string[] | undefined {
  const path = [id];
  const seen = new Set(path);
  let current = cycles.get(id)?.['follows'];
  while (typeof current === 'string' && cycles.has(current)) {
    path.push(current);
    if (current === id) return path;
    if (seen.has(current)) return undefined; // a loop further back, reported on its own members
    seen.add(current);
    current = cycles.get(current)?.['follows'];
  }
  return undefined;
}

/** A cluster's `driver` is the id of one primary driver of its aim. */
function clusterDriverProblems(context: RuleContext): Problem[] {
  const aims = entriesOf(context, 'aims');
  const problems: Problem[] = [];
  for (const [id, cluster] of entriesOf(context, 'clusters')) {
    const aimId = cluster['aim'];
    const driver = cluster['driver'];
    const aim = typeof aimId === 'string' ? aims.get(aimId) : undefined;
    if (!aim || typeof driver !== 'string') continue;
    const drivers = (aim['drivers'] ?? []) as Driver[];
    const primaryIds = drivers.map((primary) => primary.id);
    if (primaryIds.includes(driver)) continue;
    const parent = drivers.find((primary) => primary.secondary?.some((secondary) => secondary.id === driver));
    const note = parent ? `; ${driver} is a secondary driver under ${parent.id}, and clusters form around primary drivers` : didYouMean(driver, primaryIds);
    problems.push(
      problemAt(context, 'clusters', id, 'driver', JSON.stringify(driver), `the id of a primary driver of ${aimId}: ${primaryIds.join(', ')}${note}`),
    );
  }
  return problems;
}

/**
 * References that build the network's structure name originals, never translations: a
 * translation is found through its original (translationOf), and counting a translated cycle
 * twice would double the network's work.
 */
function translationReferenceProblems(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const check = (collection: CollectionName, id: string, field: string, target: CollectionName, value: unknown) => {
    if (typeof value !== 'string') return;
    const original = entriesOf(context, target).get(value)?.['translationOf'];
    if (typeof original === 'string') {
      problems.push(
        problemAt(context, collection, id, field, `${JSON.stringify(value)}, a translation of ${original}`, `the id of the original, ${original} (its translations are found through it)`),
      );
    }
  };
  for (const [id, cycle] of entriesOf(context, 'cycles')) {
    check('cycles', id, 'changeIdea', 'change-ideas', cycle['changeIdea']);
    check('cycles', id, 'follows', 'cycles', cycle['follows']);
  }
  for (const [id, cluster] of entriesOf(context, 'clusters')) check('clusters', id, 'aim', 'aims', cluster['aim']);
  for (const [id, aim] of entriesOf(context, 'aims')) {
    ((aim['drivers'] ?? []) as Driver[]).forEach((primary, index) =>
      (primary.secondary ?? []).forEach((secondary, inner) =>
        (secondary.changeIdeas ?? []).forEach((changeIdea, position) =>
          check('aims', id, `drivers[${index}].secondary[${inner}].changeIdeas[${position}]`, 'change-ideas', changeIdea),
        ),
      ),
    );
  }
  return problems;
}

/** `a (a1, a2); b (b1)`: an aim's driver ids, primary then their secondaries, as a sentence. */
export function driverOutline(drivers: readonly Driver[]): string {
  return drivers.map((primary) => `${primary.id} (${(primary.secondary ?? []).map((secondary) => secondary.id).join(', ')})`).join('; ');
}

/**
 * A translated aim is the same theory in other words: the same drivers, under the same primary
 * drivers, in the same order, with the same change ideas, target and measures. Clusters name
 * driver ids, and pages in each language draw the same diagram.
 */
function translatedAimProblems(context: RuleContext): Problem[] {
  const aims = entriesOf(context, 'aims');
  const problems: Problem[] = [];
  for (const [id, aim] of aims) {
    const originalId = aim['translationOf'];
    const original = typeof originalId === 'string' ? aims.get(originalId) : undefined;
    if (!original) continue;
    const theirs = (original['drivers'] ?? []) as Driver[];
    const ours = (aim['drivers'] ?? []) as Driver[];
    if (driverOutline(ours) !== driverOutline(theirs)) {
      problems.push(problemAt(context, 'aims', id, 'drivers', driverOutline(ours), `the driver ids of its original ${originalId}: ${driverOutline(theirs)}`));
    } else if (changeIdeaOutline(ours) !== changeIdeaOutline(theirs)) {
      problems.push(
        problemAt(context, 'aims', id, 'drivers', changeIdeaOutline(ours), `the change ideas of its original ${originalId}, driver by driver: ${changeIdeaOutline(theirs)}`),
      );
    }
    for (const field of ['target', 'measures'] as const) {
      if (JSON.stringify(aim[field]) !== JSON.stringify(original[field])) {
        problems.push(problemAt(context, 'aims', id, field, JSON.stringify(aim[field]), `the ${field} of its original ${originalId}: ${JSON.stringify(original[field])}`));
      }
    }
  }
  return problems;
}

function changeIdeaOutline(drivers: readonly Driver[]): string {
  return drivers
    .flatMap((primary) => (primary.secondary ?? []).map((secondary) => `${secondary.id}: ${(secondary.changeIdeas ?? []).join(', ')}`))
    .join('; ');
}
