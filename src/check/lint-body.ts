import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { findSmallCounts, mayContainTable } from '../plugins/small-counts.ts';
import { error, type Problem } from './problem.ts';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Content rules that need the body as a tree: small counts in tables, for now. Run after the
 * body compiled with Sätteri, so its syntax is known to be good. `body` has its front matter
 * blanked to empty lines, so positions in the tree are positions in the file.
 */
export function lintMdxBody(file: string, body: string): Problem[] {
  if (!mayContainTable(body)) return [];
  return findSmallCounts(parseBody(body)).map(({ line, column, found, expected }) =>
    error({ file, field: 'table', line, column, found, expected }),
  );
}

/**
 * remark-mdx is stricter than Sätteri in a few corners (an HTML comment is a syntax error to it);
 * the build accepts those, so tables are then read as plain Markdown rather than missed.
 */
function parseBody(body: string): Root {
  try {
    return mdxParser.parse(body);
  } catch {
    return markdownParser.parse(body);
  }
}
