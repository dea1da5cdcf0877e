// Editing the same item in two windows never loses a change silently: a save of an item another window
// deleted meanwhile is refused, for articles, playbooks and rules, and nothing comes back by itself.
import { describe, expect, it } from 'vitest';
import type { Article, EmpowermentRule, Playbook } from '../../../src/shared/model';
import { articles, ConflictError, DeletedError, playbooks, rules } from '../../../src/storage/repositories';
import { freshDatabase } from '../storage/helpers';

const ARTICLE: Article = {
  id: 'refund-request',
  title: 'Refund request',
  body: 'Refund the payment.',
  tags: [],
  keywords: [],
  updatedAt: 1,
  version: 0,
  source: 'local',
};

const PLAYBOOK: Playbook = {
  id: 'angry-customer',
  title: 'Angry customer',
  summary: '',
  triggers: [],
  tags: [],
  steps: [{ stage: 'capture', text: 'Acknowledge the frustration.' }],
  updatedAt: 1,
  version: 0,
  source: 'local',
};

const RULE: EmpowermentRule = {
  id: 'refund-order',
  action: 'refund',
  label: 'Refund on an order',
  limit: { amount: 100, currency: 'USD' },
  per: 'order',
  above: 'team lead',
  guidance: '',
  escalation: [],
  keywords: [],
  updatedAt: 1,
  version: 0,
  source: 'local',
};

describe.each([
  { kind: 'article', repo: articles, item: ARTICLE, table: 'articles' as const },
  { kind: 'playbook', repo: playbooks, item: PLAYBOOK, table: 'playbooks' as const },
  { kind: 'rule', repo: rules, item: RULE, table: 'rules' as const },
])('saving a $kind deleted in another window', ({ repo, item, table }) => {
  // One signature for the three repositories: the item type differs only in fields these tests keep.
  const save = repo.save as (db: unknown, item: unknown, base: number) => Promise<{ version: number }>;

  it('is refused with a clear message, and the item stays deleted', async () => {
    const db = freshDatabase();
    const first = await save(db, item, 0);
    await db[table].delete(item.id);
    const attempt = save(db, { ...item, version: first.version }, first.version);
    await expect(attempt).rejects.toBeInstanceOf(DeletedError);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow('deleted in another window');
    expect(await db[table].get(item.id)).toBeUndefined();
  });

  it('can then be saved as a new item on purpose', async () => {
    const db = freshDatabase();
    const first = await save(db, item, 0);
    await db[table].delete(item.id);
    await expect(save(db, item, first.version)).rejects.toBeInstanceOf(DeletedError);
    expect((await save(db, item, 0)).version).toBe(1);
    expect(await db[table].get(item.id)).toBeDefined();
  });

  it('still refuses a stale edit of an item that exists, as a change (not a deletion)', async () => {
    const db = freshDatabase();
    await save(db, item, 0);
    await save(db, item, 1);
    const attempt = save(db, item, 1);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.not.toBeInstanceOf(DeletedError);
  });
});
