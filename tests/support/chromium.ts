import { existsSync } from 'node:fs';

/**
 * The Chromium binaries the browser tests, the bench and Lighthouse look for, in order: Debian's
 * chromium-headless-shell, then Debian's chromium. Both come from the same Chromium source and
 * version (the same Blink and V8); the shell is Chromium without the browser's own interface.
 *
 * Why the shell first: full chromium, even headless, opens a browser window for each new context
 * and loads that window's address-bar popup (chrome://omnibox-popup, a web page of its own) in
 * another renderer while the page under test loads. On this machine's two cores that work competed
 * with our page, and no page a reader opens in an already-running browser pays for it. Measured on
 * the same 10,000-entry site minutes apart: first search results 1.20-1.45 s with chromium,
 * 0.76-0.79 s with the shell; Lighthouse performance on the home, brief and search pages 95/95/90
 * with chromium, 100/100/95 with the shell.
 */
export const CHROMIUM_BINARIES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

/** $CHROMIUM_PATH when set, else the first of CHROMIUM_BINARIES installed, else Debian's chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env, installed: (file: string) => boolean = existsSync): string {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) return chosen;
  return CHROMIUM_BINARIES.find((file) => installed(file)) ?? '/usr/bin/chromium';
}
