import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { suggested } from './suggested';

const session = extensionSession();

/** Waits until every item has vectors; fails with the panel's console when the model could not run. */
async function meaningReady(panel: Page): Promise<void> {
  const logs: string[] = [];
  panel.on('console', (message) => logs.push(message.text()));
  await expect
    .poll(async () => `${await suggested(panel).getAttribute('data-meaning')} ${logs.join(' | ')}`, {
      timeout: 120_000,
      interval: 250,
    })
    .toMatch(/^ready/);
}

/** A suggestion list with one of the starter pack's warranty items in it. */
const WARRANTY_ARTICLE = expect.arrayContaining([
  expect.stringMatching(/Warranty claim|Product fault and warranty/),
]);

/** Waits until the panel suggests a warranty item (the kettle ticket shares no word with them). */
async function warrantySuggested(panel: Page, timeout: number): Promise<void> {
  await expect
    .poll(() => suggested(panel).getByRole('listitem').allTextContents(), { timeout })
    .toEqual(WARRANTY_ARTICLE);
}

describe('suggestions by meaning', () => {
  it('has the starter items’ vectors from the package, then suggests ones the ticket shares no word with', async () => {
    const { panel, tab } = await session.openTicket('freshdesk-kettle.html');
    await suggested(panel).getByRole('listitem').first().waitFor();
    // Words alone suggest nothing about warranties for this kettle.
    expect(await suggested(panel).getByRole('listitem').allTextContents()).not.toEqual(WARRANTY_ARTICLE);
    await meaningReady(panel);
    // The starter pack ships its vectors (src/storage/starter-pack.vectors): the host embeds none.
    expect(await suggested(panel).getAttribute('data-meaning-embedded')).toBe('0');
    await warrantySuggested(panel, 20_000);
    await expect.poll(() => panel.locator('.meaning-line').count()).toBe(0);
    // Pointing at the warranty article says meaning brought it.
    const warranty = suggested(panel)
      .getByRole('listitem')
      .filter({ hasText: /Warranty claim|Product fault and warranty/ })
      .first();
    await warranty.hover();
    await warranty.locator('.why').waitFor();
    expect(await warranty.locator('.why').textContent()).toContain('close in meaning');
    await panel.close();
    await tab.close();
  }, 180_000);

  it('keeps the vectors: when the browser closed the model, the next panel brings it back and embeds nothing again', async () => {
    const first = await session.ext.openPanel();
    await meaningReady(first);
    await first.evaluate(() => chrome.offscreen.closeDocument());
    await first.close();
    const { panel, tab } = await session.openTicket('freshdesk-kettle.html');
    await meaningReady(panel);
    expect(await suggested(panel).getAttribute('data-meaning-embedded')).toBe('0');
    await warrantySuggested(panel, 20_000);
    await panel.close();
    await tab.close();
  }, 180_000);

  it('closes the host when its quiet period ends (host/close-meaning), and the next panel brings it back', async () => {
    const first = await session.ext.openPanel();
    await meaningReady(first);
    const hosts = () =>
      session.ext.worker.evaluate(
        async () =>
          (
            await chrome.runtime.getContexts({
              contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
            })
          ).length,
      );
    expect(await hosts()).toBe(1);
    // What the host's idle watch sends after ten quiet minutes (src/meaning/idle-close.ts, unit-tested
    // with an injected clock).
    await first.evaluate(() => chrome.runtime.sendMessage({ type: 'host/close-meaning' }));
    await expect.poll(hosts, { timeout: 10_000 }).toBe(0);
    await first.close();
    const { panel, tab } = await session.openTicket('freshdesk-kettle.html');
    await meaningReady(panel);
    expect(await hosts()).toBe(1);
    expect(await suggested(panel).getAttribute('data-meaning-embedded')).toBe('0');
    await warrantySuggested(panel, 20_000);
    await panel.close();
    await tab.close();
  }, 180_000);

  it('brings the model back for a panel left open when the browser closed it', async () => {
    const { panel, tab } = await session.openTicket('freshdesk-kettle.html');
    await meaningReady(panel);
    const closedAt = await panel.evaluate(async () => {
      await chrome.offscreen.closeDocument();
      return performance.now();
    });
    // The agent moves to another ticket in the same panel: the panel finds the host gone, has it started
    // again, and the new host answers (a closeness measured after the close).
    await tab.goto(session.server.url('freshdesk-ticket.html'));
    await expect
      .poll(
        () =>
          panel.evaluate(
            (since) =>
              performance
                .getEntriesByName('ownit:meaning-closeness')
                .filter((entry) => entry.startTime > since).length,
            closedAt,
          ),
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    await tab.goto(session.server.url('freshdesk-kettle.html'));
    await warrantySuggested(panel, 60_000);
    await panel.close();
    await tab.close();
  }, 180_000);

  it('hosts the model in a frame of the panel where the background can host none (no offscreen API, no page)', async () => {
    // The service worker stops offering offscreen documents, and the one open is closed.
    await session.ext.worker.evaluate(() => {
      Object.defineProperty(chrome, 'offscreen', { value: undefined, configurable: true });
    });
    const first = await session.ext.openPanel();
    await first.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
    await first.close();
    const { panel, tab } = await session.openTicket('freshdesk-kettle.html');
    await meaningReady(panel);
    expect(await panel.locator('iframe[src$="/src/meaning/offscreen.html"]').count()).toBe(1);
    // The vectors stored by the offscreen host are reused.
    expect(await suggested(panel).getAttribute('data-meaning-embedded')).toBe('0');
    await warrantySuggested(panel, 20_000);
    await panel.close();
    await tab.close();
  }, 180_000);

  it('embeds an article written here, and only that one, in the background', async () => {
    const options = await session.ext.openOptions('articles');
    await options.getByRole('button', { name: 'Write an article' }).click();
    const form = options.getByRole('form', { name: 'New article' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Espresso machine needs descaling');
    await form.getByRole('textbox', { name: 'Body (Markdown)' }).fill('Run the limescale remover twice.');
    await form.getByRole('button', { name: 'Add article' }).click();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await options.close();
    const panel = await session.ext.openPanel();
    // What the panel's host embedded since it started (a later sync finding nothing new leaves it at 1).
    await expect
      .poll(() => suggested(panel).getAttribute('data-meaning-embedded'), { timeout: 120_000 })
      .toBe('1');
    await panel.close();
  }, 180_000);
});
