// Snippet shortcuts end to end: a snippet given a shortcut in the options page, shortcuts turned on for
// the test site (off before that), then `;refund` typed in the demo ticket's textarea and in the generic
// page's contenteditable composer expands in place, the popover asking for the field the page does not
// fill; Ctrl+Z undoes the expansion.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { extensionSession } from './session';

const session = extensionSession();
const BODY = 'Hi {{customer.name}}, I have refunded {{amount}} for ticket {{ticket.id}}.';

async function options(hash: string): Promise<Page> {
  const page = await session.ext.context.newPage();
  await page.goto(`chrome-extension://${session.ext.id}/src/options/index.html#${hash}`);
  await page.bringToFront();
  return page;
}

async function openPage(name: string): Promise<Page> {
  const tab = await session.ext.context.newPage();
  await tab.goto(session.server.url(name));
  await tab.bringToFront();
  return tab;
}

describe('snippet shortcuts', () => {
  it('expand only where turned on, ask for the missing field, and undo with Ctrl+Z', async () => {
    const snippets = await options('snippets');
    await snippets.getByRole('button', { name: 'Write a snippet' }).click();
    const form = snippets.getByRole('form', { name: 'New snippet' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Refund done');
    await form.getByRole('textbox', { name: 'Shortcut (optional)' }).fill(';refund');
    await form.getByRole('textbox', { name: 'Reply text' }).fill(BODY);
    await form.getByRole('button', { name: 'Add snippet' }).click();
    await snippets
      .getByRole('list', { name: 'Snippets' })
      .getByRole('heading', { name: 'Refund done' })
      .waitFor();
    await snippets.close();

    // Off by default: the shortcut stays as typed.
    const before = await openPage('demo-helpdesk.html');
    const reply = before.getByRole('textbox', { name: 'Reply' });
    await reply.click();
    await before.keyboard.type(';refund ');
    await before.waitForTimeout(500);
    expect(await reply.inputValue()).toBe(';refund ');
    await before.close();

    const settings = await options('settings');
    const card = settings.getByRole('region', { name: 'Snippet shortcuts' });
    await card.getByRole('textbox', { name: /^Site/ }).fill('http://127.0.0.1:8765/anything');
    await card.getByRole('button', { name: 'Turn on for this site' }).click();
    await card
      .getByRole('list', { name: 'Sites with snippet shortcuts on' })
      .getByText('127.0.0.1', { exact: true })
      .waitFor();
    expect(await seriousViolations(settings)).toEqual([]);
    await settings.close();

    // A textarea: the page fills the customer and ticket, the popover asks for the amount.
    const tab = await openPage('demo-helpdesk.html');
    const box = tab.getByRole('textbox', { name: 'Reply' });
    await box.click();
    await tab.keyboard.type('Hello. ;refund');
    const dialog = tab.getByRole('dialog', { name: 'Fill in “Refund done”' });
    await dialog.waitFor();
    expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('OWNIT-SNIPPET-FIELDS');
    // The fixture page has contrast problems of its own; the popover (in its shadow root) must have none.
    const popoverProblems = (await seriousViolations(tab)).filter((line) => line.includes('ownit-'));
    expect(popoverProblems).toEqual([]);
    await tab.screenshot({ path: 'screenshots/snippet-shortcut-popover.png' });
    await tab.keyboard.press('Enter');
    await dialog.getByText('Fill in amount first.').waitFor();
    await tab.keyboard.type('$45');
    await tab.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => box.inputValue())
      .toMatch(/^Hello\. Hi Dana, I have refunded \$45 for ticket \S+\.$/);
    // The caret is where the snippet ended; Ctrl+Z gives back what was typed, Ctrl+Y the snippet again.
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionStart === el.value.length)).toBe(true);
    const expanded = await box.inputValue();
    await tab.keyboard.press('Control+z');
    await expect.poll(() => box.inputValue()).toBe('Hello. ;refund');
    await tab.keyboard.press('Control+y');
    await expect.poll(() => box.inputValue()).toBe(expanded);

    // A contenteditable composer on another page.
    const generic = await openPage('generic-ticket.html');
    const composer = generic.locator('.composer-input');
    await composer.click();
    await generic.keyboard.press('End');
    await generic.keyboard.press('Control+End');
    await generic.keyboard.type(' ;refund');
    await generic.getByRole('dialog').waitFor();
    await generic.keyboard.type('€20');
    await generic.keyboard.press('Enter');
    await expect
      .poll(() => composer.textContent())
      .toMatch(/thanks for your patience\. Hi \S+, I have refunded €20 for ticket/);
    expect(await composer.textContent()).not.toContain(';refund');

    // The panel shows the shortcut under the snippet and turns it off for the open tab's site.
    const { panel } = await session.openTicket();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('refund done');
    await panel
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Refund done/ })
      .click();
    await panel.getByText('expands on 127.0.0.1.').waitFor();
    expect(await panel.locator('.shortcut-site kbd').textContent()).toBe(';refund');
    await panel.getByRole('button', { name: 'Turn off on 127.0.0.1' }).click();
    await panel.getByRole('button', { name: 'Turn on for 127.0.0.1' }).waitFor();
    const after = await openPage('demo-helpdesk.html');
    await after.getByRole('textbox', { name: 'Reply' }).click();
    await after.keyboard.type(';refund ');
    await after.waitForTimeout(500);
    expect(await after.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe(';refund ');
  });
});
