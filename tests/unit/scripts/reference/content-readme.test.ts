import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT, readSources, renderContentReadme, routeOf } from '../../../../scripts/reference/content-readme.ts';
import { TITLE_MAX } from '../../../../src/lib/collections.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const sources = readSources(root);

describe('content/README.md', () => {
  it('is what npm run reference writes (run it after changing a schema, a rule or the prose)', () => {
    expect(readFileSync(path.join(root, OUTPUT), 'utf8')).toBe(renderContentReadme(sources));
  });

  it('takes its limits from the schemas and its numbers from the code', () => {
    const text = renderContentReadme(sources);
    expect(text).toContain(`| \`title\` | text | Required. At most ${TITLE_MAX} characters. |`);
    expect(text).toMatch(/\| `content\/briefs\/` \| MDX \|/);
    expect(text).not.toMatch(/\{\{[a-z-]+\}\}/);
  });

  it('documents every collection the schemas define, with no edit to the template', () => {
    const text = renderContentReadme(sources);
    for (const collection of sources.model.collections) expect(text).toContain(`### \`content/${collection.name}/\``);
  });

  it('refuses a template mark it has no value for, and a value the template never uses', () => {
    expect(() => renderContentReadme({ ...sources, template: `${sources.template}{{no-such-mark}}` })).toThrow(/no value for \{\{no-such-mark\}\}/);
    expect(() => renderContentReadme({ ...sources, template: sources.template.replace('{{urls}}', '') })).toThrow(/never uses \{\{urls\}\}/);
  });
});

describe('routeOf', () => {
  it.each([
    ['[...lang]/index.astro', '/', true],
    ['[...lang]/briefs/[id].astro', '/briefs/<id>/', true],
    ['[...lang]/briefs/index.astro', '/briefs/', true],
    ['[...lang]/problems/[id]/rss.xml.ts', '/problems/<id>/rss.xml', true],
    ['briefs/[id].bib.ts', '/briefs/<id>.bib', false],
    ['events.ics.ts', '/events.ics', false],
    ['guide/index.astro', '/guide/', false],
    ['404.astro', '/404.html', false],
  ])('%s is %s', (page, url, everyLanguage) => {
    expect(routeOf(page)).toEqual({ url, everyLanguage });
  });

  it.each([
    ['[...lang]/briefs/[...page].astro', '/briefs/'],
    ['[...lang]/challenges/[kind]/[...page].astro', '/challenges/<kind>/'],
    ['[...lang]/problems/[id]/evidence/[...page].astro', '/problems/<id>/evidence/'],
  ])('%s is the list %s, in numbered pages', (page, url) => {
    expect(routeOf(page)).toEqual({ url, everyLanguage: true, paged: true });
  });
});
