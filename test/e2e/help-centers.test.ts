// A connected help center end to end: the local Zendesk Guide stand-in (test/fixtures/help-centers)
// connected from the options page, its articles found in the panel with their link, a change on the
// server synced, then a revoked token shown clearly while the last good copy stays.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeZendesk, fakeZendesk } from '../fixtures/help-centers/servers';
import { extensionSession } from './session';

const session = extensionSession();

let zendesk: FakeZendesk;
beforeAll(async () => {
  zendesk = await fakeZendesk(12);
  zendesk.clock = Math.floor(Date.now() / 1000);
  zendesk.change(3, {
    title: 'Zephyr kettle descaling guide',
    body: '<p>Descale the Zephyr kettle monthly.</p>',
  });
  zendesk.change(4, {
    title: 'Refund for a damaged blender',
    body: '<p>A blender that arrived damaged: ask for a photo, then refund or replace it.</p>',
  });
});
afterAll(() => zendesk?.close());

async function firstResult(panel: Page, query: string): Promise<string | null> {
  await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill(query);
  const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await first.waitFor();
  return first.textContent();
}

/** Every `settings` row of the database, as JSON, to look for a secret in it. */
function settingsJson(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('settings').objectStore('settings').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            request.result.close();
            resolve(JSON.stringify(all.result));
          };
        };
      }),
  );
}

describe('a connected help center', () => {
  it('connects, syncs a change, and keeps the last good copy when the token is revoked', async () => {
    const options = await session.ext.openOptions('helpcenters');
    await options.getByRole('heading', { name: 'Help centers' }).waitFor();
    const form = options.getByRole('form', { name: 'Connect a help center' });
    expect(await form.getByRole('combobox', { name: 'Help center' }).inputValue()).toBe('zendesk');
    await form.getByRole('textbox', { name: 'Subdomain or address' }).fill(zendesk.url);
    await form.getByRole('textbox', { name: "Email of the token's user" }).fill(zendesk.email);
    await form.getByLabel('API token (not needed for public articles)').fill('zd-token-1');
    await form.getByRole('button', { name: 'Connect' }).click();

    const item = options.getByRole('list', { name: 'Help centers' }).getByRole('listitem').first();
    await item.filter({ hasText: 'synced just now, 12 articles' }).waitFor();
    // The token stays in the extension's storage: the database (what packs and exports read) has none.
    expect(await settingsJson(options)).not.toContain('zd-token-1');
    expect(zendesk.requests.some((r) => decodeURIComponent(r).includes('page[size]=100'))).toBe(true);

    const { tab, panel } = await session.openTicket();
    // Suggested for the open ticket, with its link at hand.
    const suggested = panel.getByRole('region', { name: 'Suggested for this page' });
    await suggested.getByRole('button', { name: 'Copy link to Refund for a damaged blender' }).waitFor();
    await suggested.getByRole('button', { name: 'Insert link to Refund for a damaged blender' }).click();
    await suggested.getByText('Link inserted into the reply.').waitFor();
    expect(await tab.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe(
      'Refund for a damaged blender: https://acme.zendesk.com/hc/en-us/articles/4',
    );
    await tab.getByRole('textbox', { name: 'Reply' }).fill('');
    expect(await firstResult(panel, 'zephyr kettle descaling')).toContain('Zephyr kettle descaling guide');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await panel.getByRole('heading', { level: 1, name: 'Zephyr kettle descaling guide' }).waitFor();
    await panel.getByRole('button', { name: 'Insert link to Zephyr kettle descaling guide' }).click();
    await panel.getByText('Link inserted into the reply.').waitFor();
    expect(await tab.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe(
      'Zephyr kettle descaling guide: https://acme.zendesk.com/hc/en-us/articles/3',
    );
    await panel.getByRole('button', { name: 'Back' }).first().click();

    // A change on the server: Sync now fetches it through the incremental export.
    zendesk.resetCounters();
    zendesk.clock = Math.floor(Date.now() / 1000);
    zendesk.change(3, { title: 'Zephyr kettle descaling guide, 2027 edition' });
    await item.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => firstResult(panel, 'zephyr kettle descaling'), { timeout: 15_000 })
      .toContain('2027 edition');
    expect(zendesk.requests.filter((r) => r.includes('/articles'))).toEqual([
      expect.stringContaining('/api/v2/help_center/incremental/articles?start_time='),
    ]);

    // The token is revoked on the server: a clear status, and the articles stay.
    zendesk.token = 'revoked';
    await item.getByRole('button', { name: 'Sync now' }).click();
    await item.filter({ hasText: 'token rejected' }).waitFor();
    expect(await item.textContent()).toContain('keeping the last good copy (12 articles)');
    expect(await firstResult(panel, 'zephyr kettle descaling')).toContain('2027 edition');
    await tab.close();
    await panel.close();
    await options.close();
  });
});
