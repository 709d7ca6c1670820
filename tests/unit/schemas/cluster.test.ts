import { describe, expect, it } from 'vitest';
import { baseEntry, problemsOf, schemas } from './helpers.ts';

const cluster = { ...baseEntry, published: '2026-09-14', aim: 'on-track-aim', driver: 'early-response', members: ['riverbend-alliance'], chairs: ['ana-ruiz'] };

describe('research action clusters (YAML)', () => {
  it('accepts a valid cluster, and one without chairs', () => {
    expect(problemsOf(schemas.clusters, cluster)).toEqual([]);
    expect(schemas.clusters.parse({ ...cluster, chairs: undefined }).chairs).toEqual([]);
  });

  it.each([
    ['an unknown aim', { aim: 'on-track-am' }, 'aim: an id from aims (did you mean on-track-aim?)'],
    ['no driver', { driver: undefined }, 'driver: a primary driver id such as family-contact'],
    ['a driver id that breaks the id rule', { driver: 'Early Response' }, 'driver: a primary driver id: lowercase letters and digits joined by single hyphens (did you mean early-response?)'],
    ['no members', { members: [] }, 'members: at least 1 id(s) from alliances'],
    ['an unknown member', { members: ['riverbend-aliance'] }, 'members.0: an id from alliances (did you mean riverbend-alliance?)'],
    ['an unknown chair', { chairs: ['sam-okafr'] }, 'chairs.0: an id from people (did you mean sam-okafor?)'],
  ])('rejects %s', (_name, change, expected) => {
    expect(problemsOf(schemas.clusters, { ...cluster, ...change })).toContain(expected);
  });
});
