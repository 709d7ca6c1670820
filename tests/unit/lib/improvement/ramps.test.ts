import { describe, expect, it } from 'vitest';
import { neighbours, orderCycles, rampsOf, type CycleFacts } from '../../../../src/lib/improvement/ramps.ts';

/** A cycle of one change idea; dates as `MM-DD` in 2026. */
function cycle(id: string, site: string, started: string, extra: Partial<CycleFacts> = {}): CycleFacts {
  return { id, changeIdea: 'huddle', site, started: new Date(`2026-${started}T00:00:00Z`), ...extra };
}
const ids = (cycles: readonly CycleFacts[]) => cycles.map((item) => item.id);

describe('orderCycles', () => {
  it('orders by start date, then end date, then id', () => {
    const cycles = [
      cycle('c', 'A', '03-01'),
      cycle('b', 'A', '01-01', { ended: new Date('2026-02-01') }),
      cycle('a', 'A', '01-01', { ended: new Date('2026-01-20') }),
      cycle('d', 'A', '03-01'),
    ];
    expect(ids(orderCycles(cycles))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts a running cycle after an ended one that started the same day', () => {
    expect(ids(orderCycles([cycle('running', 'A', '01-01'), cycle('done', 'A', '01-01', { ended: new Date('2026-01-10') })]))).toEqual(['done', 'running']);
  });

  it('puts a cycle after the one it follows, even when its dates say otherwise', () => {
    const cycles = [cycle('second', 'A', '01-01', { follows: 'first' }), cycle('first', 'A', '02-01'), cycle('third', 'A', '01-15', { follows: 'second' })];
    expect(ids(orderCycles(cycles))).toEqual(['first', 'second', 'third']);
  });

  it('ignores a follows that names a cycle not given (another site, or one this build does not show)', () => {
    expect(ids(orderCycles([cycle('b', 'A', '02-01', { follows: 'elsewhere' }), cycle('a', 'A', '01-01')]))).toEqual(['a', 'b']);
  });

  it('places a loop (which the check refuses) by date once nothing else can go, instead of hanging', () => {
    const cycles = [cycle('x', 'A', '02-01', { follows: 'y' }), cycle('y', 'A', '01-01', { follows: 'x' }), cycle('z', 'A', '03-01', { follows: 'z' })];
    expect(ids(orderCycles(cycles))).toEqual(['z', 'y', 'x']);
  });

  it('returns nothing for nothing', () => {
    expect(orderCycles([])).toEqual([]);
  });
});

describe('rampsOf', () => {
  const cycles = [
    cycle('east-2', 'Eastgate', '03-01', { follows: 'east-1' }),
    cycle('mill-1', 'Millrace', '01-10'),
    cycle('east-1', 'Eastgate', '02-01', { follows: 'mill-1' }),
    cycle('wren-1', 'Wrenfield', '02-01'),
    cycle('mill-2', 'Millrace', '02-15', { follows: 'mill-1' }),
  ];

  it('groups by site, each site in order, sites in the order they began (then by name)', () => {
    expect(rampsOf(cycles).map((ramp) => [ramp.site, ids(ramp.cycles)])).toEqual([
      ['Millrace', ['mill-1', 'mill-2']],
      ['Eastgate', ['east-1', 'east-2']],
      ['Wrenfield', ['wren-1']],
    ]);
  });

  it('has no ramp without cycles', () => {
    expect(rampsOf([])).toEqual([]);
  });
});

describe('neighbours', () => {
  const [ramp] = rampsOf([cycle('a', 'A', '01-01'), cycle('b', 'A', '02-01'), cycle('c', 'A', '03-01')]);

  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('gives %s the cycles before (%s) and after (%s) it', (id, previous, next) => {
    const found = neighbours(ramp!, id);
    expect([found.previous?.id, found.next?.id]).toEqual([previous, next]);
  });

  it('gives a cycle outside the ramp no neighbours', () => {
    expect(neighbours(ramp!, 'elsewhere')).toEqual({});
  });
});
