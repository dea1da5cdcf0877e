// Learning from an "I own this" note: the agent links an article (its help-center address) in the note
// they save on a ticket whose wording matched nothing of it; on a second ticket worded alike, that article
// comes first; removing the learned phrasing in the article's editor undoes it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { meaningSettled, suggested, suggestedTitles } from './suggested';

const session = extensionSession();

const FIRST = 'learned-ticket-first.html';
const SECOND = 'learned-ticket-second.html';
const ADDRESS = 'https://help.example.com/hc/articles/warranty-claim';

/** Gives a stored article its help-center address, as a help-center sync would. */
function setAddress(page: Page, id: string, url: string): Promise<void> {
  return page.evaluate(
    ([key, address]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('articles', 'readwrite').objectStore('articles');
          const get = store.get(key);
          get.onsuccess = () => {
            const put = store.put({ ...get.result, url: address });
            put.onerror = () => reject(put.error);
            put.onsuccess = () => {
              db.close();
              resolve();
            };
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [id, url] as const,
  );
}

describe('learning from "I own this" notes', () => {
  it('an article linked in a note is suggested first on a similar ticket, until the phrasing is removed', async () => {
    const before = await session.openTicket(SECOND);
    await suggested(before.panel).waitFor();
    await meaningSettled(before.panel);
    await suggested(before.panel).getByRole('listitem').first().waitFor();
    expect((await suggestedTitles(before.panel)).join(' | ')).not.toMatch(/Warranty claim/);
    await setAddress(before.panel, 'warranty-claim', ADDRESS);
    await before.panel.close();

    // On the first ticket the agent owns the case and links the warranty article in the note.
    const first = await session.openTicket(FIRST);
    await first.panel.getByRole('button', { name: 'I own this' }).click();
    await first.panel
      .getByRole('textbox', { name: 'Note' })
      .fill(`Claim filed with the maker, sent ${ADDRESS} to the customer.`);
    await first.panel.getByRole('button', { name: 'Save' }).click();
    await first.panel.getByRole('region', { name: 'My cases' }).getByText('Claim filed').first().waitFor();
    await first.panel.close();
    await first.tab.close();

    const after = await session.openTicket(SECOND);
    await meaningSettled(after.panel);
    await expect
      .poll(async () => (await suggestedTitles(after.panel))[0], { timeout: 30_000 })
      .toMatch(/^Warranty claim/);

    // The editor lists the phrasing, masked, and removes it; the open panel follows.
    const options = await session.ext.openOptions('articles/edit/warranty-claim');
    const own = options
      .getByRole('group', { name: 'Learned phrasings' })
      .getByRole('list', { name: 'Learned on this computer' });
    await own.getByRole('listitem').first().waitFor();
    const text = (await own.getByRole('listitem').allTextContents()).join(' ');
    expect(text).toContain('Zorbly hub flashes amber');
    for (const secret of ['Nadia', 'Kowalski', 'nadia.k', '44871']) expect(text).not.toContain(secret);
    await own.getByRole('button', { name: /Remove the learned phrasing/ }).click();
    await expect.poll(() => own.count()).toBe(0);
    await options.close();
    await expect
      .poll(async () => (await suggestedTitles(after.panel)).join(' | '), { timeout: 60_000, interval: 500 })
      .not.toMatch(/Warranty claim/);
    await after.panel.close();
    await after.tab.close();
  }, 240_000);
});
