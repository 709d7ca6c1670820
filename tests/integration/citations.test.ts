import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, listFiles, readPage, type BuildResult } from '../support/build-site.ts';
import { copyFixtureContent } from '../support/cli.ts';

const SITE = 'https://rpp-portal.example.org';

/** The basic fixture plus one brief with a PDF, and a public/ folder holding that PDF. */
function contentWithPdfBrief(): { contentDir: string; publicDir: string } {
  const work = path.join(TMP, 'citations-input');
  rmSync(work, { recursive: true, force: true });
  const contentDir = path.join(work, 'content');
  const publicDir = path.join(work, 'public');
  copyFixtureContent('basic', contentDir);
  mkdirSync(path.join(publicDir, 'pdf'), { recursive: true });
  writeFileSync(path.join(publicDir, 'pdf/brief-with-pdf.pdf'), '%PDF-1.4\n%%EOF\n');
  writeFileSync(
    path.join(contentDir, 'briefs/brief-with-pdf.mdx'),
    [
      '---',
      'title: A brief with its full report as a PDF',
      'summary: The full report is a PDF.',
      'audiences: [researchers]',
      'problems: [attendance]',
      'alliance: fixture-alliance',
      'published: 2026-02-03',
      'authors: [sam-presenter]',
      'keyFindings: [Read the PDF.]',
      'pdf: /pdf/brief-with-pdf.pdf',
      '---',
      '',
      'Body.',
      '',
    ].join('\n'),
  );
  return { contentDir, publicDir };
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|quot|#39|lt|gt);/g,
    (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name]!,
  );
}

/** `citation_*` meta tags of a page, in order, as [name, content]. */
function citationTags(html: string): [string, string][] {
  return [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)">/g)].map((match) => [
    match[1]!,
    decodeEntities(match[2]!),
  ]);
}

function tagValues(html: string, name: string): string[] {
  return citationTags(html)
    .filter(([tag]) => tag === name)
    .map(([, content]) => content);
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
    JSON.parse(match[1]!),
  );
}

describe('citations in a production build of the basic fixture (clock: 2026-06-01)', () => {
  let build: BuildResult;
  let briefPage: string;
  beforeAll(() => {
    const { contentDir, publicDir } = contentWithPdfBrief();
    build = buildSite({
      fixture: 'basic',
      name: 'citations-basic',
      now: '2026-06-01T00:00:00Z',
      contentDir,
      publicDir,
    });
    briefPage = build.status === 0 ? readPage(build.outDir, '/briefs/public-brief/') : '';
  });

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes a .bib that a BibTeX parser reads: both authors in order, DOI, year, institution', () => {
    const library = parseBibtex(readPage(build.outDir, '/briefs/public-brief.bib'));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry!.type).toBe('techreport');
    expect(entry!.fields.author?.map((author) => `${author.lastName}, ${author.firstName}`.normalize('NFC'))).toEqual([
      'Fixture, Pat',
      'Núñez, José',
    ]);
    expect(entry!.fields['title']).toBe('Public fixture brief about attendance');
    expect(entry!.fields['doi']).toBe('10.99999/fixture.2026.001');
    expect(entry!.fields['year']).toBe('2026');
    expect(entry!.fields.institution).toEqual(['Fixture Research Alliance']);
    expect(entry!.fields['url']).toBe(`${SITE}/briefs/public-brief/`);
  });

  it('writes a .ris with TY first, ER last, one AU per author, that reads back as the same brief', () => {
    const text = readPage(build.outDir, '/briefs/public-brief.ris');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.at(-1)?.trimEnd()).toBe('ER  -');
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Fixture, Pat', 'AU  - Núñez, José']);
    const [item] = new Cite(text).data;
    expect(item).toMatchObject({
      title: 'Public fixture brief about attendance',
      DOI: '10.99999/fixture.2026.001',
      publisher: 'Fixture Research Alliance',
    });
  });

  it('offers citations for every published brief in every language, and for nothing unpublished', () => {
    const files = listFiles(path.join(build.outDir, 'briefs')).filter((file) => /\.(bib|ris)$/.test(file));
    expect(files).toEqual(
      ['brief-with-pdf', 'informe-publico', 'public-brief', 'released-brief'].flatMap((id) => [
        `${id}.bib`,
        `${id}.ris`,
      ]),
    );
  });

  it('puts Highwire Press tags in the head: title, each author, date as YYYY/MM/DD, DOI, publisher', () => {
    const head = briefPage.slice(0, briefPage.indexOf('</head>'));
    expect(tagValues(head, 'citation_title')).toEqual(['Public fixture brief about attendance']);
    expect(tagValues(head, 'citation_author')).toEqual(['Fixture, Pat', 'Núñez, José']);
    expect(tagValues(head, 'citation_publication_date')).toEqual(['2026/01/15']);
    expect(tagValues(head, 'citation_doi')).toEqual(['10.99999/fixture.2026.001']);
    expect(tagValues(head, 'citation_publisher')).toEqual(['Fixture Research Alliance']);
    expect(tagValues(head, 'citation_pdf_url')).toEqual([]);
  });

  it('gives citation_pdf_url as an absolute URL when the brief has a PDF, and links the PDF on the page', () => {
    const page = readPage(build.outDir, '/briefs/brief-with-pdf/');
    expect(tagValues(page, 'citation_pdf_url')).toEqual([`${SITE}/pdf/brief-with-pdf.pdf`]);
    expect(page).toContain('<a href="/pdf/brief-with-pdf.pdf" type="application/pdf">Read the full report (PDF)</a>');
    expect(listFiles(build.outDir)).toContain('pdf/brief-with-pdf.pdf');
  });

  it('describes the brief as a schema.org ScholarlyArticle in JSON-LD that parses', () => {
    const [article, ...others] = jsonLd(briefPage);
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'Public fixture brief about attendance',
      datePublished: '2026-01-15',
      publisher: { '@type': 'Organization', name: 'Fixture Research Alliance' },
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.99999/fixture.2026.001' },
      url: `${SITE}/briefs/public-brief/`,
      author: [
        { '@type': 'Person', name: 'Pat Fixture', sameAs: 'https://orcid.org/0000-0002-1825-0097' },
        { '@type': 'Person', name: 'José Núñez', sameAs: 'https://orcid.org/0000-0001-5109-3700' },
      ],
    });
  });

  it('shows "Cite this brief" with the APA reference and both downloads', () => {
    const section = /<section class="section cite-brief"[\s\S]*?<\/section>/.exec(briefPage)?.[0] ?? '';
    expect(section).toContain('<h2 id="cite-heading">Cite this brief</h2>');
    expect(decodeEntities(section)).toContain(
      'Fixture, P., & Núñez, J. (2026). Public fixture brief about attendance. Fixture Research Alliance. https://doi.org/10.99999/fixture.2026.001',
    );
    expect(section).toContain('href="/briefs/public-brief.bib"');
    expect(section).toContain('href="/briefs/public-brief.ris"');
  });

  it('cites a Spanish brief in Spanish, at its own .bib', () => {
    const page = readPage(build.outDir, '/es/briefs/informe-publico/');
    expect(page).toContain('Cómo citar este informe');
    expect(page).toContain('href="/briefs/informe-publico.bib"');
    expect(
      parseBibtex(readPage(build.outDir, '/briefs/informe-publico.bib')).entries[0]!.fields['title']?.normalize('NFC'),
    ).toBe('Informe público de prueba sobre la asistencia');
  });

  describe('people pages', () => {
    it('link the ORCID iD', () => {
      expect(readPage(build.outDir, '/people/jose-nunez/')).toContain(
        '<a href="https://orcid.org/0000-0001-5109-3700">',
      );
    });

    it("list a person's briefs, the findings drawn from them, and the events they present", () => {
      const jose = readPage(build.outDir, '/people/jose-nunez/');
      expect(jose).toContain('href="/briefs/public-brief/"');
      expect(jose).toContain('href="/findings/public-finding/"');
      const sam = readPage(build.outDir, '/people/sam-presenter/');
      expect(sam).toContain('href="/events/spring-forum/"');
      expect(sam).toContain('href="/briefs/brief-with-pdf/"');
    });

    it('never list an unpublished brief', () => {
      expect(readPage(build.outDir, '/people/pat-fixture/')).not.toMatch(
        /draft-brief|review-brief|future-embargo-brief/,
      );
    });
  });

  describe('the guide for researchers', () => {
    it('has a table of contents whose every link lands on a heading of the page', () => {
      const page = readPage(build.outDir, '/guide/');
      const nav = /<nav aria-labelledby="contents-heading"[^>]*>[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
      const targets = [...nav.matchAll(/href="#([a-z-]+)"/g)].map((match) => match[1]!);
      expect(targets).toEqual([
        'two-ways',
        'start',
        'fields',
        'body',
        'states',
        'preview',
        'citations',
        'check',
        'small-counts',
        'tiers',
        'improvement',
        'translations',
      ]);
      for (const target of targets) expect(page).toMatch(new RegExp(`<h2 id="${target}"[ >]`));
    });

    it('covers both ways to write, npm run new, PORTAL_NOW, the preview, ORCID check digits, check messages, small counts and tiers', () => {
      const page = decodeEntities(readPage(build.outDir, '/guide/'));
      for (const text of [
        'npm run edit',
        'http://127.0.0.1:4321/admin/',
        'npm run format',
        'npm run new -- brief',
        'PORTAL_NOW=',
        'npm run build:preview',
        'check digit',
        'did you mean district-staff?',
        '\\<10',
        'href="/evidence/"',
      ]) {
        expect(page).toContain(text);
      }
    });

    it('is linked from the footer of every page and from the researchers page', () => {
      const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
      expect(
        pages.filter(
          (file) => !/<footer[\s\S]*href="\/guide\/"[\s\S]*<\/footer>/.test(readPage(build.outDir, `/${file}`)),
        ),
      ).toEqual([]);
      expect(readPage(build.outDir, '/audiences/researchers/')).toMatch(/<main[\s\S]*href="\/guide\/"[\s\S]*<\/main>/);
    });
  });
});
