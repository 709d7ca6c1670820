import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { ContentFile } from '../lib/content-files.ts';
import { error, type Problem } from './problem.ts';

/** The same front matter pattern Astro uses, so both read the same block. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface ParsedFile {
  data: unknown;
  /** The MDX body with the front matter blanked to empty lines, so line numbers stay true. */
  body?: string;
  /** Line number (1-based, in the file) of a top-level field, for pointing authors at it. */
  lineOf: (field: string) => number | undefined;
}

/**
 * YAML without the timestamp type: dates stay text, so the schema can hold authors to the exact
 * ISO form (Astro's own parse turns them into Date objects and loses an event's offset).
 */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function readContentFile(file: ContentFile): ParsedFile | Problem {
  const text = readFileSync(file.absolutePath, 'utf8');
  return file.extension === '.mdx' ? readMdx(file, text) : readYaml(file, text);
}

function readYaml(file: ContentFile, text: string): ParsedFile | Problem {
  try {
    return { data: parseYaml(text), lineOf: lineFinder(text, 0) };
  } catch (cause) {
    return yamlSyntaxProblem(file, cause, 0);
  }
}

function readMdx(file: ContentFile, text: string): ParsedFile | Problem {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return error({
      file: file.relativePath,
      line: 1,
      found: 'no front matter',
      expected: 'a front matter block between --- lines at the top of the file',
    });
  }
  const raw = match[1] ?? '';
  const linesBefore = text.slice(0, match.index + match[0].indexOf('---')).split('\n').length - 1;
  const body = text.replace(match[0], match[0].replace(/[^\n]/g, ''));
  try {
    // The captured YAML starts on the opening `---` line itself (its first line is empty), so
    // its line 0 is file line `linesBefore + 1`.
    return { data: parseYaml(raw), body, lineOf: lineFinder(raw, linesBefore) };
  } catch (cause) {
    return yamlSyntaxProblem(file, cause, linesBefore);
  }
}

/** Finds `field:` at the start of a line; offset is how many file lines come before the YAML. */
function lineFinder(yamlText: string, offset: number): (field: string) => number | undefined {
  const lines = yamlText.split('\n');
  return (field) => {
    const index = lines.findIndex((line) => line.startsWith(`${field}:`));
    return index === -1 ? undefined : offset + index + 1;
  };
}

function yamlSyntaxProblem(file: ContentFile, cause: unknown, offset: number): Problem {
  const mark = (cause as { mark?: { line: number; column: number } }).mark;
  const reason = (cause as { reason?: string }).reason ?? String(cause);
  return error({
    file: file.relativePath,
    line: mark ? offset + mark.line + 1 : undefined,
    column: mark ? mark.column + 1 : undefined,
    found: `YAML that does not parse (${reason})`,
    expected: 'valid YAML: "field: value" lines, lists with "- ", quotes around text containing ": "',
  });
}
