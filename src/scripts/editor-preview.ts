/**
 * The browser editor's preview of an entry, drawn with the React that Decap brings (`window.h`)
 * from the plain description in src/lib/editor/preview.ts: nothing from the body is ever set as
 * HTML, so nothing in it can run.
 */
import { REFUSED_CLASS, entryPreview as describePreview, type PreviewNode } from '../lib/editor/preview.ts';

export type Hyperscript = (tag: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface PreviewProps {
  entry: { get(key: string): { toJS?(): unknown } | undefined };
}

/** Styles of the preview's own notes, beside the site's stylesheet. */
export const PREVIEW_STYLES = `.${REFUSED_CLASS} { display: block; padding: 0.5rem 0.75rem; border-left: 4px solid #b42318; background: #fef3f2; color: #7a271a; }
.editor-preview { padding: 1rem 1.5rem; }`;

export function entryPreview(h: Hyperscript, collection: string, identifier: string) {
  const draw = (node: PreviewNode): unknown => {
    if (typeof node === 'string') return node;
    const { class: className, ...attributes } = node.attributes ?? {};
    return h(node.tag, { ...attributes, ...(className ? { className } : {}) }, ...node.children.map(draw));
  };
  return function Preview({ entry }: PreviewProps) {
    const values = (entry.get('data')?.toJS?.() ?? {}) as Record<string, unknown>;
    const { body, ...data } = values;
    const preview = describePreview(collection, data, typeof body === 'string' ? body : '', identifier);
    return h(
      'main',
      { className: 'editor-preview' },
      h(
        'article',
        { 'data-entry-type': collection },
        preview.tier
          ? h('p', { className: `tier-badge tier-${preview.tier.value}`, 'data-tier': String(preview.tier.value) }, h('span', { className: 'tier-mark', 'aria-hidden': 'true' }, preview.tier.value === 'none' ? '–' : String(preview.tier.value)), ` ${preview.tier.label}`)
          : null,
        h('p', { className: 'card-kicker' }, preview.kicker),
        h('h1', null, preview.title),
        preview.banner ? h('p', { className: 'status-banner', role: 'note' }, preview.banner) : null,
        preview.summary ? h('p', { className: 'lede' }, preview.summary) : null,
        preview.tier
          ? h(
              'section',
              { className: 'tier-explained', 'aria-label': 'Evidence tier' },
              h('p', null, 'The tier the page will show, computed from the evidence block (a claimed tier is never shown):'),
              h('ul', null, ...preview.tier.reasons.map((reason) => h('li', null, reason))),
            )
          : null,
        h('div', { className: 'prose' }, ...preview.body.map(draw)),
      ),
    );
  };
}
