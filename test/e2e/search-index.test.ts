// The search index stored in the extension's database: built on the first panel open, loaded from the
// snapshot on the next, and brought up to date from the change log without a rebuild.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bigPack, servePack, subscribeAndSync } from './pack-host';
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
    // Its snapshot is one Blob, whose bytes were read there too.
    expect(await second.evaluate(() => performance.getEntriesByName('ownit:index-bytes').length)).toBe(1);
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

  it('answers from the snapshot with the rules read beside it, as they are in the database', async () => {
    const first = await session.openTicket();
    const approve = first.panel
      .getByRole('region', { name: 'Nudges' })
      .getByRole('article', { name: 'Yours to approve' });
    await approve.waitFor();
    expect(await approve.textContent()).toMatch(/\$100/);
    // The refund limit raised in the database (as the options page saves it), between two opens.
    await first.panel.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('ownit');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('rules', 'readwrite');
            const rules = tx.objectStore('rules');
            const get = rules.get('refund-per-order');
            get.onsuccess = () => rules.put({ ...get.result, limit: { amount: 150, currency: 'USD' } });
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await first.panel.close();
    await first.tab.close();

    const second = await session.openTicket();
    await second.panel.waitForFunction(() => document.body.dataset.indexSource !== undefined);
    expect(await indexSource(second.panel)).toBe('snapshot');
    const raised = second.panel
      .getByRole('region', { name: 'Nudges' })
      .getByRole('article', { name: 'Yours to approve' });
    await raised.waitFor();
    expect(await raised.textContent()).toMatch(/\$150/);
    await second.panel.close();
    await second.tab.close();
  });

  it('is built and stored by the service worker after a big team pack syncs: the next panel builds nothing', async () => {
    const host = await servePack();
    try {
      host.serve(bigPack(300));
      const options = await session.ext.openOptions('packs');
      await subscribeAndSync(options, host.url);
      await options.close();
      const panel = await openReadyPanel();
      expect(await indexSource(panel)).toBe('snapshot');
      // Nothing built or waited for in the panel; the pack's articles are in the snapshot itself.
      const measures = await panel.evaluate(() =>
        ['ownit:index-build', 'ownit:index-wait'].map((name) => performance.getEntriesByName(name).length),
      );
      expect(measures).toEqual([0, 0]);
      expect(await firstResult(panel, 'numbat licence')).toContain('Numbat licence transfer');
      // The starter pack's articles are in it too.
      await firstResult(panel, 'refnd');
      expect(
        await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').allTextContents(),
      ).toEqual(expect.arrayContaining([expect.stringContaining('Refund request')]));
      await panel.close();
    } finally {
      await host.close();
    }
  });
});
