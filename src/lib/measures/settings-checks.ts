/**
 * The checks that need both files: the YAML's `phases` and `baselinePoints` against the CSV's
 * data. The field rules the schema holds alone (an ISO `from`, `baselinePoints` of 6 or more) are
 * the schema's; these are reported as problems in the YAML, by field.
 */
import { presentPoints } from './analysis.ts';
import { splitIntoPhases } from './phases.ts';
import { dateRange, isoDayOf } from './series.ts';
import type { MeasureData, MeasureProblem, MeasureSettings } from './types.ts';

/** Every problem of the settings against the data (none when they fit). */
export function checkMeasureSettings(data: MeasureData, settings: Pick<MeasureSettings, 'phases' | 'baselinePoints'>): MeasureProblem[] {
  return [...phaseOrderProblems(settings), ...phaseRangeProblems(data, settings), ...baselineProblems(data, settings)];
}

/** Each phase starts after the one before: phases listed out of order are a slip worth naming. */
export function phaseOrderProblems(settings: Pick<MeasureSettings, 'phases'>): MeasureProblem[] {
  const phases = settings.phases ?? [];
  return phases.flatMap((phase, index) => {
    if (index === 0) return [];
    const from = isoDayOf(phase.from);
    const previous = isoDayOf(phases[index - 1]!.from);
    if (from > previous) return [];
    return [
      {
        source: 'yaml' as const,
        field: `phases[${index}].from`,
        found: `${from}, not after phases[${index - 1}].from (${previous})`,
        expected: 'phases in date order, each starting after the one before',
      },
    ];
  });
}

/** A phase must start on or after the first date of the data and no later than its last. */
export function phaseRangeProblems(data: MeasureData, settings: Pick<MeasureSettings, 'phases'>): MeasureProblem[] {
  const range = dateRange(data.series);
  return (settings.phases ?? []).flatMap((phase, index) => {
    const from = isoDayOf(phase.from);
    if (range && from >= range.first && from <= range.last) return [];
    return [
      {
        source: 'yaml' as const,
        field: `phases[${index}].from`,
        found: from,
        expected: range ? `a date within the data, from ${range.first} to ${range.last}` : 'a date within the data, which has no rows yet',
      },
    ];
  });
}

/**
 * `baselinePoints` larger than the present points of a phase that has ended (any phase but the
 * last of its series) can never be met there: the baseline would quietly be the whole phase. The
 * last phase is still collecting data, so it may have fewer for now; its limits say `trial`.
 */
export function baselineProblems(data: MeasureData, settings: Pick<MeasureSettings, 'phases' | 'baselinePoints'>): MeasureProblem[] {
  const wanted = settings.baselinePoints;
  if (wanted === undefined) return [];
  return data.series.flatMap((series) => {
    const phases = splitIntoPhases(series.rows, settings.phases);
    return phases.slice(0, -1).flatMap((phase) => {
      const present = presentPoints(phase.rows).length;
      if (present >= wanted) return [];
      const where = `${phase.label === null ? 'the phase' : `phase ${JSON.stringify(phase.label)}`} from ${phase.from}${
        series.site === null ? '' : ` at site ${JSON.stringify(series.site)}`
      }`;
      return [
        {
          source: 'yaml' as const,
          field: 'baselinePoints',
          found: `${wanted}, but ${where} has ${present} point${present === 1 ? '' : 's'} with a value`,
          expected: `at most ${present}, or phases long enough for the baseline (a phase that has ended gains no points)`,
        },
      ];
    });
  });
}
