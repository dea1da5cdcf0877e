// The meaning host closes after a quiet period with no request and no embedding (injected clock).
import { describe, expect, it } from 'vitest';
import {
  IDLE_CLOSE_MS,
  type IdleClock,
  IdleWatch,
  idleCloseMs,
  MIN_IDLE_CLOSE_MS,
} from '../../../src/meaning/idle-close';

/** A clock that moves only when told; timers fire as it passes them. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  const clock: IdleClock = {
    now: () => now,
    setTimeout(run, ms) {
      const id = ++next;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout(id) {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((timer) => timer !== due);
      now = due.at;
      due.run();
    }
    now = end;
  };
  return { clock, advance };
}

const MINUTE = 60_000;

describe('IdleWatch', () => {
  it('closes the host once ten quiet minutes have passed, not before', () => {
    const { clock, advance } = fakeClock();
    let closed = 0;
    new IdleWatch(() => closed++, 10 * MINUTE, clock);
    advance(10 * MINUTE - 1);
    expect(closed).toBe(0);
    advance(1);
    expect(closed).toBe(1);
    advance(60 * MINUTE);
    expect(closed).toBe(1);
  });

  it('starts the quiet period again with every request', () => {
    const { clock, advance } = fakeClock();
    let closed = 0;
    const watch = new IdleWatch(() => closed++, 10 * MINUTE, clock);
    advance(9 * MINUTE);
    watch.request();
    advance(9 * MINUTE);
    expect(closed).toBe(0);
    advance(MINUTE);
    expect(closed).toBe(1);
  });

  it('never closes while articles are being embedded; the quiet period starts when that ends', () => {
    const { clock, advance } = fakeClock();
    let closed = 0;
    const watch = new IdleWatch(() => closed++, 10 * MINUTE, clock);
    watch.embedding(true);
    advance(45 * MINUTE);
    expect(closed).toBe(0);
    watch.embedding(false);
    advance(10 * MINUTE - 1);
    expect(closed).toBe(0);
    advance(MINUTE);
    expect(closed).toBe(1);
  });
});

describe('the quiet period a benchmark may set', () => {
  it('is used within bounds; anything else leaves the default', () => {
    expect(idleCloseMs('20000')).toBe(20_000);
    expect(idleCloseMs('1000')).toBe(MIN_IDLE_CLOSE_MS);
    expect(idleCloseMs(String(60 * MINUTE))).toBe(IDLE_CLOSE_MS);
    for (const setting of [null, undefined, '', 'soon', 'NaN', 'Infinity'])
      expect(idleCloseMs(setting)).toBe(IDLE_CLOSE_MS);
  });
});
