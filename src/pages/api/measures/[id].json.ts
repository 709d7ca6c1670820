/**
 * `/api/measures/<id>.json`: a public measure's analysis, series by series and phase by phase, in
 * the shape content/README.md (section 8) gives, for other sites and for checking the charts.
 */
import type { APIRoute } from 'astro';
import { publicMeasureSources, type MeasureEntry, type MeasureSource } from '../../../data/measures.ts';
import { measureJson } from '../../../lib/measures/index.ts';

export async function getStaticPaths() {
  return (await publicMeasureSources()).map(({ measure, source }) => ({ params: { id: measure.id }, props: { measure, source } }));
}

export const GET: APIRoute<{ measure: MeasureEntry; source: MeasureSource }> = ({ props: { measure, source } }) => {
  const { title, unit } = measure.data;
  return new Response(`${JSON.stringify(measureJson({ id: measure.id, title, unit }, source.analysis), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
