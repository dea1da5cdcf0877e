import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('playbook runner', () => {
  it('keeps ticked steps per ticket, fills snippets from the page and offers a follow-up commitment', async () => {
    const { tab, panel } = await session.openTicket();
    const search = panel.getByRole('searchbox', { name: 'Search knowledge base' });
    await search.fill('refund dispute');
    await panel
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Refund dispute or billing complaint/ })
      .click();
    const capture = panel.getByRole('region', { name: 'Capture' });
    await capture.getByRole('checkbox').first().check();
    await panel.getByText('1 of 10 steps done on #4821').waitFor();
    // Page facts fill the snippet: the customer's first name and the ticket id.
    const firstSnippet = await capture.locator('pre.snippet').first().textContent();
    expect(firstSnippet).toContain('Dana');
    expect(firstSnippet).not.toContain('{{customer.name}}');

    await panel.reload();
    await search.fill('refund dispute');
    await panel
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Refund dispute or billing complaint/ })
      .click();
    await panel.getByText('1 of 10 steps done on #4821').waitFor();
    expect(
      await panel.getByRole('region', { name: 'Capture' }).getByRole('checkbox').first().isChecked(),
    ).toBe(true);

    await panel
      .getByRole('region', { name: 'Follow up' })
      .getByRole('button', { name: 'Create a commitment for this' })
      .first()
      .click();
    await expect
      .poll(() => panel.getByRole('textbox', { name: 'Note' }).inputValue())
      .toMatch(/^Follow up: /);
    await tab.close();
    await panel.close();
  });

  it('asks for the fields a page cannot answer before a snippet can be copied', async () => {
    const panel = await session.ext.openPanel();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('refund dispute');
    await panel
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Refund dispute or billing complaint/ })
      .click();
    const capture = panel.getByRole('region', { name: 'Capture' });
    const copy = capture.getByRole('button', { name: 'Copy' }).first();
    expect(await copy.isDisabled()).toBe(true);
    await capture.getByRole('textbox', { name: 'customer name' }).fill('Sam');
    await expect.poll(() => copy.isDisabled()).toBe(false);
    expect(await capture.locator('pre.snippet').first().textContent()).toContain('Sam');
    await panel.close();
  });
});
