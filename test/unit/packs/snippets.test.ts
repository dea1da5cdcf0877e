// Team packs carry snippets like articles: source pack:<id>, overrides kept, Reset restores, removed
// from the pack deleted, collisions refused, unsubscribing removes them.
import { describe, expect, it } from 'vitest';
import { syncSubscription } from '../../../src/background/pack-sync';
import type { Pack, Snippet } from '../../../src/shared/model';
import { itemCount, overridesOf, resetToPack, subscriptions } from '../../../src/storage/packs';
import { freshDatabase } from '../storage/helpers';
import { fakeHost, teamPack } from './fake-server';

const T0 = Date.UTC(2026, 10, 26, 9, 0);

/** A pack with one article and these snippets (id → title). */
function packWith(version: string, replies: Record<string, string>): Pack {
  return teamPack(
    version,
    { returns: 'Returns policy' },
    {
      snippets: Object.entries(replies).map(([id, title]) => ({
        id,
        title,
        body: `Hi {{customer.name}}, about ${title.toLowerCase()}.`,
        tags: ['acme'],
      })),
    },
  );
}

async function synced(replies: Record<string, string>) {
  const db = freshDatabase();
  const host = fakeHost();
  await subscriptions.add(db, 'https://packs.example.com/acme.json', T0, 'acme');
  const deps = { fetch: host.fetch, now: () => T0 };
  const sync = (pack: object) => {
    host.servePack(pack);
    return syncSubscription(db, 'acme', deps);
  };
  const first = await sync(packWith('1', replies));
  return { db, sync, first };
}

const snippetTitles = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.snippets.toArray()).map((s) => `${s.id}:${s.title}:${s.source}`).sort();

const own: Snippet = {
  id: 'sorry',
  title: 'My apology',
  body: 'Sorry, {{customer.name}}.',
  tags: [],
  updatedAt: 1,
  version: 2,
  source: 'local',
};

describe('team-pack snippets', () => {
  it('are added with the pack as source, logged for the search index and counted', async () => {
    const { db, first } = await synced({ delay: 'Delay apology', refund: 'Refund sent' });
    expect(first).toMatchObject({ status: 'ok', outcome: { added: 4 } });
    expect(await snippetTitles(db)).toEqual([
      'delay:Delay apology:pack:acme',
      'refund:Refund sent:pack:acme',
    ]);
    const logged = (await db.kbChanges.toArray()).filter((c) => c.kind === 'snippet').map((c) => c.id);
    expect(logged.sort()).toEqual(['delay', 'refund']);
    const row = await subscriptions.get(db, 'acme');
    expect(row && itemCount(row)).toBe(4);
  });

  it('a new version updates changed snippets, removes those that left and adds new ones', async () => {
    const { db, sync } = await synced({ delay: 'Delay apology', refund: 'Refund sent', old: 'Old one' });
    const result = await sync(
      packWith('2', { delay: 'Delay apology (new)', refund: 'Refund sent', fresh: 'Fresh' }),
    );
    expect(result).toMatchObject({ outcome: { added: 1, updated: 1, removed: 1 } });
    expect(await snippetTitles(db)).toEqual([
      'delay:Delay apology (new):pack:acme',
      'fresh:Fresh:pack:acme',
      'refund:Refund sent:pack:acme',
    ]);
    expect((await db.snippets.get('delay'))?.version).toBe(2);
  });

  it('an edited snippet survives a sync, Reset restores the pack’s version, then it follows the pack', async () => {
    const { db, sync } = await synced({ delay: 'Delay apology' });
    await db.snippets.update('delay', { title: 'Our delay apology', editedLocally: true });
    const result = await sync(packWith('2', { delay: 'Delay apology v2' }));
    expect(result).toMatchObject({ outcome: { keptOverrides: 1, updated: 0 } });
    expect((await db.snippets.get('delay'))?.title).toBe('Our delay apology');
    const row = await subscriptions.get(db, 'acme');
    if (!row) throw new Error('no row');
    expect(await overridesOf(db, row)).toEqual([
      { kind: 'snippet', id: 'delay', title: 'Delay apology v2', change: 'edited' },
    ]);
    expect(await resetToPack(db, 'acme', { kind: 'snippet', id: 'delay' })).toBe(1);
    const reset = await db.snippets.get('delay');
    expect(reset).toMatchObject({ title: 'Delay apology v2', source: 'pack:acme' });
    expect(reset?.editedLocally).toBeUndefined();
    await sync(packWith('3', { delay: 'Delay apology v3' }));
    expect((await db.snippets.get('delay'))?.title).toBe('Delay apology v3');
  });

  it('a deleted snippet is not brought back by a sync, but Reset restores it', async () => {
    const { db, sync } = await synced({ delay: 'Delay apology' });
    await db.snippets.delete('delay');
    await sync(packWith('2', { delay: 'Delay apology' }));
    expect(await db.snippets.get('delay')).toBeUndefined();
    expect(await resetToPack(db, 'acme')).toBe(1);
    expect((await db.snippets.get('delay'))?.source).toBe('pack:acme');
  });

  it('an edited snippet that leaves the pack stays, as the agent’s own', async () => {
    const { db, sync } = await synced({ delay: 'Delay apology', refund: 'Refund sent' });
    await db.snippets.update('refund', { body: 'Our wording', editedLocally: true });
    const result = await sync(packWith('2', { delay: 'Delay apology' }));
    expect(result).toMatchObject({ outcome: { removed: 0, keptAsYours: 1 } });
    expect(await db.snippets.get('refund')).toMatchObject({ body: 'Our wording', source: 'local' });
  });

  it('never overwrites a snippet of another source and reports the collision', async () => {
    const db = freshDatabase();
    const host = fakeHost();
    await db.snippets.put(own);
    await subscriptions.add(db, 'https://packs.example.com/acme.json', T0, 'acme');
    host.servePack(packWith('1', { sorry: 'Pack apology', delay: 'Delay apology' }));
    const result = await syncSubscription(db, 'acme', { fetch: host.fetch, now: () => T0 });
    expect(result).toMatchObject({ status: 'ok' });
    expect(await db.snippets.get('sorry')).toEqual(own);
    expect((await subscriptions.get(db, 'acme'))?.collisions).toEqual([
      'snippet “sorry” (the id is one of your own)',
    ]);
  });

  it('a pack without snippets after one with them removes them; one applied before snippets still syncs', async () => {
    const { db, sync } = await synced({ delay: 'Delay apology' });
    const result = await sync(teamPack('2', { returns: 'Returns policy' }));
    expect(result).toMatchObject({ outcome: { removed: 1 } });
    expect(await db.snippets.count()).toBe(0);
    // A subscription row written before packs had snippets: its applied copy has no list.
    await db.packs.update('acme', { applied: teamPack('2', { returns: 'Returns policy' }) });
    expect(await sync(packWith('3', { delay: 'Back again' }))).toMatchObject({ outcome: { added: 1 } });
  });

  it('unsubscribing removes the pack’s snippets and keeps an edited one as the agent’s own', async () => {
    const { db } = await synced({ delay: 'Delay apology', refund: 'Refund sent' });
    await db.snippets.put(own);
    await db.snippets.update('refund', { body: 'Our wording', editedLocally: true });
    expect(await subscriptions.remove(db, 'acme')).toEqual({ removed: 3, keptAsYours: 1 });
    expect(await snippetTitles(db)).toEqual(['refund:Refund sent:local', 'sorry:My apology:local']);
  });
});
