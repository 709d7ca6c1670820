import { describe, expect, it } from 'vitest';
import { BLANK_PAGE, serveBlankPage } from '../../../../scripts/lighthouse/blank-page.ts';

describe('serveBlankPage', () => {
  it('serves the one-line page as HTML on 127.0.0.1 until closed', async () => {
    const blank = await serveBlankPage();
    try {
      expect(blank.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(blank.url);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(BLANK_PAGE);
    } finally {
      await blank.close();
    }
    await expect(fetch(blank.url)).rejects.toThrow();
  });

  it('is a page Lighthouse can judge: a language, a viewport, a title and a description', () => {
    for (const part of ['<html lang="en">', 'name="viewport"', '<title>', 'name="description"']) expect(BLANK_PAGE).toContain(part);
  });
});
