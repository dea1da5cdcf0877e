import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

async function openOptions(): Promise<Page> {
  const page = await session.ext.openOptions('rules');
  // The starter pack is in place once the rules list shows (the page renders a section once it is opened).
  await page.getByRole('list', { name: 'Rules' }).getByRole('listitem').first().waitFor();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Import & export' })
    .click();
  await page.getByRole('heading', { name: 'Import and export' }).waitFor();
  return page;
}

/** Every stored article id and the number of logged changes, straight from IndexedDB. */
function storedState(page: Page): Promise<{ ids: string[]; changes: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ids: string[]; changes: number }>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'kbChanges']);
          const keys = tx.objectStore('articles').getAllKeys();
          const count = tx.objectStore('kbChanges').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ ids: (keys.result as string[]).sort(), changes: count.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const CSV =
  'id,title,body,tags\r\nquokka-passport,Quokka passport renewal,"Renew the quokka passport at the front desk, bring two photos.",travel\r\n';

const countOf = (page: Page, label: string) =>
  page
    .getByRole('table', { name: 'Import preview' })
    .getByRole('row', { name: label })
    .getByRole('cell')
    .textContent();

describe('importing into the knowledge base', () => {
  it('imports a CSV file after a preview, and the panel finds the new article', async () => {
    const page = await openOptions();
    await page
      .getByLabel('Choose files to import')
      .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect.poll(() => countOf(page, 'New')).toBe('1');
    expect(await countOf(page, 'Rejected')).toBe('0');
    await page.getByRole('button', { name: 'Import 1 item' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 1 item: 1 new, 0 updated' }).waitFor();
    expect((await storedState(page)).ids).toContain('quokka-passport');

    const panel = await session.ext.openPanel();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('quokka pasport');
    const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Quokka passport renewal');
    await panel.close();
    await page.close();
  });

  it('a malformed file is shown as rejected and changes nothing', async () => {
    const page = await openOptions();
    const before = await storedState(page);
    const broken = '{"format": "ownit-pack", "formatVersion": 1, "id": "x", "articles": [{"id": "a",}\n';
    await page
      .getByLabel('Choose files to import')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect.poll(() => countOf(page, 'Rejected')).toBe('1');
    await page.getByRole('alert').filter({ hasText: 'broken.json:1: invalid JSON at column' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import 0 items' }).isDisabled()).toBe(true);
    expect(await storedState(page)).toEqual(before);
    await page.close();
  });

  it('a pack with snippets adds them, counted in the preview', async () => {
    const page = await openOptions();
    const pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'replies',
      name: 'Replies',
      version: '1',
      articles: [],
      playbooks: [],
      rules: [],
      snippets: [
        {
          id: 'wombat-delay',
          title: 'Wombat delay',
          body: 'Hi {{customer.name}}, the wombat is late.',
          tags: [],
        },
        { id: 'wombat-refund', title: 'Wombat refund', body: 'Your refund is on its way.', tags: ['refund'] },
      ],
    };
    await page.getByLabel('Choose files to import').setInputFiles({
      name: 'replies.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await expect.poll(() => countOf(page, 'New')).toBe('2');
    await page.getByRole('button', { name: 'Import 2 items' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 2 items: 2 new, 0 updated' }).waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('ownit');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const keys = request.result.transaction('snippets').objectStore('snippets').getAllKeys();
            keys.onsuccess = () => {
              request.result.close();
              resolve(keys.result as string[]);
            };
          };
        }),
    );
    expect(stored).toEqual(expect.arrayContaining(['wombat-delay', 'wombat-refund']));
    await page.close();
  });

  it('10,000 articles from one CSV are read in the worker: the bar moves and the page keeps answering', async () => {
    const page = await openOptions();
    const fellBack: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('importing on the page')) fellBack.push(message.text());
    });
    const lines = ['id,title,body,tags'];
    const paragraph = 'Check the order, confirm the address and offer the customer a clear next step. ';
    for (let i = 0; i < 10_000; i++) {
      lines.push(`bulk-${i},Bulk article ${i},"${paragraph.repeat(8)}Case ${i}.",bulk;t${i % 13}`);
    }
    const csv = Buffer.from(`${lines.join('\r\n')}\r\n`);
    // Handed over as a file on disk: a buffer would be decoded on the page's main thread first.
    const file = join(mkdtempSync(join(tmpdir(), 'ownit-import-')), 'bulk.csv');
    writeFileSync(file, csv);
    // In the page: long tasks, the largest gap between timer ticks, and every value the bar shows.
    await page.evaluate(() => {
      const probe = { longTasks: [] as number[], maxGap: 0, bar: [] as number[], stop: false, changedAt: -1 };
      document.addEventListener(
        'change',
        () => {
          probe.changedAt = performance.now();
        },
        true,
      );
      (window as unknown as { probe: typeof probe }).probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // Only what happens once the page has the file (handing it over is the test's own work).
          if (probe.changedAt >= 0 && entry.startTime >= probe.changedAt)
            probe.longTasks.push(entry.duration);
        }
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        if (probe.changedAt >= 0 && last >= probe.changedAt)
          probe.maxGap = Math.max(probe.maxGap, now - last);
        last = now;
        const bar = document.querySelector<HTMLProgressElement>('#import-progress');
        if (bar && probe.bar.at(-1) !== bar.value / bar.max) probe.bar.push(bar.value / bar.max);
        if (!probe.stop) setTimeout(tick, 5);
      };
      tick();
    });
    const started = Date.now();
    await page.getByLabel('Choose files to import').setInputFiles(file);
    await expect.poll(() => countOf(page, 'New'), { timeout: 60_000 }).toBe('10000');
    const previewMs = Date.now() - started;
    await page.getByRole('button', { name: 'Import 10000 items' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported 10000 items: 10000 new, 0 updated' })
      .waitFor({ timeout: 60_000 });
    const totalMs = Date.now() - started;
    const probe = await page.evaluate(() => {
      const p = (
        window as unknown as { probe: { longTasks: number[]; maxGap: number; bar: number[]; stop: boolean } }
      ).probe;
      p.stop = true;
      return p;
    });
    const longest = Math.round(Math.max(0, ...probe.longTasks));
    const blocked = Math.round(probe.longTasks.reduce((sum, ms) => sum + ms, 0));
    console.log(
      `10,000-article CSV (${(csv.byteLength / 1024 / 1024).toFixed(1)} MB): preview after ${previewMs} ms, imported after ${totalMs} ms; ` +
        `${probe.longTasks.length} long tasks on the page (longest ${longest} ms, ${blocked} ms in all); ` +
        `largest gap between 5 ms timer ticks ${Math.round(probe.maxGap)} ms; the bar showed ${probe.bar.length} values`,
    );
    expect(fellBack).toEqual([]);
    // The bar moved through values between empty and full, not just from one file or kind to the next.
    expect(probe.bar.filter((value) => value > 0 && value < 1).length).toBeGreaterThanOrEqual(3);
    const ids = (await storedState(page)).ids;
    expect(ids).toContain('bulk-0');
    expect(ids).toContain('bulk-9999');
    await page.close();
  }, 120_000);
});
