// Team-pack subscriptions and their items. A pack's items carry `source: 'pack:<subscription id>'`; a
// sync replaces only those, keeps what the agent edited (their override) or deleted, never writes over
// an item of another source (reported as a collision), and removes what left the pack. The last applied
// pack stays in the subscription row so an override can be reset to the pack's version.
import { t } from '../shared/i18n';
import type { Pack, PackSubscription, Source } from '../shared/model';
import { normaliseFingerprint } from '../shared/pack-signature';
import type { OwnItDatabase } from './db';
import {
  asYours,
  fromPack,
  type Item,
  itemsOf,
  type Kind,
  packSource,
  packTables,
  TABLES,
} from './pack-items';
import { modifyRow } from './repositories';

export { packSource } from './pack-items';
export { type Override, overridesOf, resetToPack } from './pack-overrides';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a pack address is refused, or null when it may be subscribed to and fetched. */
export function addressProblem(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return t('packSyncNotAddress');
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return t('packSyncNotHttps');
}

/** True for an address on this computer (already a host permission). */
export function isLoopback(address: string): boolean {
  return LOOPBACK.has(new URL(address).hostname);
}

const KIND_NAMES: Record<Kind, string> = {
  article: 'kindArticle',
  playbook: 'kindPlaybook',
  rule: 'optionsKindRule',
  snippet: 'snippetKind',
};

/** Why an item of the pack was not applied: its id belongs to an item from `source`. */
function describeCollision(kind: Kind, id: string, source: Source): string {
  const what = t(KIND_NAMES[kind]);
  if (source === 'local') return t('packSyncIdYours', what, id);
  if (source === 'starter') return t('packSyncIdStarter', what, id);
  return t('packSyncIdOtherPack', what, id);
}

export interface ApplyOutcome {
  added: number;
  updated: number;
  removed: number;
  /** Items the agent edited, left as they are. */
  keptOverrides: number;
  /** Items the agent edited that left the pack: they stay, as the agent's own. */
  keptAsYours: number;
  collisions: string[];
}

const sameContent = (a: object | undefined, b: object) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a validated pack to a subscription in one transaction; returns null when the subscription was
 * removed meanwhile (nothing is written then).
 */
export async function applyPack(
  db: OwnItDatabase,
  subscriptionId: string,
  pack: Pack,
  fetched: { etag?: string | undefined; now: number; trustedKeys?: string[] },
): Promise<ApplyOutcome | null> {
  const { now } = fetched;
  return db.transaction('rw', packTables(db), async (tx) => {
    const subscription = await tx.packs.get(subscriptionId);
    if (!subscription) return null;
    const source = packSource(subscriptionId);
    const installedBefore = new Set(subscription.installed ?? []);
    const installed: string[] = [];
    const outcome: ApplyOutcome = {
      added: 0,
      updated: 0,
      removed: 0,
      keptOverrides: 0,
      keptAsYours: 0,
      collisions: [],
    };

    for (const { kind, table: name } of TABLES) {
      const table = tx.table<Item, string>(name);
      const incoming = itemsOf(pack, name);
      const previous = new Map<string, object>(
        itemsOf(subscription.applied, name).map((item) => [item.id, item]),
      );
      const stored = await table.bulkGet(incoming.map((item) => item.id));
      const puts: Item[] = [];
      incoming.forEach((item, index) => {
        const current = stored[index];
        const key = `${kind}:${item.id}`;
        if (current === undefined) {
          installed.push(key);
          if (installedBefore.has(key)) return; // the agent deleted it; "Reset" brings it back
          puts.push(fromPack(item, source, now, undefined));
          outcome.added++;
        } else if (current.source !== source) {
          outcome.collisions.push(describeCollision(kind, item.id, current.source));
        } else {
          installed.push(key);
          if (current.editedLocally) outcome.keptOverrides++;
          else if (!sameContent(previous.get(item.id), item)) {
            puts.push(fromPack(item, source, now, current));
            outcome.updated++;
          }
        }
      });
      const wanted = new Set(incoming.map((item) => item.id));
      const gone = (await table.where('source').equals(source).toArray()).filter(
        (item) => !wanted.has(item.id),
      );
      const deletes: string[] = [];
      for (const item of gone) {
        if (item.editedLocally) {
          puts.push(asYours(item, now));
          outcome.keptAsYours++;
        } else deletes.push(item.id);
      }
      outcome.removed += deletes.length;
      if (puts.length > 0) await table.bulkPut(puts);
      if (deletes.length > 0) await table.bulkDelete(deletes);
    }

    const { problem: _problem, message: _message, ...rest } = subscription;
    const next: PackSubscription = {
      ...rest,
      status: 'ok',
      lastSync: now,
      lastAttempt: now,
      version: pack.version,
      name: pack.name,
      packId: pack.id,
      applied: pack,
      installed,
      collisions: outcome.collisions,
    };
    if (fetched.etag) next.etag = fetched.etag;
    else delete next.etag;
    if (fetched.trustedKeys !== undefined) {
      if (fetched.trustedKeys.length > 0) next.trustedKeys = fetched.trustedKeys;
      else delete next.trustedKeys;
    }
    await tx.packs.put(next);
    return outcome;
  });
}

/**
 * A sync that did not apply a pack: without `failure` it reached the pack and found it unchanged (HTTP
 * 304); with one it failed, the items stay as they were and the row says why.
 */
export async function recordAttempt(
  db: OwnItDatabase,
  subscriptionId: string,
  now: number,
  failure?: { problem: 'unreachable' | 'rejected'; message: string },
): Promise<void> {
  await modifyRow(db.packs, subscriptionId, (row) => {
    row.status = failure ? 'error' : 'ok';
    row.lastAttempt = now;
    if (failure) Object.assign(row, failure);
    else {
      row.lastSync = now;
      delete row.problem;
      delete row.message;
    }
  });
}

export const subscriptions = {
  all: (db: OwnItDatabase) => db.packs.toArray(),
  get: (db: OwnItDatabase, id: string) => db.packs.get(id),

  /**
   * Saves a new subscription (not synced yet); refuses a bad address or one already subscribed to.
   * With `trustedKey` (the lead's key fingerprint, 16 to 64 hex digits) only packs signed by that key
   * are ever applied, the first one included.
   */
  async add(
    db: OwnItDatabase,
    address: string,
    now = Date.now(),
    id = newSubscriptionId(),
    trustedKey?: string,
  ): Promise<PackSubscription> {
    const problem = addressProblem(address);
    if (problem) throw new Error(problem);
    const pin =
      trustedKey === undefined || trustedKey.trim() === '' ? undefined : normaliseFingerprint(trustedKey);
    if (pin === null) throw new Error(t('packSyncBadFingerprint'));
    const url = new URL(address).href;
    return db.transaction('rw', [db.packs], async (tx) => {
      if ((await tx.packs.where('url').equals(url).count()) > 0) {
        throw new Error(t('packSyncAlreadySubscribed'));
      }
      const row: PackSubscription = {
        id,
        url,
        status: 'never',
        addedAt: now,
        ...(pin ? { trustedKeys: [pin] } : {}),
      };
      await tx.packs.add(row);
      return row;
    });
  },

  /**
   * Unsubscribes and removes the pack's items. An item the agent edited is their work: it stays, as one
   * of their own (`source: 'local'`). Notes are never touched.
   */
  async remove(
    db: OwnItDatabase,
    id: string,
    now = Date.now(),
  ): Promise<{ removed: number; keptAsYours: number }> {
    return db.transaction('rw', packTables(db), async (tx) => {
      const source = packSource(id);
      let removed = 0;
      let keptAsYours = 0;
      for (const { table: name } of TABLES) {
        const table = tx.table<Item, string>(name);
        const ours = await table.where('source').equals(source).toArray();
        const edited = ours.filter((item) => item.editedLocally).map((item) => asYours(item, now));
        const deletes = ours.filter((item) => !item.editedLocally).map((item) => item.id);
        if (edited.length > 0) await table.bulkPut(edited);
        if (deletes.length > 0) await table.bulkDelete(deletes);
        removed += deletes.length;
        keptAsYours += edited.length;
      }
      await tx.packs.delete(id);
      return { removed, keptAsYours };
    });
  },
};

function newSubscriptionId(): string {
  return crypto.randomUUID().slice(0, 8);
}

/** How many items the last applied copy of a pack holds. */
export function itemCount(subscription: PackSubscription): number {
  const pack = subscription.applied;
  if (!pack) return 0;
  return pack.articles.length + pack.playbooks.length + pack.rules.length + (pack.snippets?.length ?? 0);
}
