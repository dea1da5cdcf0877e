// Pack items the agent changed: which ones (edited or deleted), and "Reset" back to the pack's version
// from the copy the subscription last applied.
import type { PackSubscription } from '../shared/model';
import type { OwnItDatabase } from './db';
import { fromPack, type Item, itemsOf, type Kind, packSource, packTables, TABLES } from './pack-items';

export interface Override {
  kind: Kind;
  id: string;
  title: string;
  /** `edited`: the agent changed it; `deleted`: the agent deleted it. */
  change: 'edited' | 'deleted';
}

const titleOf = (item: { title?: string; label?: string; id: string }) => item.title ?? item.label ?? item.id;

/** The pack items the agent edited or deleted, which "Reset" can bring back to the pack's version. */
export async function overridesOf(db: OwnItDatabase, subscription: PackSubscription): Promise<Override[]> {
  const source = packSource(subscription.id);
  const installed = new Set(subscription.installed ?? []);
  const found: Override[] = [];
  for (const { kind, table } of TABLES) {
    const items: { id: string; title?: string; label?: string }[] = itemsOf(subscription.applied, table);
    const stored = await db.table<Item, string>(table).bulkGet(items.map((item) => item.id));
    items.forEach((item, index) => {
      const current = stored[index];
      if (current?.source === source && current.editedLocally) {
        found.push({ kind, id: item.id, title: titleOf(item), change: 'edited' });
      } else if (current === undefined && installed.has(`${kind}:${item.id}`)) {
        found.push({ kind, id: item.id, title: titleOf(item), change: 'deleted' });
      }
    });
  }
  return found;
}

/** Puts the pack's version back for one overridden item, or for all of them; returns how many. */
export async function resetToPack(
  db: OwnItDatabase,
  subscriptionId: string,
  only?: { kind: Kind; id: string },
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', packTables(db), async (tx) => {
    const subscription = await tx.packs.get(subscriptionId);
    if (!subscription?.applied) return 0;
    const source = packSource(subscriptionId);
    const installed = new Set(subscription.installed ?? []);
    let restored = 0;
    for (const { kind, table: name } of TABLES) {
      if (only && only.kind !== kind) continue;
      const table = tx.table<Item, string>(name);
      const items = itemsOf(subscription.applied, name).filter((item) => !only || item.id === only.id);
      const stored = await table.bulkGet(items.map((item) => item.id));
      const puts: Item[] = [];
      items.forEach((item, index) => {
        const current = stored[index];
        const edited = current?.source === source && current.editedLocally;
        const deleted = current === undefined && installed.has(`${kind}:${item.id}`);
        if (edited || deleted) puts.push(fromPack(item, source, now, current));
      });
      if (puts.length > 0) await table.bulkPut(puts);
      restored += puts.length;
    }
    return restored;
  });
}
