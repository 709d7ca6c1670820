/**
 * The browser editor's page (/admin/): loads Decap CMS from this site, teaches it our file layout
 * and preview, and starts it with the configuration the page carries (generated from the schemas,
 * src/lib/editor/config.ts).
 */
import type { EditorSetup } from '../lib/editor/config.ts';
import { BODY_FIELD, fileFormat } from '../lib/editor/names.ts';
import { parseEntryFile, writeEntryFile } from '../lib/entry-file.ts';
import { EDITOR_PATH } from '../lib/security.ts';
import siteStyles from '../styles/global.css?raw';
import { PREVIEW_STYLES, entryPreview, type Hyperscript } from './editor-preview.ts';

/** The parts of Decap's global `CMS` used here. */
interface DecapCms {
  init(options: { config: unknown }): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerLocale(name: string, phrases: Record<string, unknown>): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: Hyperscript;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

async function start(): Promise<void> {
  const setup = JSON.parse(document.getElementById('editor-setup')!.textContent!) as EditorSetup;
  // Decap starts itself as its script runs unless told to wait; it waits for the formats below.
  window.CMS_MANUAL_INIT = true;
  await loadScript(`${EDITOR_PATH}decap-cms.js`);
  const cms = window.CMS!;
  const h = window.h!;
  for (const [collection, { extension, order, identifier }] of Object.entries(setup.files)) {
    cms.registerCustomFormat(fileFormat(collection), extension.slice(1), {
      fromFile(text) {
        const { data, body } = parseEntryFile(text, extension);
        return extension === '.mdx' ? { ...data, [BODY_FIELD]: body } : data;
      },
      toFile(values) {
        const { [BODY_FIELD]: body = '', ...data } = values;
        return writeEntryFile({ data, body: typeof body === 'string' ? body : '' }, extension, order);
      },
    });
    cms.registerPreviewTemplate(collection, entryPreview(h, collection, identifier));
  }
  if (setup.locale) cms.registerLocale(setup.locale.name, setup.locale.phrases);
  cms.registerPreviewStyle(siteStyles, { raw: true });
  cms.registerPreviewStyle(PREVIEW_STYLES, { raw: true });
  cms.init({ config: setup.config });
}

start().catch((cause: unknown) => {
  document.body.textContent = `The editor could not start: ${cause instanceof Error ? cause.message : String(cause)}`;
});
