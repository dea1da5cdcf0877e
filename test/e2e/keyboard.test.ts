// The whole agent path with the keyboard alone (page.keyboard only): search, open an article, copy its
// reply, go back, take ownership with a note and save it. Every control that takes focus shows it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

interface Focused {
  name: string;
  id: string;
  ring: boolean;
}

/** The focused control, its name, and whether its focus is drawn (an outline or a box shadow). */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
    return { name, id: element.id, ring: outline || shadow };
  });
}

/** Presses a key until the named control has focus, checking every stop on the way shows its focus. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab'): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (!now) continue;
    stops.push(now.name || now.id);
    expect(now.ring, `focus is not visible on "${now.name || now.id}"`).toBe(true);
    if (now.name === name) return stops;
  }
  throw new Error(`"${name}" was not reached with ${key}; stops: ${stops.join(' → ')}`);
}

async function expectFocusOn(page: Page, id: string): Promise<void> {
  await expect.poll(async () => (await focused(page))?.id).toBe(id);
  expect((await focused(page))?.ring, `focus is not visible on #${id}`).toBe(true);
}

describe('keyboard only', () => {
  it('search → article → Copy reply → back → I own this → note saved with Ctrl+Enter', async () => {
    const { tab, panel } = await session.openTicket();
    await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.bringToFront();
    await panel
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('button')
      .first()
      .waitFor();

    await panel.keyboard.press('/');
    await expectFocusOn(panel, 'kb-search');
    await panel.keyboard.type('refund');
    const results = panel.getByRole('listbox', { name: 'Search results' });
    await results.getByRole('option').nth(1).waitFor();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    const active = results.locator('[aria-selected="true"]');
    await expect.poll(() => active.getAttribute('id')).toBe('result-0');
    // The highlighted result is drawn, not only announced: its border is the accent colour.
    expect(await active.evaluate((el) => getComputedStyle(el).borderColor)).not.toBe('rgba(0, 0, 0, 0)');
    const chosen = (await active.locator('.result-title').textContent()) ?? '';
    await panel.keyboard.press('Enter');
    const title = panel.getByRole('heading', { level: 1 });
    await expect.poll(() => title.textContent()).toBe(chosen);

    await panel.getByRole('button', { name: 'Copy reply' }).first().waitFor();
    // The ticket fills the customer's name and the case number; the agent's own name is asked for once.
    await tabTo(panel, 'agent name', 'Tab');
    await panel.keyboard.type('Sam');
    const stops = await tabTo(panel, 'Copy reply', 'Tab');
    expect(stops.at(-1)).toBe('Copy reply');
    await panel.keyboard.press('Enter');
    // Using the article on this ticket also keeps the customer's wording as one of its phrasings, said in the
    // same status line once stored.
    await expect
      .poll(() => panel.getByRole('status').first().textContent())
      .toBe(
        "Reply copied to the clipboard. Learned: the customer's wording (masked) now suggests this article. See it in the article's editor.",
      );
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(20);

    await panel.keyboard.press('Escape');
    await expectFocusOn(panel, 'kb-search');
    expect(await panel.getByRole('searchbox', { name: 'Search knowledge base' }).inputValue()).toBe('refund');

    // "I own this" sits in the top bar, before the search box: Shift+Tab walks back to it.
    await tabTo(panel, 'I own this', 'Shift+Tab');
    await panel.keyboard.press('Enter');
    await expectFocusOn(panel, 'note-text');
    const note = 'Keyboard only: call Dana back tomorrow at 3pm about the refund';
    await panel.keyboard.type(note);
    await panel.locator('[data-due-at]').waitFor();
    await panel.keyboard.press('Control+Enter');

    // Saved: back on the search box, which still holds the query; Escape clears it and shows the cases.
    await expectFocusOn(panel, 'kb-search');
    await panel.keyboard.press('Escape');
    const cases = panel.getByRole('region', { name: 'My cases' });
    await cases.getByText(note).first().waitFor();
    await panel.getByRole('region', { name: 'You own this case' }).getByText(note).first().waitFor();
    await panel.close();
    await tab.close();
  });
});
