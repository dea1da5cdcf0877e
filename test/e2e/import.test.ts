import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/chromium';
import { extensionSession } from './session';

const session = extensionSession();

async function openOptions(): Promise<Page> {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    options_ui: { page: string };
  };
  const page = await session.ext.context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
  await page.goto(`chrome-extension://${session.ext.id}/${manifest.options_ui.page}#rules`);
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
});
