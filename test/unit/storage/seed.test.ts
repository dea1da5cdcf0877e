import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/shared/model';
import { seedStarterPack } from '../../../src/storage/seed';
import { freshDatabase } from './helpers';

function pack(version: string, titles: Record<string, string>): Pack {
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'starter',
    name: 'Starter',
    version,
    articles: Object.entries(titles).map(([id, title]) => ({ id, title, body: 'b', tags: [], keywords: [] })),
    playbooks: [],
    rules: [
      {
        id: 'refund-per-order',
        action: 'refund',
        label: 'Refund',
        limit: { amount: 100, currency: 'USD' },
        per: 'order',
        above: 'team lead',
        guidance: '',
        escalation: [],
        keywords: [],
      },
    ],
  };
}

describe('seedStarterPack', () => {
  it('installs everything on first run and nothing on a second run of the same version', async () => {
    const db = freshDatabase();
    const first = await seedStarterPack(db, pack('1.0.0', { a: 'Refund request', b: 'Late delivery' }));
    expect(first.added).toBe(3);
    expect(await db.articles.count()).toBe(2);
    expect((await db.rules.get('refund-per-order'))?.source).toBe('starter');
    const again = await seedStarterPack(db, pack('1.0.0', { a: 'Refund request', b: 'Late delivery' }));
    expect(again).toEqual({ added: 0, updated: 0, keptAgentEdits: 0 });
  });

  it('on upgrade refreshes untouched items, keeps edited ones and does not revive deleted ones', async () => {
    const db = freshDatabase();
    await seedStarterPack(db, pack('1.0.0', { a: 'Refund request', b: 'Late delivery', c: 'Damaged item' }));
    await db.articles.update('a', { title: 'Our refund rules', editedLocally: true });
    await db.articles.delete('c');
    const outcome = await seedStarterPack(
      db,
      pack('1.1.0', {
        a: 'Refund request v2',
        b: 'Late delivery v2',
        c: 'Damaged item v2',
        d: 'Price match',
      }),
    );
    expect((await db.articles.get('a'))?.title).toBe('Our refund rules');
    expect((await db.articles.get('b'))?.title).toBe('Late delivery v2');
    expect((await db.articles.get('b'))?.version).toBe(2);
    expect(await db.articles.get('c')).toBeUndefined();
    expect((await db.articles.get('d'))?.title).toBe('Price match');
    expect(outcome.keptAgentEdits).toBe(1);
  });

  it('leaves the agent’s own articles alone even when an id collides', async () => {
    const db = freshDatabase();
    await db.articles.put({
      id: 'a',
      title: 'My own article',
      body: '',
      tags: [],
      keywords: [],
      updatedAt: 1,
      version: 3,
      source: 'local',
    });
    await seedStarterPack(db, pack('1.0.0', { a: 'Refund request' }));
    expect((await db.articles.get('a'))?.title).toBe('My own article');
  });
});
