// Drafts are stored but never offered: not in a built index, not after the change log catches an index
// up, found once published. A draft exported for the team stays a draft where it is imported.
import { describe, expect, it } from 'vitest';
import { kbToPack } from '../../../src/export/pack-export';
import { parsePackValue } from '../../../src/import/pack-file';
import { planImport } from '../../../src/import/plan';
import type { Article } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { draftFromSearch } from '../../../src/sidepanel/article-draft';
import { saveDraft } from '../../../src/sidepanel/save-draft';
import { articles, settings } from '../../../src/storage/repositories';
import { saveSearchIndex } from '../../../src/storage/search-save';
import { buildSearchIndex, catchUp, loadSearchIndex } from '../../../src/storage/search-store';
import { freshDatabase } from '../storage/helpers';

const PUBLISHED: Article = {
  id: 'refund-request',
  title: 'Refund request',
  body: 'Open the order and refund the payment.',
  tags: ['billing'],
  keywords: ['money back'],
  updatedAt: 1,
  version: 1,
  source: 'local',
};

const found = (ids: { id: string }[]) => ids.map((hit) => hit.id);

describe('drafts and the panel search', () => {
  it('leaves drafts out of a built index and finds them once published', async () => {
    const db = freshDatabase();
    await db.articles.put(PUBLISHED);
    const draft = await saveDraft(db, draftFromSearch('scooter battery swelling'));
    expect(draft.status).toBe('draft');

    const before = await buildSearchIndex(db);
    expect(before.index.size).toBe(1);
    expect(found(before.index.search('scooter battery', { now: 0 }))).toEqual([]);

    await articles.save(db, { ...draft, status: 'published' }, draft.version);
    const after = await buildSearchIndex(db);
    expect(found(after.index.search('scooter battery', { now: 0 }))).toContain(draft.id);
  });

  it('keeps a caught-up index free of drafts, without rebuilding, and adds a draft once published', async () => {
    const db = freshDatabase();
    await db.articles.put(PUBLISHED);
    const { index, seq } = await buildSearchIndex(db);
    await saveSearchIndex(db, index, seq);

    const draft = await saveDraft(db, draftFromSearch('scooter battery swelling'));
    const caught = await catchUp(db, index, seq);
    // null would mean "rebuild": the draft is counted, not mistaken for data written around the log.
    expect(caught).not.toBeNull();
    expect(found(index.search('scooter battery', { now: 0 }))).toEqual([]);

    // A published article turned back into a draft leaves the index too.
    await articles.save(db, { ...PUBLISHED, status: 'draft' }, PUBLISHED.version);
    const second = await catchUp(db, index, caught!.seq);
    expect(second).not.toBeNull();
    expect(found(index.search('refund', { now: 0 }))).toEqual([]);

    await articles.save(db, { ...draft, status: 'published' }, draft.version);
    expect(await catchUp(db, index, second!.seq)).not.toBeNull();
    expect(found(index.search('scooter battery', { now: 0 }))).toContain(draft.id);
  });

  it('leaves a draft saved since the stored snapshot out of the loaded index', async () => {
    const db = freshDatabase();
    await db.articles.put(PUBLISHED);
    const built = await buildSearchIndex(db);
    await saveSearchIndex(db, built.index, built.seq);
    await saveDraft(db, draftFromSearch('scooter battery swelling'));
    const loaded = await loadSearchIndex(db);
    expect(loaded.source).toBe('snapshot');
    expect(found(loaded.index.search('scooter battery', { now: 0 }))).toEqual([]);
  });

  it('makes the agent the owner of their draft when their name is set', async () => {
    const db = freshDatabase();
    await settings.set(db, 'agentName', 'Dana');
    const draft = await saveDraft(db, draftFromSearch('gift card refund'));
    expect((await articles.get(db, draft.id))?.owner).toBe('Dana');
  });
});

describe('drafts in packs', () => {
  it('exports a draft as a draft, and an import keeps it a draft', () => {
    const draft: Article = { ...PUBLISHED, id: 'warranty', title: 'Warranty', status: 'draft' };
    const pack = kbToPack(
      { articles: [PUBLISHED, draft], playbooks: [], rules: [] },
      {
        id: 'team',
        name: 'Team',
        version: '1',
      },
    );
    expect(pack.articles.map((a) => a.status)).toEqual([undefined, 'draft']);
    expect(parsePack(JSON.parse(JSON.stringify(pack))).ok).toBe(true);

    const parsed = parsePackValue('team.json', JSON.parse(JSON.stringify(pack)));
    const plan = planImport({ articles: [], playbooks: [], rules: [] }, parsed.items);
    const stored = plan.rows.map((row) => row.next as Article);
    expect(stored.find((a) => a.id === 'warranty')?.status).toBe('draft');
    expect(stored.find((a) => a.id === 'refund-request')?.status).toBeUndefined();
  });

  it('rejects a status other than draft or published, naming the field', () => {
    const result = parsePack({
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'team',
      name: 'Team',
      version: '1',
      articles: [{ id: 'a', title: 'A', body: '', status: 'hidden' }],
    });
    expect(result).toEqual({ ok: false, errors: ['articles[0].status: must be "draft" or "published"'] });
  });

  it('updates a stored draft that the team published, and leaves a published one alone', () => {
    const stored = { ...PUBLISHED, status: 'draft' as const };
    const incoming = parsePackValue('team.json', {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'team',
      name: 'Team',
      version: '2',
      articles: [{ ...PUBLISHED, status: 'published', source: undefined }],
    });
    expect(planImport({ articles: [stored], playbooks: [], rules: [] }, incoming.items).rows[0]?.status).toBe(
      'updated',
    );
    expect(
      planImport({ articles: [PUBLISHED], playbooks: [], rules: [] }, incoming.items).rows[0]?.status,
    ).toBe('unchanged');
  });
});
