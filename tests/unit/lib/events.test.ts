import { describe, expect, it } from 'vitest';
import {
  eventCalendarPath,
  gatheringId,
  indexByDiscussed,
  interpretationNames,
  materialLinks,
  materialRefs,
  oneVersionPerGathering,
  refKey,
  type Material,
} from '../../../src/lib/events.ts';

const materials: Material[] = [
  { label: 'Slides', href: '/pdf/slides.pdf' },
  { label: 'The brief', collection: 'briefs', id: 'public-brief' },
  { label: 'A draft', collection: 'briefs', id: 'draft-brief' },
  { label: 'The finding', collection: 'findings', id: 'public-finding' },
];

describe('materials', () => {
  it('lists the entries materials point at, not the plain links', () => {
    expect(materialRefs(materials)).toEqual([
      { collection: 'briefs', id: 'public-brief' },
      { collection: 'briefs', id: 'draft-brief' },
      { collection: 'findings', id: 'public-finding' },
    ]);
  });

  it('links materials in authored order and drops entries the build may not show', () => {
    const published = new Map([
      ['briefs/public-brief', '/briefs/public-brief/'],
      ['findings/public-finding', '/findings/public-finding/'],
    ]);
    expect(materialLinks(materials, (ref) => published.get(refKey(ref)))).toEqual([
      { label: 'Slides', href: '/pdf/slides.pdf' },
      { label: 'The brief', href: '/briefs/public-brief/' },
      { label: 'The finding', href: '/findings/public-finding/' },
    ]);
  });

  it('indexes events by every entry they discussed, once per event', () => {
    const events = [
      { id: 'forum', materials },
      { id: 'night', materials: [materials[3]!, materials[3]!] },
      { id: 'talk', materials: [materials[0]!] },
    ];
    const index = indexByDiscussed(events, (event) => event.materials);
    expect(index.get('briefs/public-brief')?.map((event) => event.id)).toEqual(['forum']);
    expect(index.get('findings/public-finding')?.map((event) => event.id)).toEqual(['forum', 'night']);
    expect([...index.keys()]).not.toContain('/pdf/slides.pdf');
  });
});

describe('one version per gathering', () => {
  const forum = { id: 'spring-forum', lang: 'en' };
  const foro = { id: 'foro-primavera', lang: 'es', translationOf: 'spring-forum' };
  const orphan = { id: 'foro-solo', lang: 'es', translationOf: 'unpublished-original' };
  const night = { id: 'family-night', lang: 'en' };

  it('names a translation by its original', () => {
    expect(gatheringId(foro)).toBe('spring-forum');
    expect(gatheringId(forum)).toBe('spring-forum');
  });

  it('prefers the reader\'s language, then the original, keeping first-seen order', () => {
    expect(oneVersionPerGathering([foro, night, forum], 'en').map((event) => event.id)).toEqual(['spring-forum', 'family-night']);
    expect(oneVersionPerGathering([forum, night, foro], 'es').map((event) => event.id)).toEqual(['foro-primavera', 'family-night']);
    expect(oneVersionPerGathering([forum, foro], 'fr').map((event) => event.id)).toEqual(['spring-forum']);
  });

  it('keeps a translation whose original is not shown', () => {
    expect(oneVersionPerGathering([orphan, night], 'en').map((event) => event.id)).toEqual(['foro-solo', 'family-night']);
  });
});

describe('calendar paths and interpretation', () => {
  it('puts every event\'s calendar file at /events/<id>.ics', () => {
    expect(eventCalendarPath('foro-primavera')).toBe('/events/foro-primavera.ics');
  });

  it('names interpretation languages in the reader\'s language', () => {
    expect(interpretationNames(['es', 'ar'], 'en')).toBe('Spanish, Arabic');
    expect(interpretationNames(['es', 'ar'], 'es')).toBe('español, árabe');
    expect(interpretationNames([], 'en')).toBe('');
  });
});
