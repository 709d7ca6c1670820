import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToJs } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ELEMENTS,
  ESM_EXPECTED,
  EXPRESSION_EXPECTED,
  URL_EXPECTED,
  findUnsafeContent,
  isAllowedUrl,
  satteriSafeContentCollector,
  satteriSafeContentGuard,
  type UnsafeContentProblem,
} from '../../../src/plugins/safe-content.ts';

/** Every problem Sätteri's compile finds in a body, through the check's collector. */
function collected(body: string): UnsafeContentProblem[] {
  const found: UnsafeContentProblem[] = [];
  mdxToJs(body, { mdastPlugins: [satteriSafeContentCollector(found)] });
  return found;
}

/** The same rule over a remark tree, as a tool outside the build would run it. */
function foundByRemark(body: string): UnsafeContentProblem[] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  return findUnsafeContent(processor.runSync(processor.parse(body)) as never);
}

const summary = (problems: UnsafeContentProblem[]) => problems.map(({ line, column, found }) => `${line}:${column} ${found}`);

describe('the safe-content rule', () => {
  it.each([
    ['an import', 'import fs from "node:fs"\n', ['1:1 an import statement ("import fs from \\"node:fs\\"")']],
    [
      'an import and an export on following lines',
      'import fs from "node:fs"\nexport const leak = fs.readFileSync("/etc/passwd")\n',
      ['1:1 an import statement ("import fs from \\"node:fs\\"")', '2:1 an export statement ("export const leak = fs.readFileSync(\\"/etc/passwd\\")")'],
    ],
    ['a flow expression', 'Text.\n\n{globalThis.process?.exit?.(0)}\n', ['3:1 an expression {globalThis.process?.exit?.(0)}']],
    ['a text expression', 'Rose by {2 + 2} days.\n', ['1:9 an expression {2 + 2}']],
    ['a script element', '<script>alert(1)</script>\n', ['1:1 the element <script>']],
    ['an iframe', '<iframe src="https://attacker.example/"></iframe>\n', ['1:1 the element <iframe>']],
    ['a component', '<Chart data="x" />\n', ['1:1 the element <Chart>']],
    ['a fragment', '<>text</>\n', ['1:1 the element <>']],
    ['a handler on an allowed element', 'The <abbr title="t" onmouseover="alert(1)">RPP</abbr>.\n', ['1:5 the event handler onmouseover on <abbr>']],
    ['an attribute an allowed element may not carry', 'The <abbr style="color: red">RPP</abbr>.\n', ['1:5 the attribute style on <abbr>']],
    ['an expression as an attribute value', 'The <abbr title={secret}>RPP</abbr>.\n', ['1:5 an expression {secret} as the value of title on <abbr>']],
    ['a spread of attributes', 'The <abbr {...props}>RPP</abbr>.\n', ['1:5 an expression {...props} among the attributes of <abbr>']],
    ['a javascript: link', '[x](javascript:alert(1))\n', ['1:1 a link to "javascript:alert(1)"']],
    ['a mixed-case scheme', '[x](JaVaScRiPt:alert(1))\n', ['1:1 a link to "JaVaScRiPt:alert(1)"']],
    ['a data: image', '![chart](data:image/svg+xml;base64,PHN2Zz4=)\n', ['1:1 an image from "data:image/svg+xml;base64,PHN2Zz4="']],
    ['a link definition with another scheme', 'See [notes][n].\n\n[n]: vbscript:msgbox(1)\n', ['3:1 a link to "vbscript:msgbox(1)"']],
  ])('reports %s with its line and column', (_name, body, expected) => {
    const problems = collected(body);
    expect(summary(problems)).toEqual(expected);
    expect(summary(foundByRemark(body))).toEqual(expected);
  });

  it.each([
    ['a GFM table with withheld counts', '| School | Students (n) |\n| --- | --- |\n| North | \\<10 |\n| East | 42 |\n'],
    ['the allowed elements', 'An <abbr title="research-practice partnership">RPP</abbr>, x<sup>2</sup>, H<sub>2</sub>O.<br />\n'],
    ['escaped braces and less-than signs', 'Braces \\{like this\\} and \\<10 are text.\n'],
    ['links on this site, on the web and by email', '[a](/guide/) [b](#notes) [c](https://example.org) [d](http://example.org) [e](mailto:team@example.org) [f](../x/)\n'],
    ['words that begin with import and export inside a sentence', 'We import data and export charts.\n'],
  ])('accepts %s', (_name, body) => {
    expect(collected(body)).toEqual([]);
    expect(foundByRemark(body)).toEqual([]);
  });

  it('says what to write instead', () => {
    const [esm] = collected('import x from "y"\n');
    const [expression] = collected('{1}\n');
    const [link] = collected('[x](javascript:void(0))\n');
    const [anchor] = collected('<a href="https://example.org">x</a>\n');
    const [bold] = collected('<b>x</b>\n');
    const [script] = collected('<script>x</script>\n');
    expect(esm?.expected).toBe(ESM_EXPECTED);
    expect(expression?.expected).toBe(EXPRESSION_EXPECTED);
    expect(link?.expected).toBe(URL_EXPECTED);
    expect(anchor?.expected).toMatch(/^a Markdown link: \[text\]\(https:\/\/\.\.\.\)/);
    expect(bold?.expected).toMatch(/^\*\*bold\*\* text/);
    expect(script?.expected).toMatch(/^nothing embedded: .*link to it instead/);
  });

  it('lists the allowed elements in every element message', () => {
    const [problem] = collected('<span>x</span>\n');
    for (const name of Object.keys(ALLOWED_ELEMENTS)) expect(problem?.expected).toContain(`<${name}`);
  });
});

describe('isAllowedUrl', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['mailto:team@example.org', true],
    ['/briefs/summer-bridge/', true],
    ['#notes', true],
    ['../guide/', true],
    ['//cdn.example.org/x.png', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org', false],
  ])('%j is allowed: %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});

describe('satteriSafeContentGuard', () => {
  it('stops the compile before any JavaScript is written, naming the line and column', () => {
    let thrown: unknown;
    try {
      mdxToJs('Fine.\n\n{process.exit(0)}\n', { mdastPlugins: [satteriSafeContentGuard()] });
    } catch (cause) {
      thrown = cause;
    }
    expect(thrown).toMatchObject({ line: 3, column: 1 });
    expect(() => mdxToJs('{x}\n', { mdastPlugins: [satteriSafeContentGuard()] })).toThrow(
      /^Content that could run code in an MDX file \(npm run check lists every problem\):\n {2}line 1, column 1: found an expression \{x\}/,
    );
  });

  it('lets a plain Markdown body through', async () => {
    const { code } = await mdxToJs('# Title\n\n| a | n |\n| - | - |\n| x | \\<10 |\n', { mdastPlugins: [satteriSafeContentGuard()] });
    expect(code).toContain('Title');
  });
});
