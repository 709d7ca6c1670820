import { describe, expect, it } from 'vitest';
import { CHROMIUM_BINARIES, chromiumPath } from '../../support/chromium.ts';

const installedOnly = (...files: string[]) => (file: string) => files.includes(file);

describe('chromiumPath', () => {
  it('prefers the headless shell when it is installed', () => {
    expect(chromiumPath({}, installedOnly(...CHROMIUM_BINARIES))).toBe('/usr/bin/chromium-headless-shell');
  });

  it('falls back to chromium when only chromium is installed', () => {
    expect(chromiumPath({}, installedOnly('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('names Debian chromium when neither is installed, so the launch error says what is missing', () => {
    expect(chromiumPath({}, installedOnly())).toBe('/usr/bin/chromium');
  });

  it('uses $CHROMIUM_PATH over anything installed', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' }, installedOnly(...CHROMIUM_BINARIES))).toBe('/opt/chrome/chrome');
  });

  it('ignores an empty $CHROMIUM_PATH', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '' }, installedOnly('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });
});
