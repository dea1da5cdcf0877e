// Nudges the agent dismissed or snoozed, per ticket. Kept in the database so they stay quiet after
// the panel closes; entries older than a month are dropped.
import type { Nudge } from '../nudges';
import { database, type OwnItDatabase } from '../storage/db';
import { settings } from '../storage/repositories';

const KEY = 'nudgeMutes';
const FOREVER = Number.MAX_SAFE_INTEGER;
const KEEP_FOR = 30 * 24 * 3_600_000;
export const SNOOZE_FOR = 60 * 60_000;

/** mute key → until (epoch ms); `FOREVER` for dismissed. Stored with when it was set. */
type Mutes = Record<string, { until: number; at: number }>;

export function nudgeKey(ticketKey: string, nudge: Pick<Nudge, 'kind' | 'rule'>): string {
  return `${ticketKey}|${nudge.kind}|${nudge.rule ?? ''}`;
}

/** The mutes still kept; `db` is the transaction to read in when called inside one. */
export async function loadMutes(now = Date.now(), db: OwnItDatabase = database()): Promise<Mutes> {
  const all = await settings.get<Mutes>(db, KEY, {});
  return Object.fromEntries(Object.entries(all).filter(([, m]) => now - m.at < KEEP_FOR));
}

let early: { read: Promise<Mutes>; mutes: Mutes | null } | null = null;

/**
 * The mutes as read once when the panel starts (main.tsx): the nudge cards mount with them known, so a
 * card is never shown first and hidden a moment later, nor waits a read of its own.
 */
export function readMutesEarly(): Promise<Mutes> {
  if (!early) {
    const entry: { read: Promise<Mutes>; mutes: Mutes | null } = { read: loadMutes(), mutes: null };
    entry.read.then(
      (mutes) => {
        entry.mutes = mutes;
      },
      () => {
        entry.mutes = {};
      },
    );
    early = entry;
  }
  return early.read;
}

/** The early read's mutes once they are in (an empty set when it failed); null before. */
export function mutesReadEarly(): Mutes | null {
  return early?.mutes ?? null;
}

export function isMuted(mutes: Mutes, key: string, now = Date.now()): boolean {
  const mute = mutes[key];
  return mute !== undefined && mute.until > now;
}

export async function mute(key: string, snooze: boolean, now = Date.now()): Promise<Mutes> {
  const db = database();
  return db.transaction('rw', [db.settings], async (tx) => {
    const mutes = await loadMutes(now, tx);
    mutes[key] = { until: snooze ? now + SNOOZE_FOR : FOREVER, at: now };
    await settings.set(tx, KEY, mutes);
    return mutes;
  });
}
