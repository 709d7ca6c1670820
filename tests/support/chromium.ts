import { existsSync } from 'node:fs';

/**
 * The Chromium binaries the browser tests, the bench and Lighthouse look for, in order: Debian's
 * chromium-headless-shell, then Debian's chromium. Both come from the same Chromium source and
 * version (the same Blink and V8); the shell is Chromium without the browser's own interface.
 *
 * Why the shell first: full chromium, even headless, opens a browser window for each new context
 * and loads that window's address-bar popup (chrome://omnibox-popup, a web page of its own) in
 * another renderer while the page under test loads. On a small machine that work competes with
 * the page, and no page a reader opens in an already-running browser pays for it, so timings and
 * Lighthouse scores taken in full chromium are worse than any reader's.
 */
export const CHROMIUM_BINARIES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

/** $CHROMIUM_PATH when set, else the first of CHROMIUM_BINARIES installed, else Debian's chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env, installed: (file: string) => boolean = existsSync): string {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) return chosen;
  return CHROMIUM_BINARIES.find((file) => installed(file)) ?? '/usr/bin/chromium';
}
