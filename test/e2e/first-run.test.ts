// The first run in a fresh profile: the panel opens on the welcome; skipping it leaves the everyday
// panel (and it does not come back); completing it stores the name, time zone and an approval limit;
// `?` lists every shortcut. The welcome is also looked at, at 360 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { extensionSession } from './session';

/** A row of the extension's database, read the way the panel's code would. */
function stored(page: Page, table: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([table, key]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction(table as string)
            .objectStore(table as string)
            .get(key as string);
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [table, key],
  );
}

describe('first run, skipped', () => {
  const session = extensionSession({ firstRun: true, viewport: { width: 360, height: 800 } });

  it('shows the welcome once; skipping leaves a working panel; ? lists the shortcuts', async () => {
    const { panel, tabId } = await session.openTicket();
    const heading = panel.getByRole('heading', { level: 1, name: 'Welcome to Own It' });
    await heading.waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('welcome-heading');
    expect(await panel.getByText('Welcome · step 1 of 3').count()).toBe(1);
    await panel.screenshot({ path: 'screenshots/welcome-360.png' });
    expect(await seriousViolations(panel)).toEqual([]);

    // Keyboard only: Tab to "Skip the welcome" and press it.
    const skip = panel.getByRole('button', { name: 'Skip the welcome' });
    for (let i = 0; i < 6 && !(await skip.evaluate((el) => el === document.activeElement)); i++)
      await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    const search = panel.getByRole('searchbox', { name: 'Search knowledge base' });
    await search.waitFor();
    await search.fill('refnd');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();

    // `?` (outside a text box) lists every shortcut; Escape closes it.
    await search.fill('');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('?');
    const help = panel.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    for (const line of ['/', 'Search the knowledge base', 'Esc', 'Alt+Shift+O', 'Alt+Shift+N', ';shortcut'])
      expect(text).toContain(line);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.screenshot({ path: 'screenshots/shortcut-help-360.png' });
    await panel.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // Shown once: a new panel opens on the search.
    await panel.close();
    const again = await session.ext.openPanel(tabId);
    await again.getByRole('searchbox', { name: 'Search knowledge base' }).waitFor();
    expect(await again.getByRole('heading', { name: 'Welcome to Own It' }).count()).toBe(0);
  });
});

describe('first run, completed', () => {
  const session = extensionSession({ firstRun: true, viewport: { width: 360, height: 800 } });

  it('stores the name, the time zone and an edited limit, then offers where knowledge comes from', async () => {
    const { panel } = await session.openTicket();
    await panel.getByRole('heading', { name: 'Welcome to Own It' }).waitFor();
    await panel.getByRole('textbox', { name: 'Your name' }).fill('Sam Rivera');
    await panel.getByRole('combobox', { name: 'Your time zone' }).selectOption('Europe/Madrid');
    await panel.keyboard.press('Enter');

    await panel.getByRole('heading', { name: 'What you may approve yourself' }).waitFor();
    const refund = panel.getByRole('spinbutton', { name: 'Refund on an order' });
    expect(await refund.inputValue()).toBe('100');
    await refund.fill('');
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel
      .getByRole('alert')
      .getByText('Enter a number of 0 or more for “Refund on an order”.')
      .waitFor();
    await refund.fill('150');
    await panel.screenshot({ path: 'screenshots/welcome-limits-360.png' });
    await panel.keyboard.press('Enter');

    await panel.getByRole('heading', { name: "Where is your team's knowledge?" }).waitFor();
    for (const name of ['Connect a help center', 'Import a file', 'Subscribe to a team pack'])
      await panel.getByRole('button', { name }).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.screenshot({ path: 'screenshots/welcome-knowledge-360.png' });
    await panel.getByRole('button', { name: 'Keep the starter pack' }).click();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).waitFor();

    expect(await stored(panel, 'settings', 'agentName')).toEqual({ key: 'agentName', value: 'Sam Rivera' });
    expect(await stored(panel, 'settings', 'timeZone')).toEqual({ key: 'timeZone', value: 'Europe/Madrid' });
    expect(await stored(panel, 'rules', 'refund-per-order')).toMatchObject({
      limit: { amount: 150, currency: 'USD' },
      editedLocally: true,
    });
    expect(await stored(panel, 'rules', 'credit-per-customer')).toMatchObject({
      limit: { amount: 50, currency: 'USD' },
    });
  });

  it('"Connect a help center" opens the options page at its help centers', async () => {
    // The welcome is done for this profile: mark it due again to reach its last step.
    await session.ext.worker.evaluate(() => chrome.storage.local.set({ welcome: 'pending' }));
    const { panel } = await session.openTicket();
    await panel.getByRole('heading', { name: 'Welcome to Own It' }).waitFor();
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel.getByRole('heading', { name: 'What you may approve yourself' }).waitFor();
    await panel.getByRole('button', { name: 'Next' }).click();
    const opened = session.ext.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Connect a help center' }).click();
    const options = await opened;
    expect(options.url()).toMatch(/\/src\/options\/index\.html#helpcenters$/);
    await options.getByRole('heading', { level: 1, name: 'Help centers' }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).waitFor();
  });
});
