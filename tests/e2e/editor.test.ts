import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatEntry } from '../../src/lib/entry-layout.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT, TMP, buildSite } from '../support/build-site.ts';
import { copyFixtureContent, runCheck } from '../support/cli.ts';

/**
 * The browser editor as an author uses it: `npm run edit` (the dev server and decap-server) on a
 * copy of tests/fixtures/editor, driven in Chromium. The local backend writes files, so it
 * works on its own copy, never on content/.
 */
const PORT = 4393;
const BACKEND_PORT = 8093;
const TREE = path.join(TMP, 'e2e-editor', 'content');
const PILOT = path.join(TREE, 'briefs/tutoring-pilot.mdx');

let editor: ChildProcess;
let browser: Browser;
let context: BrowserContext;
let adminUrl: string;
/** Every request the editor's pages made to a host other than 127.0.0.1. */
const elsewhere: string[] = [];
/** What Chromium refused because of the page's Content-Security-Policy. */
const refused: string[] = [];
/** Dialogs a page opened (a body's script running would open one). */
const dialogs: string[] = [];

/** The environment of a developer's shell: vitest's own variables make Astro's dev server 404. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^VITEST|^NODE_ENV$/.test(name)));
}

/** `npm run edit`, until it prints the address to open. */
function startEditor(): Promise<string> {
  editor = spawn(process.execPath, ['scripts/edit.ts', '--content', TREE, '--port', String(PORT), '--backend-port', String(BACKEND_PORT)], {
    cwd: ROOT,
    env: { ...shellEnv(), PORTAL_CACHE_DIR: path.join(TMP, 'e2e-editor', 'cache'), PORTAL_NOW: '2026-06-01T00:00:00Z', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Open (http:\/\/\S+)/.exec(output);
      if (found) resolve(found[1]!);
    };
    editor.stdout!.on('data', read);
    editor.stderr!.on('data', read);
    editor.on('exit', (code) => reject(new Error(`npm run edit stopped (${code}):\n${output}`)));
  });
}

async function openPage(hash: string): Promise<Page> {
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:')) elsewhere.push(request.url());
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP refused')) refused.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${adminUrl}${hash}`);
  return page;
}

/** Decap's "Publish" writes the file; with the local backend it says Save. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await page.getByText('Save now', { exact: true }).click();
}

/** A choice in a picker (a react-select control, labelled by its field). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[aria-label="markdown field"] [role=textbox]').click();
  await page.keyboard.type(text);
}

/** The required fields of a new brief, filled as an author would. */
async function fillNewBrief(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('Schools with a reading coach saw more children read on grade level.');
  await choose(page, 'Audiences', 'district-staff');
  await choose(page, 'Problems', 'early-reading');
  await choose(page, 'Alliance', 'fixture-alliance');
  await page.getByLabel('Published', { exact: true }).fill('2026-05-01');
  await choose(page, 'Authors', 'pat-fixture');
  await page.getByRole('button', { name: 'Add key finding' }).click();
  await page.getByLabel('Key finding', { exact: true }).fill('More children in coached schools read on grade level.');
}

const fileText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

beforeAll(async () => {
  copyFixtureContent('editor', TREE);
  adminUrl = await startEditor();
  browser = await launchChromium();
  // A fixed zone: the editor writes date-times with the browser's offset.
  context = await browser.newContext({ timezoneId: 'America/Chicago', viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.log(`CSP refused ${event.violatedDirective} ${event.blockedURI}`));
  });
  // decap-server has no accounts: its sign-in page is one button, and Decap remembers the click.
  const page = await openPage('');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Research briefs' }).first().waitFor();
  await page.close();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  // npm run edit stops both of its servers when it is stopped.
  if (editor && editor.exitCode === null) {
    const stopped = new Promise((resolve) => editor.once('exit', resolve));
    editor.kill('SIGINT');
    await stopped;
  }
});

// Every page of every test: nothing fetched from another host, nothing Decap needs refused.
afterEach(() => {
  expect(elsewhere).toEqual([]);
  expect(refused).toEqual([]);
});

describe('npm run edit', () => {
  it('prints the editor page on 127.0.0.1 as the one address to open', () => {
    expect(adminUrl).toBe(`http://127.0.0.1:${PORT}/admin/`);
  });

  it('changes only the title line of a brief when only its title is edited', async () => {
    const before = fileText(PILOT)!;
    const page = await openPage('#/collections/briefs/entries/tutoring-pilot');
    const title = page.getByLabel('Title', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('A tutoring pilot in two schools');
    await title.fill('A tutoring pilot in two schools, the first year');
    await save(page);
    await expect.poll(() => fileText(PILOT)).not.toBe(before);
    const [old, edited] = [before.split('\n'), fileText(PILOT)!.split('\n')];
    expect(edited).toHaveLength(old.length);
    const changed = old.flatMap((line, index) => (line === edited[index] ? [] : [[line, edited[index]]]));
    expect(changed).toEqual([['title: A tutoring pilot in two schools', 'title: A tutoring pilot in two schools, the first year']]);
    await page.close();
  });

  it('creates a brief from the form, as a draft file in the one layout that passes npm run check', async () => {
    const page = await openPage('#/collections/briefs/new');
    await fillNewBrief(page, 'Reading coaches in every school');
    await typeBody(page, '## What we found\n\nCoached schools did better.\n\n| School | Coach |\n|---|---|\n| North | yes |\n');
    await save(page);
    const file = path.join(TREE, 'briefs/reading-coaches-in-every-school.mdx');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const text = fileText(file)!;
    expect(text).toContain('status: draft\n');
    expect(text).toContain('audiences: [district-staff]\n');
    expect(text).toContain('| North | yes |');
    expect(formatEntry('briefs', text)).toBe(text);
    const checked = runCheck(TREE, '--public', path.join(ROOT, 'public'));
    expect(checked.output).not.toContain('reading-coaches-in-every-school');
    expect(checked.status).toBe(0);
    await page.close();
  });

  it('refuses to save a brief with a required field left empty, naming the field', async () => {
    const page = await openPage('#/collections/briefs/new');
    await page.getByLabel('Title', { exact: true }).fill('No audience given');
    await save(page);
    await page.getByText('Audiences is required.').waitFor();
    await page.getByText('Authors is required.').waitFor();
    expect(existsSync(path.join(TREE, 'briefs/no-audience-given.mdx'))).toBe(false);
    await page.close();
  });

  it('offers only the ids that exist in a picker', async () => {
    const page = await openPage('#/collections/briefs/new');
    await page.getByLabel('Authors', { exact: true }).click();
    const options = page.getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['jose-nunez', 'pat-fixture', 'sam-presenter']);
    await page.keyboard.press('Escape');
    await page.getByLabel('Alliance', { exact: true }).click();
    await expect.poll(() => options.allTextContents()).toEqual(['fixture-alliance']);
    await page.close();
  });

  it('previews with the site’s styles and the tier the page will show, not the one claimed', async () => {
    const page = await openPage('#/collections/briefs/entries/tutoring-pilot');
    const preview = page.frameLocator('iframe').first();
    // The brief claims tier 3; its facts reach tier 2.
    await expect.poll(() => preview.locator('[data-tier]').textContent()).toBe('2 Tier 2: Moderate evidence');
    await expect.poll(() => preview.locator('table td').first().textContent()).toBe('North');
    // The site's stylesheet is in the preview: the badge has its colours.
    await expect.poll(() => preview.locator('.tier-badge').evaluate((element) => getComputedStyle(element).borderStyle)).not.toBe('none');
    await page.close();
  });

  it('saves a body that tries to run code as written, and the check and the build still refuse it', async () => {
    const page = await openPage('#/collections/briefs/new');
    await fillNewBrief(page, 'A body that runs code');
    await typeBody(page, '{process.exit(0)}\n\n<script>alert("ran")</script>\n');
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('.editor-refused').first().textContent()).toContain('found an expression {process.exit(0)}');
    await expect.poll(() => preview.locator('.editor-refused').allTextContents()).toEqual([
      expect.stringContaining('an expression {process.exit(0)}'),
      expect.stringContaining('the element <script>'),
    ]);
    expect(await preview.locator('script').count()).toBe(0);
    await save(page);
    const file = path.join(TREE, 'briefs/a-body-that-runs-code.mdx');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    await page.close();
    try {
      expect(fileText(file)).toContain('{process.exit(0)}');
      const checked = runCheck(TREE, '--public', path.join(ROOT, 'public'));
      expect(checked.status).toBe(1);
      expect(checked.output).toContain('a-body-that-runs-code.mdx');
      expect(checked.output).toContain('found an expression {process.exit(0)}');
      const built = buildSite({ fixture: 'editor', contentDir: TREE, name: 'e2e-editor-hostile-build', now: '2026-06-01T00:00:00Z', command: 'astro' });
      expect(built.status).not.toBe(0);
      expect(built.output).toContain('Content that could run code');
      expect(dialogs).toEqual([]);
    } finally {
      // The other tests' files must keep passing the check.
      rmSync(file);
    }
  });

});
