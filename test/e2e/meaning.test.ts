import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('suggestions by meaning', () => {
  it('reads the articles for meaning in the background, then suggests one the ticket shares no word with', async () => {
    const { panel, tab } = await session.openTicket('freshdesk-kettle.html');
    const suggestions = panel.getByRole('region', { name: 'Suggested for this page' });
    await suggestions.getByRole('listitem').first().waitFor();
    // The model loads and the starter articles are embedded once; the quiet line goes when it is done.
    const logs: string[] = [];
    panel.on('console', (message) => logs.push(message.text()));
    await expect
      .poll(async () => `${await suggestions.getAttribute('data-meaning')} ${logs.join(' | ')}`, {
        timeout: 120_000,
        interval: 500,
      })
      .toMatch(/^ready/);
    await expect
      .poll(() => suggestions.getByRole('listitem').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/Warranty claim|Product fault and warranty/)]));
    await panel.close();
    await tab.close();
  }, 180_000);
});
