// When the meaning host may close: after a quiet period with no request from any panel and no embedding
// under way. The model and every article's vectors then leave memory; the panel's next request starts
// the host again (src/sidepanel/meaning-client.ts checks it before each one) and it reloads the stored
// vectors instead of embedding them again.

/** How long the host stays without requests before it closes. */
export const IDLE_CLOSE_MS = 10 * 60_000;
/**
 * Where a benchmark or test may set a shorter quiet period (milliseconds, in the extension's localStorage,
 * read when the host starts): the in-browser bench waits for the host to close itself to measure the
 * memory it gives back.
 */
export const IDLE_CLOSE_KEY = 'ownit:meaningIdleCloseMs';
/** The shortest quiet period a setting may ask for: a host that closes sooner would reload too often. */
export const MIN_IDLE_CLOSE_MS = 10_000;

/** The quiet period a stored setting asks for, within [MIN_IDLE_CLOSE_MS, IDLE_CLOSE_MS]; else the default. */
export function idleCloseMs(setting: string | null | undefined): number {
  const ms = Number(setting);
  if (!setting || !Number.isFinite(ms)) return IDLE_CLOSE_MS;
  return Math.min(IDLE_CLOSE_MS, Math.max(MIN_IDLE_CLOSE_MS, Math.round(ms)));
}

/** Time and timers, so that tests can stand in for them. */
export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const realClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export class IdleWatch {
  private lastRequest: number;
  private working = false;
  private timer: unknown;
  private closed = false;

  constructor(
    private readonly onIdle: () => void,
    private readonly idleMs = IDLE_CLOSE_MS,
    private readonly clock: IdleClock = realClock,
  ) {
    this.lastRequest = clock.now();
    this.arm(idleMs);
  }

  /** A panel asked for something: the quiet period starts again. */
  request(): void {
    this.lastRequest = this.clock.now();
  }

  /** Whether the host is embedding articles (it never closes meanwhile; the quiet period starts after). */
  embedding(working: boolean): void {
    if (working === this.working) return;
    this.working = working;
    if (!working) this.request();
  }

  private arm(ms: number): void {
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.check(), ms);
  }

  private check(): void {
    if (this.closed) return;
    const quiet = this.clock.now() - this.lastRequest;
    if (this.working || quiet < this.idleMs) {
      this.arm(this.working ? this.idleMs : this.idleMs - quiet);
      return;
    }
    this.closed = true;
    this.onIdle();
  }
}
