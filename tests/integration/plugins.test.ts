import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { ROOT, TMP, buildSite, readPage, type BuildResult } from '../support/build-site.ts';
import { copyFixtureContent } from '../support/cli.ts';

const BRIEF = 'briefs/glossary-brief.mdx';
const NOW = '2026-06-01T00:00:00Z';

describe('the Markdown processor', () => {
  it('is Sätteri with the safe-content guard first, then the glossary links and the small-count guard (mdx() inherits it)', () => {
    const processor = config.markdown?.processor as { name: string; options: { mdastPlugins: unknown[] } } | undefined;
    expect(processor?.name).toBe('satteri');
    expect(processor?.options.mdastPlugins).toHaveLength(3);
    expect((processor?.options.mdastPlugins[0] as { name?: string }).name).toBe('safe-content-guard');
  });
});

describe('a production build of the plugins fixture', () => {
  let build: BuildResult;
  let page: string;
  beforeAll(() => {
    build = buildSite({ fixture: 'plugins', name: 'plugins', now: NOW });
    page = build.status === 0 ? readPage(build.outDir, '/briefs/glossary-brief/') : '';
  });

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('links the first use of each term in the .mdx brief, once, with its definition', () => {
    expect(page.match(/href="\/glossary\/#effect-size"/g)).toHaveLength(1);
    expect(page).toContain(
      '<span class="glossary-term"><a href="/glossary/#effect-size" aria-describedby="glossary-def-effect-size">effect size</a>' +
        '<span class="glossary-definition" role="tooltip" id="glossary-def-effect-size" data-pagefind-ignore>Effect size: How big a difference a program made, on a common scale.</span></span>',
    );
    expect(page.match(/href="\/glossary\/#randomized-controlled-trial"/g)).toHaveLength(1);
  });

  it('puts no link inside a heading', () => {
    const headings = page.match(/<h2[^>]*>[\s\S]*?<\/h2>/g) ?? [];
    expect(headings.some((heading) => heading.includes('effect size'))).toBe(true);
    expect(headings.filter((heading) => heading.includes('<a'))).toEqual([]);
  });

  it('links the Spanish brief to the Spanish glossary only, by its front matter lang', () => {
    const spanish = readPage(build.outDir, '/es/briefs/informe-glosario/');
    expect(spanish).toMatch(/^<!DOCTYPE html><html lang="es"/i);
    expect(spanish.match(/href="\/es\/glossary\/#tamano-del-efecto"/g)).toHaveLength(1);
    expect(spanish).toContain(
      '<a href="/es/glossary/#tamano-del-efecto" aria-describedby="glossary-def-tamano-del-efecto">tamaño del efecto</a>' +
        '<span class="glossary-definition" role="tooltip" id="glossary-def-tamano-del-efecto" data-pagefind-ignore>Tamaño del efecto: Cuánta diferencia hizo un programa, en una escala común.</span>',
    );
    // "effect size" and "randomized controlled trial" are English terms: not explained on a Spanish page.
    expect(spanish).toContain('(en inglés, “effect size”), en un randomized controlled trial.');
    expect(spanish).not.toMatch(/href="\/glossary\/#/);
    expect(spanish).not.toContain('glossary-def-effect-size');
    expect(spanish).not.toContain('glossary-def-randomized-controlled-trial');
  });

  it('never links the English brief to a Spanish term', () => {
    expect(page).not.toContain('/es/glossary/');
  });

  it('lists each language\'s terms on its own glossary page, and the nav leads there', () => {
    const english = readPage(build.outDir, '/glossary/');
    const spanish = readPage(build.outDir, '/es/glossary/');
    expect(english).toMatch(/<dt id="effect-size"/);
    expect(english).not.toContain('tamano-del-efecto');
    expect(spanish).toMatch(/^<!DOCTYPE html><html lang="es"/i);
    expect(spanish).toContain('<h1>Glosario</h1>');
    expect(spanish).toMatch(/<dt id="tamano-del-efecto"[^>]*>Tamaño del efecto<span class="card-kicker"> \(también: tamaños del efecto\)<\/span><\/dt>/);
    expect(spanish).toMatch(/<ul class="letter-nav"[^>]*><li[^>]*><a href="#letter-T"[^>]*>T<\/a><\/li><\/ul>/);
    expect(spanish).not.toContain('id="effect-size"');
    expect(spanish).toMatch(/<a href="\/es\/glossary\/" aria-current="page"[^>]*>Glosario<\/a>/);
    expect(readPage(build.outDir, '/es/briefs/informe-glosario/')).toMatch(/<a href="\/es\/glossary\/"[^>]*>Glosario<\/a>/);
  });
});

describe('a build of a copy with a small count', () => {
  const contentDir = path.join(TMP, 'plugins-small-count-content');
  let line: number;
  beforeAll(() => {
    copyFixtureContent('plugins', contentDir);
    const file = path.join(contentDir, BRIEF);
    const lines = readFileSync(file, 'utf8').split('\n');
    line = lines.findIndex((text) => text.startsWith('| North |')) + 1;
    lines[line - 1] = '| North | 7 | 4 |';
    writeFileSync(file, lines.join('\n'));
  });

  it('fails in astro build itself (the guard behind the check), naming the file, line and value', () => {
    const build = buildSite({ fixture: 'plugins', name: 'plugins-small-count', now: NOW, contentDir, command: 'astro' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`Small counts in ${path.relative(ROOT, path.join(contentDir, BRIEF))}`);
    expect(build.output).toContain(`line ${line}, column 9: found a count of 7 people in column "Students (n)"`);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });

  it('stops npm run build at the check, before Astro starts', () => {
    const build = buildSite({ fixture: 'plugins', name: 'plugins-small-count-check', now: NOW, contentDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`table (line ${line}, column 9): found a count of 7 people`);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});
