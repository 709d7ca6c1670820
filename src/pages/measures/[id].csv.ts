/**
 * `/measures/<id>.csv`: a public measure's published rows (content/README.md, section 8), as its
 * CSV has them but with every withheld row's value and count left empty.
 */
import type { APIRoute } from 'astro';
import { publicMeasureSources, type MeasureSource } from '../../data/measures.ts';
import { publishedCsv } from '../../lib/measures/index.ts';

export async function getStaticPaths() {
  return (await publicMeasureSources()).map(({ measure, source }) => ({ params: { id: measure.id }, props: { source } }));
}

export const GET: APIRoute<{ source: MeasureSource }> = ({ props: { source } }) =>
  new Response(publishedCsv(source.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
