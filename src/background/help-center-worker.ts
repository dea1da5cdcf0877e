// The worker's side of connected help centers: an hourly alarm syncs each one, a rate-limited sync
// sets an alarm for the time the help center gave, and the options page asks for "Sync now" through
// the worker's router (helpcenters/sync). Nothing is kept in memory between runs: connections and cursors are in the database,
// secrets in the extension's local storage.
import { database } from '../storage/db';
import { readSecret } from '../storage/help-center-secrets';
import { helpCenters } from '../storage/help-centers';
import { type HelpCenterSyncDeps, type HelpCenterSyncResult, syncHelpCenter } from './connectors/sync';

const ALARM = 'ownit:helpcenters';
const RETRY = 'ownit:helpcenter-retry:';
export const HELP_CENTER_SYNC_MINUTES = 60;

const live = (): HelpCenterSyncDeps => ({
  fetch: (input, init) => fetch(input, init),
  now: Date.now,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  secret: readSecret,
});

// Coalesces requests that arrive while the same sync runs (a double click, the alarm meanwhile).
const inFlight = new Map<string, Promise<HelpCenterSyncResult | null>>();

/** Syncs one connection now; a sync already running for it is joined. */
export function syncConnection(id: string, full = false): Promise<HelpCenterSyncResult | null> {
  const running = inFlight.get(id);
  if (running) return running;
  const next = syncHelpCenter(database(), id, live(), { full })
    .then(async (result) => {
      if (result?.status === 'error' && result.retryAt !== undefined)
        await chrome.alarms.create(`${RETRY}${id}`, { when: Math.max(Date.now() + 1000, result.retryAt) });
      return result;
    })
    .finally(() => inFlight.delete(id));
  inFlight.set(id, next);
  return next;
}

async function syncDue(): Promise<void> {
  const now = Date.now();
  for (const connection of await helpCenters.all(database())) {
    // A rate-limited one waits for its own alarm.
    if (connection.retryAt !== undefined && connection.retryAt > now) continue;
    await syncConnection(connection.id);
  }
}

export function registerHelpCenterSync(): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM)
      void syncDue().catch((error) => console.error('Own It: help-center sync', error));
    else if (alarm.name.startsWith(RETRY))
      void syncConnection(alarm.name.slice(RETRY.length)).catch((error) =>
        console.error('Own It: help-center sync', error),
      );
  });
  void chrome.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void chrome.alarms.create(ALARM, { periodInMinutes: HELP_CENTER_SYNC_MINUTES });
  });
}
