// Knowledge capture end to end: a search that found nothing becomes a draft article, opened in the
// options page's editor; the panel does not offer the draft until it is published, then finds it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

const QUERY = 'qzxv scooter battery';
const TITLE = 'Qzxv scooter battery';

async function search(panel: Page, text: string): Promise<void> {
  const box = panel.getByRole('searchbox', { name: 'Search knowledge base' });
  await box.fill('');
  await box.fill(text);
}

describe('drafting an article from a search that found nothing', () => {
  it('opens the draft in the editor, keeps it out of the panel until published, then finds it', async () => {
    const { tab, panel } = await session.openTicket();
    await search(panel, QUERY);
    await panel.getByText('No article matches').waitFor();

    const [editor] = await Promise.all([
      session.ext.context.waitForEvent('page'),
      panel.getByRole('button', { name: `Draft an article about “${QUERY}”` }).click(),
    ]);
    const form = editor.getByRole('form', { name: `Edit “${TITLE}”` });
    await form.waitFor();
    expect(editor.url()).toMatch(/#articles$/);
    expect(await form.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(TITLE);
    const body = await form.getByRole('textbox', { name: 'Body (Markdown)' }).inputValue();
    expect(body).toContain(`- "${QUERY}"`);
    await form.getByText('This is a draft').waitFor();
    await panel.getByText(`Draft “${TITLE}” saved.`).waitFor();

    // The panel has caught up with the new article by now (it did for the published one below); the
    // draft is not offered.
    await panel.waitForTimeout(1_500);
    await search(panel, QUERY);
    await panel.getByText('No article matches').waitFor();
    expect(await panel.getByRole('option', { name: new RegExp(TITLE) }).count()).toBe(0);

    await form.getByRole('button', { name: 'Publish' }).click();
    await editor.getByText(`Published “${TITLE}”.`).waitFor();
    const row = editor
      .getByRole('list', { name: 'Articles' })
      .getByRole('listitem')
      .filter({ has: editor.getByRole('heading', { name: TITLE, exact: true }) });
    await row.waitFor();
    expect(await row.getByText('Draft', { exact: true }).count()).toBe(0);

    await search(panel, QUERY);
    await panel.getByRole('option', { name: new RegExp(TITLE) }).waitFor({ timeout: 10_000 });

    await editor.close();
    await tab.close();
    await panel.close();
  });
});
