import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesContaining, listFiles, readPage, type BuildResult } from '../support/build-site.ts';

describe('npm run build:preview of the basic fixture (clock: 2026-06-01)', () => {
  let build: BuildResult;
  beforeAll(() => {
    // No `mode` here: the build:preview script must set PORTAL_MODE=preview by itself.
    build = buildSite({
      fixture: 'basic',
      name: 'preview-basic',
      now: '2026-06-01T00:00:00Z',
      command: 'build:preview',
    });
  });

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('shows the brief in review, with a banner saying so', () => {
    const page = readPage(build.outDir, '/briefs/review-brief/');
    expect(page).toContain('SECRET-REVIEW-MARKER');
    expect(page).toMatch(/<p class="status-banner"[^>]*data-status="review"[^>]*>In review: not published yet/);
  });

  it('shows the embargoed brief, with a banner giving the release date in words', () => {
    const page = readPage(build.outDir, '/briefs/future-embargo-brief/');
    expect(page).toContain('SECRET-EMBARGO-MARKER');
    expect(page).toMatch(
      /<p class="status-banner"[^>]*data-status="embargoed"[^>]*>Embargoed: not public until December 1, 2026/,
    );
  });

  it('never contains a draft, in any file', () => {
    expect(filesContaining(build.outDir, 'SECRET-DRAFT-MARKER')).toEqual([]);
    expect(listFiles(build.outDir).filter((file) => file.includes('draft-'))).toEqual([]);
  });

  it('keeps every HTML page away from search engines', () => {
    const pages = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const indexable = pages.filter(
      (file) => !readPage(build.outDir, `/${file}`).includes('<meta name="robots" content="noindex">'),
    );
    expect(indexable).toEqual([]);
  });

  it('writes no sitemap, and robots.txt turns every crawler away', () => {
    expect(listFiles(build.outDir).filter((file) => file.includes('sitemap'))).toEqual([]);
    expect(readPage(build.outDir, '/robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('keeps entries in review or under embargo out of feeds and open data, which travel beyond the partners', () => {
    for (const file of [
      'rss.xml',
      'problems/attendance/rss.xml',
      'problems/early-reading/rss.xml',
      'api/entries.json',
    ]) {
      const text = readPage(build.outDir, `/${file}`);
      expect(text, file).toContain('public-');
      expect(text, file).not.toMatch(/SECRET-(REVIEW|EMBARGO)-MARKER|review-brief|future-embargo-brief/);
    }
  });
});
