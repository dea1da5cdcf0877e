// The worker's side of team packs: an alarm syncs every subscription every few hours, and the options
// page asks for "Sync now" through the router (packs/sync). Nothing is kept in memory between runs; the
// database has it all.
import { database } from '../storage/db';
import { type SyncDeps, type SyncResult, syncAll, syncSubscription } from './pack-sync';

const ALARM = 'ownit:packs';
export const SYNC_EVERY_MINUTES = 6 * 60;

const live = (): SyncDeps => ({ fetch: (input, init) => fetch(input, init), now: Date.now });

// Coalesces requests that arrive while the same sync runs (a double click, the alarm meanwhile).
const inFlight = new Map<string, Promise<SyncResult[]>>();

function once(key: string, run: () => Promise<SyncResult[]>): Promise<SyncResult[]> {
  const running = inFlight.get(key);
  if (running) return running;
  const next = run().finally(() => inFlight.delete(key));
  inFlight.set(key, next);
  return next;
}

/** Syncs one subscription, or all of them; a sync already running for the same target is joined. */
export function syncPacks(id?: string): Promise<SyncResult[]> {
  const db = database();
  if (id === undefined) return once('*', () => syncAll(db, live()));
  return once(id, async () => {
    const result = await syncSubscription(db, id, live());
    return result ? [result] : [];
  });
}

export function registerPackSync(): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void syncPacks().catch((error) => console.error('Own It: pack sync', error));
  });
  void chrome.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void chrome.alarms.create(ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
  });
}
