// Learning from use: a phrasing kept on the agent's machine changes what the article is found by, in a
// freshly built index and in one caught up from the change log; removing it undoes that.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/model';
import { articlesWithLearned, learned, learnFromNote, learnFromUse } from '../../../src/storage/learned';
import { articles } from '../../../src/storage/repositories';
import { buildSearchIndex, catchUp } from '../../../src/storage/search-store';
import { freshDatabase } from './helpers';

const article = (id: string, title: string, body: string, extra: Partial<Article> = {}): Article => ({
  id,
  title,
  body,
  tags: [],
  keywords: [],
  updatedAt: 1,
  version: 1,
  source: 'local',
  ...extra,
});

const KB = [
  article('warranty', 'Warranty claim', 'The product stopped working within the warranty period.'),
  article('refund', 'Refund request', 'The customer wants their money back.'),
  article('delivery', 'Late delivery', 'The parcel has not arrived yet.'),
];

const MESSAGE =
  'Hello, my name is Ann Lee. The little blue gadget went dark and makes a clicking noise. Order #55123, ann@lee.example';

describe('learned phrasings in storage', () => {
  it('keeps the masked message once per article and logs the article as changed', async () => {
    const db = freshDatabase();
    await db.articles.bulkPut(KB);
    const before = await db.kbChanges.count();
    const kept = await learned.learn(db, 'warranty', MESSAGE, ['Ann Lee'], 5);
    expect(kept).toBe(
      'my name is […]. The little blue gadget went dark and makes a clicking noise. Order [#], [@]',
    );
    expect(await learned.learn(db, 'warranty', MESSAGE, ['Ann Lee'], 6)).toBeNull();
    expect(await learned.get(db, 'warranty')).toEqual([{ text: kept, at: 5 }]);
    expect((await db.kbChanges.toArray()).slice(before)).toEqual([
      expect.objectContaining({ kind: 'article', id: 'warranty' }),
    ]);
    // Nothing is learned for an article that is not there, nor from a page with no customer words.
    expect(await learned.learn(db, 'nope', MESSAGE)).toBeNull();
    expect(await learnFromUse(db, 'refund', undefined)).toBeNull();
  });

  it('makes the article the first suggestion for similar wording, and removing it undoes that', async () => {
    const db = freshDatabase();
    await db.articles.bulkPut(KB);
    const built = await buildSearchIndex(db);
    const similar = 'my blue gadget went dark and keeps clicking';
    expect(built.index.suggest(similar)[0]?.id).not.toBe('warranty');

    await learnFromUse(db, 'warranty', {
      site: 'desk',
      url: 'https://desk.example/t/1',
      title: 'Ticket',
      customerName: 'Ann Lee',
      customerMessage: MESSAGE,
      amounts: [],
    });
    const caught = await catchUp(db, built.index, built.seq);
    expect(caught?.replayed).toBe(1);
    expect(built.index.suggest(similar)[0]?.id).toBe('warranty');
    expect((await buildSearchIndex(db)).index.suggest(similar)[0]?.id).toBe('warranty');
    // A mask is not a word: the masked email does not make "email" find the article.
    expect(built.index.suggest('email address')).toEqual([]);

    const [first] = await learned.get(db, 'warranty');
    await learned.remove(db, 'warranty', first!.text);
    expect(await learned.get(db, 'warranty')).toEqual([]);
    await catchUp(db, built.index, caught!.seq);
    expect(built.index.suggest(similar)[0]?.id).not.toBe('warranty');
  });

  it('survives an edit of the article and goes out with a pack export beside the team pack ones', async () => {
    const db = freshDatabase();
    await db.articles.bulkPut([{ ...KB[0]!, learnedPhrasings: ['kettle is dead'] }]);
    await learned.learn(db, 'warranty', 'The toaster sparks when switched on', [], 1);
    const stored = (await articles.get(db, 'warranty'))!;
    await articles.save(db, { ...stored, title: 'Warranty claims' }, stored.version);
    expect(await learned.get(db, 'warranty')).toHaveLength(1);
    const [exported] = await articlesWithLearned(db, await articles.all(db));
    expect(exported?.learnedPhrasings).toEqual(['kettle is dead', 'The toaster sparks when switched on']);
  });

  it('learns from an "I own this" note that links an article by its address', async () => {
    const db = freshDatabase();
    await db.articles.bulkPut([
      { ...KB[0]!, url: 'https://help.example.com/articles/warranty' },
      { ...KB[1]!, url: 'https://help.example.com/articles/refund' },
      KB[2]!,
    ]);
    const context = {
      site: 'desk',
      url: 'https://desk.example/t/2',
      title: 'Ticket',
      customerName: 'Ann Lee',
      customerMessage: MESSAGE,
      amounts: [],
    };
    const built = await buildSearchIndex(db);
    const similar = 'my blue gadget went dark and keeps clicking';
    expect(built.index.suggest(similar)[0]?.id).not.toBe('warranty');
    // A note without a link, or linking no article, teaches nothing.
    expect(await learnFromNote(db, 'Called the customer back', context)).toEqual([]);
    expect(await learnFromNote(db, 'See https://elsewhere.example/a', context)).toEqual([]);
    expect(await db.learned.count()).toBe(0);

    const kept = await learnFromNote(
      db,
      'Claim filed, sent https://help.example.com/articles/warranty/ to the customer.',
      context,
    );
    expect(kept).toEqual([expect.stringContaining('gadget went dark')]);
    expect((await learned.get(db, 'warranty')).map((item) => item.text)).toEqual(kept);
    expect(await learned.get(db, 'refund')).toEqual([]);
    await catchUp(db, built.index, built.seq);
    expect(built.index.suggest(similar)[0]?.id).toBe('warranty');
    // No customer words on the page: nothing to learn.
    expect(await learnFromNote(db, 'https://help.example.com/articles/refund', undefined)).toEqual([]);
  });
});
