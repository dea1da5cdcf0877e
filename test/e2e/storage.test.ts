// The database in real Chromium: the schema the extension creates and the starter pack it seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedExtension, launchExtension } from '../../scripts/chromium';

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('storage in Chromium', () => {
  it('creates every table and seeds the starter pack once', async () => {
    const panel = await ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    const read = () =>
      panel.evaluate(
        () =>
          new Promise<{ stores: string[]; counts: Record<string, number> }>((done, fail) => {
            const open = indexedDB.open('ownit');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const stores = [...db.objectStoreNames].sort();
              const kinds = ['articles', 'playbooks', 'rules', 'snippets'];
              const tx = db.transaction(kinds, 'readonly');
              const counts: Record<string, number> = {};
              for (const name of kinds) {
                const request = tx.objectStore(name).count();
                request.onsuccess = () => {
                  counts[name] = request.result;
                };
              }
              tx.oncomplete = () => {
                db.close();
                done({ stores, counts });
              };
            };
          }),
      );
    await expect.poll(async () => (await read()).counts.articles ?? 0).toBeGreaterThanOrEqual(30);
    const first = await read();
    expect(first.stores).toEqual([
      'articles',
      'events',
      'kbChanges',
      'learned',
      'notes',
      'packs',
      'playbooks',
      'rules',
      'searchIndex',
      'settings',
      'snippets',
    ]);
    expect(first.counts.playbooks).toBeGreaterThanOrEqual(6);
    expect(first.counts.snippets).toBeGreaterThanOrEqual(6);
    expect(first.counts.rules).toBeGreaterThanOrEqual(6);
    await panel.reload();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    expect((await read()).counts).toEqual(first.counts);
  });
});
