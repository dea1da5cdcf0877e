import { describe, expect, it } from 'vitest';
import { syncSubscription } from '../../../src/background/pack-sync';
import type { Note } from '../../../src/shared/model';
import { overridesOf, resetToPack, subscriptions } from '../../../src/storage/packs';
import { rules } from '../../../src/storage/repositories';
import { freshDatabase } from '../storage/helpers';
import { fakeHost, teamPack } from './fake-server';

const T0 = Date.UTC(2026, 10, 26, 9, 0);

async function synced(titles: Record<string, string>) {
  const db = freshDatabase();
  const host = fakeHost();
  await subscriptions.add(db, 'https://packs.example.com/acme.json', T0, 'acme');
  const deps = { fetch: host.fetch, now: () => T0 };
  host.servePack(teamPack('1', titles));
  await syncSubscription(db, 'acme', deps);
  const sync = async (version: string, next: Record<string, string>, limit = 50) => {
    const pack = teamPack(version, next);
    (pack.rules[0]?.limit as { amount: number }).amount = limit;
    host.servePack(pack);
    return syncSubscription(db, 'acme', deps);
  };
  return { db, sync };
}

/** The agent raises the pack's refund limit in the options page. */
async function editRule(db: ReturnType<typeof freshDatabase>, amount: number) {
  const stored = await rules.get(db, 'acme-refund');
  if (!stored) throw new Error('no pack rule');
  await rules.save(db, { ...stored, limit: { amount, currency: 'USD' } }, stored.version);
}

const limitOf = async (db: ReturnType<typeof freshDatabase>) =>
  ((await rules.get(db, 'acme-refund'))?.limit as { amount: number } | undefined)?.amount;

describe('local overrides', () => {
  it('an edited pack rule survives a sync that changes it, and Reset brings the pack’s version', async () => {
    const { db, sync } = await synced({ returns: 'Returns policy' });
    await editRule(db, 80);
    const result = await sync('2', { returns: 'Returns policy' }, 60);
    expect(result).toMatchObject({ outcome: { keptOverrides: 1, updated: 0 } });
    expect(await limitOf(db)).toBe(80);
    const row = await subscriptions.get(db, 'acme');
    if (!row) throw new Error('no row');
    expect(await overridesOf(db, row)).toEqual([
      { kind: 'rule', id: 'acme-refund', title: 'Acme refund', change: 'edited' },
    ]);

    expect(await resetToPack(db, 'acme')).toBe(1);
    expect(await limitOf(db)).toBe(60);
    const reset = await rules.get(db, 'acme-refund');
    expect(reset?.editedLocally).toBeUndefined();
    expect(reset?.source).toBe('pack:acme');
    expect(await overridesOf(db, row)).toEqual([]);

    // Reset, it follows the pack again.
    await sync('3', { returns: 'Returns policy' }, 70);
    expect(await limitOf(db)).toBe(70);
  });

  it('resets one item and leaves the other overrides', async () => {
    const { db } = await synced({ returns: 'Returns policy', late: 'Late delivery' });
    await db.articles.update('returns', { title: 'Our returns', editedLocally: true });
    await db.articles.update('late', { title: 'Our late delivery', editedLocally: true });
    expect(await resetToPack(db, 'acme', { kind: 'article', id: 'late' })).toBe(1);
    expect((await db.articles.get('late'))?.title).toBe('Late delivery');
    expect((await db.articles.get('returns'))?.title).toBe('Our returns');
  });

  it('an item the agent deleted is not brought back by a sync, but Reset restores it', async () => {
    const { db, sync } = await synced({ returns: 'Returns policy' });
    await rules.remove(db, 'acme-refund');
    await sync('2', { returns: 'Returns policy' });
    expect(await rules.get(db, 'acme-refund')).toBeUndefined();
    const row = await subscriptions.get(db, 'acme');
    if (!row) throw new Error('no row');
    expect(await overridesOf(db, row)).toEqual([
      { kind: 'rule', id: 'acme-refund', title: 'Acme refund', change: 'deleted' },
    ]);
    expect(await resetToPack(db, 'acme')).toBe(1);
    expect((await rules.get(db, 'acme-refund'))?.source).toBe('pack:acme');
  });

  it('an edited item that leaves the pack stays, as the agent’s own', async () => {
    const { db, sync } = await synced({ returns: 'Returns policy', late: 'Late delivery' });
    await db.articles.update('late', { title: 'Our late delivery', editedLocally: true });
    const result = await sync('2', { returns: 'Returns policy' });
    expect(result).toMatchObject({ outcome: { removed: 0, keptAsYours: 1 } });
    const kept = await db.articles.get('late');
    expect(kept).toMatchObject({ title: 'Our late delivery', source: 'local' });
    expect(kept?.editedLocally).toBeUndefined();
  });
});

describe('subscriptions', () => {
  it('refuses a plain-http address and a second subscription to the same one, saving nothing', async () => {
    const db = freshDatabase();
    await expect(subscriptions.add(db, 'http://packs.example.com/acme.json')).rejects.toThrow(
      'the address must start with https:// (plain http only for this computer)',
    );
    await subscriptions.add(db, 'https://packs.example.com/acme.json');
    await expect(subscriptions.add(db, 'https://packs.example.com/acme.json')).rejects.toThrow(
      'you are already subscribed to this address',
    );
    expect(await db.packs.count()).toBe(1);
  });

  it('accepts plain http on this computer', async () => {
    const db = freshDatabase();
    const row = await subscriptions.add(db, 'http://127.0.0.1:8080/pack.json');
    expect(row).toMatchObject({ url: 'http://127.0.0.1:8080/pack.json', status: 'never' });
  });

  it('removing a subscription removes its items, keeps edited ones as the agent’s own and no notes', async () => {
    const { db } = await synced({ returns: 'Returns policy', late: 'Late delivery' });
    await db.articles.put({
      id: 'mine',
      title: 'My article',
      body: '',
      tags: [],
      keywords: [],
      updatedAt: 1,
      version: 1,
      source: 'local',
    });
    await editRule(db, 90);
    const note: Note = {
      id: 'n1',
      ticketKey: 'acme#1',
      site: 'acme',
      url: 'https://acme.example/1',
      text: 'Used the Acme returns article',
      stage: 'resolve',
      createdAt: T0,
    };
    await db.notes.add(note);

    expect(await subscriptions.remove(db, 'acme')).toEqual({ removed: 2, keptAsYours: 1 });
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual(['mine']);
    expect(await rules.get(db, 'acme-refund')).toMatchObject({ source: 'local', limit: { amount: 90 } });
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await subscriptions.get(db, 'acme')).toBeUndefined();
  });

  it('a sync that finishes after the subscription was removed writes nothing', async () => {
    const db = freshDatabase();
    const host = fakeHost();
    await subscriptions.add(db, 'https://packs.example.com/acme.json', T0, 'acme');
    host.servePack(teamPack('1', { returns: 'Returns policy' }));
    const slow = async (url: string, init: RequestInit) => {
      const response = await host.fetch(url, init);
      await subscriptions.remove(db, 'acme');
      return response;
    };
    expect(await syncSubscription(db, 'acme', { fetch: slow, now: () => T0 })).toBeNull();
    expect(await db.articles.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
  });
});
