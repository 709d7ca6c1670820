/**
 * Hands values on in the order their places were taken, whatever order they arrive in.
 *
 * The build renders four pages at once, so pages finish out of order; Pagefind numbers its
 * records in the order it receives them, and a build must give the same bytes every time. Each
 * render takes a place when it starts (in Astro's fixed path order) and fills it when done; the
 * value goes on once every earlier place is filled. A place filled with `undefined` (a page that
 * is no record, or one that failed) is skipped.
 */
export interface InOrder<T> {
  /** Takes the next place; call the returned function once, with the value or `undefined`. */
  take(): (value: T | undefined) => void;
  /** Places taken but not yet passed on (waiting for themselves or an earlier place). */
  readonly waiting: number;
}

export function inOrder<T>(deliver: (value: T) => void): InOrder<T> {
  const filled = new Map<number, T | undefined>();
  let taken = 0;
  let next = 0;

  function passOnReady(): void {
    while (filled.has(next)) {
      const value = filled.get(next);
      filled.delete(next);
      next += 1;
      if (value !== undefined) deliver(value);
    }
  }

  return {
    take() {
      const place = taken;
      taken += 1;
      let done = false;
      return (value) => {
        if (done) throw new Error(`place ${place} was already filled`);
        done = true;
        filled.set(place, value);
        passOnReady();
      };
    },
    get waiting() {
      return taken - next;
    },
  };
}
