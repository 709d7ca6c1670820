/** `/briefs/<id>.bib`: the brief's BibTeX entry, for LaTeX and reference managers. */
import { citationEndpoint, citationPaths } from '../../data/citations.ts';

export const getStaticPaths = citationPaths;
export const GET = citationEndpoint('bib');
