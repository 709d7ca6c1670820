import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './build-site.ts';

export interface LinkProblem {
  page: string;
  link: string;
  reason: string;
}

const LINK_ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
const ID_ATTRIBUTE = /\sid="([^"]+)"/g;

/**
 * Every internal link and #anchor in a built site, resolved against the files on disk (no
 * network): a page, file or anchor that does not exist is a problem. Links to other hosts are
 * not followed; links to `site` itself are checked as internal.
 */
export function checkInternalLinks(outDir: string, site: string): LinkProblem[] {
  const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      idsOf.set(file, new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => match[1]!)));
    }
    return idsOf.get(file)!;
  };
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    for (const [, raw] of html.matchAll(LINK_ATTRIBUTE)) {
      const link = raw!.replaceAll('&amp;', '&');
      const target = internalTarget(link, page, site);
      if (!target) continue;
      const file = resolveFile(outDir, target.path);
      if (!file) problems.push({ page, link, reason: 'no such page or file' });
      else if (target.anchor && file.endsWith('.html') && !ids(file).has(decodeURIComponent(target.anchor))) {
        problems.push({ page, link, reason: `no element with id "${target.anchor}"` });
      }
    }
  }
  return problems;
}

function internalTarget(link: string, page: string, site: string): { path: string; anchor: string } | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(link) || link === '') return undefined;
  const base = new URL(`/${page.replace(/index\.html$/, '')}`, site);
  const url = new URL(link, base);
  if (url.origin !== new URL(site).origin) return undefined;
  return { path: decodeURIComponent(url.pathname), anchor: url.hash.slice(1) };
}

function resolveFile(outDir: string, urlPath: string): string | undefined {
  const candidates = urlPath.endsWith('/') ? [`${urlPath}index.html`] : [urlPath, `${urlPath}/index.html`];
  const found = candidates.find((candidate) => existsSync(path.join(outDir, candidate)));
  return found?.replace(/^\//, '');
}
