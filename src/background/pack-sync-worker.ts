// The worker's side of team packs: an alarm syncs every subscription every few hours, and the options
// page asks for "Sync now" through the router (packs/sync). Nothing is kept in memory between runs; the
// database has it all.

import { toMeaningHost } from '../shared/send';
import { database } from '../storage/db';
import { MeaningDatabase } from '../storage/meaning-db';
import { openMeaningHost } from './meaning-host';
import { type SyncDeps, type SyncResult, syncAll, syncSubscription } from './pack-sync';

const ALARM = 'ownit:packs';
export const SYNC_EVERY_MINUTES = 6 * 60;

let vectors: MeaningDatabase | undefined;

const live = (): SyncDeps => {
  vectors ??= new MeaningDatabase();
  return { fetch: (input, init) => fetch(input, init), now: Date.now, vectors };
};

/**
 * A meaning host that is open brings its vectors up to date now, not at the next panel's opening. When a
 * pack brought vectors, the host is opened too: it loads them and the model while no
 * panel waits, so meaning is there for the first ticket (it closes itself after its quiet period).
 */
function tellMeaningHost(results: SyncResult[]): SyncResult[] {
  const changed = results.some((result) => result.status === 'ok' && result.changed);
  if (!changed) return results;
  const brought = results.some(
    (result) => result.status === 'ok' && result.changed && result.vectors?.state === 'stored',
  );
  const catchUp = () => toMeaningHost({ type: 'sync' });
  if (brought) void openMeaningHost().then(catchUp, catchUp);
  else void catchUp();
  return results;
}

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
  if (id === undefined) return once('*', () => syncAll(db, live()).then(tellMeaningHost));
  return once(id, async () => {
    const result = await syncSubscription(db, id, live());
    return tellMeaningHost(result ? [result] : []);
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
