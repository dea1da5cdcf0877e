// Team packs end to end: a pack served from 127.0.0.1 (with ETag / If-None-Match), subscribed from the
// options page, found in the panel's search, updated on the server and synced again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmePack, type PackHost, servePack } from './pack-host';
import { extensionSession } from './session';

const session = extensionSession();

let host: PackHost;
beforeAll(async () => {
  host = await servePack();
  host.serve(acmePack('2026.11.1', 'Zephyrix warranty claims'));
});
afterAll(() => host?.close());

async function openOptions(): Promise<Page> {
  const page = await session.ext.openOptions('packs');
  await page.getByRole('heading', { name: 'Team packs' }).waitFor();
  return page;
}

/** The options page shows one section at a time, chosen in its navigation. */
const showSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();

const packItem = (page: Page) =>
  page
    .getByRole('list', { name: 'Team packs' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Acme support' }) });

async function firstResult(panel: Page, query: string): Promise<string | null> {
  await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill(query);
  const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await first.waitFor();
  return first.textContent();
}

/** Article titles whose source is a team pack, read straight from IndexedDB. */
function packTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('articles').objectStore('articles').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            request.result.close();
            const rows = all.result as { title: string; source: string }[];
            resolve(
              rows
                .filter((row) => row.source.startsWith('pack:'))
                .map((row) => row.title)
                .sort(),
            );
          };
        };
      }),
  );
}

/** Ids of snippets whose source is a team pack, read straight from IndexedDB. */
function packSnippetIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('snippets').objectStore('snippets').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            request.result.close();
            const rows = all.result as { id: string; source: string }[];
            resolve(rows.filter((row) => row.source.startsWith('pack:')).map((row) => row.id));
          };
        };
      }),
  );
}

describe('team packs', () => {
  it('the worker schedules a sync of every subscription every 6 hours', async () => {
    const worker = session.ext.context.serviceWorkers()[0] ?? session.ext.worker;
    await expect
      .poll(() =>
        worker.evaluate(async () => (await chrome.alarms.get('ownit:packs'))?.periodInMinutes ?? null),
      )
      .toBe(360);
  });

  it('refuses a plain-http address on another host with the reason, saving nothing', async () => {
    const page = await openOptions();
    const form = page.getByRole('form', { name: 'Subscribe to a team pack' });
    await form.getByRole('textbox', { name: 'Pack address' }).fill('http://packs.example.com/team.json');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('must start with https://');
    expect(await form.getByRole('textbox', { name: 'Pack address' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.getByText('No team packs yet.').count()).toBe(1);
    await page.close();
  });

  it('subscribes, finds the pack in the panel, and Sync now brings the new version', async () => {
    const page = await openOptions();
    const form = page.getByRole('form', { name: 'Subscribe to a team pack' });
    await form.getByRole('textbox', { name: 'Pack address' }).fill(host.url);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const item = packItem(page);
    await item.filter({ hasText: 'synced just now' }).waitFor();
    expect(await item.textContent()).toContain('version 2026.11.1');
    expect(await item.textContent()).toContain('4 items');
    expect(host.answers).toEqual([200]);

    const panel = await session.ext.openPanel();
    expect(await firstResult(panel, 'zephyrix warranty')).toContain('Zephyrix warranty claims');
    // The pack's snippet is in the knowledge base too.
    expect(await firstResult(panel, 'zephyrix delay apology')).toContain('Zephyrix delay apology');

    // Unchanged on the server: the conditional request is answered 304 and nothing changes.
    await item.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => host.answers).toEqual([200, 304]);
    await item.filter({ hasText: 'synced just now' }).waitFor();

    host.serve(acmePack('2026.11.2', 'Zephyrix warranty claims (two years)'));
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item.filter({ hasText: 'version 2026.11.2' }).waitFor();
    expect(host.answers).toEqual([200, 304, 200]);
    expect(await packTitles(page)).toEqual(['Acme returns desk', 'Zephyrix warranty claims (two years)']);
    expect(await packSnippetIds(page)).toEqual(['acme-zephyrix-delay']);

    // The open panel catches up from the change log.
    await expect
      .poll(() => firstResult(panel, 'zephyrix warranty'), { timeout: 15_000 })
      .toContain('Zephyrix warranty claims (two years)');
    await panel.close();
    await page.close();
  });

  it('shows a refused pack and keeps the last good copy', async () => {
    const page = await openOptions();
    host.serve({ ...acmePack('2026.11.3', ''), name: 'Acme support' });
    const item = packItem(page);
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item.filter({ hasText: 'rejected: it is not a valid Own It pack' }).waitFor();
    expect(await item.textContent()).toContain('articles[0].title: must not be empty');
    expect(await item.textContent()).toContain('using the copy from');
    expect(await packTitles(page)).toEqual(['Acme returns desk', 'Zephyrix warranty claims (two years)']);
    await page.close();
  });

  it('a pack rule edited in the options page is a local override until it is reset', async () => {
    const page = await openOptions();
    await showSection(page, 'Rules');
    const rule = page
      .getByRole('list', { name: 'Rules' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Acme goodwill credit' }) });
    await rule.getByRole('button', { name: 'Edit Acme goodwill credit', exact: true }).click();
    const form = page.getByRole('form', { name: 'Edit “Acme goodwill credit”' });
    await form.getByRole('textbox', { name: 'Amount' }).fill('40');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await rule.filter({ hasText: 'Up to $40 per customer' }).waitFor();
    expect(await rule.textContent()).toContain('Team pack, edited');

    // A sync leaves the agent's version alone.
    await showSection(page, 'Team packs');
    const item = packItem(page);
    host.serve(acmePack('2026.11.4', 'Zephyrix warranty claims (two years)'));
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item.filter({ hasText: 'version 2026.11.4' }).waitFor();
    await showSection(page, 'Rules');
    expect(await rule.textContent()).toContain('Up to $40 per customer');
    await showSection(page, 'Team packs');

    await item.getByText('1 local override').click();
    await item.getByRole('button', { name: 'Reset all 1 override' }).click();
    await showSection(page, 'Rules');
    await rule.filter({ hasText: 'Up to $25 per customer' }).waitFor();
    expect(await rule.textContent()).not.toContain('edited');
    await showSection(page, 'Team packs');
    await item.filter({ hasText: 'version 2026.11.4' }).waitFor();
    await item.getByText('1 local override').waitFor({ state: 'detached' });
    await page.close();
  });

  it('unsubscribes after an inline confirmation and removes the pack’s articles', async () => {
    const page = await openOptions();
    const item = packItem(page);
    await item.getByRole('button', { name: 'Remove' }).click();
    const confirm = item.getByRole('group', { name: 'Unsubscribe from “Acme support”?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Your notes are kept');
    await confirm.getByRole('button', { name: 'Yes, unsubscribe' }).click();
    await page.getByText('No team packs yet.').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Unsubscribed from “Acme support”: 4 items removed.' })
      .waitFor();
    expect(await packTitles(page)).toEqual([]);
    expect(await packSnippetIds(page)).toEqual([]);
    await page.close();
  });
});
