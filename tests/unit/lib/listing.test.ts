import { describe, expect, it } from 'vitest';
import { indexBy, newestFirst, splitUpcoming } from '../../../src/lib/listing.ts';

const at = (iso: string) => new Date(iso);

describe('splitUpcoming', () => {
  const events = [
    { id: 'past-old', start: at('2025-01-01T10:00Z'), end: at('2025-01-01T11:00Z') },
    { id: 'past-recent', start: at('2026-05-01T10:00Z'), end: at('2026-05-01T11:00Z') },
    { id: 'happening-now', start: at('2026-06-01T11:00Z'), end: at('2026-06-01T13:00Z') },
    { id: 'later', start: at('2026-09-01T10:00Z'), end: at('2026-09-01T11:00Z') },
    { id: 'soon', start: at('2026-07-01T10:00Z'), end: at('2026-07-01T11:00Z') },
  ];
  it('lists upcoming soonest first, then past most recent first; an event is upcoming until it ends', () => {
    const { upcoming, past } = splitUpcoming(events, at('2026-06-01T12:00Z'));
    expect(upcoming.map((event) => event.id)).toEqual(['happening-now', 'soon', 'later']);
    expect(past.map((event) => event.id)).toEqual(['past-recent', 'past-old']);
  });
});

describe('indexBy and newestFirst', () => {
  it('indexes each item under each of its keys once', () => {
    const items = [
      { id: 'a', tags: ['x', 'y', 'x'] },
      { id: 'b', tags: ['y'] },
    ];
    const index = indexBy(items, (item) => item.tags);
    expect(index.get('x')?.map((item) => item.id)).toEqual(['a']);
    expect(index.get('y')?.map((item) => item.id)).toEqual(['a', 'b']);
  });
  it('sorts newest first without changing the input', () => {
    const items = [{ date: at('2025-01-01') }, { date: at('2026-01-01') }];
    expect(newestFirst(items)[0]?.date.getUTCFullYear()).toBe(2026);
    expect(items[0]?.date.getUTCFullYear()).toBe(2025);
  });
});
