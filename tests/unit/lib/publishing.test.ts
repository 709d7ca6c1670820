import { describe, expect, it } from 'vitest';
import { isPublic, isVisible, pendingState, resolveMode, resolveNow, type Publishable } from '../../../src/lib/publishing.ts';

const now = new Date('2026-06-01T12:00:00Z');
const published: Publishable = { status: 'published' };
const draft: Publishable = { status: 'draft' };
const review: Publishable = { status: 'review' };
const futureEmbargo: Publishable = { status: 'embargoed', embargoUntil: new Date('2026-06-01T12:00:01Z') };
const liftedEmbargo: Publishable = { status: 'embargoed', embargoUntil: new Date('2026-06-01T12:00:00Z') };

describe('isVisible', () => {
  it.each([
    ['published', published, true, true, true],
    ['draft', draft, false, false, true],
    ['review', review, false, true, true],
    ['embargo in the future', futureEmbargo, false, true, true],
    ['embargo lifted at exactly now', liftedEmbargo, true, true, true],
  ] as const)('%s: production %s, preview %s, dev %s', (_name, entry, production, preview, dev) => {
    expect(isVisible(entry, 'production', now)).toBe(production);
    expect(isVisible(entry, 'preview', now)).toBe(preview);
    expect(isVisible(entry, 'dev', now)).toBe(dev);
  });

  it('treats an embargoed entry without a date as never public', () => {
    expect(isPublic({ status: 'embargoed' }, now)).toBe(false);
  });
});

describe('pendingState', () => {
  it('names the state of a non-public entry and nothing for a public one', () => {
    expect(pendingState(draft, now)).toBe('draft');
    expect(pendingState(futureEmbargo, now)).toBe('embargoed');
    expect(pendingState(liftedEmbargo, now)).toBeUndefined();
    expect(pendingState(published, now)).toBeUndefined();
  });
});

describe('the build clock and mode', () => {
  it('pins the clock with PORTAL_NOW', () => {
    expect(resolveNow({ PORTAL_NOW: '2027-01-01T00:00:00Z' }).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
  it('rejects an unparseable PORTAL_NOW instead of using the real time', () => {
    expect(() => resolveNow({ PORTAL_NOW: 'next tuesday' })).toThrow(/PORTAL_NOW/);
  });
  it('uses the real time without PORTAL_NOW', () => {
    const before = Date.now();
    expect(resolveNow({}).getTime()).toBeGreaterThanOrEqual(before);
  });
  it('picks the mode from the Astro command and PORTAL_MODE, never from NODE_ENV', () => {
    expect(resolveMode({ NODE_ENV: 'development' })).toBe('production');
    expect(resolveMode({})).toBe('production');
    expect(resolveMode({ PORTAL_MODE: 'preview' })).toBe('preview');
    expect(resolveMode({ PORTAL_MODE: 'preview', PORTAL_ASTRO_COMMAND: 'dev' })).toBe('dev');
    expect(resolveMode({ PORTAL_ASTRO_COMMAND: 'build' })).toBe('production');
    expect(() => resolveMode({ PORTAL_MODE: 'public' })).toThrow(/PORTAL_MODE/);
    expect(() => resolveMode({ PORTAL_MODE: 'dev' })).toThrow(/PORTAL_MODE/);
  });
});
