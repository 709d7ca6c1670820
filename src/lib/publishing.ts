/**
 * Publishing states (content/README.md, section 4). Every page, feed, index and count asks
 * `isVisible`, so "what may be shown" is decided in exactly one place.
 */

export const STATUSES = ['draft', 'review', 'embargoed', 'published'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * - `production`: the public site; only published entries and embargoes that have lifted.
 * - `preview`: shared with the district before release; adds review and embargoed, never drafts.
 * - `dev`: an author's own machine; shows everything, marked on the page.
 */
export const BUILD_MODES = ['production', 'preview', 'dev'] as const;
export type BuildMode = (typeof BUILD_MODES)[number];

export interface Publishable {
  status: Status;
  embargoUntil?: Date | undefined;
}

export function isEmbargoLifted(entry: Publishable, now: Date): boolean {
  return entry.status === 'embargoed' && entry.embargoUntil !== undefined && entry.embargoUntil <= now;
}

/** Public in the production sense: what the world may see at `now`. */
export function isPublic(entry: Publishable, now: Date): boolean {
  return entry.status === 'published' || isEmbargoLifted(entry, now);
}

export function isVisible(entry: Publishable, mode: BuildMode, now: Date): boolean {
  if (isPublic(entry, now)) return true;
  if (mode === 'dev') return true;
  if (mode === 'preview') return entry.status === 'review' || entry.status === 'embargoed';
  return false;
}

/** The state a reader should be warned about, or undefined for a public entry. */
export function pendingState(entry: Publishable, now: Date): Exclude<Status, 'published'> | undefined {
  return isPublic(entry, now) ? undefined : (entry.status as Exclude<Status, 'published'>);
}

/**
 * The build's clock. `PORTAL_NOW` (an ISO date-time) pins it so tests of embargo release are
 * deterministic; anything unparseable is an error rather than a silent fallback to the real time.
 */
export function resolveNow(env: Record<string, string | undefined>): Date {
  const pinned = env['PORTAL_NOW'];
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`PORTAL_NOW is "${pinned}"; expected an ISO date-time such as 2026-11-23T09:00:00Z`);
  }
  return date;
}

/**
 * The environment variable the `astro-command` integration sets to the running Astro command.
 * Only the dev server shows drafts: the mode follows the command, never NODE_ENV or Vite's DEV
 * flag, which a test runner or a shell profile can set and which would leak drafts into dist/.
 */
export const ASTRO_COMMAND_ENV = 'PORTAL_ASTRO_COMMAND';

export function resolveMode(env: Record<string, string | undefined>): BuildMode {
  if (env[ASTRO_COMMAND_ENV] === 'dev') return 'dev';
  const requested = env['PORTAL_MODE'];
  if (requested === undefined || requested === '') return 'production';
  if (requested === 'production' || requested === 'preview') return requested;
  throw new Error(`PORTAL_MODE is "${requested}"; expected production or preview (the dev server sets dev itself)`);
}
