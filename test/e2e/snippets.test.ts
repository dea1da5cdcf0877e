// Snippets end to end: written on the options page, found in the panel's search, their fields filled
// (a choice and a date; the ticket's facts by themselves) and inserted into the demo ticket's reply box.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { extensionSession } from './session';

const session = extensionSession();

async function openSnippets(): Promise<Page> {
  const page = await session.ext.context.newPage();
  await page.goto(`chrome-extension://${session.ext.id}/src/options/index.html#snippets`);
  await page.bringToFront();
  await page.getByRole('list', { name: 'Snippets' }).getByRole('listitem').first().waitFor();
  return page;
}

const BODY =
  'Hi {{customer.name}}, your replacement leaves with {{courier:choice(DPD|Royal Mail)}} and reaches you on ' +
  '{{arrival:date}}. Case {{ticket.id}}.';

describe('snippets', () => {
  it('written in options, found in the panel, filled and inserted into the reply box', async () => {
    const options = await openSnippets();
    await options.getByRole('button', { name: 'Write a snippet' }).click();
    const form = options.getByRole('form', { name: 'New snippet' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Replacement dispatched');
    await form.getByRole('textbox', { name: 'Tags' }).fill('replacement, delivery');
    await form.getByRole('textbox', { name: 'Reply text' }).fill(BODY);
    // The live preview asks for the fields as the panel will, and names those the ticket fills.
    const preview = form.getByRole('region', { name: 'Preview' });
    await preview.getByRole('combobox', { name: 'courier' }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    expect(await preview.textContent()).toContain('Filled from the open ticket: customer name, ticket id.');
    await form.getByRole('button', { name: 'Add snippet' }).click();
    const list = options.getByRole('list', { name: 'Snippets' });
    await list.getByRole('heading', { name: 'Replacement dispatched' }).waitFor();
    await options.getByRole('searchbox', { name: 'Search snippets' }).fill('dispatched royal');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await options.close();

    const { tab, panel } = await session.openTicket();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('replacement dispatched');
    const result = panel
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Replacement dispatched/ });
    expect(await result.locator('.chip').first().textContent()).toBe('Snippet');
    await result.click();
    await expect
      .poll(() => panel.getByRole('heading', { level: 1 }).textContent())
      .toBe('Replacement dispatched');

    const insert = panel.getByRole('button', { name: 'Insert into reply' });
    expect(await insert.isDisabled()).toBe(true);
    await panel.getByText('Fill in first: courier, arrival').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    // The ticket's facts are already in; the agent answers the rest.
    expect(await panel.locator('pre.snippet').textContent()).toContain('Hi Dana, your replacement');
    await panel.getByRole('combobox', { name: 'courier' }).selectOption('Royal Mail');
    await panel.getByLabel('arrival').fill('2025-11-28');
    await expect.poll(() => insert.isDisabled()).toBe(false);
    await insert.click();
    await panel.getByText('Inserted into the reply box.').waitFor();

    const reply = await tab.getByRole('textbox', { name: 'Reply' }).inputValue();
    expect(reply).toMatch(
      /^Hi Dana, your replacement leaves with Royal Mail and reaches you on Friday,? (28 November|November 28)\. Case 4821\.$/,
    );
    await tab.close();
    await panel.close();
  });

  it('deleted in options comes back with Undo', async () => {
    const options = await openSnippets();
    const item = options
      .getByRole('list', { name: 'Snippets' })
      .getByRole('listitem')
      .filter({ has: options.getByRole('heading', { name: 'Delivery chase', exact: true }) });
    await item.getByRole('button', { name: 'Delete Delivery chase' }).click();
    await item.getByRole('button', { name: 'Yes, delete' }).click();
    await options.getByText('Deleted “Delivery chase”.').waitFor();
    expect(await item.count()).toBe(0);
    await options.getByRole('button', { name: 'Undo' }).click();
    await options.getByText('Restored “Delivery chase”.').waitFor();
    await expect.poll(() => item.count()).toBe(1);
    await options.close();
  });
});
