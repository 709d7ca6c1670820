import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/lib/in-order.ts';

function recorder() {
  const delivered: string[] = [];
  return { delivered, queue: inOrder<string>((value) => delivered.push(value)) };
}

describe('inOrder', () => {
  it('passes values on at once when they arrive in order', () => {
    const { delivered, queue } = recorder();
    queue.take()('a');
    queue.take()('b');
    expect(delivered).toEqual(['a', 'b']);
    expect(queue.waiting).toBe(0);
  });

  it('holds a value back until every earlier place is filled', () => {
    const { delivered, queue } = recorder();
    const first = queue.take();
    const second = queue.take();
    const third = queue.take();
    third('c');
    second('b');
    expect(delivered).toEqual([]);
    expect(queue.waiting).toBe(3);
    first('a');
    expect(delivered).toEqual(['a', 'b', 'c']);
    expect(queue.waiting).toBe(0);
  });

  it('skips places filled with undefined without holding later ones', () => {
    const { delivered, queue } = recorder();
    const first = queue.take();
    const second = queue.take();
    second('b');
    first(undefined);
    expect(delivered).toEqual(['b']);
  });

  it('gives the same order for any order of arrival', () => {
    const arrivals = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
    ];
    for (const arrival of arrivals) {
      const { delivered, queue } = recorder();
      const places = ['a', 'b', 'c', 'd'].map((value) => ({ fill: queue.take(), value }));
      for (const index of arrival) places[index]!.fill(places[index]!.value);
      expect(delivered).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('refuses a place filled twice', () => {
    const { queue } = recorder();
    const place = queue.take();
    place('a');
    expect(() => place('again')).toThrow(/already filled/);
  });
});
