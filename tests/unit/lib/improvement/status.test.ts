import { describe, expect, it } from 'vitest';
import type { CycleFacts } from '../../../../src/lib/improvement/ramps.ts';
import { changeIdeaStatus, siteStatus } from '../../../../src/lib/improvement/status.ts';

function cycle(id: string, site: string, started: string, decision?: CycleFacts['decision'], extra: Partial<CycleFacts> = {}): CycleFacts {
  const ended = decision ? new Date(`2026-${started}T00:00:00Z`) : undefined;
  return { id, changeIdea: 'huddle', site, started: new Date(`2026-${started}T00:00:00Z`), ended, decision, ...extra };
}

describe('siteStatus', () => {
  it.each([
    ['the decision of the latest cycle once it has ended', [cycle('a', 'A', '01-01', 'adapt'), cycle('b', 'A', '02-01', 'adopt')], 'adopt'],
    ['adapt when the latest cycle decided to adapt', [cycle('a', 'A', '01-01', 'adopt'), cycle('b', 'A', '02-01', 'adapt')], 'adapt'],
    ['abandon when the latest cycle gave up', [cycle('a', 'A', '01-01', 'adapt'), cycle('b', 'A', '02-01', 'abandon')], 'abandon'],
    ['testing while the latest cycle runs, whatever came before', [cycle('a', 'A', '01-01', 'adopt'), cycle('b', 'A', '02-01')], 'testing'],
    ['testing for a first cycle still running', [cycle('a', 'A', '01-01')], 'testing'],
  ])('is %s', (_name, cycles, expected) => {
    expect(siteStatus({ site: 'A', cycles })).toBe(expected);
  });

  it('is testing for an ended cycle with no decision (the check refuses one)', () => {
    expect(siteStatus({ site: 'A', cycles: [cycle('a', 'A', '01-01', undefined, { ended: new Date('2026-01-10') })] })).toBe('testing');
  });
});

describe('changeIdeaStatus', () => {
  it('gives each site its ramp and status, and counts sites by status', () => {
    const status = changeIdeaStatus([
      cycle('m1', 'Millrace', '01-01', 'adapt'),
      cycle('m2', 'Millrace', '02-01', 'adopt'),
      cycle('e1', 'Eastgate', '01-15', 'adopt'),
      cycle('w1', 'Wrenfield', '03-01', 'adapt'),
      cycle('w2', 'Wrenfield', '04-01'),
      cycle('l1', 'Larkspur', '04-15', 'abandon'),
    ]);
    expect(status.sites.map((site) => [site.site, site.status, site.cycles.length])).toEqual([
      ['Millrace', 'adopt', 2],
      ['Eastgate', 'adopt', 1],
      ['Wrenfield', 'testing', 2],
      ['Larkspur', 'abandon', 1],
    ]);
    expect(status.counts).toEqual([
      { status: 'adopt', sites: 2 },
      { status: 'testing', sites: 1 },
      { status: 'abandon', sites: 1 },
    ]);
    expect(status.cycles).toBe(6);
  });

  it("takes each site's latest cycle in ramp order (follows first), not in the order given", () => {
    const status = changeIdeaStatus([cycle('b', 'A', '01-01', 'abandon', { follows: 'a' }), cycle('a', 'A', '02-01', 'adopt')]);
    expect(status.sites[0]!.status).toBe('abandon');
  });

  it('has no sites, counts or cycles before the first cycle', () => {
    expect(changeIdeaStatus([])).toEqual({ sites: [], counts: [], cycles: 0 });
  });
});
