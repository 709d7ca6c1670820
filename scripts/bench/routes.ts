/**
 * Render time per route, read from `astro build`'s own log (one line per file it writes, with the
 * milliseconds it took: `├─ /briefs/x/index.html (+12ms)`). Cheaper and steadier than a CPU
 * profile for the question "which kind of page costs the most", so the bench prints it each run.
 */

export interface RouteTime {
  /** `/briefs/*\/`, `/es/briefs/*\/`, `/briefs/*.bib`, `/problems/*\/rss.xml`, `/events.ics`. */
  route: string;
  pages: number;
  ms: number;
}

const LINE = /[├└]─\s+(\/\S*)\s+\(\+([\d.]+)(ms|s)\)/;
const ANSI = /\x1b\[[0-9;]*m/g;

/** Routes by total render time, heaviest first. */
export function renderTimeByRoute(log: string): RouteTime[] {
  const routes = new Map<string, RouteTime>();
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const route = routePattern(match[1]!);
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const entry = routes.get(route) ?? { route, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += ms;
    routes.set(route, entry);
  }
  return [...routes.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * A written file as its route: the first folder (and a language folder before it) kept, the
 * rest (ids) starred. `/es/briefs/x/index.html` → `/es/briefs/*\/`, `/briefs/x.bib` →
 * `/briefs/*.bib`, `/problems/x/rss.xml` → `/problems/*\/rss.xml`.
 */
export function routePattern(file: string): string {
  const segments = file.replace(/^\//, '').split('/');
  const name = segments.pop() ?? '';
  const kept = segments.map((segment, index) => (index === 0 || (index === 1 && /^[a-z]{2}$/.test(segments[0]!)) ? segment : '*'));
  const folder = kept.length ? `/${kept.join('/')}/` : '/';
  if (name === 'index.html' || name === '') return folder;
  if (!kept.length || kept.includes('*')) return `${folder}${name}`;
  const dot = name.lastIndexOf('.');
  return `${folder}*${dot > 0 ? name.slice(dot) : ''}`;
}
