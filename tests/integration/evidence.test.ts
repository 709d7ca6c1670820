import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readPage, type BuildResult } from '../support/build-site.ts';

/**
 * The evidence issue's acceptance cases, built for real from tests/fixtures/evidence: each
 * finding shows the computed tier as the page's own badge, with the reasons that decided it.
 */
let build: BuildResult;
beforeAll(() => {
  build = buildSite({ fixture: 'evidence', name: 'evidence', now: '2026-06-01T00:00:00Z' });
});

/** The data-tier of the first element inside <main> that carries one: the page's own badge. */
function ownTier(page: string): string | undefined {
  const main = page.slice(page.indexOf('<main'));
  return /data-tier="([^"]+)"/.exec(main)?.[1];
}

const listItems = (page: string, heading: string): string[] => {
  const start = page.indexOf(`>${heading}</h3>`);
  const list = page.slice(start, page.indexOf('</ul>', start));
  return [...list.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1]!.replaceAll('&#39;', "'"));
};

describe('evidence tiers on the built pages', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each([
    ['large-rct', '1', 'It included 2,633 students in 12 schools: large enough for tier 1 (at least 350 students in at least 2 schools or sites).'],
    ['cutoff-study', '2', 'It was a regression discontinuity study, which counts as quasi-experimental: it compared students just above and just below a cut-off.'],
    ['controlled-link', '3', 'It used statistical controls for differences between the students who did and did not take part.'],
    ['small-rct', '3', 'Only 120 students in 1 school: too small for tier 1, which needs at least 350 students in at least 2 schools or sites.'],
    ['logic-model', '4', 'A well-specified logic model, informed by research, explains why it should work: enough for tier 4.'],
    ['overridden', 'none', 'Other rigorous studies found significant negative effects, which overrides this result.'],
    ['teacher-views', '4', "It measured educators' views, not students' learning or behavior: tiers 1 to 3 need a student outcome, so tier 4 is the most it can reach."],
  ])('%s shows tier %s and says why', (id, tier, reason) => {
    const page = readPage(build.outDir, `/findings/${id}/`);
    expect(ownTier(page)).toBe(tier);
    expect(listItems(page, 'Why this tier')).toContain(reason);
    expect(listItems(page, 'What this evidence cannot tell you').length).toBeGreaterThan(0);
  });

  it('reads a tutoring effect of 0.19 as about 3 months of additional progress', () => {
    const page = readPage(build.outDir, '/findings/large-rct/');
    expect(page).toContain('about 3 months of additional progress (95% interval: between 1 and 4 months)');
    expect(page).toContain('0.19 (95% interval 0.08 to 0.30)');
  });

  it('shows no months for outcomes that are not learning', () => {
    expect(readPage(build.outDir, '/findings/controlled-link/')).not.toContain('months of additional progress');
  });

  it('says what a study of teachers cannot tell', () => {
    expect(listItems(readPage(build.outDir, '/findings/teacher-views/'), 'What this evidence cannot tell you')).toContain(
      "It measured adults or the system, so it says nothing yet about students' learning.",
    );
  });

  it('never relies on colour alone, and links every badge to the explainer', () => {
    const page = readPage(build.outDir, '/findings/small-rct/');
    expect(page).toMatch(/<a class="tier-badge tier-3" href="\/evidence\/#tier-3" data-tier="3"[^>]*>\s*<span class="tier-mark" aria-hidden="true">3<\/span>\s*Tier 3: Promising evidence\s*<\/a>/);
  });

  it('lists on the source brief the findings drawn from it', () => {
    const brief = readPage(build.outDir, '/briefs/source-study/');
    for (const id of ['large-rct', 'small-rct', 'teacher-views']) expect(brief).toContain(`href="/findings/${id}/"`);
  });

  it('orders the problem page evidence table strongest first', () => {
    const page = readPage(build.outDir, '/problems/early-reading/');
    const table = page.slice(page.indexOf('<table class="data-table evidence-table"'), page.indexOf('</table>'));
    const order = [...table.matchAll(/<th scope="row"><a href="\/findings\/([^/]+)\/"/g)].map((match) => match[1]);
    expect(order).toEqual(['large-rct', 'cutoff-study', 'controlled-link', 'small-rct', 'teacher-views', 'logic-model', 'overridden']);
    expect(table).toContain('<td>2,633</td>');
  });

  it('explains the scale on /evidence/, with an anchor for every tier', () => {
    const page = readPage(build.outDir, '/evidence/');
    for (const tier of ['1', '2', '3', '4', 'none']) expect(page).toContain(`id="tier-${tier}"`);
    expect(page).toContain('<td>0.19 to 0.26</td>');
  });

  it('explains it in Spanish on /es/evidence/, with the same anchors and Spanish numbers', () => {
    const page = readPage(build.outDir, '/es/evidence/');
    for (const tier of ['1', '2', '3', '4', 'none']) expect(page).toContain(`id="tier-${tier}"`);
    expect(page).toMatch(/<html lang="es"/);
    expect(page).toContain('<h1>Cómo calificamos la evidencia</h1>');
    expect(page).toContain('<td>de 0,19 a 0,26</td>');
    expect(page).toContain('<td>0,96 o más</td>');
    expect(page).toContain('al menos 350 estudiantes en al menos 2 escuelas o sitios');
    expect(page).toContain('href="/es/evidence/#tier-1"');
  });
});
