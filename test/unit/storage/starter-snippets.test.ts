// Snippets in packs: validated with the pack, seeded from the starter pack like articles (an agent's
// edit kept, a deleted one not revived), and exported back.
import { describe, expect, it } from 'vitest';
import { kbToPack } from '../../../src/export/pack-export';
import type { Pack, Snippet } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { fieldsOf } from '../../../src/shared/snippet-fields';
import { seedStarterPack } from '../../../src/storage/seed';
import starter from '../../../src/storage/starter-pack.json';
import { freshDatabase } from './helpers';

const base = { format: 'ownit-pack', formatVersion: 1, id: 'team', name: 'Team', version: '1' };

function packWith(version: string, snippets: { id: string; title: string; body: string }[]): Pack {
  return {
    ...base,
    version,
    articles: [],
    playbooks: [],
    rules: [],
    snippets: snippets.map((s) => ({ tags: [], ...s })),
  } as Pack;
}

describe('snippets in the pack format', () => {
  it('accepts a pack without snippets exactly as it was, and one with them', () => {
    const without = parsePack({ ...base, articles: [] });
    expect(without.ok && 'snippets' in without.pack).toBe(false);
    const withSnippets = parsePack({
      ...base,
      snippets: [{ id: 's', title: 'Hi', body: 'Hello {{customer.name}}' }],
    });
    expect(withSnippets.ok && withSnippets.pack.snippets).toEqual([
      { id: 's', title: 'Hi', body: 'Hello {{customer.name}}', tags: [] },
    ]);
  });

  it('names the snippet and field of each problem', () => {
    const result = parsePack({
      ...base,
      snippets: [
        { id: 's', title: '', body: 'x' },
        { id: 't', title: 'T', body: 'y'.repeat(5_001) },
        { id: 's', title: 'Again', body: 'z' },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'snippets[0].title: must not be empty',
      'snippets[1].body: must be at most 5000 characters',
    ]);
    const twice = parsePack({
      ...base,
      snippets: [
        { id: 's', title: 'A', body: 'a' },
        { id: 's', title: 'B', body: 'b' },
      ],
    });
    expect(twice.ok ? [] : twice.errors).toEqual(['snippets[1].id: "s" is used twice']);
  });
});

describe('the starter pack’s snippets', () => {
  const result = parsePack(starter);
  const snippets = result.ok ? (result.pack.snippets ?? []) : [];

  it('has the replies an agent needs from day one, each with fields that parse', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(6);
    const types = (id: string) =>
      fieldsOf(snippets.find((s) => s.id === id)?.body ?? '').map((f) => `${f.name}:${f.type}`);
    expect(types('snippet-callback-confirmation')).toContain('callback:date');
    expect(types('snippet-refund-confirmation')).toEqual(
      expect.arrayContaining(['amount:text', 'method:choice', 'customer.name:text']),
    );
    for (const snippet of snippets) {
      expect(snippet.body, snippet.id).not.toMatch(/\{\{(?![^{}]*\}\})/);
      // Every double brace in a starter snippet is a real field.
      expect(fieldsOf(snippet.body).length, snippet.id).toBe(
        new Set([...snippet.body.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1])).size,
      );
    }
  });
});

describe('seeding snippets', () => {
  const one = { id: 'chase', title: 'Delivery chase', body: 'Hi {{customer.name}}' };

  it('installs them, keeps an agent’s edit on upgrade and does not bring back one they deleted', async () => {
    const db = freshDatabase();
    const first = await seedStarterPack(
      db,
      packWith('1', [one, { id: 'close', title: 'Closing', body: 'Bye' }]),
    );
    expect(first.added).toBe(2);
    expect(await db.snippets.get('chase')).toMatchObject({ source: 'starter', version: 1 });
    await db.snippets.update('chase', { body: 'Ours', editedLocally: true });
    await db.snippets.delete('close');
    await seedStarterPack(
      db,
      packWith('2', [
        { ...one, body: 'New' },
        { id: 'close', title: 'Closing', body: 'Bye' },
        { id: 'new', title: 'New one', body: 'Hello' },
      ]),
    );
    expect((await db.snippets.get('chase'))?.body).toBe('Ours');
    expect(await db.snippets.get('close')).toBeUndefined();
    expect((await db.snippets.get('new'))?.title).toBe('New one');
  });

  it('exports snippets in a pack that reads back the same', () => {
    const stored: Snippet = { ...one, tags: ['delivery'], updatedAt: 5, version: 3, source: 'starter' };
    const pack = kbToPack({ articles: [], playbooks: [], rules: [], snippets: [stored] }, base);
    expect(pack.snippets).toEqual([
      { id: 'chase', title: 'Delivery chase', body: 'Hi {{customer.name}}', tags: ['delivery'] },
    ]);
    expect(parsePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, pack });
    expect('snippets' in kbToPack({ articles: [], playbooks: [], rules: [] }, base)).toBe(false);
  });
});
