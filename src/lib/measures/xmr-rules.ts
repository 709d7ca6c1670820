/**
 * The special-cause rules of an XmR chart, applied to one phase's present points in order (missing
 * and withheld points were skipped before, so they are never flagged and never break a run).
 * Each rule returns, per point, the side it flags the point on, or null; a point meets every rule
 * it meets, unlike NHSRplotthedots, which gives each point the one type its order of precedence
 * picks (outside, trend, two-of-three, shift).
 */
import type { Better, FlagRule, PointFlag, Side, SignalReading, XmrLimits } from './types.ts';

/** Points in a row that make a shift or a trend (6 rises or falls in a row for a trend). */
export const RUN_OF_POINTS = 7;

type SideFlags = (Side | null)[];

/** `outside`: beyond a process limit (a point exactly on a limit is not beyond it). */
export function outsideFlags(values: readonly number[], limits: XmrLimits): SideFlags {
  return values.map((value) => (value > limits.upper ? 'up' : value < limits.lower ? 'down' : null));
}

/** Which two-sigma line a value is beyond, if any (beyond the process limit counts). */
function beyondNearLine(value: number, limits: XmrLimits): Side | null {
  return value > limits.nearUpper ? 'up' : value < limits.nearLower ? 'down' : null;
}

/**
 * `two-of-three`: a point beyond a two-sigma line, in a window of three consecutive points of
 * which at least two are beyond the two-sigma line on the same side. NHSRplotthedots counts only
 * points between the two-sigma line and the limit and wants all three of the window on the same
 * side of the mean; the contract counts points beyond the limit too, and asks nothing of the third.
 */
export function twoOfThreeFlags(values: readonly number[], limits: XmrLimits): SideFlags {
  const beyond = values.map((value) => beyondNearLine(value, limits));
  const flags: SideFlags = values.map(() => null);
  for (let start = 0; start + 3 <= values.length; start += 1) {
    for (const side of ['up', 'down'] as const) {
      const window = [start, start + 1, start + 2].filter((index) => beyond[index] === side);
      if (window.length >= 2) for (const index of window) flags[index] = side;
    }
  }
  return flags;
}

/** `shift`: in a run of 7 or more points on one side of the mean; a point on the mean breaks it. */
export function shiftFlags(values: readonly number[], mean: number): SideFlags {
  const sides = values.map((value): Side | null => (value > mean ? 'up' : value < mean ? 'down' : null));
  return flagLongStretches(sides, sides.length);
}

/**
 * `trend`: in a run of 7 or more points that rise at every step, or fall at every step; an equal
 * value breaks it. A point at the turn of a rise into a fall belongs to both trends.
 */
export function trendFlags(values: readonly number[]): { rising: SideFlags; falling: SideFlags } {
  const steps = values.slice(1).map((value, index): Side | null => {
    const previous = values[index]!;
    return value > previous ? 'up' : value < previous ? 'down' : null;
  });
  const only = (side: Side) => steps.map((step) => (step === side ? side : null));
  return {
    rising: stepsToPoints(flagLongStretches(only('up'), steps.length, RUN_OF_POINTS - 1), values.length),
    falling: stepsToPoints(flagLongStretches(only('down'), steps.length, RUN_OF_POINTS - 1), values.length),
  };
}

/** Every item of a stretch of at least `minimum` equal, non-null sides keeps its side. */
function flagLongStretches(sides: SideFlags, length: number, minimum = RUN_OF_POINTS): SideFlags {
  const flags: SideFlags = Array.from({ length }, () => null);
  let start = 0;
  for (let index = 1; index <= length; index += 1) {
    if (index < length && sides[index] === sides[start]) continue;
    const side = sides[start];
    if (side && index - start >= minimum) flags.fill(side, start, index);
    start = index;
  }
  return flags;
}

/** Step i joins points i and i + 1: a flagged step flags both. */
function stepsToPoints(steps: SideFlags, points: number): SideFlags {
  return Array.from({ length: points }, (_, point) => steps[point - 1] ?? steps[point] ?? null);
}

/** Whether a signal on this side is good news. */
export function readSide(side: Side, better: Better): SignalReading {
  return (side === 'up') === (better === 'higher') ? 'improvement' : 'concern';
}

/** Every rule each point meets, with its side and what it means for the measure. */
export function flagPoints(values: readonly number[], mean: number, limits: XmrLimits, better: Better): PointFlag[][] {
  const { rising, falling } = trendFlags(values);
  const rules: [FlagRule, SideFlags][] = [
    ['outside', outsideFlags(values, limits)],
    ['two-of-three', twoOfThreeFlags(values, limits)],
    ['shift', shiftFlags(values, mean)],
    ['trend', rising],
    ['trend', falling],
  ];
  return values.map((_, index) =>
    rules.flatMap(([rule, flags]) => {
      const side = flags[index];
      return side ? [{ rule, side, reading: readSide(side, better) }] : [];
    }),
  );
}
