// Seeds the starter pack on first install and refreshes it on upgrade without touching anything the
// agent edited or deleted.
import type { Article, EmpowermentRule, Pack, Playbook, Snippet } from '../shared/model';
import type { OwnItDatabase } from './db';
import { settings } from './repositories';

const SEEDED_KEY = 'starterPack';

interface SeedRecord {
  version: string;
  /** Ids the pack has ever installed; one the agent deleted is not brought back. */
  installed: string[];
}

export interface SeedOutcome {
  added: number;
  updated: number;
  keptAgentEdits: number;
}

type Stored = { id: string; source: string; editedLocally?: boolean; version: number };

function shouldReplace(stored: Stored | undefined): boolean {
  return stored !== undefined && stored.source === 'starter' && !stored.editedLocally;
}

export async function seedStarterPack(db: OwnItDatabase, pack: Pack, now = Date.now()): Promise<SeedOutcome> {
  return db.transaction('rw', [db.articles, db.playbooks, db.rules, db.snippets, db.settings], async (tx) => {
    const record = await settings.get<SeedRecord | null>(tx, SEEDED_KEY, null);
    if (record?.version === pack.version) return { added: 0, updated: 0, keptAgentEdits: 0 };
    const installedBefore = new Set(record?.installed ?? []);
    const outcome: SeedOutcome = { added: 0, updated: 0, keptAgentEdits: 0 };

    async function place<T extends Stored>(
      kind: string,
      table: { get(id: string): Promise<T | undefined>; put(item: T): Promise<unknown> },
      item: T,
    ): Promise<void> {
      const stored = await table.get(item.id);
      if (stored === undefined) {
        if (installedBefore.has(`${kind}:${item.id}`)) return; // the agent deleted it on purpose
        await table.put(item);
        outcome.added++;
      } else if (shouldReplace(stored)) {
        await table.put({ ...item, version: stored.version + 1 });
        outcome.updated++;
      } else {
        outcome.keptAgentEdits++;
      }
    }

    const starter = { source: 'starter' as const, version: 1, updatedAt: now };
    for (const a of pack.articles)
      await place<Article>('article', tx.articles, { ...a, ...starter, usage: 0 });
    for (const p of pack.playbooks) await place<Playbook>('playbook', tx.playbooks, { ...p, ...starter });
    for (const r of pack.rules) await place<EmpowermentRule>('rule', tx.rules, { ...r, ...starter });
    for (const s of pack.snippets ?? []) await place<Snippet>('snippet', tx.snippets, { ...s, ...starter });
    const ids = [
      ...pack.articles.map((a) => `article:${a.id}`),
      ...pack.playbooks.map((p) => `playbook:${p.id}`),
      ...pack.rules.map((r) => `rule:${r.id}`),
      ...(pack.snippets ?? []).map((s) => `snippet:${s.id}`),
    ];
    await settings.set(tx, SEEDED_KEY, {
      version: pack.version,
      installed: [...new Set([...installedBefore, ...ids])],
    } satisfies SeedRecord);
    return outcome;
  });
}
