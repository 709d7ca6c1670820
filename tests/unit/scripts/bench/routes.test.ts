import { describe, expect, it } from 'vitest';
import { renderTimeByRoute, routePattern } from '../../../../scripts/bench/routes.ts';

describe('routePattern', () => {
  it.each([
    ['/index.html', '/'],
    ['/es/index.html', '/es/'],
    ['/briefs/index.html', '/briefs/'],
    ['/briefs/summer-bridge/index.html', '/briefs/*/'],
    ['/es/briefs/puente/index.html', '/es/briefs/*/'],
    ['/briefs/summer-bridge.bib', '/briefs/*.bib'],
    ['/problems/attendance/rss.xml', '/problems/*/rss.xml'],
    ['/events.ics', '/events.ics'],
    ['/404.html', '/404.html'],
  ])('%s is %s', (file, route) => {
    expect(routePattern(file)).toBe(route);
  });
});

describe('renderTimeByRoute', () => {
  it('adds up the milliseconds astro build logs per file, heaviest route first, colours and all', () => {
    const log = [
      '15:11:26 \x1b[32m▶\x1b[39m src/pages/[...lang]/briefs/[id].astro',
      '15:11:26   \x1b[2m├─\x1b[22m /briefs/a/index.html \x1b[2m(+12ms)\x1b[22m',
      '15:11:26   ├─ /briefs/b/index.html (+8ms)',
      '15:11:26   └─ /briefs/a.bib (+1.5s)',
      '15:11:27   ├─ /people/c/index.html (+3ms)',
      '15:11:27 [build] ✓ Completed in 1.6s.',
    ].join('\n');
    expect(renderTimeByRoute(log)).toEqual([
      { route: '/briefs/*.bib', pages: 1, ms: 1500 },
      { route: '/briefs/*/', pages: 2, ms: 20 },
      { route: '/people/*/', pages: 1, ms: 3 },
    ]);
  });
});
