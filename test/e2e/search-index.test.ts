// The search index stored in the extension's database: built on the first panel open, loaded from the
// snapshot on the next, and brought up to date from the change log without a rebuild.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

function indexSource(panel: Page): Promise<string | undefined> {
  return panel.evaluate(() => document.body.dataset.indexSource);
}

async function openReadyPanel(): Promise<Page> {
  const panel = await session.ext.openPanel();
  await panel.waitForFunction(() => document.body.dataset.indexSource !== undefined);
  return panel;
}

async function firstResult(panel: Page, query: string): Promise<string | null> {
  await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill(query);
  const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await first.waitFor();
  return first.textContent();
}

/** Where the stored index's bytes came from: the index file, or the row. */
function readFrom(panel: Page): Promise<unknown> {
  return panel.evaluate(
    () => (performance.getEntriesByName('ownit:index-read')[0] as PerformanceMeasure | undefined)?.detail,
  );
}

/** The titles of the results for each query, once shown. */
async function resultTitles(panel: Page, queries: string[]): Promise<string[][]> {
  const titles: string[][] = [];
  const box = panel.getByRole('searchbox', { name: 'Search knowledge base' });
  const options = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  for (const query of queries) {
    await box.fill(query);
    await options.first().waitFor();
    titles.push(await options.locator('.result-title').allTextContents());
  }
  return titles;
}

/** The index file's bytes (or, with `bytes`, writes them), from an extension page. */
function indexFile(panel: Page, bytes?: number[]): Promise<number[]> {
  return panel.evaluate(async (write) => {
    const dir = await navigator.storage.getDirectory();
    const handle = await dir.getFileHandle('search-index', { create: write !== undefined });
    if (write) {
      const writable = await handle.createWritable();
      await writable.write(new Uint8Array(write));
      await writable.close();
    }
    return [...new Uint8Array(await (await handle.getFile()).arrayBuffer())];
  }, bytes);
}

/** The seq and save time in the index file's header, and the stored row's. */
function savesOf(panel: Page): Promise<{ file: number[]; row: number[] }> {
  return panel.evaluate(async () => {
    const dir = await navigator.storage.getDirectory();
    const file = await (await dir.getFileHandle('search-index')).getFile();
    const head = new DataView(await file.slice(0, 48).arrayBuffer());
    const row = await new Promise<{ dataVersion: number; savedAt: number }>((done, fail) => {
      const open = indexedDB.open('ownit');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const get = open.result.transaction('searchIndex').objectStore('searchIndex').get('main');
        get.onsuccess = () => {
          open.result.close();
          done(get.result);
        };
      };
    });
    return {
      file: [head.getFloat64(8, true), head.getFloat64(16, true)],
      row: [row.dataVersion, row.savedAt],
    };
  });
}

const QUERIES = ['refnd', 'password reset', 'late delivery', 'cancel subscription', 'okapi'];

describe('the stored search index', () => {
  it('is built on the first open, stored after it, and loaded from the snapshot on the next', async () => {
    const first = await openReadyPanel();
    expect(await indexSource(first)).toBe('built');
    expect(await first.evaluate(() => performance.getEntriesByName('ownit:ready').length)).toBe(1);
    await first.waitForFunction(() => performance.getEntriesByName('ownit:index-save').length > 0);
    expect(await firstResult(first, 'refnd')).toContain('Refund request');
    await first.close();

    const second = await openReadyPanel();
    expect(await indexSource(second)).toBe('snapshot');
    // The stored row was asked for before the panel's code ran (public/early-index.js).
    const { readStart, loadStart } = await second.evaluate(() => ({
      readStart: performance.getEntriesByName('ownit:index-read')[0]?.startTime ?? Number.NaN,
      loadStart: performance.getEntriesByName('ownit:index-load')[0]?.startTime ?? Number.NaN,
    }));
    expect(readStart).toBeLessThan(loadStart);
    // Its bytes were read there too: the index file (src/storage/snapshot-file.ts) written with the row,
    // and the row's Blob, whichever came first.
    expect(await second.evaluate(() => performance.getEntriesByName('ownit:index-file').length)).toBe(1);
    expect(['file', 'row']).toContain(await readFrom(second));
    expect(await firstResult(second, 'refnd')).toContain('Refund request');
    // The excerpts' texts, stored in a row of their own, come after the index and show in the results.
    await second.waitForFunction(() => performance.getEntriesByName('ownit:index-texts').length > 0);
    const excerpt = second
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .first()
      .locator('.result-excerpt');
    await expect.poll(() => excerpt.textContent()).toMatch(/refund/i);
    // Nothing changed: the snapshot is not written again.
    await second.waitForTimeout(300);
    expect(await second.evaluate(() => performance.getEntriesByName('ownit:index-save').length)).toBe(0);
    await second.close();
  });

  it('re-indexes an article changed since the snapshot instead of rebuilding', async () => {
    const panel = await openReadyPanel();
    // As the app writes: the article and its change-log entry in one transaction.
    await panel.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('ownit');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['articles', 'kbChanges'], 'readwrite');
            const articles = tx.objectStore('articles');
            const cursor = articles.openCursor();
            cursor.onsuccess = () => {
              const row = cursor.result;
              if (!row) return;
              if (row.value.title !== 'Refund request') return row.continue();
              articles.put({ ...row.value, title: 'Refund request for zebra gift cards', version: 99 });
              tx.objectStore('kbChanges').add({ kind: 'article', id: row.value.id, at: Date.now() });
            };
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await panel.close();

    const reopened = await openReadyPanel();
    expect(await indexSource(reopened)).toBe('snapshot');
    const load = await reopened.evaluate(
      () => (performance.getEntriesByName('ownit:index-load')[0] as PerformanceMeasure | undefined)?.detail,
    );
    expect(load).toEqual({ source: 'snapshot', replayed: 1 });
    expect(await firstResult(reopened, 'zebra gift')).toContain('Refund request for zebra gift cards');
    await reopened.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await expect
      .poll(() => reopened.getByRole('heading', { level: 1 }).textContent())
      .toBe('Refund request for zebra gift cards');
    await reopened.close();
  });

  it('is read from its file when the file is of the stored row’s save, and from the row when stale', async () => {
    const panel = await openReadyPanel();
    if ((await indexSource(panel)) === 'built') {
      await panel.waitForFunction(() => performance.getEntriesByName('ownit:index-save').length > 0);
    }
    const stale = await indexFile(panel);
    // An article renamed and a bulk change logged: the next panel rebuilds the index and stores it again.
    await panel.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('ownit');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['articles', 'kbChanges'], 'readwrite');
            const articles = tx.objectStore('articles');
            const cursor = articles.openCursor();
            cursor.onsuccess = () => {
              const row = cursor.result;
              if (!row) return;
              if (row.value.title !== 'Late delivery') return row.continue();
              articles.put({ ...row.value, title: 'Late delivery of okapi parcels', version: 98 });
              tx.objectStore('kbChanges').add({ kind: 'all', at: Date.now() });
            };
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await panel.close();
    const rebuilt = await openReadyPanel();
    expect(await indexSource(rebuilt)).toBe('built');
    await rebuilt.waitForFunction(() => performance.getEntriesByName('ownit:index-save').length > 0);
    const current = await savesOf(rebuilt);
    expect(current.file).toEqual(current.row);
    // The file of the save before, as if its writing had not happened.
    await indexFile(rebuilt, stale);
    expect((await savesOf(rebuilt)).file).not.toEqual(current.row);
    await rebuilt.close();

    const fromRow = await openReadyPanel();
    expect(await indexSource(fromRow)).toBe('snapshot');
    expect(await readFrom(fromRow)).toBe('row');
    const rowTitles = await resultTitles(fromRow, QUERIES);
    expect(rowTitles[4]?.[0]).toBe('Late delivery of okapi parcels');
    // The file is written again from the rows once the panel is idle.
    await expect.poll(async () => (await savesOf(fromRow)).file, { timeout: 10_000 }).toEqual(current.row);
    await fromRow.close();

    // The file, now of the row's save, is used whenever it is in before the row's bytes.
    let fromFile: Page | undefined;
    for (let open = 0; open < 8 && !fromFile; open++) {
      const panel = await openReadyPanel();
      if ((await readFrom(panel)) === 'file') fromFile = panel;
      else await panel.close();
    }
    expect(fromFile).toBeDefined();
    await fromFile!.waitForFunction(() => performance.getEntriesByName('ownit:index-texts').length > 0);
    expect(await resultTitles(fromFile!, QUERIES)).toEqual(rowTitles);
    await fromFile!.close();
  });
});
