import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITE, ROOT, buildSite, listFiles, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { checkInternalLinks } from '../support/site-links.ts';
import { metaContentSecurityPolicy } from '../../src/lib/security.ts';

/**
 * Quality gates on the real demo site, built twice with the same clock: valid HTML on every page
 * (the project's .htmlvalidate.json; `long-title` is off because brief titles may run to 140
 * characters by the content model), every internal link and anchor resolves, machine-readable
 * files parse, nothing is requested from another host, and the two builds are identical.
 */
const NOW = '2026-11-23T12:00:00Z';
const SITE = 'https://rpp-portal.example.org';
let first: BuildResult;
let second: BuildResult;

beforeAll(() => {
  first = sharedBuild({ fixture: DEMO_SITE, name: 'site-first', now: NOW });
  second = buildSite({ fixture: DEMO_SITE, name: 'site-second', now: NOW });
});

const read = (file: string) => readFileSync(path.join(first.outDir, file), 'utf8');
const htmlPages = () => listFiles(first.outDir).filter((file) => file.endsWith('.html'));

describe('the demo site', () => {
  it('passes the content check and builds', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/No problems in \d+ files\./);
  });

  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const errors: string[] = [];
    for (const page of htmlPages()) {
      const report = await validator.validateFile(path.join(first.outDir, page));
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page}: ${message.ruleId} ${message.message} (${message.selector})`);
      }
    }
    expect(htmlPages().length).toBeGreaterThan(80);
    expect(errors).toEqual([]);
  });

  it('has no broken internal link or #anchor', () => {
    expect(checkInternalLinks(first.outDir, SITE)).toEqual([]);
  });

  it('has feeds, a sitemap and open data that parse', () => {
    const xml = new XMLParser();
    expect(xml.parse(read('rss.xml')).rss.channel.item.length).toBeGreaterThan(20);
    expect(xml.parse(read('sitemap-index.xml')).sitemapindex.sitemap).toBeDefined();
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const data = JSON.parse(read('api/entries.json')) as { count: number; entries: unknown[] };
    expect(data.entries.length).toBe(data.count);
  });

  it('puts the Content-Security-Policy on every page, before any script or stylesheet', () => {
    const meta = `<meta http-equiv="content-security-policy" content="${metaContentSecurityPolicy()}">`;
    const offenders = htmlPages().filter((page) => {
      const html = read(page);
      const at = html.indexOf(meta);
      const firstAsset = html.search(/<script|<link[^>]*rel="(?:stylesheet|modulepreload)"/);
      return at === -1 || html.includes('http-equiv="content-security-policy"', at + meta.length) || (firstAsset !== -1 && firstAsset < at);
    });
    expect(htmlPages().length).toBeGreaterThan(80);
    expect(offenders).toEqual([]);
  });

  it('requests nothing from another host', () => {
    const requests = /<(?:script|img|iframe|source|audio|video)[^>]*\ssrc="(https?:)?\/\/[^"]*"|<link[^>]*rel="(?:stylesheet|preload|icon|modulepreload)"[^>]*href="(https?:)?\/\/[^"]*"|url\((https?:)?\/\//g;
    const offenders = [...htmlPages(), ...listFiles(first.outDir).filter((file) => file.endsWith('.css'))].filter((file) =>
      requests.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('explains the evidence of a Spanish brief in Spanish, numbers included', () => {
    const panel = read('es/briefs/tutoria-intensiva/index.html').match(/<section class="evidence-panel"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(panel).toContain('Fue un ensayo controlado aleatorizado');
    expect(panel).toContain('Incluyó a 2633 estudiantes en 12 escuelas: lo suficiente para el nivel 1');
    expect(panel).toContain('0,19 (intervalo del 95 %: de 0,08 a 0,30)');
    expect(panel).toContain('alrededor de 3 meses de progreso adicional');
    expect(panel).not.toMatch(/lang="en"|It was a|students in/);
    // The badge and the "how we rate" link lead to the explainer in Spanish.
    expect(panel).toContain('href="/es/evidence/#tier-1"');
    expect(panel).toContain('href="/es/evidence/"');
  });

  it('gives a Spanish reader the problems of practice in Spanish, with all their evidence', () => {
    const home = read('es/index.html');
    expect(home).toContain('<a href="/es/problems/">Problemas</a>');
    expect(home).toContain('<a href="/es/problems/chronic-absenteeism/">Ausentismo crónico</a>');
    expect(read('es/problems/index.html')).toContain('<p class="card-kicker">1 publicación</p>');
    const page = read('es/problems/chronic-absenteeism/index.html');
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain('<h1>Ausentismo crónico</h1>');
    expect(page).toContain('¿Por qué tantos de nuestros estudiantes faltan un mes o más a la escuela');
    expect(page).toContain('<link rel="alternate" hreflang="en" href="https://rpp-portal.example.org/problems/chronic-absenteeism/">');
    // Every finding on the problem is in the table: its words in Spanish, an English title marked so.
    const table = page.slice(page.indexOf('<table'), page.indexOf('</table>'));
    expect(table).toContain('<th scope="col">Nivel de evidencia</th>');
    expect(table).toMatch(/<a href="\/findings\/attendance-mentors-fewer-absences\/" lang="en" hreflang="en">Students with weekly attendance mentors/);
    expect(table).toContain('<td>Estudio correlacional</td>');
    expect(table).toContain('<td>0,11 (intervalo del 95 %: de 0,05 a 0,17)</td>');
    expect(page).toContain('href="/es/briefs/mentores-de-asistencia/"');
    expect(page).toContain('<a href="/problems/chronic-absenteeism/" hreflang="en">Todo lo publicado sobre este problema<span class="lang-note"> (en inglés)</span></a>');
    expect(page).toContain('href="/es/search/?problem=chronic-absenteeism"');
    // The Spanish search page names problems and audiences in Spanish, on its filters and cards.
    const search = read('es/search/index.html');
    expect(search).toContain('<input type="checkbox" name="problem" value="chronic-absenteeism" data-label="Ausentismo crónico">');
    expect(search).toContain('<input type="checkbox" name="audience" value="community" data-label="Familias y comunidad">');
  });

  it('gives a Spanish reader each alliance in Spanish, names as written', () => {
    const page = read('es/alliances/riverbend-alliance/index.html');
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain('<h1 lang="en">Riverbend Education Research Alliance</h1>');
    expect(page).toContain('<p class="lede">Una alianza de investigación y práctica de muchos años');
    expect(page).toContain('<dt>Distritos</dt>');
    expect(page).toContain('href="/es/briefs/mentores-de-asistencia/"');
    expect(page).toContain('<a href="/alliances/riverbend-alliance/" hreflang="en">Todo lo publicado por esta alianza<span class="lang-note"> (en inglés)</span></a>');
    expect(read('es/alliances/index.html')).toContain('<p class="card-kicker">Desde 2014 · Riverbend Unified School District</p>');
  });

  it('gives a Spanish reader each person with their role in Spanish and what they wrote in Spanish', () => {
    const page = read('es/people/maya-okafor/index.html');
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain('<dt>Función</dt><dd>Directora de investigación, Riverbend Education Research Alliance</dd>');
    expect(page).toContain('<dt>Institución</dt><dd lang="en">Lakeshore State University</dd>');
    expect(page).toContain('href="/es/briefs/tutoria-intensiva/"');
    expect(page).not.toContain('href="/briefs/high-dosage-tutoring/"');
    expect(page).toContain('<a href="/people/maya-okafor/" hreflang="en">Todo lo de esta persona<span class="lang-note"> (en inglés)</span></a>');
    expect(read('es/people/index.html')).toContain('<a href="/es/people/maya-okafor/">Maya Okafor</a>');
  });

  it("links a Spanish entry's audiences, problems, people and alliance to their Spanish pages", () => {
    const meta = read('es/briefs/mentores-de-asistencia/index.html').match(/<dl class="entry-meta"[\s\S]*?<\/dl>/)?.[0] ?? '';
    expect(meta).toContain('<a href="/es/audiences/community/">Familias y comunidad</a>');
    expect(meta).toContain('<a href="/es/problems/chronic-absenteeism/">Ausentismo crónico</a>');
    // A name is in no language; an alliance's is written in English, and marked so.
    expect(meta).toContain('<a href="/es/people/priya-raman/">Priya Raman</a>');
    expect(meta).toContain('<a href="/es/alliances/riverbend-alliance/" lang="en">Riverbend Education Research Alliance</a>');
    // English pages carry none of it.
    expect(read('index.html')).not.toMatch(/<a [^>]*hreflang="en"|lang-note/);
    expect(read('briefs/attendance-mentors/index.html')).not.toMatch(/<a [^>]*hreflang="en"|lang-note/);
  });

  it('gives Spanish-speaking families their way in, in Spanish', () => {
    expect(read('es/index.html')).toContain('<a href="/es/audiences/community/">');
    const page = read('es/audiences/community/index.html');
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain('<h1>Para familias y comunidad</h1>');
    expect(page).toContain('¿Qué es una alianza de investigación?');
    expect(page).toContain('href="/es/events/foro-comunitario-riverbend-2027/"');
    // Each alliance in Spanish words, its name as written (English, marked so).
    expect(page).toContain('<a href="/es/alliances/riverbend-alliance/" lang="en">Riverbend Education Research Alliance</a>');
    expect(page).toContain('Una alianza de investigación y práctica de muchos años entre Riverbend Unified');
    expect(page).toContain('<a href="/audiences/community/" hreflang="en">Todo lo escrito para este público<span class="lang-note"> (en inglés)</span></a>');
    expect(read('audiences/community/index.html')).toContain('<link rel="alternate" hreflang="es" href="https://rpp-portal.example.org/es/audiences/community/">');
  });

  it('builds the same bytes twice from the same content and clock', () => {
    expect(second.status, second.output).toBe(0);
    const files = listFiles(first.outDir);
    expect(listFiles(second.outDir)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(path.join(first.outDir, file)).equals(readFileSync(path.join(second.outDir, file))),
    );
    expect(differing).toEqual([]);
  });
});
