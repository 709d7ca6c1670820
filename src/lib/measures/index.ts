/**
 * The measures library in one import, for the pages and the check: read a measure's CSV, check
 * it against its YAML, analyse it, publish it (JSON and CSV), read the verdict, say it in words,
 * and lay out its chart. Each part lives in its own module; this only gathers them.
 */
export { readMeasureCsv, type CsvReading } from './csv.ts';
export { checkMeasureSettings } from './settings-checks.ts';
export { analyseMeasure, analyseSeries } from './analysis.ts';
export { measureJson, type MeasureJson, type MeasureIdentity } from './api-json.ts';
export { publishedCsv, publishedRows } from './published-csv.ts';
export { readSeries, type SeriesReading, type PhaseReading, type Signal, type Episode } from './verdict.ts';
export { describeSeries, describePhase, describeSignal, describeChart, formatValue, formatDate, DEFAULT_MEASURE_WORDS, type MeasureWords } from './words.ts';
export { chartGeometry, type ChartGeometry, type ChartOptions, type CycleMarkerInput } from './chart.ts';
export { sharedXDomain, sharedYDomain } from './chart-scales.ts';
export type * from './types.ts';
