/** `/briefs/<id>.ris`: the brief's RIS record, for Zotero, EndNote and Mendeley. */
import { citationEndpoint, citationPaths } from '../../data/citations.ts';

export const getStaticPaths = citationPaths;
export const GET = citationEndpoint('ris');
