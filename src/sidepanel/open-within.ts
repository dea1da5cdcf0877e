// Opening the knowledge database, with a reason when it cannot happen. An open that another connection
// blocks (an upgrade waiting for an old window to let go) can wait forever: it is given up soon, with that
// reason. Any other open is only slow (a busy machine, a large sync writing beside it) and is waited for
// much longer: giving up on it left the panel on an error it never left, though the open came a moment later.

/** What the panel needs of its database here. */
export interface Openable {
  open(): Promise<unknown>;
  /** Whether the open waits for another connection to close. */
  readonly blocked: boolean;
}

/** A blocked open is given up after this long. */
export const OPEN_BLOCKED_MS = 6_000;
/** An open that is only slow is given up after this long. */
export const OPEN_LIMIT_MS = 60_000;

export function openWithin(
  db: Openable,
  blockedMs: number = OPEN_BLOCKED_MS,
  limitMs: number = OPEN_LIMIT_MS,
): Promise<unknown> {
  const start = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise((_, fail) => {
    const check = () => {
      const waited = Date.now() - start;
      if (db.blocked && waited >= blockedMs) {
        fail(new Error('the database is busy: another Own It window or an update is holding it'));
      } else if (waited >= limitMs) {
        fail(new Error(`the database did not open within ${Math.round(limitMs / 1000)} s`));
      } else {
        timer = setTimeout(check, Math.min(blockedMs, 1_000));
      }
    };
    timer = setTimeout(check, blockedMs);
  });
  return Promise.race([db.open(), giveUp]).finally(() => clearTimeout(timer));
}
