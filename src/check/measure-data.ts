/**
 * The rules of a measure's data (content/README.md, section 8), for `npm run check` and for the
 * build's own guard (src/data/measures.ts), so both refuse the same files with the same words:
 * every measure has its `<id>.csv` beside its `<id>.yaml` (a translation takes its original's),
 * the CSV reads cleanly (header, ISO dates once per site, numbers, whole counts), and the YAML's
 * `phases` and `baselinePoints` fit the data. A translated measure keeps its original's chart and
 * settings and changes only the words; aims and cycles name the original.
 */
import { readMeasureCsv, type CsvReading } from '../lib/measures/csv.ts';
import { baselineProblems, phaseRangeProblems } from '../lib/measures/settings-checks.ts';
import type { MeasureProblem, MeasureSettings, PhaseStart } from '../lib/measures/types.ts';
import { ISO_DATE, toIsoDay } from '../lib/dates.ts';
import { error, type Problem } from './problem.ts';
import type { ValidEntries } from './improvement-rules.ts';
import { lineOfListItemField } from './yaml-lines.ts';

/** A file as the rules need it: its path for messages, and its text. */
export interface TextFile {
  /** Relative to the project root: `content/measures/on-track.csv`. */
  path: string;
  text: string;
}

/** The settings the data rules look at, as far as the YAML gives them in a usable form. */
export type DataSettings = Pick<MeasureSettings, 'phases' | 'baselinePoints'>;

export interface MeasureDataCheck {
  problems: Problem[];
  reading: CsvReading;
}

/**
 * One measure's data: every problem of its CSV (with line and column), then of its YAML settings
 * against the rows that could be read (with the line of the field in the YAML).
 */
export function checkMeasureData(csv: TextFile, yaml: TextFile, settings: DataSettings): MeasureDataCheck {
  const reading = readMeasureCsv(csv.text);
  const problems = reading.problems.map((problem) => toProblem(problem, csv.path, yaml));
  const settingsProblems = [...phaseRangeProblems(reading.data, settings), ...baselineProblems(reading.data, settings)];
  problems.push(...settingsProblems.map((problem) => toProblem(problem, csv.path, yaml)));
  return { problems, reading };
}

/** A problem of the measures library as the check prints it: CSV problems at their line and column. */
export function toProblem(problem: MeasureProblem, csvPath: string, yaml: TextFile): Problem {
  if (problem.source === 'csv') {
    return error({ file: csvPath, field: problem.field, line: problem.line, column: problem.column, found: problem.found, expected: problem.expected });
  }
  return error({ file: yaml.path, field: problem.field, line: yamlLine(yaml.text, problem.field), found: problem.found, expected: problem.expected });
}

/** The line of a YAML field path such as `baselinePoints` or `phases[1].from`. */
export function yamlLine(text: string, field: string | undefined): number | undefined {
  if (!field) return undefined;
  const item = /^([A-Za-z]+)\[(\d+)\]\.([A-Za-z]+)$/.exec(field);
  if (item) return lineOfListItemField(text, item[1]!, Number(item[2]), item[3]!);
  const top = field.replace(/[.[].*$/, '');
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${top}:`));
  return index === -1 ? undefined : index + 1;
}

/** Problems about a field inside a list (`phases[1].from`) moved to that field's own line. */
export function atListItemLines(problems: readonly Problem[], yamlText: string): Problem[] {
  return problems.map((problem) => {
    if (!problem.field || !/^[A-Za-z]+\[\d+\]\.[A-Za-z]+$/.test(problem.field)) return problem;
    return { ...problem, line: yamlLine(yamlText, problem.field) ?? problem.line };
  });
}

/**
 * The settings of a measure's YAML as written (dates as text), keeping only what is well formed:
 * the schema reports the rest, and the data rules should not report it a second time.
 */
export function dataSettingsOf(raw: unknown): DataSettings {
  const fields = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: DataSettings = {};
  const baseline = fields['baselinePoints'];
  if (typeof baseline === 'number' && Number.isInteger(baseline) && baseline >= 1) settings.baselinePoints = baseline;
  const phases = fields['phases'];
  if (Array.isArray(phases) && phases.length > 0 && phases.every(isWellFormedPhase)) {
    settings.phases = phases.map((phase: { from: string | Date; label?: unknown }) => ({ from: phase.from, label: typeof phase.label === 'string' ? phase.label : null }));
  }
  return settings;
}

function isWellFormedPhase(phase: unknown): phase is PhaseStart {
  const from = (phase as { from?: unknown } | null)?.from;
  return (typeof from === 'string' && ISO_DATE.test(from)) || (from instanceof Date && !Number.isNaN(from.getTime()));
}

/** What the check knows of one measure's files. */
export interface MeasureFiles {
  id: string;
  /** The YAML file, when there is one. */
  yaml?: TextFile | undefined;
  /** The YAML as parsed (before the schema), when it parsed. */
  raw?: unknown;
  csv?: TextFile | undefined;
}

/**
 * Every data problem of every measure: a YAML without its CSV (an original) or with one (a
 * translation), and the problems of each CSV and its settings. A CSV without its YAML is reported
 * with the other file-name rules (src/check/run-check.ts).
 */
export function measureDataProblems(measures: readonly MeasureFiles[]): Problem[] {
  return measures.flatMap((measure) => {
    if (!measure.yaml) return [];
    const translationOf = translationOfRaw(measure.raw);
    if (translationOf !== undefined) {
      if (!measure.csv) return [];
      return [
        error({
          file: measure.csv.path,
          field: 'file name',
          found: `a data file beside a translation (translationOf: ${translationOf})`,
          expected: `no ${measure.id}.csv: a translation is drawn from its original's data, ${translationOf}.csv`,
        }),
      ];
    }
    if (!measure.csv) {
      return [
        error({
          file: measure.yaml.path,
          field: 'file name',
          found: `no ${measure.id}.csv beside ${measure.id}.yaml`,
          expected: `${measure.id}.csv in content/measures/ too, with the measure's data (the header date,value, then n and site if used)`,
        }),
      ];
    }
    return checkMeasureData(measure.csv, measure.yaml, dataSettingsOf(measure.raw)).problems;
  });
}

function translationOfRaw(raw: unknown): string | undefined {
  const value = (raw as { translationOf?: unknown } | null | undefined)?.translationOf;
  return typeof value === 'string' ? value : undefined;
}

/** The fields a translated measure takes from its original: everything the analysis reads. */
export const SHARED_MEASURE_FIELDS = ['kind', 'better', 'chart', 'baselinePoints', 'target'] as const;

export interface MeasureRuleContext {
  entries: ValidEntries;
  fileOf: (collection: 'measures' | 'aims' | 'cycles', id: string) => string;
  lineOf?: ((collection: 'measures' | 'aims' | 'cycles', id: string, field: string) => number | undefined) | undefined;
}

/**
 * Rules across entries: a translated measure is drawn from its original's data with its
 * original's settings, so it keeps them (only the words, phase labels included, change); aims and
 * cycles name the original measure, which its translations are found through.
 */
export function measureTranslationProblems(context: MeasureRuleContext): Problem[] {
  const measures = context.entries.get('measures') ?? new Map<string, Record<string, unknown>>();
  const problems: Problem[] = [];
  const at = (collection: 'measures' | 'aims' | 'cycles', id: string, field: string, found: string, expected: string) =>
    error({ file: context.fileOf(collection, id), field, line: context.lineOf?.(collection, id, field.replace(/[.[].*$/, '')), found, expected });
  for (const [id, measure] of measures) {
    const originalId = measure['translationOf'];
    const original = typeof originalId === 'string' ? measures.get(originalId) : undefined;
    if (!original) continue;
    for (const field of SHARED_MEASURE_FIELDS) {
      if (JSON.stringify(measure[field]) !== JSON.stringify(original[field])) {
        problems.push(at('measures', id, field, describe(measure[field]), `${describe(original[field])}, as in its original ${String(originalId)} (a translation changes only the words)`));
      }
    }
    const ours = phaseDates(measure['phases']);
    const theirs = phaseDates(original['phases']);
    if (ours !== theirs) {
      problems.push(at('measures', id, 'phases', ours || 'no phases', `the phase dates of its original ${String(originalId)}: ${theirs || 'no phases'} (only the labels are translated)`));
    }
  }
  const named = (collection: 'aims' | 'cycles', id: string, field: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const original = measures.get(value)?.['translationOf'];
    if (typeof original === 'string') {
      problems.push(at(collection, id, field, `${JSON.stringify(value)}, a translation of ${original}`, `the id of the original measure, ${original} (its translations are found through it)`));
    }
  };
  for (const [id, aim] of context.entries.get('aims') ?? []) {
    named('aims', id, 'target.measure', (aim['target'] as { measure?: unknown } | undefined)?.measure);
    ((aim['measures'] ?? []) as unknown[]).forEach((value, index) => named('aims', id, `measures[${index}]`, value));
  }
  for (const [id, cycle] of context.entries.get('cycles') ?? []) {
    ((cycle['measures'] ?? []) as unknown[]).forEach((value, index) => named('cycles', id, `measures[${index}]`, value));
  }
  return problems;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** `2025-09-01, 2026-01-05`: a list of phases by their dates. */
function phaseDates(phases: unknown): string {
  if (!Array.isArray(phases)) return '';
  return phases.map((phase: { from?: unknown }) => (phase.from instanceof Date ? toIsoDay(phase.from) : String(phase.from))).join(', ');
}
