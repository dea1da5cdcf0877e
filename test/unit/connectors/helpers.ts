// A connected help center in a fresh database, synced against one of the local API stand-ins
// (test/fixtures/help-centers/servers.ts) with the real fetch, a settable clock and no real sleeping.
import type { HelpCenterSyncDeps } from '../../../src/background/connectors/sync';
import type { HelpCenterConnection, HelpCenterKind } from '../../../src/shared/help-center';
import { helpCenters } from '../../../src/storage/help-centers';
import { freshDatabase } from '../storage/helpers';

export const T0 = Date.UTC(2026, 10, 26, 9, 0);

export async function connected(
  kind: HelpCenterKind,
  base: string,
  token: string | undefined,
  extra: Partial<HelpCenterConnection> = {},
) {
  const db = freshDatabase();
  await helpCenters.add(db, { id: 'hc', kind, base, addedAt: T0, status: 'never', ...extra }, 'duplicate');
  const clock = { now: T0 };
  const slept: number[] = [];
  const secrets = new Map<string, string>(token === undefined ? [] : [['hc', token]]);
  const deps: HelpCenterSyncDeps = {
    fetch: (input, init) => fetch(input, init),
    now: () => clock.now,
    sleep: async (ms) => {
      slept.push(ms);
      clock.now += ms;
    },
    secret: async (id) => {
      const found = secrets.get(id);
      return found === undefined ? undefined : { token: found };
    },
  };
  return { db, deps, clock, slept, secrets };
}

export const articlesOf = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.articles.where('source').equals('help:hc').toArray()).sort((a, b) =>
    a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
